import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { CURRENCIES } from '../../i18n/currencies';
import type { Translate } from '../../i18n/translate';

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

/** The address to share: inside an embed, the same inputs on our own calculator page rather than the bare frame. */
const shareableUrl = () => window.location.href.replace(/\/embed\/([^/]+)\/([^/]+)\//, '/$1/tools/$2/');

/** Copies the current address (which holds every input) to the clipboard, and says so. */
export function CopyLink({ t }: { t: Translate }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareableUrl());
      setStatus(t('calc.common.linkCopied'));
    } catch {
      // No clipboard permission (some in-app browsers): show the link so it can be copied by hand.
      window.prompt(t('calc.common.copyLinkManual'), shareableUrl());
    }
  };
  return (
    <span class="mz-copy-link">
      <button type="button" class="mz-button mz-button--secondary" onClick={copy}>
        {t('calc.common.copyLink')}
      </button>
      <span role="status" class="mz-status">
        {status}
      </span>
    </span>
  );
}

/** Opt-in saving of the inputs on this device, with a clear way to forget them. */
export function RememberControls({ t, remember, setRemember, forget }: { t: Translate; remember: boolean; setRemember: (on: boolean) => void; forget: () => void }) {
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
export function CurrencySelect({ t, value, onChange }: { t: Translate; value: string; onChange: (currency: string) => void }) {
  return (
    <div class="mz-field">
      <label class="mz-field__label" for="currency">
        {t('calc.common.currency')}
      </label>
      <select id="currency" name="currency" class="mz-select" value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {CURRENCIES.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Submit (results also follow typing; the button is there for those who expect one) and the share link. */
export function FormActions({ t }: { t: Translate }) {
  return (
    <div class="mz-actions">
      <button type="submit" class="mz-button">
        {t('calc.common.calculate')}
      </button>
      <CopyLink t={t} />
    </div>
  );
}

/**
 * The calculator's form: a real GET form whose input names are the URL parameters, so it works as a
 * link even before hydration; once the island runs, submitting recalculates in place.
 */
export function CalculatorForm({ onSubmit, children }: { onSubmit: () => void; children: ComponentChildren }) {
  return (
    <form
      class="mz-form"
      method="get"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
