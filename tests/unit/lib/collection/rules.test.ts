import { describe, expect, it } from 'vitest';
import { WRITTEN_DICTIONARIES } from '../../../../src/i18n/messages';
import { CHANNELS, COLLECTION_RULES, CONTACTED, CONTENT_CATEGORIES, RULE_CODES, RULE_SOURCES, ruleFor } from '../../../../src/lib/collection';

const zh = WRITTEN_DICTIONARIES['zh-hans'];

describe('the rule catalogue: who each rule binds and how firmly', () => {
  it('has one rule per code, in RULE_CODES order, each with at least one basis', () => {
    expect(COLLECTION_RULES.map((r) => r.code)).toEqual([...RULE_CODES]);
    for (const r of COLLECTION_RULES) expect(r.bases.length).toBeGreaterThan(0);
  });

  it('GB/T 45251-2025 is a recommended national standard; the CBA guideline binds member banks (docs/fact-sheet.md §4.7–4.8)', () => {
    const gbt = RULE_SOURCES.find((s) => s.id === 'gbt-45251-2025')!;
    expect([gbt.kind, gbt.binds, gbt.docNumber, gbt.issued]).toEqual(['recommendedStandard', 'onlineConsumerLenders', 'GB/T 45251-2025', '2025-02-28']);
    const cba = RULE_SOURCES.find((s) => s.id === 'cba-2026-collection-guideline')!;
    expect([cba.kind, cba.binds, cba.issued, cba.inForce]).toEqual(['industryGuideline', 'cbaMemberBanks', '2026-01-30', undefined]);
    expect(cba.flags).toContain('unconfirmed.inForceDate');
  });

  it.each([
    ['night', 'againstGuidance', 'industryGuideline'],
    ['calls.answered', 'againstGuidance', 'recommendedStandard'],
    ['calls.unanswered', 'againstGuidance', 'industryGuideline'],
    ['third-party', 'againstRules', 'departmentalRule'],
    ['content.impersonation', 'againstRules', 'departmentalRule'],
    ['content.fake-record', 'againstGuidance', 'industryGuideline'],
    ['content.threat', 'mayBeUnlawful', 'law'],
    ['content.disclosure', 'mayBeUnlawful', 'law'],
  ] as const)('%s is worded %s (firmest basis: %s)', (code, wording, firmest) => {
    const r = ruleFor(code);
    expect([r.wording, r.firmest]).toEqual([wording, firmest]);
  });

  it('a rule resting only on guidance is never worded as unlawful', () => {
    for (const r of COLLECTION_RULES) {
      if (r.bases.every((b) => b.source.kind !== 'law')) expect(r.wording).not.toBe('mayBeUnlawful');
    }
  });

  it('the unanswered-call limit is soft ("should not", 不宜) and the call counts say how they differ from the texts', () => {
    const [basis] = ruleFor('calls.unanswered').bases;
    expect([basis?.strength, basis?.condition, basis?.note]).toEqual(['discourages', 'unlessAgreed', 'perNumberNotPerCollector']);
    expect(ruleFor('calls.answered').bases[0]?.note).toBe('perDebtorNotPerCollector');
  });

  it('bases are ordered firmest first', () => {
    expect(ruleFor('content.threat').bases[0]?.source.id).toBe('public-security-law-2025');
    expect(ruleFor('third-party').bases.map((b) => b.source.kind)).toEqual(['departmentalRule', 'departmentalRule', 'industryGuideline', 'selfRegulation', 'recommendedStandard']);
  });

  it('every source has a title, an issuer, a date and where it was read', () => {
    for (const s of RULE_SOURCES) {
      expect(s.titleZh.length).toBeGreaterThan(0);
      expect(s.issued ?? s.inForce).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.seenIn.length).toBeGreaterThan(0);
    }
  });

  it('ruleFor rejects an unknown code as a bug', () => {
    expect(() => ruleFor('loud' as never)).toThrow(/EngineError/);
  });
});

describe('the dictionaries hold a word for everything the engine returns', () => {
  it('rule names and explanations, sources, issuers, firmness, binds, wording, conditions and notes', () => {
    const keys: string[] = [];
    for (const r of COLLECTION_RULES) {
      keys.push(`collection.rule.${r.code}.name`, `collection.rule.${r.code}.explain`, `collection.wording.${r.wording}`);
      for (const b of r.bases) {
        keys.push(`collection.strength.${b.strength}`);
        if (b.condition) keys.push(`collection.condition.${b.condition}`);
        if (b.note) keys.push(`collection.note.${b.note}`);
      }
    }
    for (const s of RULE_SOURCES) keys.push(`collection.source.${s.id}.title`, `collection.issuer.${s.issuer}`, `collection.firmness.${s.kind}`, `collection.binds.${s.binds}`);
    for (const c of CHANNELS) keys.push(`collection.channel.${c}`);
    for (const c of CONTACTED) keys.push(`collection.contacted.${c}`);
    for (const c of CONTENT_CATEGORIES) keys.push(`collection.content.${c}`);
    expect([...new Set(keys)].filter((k) => !(k in zh))).toEqual([]);
  });

  it('every validation code has an issue message', () => {
    const codes = ['event.notAnObject', 'at.invalid', 'channel.unknown', 'collector.required', 'answered.required', 'answered.notACall', 'contacted.unknown', 'content.invalid', 'content.unknown'];
    expect(codes.map((c) => `issue.collection.${c}`).filter((k) => !(k in zh))).toEqual([]);
  });

  it('no zh-Hans text calls a flag 违法 except the may-be-unlawful wording, which says it depends', () => {
    const offenders = Object.entries(zh).filter(([k, v]) => k.startsWith('collection.') && v.includes('违法') && k !== 'collection.wording.mayBeUnlawful');
    expect(offenders).toEqual([]);
    expect(zh['collection.wording.mayBeUnlawful']).toContain('可能');
  });
});
