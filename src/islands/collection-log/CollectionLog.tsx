import './collection-log.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { INTL_LOCALE, type Locale } from '../../i18n/locales';
import { createTranslator, type Messages, type Translate } from '../../i18n/translate';
import { flagEvents } from '../../lib/collection/flags';
import { eventOf, exportLog, mergeEntries, newestFirst, parseLogFile, MAX_IMPORT_BYTES, type LogEntry } from '../../lib/collection/log-file';
import type { RuleCode } from '../../lib/collection/types';
import { validateEvent } from '../../lib/collection/validate';
import { CalculatorForm } from '../shared/controls';
import { Choice, FieldShell } from '../shared/Field';
import { downloadText, toCsv } from '../shared/csv';
import { useLazyModule } from '../shared/useLazyModule';
import { CHANNELS, CONTACTED, CONTENT_CATEGORIES, EMPTY_DRAFT, INPUT_IDS, collectorsUsed, draftOf, localNow, newId, rawEvent, shownTime, type Draft } from './collection-log-fields';
import { FlagList } from './flag-words';
import { askPersistence, deleteAll, deleteEntry, loadEntries, putEntries, type Persistence } from './store';

interface Props {
  locale: Locale;
  messages: Messages;
}

type Status = { kind: 'ok' | 'error'; text: string; details?: string[] } | undefined;

/**
 * The collection log: write down each contact in seconds, see the rules it breaks, keep the log on this device
 * only (IndexedDB, store.ts), back it up and bring it back (JSON), open it in a spreadsheet (CSV), print the
 * evidence report (LogReport, loaded once the log is read).
 */
