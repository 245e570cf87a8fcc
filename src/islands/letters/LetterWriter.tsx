import './letters.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { INTL_LOCALE, type Locale } from '../../i18n/locales';
import { createTranslator, type Messages, type Translate } from '../../i18n/translate';
import type { CalcIssue } from '../../lib/errors';
import { JURISDICTIONS, LETTERS, buildLetter, checkTimeBar, isLetterId, letterSpec, type Jurisdiction, type LetterField, type LetterId, type LetterValues, type TimeBar } from '../../lib/letters/letters';
import { localToday } from '../../lib/letters/dates';
import { CalculatorForm, RememberControls } from '../shared/controls';
import { Choice, Field, FieldShell } from '../shared/Field';
import { downloadText } from '../shared/csv';
import { useCalculatorForm } from '../shared/useCalculatorForm';
import { blockedByChoices } from '../shared/choices';
import { DATES, LETTER_CHOICES, LETTER_DEFAULTS, MULTILINE, YES_NO, asTextFile, fileName, type LetterFormField } from './letters-fields';

interface Props {
  locale: Locale;
  messages: Messages;
}

/** A dictionary entry if present, else undefined (per-letter labels override the shared ones). */
const lookup = (t: Translate, key: string): string | undefined => {
  const text = t(key);
  return text === key ? undefined : text;
};

/**
 * The letter writer: choose a letter, fill a short form, get the text in an editable box; copy, print (only
 * the letter is printed) or download it. The engine (src/lib/letters) is small and has no decimal.js, so it is
 * imported directly rather than through useLazyModule. Nothing typed leaves the device: no share link, no request.
 */
