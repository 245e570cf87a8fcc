import type { CalcIssue } from '../errors';
import { failure, success, type Outcome } from '../errors';
import { parseIsoDate } from '../apr/dates';
import { Dec } from '../money/decimal';
import { latestLpr, lprOn, LPR_COVERAGE, type LprValue } from './lpr';

export type LenderType = 'licensed' | 'private';

/** The three lines a Chinese borrower hears about. */
export type LegalLineId = 'fourTimesLpr' | 'annual24' | 'annual36';

/**
 * How a line bears on this loan:
 * - `protectedCeiling`: a court does not support interest above it (private lending).
 * - `voidAbove`: the agreed interest above it is void (2015 private-lending rules, 36 %).
 * - `reductionOnRequest`: a court should cut the total above it when the BORROWER asks (financial loans, 24 %); not automatic.
 * - `notDirectly`: does not govern this lender directly; shown for reference.
 * - `notInForce`: the line did not exist for this contract date.
 * - `historic`: a former line, no longer the court's protection line.
 */
export type LineStatus = 'protectedCeiling' | 'voidAbove' | 'reductionOnRequest' | 'notDirectly' | 'notInForce' | 'historic';

export interface LegalLine {
  id: LegalLineId;
  status: LineStatus;
  /** The line in percent a year; absent when it cannot be stated for this date (see flags). */
  thresholdPct?: Dec;
  /** Where the APR stands: strictly above the line, or at/below it. Absent without a threshold. */
  position?: 'above' | 'atOrBelow';
  /** aprPct − thresholdPct when above, percentage points. */
  excessPct?: Dec;
  /** For split periods (contracts before 2020-08-20): the interest the line governs, ISO dates. */
  interestFrom?: string;
  interestThrough?: string;
  /** The LPR behind a 4 × LPR line. */
  lpr?: LprValue;
  /**
   * The LPR is not known for this contract date (after the data ends): `latest` uses the last fixing we
   * know, `typed` the figure the reader typed from the announcement. Either way an assumption, so said.
   */
  assumedLpr?: 'latest' | 'typed';
  /** Source ids (legal-sources.json) with the article, e.g. 'spc-private-lending#25'. */
  sources: string[];
  /** Codes for what is unconfirmed or needs care, e.g. 'unconfirmed.24pctVerbatim'. */
  flags: string[];
}

export interface LegalVerdict {
  aprPct: Dec;
  contractDate: string;
  lender: LenderType;
  /** Always the three lines, in the order 4 × LPR, 24 %, 36 %. */
  lines: LegalLine[];
  /** Verdict-wide flags, e.g. 'private.unlicensedLendingToPublicVoid' (SPC rules Art. 13(3)). */
  flags: string[];
  /** The LPR data's coverage, so the UI can say how current it is. */
  lprAsOf: string;
}

/** 2020-08-20: the first revision of the SPC private-lending rules (4 × LPR) took effect. */
const LPR_RULE_FROM = '2020-08-20';
/** 2015-06-23: the first SPC private-lending rules (24 % / 36 %) were adopted; the earliest rule the data knows. */
const RULES_KNOWN_FROM = '2015-06-23';
const FOUR = new Dec(4);
const P24 = new Dec(24);
const P36 = new Dec(36);

function place(line: Omit<LegalLine, 'position' | 'excessPct'>, aprPct: Dec): LegalLine {
  if (!line.thresholdPct) return line;
  const above = aprPct.gt(line.thresholdPct);
  return above ? { ...line, position: 'above', excessPct: aprPct.minus(line.thresholdPct) } : { ...line, position: 'atOrBelow' };
}

