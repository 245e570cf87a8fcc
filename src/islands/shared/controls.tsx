import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { CURRENCIES } from '../../i18n/currencies';
import type { Translate } from '../../i18n/translate';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { SelectField } from './Field';
import { useErrorTitle } from './useErrorTitle';
import { storageWorks } from './storage-probe';

/**
 * A headline figure. `data-result`/`data-value` carry the plain decimal (percent for rates) so tests,
 * and embedding pages, read the exact figure; the visible text is localized.
 */
export function ResultFigure({ name, label, value, display, emphasis = false }: { name: string; label: string; value: string; display: string; emphasis?: boolean }) {
  return (
    <div class={`mz-result${emphasis ? ' mz-result--main' : ''}`} data-result={name} data-value={value}>
      <dt>{label}</dt>
      <dd>{display}</dd>
    </div>
  );
}

/**
 * Copies `text()` (built at the click) to the clipboard and says so. Where the clipboard is refused (a frame on
 * a host page that does not allow it, some in-app browsers), it shows the text in a selected read-only field
 * instead, to copy by hand: no dialog (a sandboxed frame may not open one).
 */
export function CopyButton({ label, done, manual, text }: { label: string; done: string; manual: string; text: () => string }) {
  const [status, setStatus] = useState('');
  const [byHand, setByHand] = useState<string | undefined>(undefined);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const fieldId = `copy-${useId()}`;
  useEffect(() => {
    if (byHand === undefined) return;
    field.current?.focus();
    field.current?.select();
  }, [byHand]);
  const copy = async () => {
    const value = text();
    try {
      await navigator.clipboard.writeText(value);
      setByHand(undefined);
      setStatus(done);
    } catch {
      setStatus('');
      setByHand(value);
    }
  };
  const Tag = byHand?.includes('\n') ? 'textarea' : 'input';
  return (
    <span class="mz-copy-link">
      <button type="button" class="mz-button mz-button--secondary" onClick={copy}>
        {label}
      </button>
      <span role="status" class="mz-status">
        {status}
      </span>
      {byHand !== undefined && (
        <span class="mz-copy-link__manual">
          <label class="mz-field__label" for={fieldId}>
            {manual}
          </label>
          <Tag ref={field} id={fieldId} class={Tag === 'input' ? 'mz-input' : 'mz-textarea'} readOnly value={byHand} onFocus={(e) => e.currentTarget.select()} />
        </span>
      )}
    </span>
  );
}

/** Copies a link with the inputs (in its #fragment: never sent to a server). Until the click no input is in any address. */
export function CopyLink({ t, url }: { t: Translate; url: () => string }) {
  return <CopyButton label={t('calc.common.copyLink')} done={t('calc.common.linkCopied')} manual={t('calc.common.copyLinkManual')} text={url} />;
}

/** What the reader entered, as label → value rows, for paper: the form itself is hidden in print. */
export function PrintedInputs({ t, rows }: { t: Translate; rows: ReadonlyArray<readonly [string, string]> }) {
  return (
    <section class="mz-print-inputs" aria-label={t('calc.common.yourInputs')}>
      <h2>{t('calc.common.yourInputs')}</h2>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v || '—'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * Opt-in saving of the inputs on this device, with a clear way to forget them. Where the browser refuses
 * storage (often inside another site's frame), it says so instead of offering a box that would save nothing.
 */
export function RememberControls({ t, remember, setRemember, forget }: { t: Translate; remember: boolean; setRemember: (on: boolean) => void; forget: () => void }) {
  const [canSave, setCanSave] = useState(true);
  useEffect(() => setCanSave(storageWorks()), []);
  if (!canSave) {
    return (
      <p class="mz-remember mz-muted mz-no-print" data-storage="blocked">
        {t('calc.common.rememberBlocked')}
      </p>
    );
  }
  return (
    <div class="mz-remember mz-no-print">
      <div class="mz-checkbox">
        <input id="remember-inputs" type="checkbox" checked={remember} onChange={(e) => setRemember((e.currentTarget as HTMLInputElement).checked)} />
        <label for="remember-inputs">{t('calc.common.remember')}</label>
      </div>
      <button type="button" class="mz-button mz-button--link" onClick={forget}>
        {t('calc.common.forget')}
      </button>
    </div>
  );
}

export function DownloadButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" class="mz-button mz-button--secondary mz-no-print" onClick={onClick}>
      {label}
    </button>
  );
}

/** The currency figures are shown in (formatting only: no conversion). */
export function CurrencySelect({ t, value, error, onChange }: { t: Translate; value: string; error?: string | undefined; onChange: (currency: string) => void }) {
  return (
    <SelectField
      id="currency"
      label={t('calc.common.currency')}
      error={error}
      errorPrefix={t('calc.common.errorPrefix')}
      value={value}
      options={CURRENCIES.map((c) => ({ value: c, label: c }))}
      onChange={onChange}
    />
  );
}

/** Submit (results also follow typing; the button is there for those who expect one) and the share link. */
export function FormActions({ t, shareUrl }: { t: Translate; shareUrl: () => string }) {
  return (
    <div class="mz-actions">
      <button type="submit" class="mz-button">
        {t('calc.common.calculate')}
      </button>
      <CopyLink t={t} url={shareUrl} />
    </div>
  );
}

interface FormProps {
  t: Translate;
  onSubmit: () => void;
  /** What the error summary lists; shown (with the page title's error prefix) only after a submit. */
  summary: SummaryItem[];
  submitted: boolean;
  submitCount: number;
  /** A note above the fields, e.g. that saved inputs could not be read and were deleted. */
  note?: string | undefined;
  children: ComponentChildren;
}

/**
 * A tool's form, with the error summary at its top (GOV.UK), the one place it is drawn. `method="dialog"`:
 * outside a dialog a submit goes nowhere, so even before hydration no input is ever sent in a request or
 * put in the address (a GET form would do both); once the island runs, submitting recalculates in place.
 */
export function CalculatorForm({ t, onSubmit, summary, submitted, submitCount, note, children }: FormProps) {
  const shown = submitted ? summary : [];
  useErrorTitle(t('calc.common.titleErrorPrefix'), shown.length > 0);
  return (
    <form
      class="mz-form"
      method="dialog"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <ErrorSummary title={t('calc.common.errorSummaryTitle')} items={shown} focusKey={submitCount} />
      {note && (
        <p class="mz-notice" role="status">
          {note}
        </p>
      )}
      {children}
    </form>
  );
}
