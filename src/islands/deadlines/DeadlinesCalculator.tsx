import './deadlines.css';
import { useMemo } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { createTranslator, type Messages } from '../../i18n/translate';
import { CalculatorForm, FormActions, PrintedInputs, RememberControls } from '../shared/controls';
import { Choice, Field } from '../shared/Field';
import { useCalculatorForm } from '../shared/useCalculatorForm';
import { useLazyModule } from '../shared/useLazyModule';
import { blockedByChoices } from '../shared/choices';
import { DEADLINES_CHOICES, DEADLINES_DEFAULTS, DOCUMENTS, EVENTS, documentOf, eventOf, localToday, modeOf, type DeadlinesField, type DeadlinesValues } from './deadlines-fields';

interface Props {
  locale: Locale;
  messages: Messages;
}

const REQUIRED_CODES = new Set(['date.required']);

/**
 * Two questions on one form (a mode): the last day to act on a court document, and an estimate of the limitation
 * period for an old debt. The island parses, calls the engine (src/lib/deadlines) and renders; no arithmetic here.
 */
export default function DeadlinesCalculator({ locale, messages }: Props) {
  const t = useMemo(() => createTranslator(messages), [messages]);
  const form = useCalculatorForm<DeadlinesField>({ tool: 'deadlines', defaults: DEADLINES_DEFAULTS, choices: DEADLINES_CHOICES });
  const values = form.values as DeadlinesValues;
  const mode = modeOf(values.mode);
  const documentId = documentOf(values.document);
  const eventId = eventOf(values.event);

  // The engine half (parsing, holiday data, counting, the .ics writer), fetched as soon as the form hydrates.
  const engine = useLazyModule(() => import('./DeadlinesResults'), true);
  const today = localToday(new Date());
  const court = useMemo(() => (engine && mode === 'court' ? engine.computeCourt({ ...values, document: documentId }) : undefined), [engine, values, mode]);
  const limitation = useMemo(() => (engine && mode === 'limitation' ? engine.computeLimitation({ ...values, event: eventId }, today) : undefined), [engine, values, mode, today]);
  // A choice a link gave that is not an option: no result until the reader picks one.
  const outcome = blockedByChoices(mode === 'court' ? court : limitation, form.choiceIssues);
  const refused = (field: DeadlinesField) => form.refused[field] !== undefined;
  const showDocument = mode === 'court' || refused('document');
  const showEvent = mode === 'limitation' || refused('event');

  const eventOnLabel = t(`deadlines.eventOn.label.${eventId}`);
  const fields = [
    { field: 'mode', label: t('deadlines.mode.legend') },
    ...(showDocument ? [{ field: 'document', label: t('deadlines.document.legend') }] : []),
    ...(mode === 'court' ? [{ field: 'receivedOn', label: t('deadlines.receivedOn.label') }] : []),
    ...(showEvent ? [{ field: 'event', label: t('deadlines.event.legend') }] : []),
    ...(mode === 'limitation' ? [{ field: 'eventOn', label: eventOnLabel }] : []),
  ];
  const allIssues = outcome && !outcome.ok ? outcome.issues : [];
  const shownIssues = allIssues.filter((i) => form.shows(i.field ?? '', values[i.field as DeadlinesField] ?? 'x'));
  const { byField, summary } = engine ? engine.issuesByField(t, shownIssues, fields) : { byField: {} as Record<string, string>, summary: [] };
  const errorPrefix = t('calc.common.errorPrefix');
  const onlyMissing = allIssues.length > 0 && allIssues.every((i) => REQUIRED_CODES.has(i.code));

  const dateField = (field: 'receivedOn' | 'eventOn', label: string, hint: string) => (
    <Field
      id={field}
      name={field}
      label={label}
      hint={hint}
      error={byField[field]}
      value={values[field]}
      onInput={(v) => form.set(field, v)}
      onBlur={(v) => form.touch(field, v)}
      inputMode="text"
      errorPrefix={errorPrefix}
      width="medium"
    />
  );

  return (
    <div class="mz-calc mz-deadlines">
      <CalculatorForm t={t} onSubmit={form.submit} summary={summary} submitted={form.submitted} submitCount={form.submitCount} note={form.savedDropped ? t('calc.common.savedDropped') : undefined}>
        <Choice
          name="mode"
          legend={t('deadlines.mode.legend')}
          value={form.refused.mode ?? mode}
          options={[
            { value: 'court', label: t('deadlines.mode.court') },
            { value: 'limitation', label: t('deadlines.mode.limitation') },
          ]}
          error={byField['mode']}
          errorPrefix={errorPrefix}
          onChange={(v) => form.set('mode', v)}
        />
        {showDocument && (
            <Choice
              name="document"
              legend={t('deadlines.document.legend')}
              hint={t('deadlines.document.hint')}
              value={form.refused.document ?? documentId}
              options={DOCUMENTS.map((d) => ({ value: d, label: t(`deadlines.document.${d}.name`) }))}
              error={byField['document']}
              errorPrefix={errorPrefix}
              onChange={(v) => form.set('document', v)}
            />
        )}
        {mode === 'court' && dateField('receivedOn', t('deadlines.receivedOn.label'), t('deadlines.receivedOn.hint'))}
        {showEvent && (
            <Choice
              name="event"
              legend={t('deadlines.event.legend')}
              hint={t('deadlines.event.hint')}
              value={form.refused.event ?? eventId}
              options={EVENTS.map((e) => ({ value: e, label: t(`deadlines.event.${e}`) }))}
              error={byField['event']}
              errorPrefix={errorPrefix}
              onChange={(v) => form.set('event', v)}
            />
        )}
        {mode === 'limitation' && dateField('eventOn', eventOnLabel, t('deadlines.eventOn.hint'))}
        <FormActions t={t} shareUrl={form.shareUrl} />
      </CalculatorForm>
      <RememberControls t={t} remember={form.remember} setRemember={form.setRemember} forget={form.forget} />

      <PrintedInputs
        t={t}
        rows={
          (mode === 'court'
            ? [
                [t('deadlines.document.legend'), t(`deadlines.document.${documentId}.name`)],
                [t('deadlines.receivedOn.label'), values.receivedOn],
              ]
            : [
                [t('deadlines.event.legend'), t(`deadlines.event.${eventId}`)],
                [eventOnLabel, values.eventOn],
              ]) as Array<[string, string]>
        }
      />

      <section class="mz-results" aria-labelledby="results-title">
        <h2 id="results-title">{t('calc.common.results')}</h2>
        {!engine || !outcome ? (
          <p class="mz-results__empty">{t('deadlines.loading')}</p>
        ) : outcome.ok && mode === 'court' && court?.ok ? (
          <engine.CourtResult t={t} locale={locale} view={court.value} onLimitation={() => form.set('mode', 'limitation')} />
        ) : outcome.ok && mode === 'limitation' && limitation?.ok ? (
          <engine.LimitationResult t={t} locale={locale} estimate={limitation.value} />
        ) : (
          <p class="mz-results__empty" data-results-state={onlyMissing ? 'incomplete' : 'invalid'}>
            {onlyMissing && shownIssues.length === 0 ? t('calc.common.resultsEmpty') : t('calc.common.resultsHaveErrors')}
          </p>
        )}
      </section>
    </div>
  );
}
