import './apr.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Locale } from '../../i18n/locales';
import { createTranslator, type Messages } from '../../i18n/translate';
import { useLazyModule } from '../shared/useLazyModule';
import { Choice, Field, SelectField } from '../shared/Field';
import { CalculatorForm, CurrencySelect, FormActions, RememberControls } from '../shared/controls';
import { useCalculatorForm } from '../shared/useCalculatorForm';
import { blockedByChoices } from '../shared/choices';
import { QuotePaste } from './QuotePaste';
import { APR_CHOICES, APR_DEFAULTS, APR_MODES, MAX_FLOW_ROWS, countFlows, METHODS, RATE_KEYS, UNIT_PERIODS, decodeFlows, encodeFlows, modeOf, rateKeyOf, rowsFromPastedText, type AprField, type AprMode, type AprValues, type FlowRow, type RateKey } from './apr-fields';

interface Props {
  locale: Locale;
  messages: Messages;
  /** Link to the article explaining the legal lines, in this locale. */
  limitsArticleHref: string;
  /** Where to go when the loan breaks a line: articles and tools, in this locale. */
  nextSteps: ReadonlyArray<{ href: string; label: string }>;
}

const EMPTY_ROWS: FlowRow[] = [
  { date: '', amount: '' },
  { date: '', amount: '' },
];
/** At least two rows on screen: a loan needs money received and money repaid. */
const padRows = (rows: FlowRow[]) => (rows.length >= 2 ? rows : [...rows, ...EMPTY_ROWS].slice(0, 2));
const isRateKey = (field: string): field is RateKey => (RATE_KEYS as readonly string[]).includes(field);
/** Today on the reader's device, 'YYYY-MM-DD' (local time: a contract signed today is not "in the future"). */
const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export default function AprCalculator({ locale, messages, limitsArticleHref, nextSteps }: Props) {
  const t = useMemo(() => createTranslator(messages), [messages]);
  const form = useCalculatorForm<AprField>({ tool: 'apr', defaults: APR_DEFAULTS, choices: APR_CHOICES });
  const values = form.values as AprValues;
  // The loan as an app shows it comes first; a link's inputs open the mode they belong to.
  const [mode, setMode] = useState<AprMode>('payment');
  const linkedMode = modeOf(values);
  const [pasted, setPasted] = useState('');
  const [pasteStatus, setPasteStatus] = useState('');
  useEffect(() => {
    if (linkedMode) setMode(linkedMode);
  }, [linkedMode]);
  const chooseMode = (next: AprMode) => {
    setMode(next);
    // What belongs only to the other modes goes, so a share link opens the mode the reader chose.
    if (next !== 'flows') form.set('flows', '');
    if (next === 'quote') form.setMany({ flows: '', payment: '', totalRepaid: '', firstFee: '', termUnit: 'month' });
    if (next === 'payment') form.setMany({ flows: '', annualPct: '', monthlyPct: '', dailyPct: '', monthlyFeePct: '', periodicFee: '' });
  };

  // Rows on screen may include empty ones the reader just added; the `flows` value keeps only what was typed.
  const [rows, setRowsState] = useState<FlowRow[]>(EMPTY_ROWS);
  // More rows than the engine takes are never decoded or drawn (10,000 inputs froze the page): the message says why.
  const tooManyFlows = countFlows(values.flows) > MAX_FLOW_ROWS;
  useEffect(() => {
    if (tooManyFlows) setRowsState(EMPTY_ROWS);
    else if (encodeFlows(rows) !== values.flows) setRowsState(values.flows ? padRows(decodeFlows(values.flows)) : EMPTY_ROWS);
  }, [values.flows]);
  const setRows = (next: FlowRow[]) => {
    setRowsState(next);
    form.set('flows', encodeFlows(next));
  };
  const rateKey = rateKeyOf(values);
  const [chosenRateKey, setChosenRateKey] = useState<RateKey>(rateKey);
  const activeRateKey = values[rateKey].trim() !== '' ? rateKey : chosenRateKey;

  // The engine half (decimal.js, parsers, APR, results) right after hydration; the legal lines and the
  // dated-flows solver only once they are needed.
  const engine = useLazyModule(() => import('./AprResults'), true);
  const legal = useLazyModule(() => import('../../lib/legal'), mode === 'flows' || values.contractDate.trim() !== '');
  const today = useMemo(() => localToday(), []);
  const datedFlows = useLazyModule(() => import('../../lib/apr/dated-flows'), mode === 'flows');
  const computed = useMemo(
    () => engine?.computeApr(values, mode, { checkLegalLines: legal?.checkLegalLines, aprFromDatedFlows: datedFlows?.aprFromDatedFlows, today }),
    [engine, values, mode, legal, datedFlows, today],
  );
  // A choice a link gave that is not an option: no result until the reader picks one.
  const outcome = useMemo(() => blockedByChoices(computed, form.choiceIssues), [computed, form.choiceIssues]);
  const refused = (field: AprField) => form.refused[field] !== undefined;

  const label = (field: string): string => {
    if (field.startsWith('flows-')) {
      const [, index, part] = field.split('-');
      return part === 'add' ? t('calc.apr.flows.legend') : t(`calc.apr.flows.${part}`, { n: Number(index) + 1 });
    }
    if (isRateKey(field)) return t(`calc.apr.rate.${field}`);
    if (field === 'months' && mode === 'payment') return t(`calc.apr.count.${termUnit}`);
    if (field === 'termUnit' || field === 'method' || field === 'dayBasis' || field === 'lender') return t(`calc.apr.${field}.legend`);
    if (field === 'currency') return t('calc.common.currency');
    return t(`calc.apr.${field}.label`);
  };
  const termUnit = values.termUnit === 'week' || values.termUnit === 'day' ? values.termUnit : 'month';
  const modeFields =
    mode === 'payment'
      ? ['amount', 'received', 'upfrontFee', 'termUnit', 'months', 'payment', 'totalRepaid', 'firstFee', 'contractDate', 'lpr', 'lender']
      : mode === 'quote'
        ? ['amount', 'received', 'upfrontFee', 'months', 'method', activeRateKey, 'dayBasis', 'periodicFee', 'contractDate', 'lpr', 'lender']
        : [...rows.flatMap((_, i) => [`flows-${i}-date`, `flows-${i}-amount`]), 'flows-add', 'unitPeriod', 'contractDate', 'lpr', 'lender'];
  // A refused choice of another mode is drawn too (below the mode's fields), so its message has a place.
  const strayChoices = (['termUnit', 'method', 'dayBasis', 'unitPeriod'] as const).filter((f) => refused(f) && !modeFields.includes(f));
  const fieldOrder = [...modeFields.slice(0, -3), ...strayChoices, ...modeFields.slice(-3), 'currency'];
  const issues =
    !engine || !outcome || outcome.ok
      ? { byField: {} as Record<string, string>, summary: [] }
      : engine.collectIssues(t, locale, outcome.issues, fieldOrder.map((f) => ({ engineField: f, inputId: f, label: label(f) })), mode === 'flows' ? 'flows-add' : 'amount');
  // The text an input holds (choices count as filled: a problem with a choice shows at once).
  const textOf = (field: string): string => {
    const row = /^flows-(\d+)-(date|amount)$/.exec(field);
    if (row) return rows[Number(row[1])]?.[row[2] as 'date' | 'amount'] ?? '';
    return field in values ? values[field as AprField] : 'chosen';
  };
  const visible = (field: string) => (form.shows(field, textOf(field)) || (tooManyFlows && field === 'flows-add') ? issues.byField[field] : undefined);
  const errorPrefix = t('calc.common.errorPrefix');

  const field = (name: AprField, extra: { hint?: string; width?: 'short' | 'medium' | 'long'; type?: 'text' | 'date'; labelText?: string } = {}) => (
    <Field
      id={name}
      name={name}
      label={extra.labelText ?? label(name)}
      hint={extra.hint}
      error={visible(name)}
      value={values[name]}
      onInput={(v) => form.set(name, v)}
      onBlur={(v) => form.touch(name, v)}
      errorPrefix={errorPrefix}
      width={extra.width ?? 'medium'}
    />
  );

  // Choice controls, drawn in their mode or, when a link gave them a value that is not an option, wherever
  // the reader is (a refused value shows nothing picked: `form.refused` holds it, not `values`).
  const termUnitChoice = () => (
    <Choice
      key="termUnit"
      name="termUnit"
      legend={t('calc.apr.termUnit.legend')}
      value={form.refused.termUnit ?? termUnit}
      inline
      options={(['month', 'week', 'day'] as const).map((u) => ({ value: u, label: t(`calc.apr.termUnit.${u}`) }))}
      error={visible('termUnit')}
      errorPrefix={errorPrefix}
      onChange={(u) => form.set('termUnit', u)}
    />
  );
  const methodChoice = () => (
    <Choice
      key="method"
      name="method"
      legend={t('calc.apr.method.legend')}
      value={form.refused.method ?? values.method}
      options={METHODS.map((m) => ({ value: m, label: t(`calc.apr.method.${m}`) }))}
      error={visible('method')}
      errorPrefix={errorPrefix}
      onChange={(m) => form.set('method', m)}
    />
  );
  const dayBasisChoice = () => (
    <Choice
      key="dayBasis"
      name="dayBasis"
      legend={t('calc.apr.dayBasis.legend')}
      value={form.refused.dayBasis ?? values.dayBasis}
      inline
      options={[
        { value: '360', label: t('calc.apr.dayBasis.360') },
        { value: '365', label: t('calc.apr.dayBasis.365') },
      ]}
      error={visible('dayBasis')}
      errorPrefix={errorPrefix}
      onChange={(b) => form.set('dayBasis', b)}
    />
  );
  const unitPeriodSelect = () => (
    <SelectField
      key="unitPeriod"
      id="unitPeriod"
      label={t('calc.apr.unitPeriod.label')}
      hint={t('calc.apr.unitPeriod.hint')}
      error={visible('unitPeriod')}
      errorPrefix={errorPrefix}
      value={form.refused.unitPeriod ?? values.unitPeriod}
      options={[{ value: '', label: t('calc.apr.unitPeriod.auto') }, ...UNIT_PERIODS.map((u) => ({ value: u, label: t(`calc.apr.unitPeriod.${u}`) }))]}
      onChange={(u) => form.set('unitPeriod', u)}
    />
  );

  return (
    <div class="mz-calc">
      <CalculatorForm t={t} onSubmit={form.submit} summary={issues.summary} submitted={form.submitted} submitCount={form.submitCount} note={form.savedDropped ? t('calc.common.savedDropped') : undefined}>
        <Choice
          name="mode"
          legend={t('calc.apr.mode.legend')}
          value={mode}
          options={APR_MODES.map((m) => ({ value: m, label: t(`calc.apr.mode.${m}`) }))}
          onChange={chooseMode}
        />
        {mode !== 'flows' && (
          <QuotePaste
            t={t}
            locale={locale}
            message={(issue) => (engine ? engine.issueMessage(t, locale, issue, '') : '')}
            label={(f) => label(f)}
            apply={(found) => {
              // The mode the words belong to: a payment or total → payment; a rate → quote.
              const next: AprMode = found.payment || found.totalRepaid ? 'payment' : RATE_KEYS.some((k) => found[k]) || found.periodicFee ? 'quote' : mode;
              setMode(next);
              if (next === 'quote') {
                const k = RATE_KEYS.find((key) => found[key]);
                if (k) setChosenRateKey(k);
                if (found.monthlyFeePct) found.method = 'flat-fee';
              }
              form.setMany(found);
            }}
          />
        )}

        {mode === 'payment' && (
          <>
            {field('amount', { hint: t('calc.common.amountHint') })}
            {field('received', { hint: t('calc.apr.received.hint') })}
            {field('upfrontFee', { hint: t('calc.apr.upfrontFee.hint') })}
            {termUnitChoice()}
            {field('months', { hint: t(`calc.apr.count.hint.${termUnit}`), width: 'short' })}
            {field('payment', { hint: t(termUnit === 'day' ? 'calc.apr.payment.hintDay' : 'calc.apr.payment.hint') })}
            {field('totalRepaid', { hint: t('calc.apr.totalRepaid.hint') })}
            {field('firstFee', { hint: t('calc.apr.firstFee.hint') })}
          </>
        )}
        {mode === 'quote' && (
          <>
            {field('amount', { hint: t('calc.common.amountHint') })}
            {field('received', { hint: t('calc.apr.received.hint') })}
            {field('upfrontFee', { hint: t('calc.apr.upfrontFee.hint') })}
            {field('months', { hint: t('calc.apr.months.hint'), width: 'short' })}
            {methodChoice()}
            <Choice
              name="rateKind"
              legend={t('calc.apr.rateKind.legend')}
              value={activeRateKey}
              inline
              options={RATE_KEYS.map((k) => ({ value: k, label: t(`calc.apr.rateKind.${k}`) }))}
              onChange={(k) => {
                // Move what was typed to the chosen kind's parameter, so the link says what the reader meant.
                const typed = values[activeRateKey];
                setChosenRateKey(k);
                form.setMany({ annualPct: '', monthlyPct: '', dailyPct: '', monthlyFeePct: '', [k]: typed });
              }}
            />
            {field(activeRateKey, { hint: t(`calc.apr.rate.hint.${activeRateKey}`), width: 'short' })}
            {(activeRateKey === 'dailyPct' || refused('dayBasis')) && dayBasisChoice()}
            {field('periodicFee', { hint: t('calc.apr.periodicFee.hint') })}
          </>
        )}
        {mode === 'flows' && (
          <FlowsEditor
            t={t}
            rows={rows}
            setRows={setRows}
            errorFor={(f) => visible(f)}
            onBlur={(id, text) => form.touch(id, text)}
            pasted={pasted}
            setPasted={setPasted}
            pasteStatus={pasteStatus}
            onPaste={() => {
              const found = rowsFromPastedText(pasted);
              if (!found.length) return setPasteStatus(t('calc.apr.flows.paste.nothing'));
              setRows(found);
              setPasted('');
              setPasteStatus(t('calc.apr.flows.paste.done', { n: found.length }));
            }}
            unitPeriodSelect={unitPeriodSelect()}
          />
        )}
        {strayChoices.map((f) => ({ termUnit: termUnitChoice, method: methodChoice, dayBasis: dayBasisChoice, unitPeriod: unitPeriodSelect })[f]())}

        <fieldset class="mz-fieldset mz-form">
          <legend class="mz-field__label">{t('calc.apr.legal.legend')}</legend>
          {field('contractDate', { hint: t('calc.apr.contractDate.hint'), width: 'medium' })}
          {(values.lpr.trim() !== '' || (outcome?.ok && outcome.value.verdict?.lines.some((l) => l.assumedLpr))) && field('lpr', { hint: t('calc.apr.lpr.hint'), width: 'short' })}
          <Choice
            name="lender"
            legend={t('calc.apr.lender.legend')}
            value={form.refused.lender ?? values.lender}
            options={[
              { value: 'licensed', label: t('calc.apr.lender.licensed') },
              { value: 'private', label: t('calc.apr.lender.private') },
            ]}
            error={visible('lender')}
            errorPrefix={errorPrefix}
            onChange={(l) => form.set('lender', l)}
          />
        </fieldset>

        <CurrencySelect t={t} value={form.refused.currency ?? values.currency} error={visible('currency')} onChange={(c) => form.set('currency', c)} />
        <FormActions t={t} shareUrl={form.shareUrl} />
      </CalculatorForm>
      <RememberControls t={t} remember={form.remember} setRemember={form.setRemember} forget={form.forget} />

      {engine && outcome ? (
        <engine.AprResults t={t} locale={locale} outcome={outcome} values={values} mode={mode} limitsArticleHref={limitsArticleHref} nextSteps={nextSteps} />
      ) : (
        <section class="mz-results" aria-labelledby="results-title" aria-busy="true">
          <h2 id="results-title">{t('calc.common.results')}</h2>
          <p class="mz-results__empty">{t('calc.common.resultsEmpty')}</p>
        </section>
      )}
    </div>
  );
}