/**
 * Where an APR (IRR basis, percent a year) stands against the legal lines in force on the contract
 * date, for a licensed financial institution or a private lender (docs/fact-sheet.md §2.2–2.4, §3):
 * - private lender, contract ≥ 2020-08-20: 4 × the one-year LPR in force on the contract date is the
 *   protected ceiling (SPC private-lending rules Art. 25); 24 % is not a private-lending line any more;
 *   36 % is historic.
 * - private lender, contract 2015-06-23 … 2020-08-19: for interest up to 2020-08-19 the 2015 lines
 *   (24 % protected, above 36 % void; Art. 31); from 2020-08-20 the 4 × LPR line, but which date's LPR
 *   the stored facts do not say → no threshold, flag `unconfirmed.lprDateForTransition`.
 * - licensed lender (banks, consumer-finance and micro-loan companies …): the private-lending rules do
 *   not apply (Art. 1; SPC Reply in force 2021-01-01 for the 7 local financial organisations), so
 *   4 × LPR is `notDirectly` (reference; micro-loan guidance aims at it by end-2027, SECONDARY); 24 % is a
 *   reduction on the borrower's request (SPC 2017 opinion Art. 2, SECONDARY, official text UNCONFIRMED),
 *   with the 2025 助贷 notice and micro-loan guidance cited from their dates; 36 % is historic.
 * - a contract date after the LPR data ends: the 24 % and 36 % lines as usual; 4 × LPR with the last known
 *   fixing, or `typedLprPct` (the reader's figure from the announcement), marked `assumedLpr`.
 * Issues: `date.invalid`, `legal.aprPct.invalid`, `legal.lender.unknown`, `legal.lpr.typedOutOfRange`,
 * `legal.contractDate.beforeKnownRules`.
 * @example checkLegalLines({ aprPct: new Dec('13.03'), contractDate: '2025-06-01', lender: 'private' })
 * // lines[0]: 4 × 3.00 % = 12.00 %, protectedCeiling, above by 1.03 points
 */
