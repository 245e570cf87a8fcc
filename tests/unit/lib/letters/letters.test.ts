import { describe, expect, it } from 'vitest';
import { getMessages, WRITTEN_DICTIONARIES } from '../../../../src/i18n/messages';
import { createTranslator } from '../../../../src/i18n/translate';
import { addYears, localToday, readDate } from '../../../../src/lib/letters/dates';
import {
  LETTER_FIELDS,
  LETTERS,
  buildLetter,
  checkTimeBar,
  letterSpec,
  readMonths,
  regulatorFor,
  ukDate,
  usDate,
  type LetterField,
  type LetterId,
  type LetterValues,
} from '../../../../src/lib/letters/letters';

const TODAY = '2026-12-01';
const EMPTY: LetterValues = Object.fromEntries(LETTER_FIELDS.map((f) => [f, ''])) as unknown as LetterValues;
const v = (changes: Partial<Record<LetterField, string>>): LetterValues => ({ ...EMPTY, card: 'no', notNotified: 'no', lenderType: 'bank', topic: 'collection', ...changes });
const isoDate = (iso: string) => iso; // the island passes Intl's long date; the engine only calls it
const zh = createTranslator(getMessages('zh-hans'));
const en = createTranslator(getMessages('en'));
const hant = createTranslator(getMessages('zh-hant'));

/** A value for every field, as a reader might type it. */
const FULL: Record<LetterField, string> = {
  name: '王小明',
  lender: '某某银行信用卡中心',
  account: '尾号 1234',
  amount: '12,345.60 元',
  monthly: '800 元',
  months: '36',
  card: 'yes',
  lastPayment: '2025-03-05',
  lastDemand: '2025-06-01',
  happened: '今年失业，收入中断。',
  reportItem: '2024 年 5 月逾期记录',
  notNotified: 'yes',
  lenderType: 'bank',
  topic: 'collection',
  firstComplaint: '2026 年 11 月 3 日',
  contactWays: 'by letter only',
  lawyer: 'Jane Doe',
  lawyerContact: '1 Main St, Springfield, 555-0100',
};
const requiredOnly = (id: LetterId) => v(Object.fromEntries(letterSpec(id).required.map((f) => [f, FULL[f]])));