export default function LetterWriter({ locale, messages }: Props) {
  const t = useMemo(() => createTranslator(messages), [messages]);
  const form = useCalculatorForm<LetterFormField>({ tool: 'letters', defaults: LETTER_DEFAULTS, choices: LETTER_CHOICES });
  const values = form.values as Record<LetterFormField, string>;
  const id: LetterId = isLetterId(values.letter) ? values.letter : 'negotiate';
  const spec = letterSpec(id);
  const today = useMemo(() => localToday(), []);
  const formatDate = useMemo(() => {
    const f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' });
    return (iso: string) => f.format(new Date(`${iso}T00:00:00Z`));
  }, [locale]);
  const letterValues = values as unknown as LetterValues;
  // A choice from saved inputs or the hand-off that is not an option: no letter until the reader picks one.
  const built = useMemo(() => buildLetter(id, letterValues, t, today, formatDate), [id, values, t, today, formatDate]);
  const outcome = blockedByChoices(built, form.choiceIssues) ?? built;
  const timeBar = spec.fields.includes('lastPayment') ? checkTimeBar(letterValues, today) : undefined;

  const label = (field: LetterField) => lookup(t, `letters.${id}.field.${field}.label`) ?? t(`letters.field.${field}.label`);
  const hint = (field: LetterField) => lookup(t, `letters.${id}.field.${field}.hint`) ?? lookup(t, `letters.field.${field}.hint`);
  const optional = (field: LetterField) => !spec.required.includes(field);
  const choiceLabel = (field: string) => (field === 'letter' ? t('letters.ui.choose.legend') : t(`letters.field.${field}.legend`));
  const message = (issue: CalcIssue) =>
    (issue.code === 'letters.required' && lookup(t, `issue.letters.required.${issue.field}`)) ||
    t(`issue.${issue.code}`, { ...(issue.params ?? {}), label: issue.code.startsWith('choice.') ? choiceLabel(issue.field ?? '') : label(issue.field as LetterField) });

  const allIssues = outcome.ok ? [] : outcome.issues;
  const shown = allIssues.filter((i) => form.shows(i.field ?? '', values[i.field as LetterFormField] ?? ''));
  const byField: Partial<Record<LetterField, string>> = {};
  for (const issue of shown) byField[issue.field as LetterField] ??= message(issue);
  const letterError = shown.find((i) => i.field === 'letter');
  // A refused choice the chosen letter does not ask for is drawn too, so its message has a place.
  const strayChoices = (Object.keys(form.refused) as LetterFormField[]).filter((f): f is LetterField => f !== 'letter' && !spec.fields.includes(f as LetterField));
  const summary = [
    ...(letterError ? [{ fieldId: 'letter', message: message(letterError) }] : []),
    ...[...spec.fields, ...strayChoices].filter((f) => byField[f]).map((f) => ({ fieldId: f, message: byField[f] as string })),
  ];
  const errorPrefix = t('calc.common.errorPrefix');

  // The preview: the generated text until the reader edits it; then their text, kept until they ask again.
  const generated = outcome.ok ? outcome.value.text : undefined;
  const [edited, setEdited] = useState<{ text: string; base: string | undefined } | null>(null);
  useEffect(() => setEdited(null), [id]);
  const text = edited ? edited.text : (generated ?? '');
  const stale = edited !== null && generated !== undefined && edited.base !== generated;
  const [status, setStatus] = useState('');
  useEffect(() => setStatus(''), [text]);
  const previewRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (form.submitCount > 0 && outcome.ok) previewRef.current?.focus();
  }, [form.submitCount]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('letters.ui.copied'));
    } catch {
      setStatus(t('letters.ui.copyFailed'));
    }
  };

  const input = (field: LetterField) => {
    const fieldLabel = label(field) + (optional(field) ? t('letters.ui.optional') : '');
    if (YES_NO.has(field)) {
      const yesLabel = lookup(t, `letters.field.${field}.yes`) ?? t('letters.ui.yes');
      const noLabel = lookup(t, `letters.field.${field}.no`) ?? t('letters.ui.no');
      return (
        <Choice
          key={field}
          name={field}
          legend={t(`letters.field.${field}.legend`)}
          value={form.refused[field] ?? (values[field] === 'yes' ? 'yes' : 'no')}
          error={byField[field]}
          errorPrefix={errorPrefix}
          inline
          options={[
            { value: 'yes', label: yesLabel },
            { value: 'no', label: noLabel },
          ]}
          onChange={(v) => form.set(field, v)}
        />
      );
    }
    if (field === 'lenderType' || field === 'topic') {
      const options = field === 'lenderType' ? (['bank', 'consumer-finance', 'micro-loan', 'unsure'] as const) : (['collection', 'credit', 'calls'] as const);
      return (
        <Choice
          key={field}
          name={field}
          legend={t(`letters.field.${field}.legend`)}
          hint={lookup(t, `letters.field.${field}.hint`)}
          value={form.refused[field] ?? ((options as readonly string[]).includes(values[field]) ? values[field] : options[0])}
          error={byField[field]}
          errorPrefix={errorPrefix}
          options={options.map((o) => ({ value: o, label: t(`letters.field.${field}.${o}`) }))}
          onChange={(v) => form.set(field, v)}
        />
      );
    }
    if (MULTILINE.has(field)) {
      return (
        <TextArea
          key={field}
          id={field}
          label={fieldLabel}
          hint={hint(field)}
          error={byField[field]}
          errorPrefix={errorPrefix}
          value={values[field]}
          onInput={(v) => form.set(field, v)}
          onBlur={(v) => form.touch(field, v)}
        />
      );
    }
    return (
      <Field
        key={field}
        id={field}
        name={field}
        label={fieldLabel}
        hint={hint(field)}
        error={byField[field]}
        value={values[field]}
        onInput={(v) => form.set(field, v)}
        onBlur={(v) => form.touch(field, v)}
        inputMode={field === 'months' ? 'numeric' : 'text'}
        errorPrefix={errorPrefix}
        width={DATES.has(field) || field === 'months' ? 'short' : field === 'account' || field === 'monthly' || field === 'amount' ? 'medium' : 'long'}
      />
    );
  };

  const dateFields = spec.fields.filter((f) => DATES.has(f));
  const otherFields = [...spec.fields.filter((f) => !DATES.has(f)), ...strayChoices];

  return (
    <div class="mz-calc mz-letters">
      <CalculatorForm t={t} onSubmit={form.submit} summary={summary} submitted={form.submitted} submitCount={form.submitCount} note={form.savedDropped ? t('calc.common.savedDropped') : undefined}>
        <LetterChoice t={t} value={form.refused.letter ?? id} error={letterError && message(letterError)} errorPrefix={errorPrefix} onChange={(v) => form.set('letter', v)} />
        <div class={`mz-box mz-letters__law mz-letters__law--${spec.jurisdiction}`} data-jurisdiction={spec.jurisdiction}>
          <p>{t(`letters.${id}.about`)}</p>
          <p>{t(`letters.ui.${spec.jurisdiction}Note`)}</p>
        </div>
        <fieldset class="mz-fieldset mz-letters__details">
          <legend class="mz-field__label mz-letters__legend">{t('letters.ui.details.legend')}</legend>
          {dateFields.map(input)}
          {timeBar && <TimeBarNotice t={t} locale={locale} check={timeBar.ok ? timeBar.value : undefined} formatDate={formatDate} />}
          {otherFields.map(input)}
        </fieldset>
        <div class="mz-actions">
          <button type="submit" class="mz-button">
            {t('letters.ui.generate')}
          </button>
        </div>
      </CalculatorForm>
      <RememberControls t={t} remember={form.remember} setRemember={form.setRemember} forget={form.forget} />

      <section class="mz-results mz-letters__preview" aria-labelledby="letter-title">
        <h2 id="letter-title" tabIndex={-1} ref={previewRef}>
          {t('letters.ui.preview.title')}
        </h2>
        {text === '' ? (
          <p class="mz-results__empty" data-letter-state={allIssues.some((i) => i.code !== 'letters.required') ? 'invalid' : 'incomplete'}>
            {shown.length > 0 ? t('letters.ui.preview.hasErrors') : t('letters.ui.preview.empty')}
          </p>
        ) : (
          <>
            <div class="mz-field">
              <label class="mz-field__label" for="letter-text">
                {t('letters.ui.preview.label')}
              </label>
              <p id="letter-text-hint" class="mz-field__hint">
                {t('letters.ui.preview.hint')}
              </p>
              <textarea
                id="letter-text"
                class="mz-textarea mz-letters__text"
                aria-describedby="letter-text-hint"
                data-letter={id}
                value={text}
                rows={Math.min(40, Math.max(12, text.split('\n').length + 2))}
                spellcheck={false}
                onInput={(e) => setEdited({ text: (e.currentTarget as HTMLTextAreaElement).value, base: edited?.base ?? generated })}
              />
            </div>
            {stale && (
              <div class="mz-box mz-box--warning mz-no-print" data-letter-stale>
                <p>{t('letters.ui.edited')}</p>
                <button type="button" class="mz-button mz-button--secondary" onClick={() => setEdited(null)}>
                  {t('letters.ui.regenerate')}
                </button>
              </div>
            )}
            <div class="mz-actions mz-no-print">
              <button type="button" class="mz-button" onClick={copy}>
                {t('letters.ui.copy')}
              </button>
              <button type="button" class="mz-button mz-button--secondary" onClick={() => window.print()}>
                {t('letters.ui.print')}
              </button>
              <button type="button" class="mz-button mz-button--secondary" onClick={() => downloadText(fileName(id), asTextFile(text), 'text/plain;charset=utf-8')}>
                {t('letters.ui.download')}
              </button>
              <span role="status" class="mz-status">
                {status}
              </span>
            </div>
          </>
        )}
        <SendAdvice t={t} id={id} jurisdiction={spec.jurisdiction} regulator={outcome.ok ? outcome.value.regulator : undefined} />
      </section>
      {text !== '' && (
        <div class="mz-letter__paper" aria-hidden="true" data-letter-paper>
          {text}
        </div>
      )}
    </div>
  );
}

