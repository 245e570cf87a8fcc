import { EngineError, type CalcIssue, type Outcome } from '../errors';
import { addYears, readDate } from './dates';

/**
 * The letter writer's engine: which letters exist, which fields each needs, and how a letter's text is
 * put together from the dictionary templates (`letters.<id>.title`, `letters.<id>.to`, `letters.<id>.p.<key>`).
 * Pure: no DOM, no guesses. A placeholder is only ever filled with what the reader typed (trimmed) or with a
 * value derived by a written rule (the regulator for a complaint, the date); a paragraph whose placeholders are
 * not all filled is left out, so an optional field the reader skipped never shows as a blank or a made-up value.
 * Required fields that are empty, and dates that cannot be read, are issues (codes `letters.*`), not text.
 */

export const LETTER_IDS = ['negotiate', 'statement', 'credit-objection', 'third-parties', 'complaint', 'us-info', 'us-dispute', 'us-restrict', 'us-lawyer', 'us-stop', 'uk-plan', 'uk-contact'] as const;
export type LetterId = (typeof LETTER_IDS)[number];
export const isLetterId = (value: unknown): value is LetterId => (LETTER_IDS as readonly unknown[]).includes(value);

/** Every input any letter uses (also the form keys: README "A tool" — the keys are stable). */
export const LETTER_FIELDS = [
  'name', 'lender', 'account', 'amount', 'monthly', 'months', 'card', 'lastPayment', 'lastDemand', 'happened',
  'reportItem', 'notNotified', 'lenderType', 'topic', 'firstComplaint', 'contactWays', 'lawyer', 'lawyerContact',
] as const;
export type LetterField = (typeof LETTER_FIELDS)[number];
export type LetterValues = Readonly<Record<LetterField, string>>;

export const LENDER_TYPES = ['bank', 'consumer-finance', 'micro-loan', 'unsure'] as const;
export const COMPLAINT_TOPICS = ['collection', 'credit', 'calls'] as const;
/** Who a complaint goes to (letters.regulator.<key>.*): the rule is `regulatorFor`. */
export type RegulatorKey = 'nfra' | 'pboc' | 'local' | 'unsure' | 'calls';

/** Whether the reader answered yes to a yes/no question (card, notNotified). */
const yes = (v: LetterValues, field: LetterField) => v[field] === 'yes';
const filled = (v: LetterValues, field: LetterField) => v[field].trim() !== '';

interface Paragraph {
  key: string;
  /** Extra condition beyond "all its placeholders are filled". */
  when?: (v: LetterValues) => boolean;
}

export interface LetterSpec {
  id: LetterId;
  /**
   * cn: Chinese law, written in the page's language · us: US federal law · uk: the FCA's rules (England, Wales,
   * Scotland, Northern Ireland); us and uk letters are always written in English (the recipient reads English).
   */
  jurisdiction: Jurisdiction;
  /** The inputs this letter asks for, in form order. */
  fields: readonly LetterField[];
  required: readonly LetterField[];
  paragraphs: readonly Paragraph[];
}

