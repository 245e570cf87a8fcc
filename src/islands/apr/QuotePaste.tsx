import { useState } from 'preact/hooks';
import { useLazyModule } from '../shared/useLazyModule';
import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/translate';
import type { QuoteField, QuoteReading } from '../../lib/parse';
import type { AprField } from './apr-fields';

interface Props {
  t: Translate;
  locale: Locale;
  /** Words for an issue code (issues.ts issueMessage). */
  message: (issue: { code: string; params?: Record<string, string> }) => string;
  label: (field: AprField) => string;
  /** Fills the form with what the reader confirmed. */
  apply: (fields: Partial<Record<AprField, string>>) => void;
}

/**
 * 粘贴借款条件: the reader pastes the text of a loan page, an SMS or a contract clause; we list what we
 * recognised (each with the words it came from), what we could not read and where the text contradicts
 * itself, and fill the form only when the reader says so. Nothing is computed from a guess.
 */
export function QuotePaste({ t, message, label, apply }: Props) {
  const [text, setText] = useState('');
  // The reader (a large module) arrives once there is text to read, not with the page.
  const reader = useLazyModule(() => import('../../lib/parse/quote'), text.trim() !== '');
  const read = reader?.readQuote;
  const [reading, setReading] = useState<QuoteReading | undefined>(undefined);
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const found = reading ? (Object.values(reading.fields) as NonNullable<QuoteReading['fields'][QuoteField]>[]) : [];
  const onRead = () => {
    if (!read) return;
    const out = read(text);
    setStatus('');
    if (!out.ok) {
      setReading(undefined);
      setProblem(message(out.issues[0] ?? { code: 'quote.required' }));
      return;
    }
    setProblem(Object.keys(out.value.fields).length === 0 ? t('calc.apr.paste.nothing') : '');
    setReading(out.value);
  };
  return (
    <details class="mz-paste" open={text !== '' || undefined}>
      <summary>{t('calc.apr.paste.summary')}</summary>
      <div class="mz-field">
        <label class="mz-field__label" for="quote-paste">
          {t('calc.apr.paste.label')}
        </label>
        <p id="quote-paste-hint" class="mz-field__hint">
          {t('calc.apr.paste.hint')}
        </p>
        <textarea id="quote-paste" class="mz-textarea" aria-describedby="quote-paste-hint" value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
        <div class="mz-actions">
          <button type="button" class="mz-button mz-button--secondary" onClick={onRead} disabled={!read}>
            {t('calc.apr.paste.read')}
          </button>
        </div>
      </div>
      <div role="status" class="mz-paste__result">
        {problem && <p>{problem}</p>}
        {found.length > 0 && (
          <>
            <p>{t('calc.apr.paste.found')}</p>
            <dl class="mz-paste__found">
              {found.map((f) => (
                <div key={f.field} data-quote-field={f.field}>
                  <dt>{label(f.field)}</dt>
                  <dd>
                    <strong>{f.field === 'termUnit' ? t(`calc.apr.termUnit.${f.value}`) : f.value}</strong>
                    {' · '}
                    {t('calc.apr.paste.from', { words: f.source.text })}
                    {f.approximate && <> · {t('calc.apr.paste.approximate')}</>}
                  </dd>
                </div>
              ))}
            </dl>
          </>
        )}
        {reading && reading.conflicts.length > 0 && (
          <>
            <p>{t('calc.apr.paste.conflicts')}</p>
            <ul>
              {reading.conflicts.map((c) => (
                <li key={c.field} data-quote-conflict={c.field}>
                  {label(c.field)}: {c.candidates.map((x) => `${x.value} (${x.source.text})`).join(' / ')}
                </li>
              ))}
            </ul>
          </>
        )}
        {reading && reading.unread.length > 0 && (
          <>
            <p>{t('calc.apr.paste.unread')}</p>
            <ul>
              {reading.unread.map((u) => (
                <li key={u.source.start} data-quote-unread={u.issue.code}>
                  “{u.source.text}”: {message(u.issue)}
                </li>
              ))}
            </ul>
          </>
        )}
        {status && <p>{status}</p>}
      </div>
      {found.length > 0 && (
        <div class="mz-actions">
          <button
            type="button"
            class="mz-button"
            onClick={() => {
              apply(Object.fromEntries(found.map((f) => [f.field, f.value])) as Partial<Record<AprField, string>>);
              setStatus(t('calc.apr.paste.applied', { n: found.length }));
            }}
          >
            {t('calc.apr.paste.apply')}
          </button>
        </div>
      )}
    </details>
  );
}
