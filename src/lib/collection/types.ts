/**
 * The collection log's vocabulary, exactly as tests/vectors/README.md (kind `collection-log`) defines it.
 * Codes are stable: they are stored in the borrower's log, used in dictionary keys (`collection.rule.<code>.*`)
 * and compared by the reference vectors.
 */

/** How the collector got in touch. */
export const CHANNELS = ['call', 'sms', 'app', 'visit', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Who was contacted: the borrower (`self`) or someone else. */
export const CONTACTED = ['self', 'relative', 'colleague', 'contact', 'other'] as const;
export type Contacted = (typeof CONTACTED)[number];

/**
 * What was said. `impersonation`: claims to be a court, police or government; `fake-record`: fake "blacklist" or
 * fake legal consequences; `personal-account`: demand to pay into a personal account; `disclosure`: told someone
 * else about the debt; `borrow-elsewhere`: pressure to borrow elsewhere to repay; `extra-fee`: fees on top of the debt.
 */
export const CONTENT_CATEGORIES = [
  'threat',
  'insult',
  'impersonation',
  'fake-record',
  'personal-account',
  'disclosure',
  'borrow-elsewhere',
  'extra-fee',
] as const;
export type ContentCategory = (typeof CONTENT_CATEGORIES)[number];

export type ContentRuleCode = `content.${ContentCategory}`;
/** A rule an event can break. */
export type RuleCode = 'night' | 'calls.answered' | 'calls.unanswered' | 'third-party' | ContentRuleCode;

/** Every rule code, in the order the vectors sort flags (plain string order). */
export const RULE_CODES: readonly RuleCode[] = (
  ['night', 'calls.answered', 'calls.unanswered', 'third-party', ...CONTENT_CATEGORIES.map((c) => `content.${c}` as const)] as RuleCode[]
).sort();

/** One contact, after validation. */
export interface ContactEvent {
  /** Local time as the borrower entered it, 'YYYY-MM-DDTHH:MM' (no time zone: the borrower's wall clock). */
  at: string;
  channel: Channel;
  /** Who is collecting, as the borrower names them; compared after trimming spaces. */
  collector: string;
  /** Calls only: whether the call was picked up. Absent for every other channel. */
  answered?: boolean;
  contacted: Contacted;
  /** Categories recorded, no duplicates. */
  content: readonly ContentCategory[];
}
