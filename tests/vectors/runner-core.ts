/**
 * The conformance runner's logic, separate from file and console handling so it can be unit-tested
 * (tests/vectors/vectors.test.ts). Rule (tests/vectors/README.md): round the actual figure half up to
 * the expected number of decimals; it matches when |actual − expected| ≤ tolerance. A case that cannot
 * run (unknown kind, unknown input shape, an exception) is a failure, never a skip.
 */
import Decimal from 'decimal.js';
import type { Outcome } from '../../src/lib/errors';

// The runner checks the engine, so it keeps its own Decimal (plain clone, independent of src/lib).
const D = Decimal.clone({ precision: 60 });

export interface VectorCase {
  id: string;
  kind: string;
  input: unknown;
  expect: Record<string, unknown>;
  tolerance?: Record<string, string>;
}

export type Adapter = (input: unknown) => Outcome<Record<string, unknown>>;
/** Returns the adapter for a kind, or undefined when the kind cannot be run. */
export type AdapterLoader = (kind: string) => Promise<Adapter | undefined>;

export interface CaseFailure {
  id: string;
  field: string;
  expected: string;
  actual: string;
}

export interface RunSummary {
  passed: number;
  failed: number;
  failures: CaseFailure[];
}

/** Which tolerance entry applies to a figure, by its field name. */
export function toleranceKey(field: string): 'money' | 'ratePct' | 'months' {
  if (/pct$/i.test(field)) return 'ratePct';
  if (/months?$/i.test(field)) return 'months';
  return 'money';
}

const decimalsOf = (text: string): number => {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
};

const NUMERIC = /^-?\d+(\.\d+)?$/;

/**
 * Compares one figure by the README rule. `tolerance` 'exact' or absent means 0.
 * @example figureMatches('8884.88', '8884.8849', '0.01') // => true
 */
export function figureMatches(expected: string, actual: string, tolerance: string | undefined): boolean {
  if (!NUMERIC.test(expected) || !NUMERIC.test(actual.trim())) return false;
  const tol = tolerance === undefined || tolerance === 'exact' ? new D(0) : new D(tolerance);
  const rounded = new D(actual.trim()).toDecimalPlaces(decimalsOf(expected), D.ROUND_HALF_UP);
  return rounded.minus(expected).abs().lte(tol);
}

/** 'payoff.budgetBelowMinimums' → 'budget-below-minimums' (the vectors' issue spelling). */
export const issueSlug = (code: string): string =>
  (code.split('.').pop() ?? code).replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * Fields compared as exact strings, not as figures: names, rule codes (`flags`, an array of arrays of codes) and
 * dates (`lastDay`).
 */
const EXACT_FIELDS: ReadonlySet<string> = new Set(['name', 'flags', 'lastDay']);

const show = (value: unknown): string =>
  value === undefined ? 'missing' : typeof value === 'string' ? value : JSON.stringify(value);

/** Compares an expected value (string, integer, array or object) with the actual one, collecting failures. */
function compareValue(
  id: string,
  path: string,
  leaf: string,
  expected: unknown,
  actual: unknown,
  tolerance: Record<string, string>,
  out: CaseFailure[],
): void {
  const fail = (): void => void out.push({ id, field: path, expected: show(expected), actual: show(actual) });
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return fail();
    if (actual.length !== expected.length) {
      out.push({ id, field: `${path}.length`, expected: String(expected.length), actual: String(actual.length) });
    }
    expected.forEach((e, i) => compareValue(id, `${path}[${i}]`, leaf, e, actual[i], tolerance, out));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return fail();
    for (const [key, e] of Object.entries(expected)) {
      compareValue(id, `${path}.${key}`, key, e, (actual as Record<string, unknown>)[key], tolerance, out);
    }
    return;
  }
  if (EXACT_FIELDS.has(leaf)) {
    if (actual !== expected) fail();
    return;
  }
  const e = typeof expected === 'number' ? String(expected) : expected;
  const a = typeof actual === 'number' ? String(actual) : actual;
  if (typeof e !== 'string' || typeof a !== 'string' || !figureMatches(e, a, tolerance[toleranceKey(leaf)])) fail();
}

/** Failures of one case given its adapter's outcome (empty when the case passes). */
export function checkOutcome(c: VectorCase, outcome: Outcome<Record<string, unknown>>): CaseFailure[] {
  const out: CaseFailure[] = [];
  const tolerance = c.tolerance ?? {};
  const { issue, ...figures } = c.expect;
  const codes = outcome.ok ? [] : outcome.issues.map((i) => i.code);
  if (issue !== undefined) {
    const found = codes.some((code) => code === issue || issueSlug(code) === issue);
    if (!found) out.push({ id: c.id, field: 'issue', expected: show(issue), actual: codes.join(',') || 'no issue' });
  }
  if (Object.keys(figures).length > 0) {
    if (!outcome.ok) {
      const detail = outcome.issues.map((i) => (i.params === undefined ? i.code : `${i.code} ${JSON.stringify(i.params)}`));
      out.push({ id: c.id, field: '(outcome)', expected: 'figures', actual: `issues ${detail.join(', ')}` });
    } else {
      for (const [key, e] of Object.entries(figures)) compareValue(c.id, key, key, e, outcome.value[key], tolerance, out);
    }
  }
  if (issue === undefined && Object.keys(figures).length === 0) {
    out.push({ id: c.id, field: 'expect', expected: 'at least one figure', actual: 'empty' });
  }
  return out;
}

/** Checks that a parsed JSON value has the case shape; returns it typed, or a failure line. */
export function asCase(raw: unknown, index: number): VectorCase | CaseFailure {
  const r = raw as Partial<VectorCase> | null;
  const id = r !== null && typeof r === 'object' && typeof r.id === 'string' ? r.id : `#${index}`;
  if (r === null || typeof r !== 'object' || typeof r.kind !== 'string' || typeof r.expect !== 'object' || r.expect === null) {
    return { id, field: 'case', expected: '{id, kind, input, expect}', actual: 'malformed' };
  }
  return r as VectorCase;
}

/** Runs every case; each case counts once, as passed or failed. */
export async function runCases(cases: unknown[], loadAdapter: AdapterLoader): Promise<RunSummary> {
  const summary: RunSummary = { passed: 0, failed: 0, failures: [] };
  for (const [index, raw] of cases.entries()) {
    const c = asCase(raw, index);
    let failures: CaseFailure[];
    if (!('kind' in c)) {
      failures = [c];
    } else {
      const adapter = await loadAdapter(c.kind);
      if (adapter === undefined) {
        failures = [{ id: c.id, field: 'kind', expected: `an adapter for '${c.kind}'`, actual: 'cannot run' }];
      } else {
        try {
          failures = checkOutcome(c, adapter(c.input));
        } catch (error) {
          failures = [{ id: c.id, field: '(run)', expected: 'an outcome', actual: `exception ${String(error)}` }];
        }
      }
    }
    if (failures.length === 0) summary.passed++;
    else summary.failed++;
    summary.failures.push(...failures);
  }
  return summary;
}

/** One printed line per failure. */
export const formatFailure = (f: CaseFailure): string =>
  `FAIL ${f.id} ${f.field}: expected ${f.expected}, actual ${f.actual}`;
