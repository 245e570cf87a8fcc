import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { createTranslator, type Messages } from '../../i18n/translate';
import { UNIT_PERIODS } from '../../lib/apr/types';
import { useLazyModule } from '../shared/useLazyModule';
import { ErrorSummary } from '../shared/ErrorSummary';
import { Choice, Field } from '../shared/Field';
import { CalculatorForm, CurrencySelect, FormActions, RememberControls } from '../shared/controls';
import { collectIssues } from '../shared/issues';
import { useCalculatorForm } from '../shared/useCalculatorForm';
import { APR_DEFAULTS, METHODS, RATE_KEYS, computeApr, decodeFlows, encodeFlows, rateKeyOf, rowsFromPastedText, type AprField, type FlowRow, type RateKey } from './apr-form';
import { AprResults } from './AprResults';

interface Props {
  locale: Locale;
  messages: Messages;
  /** Link to the article explaining the legal lines, in this locale. */
  limitsArticleHref: string;
}

const EMPTY_ROWS: FlowRow[] = [
  { date: '', amount: '' },
  { date: '', amount: '' },
];
/** At least two rows on screen: a loan needs money received and money repaid. */
const padRows = (rows: FlowRow[]) => (rows.length >= 2 ? rows : [...rows, ...EMPTY_ROWS].slice(0, 2));

export default function AprCalculator({ locale, messages, limitsArticleHref }: Props) {
  const t = useMemo(() => createTranslator(messages), [messages]);
  const form = useCalculatorForm({ storageKey: 'mz:apr:v1', defaults: APR_DEFAULTS });
  const { values, settled } = form;
  // A link with `flows` opens the flows mode (issue 4); otherwise the reader chooses.
  const [mode, setMode] = useState<'quote' | 'flows'>('quote');
  const [pasted, setPasted] = useState('');
  const [pasteStatus, setPasteStatus] = useState('');
  useEffect(() => {
    if (values.flows !== '') setMode('flows');
  }, [values.flows !== '']);

  // Rows on screen may include empty ones the reader just added; the URL keeps only what was typed.
  const [rows, setRowsState] = useState<FlowRow[]>(EMPTY_ROWS);
  useEffect(() => {
    if (encodeFlows(rows) !== values.flows) setRowsState(values.flows ? padRows(decodeFlows(values.flows)) : EMPTY_ROWS);
  }, [values.flows]);
  const setRows = (next: FlowRow[]) => {
    setRowsState(next);
    form.set('flows', encodeFlows(next));
  };
  const rateKey = rateKeyOf(values);
  const [chosenRateKey, setChosenRateKey] = useState<RateKey>(rateKey);
  const activeRateKey = values[rateKey].trim() !== '' ? rateKey : chosenRateKey;

  const legal = useLazyModule(() => import('../../lib/legal'), mode === 'flows' || settled.contractDate.trim() !== '');
  const datedFlows = useLazyModule(() => import('../../lib/apr/dated-flows'), mode === 'flows');
  const outcome = useMemo(
    () => computeApr(settled, mode, { checkLegalLines: legal?.checkLegalLines, aprFromDatedFlows: datedFlows?.aprFromDatedFlows }),
    [settled, mode, legal, datedFlows],
  );

  const label = (field: string): string => {
    if (field.startsWith('flows-')) {
      const [, index, part] = field.split('-');
      return part === 'add' ? t('calc.apr.flows.legend') : t(`calc.apr.flows.${part}`, { n: Number(index) + 1 });
    }
    if ((RATE_KEYS as readonly string[]).includes(field)) return t(`calc.apr.rate.${field}`);
    return t(`calc.apr.${field}.label`);
  };
  const fieldOrder =
    mode === 'quote'
      ? ['amount', 'received', 'upfrontFee', 'months', 'method', activeRateKey, 'dayBasis', 'periodicFee', 'contractDate', 'lender']
      : [...rows.flatMap((_, i) => [`flows-${i}-date`, `flows-${i}-amount`]), 'flows-add', 'unitPeriod', 'contractDate', 'lender'];
  const issues = outcome.ok
    ? { byField: {}, summary: [] }
    : collectIssues(t, locale, outcome.issues, fieldOrder.map((f) => ({ engineField: f, inputId: f, label: label(f) })), mode === 'quote' ? 'amount' : 'flows-add');
  // Format problems appear once the reader has left the field, or after submit; never while typing.
  const visible = (field: string) => (form.submitted || form.touched.has(field.startsWith('flows-') ? ('flows' as AprField) : (field as AprField)) ? issues.byField[field as keyof typeof issues.byField] : undefined);
  const summary = form.submitted ? issues.summary : [];

  useEffect(() => {
    const base = document.title.replace(t('calc.common.titleErrorPrefix'), '');
    document.title = summary.length ? `${t('calc.common.titleErrorPrefix')}${base}` : base;
  }, [summary.length]);

  const field = (name: AprField, extra: { hint?: string; width?: 'short' | 'medium' | 'long'; type?: 'text' | 'date'; labelText?: string } = {}) => (
    <Field
      id={name}
      name={name}
      label={extra.labelText ?? label(name)}
      hint={extra.hint}
      error={visible(name)}
      value={values[name]}
      onInput={(v) => form.set(name, v)}
      onBlur={() => form.touch(name)}
      errorPrefix={t('calc.common.errorPrefix')}
      width={extra.width ?? 'medium'}
    />
  );

  return (
    <div class="mz-calc">
      <ErrorSummary title={t('calc.common.errorSummaryTitle')} items={summary} focusKey={form.submitCount} />
      <CalculatorForm onSubmit={form.submit}>
        <Choice
          name="mode"
          legend={t('calc.apr.mode.legend')}
          value={mode}
          options={[
            { value: 'quote', label: t('calc.apr.mode.quote') },
            { value: 'flows', label: t('calc.apr.mode.flows') },
          ]}
          onChange={(m) => {
            setMode(m);
            if (m === 'quote') form.set('flows', '');
          }}
        />

        {mode === 'quote' ? (
          <>
            {field('amount', { hint: t('calc.common.amountHint') })}
            {field('received', { hint: t('calc.apr.received.hint') })}
            {field('upfrontFee', { hint: t('calc.apr.upfrontFee.hint') })}
            {field('months', { hint: t('calc.apr.months.hint'), width: 'short' })}
            <Choice
              name="method"
              legend={t('calc.apr.method.legend')}
              value={values.method}
              options={METHODS.map((m) => ({ value: m, label: t(`calc.apr.method.${m}`) }))}
              onChange={(m) => form.set('method', m)}
            />
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
            {activeRateKey === 'dailyPct' && (
              <Choice
                name="dayBasis"
                legend={t('calc.apr.dayBasis.legend')}
                value={values.dayBasis}
                inline
                options={[
                  { value: '360', label: t('calc.apr.dayBasis.360') },
                  { value: '365', label: t('calc.apr.dayBasis.365') },
                ]}
                onChange={(b) => form.set('dayBasis', b)}
              />
            )}
            {field('periodicFee', { hint: t('calc.apr.periodicFee.hint') })}
          </>
        ) : (
          <FlowsEditor
            t={t}
            rows={rows}
            setRows={setRows}
            errorFor={(f) => visible(f)}
            onBlur={() => form.touch('flows')}
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
            unitPeriod={values.unitPeriod}
            setUnitPeriod={(u) => form.set('unitPeriod', u)}
            unitPeriodError={visible('unitPeriod')}
          />
        )}

        <fieldset class="mz-fieldset mz-form">
          <legend class="mz-field__label">{t('calc.apr.legal.legend')}</legend>
          {field('contractDate', { hint: t('calc.apr.contractDate.hint'), width: 'medium' })}
          <Choice
            name="lender"
            legend={t('calc.apr.lender.legend')}
            value={values.lender}
            options={[
              { value: 'licensed', label: t('calc.apr.lender.licensed') },
              { value: 'private', label: t('calc.apr.lender.private') },
            ]}
            onChange={(l) => form.set('lender', l)}
          />
        </fieldset>

        <CurrencySelect t={t} value={values.currency} onChange={(c) => form.set('currency', c)} />
        <FormActions t={t} />
      </CalculatorForm>
      <RememberControls t={t} remember={form.remember} setRemember={form.setRemember} forget={form.forget} />

      <AprResults t={t} locale={locale} outcome={outcome} values={settled} mode={mode} limitsArticleHref={limitsArticleHref} />
    </div>
  );
}