const SPECS: Record<LetterId, LetterSpec> = {
  negotiate: {
    id: 'negotiate',
    jurisdiction: 'cn',
    fields: ['lastPayment', 'lastDemand', 'name', 'lender', 'account', 'card', 'amount', 'monthly', 'months', 'happened'],
    required: ['name', 'lender', 'monthly', 'months'],
    paragraphs: [
      { key: 'introAccount' },
      { key: 'intro', when: (v) => !filled(v, 'account') },
      { key: 'balance' },
      { key: 'reason' },
      { key: 'plan' },
      { key: 'card', when: (v) => yes(v, 'card') },
      { key: 'ask' },
      { key: 'reserve' },
      { key: 'contact' },
    ],
  },
  statement: {
    id: 'statement',
    jurisdiction: 'cn',
    fields: ['name', 'lender', 'account', 'amount', 'happened'],
    required: ['name', 'lender'],
    paragraphs: [
      { key: 'introAccount' },
      { key: 'intro', when: (v) => !filled(v, 'account') },
      { key: 'claimed' },
      { key: 'context' },
      { key: 'list' },
      { key: 'upfront' },
      { key: 'assignment' },
      { key: 'reserve' },
      { key: 'reply' },
    ],
  },
  'credit-objection': {
    id: 'credit-objection',
    jurisdiction: 'cn',
    fields: ['name', 'lender', 'account', 'reportItem', 'happened', 'notNotified'],
    required: ['name', 'lender', 'reportItem', 'happened'],
    paragraphs: [
      { key: 'intro' },
      { key: 'account' },
      { key: 'reason' },
      { key: 'notNotified', when: (v) => yes(v, 'notNotified') },
      { key: 'basis' },
      { key: 'ask' },
      { key: 'attach' },
    ],
  },
  'third-parties': {
    id: 'third-parties',
    jurisdiction: 'cn',
    fields: ['name', 'lender', 'account', 'card', 'happened'],
    required: ['name', 'lender', 'happened'],
    paragraphs: [
      { key: 'introAccount' },
      { key: 'intro', when: (v) => !filled(v, 'account') },
      { key: 'happened' },
      { key: 'demand' },
      { key: 'privacy' },
      { key: 'pipl' },
      { key: 'card', when: (v) => yes(v, 'card') },
      { key: 'standard' },
      { key: 'evidence' },
    ],
  },
  complaint: {
    id: 'complaint',
    jurisdiction: 'cn',
    fields: ['topic', 'lenderType', 'name', 'lender', 'account', 'happened', 'firstComplaint'],
    required: ['name', 'lender', 'happened'],
    paragraphs: [
      { key: 'parties' },
      { key: 'account' },
      { key: 'happened' },
      { key: 'first' },
      { key: 'askCollection', when: (v) => topicOf(v) === 'collection' },
      { key: 'askCredit', when: (v) => topicOf(v) === 'credit' },
      { key: 'askCalls', when: (v) => topicOf(v) === 'calls' },
      { key: 'evidence' },
    ],
  },
  'us-info': {
    id: 'us-info',
    jurisdiction: 'us',
    fields: ['name', 'lender', 'account', 'amount'],
    required: ['name', 'lender'],
    paragraphs: [{ key: 'intro' }, { key: 'account' }, { key: 'amount' }, { key: 'list' }, { key: 'hold' }, { key: 'noAdmission' }],
  },
  'us-dispute': {
    id: 'us-dispute',
    jurisdiction: 'us',
    fields: ['name', 'lender', 'account', 'amount', 'happened'],
    required: ['name', 'lender', 'happened'],
    paragraphs: [{ key: 'intro' }, { key: 'account' }, { key: 'amount' }, { key: 'reason' }, { key: 'verify' }, { key: 'noAdmission' }],
  },
  'us-restrict': {
    id: 'us-restrict',
    jurisdiction: 'us',
    fields: ['name', 'lender', 'account', 'contactWays'],
    required: ['name', 'lender', 'contactWays'],
    paragraphs: [{ key: 'intro' }, { key: 'account' }, { key: 'ways' }, { key: 'times' }, { key: 'noAdmission' }],
  },
  'us-lawyer': {
    id: 'us-lawyer',
    jurisdiction: 'us',
    fields: ['name', 'lender', 'account', 'lawyer', 'lawyerContact'],
    required: ['name', 'lender', 'lawyer', 'lawyerContact'],
    paragraphs: [{ key: 'intro' }, { key: 'account' }, { key: 'lawyer' }, { key: 'noAdmission' }],
  },
  'us-stop': {
    id: 'us-stop',
    jurisdiction: 'us',
    fields: ['name', 'lender', 'account'],
    required: ['name', 'lender'],
    paragraphs: [{ key: 'intro' }, { key: 'account' }, { key: 'stop' }, { key: 'allowed' }],
  },
  // UK: FCA Handbook CONC 7.3.4R / 7.3.10R (forbearance, no pressure) and CONC 7.9 (contact), facts.md §7.2.
  'uk-plan': {
    id: 'uk-plan',
    jurisdiction: 'uk',
    fields: ['name', 'lender', 'account', 'monthly', 'months', 'happened'],
    required: ['name', 'lender', 'monthly'],
    paragraphs: [{ key: 'intro' }, { key: 'account' }, { key: 'reason' }, { key: 'offerMonths' }, { key: 'offer', when: (v) => !filled(v, 'months') }, { key: 'forbearance' }, { key: 'pressure' }],
  },
  'uk-contact': {
    id: 'uk-contact',
    jurisdiction: 'uk',
    fields: ['name', 'lender', 'account', 'contactWays'],
    required: ['name', 'lender', 'contactWays'],
    paragraphs: [{ key: 'intro' }, { key: 'account' }, { key: 'ways' }, { key: 'rules' }, { key: 'thirdParties' }],
  },
};

