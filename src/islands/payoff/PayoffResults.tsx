import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Outcome } from '../../lib/errors';
import { Dec } from '../../lib/money/decimal';
import type { PayoffPlan, PayoffStrategy } from '../../lib/payoff';
import { addMonths } from '../../lib/schedule/calendar-month';
import type { Locale } from '../../i18n/locales';
import { formatCount, formatMoney, type Currency } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { ChartWithTable, type ChartSeries } from '../shared/ChartWithTable';
import { DownloadButton, ResultFigure } from '../shared/controls';
import { downloadText, toCsv } from '../shared/csv';
import { STRATEGIES, readRate, type DebtRow, type PayoffResults } from './payoff-form';
import { formatPercent } from '../../i18n/format';

// The engine half of the calculator, fetched as soon as the form hydrates (the form itself needs no decimal.js).
export { compareWith, planChosen, readPayoffForm } from './payoff-form';
export { collectIssues, issueMessage } from '../shared/issues';

/** True when the rate text is quoted per day (日息…), so the form asks for the day basis. */
export function isDailyRate(text: string, dayBasis: 360 | 365): boolean {
  if (text.trim() === '') return false;
  const rate = readRate(text, dayBasis, '');
  return rate.ok && rate.value.kind === 'daily';
}

/** "折合年利率 18.00%" under a daily or monthly rate; undefined otherwise. */
export function rateHint(t: Translate, locale: Locale, text: string, dayBasis: 360 | 365): string | undefined {
  if (text.trim() === '') return undefined;
  const rate = readRate(text, dayBasis, '');
  if (!rate.ok || (rate.value.kind !== 'daily' && rate.value.kind !== 'monthly')) return undefined;
  return t('calc.payoff.rateConverted', {
    pct: formatPercent(rate.value.aprPct, locale),
  });
}

interface Props {
  t: Translate;
  locale: Locale;
  currency: Currency;
  result: Outcome<PayoffResults>;
  /** Only the chosen strategy is computed yet; the comparison follows. */
  pending: boolean;
  /** The last full comparison (same number of debts), shown dimmed for the other strategies while pending. */
  stale: PayoffResults | undefined;
  /** Nothing typed yet. */
  blank: boolean;
  /** Every problem in words (shown even before the fields are touched, so the results never go blank). */
  messages: string[];
  /** Why paying only the minimums never ends, when it does not. */
  minimumsMessages: string[];
  /** The rows as typed, for the print summary. */
  rows: DebtRow[];
  budget: string;
  showAprLink: boolean;
  aprHref: string;
}

