import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Every issue code the parsers (and the quote reader) can return has words in zh-Hans and en. */
const CODES = [
  'amount.required', 'amount.invalid', 'amount.ambiguous', 'amount.negative', 'amount.tooLarge', 'amount.tooPrecise',
  'amount.numeralDigits', 'amount.numeralMalformed', 'amount.numeralMixed',
  'rate.required', 'rate.invalid', 'rate.ambiguous', 'rate.kindMismatch', 'rate.negative', 'rate.tooHigh',
  'term.required', 'term.invalid', 'term.notWholeMonths', 'term.outOfRange',
  'term.notWholeCount', 'term.weeksOutOfRange', 'term.daysOutOfRange', 'term.unitMismatch',
  'date.required', 'date.invalid', 'date.ambiguous', 'date.notACalendarDate', 'date.outOfRange',
  'quote.required', 'quote.tooLong', 'quote.unread', 'quote.advertised', 'quote.range', 'quote.conditionalCharge', 'quote.ratePeriodMissing',
];

describe('parse issues have words', () => {
  it.each(['zh-Hans', 'en'])('%s', (lang) => {
    const words = JSON.parse(readFileSync(`src/i18n/ui/calc-common/${lang}.json`, 'utf8')) as Record<string, string>;
    expect(CODES.filter((code) => words[`issue.${code}`] === undefined)).toEqual([]);
  });

  it('the sources name no other code', () => {
    const sources = ['amount', 'rate', 'term', 'date', 'quote'].map((m) => readFileSync(`src/lib/parse/${m}.ts`, 'utf8')).join('\n');
    const named = new Set([...sources.matchAll(/'((?:amount|rate|term|date|quote)\.[a-zA-Z]+)'/g)].map((m) => m[1]));
    // amount.${code} from the numeral reader
    for (const c of ['numeralDigits', 'numeralMalformed']) named.add(`amount.${c}`);
    expect([...named].filter((c) => c !== undefined && !CODES.includes(c)).sort()).toEqual([]);
  });
});
