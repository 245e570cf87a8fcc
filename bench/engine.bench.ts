/**
 * Engine benchmark (not a test): `npm run bench`.
 *
 * One run times our engine against the float peers @formulajs/formulajs (RATE, IRR, XIRR, PMT) and
 * financial (rate, irr, pmt) on the same 1,000 loans from a seeded PRNG, and counts how many answers
 * each peer gets WRONG (its 2-decimal APR differs from ours) or fails to give (NaN, throw, error value).
 * Ours is certified by the engine (in float with a proven error bound; a line or rounding boundary inside
 * the bound by the exact sign of the NPV there, in BigInt; in decimal where neither can decide: the bench
 * counts how often that fallback ran); the bench re-checks every one of our answers with
 * an independent, term-by-term decimal NPV at both ends of the displayed figure's rounding interval.
 * "Fastest peer" in the summary is the fastest peer that got every answer right (a wrong answer is not a
 * speed to match); the detail lines give the ratio to every peer.
 * The loans mix ordinary 360-month loans with hard cases: near-zero and exactly 0 % rates, negative-cost
 * promotions, up-front fees, and very high-rate short loans (7- and 14-day, 1–4 payments).
 * Figures are medians. The last line is the one-line summary.
 */
import * as formulajs from '@formulajs/formulajs';
import * as financial from 'financial';
import { aprFromDatedFlows, aprFromPeriodic } from '../src/lib/apr';
import { aprInFloat } from '../src/lib/apr/certify';
import { rateBounds } from '../src/lib/apr/true-apr';
import { modelFromRuns, npvDec } from '../src/lib/apr/cash-flow-model';
import { Dec, ONE, ZERO } from '../src/lib/money/decimal';
import { toDisplayPct } from '../src/lib/money/rounding';

type Loan = { kind: string; received: Dec; payment: Dec; count: number; periodsPerYear: number };

