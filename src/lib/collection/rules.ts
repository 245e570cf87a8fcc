import { EngineError } from '../errors';
import data from './rules.json';
import sourceData from './rule-sources.json';
import { RULE_CODES, type RuleCode } from './types';

/**
 * How firmly a text binds, firmest first. Only `law` can make conduct unlawful for everyone; the others bind the
 * institutions in `binds`, and a recommended standard binds no one by itself. The UI must word a flag by this,
 * never calling a breach of guidance "illegal".
 */
export const FIRMNESS_ORDER = ['law', 'departmentalRule', 'regulatoryNotice', 'industryGuideline', 'selfRegulation', 'recommendedStandard'] as const;
export type Firmness = (typeof FIRMNESS_ORDER)[number];

/** Whom a text binds (dictionary key `collection.binds.<value>`). */
export type Binds =
  | 'everyone'
  | 'onlineConsumerLenders'
  | 'cbaMemberBanks'
  | 'cardIssuingBanks'
  | 'consumerFinanceCompanies'
  | 'bankingAndInsuranceInstitutions'
  | 'cashLoanProviders'
  | 'nifaMembers';

/** A text a rule rests on, with its citation (title, number, dates) as data. */
export interface RuleSource {
  id: string;
  titleZh: string;
  docNumber?: string;
  /** Issuer code (dictionary key `collection.issuer.<value>`). */
  issuer: string;
  /** Date issued or published, 'YYYY-MM-DD'. */
  issued?: string;
  /** Date in force, 'YYYY-MM-DD'; absent when no source states it. */
  inForce?: string;
  kind: Firmness;
  binds: Binds;
  confidence: 'primary' | 'secondary';
  /** Where the wording was read (for editors; not shown as a citation). */
  seenIn: string;
  /** What is unconfirmed, e.g. 'unconfirmed.articleNumber'. */
  flags: readonly string[];
}

export interface RuleBasis {
  source: RuleSource;
  /** Article or item as the source numbers it; absent where no number is confirmed. */
  clause?: string;
  /** 'discourages' = "should not" wording (e.g. the CBA's 不宜), not a ban. */
  strength: 'prohibits' | 'discourages';
  /** When the text allows the conduct anyway (dictionary key `collection.condition.<value>`). */
  condition?: 'unlessAgreed' | 'unlessDebtorUnreachable' | 'repeated';
  /** What our count does differently from the text (dictionary key `collection.note.<value>`). */
  note?: 'perDebtorNotPerCollector' | 'perNumberNotPerCollector';
}

/**
 * How to word a flag: `mayBeUnlawful` when a law is among the bases (whether it applies depends on facts the log
 * does not hold, so never "is illegal"); `againstRules` when a regulator's rule binding some lenders is;
 * otherwise `againstGuidance` (a recommended standard or an association's guideline).
 */
export type Wording = 'mayBeUnlawful' | 'againstRules' | 'againstGuidance';

export interface CollectionRule {
  code: RuleCode;
  /** Firmest first, then as listed in rules.json. */
  bases: readonly RuleBasis[];
  firmest: Firmness;
  wording: Wording;
}

const SOURCES: ReadonlyMap<string, RuleSource> = new Map((sourceData.sources as RuleSource[]).map((s) => [s.id, s]));

const rank = (f: Firmness): number => FIRMNESS_ORDER.indexOf(f);

function buildRule(raw: (typeof data.rules)[number]): CollectionRule {
  const bases = raw.bases.map((b): RuleBasis => {
    const source = SOURCES.get(b.source);
    if (source === undefined) throw new EngineError(`rules.json: rule ${raw.code} cites unknown source "${b.source}"`);
    const basis = b as { clause?: string; condition?: RuleBasis['condition']; note?: RuleBasis['note']; strength: string };
    return {
      source,
      strength: basis.strength as RuleBasis['strength'],
      ...(basis.clause !== undefined ? { clause: basis.clause } : {}),
      ...(basis.condition !== undefined ? { condition: basis.condition } : {}),
      ...(basis.note !== undefined ? { note: basis.note } : {}),
    };
  });
  const ordered = bases.map((b, i) => ({ b, i })).sort((x, y) => rank(x.b.source.kind) - rank(y.b.source.kind) || x.i - y.i).map((x) => x.b);
  const firmest = ordered[0]?.source.kind;
  if (firmest === undefined) throw new EngineError(`rules.json: rule ${raw.code} has no basis`);
  const wording: Wording = firmest === 'law' ? 'mayBeUnlawful' : rank(firmest) <= rank('regulatoryNotice') ? 'againstRules' : 'againstGuidance';
  return { code: raw.code as RuleCode, bases: ordered, firmest, wording };
}

/** Every rule, in RULE_CODES order, with its bases and how to word it. */
export const COLLECTION_RULES: readonly CollectionRule[] = (() => {
  const byCode = new Map(data.rules.map((r) => [r.code, buildRule(r)]));
  return RULE_CODES.map((code) => {
    const rule = byCode.get(code);
    if (rule === undefined) throw new EngineError(`rules.json: no entry for rule code "${code}"`);
    return rule;
  });
})();

/** Every source cited by any rule. */
export const RULE_SOURCES: readonly RuleSource[] = [...SOURCES.values()];

/**
 * The rule behind a flag code.
 * @example ruleFor('calls.unanswered').wording // => 'againstGuidance'
 */
export function ruleFor(code: RuleCode): CollectionRule {
  const rule = COLLECTION_RULES.find((r) => r.code === code);
  if (rule === undefined) throw new EngineError(`ruleFor: unknown rule code "${code}"; expected one of ${RULE_CODES.join(', ')}`);
  return rule;
}
