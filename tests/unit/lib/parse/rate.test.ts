import { describe, expect, it } from 'vitest';
import { parseRate, type ParseRateOptions } from '../../../../src/lib/parse';
import { show } from './show';

const parsed = (text: string, opts: ParseRateOptions = {}): string =>
  show(parseRate(text, opts), (v) => `${v.kind} ${v.percent.toFixed()}`);

describe('parseRate: accepted forms', () => {
  it.each<[string, ParseRateOptions, string]>([
    ['0.05%', {}, 'unspecified 0.05'],
    ['18', {}, 'unspecified 18'],
    ['18%', {}, 'unspecified 18'],
    ['18 %', {}, 'unspecified 18'],
    ['18', { kind: 'annual' }, 'annual 18'],
    ['0.05', { kind: 'daily' }, 'daily 0.05'],
    ['日息0.05%', {}, 'daily 0.05'],
    ['日利率0.05%', {}, 'daily 0.05'],
    ['日0.05%', {}, 'daily 0.05'],
    ['0.05%/天', {}, 'daily 0.05'],
    ['0.05%每天', {}, 'daily 0.05'],
    ['每日0.05%', {}, 'daily 0.05'],
    ['日利率万五', {}, 'daily 0.05'],
    ['日息万五', {}, 'daily 0.05'],
    ['万五', { kind: 'daily' }, 'daily 0.05'],
    ['万2.5', { kind: 'daily' }, 'daily 0.025'],
    ['日息万分之二点五', {}, 'daily 0.025'],
    ['万分之五', {}, 'unspecified 0.05'],
    ['千分之三', {}, 'unspecified 0.3'],
    ['百分之十八', {}, 'unspecified 18'],
    ['1.5‰', {}, 'unspecified 0.15'],
    ['月费率0.6%', {}, 'monthlyFee 0.6'],
    ['月手续费率0.6%', {}, 'monthlyFee 0.6'],
    ['月费0.6%', {}, 'monthlyFee 0.6'],
    ['月息1%', {}, 'monthly 1'],
    ['月利率1%', {}, 'monthly 1'],
    ['1%/月', {}, 'monthly 1'],
    ['年化18%', {}, 'annual 18'],
    ['年化利率：18%', {}, 'annual 18'],
    ['年利率4.9%', {}, 'annual 4.9'],
    ['APR 18%', {}, 'annual 18'],
    ['apr18%', {}, 'annual 18'],
    ['18% APR', {}, 'annual 18'],
    ['18%/年', {}, 'annual 18'],
    ['１８％', {}, 'unspecified 18'],
    ['年化１８．２５％', {}, 'annual 18.25'],
    ['0', {}, 'unspecified 0'],
    ['-0', {}, 'unspecified 0'],
    ['10000%', { kind: 'annual' }, 'annual 10000'],
    ['27.39%', { kind: 'daily' }, 'daily 27.39'],
  ])('%j %o → %s', (text, opts, expected) => {
    expect(parsed(text, opts)).toBe(expected);
  });
});

describe('parseRate: rejected forms', () => {
  it.each<[string, ParseRateOptions, string]>([
    ['', {}, 'rate.required'],
    ['万五', {}, 'rate.ambiguous'],
    ['万五', { kind: 'annual' }, 'rate.ambiguous'],
    ['月息2分', {}, 'rate.ambiguous'],
    ['日息5厘', {}, 'rate.ambiguous'],
    ['月费率0.6%/年', {}, 'rate.ambiguous'],
    ['月息1%', { kind: 'annual' }, 'rate.kindMismatch expected=annual found=monthly'],
    ['日息0.05%', { kind: 'monthlyFee' }, 'rate.kindMismatch expected=monthlyFee found=daily'],
    ['-18%', {}, 'rate.negative'],
    ['年化-1%', {}, 'rate.negative'],
    ['10000.01', {}, 'rate.tooHigh max=10000 maxAnnualPct=10000'],
    ['日息30%', {}, 'rate.tooHigh max=27.39 maxAnnualPct=10000'],
    ['月息900%', {}, 'rate.tooHigh max=833.33 maxAnnualPct=10000'],
    ['abc', {}, 'rate.invalid'],
    ['年化', {}, 'rate.invalid'],
    ['1e3', {}, 'rate.invalid'],
    ['Infinity', {}, 'rate.invalid'],
    ['1,000%', {}, 'rate.invalid'],
    ['18%%', {}, 'rate.invalid'],
    ['万分之', {}, 'rate.invalid'],
    ['万x', { kind: 'daily' }, 'rate.invalid'],
  ])('%j %o → %s', (text, opts, expected) => {
    expect(parsed(text, opts)).toBe(expected);
  });
});