export default function CollectionLog({ locale, messages }: Props) {
  const t = useMemo(() => createTranslator(messages), [messages]);
  const [entries, setEntries] = useState<LogEntry[] | undefined>(undefined);
  const [storeBroken, setStoreBroken] = useState(false);
  const [persistence, setPersistence] = useState<Persistence | undefined>(undefined);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [editing, setEditing] = useState<LogEntry | undefined>(undefined);
  const [submitted, setSubmitted] = useState(false);
  const [submitCount, setSubmitCount] = useState(0);
  const [saved, setSaved] = useState('');
  const [view, setView] = useState<'list' | 'day'>('list');
  const [day, setDay] = useState('');
  const [status, setStatus] = useState<Status>(undefined);
  const [confirmAll, setConfirmAll] = useState(false);
  const [confirmOne, setConfirmOne] = useState<string | undefined>(undefined);
  const collectorRef = useRef<HTMLInputElement>(null);
  const formTitleRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    loadEntries()
      .then(({ entries: loaded }) => {
        setEntries(loaded);
        if (loaded.length > 0) void askPersistence().then(setPersistence);
      })
      .catch(() => {
        setStoreBroken(true);
        setEntries([]);
      });
  }, []);

  const report = useLazyModule(() => import('./LogReport'), entries !== undefined);

  const ordered = useMemo(() => newestFirst(entries ?? []), [entries]);
  const flagsById = useMemo(() => {
    const list = entries ?? [];
    const flags = flagEvents(list.map(eventOf));
    return new Map(list.map((e, i) => [e.id, flags[i] ?? []]));
  }, [entries]);
  const collectors = useMemo(() => collectorsUsed(entries ?? []), [entries]);
  const days = useMemo(() => [...new Set(ordered.map((e) => e.at.slice(0, 10)))], [ordered]);
  const dayFormat = useMemo(() => new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'full', timeZone: 'UTC' }), [locale]);
  const dayName = (date: string) => dayFormat.format(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));

  // The form: validateEvent says what is missing; shown after a save attempt (GOV.UK), at the fields and on top.
  const check = validateEvent(rawEvent(draft), 0);
  const problems = check.ok ? [] : check.issues.map((i) => i.field?.split('.')[2] ?? '');
  const errorFor = (field: 'at' | 'collector' | 'answered') => (submitted && problems.includes(field) ? t(`collection.log.error.${field}`) : undefined);
  const summary = (['at', 'collector', 'answered'] as const).filter((f) => problems.includes(f)).map((f) => ({ fieldId: INPUT_IDS[f], message: t(`collection.log.error.${f}`) }));
  const errorPrefix = t('calc.common.errorPrefix');
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  const quick = (channel: 'call' | 'sms') => {
    setEditing(undefined);
    setSubmitted(false);
    // The collector is left to the reader (one tap on a name used before): a guess would skew the per-collector counts.
    setDraft({ ...EMPTY_DRAFT, at: localNow(), channel });
    setSaved('');
    // The time and channel are set: the reader goes on with who it was.
    requestAnimationFrame(() => collectorRef.current?.focus());
  };

  const save = async () => {
    setSubmitted(true);
    setSubmitCount((n) => n + 1);
    if (!check.ok || entries === undefined) return;
    const now = new Date().toISOString();
    const entry: LogEntry = {
      ...check.value,
      content: [...check.value.content],
      id: editing?.id ?? newId(),
      shown: draft.shown.trim(),
      note: draft.note.trim(),
      createdAt: editing?.createdAt ?? now,
      updatedAt: now,
    };
    try {
      await putEntries([entry]);
    } catch {
      setStatus({ kind: 'error', text: t('collection.log.storeFailed') });
      return;
    }
    setEntries((list) => [...(list ?? []).filter((e) => e.id !== entry.id), entry]);
    setSaved(t(editing ? 'collection.log.savedChange' : 'collection.log.saved', { time: shownTime(entry.at), channel: t(`collection.channel.${entry.channel}`), collector: entry.collector }));
    setEditing(undefined);
    setSubmitted(false);
    setDraft(EMPTY_DRAFT);
    if (persistence === undefined) void askPersistence().then(setPersistence);
  };

  const edit = (e: LogEntry) => {
    setEditing(e);
    setDraft(draftOf(e));
    setSubmitted(false);
    setSaved('');
    requestAnimationFrame(() => {
      formTitleRef.current?.scrollIntoView({ block: 'start' });
      document.getElementById(INPUT_IDS.at)?.focus();
    });
  };

  const remove = async (id: string) => {
    try {
      await deleteEntry(id);
    } catch {
      setStatus({ kind: 'error', text: t('collection.log.storeFailed') });
      return;
    }
    setConfirmOne(undefined);
    if (editing?.id === id) {
      setEditing(undefined);
      setDraft(EMPTY_DRAFT);
    }
    setEntries((list) => (list ?? []).filter((e) => e.id !== id));
    setStatus({ kind: 'ok', text: t('collection.log.deleted') });
  };

  const today = localNow().slice(0, 10);
  const exportJson = () => {
    downloadText(`mingzhang-collection-log-${today}.json`, exportLog(entries ?? [], new Date().toISOString()), 'application/json;charset=utf-8');
    setStatus({ kind: 'ok', text: t('collection.log.exportedJson', { count: (entries ?? []).length }) });
  };
  const exportCsv = () => {
    downloadText(`mingzhang-collection-log-${today}.csv`, toCsv(csvRows(t, [...ordered].reverse(), flagsById)));
    setStatus({ kind: 'ok', text: t('collection.log.exportedCsv', { count: ordered.length }) });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file || entries === undefined) return;
    const refuse = (details: string[]) => setStatus({ kind: 'error', text: t('collection.log.importRefused', { file: file.name }), details });
    if (file.size > MAX_IMPORT_BYTES) return refuse([t('issue.collection.file.tooLarge', { maxMb: String(MAX_IMPORT_BYTES / 1024 / 1024) })]);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse([t('issue.collection.file.notJson')]);
    }
    const parsed = parseLogFile(text, file.size);
    if (!parsed.ok) {
      const words = parsed.issues.map((i) => t(`issue.${i.code}`, i.params));
      return refuse(words.length > 5 ? [...words.slice(0, 5), t('collection.log.moreProblems', { count: words.length - 5 })] : words);
    }
    const merged = mergeEntries(entries, parsed.value);
    const changed = merged.entries.filter((e) => !entries.includes(e));
    try {
      await putEntries(changed);
    } catch {
      setStatus({ kind: 'error', text: t('collection.log.storeFailed') });
      return;
    }
    setEntries(merged.entries);
    setStatus({ kind: 'ok', text: t('collection.log.imported', { added: merged.added, updated: merged.updated, unchanged: merged.unchanged }) });
    if (persistence === undefined) void askPersistence().then(setPersistence);
  };

  const eraseAll = async () => {
    try {
      await deleteAll();
    } catch {
      setStatus({ kind: 'error', text: t('collection.log.storeFailed') });
      return;
    }
    setConfirmAll(false);
    setEntries([]);
    setEditing(undefined);
    setDraft(EMPTY_DRAFT);
    setStatus({ kind: 'ok', text: t('collection.log.erased') });
  };
  useEffect(() => {
    if (confirmAll) confirmRef.current?.focus();
  }, [confirmAll]);

  const shownDay = view === 'day' ? (days.includes(day) ? day : days[0] ?? '') : '';
  const visible = view === 'day' ? ordered.filter((e) => e.at.startsWith(shownDay)) : ordered;
  const groups = days.filter((d) => view === 'list' || d === shownDay).map((d) => ({ day: d, items: visible.filter((e) => e.at.startsWith(d)) }));
  const count = (entries ?? []).length;
  const period = days.length > 0 ? { from: days[days.length - 1] as string, through: days[0] as string } : undefined;

  return (
    <div class="mz-calc mz-log" data-log-state={entries === undefined ? 'loading' : 'ready'}>
      <div class="mz-log-warning mz-no-print" role="note">
        <p>
          <strong>{t('collection.log.sharedPhoneTitle')}</strong> {t('collection.log.sharedPhone')}
        </p>
        <p data-persistence={persistence ?? (storeBroken ? 'broken' : 'unknown')}>
          {storeBroken ? t('collection.log.storeBroken') : persistence ? t(`collection.log.persist.${persistence}`) : t('collection.log.persist.unknown')}
        </p>
      </div>

      <section class="mz-log-add mz-no-print" aria-labelledby="log-form-title">
        <h2 id="log-form-title" ref={formTitleRef} tabIndex={-1}>
          {editing ? t('collection.log.editTitle', { time: shownTime(editing.at) }) : t('collection.log.addTitle')}
        </h2>
        <div class="mz-log-quick">
          <button type="button" class="mz-button" data-quick="call" onClick={() => quick('call')}>
            {t('collection.log.quickCall')}
          </button>
          <button type="button" class="mz-button" data-quick="sms" onClick={() => quick('sms')}>
            {t('collection.log.quickSms')}
          </button>
        </div>
        <p class="mz-field__hint">{t('collection.log.quickHint')}</p>
        <CalculatorForm t={t} onSubmit={() => void save()} summary={summary} submitted={submitted} submitCount={submitCount}>
          <FieldShell id={INPUT_IDS.at} label={t('collection.log.at.label')} hint={t('collection.log.at.hint')} error={errorFor('at')} errorPrefix={errorPrefix}>
            {(a) => <input {...a} type="datetime-local" class="mz-input mz-input--medium" value={draft.at} onInput={(e) => set({ at: (e.currentTarget as HTMLInputElement).value })} />}
          </FieldShell>
          <Choice
            name={INPUT_IDS.channel}
            legend={t('collection.log.channel.label')}
            value={draft.channel}
            inline
            options={CHANNELS.map((c) => ({ value: c, label: t(`collection.channel.${c}`) }))}
            onChange={(c) => set({ channel: c, ...(c === 'call' ? {} : { answered: '' }) })}
          />
          <FieldShell id={INPUT_IDS.collector} label={t('collection.log.collector.label')} hint={t('collection.log.collector.hint')} error={errorFor('collector')} errorPrefix={errorPrefix}>
            {(a) => (
              <input
                {...a}
                ref={collectorRef}
                type="text"
                class="mz-input mz-input--long"
                list={collectors.length > 0 ? 'log-collectors' : undefined}
                autoComplete="off"
                value={draft.collector}
                onInput={(e) => set({ collector: (e.currentTarget as HTMLInputElement).value })}
              />
            )}
          </FieldShell>
          {collectors.length > 0 && (
            <>
              <datalist id="log-collectors">
                {collectors.map((c) => (
                  <option key={c} value={c} />
                ))}
              </datalist>
              <div class="mz-log-chips" role="group" aria-label={t('collection.log.collector.used')}>
                {collectors.slice(0, 6).map((c) => (
                  <button type="button" key={c} class="mz-log-chip" aria-pressed={draft.collector.trim() === c ? 'true' : 'false'} onClick={() => set({ collector: c })}>
                    {c}
                  </button>
                ))}
              </div>
            </>
          )}
          {draft.channel === 'call' && (
            <Choice
              name={INPUT_IDS.answered}
              legend={t('collection.log.answered.label')}
              value={draft.answered}
              inline
              options={[
                { value: 'yes', label: t('collection.log.answered.yes') },
                { value: 'no', label: t('collection.log.answered.no') },
              ]}
              error={errorFor('answered')}
              errorPrefix={errorPrefix}
              onChange={(v) => set({ answered: v })}
            />
          )}
          <Choice
            name={INPUT_IDS.contacted}
            legend={t('collection.log.contacted.label')}
            value={draft.contacted}
            options={CONTACTED.map((c) => ({ value: c, label: t(`collection.contacted.${c}`) }))}
            onChange={(c) => set({ contacted: c })}
          />
          <fieldset class="mz-fieldset" aria-describedby="log-content-hint">
            <legend class="mz-field__label">{t('collection.log.content.label')}</legend>
            <p id="log-content-hint" class="mz-field__hint">
              {t('collection.log.content.hint')}
            </p>
            <div class="mz-radios">
              {CONTENT_CATEGORIES.map((c) => (
                <div class="mz-checkbox" key={c}>
                  <input
                    type="checkbox"
                    id={`log-content-${c}`}
                    checked={draft.content.includes(c)}
                    onChange={(e) => {
                      const on = (e.currentTarget as HTMLInputElement).checked;
                      setDraft((d) => ({ ...d, content: on ? [...d.content.filter((x) => x !== c), c] : d.content.filter((x) => x !== c) }));
                    }}
                  />
                  <label for={`log-content-${c}`}>{t(`collection.content.${c}`)}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <FieldShell id="log-shown" label={t('collection.log.shown.label')} hint={t('collection.log.shown.hint')} errorPrefix={errorPrefix}>
            {(a) => <input {...a} type="text" class="mz-input mz-input--medium" autoComplete="off" value={draft.shown} onInput={(e) => set({ shown: (e.currentTarget as HTMLInputElement).value })} />}
          </FieldShell>
          <FieldShell id="log-note" label={t('collection.log.note.label')} hint={t('collection.log.note.hint')} errorPrefix={errorPrefix}>
            {(a) => <textarea {...a} class="mz-textarea" rows={3} maxLength={2000} value={draft.note} onInput={(e) => set({ note: (e.currentTarget as HTMLTextAreaElement).value })} />}
          </FieldShell>
          <div class="mz-actions">
            <button type="submit" class="mz-button" disabled={entries === undefined}>
              {editing ? t('collection.log.saveChange') : t('collection.log.save')}
            </button>
            {editing && (
              <button
                type="button"
                class="mz-button mz-button--secondary"
                onClick={() => {
                  setEditing(undefined);
                  setDraft(EMPTY_DRAFT);
                  setSubmitted(false);
                }}
              >
                {t('collection.log.cancelEdit')}
              </button>
            )}
          </div>
        </CalculatorForm>
        <p role="status" class="mz-status mz-log-saved" data-log-saved>
          {saved}
        </p>
      </section>

      <section class="mz-log-entries mz-no-print" aria-labelledby="log-list-title">
        <h2 id="log-list-title">{t('collection.log.listTitle', { count })}</h2>
        {entries === undefined ? (
          <p class="mz-results__empty">{t('collection.log.loading')}</p>
        ) : count === 0 ? (
          <p class="mz-results__empty" data-log-empty>
            {t('collection.log.empty')}
          </p>
        ) : (
          <>
            <Choice
              name="log-view"
              legend={t('collection.log.view.label')}
              value={view}
              inline
              options={[
                { value: 'list', label: t('collection.log.view.list') },
                { value: 'day', label: t('collection.log.view.day') },
              ]}
              onChange={setView}
            />
            {view === 'day' && (
              <div class="mz-field">
                <label class="mz-field__label" for="log-day">
                  {t('collection.log.view.pickDay')}
                </label>
                <select id="log-day" class="mz-select" value={shownDay} onChange={(e) => setDay((e.currentTarget as HTMLSelectElement).value)}>
                  {days.map((d) => (
                    <option key={d} value={d}>
                      {dayName(d)}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {groups.map(({ day: d, items }) => (
              <section key={d} class="mz-log-day" aria-labelledby={`log-day-${d}`} data-day={d}>
                <h3 id={`log-day-${d}`}>
                  {dayName(d)}
                  <span class="mz-log-day__count">
                    {t('collection.log.dayCount', { count: items.length, flagged: items.filter((e) => (flagsById.get(e.id) ?? []).length > 0).length })}
                  </span>
                </h3>
                <ul class="mz-log-list">
                  {items.map((e) => (
                    <EntryItem
                      key={e.id}
                      t={t}
                      entry={e}
                      flags={flagsById.get(e.id) ?? []}
                      confirming={confirmOne === e.id}
                      onEdit={() => edit(e)}
                      onAskDelete={() => setConfirmOne(e.id)}
                      onDelete={() => void remove(e.id)}
                      onCancelDelete={() => setConfirmOne(undefined)}
                    />
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </section>

      <section class="mz-log-data mz-no-print" aria-labelledby="log-data-title">
        <h2 id="log-data-title">{t('collection.log.dataTitle')}</h2>
        <p>{t('collection.log.dataIntro')}</p>
        <div class="mz-actions">
          <button type="button" class="mz-button mz-button--secondary" data-export="json" disabled={count === 0} onClick={exportJson}>
            {t('collection.log.exportJson')}
          </button>
          <button type="button" class="mz-button mz-button--secondary" data-export="csv" disabled={count === 0} onClick={exportCsv}>
            {t('collection.log.exportCsv')}
          </button>
        </div>
        <div class="mz-field">
          <label class="mz-field__label" for="log-import">
            {t('collection.log.import.label')}
          </label>
          <p id="log-import-hint" class="mz-field__hint">
            {t('collection.log.import.hint')}
          </p>
          <input
            id="log-import"
            type="file"
            class="mz-log-file"
            accept=".json,application/json"
            aria-describedby="log-import-hint"
            disabled={entries === undefined}
            onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)}
          />
        </div>
        <div class={`mz-log-status${status?.kind === 'error' ? ' mz-log-status--error' : ''}`} role={status?.kind === 'error' ? 'alert' : 'status'} data-log-status={status?.kind ?? ''}>
          {status && (
            <>
              <p>{status.text}</p>
              {status.details && (
                <ul>
                  {status.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
        <div class="mz-log-erase">
          {!confirmAll ? (
            <button type="button" class="mz-button mz-button--danger" disabled={count === 0} onClick={() => setConfirmAll(true)}>
              {t('collection.log.eraseAll')}
            </button>
          ) : (
            <div class="mz-log-confirm" ref={confirmRef} tabIndex={-1} role="group" aria-labelledby="log-erase-question">
              <p id="log-erase-question">
                {period ? t('collection.log.eraseQuestion', { count, from: dayName(period.from), through: dayName(period.through) }) : t('collection.log.eraseQuestionEmpty')}
              </p>
              <div class="mz-actions">
                <button type="button" class="mz-button mz-button--danger" data-confirm-erase onClick={() => void eraseAll()}>
                  {t('collection.log.eraseConfirm', { count })}
                </button>
                <button type="button" class="mz-button mz-button--secondary" onClick={() => setConfirmAll(false)}>
                  {t('collection.log.cancel')}
                </button>
              </div>
            </div>
          )}
        </div>
      </section>

      {report && entries !== undefined ? <report.LogReport t={t} locale={locale} entries={entries} dayName={dayName} /> : null}
    </div>
  );
}

function EntryItem({
  t,
  entry: e,
  flags,
  confirming,
  onEdit,
  onAskDelete,
  onDelete,
  onCancelDelete,
}: {
  t: Translate;
  entry: LogEntry;
  flags: readonly RuleCode[];
  confirming: boolean;
  onEdit: () => void;
  onAskDelete: () => void;
  onDelete: () => void;
  onCancelDelete: () => void;
}) {
  // Who was contacted is said when it was not the reader (the usual case goes without saying).
  const facts: Array<[string, string]> = e.contacted === 'self' ? [] : [[t('collection.log.contacted.short'), t(`collection.contacted.${e.contacted}`)]];
  if (e.content.length > 0) facts.push([t('collection.log.content.short'), e.content.map((c) => t(`collection.content.${c}`)).join(t('collection.log.listSep'))]);
  if (e.shown) facts.push([t('collection.log.shown.short'), e.shown]);
  if (e.note) facts.push([t('collection.log.note.short'), e.note]);
  return (
    <li class={`mz-log-entry${flags.length > 0 ? ' mz-log-entry--flagged' : ''}`} data-entry-id={e.id} data-flags={flags.join(' ')}>
      <p class="mz-log-entry__head">
        <span class="mz-log-entry__time">{e.at.slice(11)}</span> <span>{t(`collection.channel.${e.channel}`)}</span>
        {e.answered !== undefined && <span class="mz-log-entry__answered"> · {t(e.answered ? 'collection.log.answered.yes' : 'collection.log.answered.no')}</span>}
        {' · '}
        <span class="mz-log-entry__collector">{e.collector}</span>
      </p>
      <dl class="mz-log-entry__facts">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <FlagList t={t} codes={flags} />
      {confirming ? (
        <div class="mz-log-confirm" role="group" aria-label={t('collection.log.deleteQuestion')}>
          <p>{t('collection.log.deleteQuestion')}</p>
          <div class="mz-actions">
            <button type="button" class="mz-button mz-button--danger" data-confirm-delete onClick={onDelete}>
              {t('collection.log.deleteConfirm')}
            </button>
            <button type="button" class="mz-button mz-button--secondary" onClick={onCancelDelete}>
              {t('collection.log.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div class="mz-log-entry__actions">
          <button type="button" class="mz-button mz-button--link" data-edit onClick={onEdit}>
            {t('collection.log.edit')}
            <span class="mz-visually-hidden"> {t('collection.log.entryName', { time: shownTime(e.at), collector: e.collector })}</span>
          </button>
          <button type="button" class="mz-button mz-button--link" data-delete onClick={onAskDelete}>
            {t('collection.log.delete')}
            <span class="mz-visually-hidden"> {t('collection.log.entryName', { time: shownTime(e.at), collector: e.collector })}</span>
          </button>
        </div>
      )}
    </li>
  );
}

/** The log for a spreadsheet, oldest first, in the reader's language; the last column names the rules in words. */
function csvRows(t: Translate, entries: readonly LogEntry[], flags: ReadonlyMap<string, readonly RuleCode[]>): string[][] {
  const header = ['at', 'channel', 'collector', 'answered', 'contacted', 'content', 'shown', 'note', 'flags'].map((k) => t(`collection.log.csv.${k}`));
  return [
    header,
    ...entries.map((e) => [
      shownTime(e.at),
      t(`collection.channel.${e.channel}`),
      e.collector,
      e.answered === undefined ? '' : t(e.answered ? 'collection.log.answered.yes' : 'collection.log.answered.no'),
      t(`collection.contacted.${e.contacted}`),
      e.content.map((c) => t(`collection.content.${c}`)).join('; '),
      e.shown,
      e.note,
      (flags.get(e.id) ?? []).map((c) => t(`collection.rule.${c}.name`)).join('; '),
    ]),
  ];
}