export type Jurisdiction = 'cn' | 'us' | 'uk';
export const JURISDICTIONS: readonly Jurisdiction[] = ['cn', 'us', 'uk'];

export const letterSpec = (id: LetterId): LetterSpec => SPECS[id];
/** The letters offered: every locale gets all of them (US letters are for readers dealing with a US collector). */
export const LETTERS: readonly LetterSpec[] = LETTER_IDS.map((id) => SPECS[id]);

const topicOf = (v: LetterValues) => COMPLAINT_TOPICS.find((t) => t === v.topic) ?? 'collection';
const lenderTypeOf = (v: LetterValues) => LENDER_TYPES.find((t) => t === v.lenderType) ?? 'bank';

/**
 * Which body a complaint goes to (facts.md §6.1, §2.3): credit-report problems → the PBoC (12363; its local
 * branch answers within 30 days, 征信业管理条例 Art. 26); harassing calls, SMS and leaked personal data →
 * 12321; collection by a bank or consumer-finance company → NFRA (12378); by a micro-loan company → the local
 * financial regulator (micro-loan companies are among the seven local financial organisations supervised
 * locally, SPC Reply 2020); unsure → the reader is told how to find out who lent.
 */
export function regulatorFor(v: LetterValues): RegulatorKey {
  const topic = topicOf(v);
  if (topic === 'credit') return 'pboc';
  if (topic === 'calls') return 'calls';
  const type = lenderTypeOf(v);
  if (type === 'micro-loan') return 'local';
  if (type === 'unsure') return 'unsure';
  return 'nfra';
}