interface FlowsEditorProps {
  t: ReturnType<typeof createTranslator>;
  rows: FlowRow[];
  setRows: (rows: FlowRow[]) => void;
  errorFor: (field: string) => string | undefined;
  onBlur: (id: string, text: string) => void;
  pasted: string;
  setPasted: (text: string) => void;
  pasteStatus: string;
  onPaste: () => void;
  /** The unit-period select, drawn by the calculator (it may also stand outside this mode). */
  unitPeriodSelect: ComponentChildren;
}

function FlowsEditor({ t, rows, setRows, errorFor, onBlur, pasted, setPasted, pasteStatus, onPaste, unitPeriodSelect }: FlowsEditorProps) {
  const update = (i: number, change: Partial<FlowRow>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const addError = errorFor('flows-add');
  return (
    <fieldset class="mz-fieldset mz-form">
      <legend class="mz-field__label">{t('calc.apr.flows.legend')}</legend>
      <p class="mz-field__hint">{t('calc.apr.flows.hint')}</p>
      <ol class="mz-flow-rows">
        {rows.map((row, i) => (
          <li key={i} class="mz-flow-row">
            <Field
              id={`flows-${i}-date`}
              name={`flows-${i}-date`}
              label={t('calc.apr.flows.date', { n: i + 1 })}
              value={row.date}
              error={errorFor(`flows-${i}-date`)}
              onInput={(v) => update(i, { date: v })}
              onBlur={(v) => onBlur(`flows-${i}-date`, v)}
              errorPrefix={t('calc.common.errorPrefix')}
              width="medium"
            />
            <Field
              id={`flows-${i}-amount`}
              name={`flows-${i}-amount`}
              label={t('calc.apr.flows.amount', { n: i + 1 })}
              value={row.amount}
              error={errorFor(`flows-${i}-amount`)}
              onInput={(v) => update(i, { amount: v })}
              onBlur={(v) => onBlur(`flows-${i}-amount`, v)}
              errorPrefix={t('calc.common.errorPrefix')}
              width="medium"
            />
            {rows.length > 2 && (
              <button type="button" class="mz-button mz-button--link" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                {t('calc.apr.flows.remove', { n: i + 1 })}
              </button>
            )}
          </li>
        ))}
      </ol>
      {addError && (
        <p id="flows-add-error" class="mz-field__error">
          <span class="mz-visually-hidden">{t('calc.common.errorPrefix')}</span>
          {addError}
        </p>
      )}
      <div>
        <button type="button" id="flows-add" class="mz-button mz-button--secondary" aria-describedby={addError ? 'flows-add-error' : undefined} onClick={() => setRows([...rows, { date: '', amount: '' }])}>
          {t('calc.apr.flows.add')}
        </button>
      </div>
      <div class="mz-field">
        <label class="mz-field__label" for="flows-paste">
          {t('calc.apr.flows.paste.label')}
        </label>
        <p id="flows-paste-hint" class="mz-field__hint">
          {t('calc.apr.flows.paste.hint')}
        </p>
        <textarea id="flows-paste" class="mz-textarea" aria-describedby="flows-paste-hint" value={pasted} onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)} />
        <div class="mz-actions">
          <button type="button" class="mz-button mz-button--secondary" onClick={onPaste}>
            {t('calc.apr.flows.paste.button')}
          </button>
          <span role="status" class="mz-status">
            {pasteStatus}
          </span>
        </div>
      </div>
      {unitPeriodSelect}
    </fieldset>
  );
}
