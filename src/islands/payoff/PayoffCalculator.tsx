import './payoff.css';
import { Component } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { CalcIssue } from '../../lib/errors';
import type { Locale } from '../../i18n/locales';
import { createTranslator, type Messages, type Translate } from '../../i18n/translate';
import { useCalculatorForm } from '../shared/useCalculatorForm';
import { useAfterPause } from '../shared/useAfterPause';
import { useLazyModule } from '../shared/useLazyModule';
import { blockedByChoices } from '../shared/choices';
import { Choice, Field } from '../shared/Field';
import { CalculatorForm, CurrencySelect, FormActions, RememberControls } from '../shared/controls';
import { currencyOr } from '../../i18n/currencies';
import { BLANK_ROW, MAX_DEBTS, PAYOFF_CHOICES, PAYOFF_DEFAULTS, STRATEGIES, decodeDebts, encodeDebts, isStrategy, type DebtCell, type DebtRow, type PayoffFormKey } from './payoff-fields';
import type { PayoffStrategy } from '../../lib/payoff';
import type { PayoffResults } from './payoff-form';

/** The engine half (decimal.js, parsers, payoff plans, result rendering), fetched as soon as the form hydrates. */
type Engine = typeof import('./PayoffResults');

interface Props {
  locale: Locale;
  /** Only the calculator's messages (pickMessages), never the whole dictionary. */
  messages: Messages;
  /** Link to the true-APR calculator, for fee rates. */
  aprHref: string;
}

const CELLS: ReadonlyArray<{
  cell: DebtCell;
  engine: string;
  width: 'short' | 'medium';
  numeric: boolean;
}> = [
  { cell: 'name', engine: 'name', width: 'medium', numeric: false },
  { cell: 'balance', engine: 'balance', width: 'medium', numeric: true },
  { cell: 'rate', engine: 'aprPct', width: 'medium', numeric: false },
  { cell: 'minPayment', engine: 'minPayment', width: 'medium', numeric: true },
];
const cellId = (row: number, cell: DebtCell) => `debt-${row}-${cell}`;

