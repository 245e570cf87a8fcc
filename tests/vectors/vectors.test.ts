import { describe, expect, it } from 'vitest';
import { failure, success } from '../../src/lib/errors';
import { figureMatches, issueSlug, runCases, type Adapter } from './runner-core';
import { loadAdapter } from './load-adapter';
import { VECTOR_FILES } from './by-id';

describe('figureMatches: round actual half up to the expected decimals, then |a − e| ≤ tolerance', () => {
  it.each([
    ['8884.88', '8884.88', '0.01', true],
    ['8884.88', '8884.885', '0', false], // rounds half up to 8884.89
    ['8884.88', '8884.885', '0.01', true],
    ['8884.88', '8884.8949', '0.01', true],
    ['8884.88', '8884.895', '0.01', false], // → 8884.90, off by 0.02
    ['13.03', '13.0348', '0.01', true],
    ['26', '26', 'exact', true],
    ['26', '27', 'exact', false],
    ['26', '26', undefined, true],
    ['1.00', 'NaN', '0.01', false],
    ['1.00', 'Infinity', '0.01', false],
  ] as const)('expected %s actual %s tolerance %s → %s', (e, a, t, result) => {
    expect(figureMatches(e, a, t)).toBe(result);
  });
});

describe('runCases', () => {
  const adapter: Adapter = (input) =>
    input === 'infeasible' ? failure({ code: 'payoff.budgetBelowMinimums' }) : success({ total: '10.004', months: 3, debts: [{ name: 'a', interest: '1.00' }] });
  const loader = async (kind: string) => (kind === 'fake' ? adapter : undefined);
  const tol = { money: '0.01', months: 'exact' };

  it('counts matches, tolerance misses, unknown kinds, missing figures and issue expectations', async () => {
    const summary = await runCases(
      [
        { id: 'ok', kind: 'fake', input: 1, expect: { total: '10.00', months: 3, debts: [{ name: 'a', interest: '1.01' }] }, tolerance: tol },
        { id: 'off', kind: 'fake', input: 1, expect: { total: '10.02' }, tolerance: tol },
        { id: 'unknown-kind', kind: 'mystery', input: 1, expect: { total: '10.00' } },
        { id: 'missing', kind: 'fake', input: 1, expect: { totalPaid: '10.00' }, tolerance: tol },
        { id: 'issue', kind: 'fake', input: 'infeasible', expect: { issue: 'budget-below-minimums' } },
        { id: 'no-issue', kind: 'fake', input: 1, expect: { issue: 'budget-below-minimums' } },
        { id: 'bad-name', kind: 'fake', input: 1, expect: { debts: [{ name: 'b' }] } },
        { kind: 'fake' },
      ],
      loader,
    );
    expect(`${summary.passed} passed, ${summary.failed} failed`).toBe('2 passed, 6 failed');
    expect(summary.failures.map((f) => `${f.id} ${f.field} ${f.expected} ${f.actual}`)).toEqual([
      'off total 10.02 10.004',
      "unknown-kind kind an adapter for 'mystery' cannot run",
      'missing totalPaid 10.00 missing',
      'no-issue issue budget-below-minimums no issue',
      'bad-name debts[0].name b a',
      '#7 case {id, kind, input, expect} malformed',
    ]);
  });

  it('an adapter that throws fails its case instead of stopping the run', async () => {
    const summary = await runCases([{ id: 'boom', kind: 'x', input: 1, expect: { a: '1' } }], async () => () => {
      throw new Error('bug');
    });
    expect(summary.failed).toBe(1);
  });

  it('compares flags (arrays of arrays of codes) and lastDay (a date) exactly, not as figures', async () => {
    const toolkit: Adapter = () => success({ flags: [['night'], [], ['content.threat', 'night']], lastDay: '2025-06-23' });
    const summary = await runCases(
      [
        { id: 'same', kind: 't', input: 1, expect: { flags: [['night'], [], ['content.threat', 'night']], lastDay: '2025-06-23' } },
        { id: 'order', kind: 't', input: 1, expect: { flags: [['night'], [], ['night', 'content.threat']] } },
        { id: 'extra', kind: 't', input: 1, expect: { flags: [['night'], [], ['content.threat']] } },
        { id: 'missing-event', kind: 't', input: 1, expect: { flags: [['night'], []] } },
        { id: 'day', kind: 't', input: 1, expect: { lastDay: '2025-06-21' } },
      ],
      async () => toolkit,
    );
    expect(`${summary.passed} passed, ${summary.failed} failed`).toBe('1 passed, 4 failed');
    expect(summary.failures.map((f) => `${f.id} ${f.field}`)).toEqual([
      'order flags[2][0]',
      'order flags[2][1]',
      'extra flags[2].length',
      'missing-event flags.length',
      'day lastDay',
    ]);
  });

  it('maps engine codes to the vectors’ issue spelling', () => {
    expect(issueSlug('payoff.budgetBelowMinimums')).toBe('budget-below-minimums');
  });

  it('finds the schedule adapter and has none for an unknown kind', async () => {
    expect(typeof (await loadAdapter('schedule'))).toBe('function');
    expect(await loadAdapter('no-such-kind')).toBeUndefined();
  });
});

describe('toolkit.json through the real adapters', () => {
  it('every collection-log and deadline case passes', async () => {
    const { readFileSync } = await import('node:fs');
    const cases = JSON.parse(readFileSync(new URL('./toolkit.json', import.meta.url), 'utf8')) as { kind: string }[];
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['collection-log', 'deadline']));
    const summary = await runCases(cases, loadAdapter);
    expect(summary.failures).toEqual([]);
    expect(summary.passed).toBe(cases.length);
  });

  it('an event with a key the engine does not know is an unknown shape, not silently dropped', async () => {
    const adapter = (await loadAdapter('collection-log'))!;
    const out = adapter({ events: [{ at: '2026-03-02T10:00', channel: 'sms', collector: '甲', contacted: 'self', content: [], number: '110' }] });
    expect(out.ok === false && out.issues[0]?.code).toBe('vector.unknownInputShape');
  });
});

describe('every vector file through the real adapters (the same run as npm run vectors)', () => {
  it.each(VECTOR_FILES.map((file) => [file.split('/').pop() as string, file]))('%s: every case of every kind passes', async (_name, file) => {
    const { readFileSync } = await import('node:fs');
    const cases = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
    const summary = await runCases(cases, loadAdapter);
    expect(summary.failures).toEqual([]);
    expect(summary.passed).toBe(cases.length);
  });
});