describe('dates', () => {
  it.each([
    ['2022-03-05', '2022-03-05'],
    ['2022-3-5', '2022-03-05'],
    ['2022/3/5', '2022-03-05'],
    ['2022.03.05', '2022-03-05'],
    ['2022年3月5日', '2022-03-05'],
    ['２０２２－０３－０５'.replace('－', '-').replace('－', '-'), '2022-03-05'],
    [' 2024-02-29 ', '2024-02-29'],
  ])('reads %s', (text, iso) => expect(readDate(text, 'lastPayment', TODAY)).toEqual({ ok: true, value: iso }));
  it.each(['2023-02-29', '2022-13-01', '2022-00-10', '3/5/2022', 'last year', '2022-03', ''])('refuses %j', (text) => {
    expect(readDate(text, 'lastPayment', TODAY)).toEqual({ ok: false, issues: [{ field: 'lastPayment', code: 'letters.dateInvalid' }] });
  });
  it('refuses a day after today', () => {
    expect(readDate('2026-12-02', 'lastDemand', TODAY)).toEqual({ ok: false, issues: [{ field: 'lastDemand', code: 'letters.dateFuture' }] });
    expect(readDate('2026-12-01', 'lastDemand', TODAY).ok).toBe(true);
  });
  it('adds years, 29 February falling back to the 28th', () => {
    expect(addYears('2022-03-05', 3)).toBe('2025-03-05');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
  it('today is the local calendar day', () => expect(localToday(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09'));
  it('US and UK dates', () => expect([usDate('2026-12-01'), ukDate('2026-03-09')]).toEqual(['December 1, 2026', '9 March 2026']));
  it.each([
    ['36', 36],
    ['３６', 36],
    ['36期', 36],
    ['36 个月', 36],
    ['36 months', 36],
    ['0', undefined],
    ['1.5', undefined],
    ['1000', undefined],
    ['三十六', undefined],
  ])('months %j → %j', (text, n) => expect(readMonths(text)).toBe(n));
});

describe('time-bar check', () => {
  it('a debt last paid four years ago may be time-barred', () => {
    const r = checkTimeBar(v({ lastPayment: '2022-12-01' }), TODAY);
    expect(r).toEqual({ ok: true, value: { latest: '2022-12-01', basis: 'lastPayment', threeYearsOn: '2025-12-01', over: true } });
  });
  it('the later of payment and demand counts (a demand restarts the period)', () => {
    const r = checkTimeBar(v({ lastPayment: '2020-01-10', lastDemand: '2024-06-01' }), TODAY);
    expect(r.ok && r.value).toEqual({ latest: '2024-06-01', basis: 'lastDemand', threeYearsOn: '2027-06-01', over: false });
  });
  it('exactly three years on is not yet over; the day after is', () => {
    expect(checkTimeBar(v({ lastPayment: '2023-12-01' }), TODAY)).toMatchObject({ ok: true, value: { over: false } });
    expect(checkTimeBar(v({ lastPayment: '2023-11-30' }), TODAY)).toMatchObject({ ok: true, value: { over: true } });
  });
  it('no dates: no check; an unreadable date: an issue', () => {
    expect(checkTimeBar(EMPTY, TODAY)).toEqual({ ok: true, value: undefined });
    expect(checkTimeBar(v({ lastPayment: 'long ago' }), TODAY)).toEqual({ ok: false, issues: [{ field: 'lastPayment', code: 'letters.dateInvalid' }] });
  });
});

describe('regulator for a complaint', () => {
  it.each([
    ['collection', 'bank', 'nfra'],
    ['collection', 'consumer-finance', 'nfra'],
    ['collection', 'micro-loan', 'local'],
    ['collection', 'unsure', 'unsure'],
    ['credit', 'micro-loan', 'pboc'],
    ['credit', 'bank', 'pboc'],
    ['calls', 'bank', 'calls'],
    ['calls', 'micro-loan', 'calls'],
    ['nonsense', 'nonsense', 'nfra'],
  ])('%s about a %s lender → %s', (topic, lenderType, key) => expect(regulatorFor(v({ topic, lenderType }))).toBe(key));
});

describe('letters', () => {
  const ids = LETTERS.map((l) => l.id);

  it('every letter and every required field: an empty form gives one issue per required field, nothing else', () => {
    for (const id of ids) {
      const r = buildLetter(id, v({}), zh, TODAY, isoDate);
      expect(r.ok, id).toBe(false);
      expect(!r.ok && r.issues, id).toEqual(letterSpec(id).required.map((field) => ({ field, code: 'letters.required' })));
    }
  });

  for (const [locale, t] of [['zh-hans', zh], ['zh-hant', hant], ['en', en]] as const) {
    it(`${locale}: every letter builds from its required fields alone and from all fields, with no placeholder left`, () => {
      for (const id of ids) {
        for (const values of [requiredOnly(id), v(FULL)]) {
          const r = buildLetter(id, values, t, TODAY, () => 'DATE');
          expect(r.ok, `${id}`).toBe(true);
          if (!r.ok) continue;
          expect(r.value.text, id).not.toMatch(/\{\w+\}/);
          expect(r.value.text, id).toContain(values.name);
          expect(r.value.text.startsWith(r.value.title), id).toBe(true);
          for (const field of letterSpec(id).fields) {
            // A typed text field shows in the letter exactly as typed (choices and dates steer, they are not quoted).
            if (['card', 'notNotified', 'lenderType', 'topic', 'lastPayment', 'lastDemand'].includes(field) || values[field] === '') continue;
            expect(r.value.text, `${id} ${field}`).toContain(values[field]);
          }
        }
      }
    });
  }

  it('a skipped optional field drops its whole sentence; a given one adds it', () => {
    const without = buildLetter('negotiate', requiredOnly('negotiate'), zh, TODAY, isoDate);
    const withAmount = buildLetter('negotiate', v({ ...requiredOnly('negotiate'), amount: '9,999 元' }), zh, TODAY, isoDate);
    expect(without.ok && without.value.text).not.toContain('贵方通知我目前欠款');
    expect(withAmount.ok && withAmount.value.text).toContain('贵方通知我目前欠款9,999 元。');
    expect(without.ok && without.value.text).toContain('我是王小明，在贵方有一笔借款，目前无法按原约定还款。');
  });

  it('the credit-card article appears only for a card debt', () => {
    const base = requiredOnly('negotiate');
    const card = buildLetter('negotiate', v({ ...base, card: 'yes' }), zh, TODAY, isoDate);
    const loan = buildLetter('negotiate', v({ ...base, card: 'no' }), zh, TODAY, isoDate);
    expect(card.ok && card.value.text).toContain('《商业银行信用卡业务监督管理办法》第七十条');
    expect(loan.ok && loan.value.text).not.toContain('第七十条');
    const third = buildLetter('third-parties', v({ ...requiredOnly('third-parties'), card: 'yes' }), zh, TODAY, isoDate);
    expect(third.ok && third.value.text).toContain('第六十八条');
  });

  it('the plan states the amount and the months; months are read as a number', () => {
    const r = buildLetter('negotiate', v({ name: 'A', lender: 'B', monthly: '800 元', months: '３６期' }), zh, TODAY, isoDate);
    expect(r.ok && r.value.text).toContain('每月还款800 元，分36期还清。');
    expect(buildLetter('negotiate', v({ name: 'A', lender: 'B', monthly: '800', months: '1.5' }), zh, TODAY, isoDate)).toEqual({ ok: false, issues: [{ field: 'months', code: 'letters.monthsInvalid' }] });
  });

  it('a time-barred debt still gets its letter (the warning is the island\'s), but an unreadable date stops it', () => {
    expect(buildLetter('negotiate', v({ ...requiredOnly('negotiate'), lastPayment: '2022-01-01' }), zh, TODAY, isoDate).ok).toBe(true);
    expect(buildLetter('negotiate', v({ ...requiredOnly('negotiate'), lastDemand: '2027-01-01' }), zh, TODAY, isoDate)).toEqual({ ok: false, issues: [{ field: 'lastDemand', code: 'letters.dateFuture' }] });
  });

  it('a complaint is addressed to the body the rule picks', () => {
    const base = requiredOnly('complaint');
    const cases: Array<[string, string, string]> = [
      ['collection', 'bank', '国家金融监督管理总局'],
      ['collection', 'micro-loan', '地方金融管理部门'],
      ['credit', 'bank', '中国人民银行'],
      ['calls', 'bank', '12321'],
    ];
    for (const [topic, lenderType, to] of cases) {
      const r = buildLetter('complaint', v({ ...base, topic, lenderType }), zh, TODAY, isoDate);
      expect(r.ok && r.value.text.split('\n\n')[1], `${topic}/${lenderType}`).toContain(to);
    }
    const credit = buildLetter('complaint', v({ ...base, topic: 'credit' }), zh, TODAY, isoDate);
    expect(credit.ok && credit.value.text).toContain('第二十六条');
    expect(credit.ok && credit.value.text).not.toContain('责令其停止违规催收');
  });

  it('UK letters are written in English, dated the UK way, in every locale, citing the FCA rules', () => {
    for (const id of ids.filter((i) => letterSpec(i).jurisdiction === 'uk')) {
      const a = buildLetter(id, v(FULL), zh, TODAY, isoDate);
      const b = buildLetter(id, v(FULL), en, TODAY, isoDate);
      expect(a.ok && b.ok && a.value.text === b.value.text, id).toBe(true);
      expect(a.ok && a.value.text, id).toContain('1 December 2026');
      expect(a.ok && a.value.text, id).toMatch(/CONC 7\.(3\.4R|9)/);
    }
    const open = buildLetter('uk-plan', v({ name: 'A', lender: 'B', monthly: '£50' }), en, TODAY, isoDate);
    expect(open.ok && open.value.text).toContain('until my situation improves');
    expect(open.ok && open.value.text).not.toContain('{months}');
  });

  it('US letters are written in English, dated the US way, in every locale', () => {
    for (const id of ids.filter((i) => letterSpec(i).jurisdiction === 'us')) {
      const a = buildLetter(id, v(FULL), zh, TODAY, isoDate);
      const b = buildLetter(id, v(FULL), en, TODAY, isoDate);
      expect(a.ok && b.ok && a.value.text === b.value.text, id).toBe(true);
      expect(a.ok && a.value.text, id).toContain('December 1, 2026');
      expect(a.ok && a.value.text, id).toMatch(/15 U\.S\.C\. §1692/);
    }
  });

  it('every template a letter can use exists in both written dictionaries, and uses only the letter\'s own fields', () => {
    for (const id of ids) {
      const spec = letterSpec(id);
      const allowed = new Set<string>([...spec.fields, 'date', 'regulator']);
      for (const dict of [WRITTEN_DICTIONARIES['zh-hans'], WRITTEN_DICTIONARIES.en]) {
        for (const key of [`letters.${id}.name`, `letters.${id}.about`, `letters.${id}.title`, `letters.${id}.to`, `letters.${id}.send`, ...spec.paragraphs.map((p) => `letters.${id}.p.${p.key}`)]) {
          expect(dict[key], key).toBeTruthy();
          for (const [, name] of (dict[key] as string).matchAll(/\{(\w+)\}/g)) expect(allowed.has(name as string), `${key} {${name}}`).toBe(true);
        }
        for (const field of spec.fields) expect(dict[`letters.field.${field}.label`] ?? dict[`letters.field.${field}.legend`], `${id} ${field}`).toBeTruthy();
      }
    }
  });

  it('every issue code the engine emits has words in both dictionaries', () => {
    for (const dict of [WRITTEN_DICTIONARIES['zh-hans'], WRITTEN_DICTIONARIES.en]) {
      for (const code of ['letters.required', 'letters.dateInvalid', 'letters.dateFuture', 'letters.monthsInvalid']) expect(dict[`issue.${code}`], code).toBeTruthy();
      for (const id of ids) for (const field of letterSpec(id).required) expect(dict[`issue.letters.required.${field}`], field).toBeTruthy();
    }
  });
});
