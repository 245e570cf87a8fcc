import './schedule.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { createTranslator, type Messages, type Translate } from '../../i18n/translate';
import type { CalcIssue } from '../../lib/errors';
import { CalculatorForm, CurrencySelect, FormActions, PrintedInputs, RememberControls } from '../shared/controls';
import { currencyOr } from '../../i18n/currencies';
import { Choice, Field, SelectField } from '../shared/Field';
import { useAfterPause } from '../shared/useAfterPause';
import { useCalculatorForm } from '../shared/useCalculatorForm';
import { useLazyModule } from '../shared/useLazyModule';
import { blockedByChoices } from '../shared/choices';
import { METHODS, PREPAY_MODES, RATE_KEYS, SCHEDULE_CHOICES, SCHEDULE_DEFAULTS, methodOf, rateKeyIn, switchRateKey, type RateKey, type ScheduleField, type ScheduleValues } from './schedule-fields';

interface Props {
  locale: Locale;
  messages: Messages;
}

const REQUIRED_CODES = new Set(['amount.required', 'term.required', 'rate.required']);
const isRateKey = (field: string): field is RateKey => (RATE_KEYS as readonly string[]).includes(field);

export default function ScheduleCalculator({ locale, messages }: Props) {
  const t = useMemo(() => createTranslator(messages), [messages]);
  const form = useCalculatorForm<ScheduleField>({ tool: 'schedule', defaults: SCHEDULE_DEFAULTS, choices: SCHEDULE_CHOICES });
  const values = form.values as ScheduleValues;
  // The kind the reader picked, used while every rate field is empty; a link or typing decides otherwise.
  const [chosenKey, setChosenKey] = useState<RateKey>('annualPct');
  const rateKey = rateKeyIn(values) ?? chosenKey;
  useEffect(() => {
    const present = rateKeyIn(values);
    if (present && present !== chosenKey) setChosenKey(present);
  }, [values]);

  // The engine half (decimal.js, parsers, schedules, result rendering), fetched as soon as the form hydrates.
  const engine = useLazyModule(() => import('./ScheduleResults'), true);
  const calm = useAfterPause(values);
  const calmKey = rateKeyIn(calm) ?? chosenKey;
  // A choice a link gave that is not an option: no result until the reader picks one.
  const outcome = useMemo(() => blockedByChoices(engine?.computeSchedule(values, rateKey, { extras: false }), form.choiceIssues), [engine, values, rateKey, form.choiceIssues]);
  const refused = (field: ScheduleField) => form.refused[field] !== undefined;
  const full = useMemo(() => engine?.computeSchedule(calm, calmKey), [engine, calm, calmKey]);
  const currency = currencyOr(values.currency);

  const label = (field: string): string =>
    isRateKey(field) ? t(`calc.schedule.rate.label.${field}`) : field === 'prepay' ? t('calc.schedule.prepay.kind') : field === 'currency' ? t('calc.common.currency') : t(`calc.schedule.${field}.label`);
  const fieldOrder: ScheduleField[] = ['amount', 'months', 'method', rateKey, 'dayBasis', 'periodicFee', 'startMonth', 'prepayMonth', 'prepay', 'prepayAmount', 'prepayMode', 'prepayFeePct', 'compare', 'currency'];
  // Input ids: the one rate input is `rate`; radio groups are linked by their first radio, whose id is the group name.
  const inputId = (field: ScheduleField): string => (isRateKey(field) ? 'rate' : field);

  const mainIssues = outcome && !outcome.ok ? outcome.issues : []; // the refused choices first (blockedByChoices)
  const extraIssues = !full ? [] : !full.ok ? full.issues.filter((i) => i.field?.startsWith('prepay')) : full.value.prepayment && !full.value.prepayment.ok ? full.value.prepayment.issues : [];
  const allIssues: CalcIssue[] = [...mainIssues, ...extraIssues];
  // A method/rate mismatch comes from a radio choice, not from typing: say so at once.
  const shownIssues = allIssues.filter((i) => i.code === 'schedule.rateKindMismatch' || form.shows(inputId(i.field as ScheduleField), values[i.field as ScheduleField] ?? ''));
  const fields = fieldOrder.map((f) => ({ engineField: f, inputId: inputId(f), label: label(f) }));
  const { byField, summary } = engine ? engine.collectIssues(t, locale, shownIssues, fields, 'amount') : { byField: {} as Record<string, string>, summary: [] };
  const errorFor = (field: ScheduleField) => byField[inputId(field)];
  const errorPrefix = t('calc.common.errorPrefix');

  const text = (field: ScheduleField, extra: { hint?: string; width?: 'short' | 'medium' | 'long'; inputMode?: 'decimal' | 'numeric' | 'text' } = {}) => (
    <Field
      id={field}
      name={field}
      label={label(field)}
      hint={extra.hint}
      error={errorFor(field)}
      value={values[field]}
      onInput={(v) => form.set(field, v)}
      onBlur={(v) => form.touch(field, v)}
      inputMode={extra.inputMode ?? 'decimal'}
      errorPrefix={errorPrefix}
      width={extra.width ?? 'medium'}
    />
  );
  const method = methodOf(values.method);
  const methodOptions = METHODS.map((m) => ({ value: m, label: t(`calc.schedule.method.${m}`) }));

  return (
    <div class="mz-calc mz-schedule">
      <CalculatorForm t={t} onSubmit={form.submit} summary={summary} submitted={form.submitted} submitCount={form.submitCount} note={form.savedDropped ? t('calc.common.savedDropped') : undefined}>
        {text('amount', { hint: t('calc.common.amountHint') })}
        {text('months', { hint: t('calc.schedule.months.hint'), width: 'short', inputMode: 'text' })}
        <Choice
          name="method"
          legend={t('calc.schedule.method.label')}
          hint={t('calc.schedule.method.hint')}
          value={form.refused.method ?? method}
          options={methodOptions}
          error={errorFor('method')}
          errorPrefix={errorPrefix}
          onChange={(v) => {
            form.set('method', v);
            // Flat-fee loans are quoted as a monthly fee rate, the others as an interest rate: while the rate
            // field is still empty, offer the kind that fits. A typed rate is left alone (the engine explains).
            if (values[rateKey].trim() === '') {
              if (v === 'flat-fee') setChosenKey('monthlyFeePct');
              else if (rateKey === 'monthlyFeePct') setChosenKey('annualPct');
            }
          }}
        />
        <Choice
          name="rateKind"
          legend={t('calc.schedule.rateKind.legend')}
          value={rateKey}
          inline
          options={RATE_KEYS.map((k) => ({ value: k, label: t(`calc.schedule.rateKind.${k}`) }))}
          onChange={(k) => {
            setChosenKey(k);
            form.setMany(switchRateKey(values, rateKey, k));
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
          onBlur={(v) => form.touch('rate', v)}
          inputMode="decimal"
          errorPrefix={errorPrefix}
          width="short"
        />
        {(rateKey === 'dailyPct' || refused('dayBasis')) && (
          <Choice
            name="dayBasis"
            legend={t('calc.schedule.dayBasis.label')}
            hint={t('calc.schedule.dayBasis.hint')}
            value={form.refused.dayBasis ?? (values.dayBasis === '365' ? '365' : '360')}
            options={[
              { value: '360', label: t('calc.schedule.dayBasis.360') },
              { value: '365', label: t('calc.schedule.dayBasis.365') },
            ]}
            error={errorFor('dayBasis')}
            errorPrefix={errorPrefix}
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
            value={form.refused.prepay ?? (values.prepay === 'part' ? 'part' : 'full')}
            inline
            options={[
              { value: 'full', label: t('calc.schedule.prepay.full') },
              { value: 'part', label: t('calc.schedule.prepay.part') },
            ]}
            error={errorFor('prepay')}
            errorPrefix={errorPrefix}
            onChange={(v) => form.set('prepay', v)}
          />
          {values.prepay === 'part' && text('prepayAmount', { hint: t('calc.common.amountHint') })}
          {(values.prepay === 'part' || refused('prepayMode')) && (
            <Choice
              name="prepayMode"
              legend={label('prepayMode')}
              hint={t('calc.schedule.prepayMode.hint')}
              value={form.refused.prepayMode ?? (values.prepayMode === 'lower-payment' ? 'lower-payment' : 'shorter-term')}
              options={PREPAY_MODES.map((m) => ({ value: m, label: t(`calc.schedule.prepayMode.${m}`) }))}
              error={errorFor('prepayMode')}
              errorPrefix={errorPrefix}
              onChange={(v) => form.set('prepayMode', v)}
            />
          )}
          {text('prepayFeePct', { hint: t('calc.schedule.prepayFeePct.hint'), width: 'short' })}
        </fieldset>

        <SelectField
          id="compare"
          label={t('calc.schedule.compare.label')}
          error={errorFor('compare')}
          errorPrefix={errorPrefix}
          value={form.refused.compare ?? values.compare}
          options={[{ value: '', label: t('calc.schedule.compare.none') }, ...methodOptions]}
          onChange={(v) => form.set('compare', v)}
        />
        <CurrencySelect t={t} value={form.refused.currency ?? currency} error={errorFor('currency')} onChange={(c) => form.set('currency', c)} />
        <FormActions t={t} shareUrl={form.shareUrl} />
      </CalculatorForm>
      <RememberControls t={t} remember={form.remember} setRemember={form.setRemember} forget={form.forget} />

      <PrintedInputs t={t} rows={scheduleInputRows(t, values, rateKey)} />

      <section class="mz-results" aria-labelledby="results-title">
        <h2 id="results-title">{t('calc.common.results')}</h2>
        {!engine || !outcome ? (
          <p class="mz-results__empty">{t('calc.schedule.loading')}</p>
        ) : outcome.ok ? (
          <engine.Results
            t={t}
            locale={locale}
            currency={currency}
            computation={outcome.value}
            details={full?.ok ? full.value : undefined}
            stale={calm !== values}
            rateKey={rateKey}
            shareUrl={form.shareUrl}
          />
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

/** What the reader entered, as rows for the printed summary. */
function scheduleInputRows(t: Translate, values: ScheduleValues, rateKey: RateKey): Array<[string, string]> {
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
  return rows;
}