/** mulberry32: small, seeded, reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fen = (x: number) => new Dec(x.toFixed(2));

function generateLoans(n: number, seed: number): Loan[] {
  const rnd = prng(seed);
  const loans: Loan[] = [];
  for (let i = 0; i < n; i++) {
    const u = rnd();
    const principal = Math.round(10_000 + rnd() * 1_990_000);
    if (u < 0.6) {
      // ordinary 30-year loan, 2–36 %/yr, 0–8 % up-front fee
      const r = (0.02 + rnd() * 0.34) / 12;
      const pay = (principal * r) / (1 - (1 + r) ** -360);
      loans.push({ kind: 'ordinary', received: fen(principal * (1 - rnd() * 0.08)), payment: fen(pay), count: 360, periodsPerYear: 12 });
    } else if (u < 0.7) {
      // near zero: exactly 0 % (principal divisible by 360) or a few fen of cost
      const p = Math.round(principal / 360) * 360;
      const extra = rnd() < 0.5 ? 0 : Math.floor(rnd() * 3) / 100;
      loans.push({ kind: 'near-zero', received: new Dec(p), payment: new Dec(p / 360).plus(extra), count: 360, periodsPerYear: 12 });
    } else if (u < 0.8) {
      // negative-cost promotion: repay 0.5–20 % less than received
      const pay = (principal * (1 - 0.005 - rnd() * 0.195)) / 360;
      loans.push({ kind: 'promotion', received: new Dec(principal), payment: fen(pay), count: 360, periodsPerYear: 12 });
    } else if (u < 0.9) {
      // very high 30-year rate: 60–400 %/yr
      const r = (0.6 + rnd() * 3.4) / 12;
      const pay = (principal * r) / (1 - (1 + r) ** -360);
      loans.push({ kind: 'high-360', received: new Dec(principal), payment: fen(pay), count: 360, periodsPerYear: 12 });
    } else {
      // short loan: 7 or 14 days per period, 1–4 payments, 1–40 % per period
      const weekly = rnd() < 0.5;
      const count = 1 + Math.floor(rnd() * 4);
      const small = Math.round(500 + rnd() * 20_000);
      const r = 0.01 + rnd() * 0.39;
      const pay = (small * r) / (1 - (1 + r) ** -count);
      loans.push({ kind: 'short', received: new Dec(small), payment: fen(pay), count, periodsPerYear: weekly ? 52 : 26 });
    }
  }
  return loans;
}

/** Independent check of our answer: direct decimal NPV, term by term, at both ends of the display interval. */
function displayedIsCertain(loan: Loan, shownPct: Dec): boolean {
  const npvAt = (pct: Dec) => {
    const r = pct.div(100).div(loan.periodsPerYear);
    const v = ONE.div(r.plus(1));
    let df = ONE;
    let sum = loan.received;
    for (let k = 1; k <= loan.count; k++) {
      df = df.times(v);
      sum = sum.minus(loan.payment.times(df));
    }
    return sum;
  };
  const lo = npvAt(shownPct.minus('0.005'));
  const hi = npvAt(shownPct.plus('0.005'));
  return lo.isZero() || hi.isZero() || lo.lt(0) !== hi.lt(0);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Per-call times (ms) of `fn` over the items, after one warm-up pass. */
function timeEach<T, R>(items: T[], fn: (item: T) => R): { ms: number[]; results: R[] } {
  for (const item of items.slice(0, 50)) fn(item);
  const ms: number[] = [];
  const results: R[] = [];
  for (const item of items) {
    const t0 = performance.now();
    const r = fn(item);
    ms.push(performance.now() - t0);
    results.push(r);
  }
  return { ms, results };
}

/** A peer's periodic rate → the 2-decimal APR a person would see, or undefined when it failed. */
function shownFromRate(rate: unknown, ppy: number): string | undefined {
  if (typeof rate !== 'number' || !Number.isFinite(rate)) return undefined;
  return toDisplayPct(new Dec(rate).times(ppy).times(100)).toFixed(2);
}

function safe<R>(fn: () => R): R | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

// ---------- APR ----------
const loans = generateLoans(1000, 20261122);
const flowsOf = (l: Loan) => [-l.received.toNumber(), ...new Array<number>(l.count).fill(l.payment.toNumber())];

const ours = timeEach(loans, (l) => aprFromPeriodic({ received: l.received, payment: l.payment, count: l.count, periodsPerYear: l.periodsPerYear }));
const peers = {
  'formulajs RATE': timeEach(loans, (l) => safe(() => formulajs.RATE(l.count, -l.payment.toNumber(), l.received.toNumber()))),
  'formulajs IRR': timeEach(loans, (l) => safe(() => formulajs.IRR(flowsOf(l)))),
  'financial rate': timeEach(loans, (l) => safe(() => financial.rate(l.count, -l.payment.toNumber(), l.received.toNumber(), 0))),
  'financial irr': timeEach(loans, (l) => safe(() => financial.irr(flowsOf(l)))),
};

let oursWrong = 0;
const oursShown: (string | undefined)[] = ours.results.map((out, i) => {
  if (!out.ok) {
    oursWrong++;
    return undefined;
  }
  const shown = toDisplayPct(out.value.nominalAprPct);
  if (!displayedIsCertain(loans[i]!, shown)) oursWrong++;
  return shown.toFixed(2);
});

const is360 = loans.map((l) => l.count === 360);
const ms360 = (ms: number[]) => median(ms.filter((_, i) => is360[i]));
const wrongCount = (results: unknown[]) =>
  results.reduce<number>((n, r, i) => (shownFromRate(r, loans[i]!.periodsPerYear) !== oursShown[i] ? n + 1 : n), 0);
const wrongByKind = (results: unknown[]) => {
  const byKind: Record<string, number> = {};
  results.forEach((r, i) => {
    if (shownFromRate(r, loans[i]!.periodsPerYear) !== oursShown[i]) byKind[loans[i]!.kind] = (byKind[loans[i]!.kind] ?? 0) + 1;
  });
  return Object.entries(byKind)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
};

const kinds = loans.reduce<Record<string, number>>((m, l) => ((m[l.kind] = (m[l.kind] ?? 0) + 1), m), {});
console.log(`loans: ${loans.length} (${Object.entries(kinds).map(([k, v]) => `${k} ${v}`).join(', ')}), seed 20261122`);
const ourApr360 = ms360(ours.ms);
console.log(`APR solve, 360 periods, median per call:`);
const byKindMs = Object.keys(kinds)
  .map((k) => `${k} ${median(ours.ms.filter((_, i) => loans[i]!.kind === k)).toFixed(3)}`)
  .join(', ');
// How often the float certificate could not decide and the decimal path ran (exact 0 % needs neither).
let fallbacks = 0;
const fallbackKinds: Record<string, number> = {};
for (const l of loans) {
  const model = modelFromRuns([
    { amount: l.received, t0: 0, count: 1, fraction: ZERO },
    { amount: l.payment.neg(), t0: 1, count: l.count, fraction: ZERO },
  ]);
  const ppy = new Dec(l.periodsPerYear);
  if (!model.netAtZero.isZero() && !aprInFloat(model, ppy, rateBounds(ppy, 0))) {
    fallbacks++;
    fallbackKinds[l.kind] = (fallbackKinds[l.kind] ?? 0) + 1;
    if (process.env.BENCH_DEBUG) console.log('fallback', l.kind, l.received.toFixed(), l.payment.toFixed(), l.count, l.periodsPerYear);
  }
}
const fallbackPct = (100 * fallbacks) / loans.length;
console.log(`  ours (float-certified)     ${ourApr360.toFixed(4)} ms   wrong/failed ${oursWrong}   decimal fallback ${fallbacks} of ${loans.length}${fallbacks ? ` (${Object.entries(fallbackKinds).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}   (by kind, ms: ${byKindMs})`);
let fastestPeer = Infinity;
let fastestRightPeer = Infinity;
const peerWrong: Record<string, number> = {};
for (const [name, t] of Object.entries(peers)) {
  const m = ms360(t.ms);
  fastestPeer = Math.min(fastestPeer, m);
  peerWrong[name] = wrongCount(t.results);
  if (peerWrong[name] === 0) fastestRightPeer = Math.min(fastestRightPeer, m);
  const detail = wrongByKind(t.results);
  console.log(`  ${name.padEnd(26)} ${m.toFixed(4)} ms   ours/peer ${(ourApr360 / m).toFixed(1)}x   wrong/failed ${peerWrong[name]}${detail ? ` (${detail})` : ''}`);
}

// The decimal floor: one closed-form NPV of a 360-payment loan at the engine's 40 digits (1/(1 + i),
// v^360 by squaring, a few more operations), at each loan's own rate. A decimal certificate needs the
// NPV's sign on both sides of the root, so no decimal-certified answer could cost less than two; the
// float certificate runs none (decimal only on fallback).
const floorCases = loans.flatMap((l, i) => {
  const out = ours.results[i]!;
  if (l.count !== 360 || !out.ok || out.value.periodicRate.isZero()) return [];
  const model = modelFromRuns([
    { amount: l.received, t0: 0, count: 1, fraction: ZERO },
    { amount: l.payment.neg(), t0: 1, count: l.count, fraction: ZERO },
  ]);
  return [{ model, rate: out.value.periodicRate }];
});
const floor = timeEach(floorCases, ({ model, rate }) => npvDec(model, rate));
const floorMs = median(floor.ms);
console.log(`  decimal floor: one 40-digit closed-form NPV ${floorMs.toFixed(4)} ms = ${(floorMs / fastestPeer).toFixed(1)}x fastest peer (a decimal certificate needs two; the float one none)`);

// XIRR against our EU APRC on dated monthly versions of the first 100 ordinary loans.
const dated = loans.filter((l) => l.kind === 'ordinary').slice(0, 100);
const monthDate = (k: number) => {
  const idx = 2025 * 12 + k;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}-15`;
};
const datedFlows = dated.map((l) => [{ date: monthDate(0), amount: l.received }, ...Array.from({ length: l.count }, (_, k) => ({ date: monthDate(k + 1), amount: l.payment.neg() }))]);
const oursEu = timeEach(datedFlows, (flows) => aprFromDatedFlows({ flows }));
const xirr = timeEach(datedFlows, (flows) => safe(() => formulajs.XIRR(flows.map((f) => f.amount.toNumber()), flows.map((f) => f.date))));
let xirrWrong = 0;
xirr.results.forEach((r, i) => {
  const o = oursEu.results[i]!;
  const theirs = typeof r === 'number' && Number.isFinite(r) ? toDisplayPct(new Dec(r).times(100)).toFixed(2) : undefined;
  if (!o.ok || theirs !== toDisplayPct(o.value.aprcPct).toFixed(2)) xirrWrong++;
});
console.log(`EU APRC (days/365) on 100 dated 360-month loans: ours ${median(oursEu.ms).toFixed(3)} ms, formulajs XIRR ${median(xirr.ms).toFixed(3)} ms, XIRR wrong/failed ${xirrWrong}`);

// ---------- schedule ----------
type ScheduleModule = typeof import('../src/lib/schedule');
type PayoffModule = typeof import('../src/lib/payoff');
const scheduleMod = (await import('../src/lib/schedule').catch(() => undefined)) as ScheduleModule | undefined;
const payoffMod = (await import('../src/lib/payoff').catch(() => undefined)) as PayoffModule | undefined;

let schedule360 = NaN;
let floatLoop360 = NaN;
if (scheduleMod) {
  const inputs = loans.slice(0, 300).map((l, i) => ({
    method: 'equal-installment' as const,
    principal: new Dec(Math.round(10_000 + (i * 7919) % 1_990_000)),
    months: 360,
    rate: { annualPct: new Dec((2 + ((i * 37) % 3400) / 100).toFixed(2)) },
  }));
  const t = timeEach(inputs, (input) => scheduleMod.buildSchedule(input));
  schedule360 = median(t.ms);
  const floatPeer = timeEach(inputs, (input) => {
    // what a float calculator does: PMT, then a 360-row loop in numbers
    const r = input.rate.annualPct.toNumber() / 1200;
    const pay = -formulajs.PMT(r, 360, input.principal.toNumber());
    let bal = input.principal.toNumber();
    const rows: number[] = [];
    for (let k = 0; k < 360; k++) {
      const interest = Math.round(bal * r * 100) / 100;
      bal -= pay - interest;
      rows.push(bal);
    }
    return rows;
  });
  const finPmt = timeEach(inputs, (input) => financial.pmt(input.rate.annualPct.toNumber() / 1200, 360, input.principal.toNumber()));
  floatLoop360 = median(floatPeer.ms);
  console.log(`schedule, 360 rows: ours ${schedule360.toFixed(3)} ms; float PMT+loop ${floatLoop360.toFixed(4)} ms; financial pmt alone ${median(finPmt.ms).toFixed(5)} ms`);
} else {
  console.log('schedule: src/lib/schedule not available yet');
}

// ---------- payoff ----------
let plan20 = NaN;
if (payoffMod) {
  const rnd = prng(7);
  const plans = Array.from({ length: 30 }, () => {
    const debts = Array.from({ length: 20 }, (_, k) => {
      const balance = Math.round(1_000 + rnd() * 49_000);
      const aprPct = Number((3 + rnd() * 33).toFixed(2));
      // minimum = the payment that clears the debt alone in 30–31 years; with the budget equal to the
      // sum of the minimums, no money rolls over before then, so the plan lasts about 30 years
      const r = aprPct / 1200;
      const minPayment = Math.ceil(((balance * r) / (1 - (1 + r) ** -(360 + Math.floor(rnd() * 12)))) * 100) / 100;
      return { name: `debt ${k + 1}`, balance: new Dec(balance), aprPct: new Dec(aprPct.toFixed(2)), minPayment: new Dec(minPayment.toFixed(2)) };
    });
    const minimums = debts.reduce((s, d) => s.plus(d.minPayment), ZERO);
    return { strategy: 'avalanche' as const, debts, monthlyBudget: minimums };
  });
  const t = timeEach(plans, (p) => payoffMod.planPayoff(p));
  plan20 = median(t.ms);
  const months = t.results.map((r) => (r.ok ? r.value.months : NaN));
  console.log(`payoff plan, 20 debts: ours ${plan20.toFixed(2)} ms (plans last ${Math.min(...months)}–${Math.max(...months)} months)`);
} else {
  console.log('payoff: src/lib/payoff not available yet');
}

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const formulajsWrong = peerWrong['formulajs RATE']!;
const financialWrong = peerWrong['financial rate']!;
const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
console.log(`fastest peer overall ${fastestPeer.toFixed(4)} ms (ours ${(ourApr360 / fastestPeer).toFixed(1)}x); fastest with 0 wrong ${fastestRightPeer.toFixed(4)} ms`);
console.log(
  `bench: apr360 ${fixed(ourApr360, 3)} ms (${fixed(ourApr360 / fastestRightPeer, 1)}x fastest peer), schedule360 ${f2(schedule360)} ms (${fixed(schedule360 / floatLoop360, 1)}x float loop), plan20 ${fixed(plan20, 1)} ms, wrong: ours ${oursWrong} / formulajs ${formulajsWrong} / financial ${financialWrong}, fallback ${fallbackPct.toFixed(1)} %`,
);