/** 还款顺序规划: several debts, one monthly budget, avalanche vs snowball vs own order vs minimums. */
export default function PayoffCalculator({ locale, messages, aprHref }: Props) {
  const t = useMemo(() => createTranslator(messages), [messages]);
  const form = useCalculatorForm<PayoffFormKey>({ tool: 'payoff', defaults: PAYOFF_DEFAULTS, choices: PAYOFF_CHOICES });
  const { values } = form;
  const focusNext = useRef<string | undefined>(undefined);

  const decoded = decodeDebts(values.debts);
  const rows: DebtRow[] = decoded.length > 0 ? decoded : [{ ...BLANK_ROW }];
  const strategy: PayoffStrategy = isStrategy(values.strategy) ? values.strategy : 'avalanche';
  const dayBasis = values.dayBasis === '365' ? 365 : 360;

  // The form is read once per keystroke and the chosen strategy planned from it, so its figure follows the
  // keystroke; the comparison follows once typing pauses (the shared policy), reusing the chosen plan,
  // while the other cards show their previous figures marked as updating.
  const engine = useLazyModule<Engine>(() => import('./PayoffResults'), true);
  const read = useMemo(() => engine?.readPayoffForm(values), [engine, values]);
  const quick = useMemo(() => (engine && read ? engine.planChosen(read) : undefined), [engine, read]);
  const calmQuick = useAfterPause(quick);
  const full = useMemo(() => (engine && calmQuick?.ok ? engine.compareWith(calmQuick.value) : undefined), [engine, calmQuick]);
  const fresh = full !== undefined && calmQuick === quick;
  // A choice a link gave that is not an option: no result until the reader picks one.
  const result = blockedByChoices(fresh ? full : quick, form.choiceIssues);
  const lastFull = useRef<PayoffResults | undefined>(undefined);
  if (full?.ok) lastFull.current = full.value;
  const stale =
    !fresh && quick?.ok === true && lastFull.current?.input.debts.length === quick.value.input.debts.length ? lastFull.current : undefined;

  useEffect(() => {
    if (focusNext.current === undefined) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = undefined;
  });

  const setRows = (next: DebtRow[]) => form.set('debts', encodeDebts(next));
  const setCell = (r: number, cell: DebtCell, value: string) => setRows(rows.map((row, i) => (i === r ? { ...row, [cell]: value } : row)));
  const addRow = () => {
    if (rows.length >= MAX_DEBTS) return;
    focusNext.current = cellId(rows.length, 'name');
    setRows([...rows, { ...BLANK_ROW }]);
  };
  const removeRow = (r: number) => {
    const next = rows.filter((_, i) => i !== r);
    // Focus stays in the list: the row that took this one's place, else the one before, else "add".
    focusNext.current = next.length === 0 ? 'add-debt' : `remove-debt-${Math.min(r, next.length - 1)}`;
    if (next.length <= 1) focusNext.current = 'add-debt';
    setRows(next);
    // Touched flags follow the rows they belong to.
    form.mapTouched((id) => shiftId(id, r));
  };
  const moveRow = (r: number, by: -1 | 1) => {
    const target = r + by;
    if (target < 0 || target >= rows.length) return;
    const next = [...rows];
    [next[r], next[target]] = [next[target] as DebtRow, next[r] as DebtRow];
    // Keep focus on the same button in the row's new place (or on its twin at either end of the list).
    const same = by < 0 ? target > 0 : target < rows.length - 1;
    const dir = by < 0 ? 'up' : 'down';
    focusNext.current = `move-${same ? dir : dir === 'up' ? 'down' : 'up'}-${target}`;
    setRows(next);
  };
  const touchId = (id: string, text: string) => form.touch(id, text);
  // One stable object whose handlers always see the latest rows, so unchanged rows skip re-rendering.
  const actions = useRef<RowActions>({
    setCell,
    removeRow,
    moveRow,
    touchId,
  }).current;
  Object.assign(actions, { setCell, removeRow, moveRow, touchId });

  // Engine fields (form terms) → input ids, in form order, for inline messages and the summary.
  const rowCount = rows.length;
  const all = useMemo(() => {
    if (engine === undefined || result === undefined)
      return {
        byField: {} as Record<string, string>,
        summary: [],
        minimums: [] as string[],
        feeRate: false,
      };
    const fields = [
      {
        engineField: 'debts',
        inputId: cellId(0, 'balance'),
        label: t('calc.payoff.label.balance', { n: 1 }),
      },
      // Too many debts: the message goes on the first input of the list.
      { engineField: 'debts.count', inputId: cellId(0, 'name'), label: t('calc.payoff.debtsLegend') },
      ...Array.from({ length: rowCount }, (_, r) =>
        CELLS.map(({ cell, engine }) => ({
          engineField: `debts.${r}.${engine}`,
          inputId: cellId(r, cell),
          label: t(`calc.payoff.label.${cell}`, { n: r + 1 }),
        })),
      ).flat(),
      {
        engineField: 'monthlyBudget',
        inputId: 'budget',
        label: t('calc.payoff.budget'),
      },
      {
        engineField: 'startMonth',
        inputId: 'start',
        label: t('calc.payoff.start'),
      },
      { engineField: 'dayBasis', inputId: 'dayBasis', label: t('calc.payoff.dayBasis') },
      { engineField: 'strategy', inputId: 'strategy', label: t('calc.payoff.strategy') },
      { engineField: 'currency', inputId: 'currency', label: t('calc.common.currency') },
    ];
    const issues: readonly CalcIssue[] = result.ok ? [] : result.issues;
    const collected = engine.collectIssues(t, locale, issues, fields, 'budget');
    return {
      byField: collected.byField,
      // 'debts' (no debt at all) shares its input with row 1's amount: list each input once.
      summary: collected.summary.filter((item, i, list) => list.findIndex((o) => o.fieldId === item.fieldId) === i),
      minimums: result.ok ? result.value.minimumsIssues.map((i) => engine.issueMessage(t, locale, i, labelOf(fields, i))) : [],
      feeRate: issues.some((i) => i.code === 'payoff.feeRateNotInterest'),
    };
  }, [engine, result, rowCount, t, locale]);
  // The text each input holds, by id (debt cells, budget, start), for when its problem may show.
  const textOf = (id: string): string => {
    const m = /^debt-(\d+)-(name|balance|rate|minPayment)$/.exec(id);
    if (m) return rows[Number(m[1])]?.[m[2] as DebtCell] ?? '';
    return id === 'budget' ? values.budget : id === 'start' ? values.start : id in values ? values[id as PayoffFormKey] : '';
  };
  const errorOf = (id: string) => (form.shows(id, textOf(id)) ? all.byField[id] : undefined);

  const blank =
    decoded.every((r) => !r.name.trim() && !r.balance.trim() && !r.rate.trim() && !r.minPayment.trim()) && !values.budget.trim();
  const hasDaily = useMemo(
    () => engine !== undefined && rows.some((r) => engine.isDailyRate(r.rate, dayBasis)),
    [engine, values.debts, dayBasis],
  );
  const currency = currencyOr(values.currency);
  const errorPrefix = t('calc.common.errorPrefix');
  const printRows = useMemo(() => decodeDebts(values.debts), [values.debts]);
  // The results re-render only when the settled inputs change, not on every keystroke.
  const resultsView = useMemo(
    () =>
      engine === undefined || result === undefined ? (
        <section class="mz-results" aria-labelledby="results-title">
          <h2 id="results-title">{t('calc.common.results')}</h2>
          <p class="mz-results__empty">{t('calc.common.resultsEmpty')}</p>
        </section>
      ) : (
        <engine.PayoffResultsView
          t={t}
          locale={locale}
          currency={currency}
          result={result}
          pending={!fresh}
          stale={stale}
          blank={blank}
          messages={all.summary.map((s) => s.message)}
          minimumsMessages={all.minimums}
          rows={printRows}
          budget={values.budget}
          showAprLink={all.feeRate}
          aprHref={aprHref}
        />
      ),
    [engine, result, fresh, stale, all, currency, blank, printRows, values.budget],
  );

  return (
    <div class="mz-calc">
      <CalculatorForm t={t} onSubmit={form.submit} summary={all.summary} submitted={form.submitted} submitCount={form.submitCount} note={form.savedDropped ? t('calc.common.savedDropped') : undefined}>
        <fieldset class="mz-fieldset mz-debts" aria-describedby="debts-hint">
          <legend class="mz-field__label mz-debts__legend">{t('calc.payoff.debtsLegend')}</legend>
          <p id="debts-hint" class="mz-field__hint">
            {t('calc.payoff.debtsHint', { max: MAX_DEBTS })}
          </p>
          <ol class="mz-debts__list">
            {rows.map((row, r) => (
              <DebtRowView
                key={r}
                r={r}
                t={t}
                locale={locale}
                dayBasis={dayBasis}
                engine={engine}
                name={row.name}
                balance={row.balance}
                rate={row.rate}
                minPayment={row.minPayment}
                errName={errorOf(cellId(r, 'name'))}
                errBalance={errorOf(cellId(r, 'balance'))}
                errRate={errorOf(cellId(r, 'rate'))}
                errMin={errorOf(cellId(r, 'minPayment'))}
                canMoveUp={strategy === 'custom' && r > 0}
                canMoveDown={strategy === 'custom' && r < rows.length - 1}
                canRemove={rows.length > 1}
                actions={actions}
              />
            ))}
          </ol>
          {rows.length < MAX_DEBTS ? (
            <button type="button" id="add-debt" class="mz-button mz-button--secondary" onClick={addRow}>
              {t('calc.payoff.addDebt')}
            </button>
          ) : (
            <p class="mz-field__hint">{t('calc.payoff.maxDebts', { max: MAX_DEBTS })}</p>
          )}
        </fieldset>

        {(hasDaily || form.refused.dayBasis !== undefined) && (
          <Choice
            name="dayBasis"
            legend={t('calc.payoff.dayBasis')}
            hint={t('calc.payoff.dayBasisHint')}
            value={form.refused.dayBasis ?? (dayBasis === 365 ? '365' : '360')}
            options={[
              { value: '360', label: t('calc.payoff.dayBasis.360') },
              { value: '365', label: t('calc.payoff.dayBasis.365') },
            ]}
            error={errorOf('dayBasis')}
            errorPrefix={errorPrefix}
            onChange={(v) => form.set('dayBasis', v)}
            inline
          />
        )}

        <Field
          id="budget"
          name="budget"
          label={t('calc.payoff.budget')}
          hint={`${t('calc.payoff.budgetHint')} ${t('calc.common.amountHint')}`}
          error={errorOf('budget')}
          errorPrefix={errorPrefix}
          value={values.budget}
          onInput={(v) => form.set('budget', v)}
          onBlur={(v) => form.touch('budget', v)}
          inputMode="decimal"
        />

        <Choice
          name="strategy"
          legend={t('calc.payoff.strategy')}
          hint={t('calc.payoff.strategyHint')}
          value={form.refused.strategy ?? strategy}
          error={errorOf('strategy')}
          errorPrefix={errorPrefix}
          options={STRATEGIES.map((s) => ({
            value: s,
            label: t(`calc.payoff.strategy.${s}`),
          }))}
          onChange={(v) => form.set('strategy', v)}
        />

        <Field
          id="start"
          name="start"
          label={t('calc.payoff.start')}
          hint={t('calc.payoff.startHint')}
          error={errorOf('start')}
          errorPrefix={errorPrefix}
          value={values.start}
          onInput={(v) => form.set('start', v)}
          onBlur={(v) => form.touch('start', v)}
          width="short"
        />

        <CurrencySelect t={t} value={form.refused.currency ?? currency} error={errorOf('currency')} onChange={(c) => form.set('currency', c)} />

        <FormActions t={t} shareUrl={form.shareUrl} />
      </CalculatorForm>
      <RememberControls t={t} remember={form.remember} setRemember={form.setRemember} forget={form.forget} />

      {resultsView}
    </div>
  );
}

