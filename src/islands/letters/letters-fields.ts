import { LETTER_FIELDS, LETTER_IDS, type LetterField } from '../../lib/letters/letters';

/**
 * The letter writer's form keys (stable: saved inputs and the language hand-off use them). `letter` is the
 * letter chosen; the others are LETTER_FIELDS, shared by every letter that asks for them, so switching letter
 * keeps what was typed. Choices hold a valid value by default (card/notNotified: 'no').
 * No share link on this tool: a letter holds names and account numbers, and a link would carry them.
 */
export const LETTER_DEFAULTS = {
  letter: 'negotiate',
  name: '',
  lender: '',
  account: '',
  amount: '',
  monthly: '',
  months: '',
  card: 'no',
  lastPayment: '',
  lastDemand: '',
  happened: '',
  reportItem: '',
  notNotified: 'no',
  lenderType: 'bank',
  topic: 'collection',
  firstComplaint: '',
  contactWays: '',
  lawyer: '',
  lawyerContact: '',
} as const satisfies Record<'letter' | LetterField, string>;
export type LetterFormField = keyof typeof LETTER_DEFAULTS;

// Every engine field has a form key (a compile-time check: a field added to the engine must be added here).
const _complete: Record<LetterField, true> = Object.fromEntries(LETTER_FIELDS.map((f) => [f, true])) as Record<LetterField, true>;
void _complete;

/** The options of the choice fields: saved or handed-over values outside them are refused (shared/choices.ts). */
export const LETTER_CHOICES = {
  letter: LETTER_IDS,
  card: ['yes', 'no'],
  notNotified: ['yes', 'no'],
  lenderType: ['bank', 'consumer-finance', 'micro-loan', 'unsure'],
  topic: ['collection', 'credit', 'calls'],
} as const satisfies Partial<Record<LetterFormField, readonly string[]>>;

/** Fields drawn as a multi-line box. */
export const MULTILINE: ReadonlySet<LetterField> = new Set(['happened']);
/** Fields answered yes/no. */
export const YES_NO: ReadonlySet<LetterField> = new Set(['card', 'notNotified']);
/** Fields that are dates (year-month-day). */
export const DATES: ReadonlySet<LetterField> = new Set(['lastPayment', 'lastDemand']);

/** The downloaded file's name: no names or numbers from the letter in it. */
export const fileName = (id: string) => `letter-${id}.txt`;

/** Plain text for Windows Notepad as well as phones: a byte-order mark and CRLF line ends. */
export const asTextFile = (text: string) => '\uFEFF' + text.replace(/\r?\n/g, '\r\n');
