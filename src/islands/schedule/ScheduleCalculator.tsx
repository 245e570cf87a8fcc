import { useEffect, useMemo, useState } from 'preact/hooks';
import { CURRENCIES, formatCount, formatMoney, formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { createTranslator, type Messages, type Translate } from '../../i18n/translate';
import type { CalcIssue } from '../../lib/errors';
import type { PrepaymentResult, RepaymentMethod, Schedule } from '../../lib/schedule';
import { ChartWithTable } from '../shared/ChartWithTable';
import { CopyLink, DownloadButton, RememberControls, ResultFigure } from '../shared/controls';
import { toCsv, downloadText } from '../shared/csv';
import { ErrorSummary } from '../shared/ErrorSummary';
import { Choice, Field } from '../shared/Field';
import { collectIssues, issueMessage } from '../shared/issues';
import { useCalculatorForm } from '../shared/useCalculatorForm';
import {
  METHODS,
  PREPAY_MODES,
  RATE_KEYS,
  SCHEDULE_DEFAULTS,
  computeSchedule,
  methodOf,
  rateKeyIn,
  switchRateKey,
  type RateKey,
  type ScheduleField,
  type ScheduleValues,
} from './schedule-form';

interface Props {
  locale: Locale;
  messages: Messages;
}

const REQUIRED_CODES = new Set(['amount.required', 'term.required', 'rate.required']);

export default function ScheduleCalculator({ locale, messages }: Props) {
  const t = useMemo(() => createTranslator(messages), [messages]);
  const form = useCalculatorForm<ScheduleField>({ storageKey: 'mz:schedule:v1', defaults: SCHEDULE_DEFAULTS });
  const { values, settled } = form;
  // The kind the reader picked, used while every rate field is empty; a link or typing decides otherwise.
  const [chosenKey, setChosenKey] = useState<RateKey>('annualPct');
  const rateKey = rateKeyIn(values) ?? chosenKey;
  useEffect(() => {
    const present = rateKeyIn(values);
    if (present && present !== chosenKey) setChosenKey(present);
  }, [values]);

  const settledKey = rateKeyIn(settled) ?? chosenKey;
  const outcome = useMemo(() => computeSchedule(settled as ScheduleValues, settledKey), [settled, settledKey]);
  const currency = (CURRENCIES as readonly string[]).includes(values.currency) ? values.currency : 'CNY';
  const money = (d: Parameters<typeof formatMoney>[0]) => formatMoney(d, locale, currency);

  const label = (field: string): string => {
    if ((RATE_KEYS as readonly string[]).includes(field)) return t(`calc.schedule.rate.label.${field}`);
    return t(`calc.schedule.${field}.label`);
  };
  const fieldOrder: ScheduleField[] = ['amount', 'months', 'method', rateKey, 'dayBasis', 'periodicFee', 'startMonth', 'prepayMonth', 'prepayAmount', 'prepayMode', 'prepayFeePct'];
  const inputId = (field: ScheduleField): string =>
    (RATE_KEYS as readonly string[]).includes(field) ? 'rate'
    : field === 'method' ? `method-${methodOf(values.method)}`
    : field === 'dayBasis' ? `dayBasis-${values.dayBasis === '365' ? '365' : '360'}`
    : field === 'prepayMode' ? `prepayMode-${values.prepayMode === 'lower-payment' ? 'lower-payment' : 'shorter-term'}`
    : field;

  const allIssues: CalcIssue[] = !outcome.ok ? outcome.issues : outcome.value.prepayment && !outcome.value.prepayment.ok ? outcome.value.prepayment.issues : [];
  const shownIssues = allIssues.filter((i) => form.submitted || form.touched.has(i.field as ScheduleField));
  const fields = fieldOrder.map((f) => ({ engineField: f, inputId: inputId(f), label: label(f) }));
  const { byField, summary } = collectIssues(t, locale, shownIssues, fields, 'amount');
  const errorFor = (field: ScheduleField) => byField[inputId(field)];

  // GOV.UK: the page title says there is an error while the summary is shown.
  const showSummary = form.submitted && summary.length > 0;
  useEffect(() => {
    const prefix = t('calc.common.titleErrorPrefix');
    const base = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
    document.title = showSummary ? prefix + base : base;
  }, [showSummary]);

  const text = (field: ScheduleField, extra: { hint?: string; width?: 'short' | 'medium' | 'long'; inputMode?: 'decimal' | 'numeric' | 'text' } = {}) => (
    <Field
      id={field}
      name={field}
      label={label(field)}
      hint={extra.hint}
      error={errorFor(field)}
      value={values[field]}
      onInput={(v) => form.set(field, v)}
      onBlur={() => form.touch(field)}
      inputMode={extra.inputMode ?? 'decimal'}
      errorPrefix={t('calc.common.errorPrefix')}
      width={extra.width ?? 'medium'}
    />
  );
  const method = methodOf(values.method);
  const methodOptions = METHODS.map((m) => ({ value: m, label: t(`calc.schedule.method.${m}`) }));

  return (
    <div class="mz-calc">
      <form
        class="mz-form"
        method="get"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          form.submit();
        }}
      >
        <ErrorSummary title={t('calc.common.errorSummaryTitle')} items={showSummary ? summary : []} focusKey={form.submitCount} />
        {text('amount', { hint: t('calc.common.amountHint') })}
        {text('months', { hint: t('calc.schedule.months.hint'), width: 'short', inputMode: 'text' })}
        <Choice name="method" legend={t('calc.schedule.method.label')} hint={t('calc.schedule.method.hint')} value={method} options={methodOptions} onChange={(v) => form.set('method', v)} />
        <Choice
          name="rateKind"
          legend={t('calc.schedule.rateKind.legend')}
          value={rateKey}
          inline
          options={RATE_KEYS.map((k) => ({ value: k, label: t(`calc.schedule.rateKind.${k}`) }))}
          onChange={(k) => {
            setChosenKey(k);
            form.setMany(switchRateKey(values as ScheduleValues, rateKey, k));
          }}
        />
        <Field
          id="rate"
          name={rateKey}
          label={label(rateKey)}
          hint={t(`calc.schedule.rate.hint.${rateKey}`)}
          error={errorFor(rateKey)}
          value={values[rateKey]}
          onInput={(v) => {
            setChosenKey(rateKey);
            form.set(rateKey, v);
          }}
          onBlur={() => form.touch(rateKey)}
          inputMode="decimal"
          errorPrefix={t('calc.common.errorPrefix')}
          width="short"
        />
        {rateKey === 'dailyPct' && (
          <Choice
            name="dayBasis"
            legend={t('calc.schedule.dayBasis.label')}
            hint={t('calc.schedule.dayBasis.hint')}
            value={values.dayBasis === '365' ? '365' : '360'}
            options={[
              { value: '360', label: t('calc.schedule.dayBasis.360') },
              { value: '365', label: t('calc.schedule.dayBasis.365') },
            ]}
            onChange={(v) => form.set('dayBasis', v)}
          />
        )}
        {text('periodicFee', { hint: t('calc.schedule.periodicFee.hint') })}
        {text('startMonth', { hint: t('calc.schedule.startMonth.hint'), width: 'short', inputMode: 'text' })}

        <fieldset class="mz-fieldset mz-schedule-group">
          <legend class="mz-field__label">{t('calc.schedule.prepay.legend')}</legend>
          <p class="mz-field__hint">{t('calc.schedule.prepay.hint')}</p>
          {text('prepayMonth', { hint: t('calc.schedule.prepayMonth.hint'), width: 'short', inputMode: 'numeric' })}
          <Choice
            name="prepay"
            legend={t('calc.schedule.prepay.kind')}
            value={values.prepay === 'part' ? 'part' : 'full'}
            inline
            options={[
              { value: 'full', label: t('calc.schedule.prepay.full') },
              { value: 'part', label: t('calc.schedule.prepay.part') },
            ]}
            onChange={(v) => form.set('prepay', v)}
          />
          {values.prepay === 'part' && text('prepayAmount', { hint: t('calc.common.amountHint') })}
          {values.prepay === 'part' && (
            <Choice
              name="prepayMode"
              legend={label('prepayMode')}
              hint={errorFor('prepayMode') ?? t('calc.schedule.prepayMode.hint')}
              value={values.prepayMode === 'lower-payment' ? 'lower-payment' : 'shorter-term'}
              options={PREPAY_MODES.map((m) => ({ value: m, label: t(`calc.schedule.prepayMode.${m}`) }))}
              onChange={(v) => form.set('prepayMode', v)}
            />
          )}
          {text('prepayFeePct', { hint: t('calc.schedule.prepayFeePct.hint'), width: 'short' })}
        </fieldset>

        <div class="mz-field">
          <label class="mz-field__label" for="compare">
            {t('calc.schedule.compare.label')}
          </label>
          <select id="compare" name="compare" class="mz-select" value={values.compare} onChange={(e) => form.set('compare', (e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('calc.schedule.compare.none')}</option>
            {methodOptions.map((o) => (
              <option value={o.value} key={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div class="mz-field">
          <label class="mz-field__label" for="currency">
            {t('calc.common.currency')}
          </label>
          <select id="currency" name="currency" class="mz-select" value={currency} onChange={(e) => form.set('currency', (e.currentTarget as HTMLSelectElement).value)}>
            {CURRENCIES.map((c) => (
              <option value={c} key={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div class="mz-actions">
          <button type="submit" class="mz-button">
            {t('calc.common.calculate')}
          </button>
        </div>
      </form>
      <RememberControls t={t} remember={form.remember} setRemember={form.setRemember} forget={form.forget} />

      <PrintedInputs t={t} values={values as ScheduleValues} rateKey={rateKey} />

      <section class="mz-results" aria-labelledby="results-title" aria-live="polite">
        <h2 id="results-title">{t('calc.common.results')}</h2>
        {outcome.ok ? (
          <Results t={t} locale={locale} currency={currency} money={money} computation={outcome.value} rateKey={settledKey} />
        ) : (
          <p class="mz-results__empty" data-results-state={allIssues.some((i) => REQUIRED_CODES.has(i.code)) ? 'incomplete' : 'invalid'}>
            {allIssues.some((i) => REQUIRED_CODES.has(i.code)) && !shownIssues.some((i) => !REQUIRED_CODES.has(i.code))
              ? t('calc.common.resultsEmpty')
              : t('calc.common.resultsHaveErrors')}
          </p>
        )}
      </section>
    </div>
  );
}

type Money = (d: Parameters<typeof formatMoney>[0]) => string;
type Computation = Extract<ReturnType<typeof computeSchedule>, { ok: true }>['value'];

function Results({ t, locale, currency, money, computation, rateKey }: { t: Translate; locale: Locale; currency: string; money: Money; computation: Computation; rateKey: RateKey }) {
  const { schedule, input } = computation;
  const flat = input.method === 'flat-fee';
  return (
    <>
      <Summary t={t} money={money} schedule={schedule} method={input.method} locale={locale} />
      {!flat && (
        <dl class="mz-results__grid">
          <ResultFigure name="aprPct" label={t('calc.schedule.result.aprPct')} value={schedule.nominalAnnualPct.toFixed()} display={formatPercent(schedule.nominalAnnualPct, locale)} />
          <ResultFigure name="effectivePct" label={t('calc.schedule.result.effectivePct')} value={schedule.effectiveAnnualPct.toFixed()} display={formatPercent(schedule.effectiveAnnualPct, locale)} />
        </dl>
      )}
      {rateKey === 'dailyPct' && 'dayBasis' in input.rate && <p data-day-basis={input.rate.dayBasis}>{t(`calc.schedule.dayBasisNote.${input.rate.dayBasis}`)}</p>}
      {flat && (
        <p class="mz-box mz-box--warning">
          {t('calc.schedule.flatFeeNote')} <a href={`/${locale}/tools/apr/`}>{t('calc.schedule.aprLink')}</a>
        </p>
      )}
      <div class="mz-actions mz-no-print">
        <CopyLink t={t} />
        <DownloadButton label={t('calc.common.downloadCsv')} onClick={() => downloadText(t('calc.schedule.csvFile'), scheduleCsv(t, schedule, input.method))} />
        <button type="button" class="mz-button mz-button--secondary" onClick={() => window.print()}>
          {t('calc.common.print')}
        </button>
      </div>
      <ScheduleChart t={t} locale={locale} currency={currency} schedule={schedule} method={input.method} />
      <PrepaymentSection t={t} locale={locale} money={money} computation={computation} />
      <ComparisonSection t={t} locale={locale} money={money} computation={computation} />
    </>
  );
}

function Summary({ t, money, schedule, method, locale }: { t: Translate; money: Money; schedule: Schedule; method: RepaymentMethod; locale: Locale }) {
  const first = schedule.rows[0];
  const last = schedule.rows[schedule.rows.length - 1];
  if (!first || !last) return null;
  return (
    <dl class="mz-results__grid" data-results="summary">
      <ResultFigure name="firstPayment" label={t('calc.schedule.result.firstPayment')} value={first.payment.toFixed(2)} display={money(first.payment)} emphasis />
      <ResultFigure name="lastPayment" label={t('calc.schedule.result.lastPayment')} value={last.payment.toFixed(2)} display={money(last.payment)} />
      <ResultFigure
        name="totalInterest"
        label={t(method === 'flat-fee' ? 'calc.schedule.result.totalFlatFee' : 'calc.schedule.result.totalInterest')}
        value={schedule.totals.interest.toFixed(2)}
        display={money(schedule.totals.interest)}
      />
      <ResultFigure name="totalPaid" label={t('calc.schedule.result.totalPaid')} value={schedule.totals.payment.toFixed(2)} display={money(schedule.totals.payment)} />
      <ResultFigure name="months" label={t('calc.schedule.result.months')} value={String(schedule.rows.length)} display={t('calc.common.months', { n: formatCount(schedule.rows.length, locale) })} />
    </dl>
  );
}

const hasFee = (schedule: Schedule) => !schedule.totals.fee.isZero();
const hasDueMonth = (schedule: Schedule) => schedule.rows[0]?.dueMonth !== undefined;

function scheduleCsv(t: Translate, schedule: Schedule, method: RepaymentMethod): string {
  const fee = hasFee(schedule);
  const due = hasDueMonth(schedule);
  const header = [
    t('calc.schedule.table.period'),
    ...(due ? [t('calc.schedule.table.dueMonth')] : []),
    t('calc.schedule.table.payment'),
    t('calc.schedule.table.principal'),
    t(method === 'flat-fee' ? 'calc.schedule.table.flatFee' : 'calc.schedule.table.interest'),
    ...(fee ? [t('calc.schedule.table.fee')] : []),
    t('calc.schedule.table.balance'),
  ];
  const rows = schedule.rows.map((r) => [
    String(r.period),
    ...(due ? [r.dueMonth ?? ''] : []),
    r.payment.toFixed(2),
    r.principal.toFixed(2),
    r.interest.toFixed(2),
    ...(fee ? [r.fee.toFixed(2)] : []),
    r.balance.toFixed(2),
  ]);
  const totals = [
    t('calc.schedule.table.totals'),
    ...(due ? [''] : []),
    schedule.totals.payment.toFixed(2),
    schedule.totals.principal.toFixed(2),
    schedule.totals.interest.toFixed(2),
    ...(fee ? [schedule.totals.fee.toFixed(2)] : []),
    '',
  ];
  return toCsv([header, ...rows, totals]);
}

/** The chart and the full table together. Memoised on the schedule: 360 rows are not re-diffed while the reader types elsewhere. */
function ScheduleChart({ t, locale, currency, schedule, method }: { t: Translate; locale: Locale; currency: string; schedule: Schedule; method: RepaymentMethod }) {
  return useMemo(() => {
    const interestLabel = t(method === 'flat-fee' ? 'calc.schedule.table.flatFee' : 'calc.schedule.table.interest');
    // Pixel positions only: the figures readers see come from the table below.
    const series = [
      { label: t('calc.schedule.table.principal'), data: schedule.rows.map((r) => Number(r.principal.toFixed(2))), colour: 0 },
      { label: interestLabel, data: schedule.rows.map((r) => Number(r.interest.toFixed(2))), colour: 1 },
    ];
    const labels = schedule.rows.map((r) => String(r.period));
    const tick = new Intl.NumberFormat(locale === 'en' ? 'en' : locale === 'zh-hant' ? 'zh-Hant' : 'zh-CN', { maximumFractionDigits: 0 });
    return (
      <ChartWithTable
        title={t('calc.schedule.chart.title')}
        showLabel={t('calc.common.showChart')}
        hideLabel={t('calc.common.hideChart')}
        summary={t('calc.schedule.chart.summary')}
        kind="bar"
        stacked
        labels={labels}
        series={series}
        formatTick={(v) => tick.format(v)}
      >
        <ScheduleTable t={t} locale={locale} currency={currency} schedule={schedule} method={method} />
      </ChartWithTable>
    );
  }, [schedule, locale, currency, method]);
}

function ScheduleTable({ t, locale, currency, schedule, method }: { t: Translate; locale: Locale; currency: string; schedule: Schedule; method: RepaymentMethod }) {
  const fee = hasFee(schedule);
  const due = hasDueMonth(schedule);
  const m = (d: Parameters<typeof formatMoney>[0]) => formatMoney(d, locale, currency);
  const caption = t('calc.schedule.table.caption', { n: formatCount(schedule.rows.length, locale) });
  return (
    <div class="mz-table-wrap" tabIndex={0} role="region" aria-label={`${caption}. ${t('calc.common.tableScroll')}`}>
      <table class="mz-table" data-table="schedule">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calc.schedule.table.period')}</th>
            {due && <th scope="col">{t('calc.schedule.table.dueMonth')}</th>}
            <th scope="col" class="mz-num">
              {t('calc.schedule.table.payment')}
            </th>
            <th scope="col" class="mz-num">
              {t('calc.schedule.table.principal')}
            </th>
            <th scope="col" class="mz-num">
              {t(method === 'flat-fee' ? 'calc.schedule.table.flatFee' : 'calc.schedule.table.interest')}
            </th>
            {fee && (
              <th scope="col" class="mz-num">
                {t('calc.schedule.table.fee')}
              </th>
            )}
            <th scope="col" class="mz-num">
              {t('calc.schedule.table.balance')}
            </th>
          </tr>
        </thead>
        <tbody>
          {schedule.rows.map((r) => (
            <tr key={r.period}>
              <th scope="row">{formatCount(r.period, locale)}</th>
              {due && <td>{r.dueMonth}</td>}
              <td class="mz-num">{m(r.payment)}</td>
              <td class="mz-num">{m(r.principal)}</td>
              <td class="mz-num">{m(r.interest)}</td>
              {fee && <td class="mz-num">{m(r.fee)}</td>}
              <td class="mz-num">{m(r.balance)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('calc.schedule.table.totals')}</th>
            {due && <td />}
            <td class="mz-num">{m(schedule.totals.payment)}</td>
            <td class="mz-num">{m(schedule.totals.principal)}</td>
            <td class="mz-num">{m(schedule.totals.interest)}</td>
            {fee && <td class="mz-num">{m(schedule.totals.fee)}</td>}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function PrepaymentSection({ t, locale, money, computation }: { t: Translate; locale: Locale; money: Money; computation: Computation }) {
  const outcome = computation.prepayment;
  let body;
  if (!outcome) body = <p class="mz-results__empty">{t('calc.schedule.prepay.empty')}</p>;
  else if (!outcome.ok) body = <p class="mz-results__empty">{t('calc.schedule.prepay.invalid')}</p>;
  else body = <PrepaymentFigures t={t} locale={locale} money={money} result={outcome.value} month={computation.prepayAt ?? 1} />;
  return (
    <section aria-labelledby="prepay-title" data-section="prepayment">
      <h3 id="prepay-title">{t('calc.schedule.prepay.title')}</h3>
      {body}
    </section>
  );
}

function PrepaymentFigures({ t, locale, money, result, month }: { t: Translate; locale: Locale; money: Money; result: PrepaymentResult; month: number }) {
  const rows = result.schedule.rows;
  // The prepayment goes with period k's regular payment; the row after it (if any) shows the new payment.
  const at = rows[month - 1];
  const next = rows[month];
  return (
    <>
      {at && (
        <p>
          {t('calc.schedule.prepay.paidAt', { k: formatCount(at.period, locale), amount: money(at.payment) })}
        </p>
      )}
      <dl class="mz-results__grid" data-results="prepayment">
        <ResultFigure name="interestSaved" label={t('calc.schedule.prepay.interestSaved')} value={result.interestSaved.toFixed(2)} display={money(result.interestSaved)} emphasis />
        <ResultFigure name="monthsSaved" label={t('calc.schedule.prepay.monthsSaved')} value={String(result.monthsSaved)} display={t('calc.common.months', { n: formatCount(result.monthsSaved, locale) })} />
        <ResultFigure name="prepaidAmount" label={t('calc.schedule.prepay.prepaidAmount')} value={result.prepaidAmount.toFixed(2)} display={money(result.prepaidAmount)} />
        <ResultFigure name="prepayFee" label={t('calc.schedule.prepay.fee')} value={result.fee.toFixed(2)} display={money(result.fee)} />
        <ResultFigure name="netSaving" label={t('calc.schedule.prepay.netSaving')} value={result.netSaving.toFixed(2)} display={money(result.netSaving)} />
        {next && <ResultFigure name="newPayment" label={t('calc.schedule.prepay.newPayment')} value={next.payment.toFixed(2)} display={money(next.payment)} />}
        <ResultFigure name="newTotalInterest" label={t('calc.schedule.prepay.newTotalInterest')} value={result.schedule.totals.interest.toFixed(2)} display={money(result.schedule.totals.interest)} />
        <ResultFigure name="newTotalPaid" label={t('calc.schedule.prepay.newTotalPaid')} value={result.schedule.totals.payment.toFixed(2)} display={money(result.schedule.totals.payment)} />
        <ResultFigure name="newMonths" label={t('calc.schedule.prepay.newMonths')} value={String(rows.length)} display={t('calc.common.months', { n: formatCount(rows.length, locale) })} />
      </dl>
      {result.netSaving.isNegative() && <p class="mz-box mz-box--warning">{t('calc.schedule.prepay.loss')}</p>}
    </>
  );
}

function ComparisonSection({ t, locale, money, computation }: { t: Translate; locale: Locale; money: Money; computation: Computation }) {
  const { comparison, input, schedule } = computation;
  if (!comparison) return null;
  const columns: Array<{ method: RepaymentMethod; outcome: { ok: true; value: Schedule } | { ok: false; issues: CalcIssue[] } }> = [
    { method: input.method, outcome: { ok: true, value: schedule } },
    { method: comparison.method, outcome: comparison.outcome },
  ];
  return (
    <section aria-labelledby="compare-title" data-section="comparison">
      <h3 id="compare-title">{t('calc.schedule.compare.title')}</h3>
      {comparison.method === input.method && <p class="mz-muted">{t('calc.schedule.compare.same')}</p>}
      <div class="mz-compare">
        {columns.map((col, i) => (
          <div key={`${i}-${col.method}`} data-method={col.method} class="mz-compare__column">
            <h4>{t(`calc.schedule.method.${col.method}`)}</h4>
            {col.outcome.ok ? (
              <Summary t={t} money={money} schedule={col.outcome.value} method={col.method} locale={locale} />
            ) : (
              <p>{col.outcome.issues[0] ? issueMessage(t, locale, col.outcome.issues[0], t('calc.schedule.compare.rateLabel')) : t('calc.common.resultsHaveErrors')}</p>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

/** What the reader entered, for paper: the form itself is hidden in print. */
function PrintedInputs({ t, values, rateKey }: { t: Translate; values: ScheduleValues; rateKey: RateKey }) {
  const rows: Array<[string, string]> = [
    [t('calc.schedule.amount.label'), values.amount],
    [t('calc.schedule.months.label'), values.months],
    [t('calc.schedule.method.label'), t(`calc.schedule.method.${methodOf(values.method)}`)],
    [t(`calc.schedule.rate.label.${rateKey}`), values[rateKey]],
  ];
  if (rateKey === 'dailyPct') rows.push([t('calc.schedule.dayBasis.label'), t(`calc.schedule.dayBasis.${values.dayBasis === '365' ? '365' : '360'}`)]);
  if (values.periodicFee.trim()) rows.push([t('calc.schedule.periodicFee.label'), values.periodicFee]);
  if (values.startMonth.trim()) rows.push([t('calc.schedule.startMonth.label'), values.startMonth]);
  if (values.prepayMonth.trim()) {
    rows.push([t('calc.schedule.prepayMonth.label'), values.prepayMonth]);
    rows.push([t('calc.schedule.prepay.kind'), values.prepay === 'part' ? `${t('calc.schedule.prepay.part')} ${values.prepayAmount}` : t('calc.schedule.prepay.full')]);
  }
  return (
    <section class="mz-print-inputs" aria-label={t('calc.common.yourInputs')}>
      <h2>{t('calc.common.yourInputs')}</h2>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v || '—'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
