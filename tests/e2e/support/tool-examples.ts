import type { ToolId } from '../../../src/tools';

/**
 * One filled-in example per tool, for the tests every tool must pass (privacy, share links, styles in
 * embeds, error-summary links). A Record over the registry ids: a new tool fails the type check until it
 * has its example here.
 * - `fragment`: a share link's inputs; `figure`: a data-result the example shows, and its value;
 * - `type`: an input to type into afterwards (`secret` must then appear in no request);
 * - `broken`: a link fragment that puts a problem in as many fields as possible, radios and selects included.
 */
export interface ToolExample {
  fragment: string;
  figure: { name: string; value: string };
  type: { selector: string; secret: string };
  broken: string;
  /** How many summary links `broken` gives at least. */
  minLinks: number;
}

/**
 * A tool without share links (the collection log keeps a private record; the letter writer holds names):
 * no link carries its inputs, so only the checks that fit it run (styles in embeds); its privacy and
 * storage have their own browser tests. `ready` is a selector that shows the island has loaded.
 */
export interface RecordToolExample {
  record: { ready: string; why: string };
}

export const TOOL_EXAMPLES: Record<ToolId, ToolExample | RecordToolExample> = {
  apr: {
    fragment: '#amount=10000&months=12&method=flat-fee&monthlyFeePct=0.6',
    figure: { name: 'aprPct', value: '13.03' },
    type: { selector: '#amount', secret: '97531' },
    broken: '#amount=abc&received=x&upfrontFee=y&months=z&method=nope&dailyPct=q&dayBasis=7&periodicFee=w&contractDate=2025-13-40&lender=nope',
    minLinks: 8,
  },
  schedule: {
    fragment: '#amount=100000&months=12&method=equal-installment&annualPct=12',
    figure: { name: 'firstPayment', value: '8884.88' },
    type: { selector: '#amount', secret: '97531' },
    broken: '#amount=abc&months=0&method=flat-fee&annualPct=x&periodicFee=y&startMonth=13&prepayMonth=abc&prepay=part&prepayAmount=q&prepayMode=lower-payment&prepayFeePct=z',
    minLinks: 3,
  },
  payoff: {
    fragment: '#debts=SecretCard%3A6000%3A24%3A180%3BLoan%3A10000%3A12%3A220&budget=800&strategy=avalanche',
    figure: { name: 'months', value: '' },
    type: { selector: '#budget', secret: '97531' },
    broken: '#debts=a%3Aabc%3Ax%3Ay%3Bb%3A1%3A2%3Az&budget=zz&start=13',
    minLinks: 5,
  },
  deadlines: {
    fragment: '#document=complaint&receivedOn=2026-06-01',
    figure: { name: 'lastDay', value: '2026-06-16' },
    type: { selector: '#receivedOn', secret: '2026-03-02' },
    broken: '#document=nope&receivedOn=2026-13-45',
    minLinks: 1,
  },
  letters: {
    record: { ready: '.mz-letters form', why: 'no share link on purpose: a link would carry names and account numbers (tests/e2e/letters.spec.ts checks its privacy, summary and language switch)' },
  },
  'collection-log': {
    record: { ready: '[data-log-state="ready"]', why: 'a private log in IndexedDB: no link carries it (tests/e2e/collection-log.spec.ts checks its privacy)' },
  },
};
