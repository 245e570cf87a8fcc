import { useMemo } from 'preact/hooks';
import { formatCount, formatMoney, formatPercent, type Currency } from '../../i18n/format';
import { INTL_LOCALE, type Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/translate';
import type { CalcIssue } from '../../lib/errors';
import type { PrepaymentResult, RepaymentMethod, Schedule } from '../../lib/schedule';
import { ChartWithTable } from '../shared/ChartWithTable';
import { CopyLink, DownloadButton, ResultFigure } from '../shared/controls';
import { toCsv, downloadText } from '../shared/csv';
import { issueMessage } from '../shared/issues';
import type { computeSchedule, RateKey } from './schedule-form';

/**
 * Everything that needs decimal.js and the engine: loaded by ScheduleCalculator right after it hydrates,
 * so the form itself becomes interactive first (see the report in the page's JS budget).
 */
export { computeSchedule } from './schedule-form';
export { collectIssues } from '../shared/issues';

type Money = (d: Parameters<typeof formatMoney>[0]) => string;
type Computation = Extract<ReturnType<typeof computeSchedule>, { ok: true }>['value'];

export function Results({
  t,
  locale,
  currency,
  computation,
  details,
  stale,
  rateKey,
  shareUrl,
}: {
  t: Translate;
  locale: Locale;
  currency: Currency;
  /** The loan as typed right now: headline figures. */
  computation: Computation;
  /** The same form once typing paused, with the scenario and the comparison: table, chart and the rest. */
  details: Computation | undefined;
  /** True while `details` lags behind `computation`. */
  stale: boolean;
  rateKey: RateKey;
  /** Builds the share link at the click (inputs in the #fragment). */
  shareUrl: () => string;
}) {
  const money: Money = (d) => formatMoney(d, locale, currency);
  const { schedule, input } = computation;
  const flat = input.method === 'flat-fee';
  // Built once per pause in typing: keystrokes re-render the headline figures only, not these sections.
  const detailsView = useMemo(
    () =>
      details && (
        <>
          {/* Announced once typing pauses, instead of making the whole results area (and its table) a live region. */}
          <p class="mz-visually-hidden" role="status">
            {liveSummary(t, locale, money, details.schedule)}
          </p>
          <div class="mz-actions mz-no-print">
            <CopyLink t={t} url={shareUrl} />
            <DownloadButton
              label={t('calc.common.downloadCsv')}
              onClick={() => downloadText(t('calc.schedule.csvFile'), scheduleCsv(t, details.schedule, details.input.method))}
            />
            <button type="button" class="mz-button mz-button--secondary" onClick={() => window.print()}>
              {t('calc.common.print')}
            </button>
          </div>
          <ScheduleChart t={t} locale={locale} currency={currency} schedule={details.schedule} method={details.input.method} />
          <PrepaymentSection t={t} locale={locale} money={money} computation={details} />
          <ComparisonSection t={t} locale={locale} money={money} computation={details} />
        </>
      ),
    [details, locale, currency, t],
  );
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
      {details && (
        <div class={stale ? 'mz-schedule-stale' : undefined} aria-busy={stale ? 'true' : undefined}>
          {detailsView}
        </div>
      )}
    </>
  );
}

function liveSummary(t: Translate, locale: Locale, money: Money, schedule: Schedule): string {
  const first = schedule.rows[0];
  if (!first) return '';
  return t('calc.schedule.liveSummary', { first: money(first.payment), total: money(schedule.totals.payment), n: formatCount(schedule.rows.length, locale) });
}

function Summary({ t, money, schedule, method, locale, scope = 'summary' }: { t: Translate; money: Money; schedule: Schedule; method: RepaymentMethod; locale: Locale; scope?: string }) {
  const first = schedule.rows[0];
  const last = schedule.rows[schedule.rows.length - 1];
  if (!first || !last) return null;
  return (
    <dl class="mz-results__grid" data-results={scope}>
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
function ScheduleChart({ t, locale, currency, schedule, method }: { t: Translate; locale: Locale; currency: Currency; schedule: Schedule; method: RepaymentMethod }) {
  return useMemo(() => {
    const interestLabel = t(method === 'flat-fee' ? 'calc.schedule.table.flatFee' : 'calc.schedule.table.interest');
    // Pixel positions only: the figures readers see come from the table below.
    const series = [
      { label: t('calc.schedule.table.principal'), data: schedule.rows.map((r) => Number(r.principal.toFixed(2))), colour: 0 },
      { label: interestLabel, data: schedule.rows.map((r) => Number(r.interest.toFixed(2))), colour: 1 },
    ];
    const labels = schedule.rows.map((r) => String(r.period));
    const tick = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0 });
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

function ScheduleTable({ t, locale, currency, schedule, method }: { t: Translate; locale: Locale; currency: Currency; schedule: Schedule; method: RepaymentMethod }) {
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
              <Summary t={t} money={money} schedule={col.outcome.value} method={col.method} locale={locale} scope="comparison" />
            ) : (
              <p>{col.outcome.issues[0] ? issueMessage(t, locale, col.outcome.issues[0], t('calc.schedule.compare.rateLabel')) : t('calc.common.resultsHaveErrors')}</p>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