interface RowActions {
  setCell: (r: number, cell: DebtCell, value: string) => void;
  removeRow: (r: number) => void;
  moveRow: (r: number, by: -1 | 1) => void;
  touchId: (id: string, text: string) => void;
}

interface RowProps {
  r: number;
  t: Translate;
  locale: Locale;
  dayBasis: 360 | 365;
  engine: Engine | undefined;
  name: string;
  balance: string;
  rate: string;
  minPayment: string;
  errName: string | undefined;
  errBalance: string | undefined;
  errRate: string | undefined;
  errMin: string | undefined;
  canMoveUp: boolean;
  canMoveDown: boolean;
  canRemove: boolean;
  actions: RowActions;
}

/** One debt: four inputs and its buttons. Skips re-rendering unless one of its plain props changed. */
class DebtRowView extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps) {
    return (Object.keys(next) as Array<keyof RowProps>).some((k) => next[k] !== this.props[k]);
  }
  override render(p: RowProps) {
    return <DebtRowContent {...p} />;
  }
}

function DebtRowContent(p: RowProps) {
  const { r, t } = p;
  const context = t('calc.payoff.debtN', { n: r + 1 });
  const converted = p.engine?.rateHint(t, p.locale, p.rate, p.dayBasis);
  const values: Record<DebtCell, string> = {
    name: p.name,
    balance: p.balance,
    rate: p.rate,
    minPayment: p.minPayment,
  };
  const errors: Record<DebtCell, string | undefined> = {
    name: p.errName,
    balance: p.errBalance,
    rate: p.errRate,
    minPayment: p.errMin,
  };
  const errorPrefix = t('calc.common.errorPrefix');
  return (
    <li class="mz-debt">
      <p class="mz-debt__title" aria-hidden="true">
        {context}
      </p>
      <div class="mz-debt__cells">
        {CELLS.map(({ cell, width, numeric }) => {
          const id = cellId(r, cell);
          return (
            <Field
              key={cell}
              id={id}
              className="mz-debt__cell"
              label={t(`calc.payoff.${cell}`)}
              labelContext={context}
              hint={cell === 'rate' ? converted : undefined}
              error={errors[cell]}
              errorPrefix={errorPrefix}
              value={values[cell]}
              width={width}
              inputMode={numeric ? 'decimal' : undefined}
              onInput={(v) => p.actions.setCell(r, cell, v)}
              onBlur={(v) => p.actions.touchId(id, v)}
            />
          );
        })}
      </div>
      <div class="mz-debt__actions mz-actions">
        {p.canMoveUp && (
          <button type="button" id={`move-up-${r}`} class="mz-button mz-button--secondary" onClick={() => p.actions.moveRow(r, -1)}>
            {t('calc.payoff.moveUp', { n: r + 1 })}
          </button>
        )}
        {p.canMoveDown && (
          <button type="button" id={`move-down-${r}`} class="mz-button mz-button--secondary" onClick={() => p.actions.moveRow(r, 1)}>
            {t('calc.payoff.moveDown', { n: r + 1 })}
          </button>
        )}
        {p.canRemove && (
          <button type="button" id={`remove-debt-${r}`} class="mz-button mz-button--link" onClick={() => p.actions.removeRow(r)}>
            {t('calc.payoff.removeDebt', { n: r + 1 })}
          </button>
        )}
      </div>
    </li>
  );
}

const labelOf = (fields: ReadonlyArray<{ engineField: string; label: string }>, issue: CalcIssue) =>
  fields.find((f) => f.engineField === issue.field)?.label ?? '';

/** A touched id after row `removed` is deleted: later rows move up one, the removed row's ids go. */
function shiftId(id: string, removed: number): string[] {
  const m = /^debt-(\d+)-(.+)$/.exec(id);
  if (m === null) return [id];
  const r = Number(m[1]);
  if (r === removed) return [];
  return [r > removed ? `debt-${r - 1}-${m[2]}` : id];
}
