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

describe('parseRate: 分/厘 with a stated period (folk convention)', () => {
  const understood = (text: string, opts: ParseRateOptions = {}): string =>
    show(parseRate(text, opts), (v) => `${v.kind} ${v.percent.toFixed()} ${v.understood?.convention ?? '-'} ${v.understood?.source ?? '-'}`);
  it.each<[string, ParseRateOptions, string]>([
    ['月息2分', {}, 'monthly 2 fenLi 月息2分'],
    ['年息1分', {}, 'annual 10 fenLi 年息1分'],
    ['日息1厘', {}, 'daily 0.01 fenLi 日息1厘'],
    ['日息1分', {}, 'daily 0.1 fenLi 日息1分'],
    ['日息5厘', {}, 'daily 0.05 fenLi 日息5厘'],
    ['日息三厘', {}, 'daily 0.03 fenLi 日息三厘'],
    ['月息5厘', {}, 'monthly 0.5 fenLi 月息5厘'],
    ['年息5厘', {}, 'annual 5 fenLi 年息5厘'],
    ['年利5厘', {}, 'annual 5 fenLi 年利5厘'],
    ['月息一分五', {}, 'monthly 1.5 fenLi 月息一分五'],
    ['月息1分5', {}, 'monthly 1.5 fenLi 月息1分5'],
    ['月息1分5厘', {}, 'monthly 1.5 fenLi 月息1分5厘'],
    ['月息1.5分', {}, 'monthly 1.5 fenLi 月息1.5分'],
    ['年息一分二', {}, 'annual 12 fenLi 年息一分二'],
    ['月利2分', {}, 'monthly 2 fenLi 月利2分'],
    ['月利率3分', {}, 'monthly 3 fenLi 月利率3分'],
    ['每月2分', {}, 'monthly 2 fenLi 每月2分'],
    ['月息两分利', {}, 'monthly 2 fenLi 月息两分利'],
    ['月息二分息', {}, 'monthly 2 fenLi 月息二分息'],
    ['月息2分', { kind: 'monthly' }, 'monthly 2 fenLi 月息2分'],
    ['月息２分', {}, 'monthly 2 fenLi 月息２分'],
    ['年息壹分', {}, 'annual 10 fenLi 年息壹分'],
    ['日息萬五', {}, 'daily 0.05 wanShort 日息萬五'],
    ['万五', { kind: 'daily' }, 'daily 0.05 wanShort 万五'],
    ['日利率0.05%', {}, 'daily 0.05 - -'],
  ])('%j %o → %s', (text, opts, expected) => {
    expect(understood(text, opts)).toBe(expected);
  });
});

describe('parseRate: rejected forms', () => {
  it.each<[string, ParseRateOptions, string]>([
    ['', {}, 'rate.required'],
    ['万五', {}, 'rate.ambiguous'],
    ['万五', { kind: 'annual' }, 'rate.ambiguous'],
    ['2分', {}, 'rate.ambiguous'],
    ['2分', { kind: 'monthly' }, 'rate.ambiguous'],
    ['一分利', {}, 'rate.ambiguous'],
    ['5厘', { kind: 'daily' }, 'rate.ambiguous'],
    ['年化2分', {}, 'rate.ambiguous'],
    ['2分 APR', {}, 'rate.ambiguous'],
    ['月费率2分', {}, 'rate.ambiguous'],
    ['月息2分5厘5', {}, 'rate.invalid'],
    ['月息3厘5', {}, 'rate.invalid'],
    ['月息x分', {}, 'rate.invalid'],
    ['月息一一分', {}, 'rate.invalid'],
    ['月息1分5厘', { kind: 'annual' }, 'rate.kindMismatch expected=annual found=monthly'],
    ['月息900分', {}, 'rate.tooHigh max=833.33 maxAnnualPct=10000'],
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
