import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertReviewed, RISKY_CHARACTERS, unreviewedOccurrences } from '../../../src/i18n/zh-hant/check';
import { REVIEWED_PHRASES } from '../../../src/i18n/zh-hant/reviewed-phrases';
import { convertToZhHant } from '../../../src/i18n/zh-hant/convert';
import { deriveText, deriveZhHantContent } from '../../../src/i18n/zh-hant/derive';
import { zhHantUiProblems } from '../../../src/i18n/messages';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));

describe('zh-Hant review check: the real derived strings', () => {
  it('every derived UI string passes', () => {
    expect(zhHantUiProblems()).toEqual([]);
  });

  it('every derived article and the glossary pass', () => {
    const sources = [...filesUnder('content/articles/zh-hans'), 'content/glossary/zh-hans.json'];
    expect(sources.length).toBeGreaterThan(10);
    expect(sources.flatMap((file) => unreviewedOccurrences(file, deriveText(readFileSync(file, 'utf8'))))).toEqual([]);
  });

  it('the conversion errors found on built pages (issue 12) convert right now', () => {
    expect(convertToZhHant('冻结扣划')).toBe('凍結扣劃');
    expect(convertToZhHant('不是只说')).toBe('不是只說');
    expect(convertToZhHant('最多只能填 5 笔')).toBe('最多只能填 5 筆');
    expect(convertToZhHant('14天后还')).toBe('14天後還');
    expect(convertToZhHant('附上链接')).toBe('附上鏈接');
    expect(convertToZhHant('互相冲突')).toBe('互相衝突');
    expect(convertToZhHant('发卡银行')).toBe('發卡銀行');
  });

  it('one form per term: 帳, 計畫, 週, 發布', () => {
    expect(convertToZhHant('明账、到账、挂账、账户')).toBe('明帳、到帳、掛帳、帳戶');
    expect(convertToZhHant('还款计划、原计划')).toBe('還款計畫、原計畫');
    expect(convertToZhHant('一周、四周、8周、（周）')).toBe('一週、四週、8週、（週）');
    expect(convertToZhHant('发布、公开发布')).toBe('發布、公開發布');
    expect(convertToZhHant('周围')).toBe('周圍'); // 周 that is not a week stays
  });
});

describe('zh-Hant review check: what it accepts and rejects', () => {
  it('flags a planted error, naming the source, the line and the phrase around it', () => {
    const found = unreviewedOccurrences('x.mdx', '第一行\n你最多隻能填五筆。');
    expect(found).toEqual([{ source: 'x.mdx', line: 2, character: '隻', context: '你最多隻能填五筆。' }]);
    expect(() => assertReviewed(found)).toThrow(/x\.mdx:2: 隻 in “你最多隻能填五筆。”[\s\S]*glossary\.ts[\s\S]*reviewed-phrases\.ts/);
  });

  it.each(['凍結釦劃', '不是隻說', '14天后還', '附上鍊接', '相沖突', '髮卡銀行', '一目了然的四周'])('flags %s', (text) => {
    expect(unreviewedOccurrences('t', text)).not.toEqual([]);
  });

  it('accepts an occurrence inside a reviewed phrase, wherever the character sits in it', () => {
    expect(unreviewedOccurrences('t', '最後一期在平臺裡的還款，之後再說。')).toEqual([]);
    expect(unreviewedOccurrences('t', '手機', [['隻', 'x']])).toEqual([]);
    expect(unreviewedOccurrences('t', '一隻貓', [['一隻貓', 'a cat: the measure word 隻']])).toEqual([]);
    expect(unreviewedOccurrences('t', '兩隻貓', [['一隻貓', 'a cat']])).toHaveLength(1);
  });

  it('the build-time derivation fails on an unreviewed occurrence', () => {
    const root = mkdtempSync(join(tmpdir(), 'mz-review-'));
    mkdirSync(join(root, 'content/articles/zh-hans'), { recursive: true });
    writeFileSync(join(root, 'content/articles/zh-hans/a.mdx'), '---\ntitle: 皇后\n---\n正文');
    expect(() => deriveZhHantContent(root)).toThrow(/\.derived\/articles\/zh-hant\/a\.mdx \(from content\/articles\/zh-hans\/a\.mdx\):2: 后 in “tle: 皇后”/);
  });

  it('every reviewed phrase holds a risky character, has a reason and is listed once', () => {
    for (const [phrase, reason] of REVIEWED_PHRASES) {
      expect([...phrase].some((c) => RISKY_CHARACTERS.includes(c)), phrase).toBe(true);
      expect(phrase.length, phrase).toBeGreaterThan(1);
      expect(reason.length, phrase).toBeGreaterThan(3);
    }
    const phrases = REVIEWED_PHRASES.map(([p]) => p);
    expect(phrases.filter((p, i) => phrases.indexOf(p) !== i)).toEqual([]);
  });
});