/** The letters grouped by jurisdiction (China, US, UK): one radio group, so arrow keys move through all of them. */
function LetterChoice({ t, value, error, errorPrefix, onChange }: { t: Translate; value: string; error?: string | undefined; errorPrefix: string; onChange: (id: LetterId) => void }) {
  const groups = JURISDICTIONS.map((j) => ({ j, letters: LETTERS.filter((l) => l.jurisdiction === j) }));
  let first = true;
  return (
    <fieldset class={`mz-fieldset mz-letters__choice${error ? ' mz-field--error' : ''}`} aria-describedby={error ? 'letter-error' : undefined}>
      <legend class="mz-field__label mz-letters__legend">{t('letters.ui.choose.legend')}</legend>
      {error && (
        <p id="letter-error" class="mz-field__error">
          <span class="mz-visually-hidden">{errorPrefix}</span>
          {error}
        </p>
      )}
      {groups.map(({ j, letters }) => (
        <fieldset class="mz-fieldset mz-letters__group" key={j}>
          <legend class="mz-letters__group-title">{t(`letters.ui.group.${j}`)}</legend>
          <div class="mz-radios">
            {letters.map((l) => {
              // As Choice does: the first radio's id is the group name, so a summary link to #letter lands on it.
              const radioId = first ? 'letter' : `letter-${l.id}`;
              first = false;
              return (
                <div class="mz-radio" key={l.id}>
                  <input type="radio" id={radioId} name="letter" value={l.id} checked={value === l.id} onChange={() => onChange(l.id)} />
                  <label for={radioId}>{t(`letters.${l.id}.name`)}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}

/** The time-bar check before the repayment-plan letter: a warning past three years, a note within them. */
function TimeBarNotice({ t, locale, check, formatDate }: { t: Translate; locale: Locale; check: TimeBar | undefined; formatDate: (iso: string) => string }) {
  return (
    <div aria-live="polite" class="mz-letters__timebar">
      {check && (
        <div class={`mz-box ${check.over ? 'mz-box--warning' : ''}`} data-time-bar={check.over ? 'over' : 'within'}>
          <p class="mz-box__title">{t(check.over ? 'letters.timebar.title' : 'letters.timebar.noteTitle')}</p>
          <p>
            {t(check.over ? 'letters.timebar.over' : 'letters.timebar.recent', {
              basis: t(`letters.timebar.basis.${check.basis}`),
              latest: formatDate(check.latest),
              threeYearsOn: formatDate(check.threeYearsOn),
            })}
          </p>
          {check.over && <p>{t('letters.timebar.risk')}</p>}
          {check.over && (
            <p>
              {t('letters.timebar.act')} <a href={`/${locale}/tools/deadlines/`}>{t('letters.timebar.link')}</a>
            </p>
          )}
          <p class="mz-field__hint">{t('letters.timebar.estimate')}</p>
        </div>
      )}
      {/* Without the dates we cannot check, so say why they matter before the reader signs a plan. */}
      {!check && (
        <p class="mz-box" data-time-bar="unknown">
          {t('letters.timebar.askDates')}
        </p>
      )}
    </div>
  );
}

/** How to send the letter and keep proof: the shared lines for its jurisdiction, then its own advice. */
function SendAdvice({ t, id, jurisdiction, regulator }: { t: Translate; id: LetterId; jurisdiction: Jurisdiction; regulator: string | undefined }) {
  const lines = [1, 2, 3, 4].map((n) => lookup(t, `letters.proof.${jurisdiction}.${n}`)).filter((l): l is string => l !== undefined);
  return (
    <div class="mz-box mz-box--tip mz-letters__send" data-send-advice>
      <h3 class="mz-box__title">{t('letters.ui.send.title')}</h3>
      {regulator && <p>{t(`letters.regulator.${regulator}.how`)}</p>}
      <p>{t(`letters.${id}.send`)}</p>
      <ul>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </div>
  );
}

/** A multi-line field: the shared FieldShell around a textarea. */
function TextArea({ id, label, hint, error, errorPrefix, value, onInput, onBlur }: { id: string; label: string; hint?: string | undefined; error?: string | undefined; errorPrefix: string; value: string; onInput: (v: string) => void; onBlur: (v: string) => void }) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      {(attrs) => (
        <textarea
          {...attrs}
          name={id}
          class="mz-textarea mz-letters__happened"
          rows={4}
          value={value}
          onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
          onBlur={(e) => onBlur((e.currentTarget as HTMLTextAreaElement).value)}
        />
      )}
    </FieldShell>
  );
}
