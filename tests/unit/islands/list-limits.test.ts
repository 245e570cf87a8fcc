import { describe, expect, it } from 'vitest';
import { APR_DEFAULTS, MAX_FLOW_ROWS, computeApr, type AprValues } from '../../../src/islands/apr/apr-form';
import { MAX_FLOWS } from '../../../src/lib/apr/limits';
import { aprFromDatedFlows } from '../../../src/lib/apr/dated-flows';
import { PAYOFF_DEFAULTS, countDebts, readPayoffForm } from '../../../src/islands/payoff/payoff-form';
import { MAX_DEBTS } from '../../../src/lib/payoff';

/** `n` dated flows as a link carries them: money received, then repayments a day apart. */
const flows = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
    return `${d}:${i === 0 ? 100000 : -20}`;
  }).join(',');

describe('a list longer than the engine takes is refused at once, with the limit in the message', () => {
  it('the form half knows the engine limit', () => expect(MAX_FLOW_ROWS).toBe(MAX_FLOWS));

  it.each([[MAX_FLOWS + 1], [10_000], [50_000]])('%i dated flows: apr.flows.tooMany {max, count}, not "enter at least two"', (n) => {
    const values: AprValues = { ...APR_DEFAULTS, flows: flows(n) };
    const started = performance.now();
    const outcome = computeApr(values, 'flows', { aprFromDatedFlows });
    const ms = performance.now() - started;
    expect(outcome.ok ? [] : outcome.issues).toEqual([{ field: 'flows-add', code: 'apr.flows.tooMany', params: { max: String(MAX_FLOWS), count: String(n) } }]);
    // Refused before any row is parsed: a few milliseconds, not seconds.
    expect(ms).toBeLessThan(100);
  });

  it(`${MAX_FLOWS} flows are still read (the limit itself is allowed)`, () => {
    const outcome = computeApr({ ...APR_DEFAULTS, flows: flows(MAX_FLOWS) }, 'flows', { aprFromDatedFlows });
    expect(outcome.ok ? 'ok' : outcome.issues).toBe('ok');
  });

  it('counts debts without decoding them', () => {
    expect(countDebts('')).toBe(0);
    expect(countDebts('a:1:1:1')).toBe(1);
    expect(countDebts('a:1:1:1;b:2:2:2')).toBe(2);
  });

  it(`${MAX_DEBTS + 1} debts: payoff.tooManyDebts {max, count} (they were silently cut to ${MAX_DEBTS})`, () => {
    const debts = Array.from({ length: MAX_DEBTS + 1 }, (_, i) => `d${i}:1000:10:100`).join(';');
    const read = readPayoffForm({ ...PAYOFF_DEFAULTS, debts, budget: '1万' });
    expect(read.ok ? [] : read.issues).toEqual([{ field: 'debts.count', code: 'payoff.tooManyDebts', params: { max: String(MAX_DEBTS), count: String(MAX_DEBTS + 1) } }]);
  });

  it(`${MAX_DEBTS} debts are planned`, () => {
    const debts = Array.from({ length: MAX_DEBTS }, (_, i) => `d${i}:1000:10:100`).join(';');
    expect(readPayoffForm({ ...PAYOFF_DEFAULTS, debts, budget: '1万' }).ok).toBe(true);
  });
});