export function checkLegalLines(input: { aprPct: Dec; contractDate: string; lender: LenderType; typedLprPct?: Dec }): Outcome<LegalVerdict> {
  const issues: CalcIssue[] = [];
  if (!input.aprPct?.isFinite?.()) issues.push({ field: 'aprPct', code: 'legal.aprPct.invalid' });
  if (typeof input.contractDate !== 'string' || !parseIsoDate(input.contractDate)) {
    issues.push({ field: 'contractDate', code: 'date.invalid', params: { value: String(input.contractDate) } });
  }
  if (input.lender !== 'licensed' && input.lender !== 'private') {
    issues.push({ field: 'lender', code: 'legal.lender.unknown', params: { value: String(input.lender) } });
  }
  const typed = input.typedLprPct;
  if (typed !== undefined && (!typed.isFinite() || typed.lte(0) || typed.gt(MAX_TYPED_LPR_PCT))) {
    issues.push({ field: 'lpr', code: 'legal.lpr.typedOutOfRange', params: { max: MAX_TYPED_LPR_PCT.toFixed() } });
  }
  if (issues.length > 0) return failure(...issues);
  const { aprPct, contractDate: date, lender } = input;
  if (date < RULES_KNOWN_FROM) {
    return failure({ field: 'contractDate', code: 'legal.contractDate.beforeKnownRules', params: { date, knownFrom: RULES_KNOWN_FROM } });
  }
  let lpr: LprValue | undefined;
  let assumedLpr: LegalLine['assumedLpr'];
  if (date >= LPR_RULE_FROM) {
    const found = lprOn(date);
    if (found.ok) lpr = found.value;
    else if (date > LPR_COVERAGE.knownThrough) {
      // After the data ends the 24 % and 36 % lines still stand; 4 × LPR is shown on an assumption, labelled.
      const latest = latestLpr();
      assumedLpr = input.typedLprPct !== undefined ? 'typed' : 'latest';
      lpr = assumedLpr === 'typed' ? { ...latest, ratePct: input.typedLprPct as Dec, effectiveFrom: date, sources: [] } : latest;
    } else return found;
  }
  const lprLine = (status: LineStatus, sources: string[], flags: string[]): LegalLine => {
    const line = place({ id: 'fourTimesLpr', status, thresholdPct: lpr!.ratePct.times(FOUR), lpr: lpr!, sources, flags: lprFlags(lpr!, flags) }, aprPct);
    return assumedLpr ? { ...line, assumedLpr, flags: [...line.flags, `lpr.assumed.${assumedLpr}`] } : line;
  };

  const lines: LegalLine[] = [];
  const flags: string[] = [];
  if (lender === 'private') {
    flags.push('private.unlicensedLendingToPublicVoid');
    if (lpr) {
      lines.push(lprLine('protectedCeiling', ['spc-private-lending#25', 'lpr-1y'], []));
      lines.push(place({ id: 'annual24', status: 'notDirectly', thresholdPct: P24, sources: ['spc-2017-financial-adjudication#2', 'spc-private-lending-2015'], flags: [] }, aprPct));
      lines.push(place({ id: 'annual36', status: 'historic', thresholdPct: P36, sources: ['spc-private-lending-2015', 'cash-loan-notice-2017'], flags: [] }, aprPct));
    } else {
      lines.push({ id: 'fourTimesLpr', status: 'protectedCeiling', interestFrom: LPR_RULE_FROM, sources: ['spc-private-lending#31', 'spc-private-lending#25'], flags: ['unconfirmed.lprDateForTransition'] });
      lines.push(place({ id: 'annual24', status: 'protectedCeiling', thresholdPct: P24, interestThrough: '2020-08-19', sources: ['spc-private-lending#31', 'spc-private-lending-2015'], flags: [] }, aprPct));
      lines.push(place({ id: 'annual36', status: 'voidAbove', thresholdPct: P36, interestThrough: '2020-08-19', sources: ['spc-private-lending#31', 'spc-private-lending-2015'], flags: [] }, aprPct));
    }
  } else {
    const lprSources = ['spc-private-lending#1', ...(date >= '2021-01-01' ? ['spc-reply-scope'] : []), 'lpr-1y'];
    if (date >= '2025-12-24') lprSources.push('microloan-cost-guidance-2025');
    // Banks were always outside the private-lending rules (Art. 1); for the 7 local financial organisations
    // (micro-loan companies …) the SPC Reply says so only from 2021-01-01.
    const beforeReply = date < '2021-01-01' ? ['unconfirmed.localFinancialOrgsBeforeReply'] : [];
    if (lpr) lines.push(lprLine('notDirectly', lprSources, beforeReply));
    else lines.push({ id: 'fourTimesLpr', status: 'notInForce', sources: ['spc-private-lending#25'], flags: [] });
    const sources24 = ['spc-2017-financial-adjudication#2'];
    const flags24 = ['unconfirmed.officialText'];
    if (date >= '2025-10-01') {
      sources24.push('nfra-2025-9-zhudai');
      flags24.push('unconfirmed.24pctVerbatim');
    }
    if (date >= '2025-12-24') {
      sources24.push('microloan-cost-guidance-2025');
      flags24.push('unconfirmed.notPublished');
    }
    lines.push(place({ id: 'annual24', status: 'reductionOnRequest', thresholdPct: P24, sources: sources24, flags: flags24 }, aprPct));
    lines.push(place({ id: 'annual36', status: 'historic', thresholdPct: P36, sources: ['cash-loan-notice-2017', 'spc-private-lending-2015'], flags: [] }, aprPct));
  }
  return success({ aprPct, contractDate: date, lender, lines, flags, lprAsOf: LPR_COVERAGE.asOf });
}

/** A typed LPR above this is a typo (the one-year LPR has never been near it). */
const MAX_TYPED_LPR_PCT = new Dec(20);

/** LPR values are from news reports (SECONDARY in docs/fact-sheet.md): say so on the line. */
function lprFlags(lpr: LprValue, flags: string[]): string[] {
  return lpr.confidence === 'secondary' ? [...flags, 'lpr.secondarySource'] : flags;
}
