import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertToZhHans, convertToZhHant } from '../../../src/i18n/zh-hant/convert';
import { deriveText, deriveZhHantContent } from '../../../src/i18n/zh-hant/derive';

describe('zh-Hans → zh-Hant conversion (real opencc)', () => {
  it.each([
    ['签订借款合同', '簽訂借款合同'], // 签 → 簽 (sign), not 籤 (lot)
    ['后来才发现头发白了', '後來才發現頭髮白了'],
    ['中华人民共和国个人信息保护法', '中華人民共和國個人信息保護法'], // law names keep mainland vocabulary
    ['征信报告', '徵信報告'],
    ['还款冲正', '還款沖正'], // glossary override: 沖正, not 衝正
    ['银行账户和账单', '銀行帳戶和帳單'], // glossary override
    ['12378 和 APR 不变', '12378 和 APR 不變'],
  ])('%s → %s', (simplified, traditional) => {
    expect(convertToZhHant(simplified)).toBe(traditional);
  });

  it('round-trips: Hant → Hans → Hant is stable for converted text', () => {
    const text = convertToZhHant('催收人员不得在晚上十点后致电，也不得向你的亲友透露债务信息。');
    expect(convertToZhHant(convertToZhHans(text))).toBe(text);
  });

  it('points links at zh-hant, leaving other locales alone', () => {
    expect(deriveText('见[术语](/zh-hans/glossary/#lpr)，[English](/en/)')).toBe('見[術語](/zh-hant/glossary/#lpr)，[English](/en/)');
  });
});

describe('deriveZhHantContent', () => {
  it('writes zh-Hant articles and glossary from zh-Hans files and removes stale ones', () => {
    const root = mkdtempSync(join(tmpdir(), 'mz-derive-'));
    mkdirSync(join(root, 'content/articles/zh-hans'), { recursive: true });
    mkdirSync(join(root, 'content/glossary'), { recursive: true });
    writeFileSync(join(root, 'content/articles/zh-hans/a.mdx'), '---\ntitle: 还款计划\n---\n正文');
    writeFileSync(join(root, 'content/glossary/zh-hans.json'), '[{"id":"lpr","term":"贷款市场报价利率"}]');
    mkdirSync(join(root, '.derived/articles/zh-hant'), { recursive: true });
    writeFileSync(join(root, '.derived/articles/zh-hant/stale.mdx'), 'old');

    const written = deriveZhHantContent(root);

    expect(written).toHaveLength(2);
    expect(readFileSync(join(root, '.derived/articles/zh-hant/a.mdx'), 'utf8')).toBe('---\ntitle: 還款計畫\n---\n正文');
    expect(readFileSync(join(root, '.derived/glossary/zh-hant.json'), 'utf8')).toBe('[{"id":"lpr","term":"貸款市場報價利率"}]');
    expect(existsSync(join(root, '.derived/articles/zh-hant/stale.mdx'))).toBe(false);
  });
});