export function PayoffResultsView({
  t,
  locale,
  currency,
  result,
  pending,
  stale,
  blank,
  messages,
  minimumsMessages,
  rows,
  budget,
  showAprLink,
  aprHref,
}: Props) {
  return (
    <section class="mz-results" aria-labelledby="results-title">
      <h2 id="results-title">{t('calc.common.results')}</h2>
      <PrintInputs t={t} rows={rows} budget={budget} />
      {!result.ok ? (
        blank ? (
          <p class="mz-results__empty">{t('calc.common.resultsEmpty')}</p>
        ) : (
          <div>
            <p class="mz-results__empty">{t('calc.common.resultsHaveErrors')}</p>
            <ul class="mz-results__problems">
              {messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
            {showAprLink && (
              <p>
                <a href={aprHref}>{t('calc.payoff.realApr')}</a>
              </p>
            )}
          </div>
        )
      ) : (
        <Plans
          t={t}
          locale={locale}
          currency={currency}
          results={result.value}
          pending={pending}
          stale={pending ? stale : undefined}
          minimumsMessages={pending ? [] : minimumsMessages}
        />
      )}
    </section>
  );
}

function PrintInputs({ t, rows, budget }: { t: Translate; rows: DebtRow[]; budget: string }) {
  return (
    <div class="mz-print-inputs">
      <h3>{t('calc.payoff.inputsTitle')}</h3>
      <ol>
        {rows.map((r, i) => (
          <li key={i}>
            {[
              r.name || t('calc.payoff.debtFallbackName', { n: i + 1 }),
              `${t('calc.payoff.balance')} ${r.balance}`,
              `${t('calc.payoff.rate')} ${r.rate}`,
              `${t('calc.payoff.minPayment')} ${r.minPayment}`,
            ].join(' · ')}
          </li>
        ))}
      </ol>
      <p>
        {t('calc.payoff.budget')}: {budget}
      </p>
    </div>
  );
}

interface PlansProps {
  t: Translate;
  locale: Locale;
  currency: Currency;
  results: PayoffResults;
  pending: boolean;
  stale: PayoffResults | undefined;
  minimumsMessages: string[];
}

function Plans({ t, locale, currency, results, pending, stale, minimumsMessages }: PlansProps) {
  const { input } = results;
  // While the comparison is on its way, the other strategies keep their last figures, marked as updating.
  const plans = stale === undefined ? results.plans : { ...stale.plans, ...results.plans };
  const isStale = (s: PayoffStrategy) => pending && results.plans[s] === undefined;
  const start = input.startMonth;
  const chosen = plans[input.strategy] ?? plans.avalanche ?? plans.minimums;
  const shown = STRATEGIES.filter((s) => plans[s] !== undefined);
  const money = (d: Dec) => formatMoney(d, locale, currency);
  const debtName = (i: number) => input.debts[i]?.name || t('calc.payoff.debtFallbackName', { n: (input.rowOf[i] ?? i) + 1 });
  const monthText = (n: number) =>
    start === undefined
      ? t('calc.payoff.monthN', { n: formatCount(n, locale) })
      : t('calc.payoff.monthNDate', {
          n: formatCount(n, locale),
          date: addMonths(start, n - 1),
        });
  const title = (s: PayoffStrategy) =>
    s === input.strategy ? t('calc.payoff.chosen', { name: t(`calc.payoff.short.${s}`) }) : t(`calc.payoff.short.${s}`);

  return (
    <>
      {/* Announced once the comparison is in, instead of making the whole results area a live region. */}
      <p class="mz-visually-hidden" role="status">
        {!pending && chosen !== undefined
          ? t('calc.payoff.announce', {
              strategy: t(`calc.payoff.short.${chosen.strategy}`),
              months: t('calc.common.months', {
                n: formatCount(chosen.months, locale),
              }),
              interest: money(chosen.totalInterest),
              paid: money(chosen.totalPaid),
            })
          : ''}
      </p>
      <h3>{t('calc.payoff.compareTitle')}</h3>
      <div class="mz-compare">
        {shown.map((s) => {
          const plan = plans[s] as PayoffPlan;
          return (
            <section
              key={s}
              class={`mz-strategy${s === input.strategy ? ' mz-strategy--chosen' : ''}${isStale(s) ? ' mz-strategy--stale' : ''}`}
              data-strategy={s}
              aria-busy={isStale(s) ? 'true' : undefined}
              aria-labelledby={`plan-title-${s}`}
            >
              <h4 id={`plan-title-${s}`}>{title(s)}</h4>
              <dl>
                <ResultFigure
                  name="months"
                  label={t('calc.payoff.months')}
                  value={String(plan.months)}
                  display={t('calc.common.months', {
                    n: formatCount(plan.months, locale),
                  })}
                  emphasis={s === input.strategy}
                />
                {start !== undefined && (
                  <ResultFigure
                    name="debtFreeMonth"
                    label={t('calc.payoff.debtFreeBy')}
                    value={addMonths(start, plan.months - 1)}
                    display={addMonths(start, plan.months - 1)}
                  />
                )}
                <ResultFigure
                  name="totalInterest"
                  label={t('calc.payoff.totalInterest')}
                  value={plan.totalInterest.toFixed(2)}
                  display={money(plan.totalInterest)}
                />
                <ResultFigure
                  name="totalPaid"
                  label={t('calc.payoff.totalPaid')}
                  value={plan.totalPaid.toFixed(2)}
                  display={money(plan.totalPaid)}
                />
              </dl>
            </section>
          );
        })}
        {!pending && plans.minimums === undefined && input.monthlyBudget !== undefined && (
          <section class="mz-strategy" data-strategy="minimums" aria-labelledby="plan-title-minimums">
            <h4 id="plan-title-minimums">{title('minimums')}</h4>
            <p>{t('calc.payoff.never')}</p>
            <ul>
              {minimumsMessages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </section>
        )}
      </div>

      <div
        class="mz-table-wrap"
        tabIndex={0}
        role="region"
        aria-label={`${t('calc.payoff.byDebtCaption')} · ${t('calc.common.tableScroll')}`}
      >
        <table class="mz-table">
          <caption>{t('calc.payoff.byDebtCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('calc.payoff.debt')}</th>
              {shown.map((s) => (
                <th scope="col" key={s}>
                  {t(`calc.payoff.short.${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {input.debts.map((_, i) => (
              <tr key={i}>
                <th scope="row">{debtName(i)}</th>
                {shown.map((s) => {
                  const month = (plans[s] as PayoffPlan).debts[i]?.payoffMonth ?? 0;
                  return (
                    <td key={s} data-debt-payoff={s}>
                      {month === 0 ? t('calc.payoff.alreadyPaid') : monthText(month)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {chosen !== undefined && (
        <PlanDetail
          t={t}
          locale={locale}
          currency={currency}
          plan={chosen}
          debtName={debtName}
          monthText={monthText}
          count={input.debts.length}
        />
      )}
    </>
  );
}

interface DetailProps {
  t: Translate;
  locale: Locale;
  currency: Currency;
  plan: PayoffPlan;
  count: number;
  debtName: (i: number) => string;
  monthText: (n: number) => string;
}

/**
 * The chosen strategy's balances as a chart (per debt) and the month-by-month table, which is the
 * chart's data. The table's rows are rendered only once the reader opens it (or prints), so typing
 * stays fast with 20 debts over years.
 */
function PlanDetail({ t, locale, currency, plan, count, debtName, monthText }: DetailProps) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const show = () => setOpen(true);
    window.addEventListener('beforeprint', show);
    return () => window.removeEventListener('beforeprint', show);
  }, []);
  const strategyName = t(`calc.payoff.short.${plan.strategy}`);
  const indices = useMemo(() => Array.from({ length: count }, (_, i) => i), [count]);
  const names = indices.map(debtName);
  const labels = useMemo(() => plan.rows.map((row) => row.dueMonth ?? String(row.month)), [plan]);
  // Pixel positions only (Number is fine here): the figures readers see come from the table.
  const series = useMemo<ChartSeries[]>(
    () =>
      indices.map((i) => ({
        label: names[i] ?? '',
        colour: i % 5,
        data: plan.rows.map((row) => row.debts[i]?.balance.toNumber() ?? 0),
      })),
    [plan, names.join('\u0000')],
  );
  const money = (d: Dec) => formatMoney(d, locale, currency);
  const caption = t('calc.payoff.planCaption', { strategy: strategyName });

  const csv = () => {
    const header = [t('calc.payoff.col.month'), ...(plan.rows[0]?.dueMonth !== undefined ? [t('calc.payoff.col.date')] : [])];
    const head = [
      ...header,
      ...names.flatMap((name) => [t('calc.payoff.col.payment', { name }), t('calc.payoff.col.balance', { name })]),
      t('calc.payoff.col.interest'),
      t('calc.payoff.col.total'),
    ];
    const body = plan.rows.map((row) => [
      String(row.month),
      ...(row.dueMonth !== undefined ? [row.dueMonth] : []),
      ...row.debts.flatMap((d) => [d.payment.toFixed(2), d.balance.toFixed(2)]),
      row.interest.toFixed(2),
      row.payment.toFixed(2),
    ]);
    downloadText(t('calc.payoff.csvName', { strategy: strategyName }), toCsv([head, ...body]));
  };

  return (
    <ChartWithTable
      title={t('calc.payoff.chartTitle', { strategy: strategyName })}
      showLabel={t('calc.common.showChart')}
      hideLabel={t('calc.common.hideChart')}
      summary={t('calc.payoff.chartSummary')}
      kind="line"
      labels={labels}
      series={series}
      formatTick={(v) => formatMoney(new Dec(String(v)), locale, currency)}
    >
      <h3>{t('calc.payoff.planTitle', { strategy: strategyName })}</h3>
      <div class="mz-actions">
        <DownloadButton label={t('calc.common.downloadCsv')} onClick={csv} />
      </div>
      <details class="mz-plan" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('calc.payoff.planOpen', { n: formatCount(plan.months, locale) })}</summary>
        {open && (
          <div class="mz-table-wrap" tabIndex={0} role="region" aria-label={`${caption} · ${t('calc.common.tableScroll')}`}>
            <table class="mz-table" data-plan={plan.strategy}>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('calc.payoff.col.month')}</th>
                  {names.map((name, i) => [
                    <th scope="col" class="mz-num" key={`p${i}`}>
                      {t('calc.payoff.col.payment', { name })}
                    </th>,
                    <th scope="col" class="mz-num" key={`b${i}`}>
                      {t('calc.payoff.col.balance', { name })}
                    </th>,
                  ])}
                  <th scope="col" class="mz-num">
                    {t('calc.payoff.col.interest')}
                  </th>
                  <th scope="col" class="mz-num">
                    {t('calc.payoff.col.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {plan.rows.map((row) => (
                  <tr key={row.month}>
                    <th scope="row">{monthText(row.month)}</th>
                    {row.debts.map((d, i) => [
                      <td class="mz-num" key={`p${i}`}>
                        {money(d.payment)}
                      </td>,
                      <td class="mz-num" key={`b${i}`}>
                        {money(d.balance)}
                      </td>,
                    ])}
                    <td class="mz-num">{money(row.interest)}</td>
                    <td class="mz-num">{money(row.payment)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </ChartWithTable>
  );
}