interface FlowsEditorProps {
  t: ReturnType<typeof createTranslator>;
  rows: FlowRow[];
  setRows: (rows: FlowRow[]) => void;
  errorFor: (field: string) => string | undefined;
  onBlur: () => void;
  pasted: string;
  setPasted: (text: string) => void;
  pasteStatus: string;
  onPaste: () => void;
  unitPeriod: string;
  setUnitPeriod: (value: string) => void;
  unitPeriodError: string | undefined;
}

function FlowsEditor({ t, rows, setRows, errorFor, onBlur, pasted, setPasted, pasteStatus, onPaste, unitPeriod, setUnitPeriod, unitPeriodError }: FlowsEditorProps) {
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
              onBlur={onBlur}
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
              onBlur={onBlur}
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
      <div class={`mz-field${unitPeriodError ? ' mz-field--error' : ''}`}>
        <label class="mz-field__label" for="unitPeriod">
          {t('calc.apr.unitPeriod.label')}
        </label>
        <p id="unitPeriod-hint" class="mz-field__hint">
          {t('calc.apr.unitPeriod.hint')}
        </p>
        {unitPeriodError && (
          <p id="unitPeriod-error" class="mz-field__error">
            {unitPeriodError}
          </p>
        )}
        <select
          id="unitPeriod"
          name="unitPeriod"
          class="mz-select"
          value={unitPeriod}
          aria-describedby={unitPeriodError ? 'unitPeriod-hint unitPeriod-error' : 'unitPeriod-hint'}
          onChange={(e) => setUnitPeriod((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t('calc.apr.unitPeriod.auto')}</option>
          {UNIT_PERIODS.map((u) => (
            <option key={u} value={u}>
              {t(`calc.apr.unitPeriod.${u}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
