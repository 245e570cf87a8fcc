import { Dec } from './decimal';
import { toFen } from './rounding';

/**
 * A period's rate exactly as the quote defines it: the fraction for one period is `percent ÷ divisor`,
 * kept as the two parts so interest never goes through a rounded periodic rate.
 * A month at 13 % a year is { percent: 13, divisor: 1200 }; at 1 % a month { percent: 1, divisor: 100 };
 * at 0.05 % a day on a 365-day year { percent: 0.05 × 365, divisor: 1200 }.
 */
export interface PeriodRate {
  readonly percent: Dec;
  /** A whole number ≥ 1. */
  readonly divisor: number;
}

export const periodRate = (percent: Dec, divisor: number): PeriodRate => ({ percent, divisor });

/** The rate for `periods` periods of simple interest (a bullet loan's whole term). */
export const timesPeriods = (rate: PeriodRate, periods: number): PeriodRate => ({ percent: rate.percent.times(periods), divisor: rate.divisor });

/**
 * The periodic rate as a fraction (0.01 = 1 %), to 40 digits: for annuity factors and display,
 * never for a period's interest (that is {@link periodInterest}).
 */
export const rateFraction = (rate: PeriodRate): Dec => rate.percent.div(rate.divisor);

/**
 * THE interest rule, written once (tests/vectors/README.md): interest for a
 * period is the exact product of the balance and the period's rate as quoted, rounded half up to the fen
 * once. Never a rounded periodic rate times the balance: 6,006.00 at 13 % is exactly 65.065 → 65.07.
 *
 * Why the 40-digit division is exact enough: let N = balance × percent (exact when the two have ≤ 40
 * significant digits together) and k = N·10^dp its integer significand. A quotient N/D that is not on a
 * half-fen lies at least 10^-dp / (200·D) from one, and the division errs by at most N/D · 10^-39; the
 * second is smaller whenever k < 5·10^36. Outside those bounds (no real loan reaches them) the figure is
 * computed in whole numbers instead.
 * @example periodInterest(new Dec('6006'), periodRate(new Dec('13'), 1200)).toFixed(2) // => '65.07'
 */
export function periodInterest(balance: Dec, rate: PeriodRate): Dec {
  if (balance.sd() + rate.percent.sd() <= 40) {
    const product = balance.times(rate.percent);
    if (product.e + product.decimalPlaces() < 36) return toFen(product.div(rate.divisor));
  }
  return exactInterest(balance, rate);
}

/** The same rule in BigInt: round half up (away from zero) of B·P / (D·10^(a+b)) to the fen. */
function exactInterest(balance: Dec, rate: PeriodRate): Dec {
  const [b, bScale] = toScaled(balance);
  const [p, pScale] = toScaled(rate.percent);
  const product = b * p;
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  const denominator = BigInt(rate.divisor) * 10n ** BigInt(bScale + pScale);
  const fen = (200n * magnitude + denominator) / (2n * denominator);
  const digits = fen.toString().padStart(3, '0');
  return new Dec(`${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`);
}

/** x = integer / 10^scale, exactly (from the decimal digits, no arithmetic). */
function toScaled(x: Dec): [bigint, number] {
  const scale = x.decimalPlaces();
  return [BigInt(x.toFixed(scale).replace('.', '')), scale];
}

/** A period's rate as the exact fraction num/den in lowest terms, for {@link periodInterestFen}. */
export interface FenRate {
  /** As doubles when exact (< 2^53), else NaN: then every quotient is taken in BigInt. */
  readonly num: number;
  readonly den: number;
  readonly bigNum: bigint;
  readonly bigDen: bigint;
}

/** percent ÷ divisor ÷ 100 as an exact fraction (percent = A / 10^s with A whole). */
export function fenRateOf(rate: PeriodRate): FenRate {
  const [a, s] = toScaled(rate.percent);
  const d = BigInt(rate.divisor) * 10n ** BigInt(s);
  let g = a < 0n ? -a : a;
  for (let h = d; h > 0n; ) [g, h] = [h, g % h];
  const bigNum = g === 0n ? 0n : a / g;
  const bigDen = g === 0n ? 1n : d / g;
  const exact = (x: bigint) => (x < 2n ** 53n && x > -(2n ** 53n) ? Number(x) : NaN);
  return { num: exact(bigNum), den: exact(bigDen), bigNum, bigDen };
}

/**
 * {@link periodInterest} on whole fen, the same rule in integers: ⌊(2·|B·num| + den) / (2·den)⌋ with the
 * sign of B·num, for a balance of B fen (the exact B·percent/divisor rounded half up, away from zero, to
 * the fen, as exactInterest does). In doubles while every
 * intermediate is an exact integer below 2^53 (the float quotient is then off by at most one and fixed
 * with exact products), in BigInt otherwise. NaN when the interest itself is 2^52 fen or more (no
 * double holds every such figure): the caller then takes {@link periodInterest}.
 * tests/unit/lib/money/interest.test.ts checks it against periodInterest.
 */
export function periodInterestFen(balanceFen: number, rate: FenRate): number {
  if (balanceFen === 0 || rate.bigNum === 0n) return 0;
  const negative = balanceFen < 0 !== rate.bigNum < 0n;
  const twoDen = 2 * rate.den;
  const top = 2 * Math.abs(balanceFen) * Math.abs(rate.num) + rate.den;
  let q: number;
  if (top + twoDen < 2 ** 53) {
    q = Math.floor(top / twoDen);
    if (q * twoDen > top) q--;
    else if ((q + 1) * twoDen <= top) q++;
  } else {
    const b = BigInt(Math.abs(balanceFen));
    const exact = (2n * b * (rate.bigNum < 0n ? -rate.bigNum : rate.bigNum) + rate.bigDen) / (2n * rate.bigDen);
    q = exact < 2n ** 52n ? Number(exact) : NaN;
  }
  return negative ? -q : q;
}