/** 'December 1, 2026'. */
export const usDate = (iso: string): string => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${MONTHS_EN[month - 1]} ${day}, ${year}`;
};
/** '1 December 2026'. */
export const ukDate = (iso: string): string => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
};
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface TimeBar {
  /** The later of the dates given (last payment, last demand). */
  latest: string;
  basis: 'lastPayment' | 'lastDemand';
  /** The day three years after `latest` (Civil Code Art. 188). */
  threeYearsOn: string;
  /** More than three years have passed: the debt may be time-barred. */
  over: boolean;
}

/**
 * The time-bar check shown before the repayment-plan letter. The three-year period (Civil Code Art. 188)
 * restarts on a demand by the creditor or an acknowledgment by the debtor (Art. 195; a repayment plan or a
 * part payment counts as an acknowledgment, SPC limitation rules Art. 14), so the later of the two dates is
 * the one that matters. `over` means more than three years have passed since it: the period may have run,
 * and agreeing to pay now forfeits the defence (Art. 192; SPC rules Art. 19). Undefined when neither date
 * was given; issues when a date cannot be read.
 */
export function checkTimeBar(values: LetterValues, today: string): Outcome<TimeBar | undefined> {
  const issues: CalcIssue[] = [];
  const dates: Array<{ basis: TimeBar['basis']; iso: string }> = [];
  for (const basis of ['lastPayment', 'lastDemand'] as const) {
    if (!filled(values, basis)) continue;
    const read = readDate(values[basis], basis, today);
    if (read.ok) dates.push({ basis, iso: read.value });
    else issues.push(...read.issues);
  }
  if (issues.length) return { ok: false, issues };
  if (!dates.length) return { ok: true, value: undefined };
  const latest = dates.reduce((a, b) => (b.iso > a.iso ? b : a));
  const threeYearsOn = addYears(latest.iso, 3);
  return { ok: true, value: { latest: latest.iso, basis: latest.basis, threeYearsOn, over: today > threeYearsOn } };
}

export interface Letter {
  id: LetterId;
  title: string;
  /** The whole letter as plain text (what the preview holds, what is copied, printed and downloaded). */
  text: string;
  regulator?: RegulatorKey;
}

type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

const PLACEHOLDER = /\{(\w+)\}/g;
const placeholders = (template: string) => [...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string);

/** '36', '３６', '36期', '36个月', '36 months' → 36; anything else (0, 1.5, 1000) → undefined. */
export function readMonths(text: string): number | undefined {
  const s = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\s*(期|个月|個月|months?)$/i, '');
  return /^[1-9]\d{0,2}$/.test(s) ? Number(s) : undefined;
}

/** Issues for the reader's inputs to one letter (required fields, dates, the number of months). */
export function validateLetter(id: LetterId, values: LetterValues, today: string): CalcIssue[] {
  const spec = SPECS[id];
  const issues: CalcIssue[] = [];
  for (const field of spec.fields) {
    const text = values[field].trim();
    if (spec.required.includes(field) && text === '') {
      issues.push({ field, code: 'letters.required' });
      continue;
    }
    if (field === 'months' && text !== '' && readMonths(text) === undefined) {
      issues.push({ field, code: 'letters.monthsInvalid' });
    }
  }
  if (spec.fields.includes('lastPayment')) {
    const bar = checkTimeBar(values, today);
    if (!bar.ok) issues.push(...bar.issues);
  }
  return issues;
}

/**
 * The letter's text, or the issues that stop it. `t` is the page's translator: its dictionary holds the
 * templates (US letters are English in every dictionary). `today` is 'YYYY-MM-DD'; `formatDate` writes it in
 * the page's language (the island passes Intl's long date) for Chinese-law letters.
 */
export function buildLetter(id: LetterId, values: LetterValues, t: Translate, today: string, formatDate: (iso: string) => string): Outcome<Letter> {
  const issues = validateLetter(id, values, today);
  if (issues.length) return { ok: false, issues };
  const spec = SPECS[id];
  const params: Record<string, string> = {};
  for (const field of spec.fields) {
    const text = values[field].trim();
    if (text !== '') params[field] = field === 'months' ? String(readMonths(text)) : text;
  }
  // A US or UK letter is dated that country's way whatever the page's language; a Chinese one in the page's own style.
  params.date = spec.jurisdiction === 'us' ? usDate(today) : spec.jurisdiction === 'uk' ? ukDate(today) : formatDate(today);
  const regulator = id === 'complaint' ? regulatorFor(values) : undefined;
  if (regulator) params.regulator = t(`letters.regulator.${regulator}.name`);

  const fill = (key: string): string | undefined => {
    const template = t(key);
    if (template === key) throw new EngineError(`no template "${key}" in the dictionary`);
    if (placeholders(template).some((name) => params[name] === undefined)) return undefined;
    return template.replace(PLACEHOLDER, (_, name: string) => params[name] as string);
  };
  const must = (key: string): string => {
    const text = fill(key);
    if (text === undefined) throw new EngineError(`template "${key}" uses a placeholder this letter does not fill`);
    return text;
  };

  const body = spec.paragraphs.filter((p) => !p.when || p.when(values)).map((p) => fill(`letters.${id}.p.${p.key}`)).filter((p): p is string => p !== undefined);
  const title = must(`letters.${id}.title`);
  const closing = must(`letters.closing.${spec.jurisdiction}`);
  const text = [title, must(`letters.${id}.to`), ...body, closing].join('\n\n') + '\n';
  return { ok: true, value: regulator ? { id, title, text, regulator } : { id, title, text } };
}
