import './widget-builder.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createTranslator, type Messages } from '../../i18n/translate';
import { THEMES, isAccent, type Theme } from '../../embed/options';
import { iframeSnippet, inputsFromSharedLink, scriptSnippet, type WidgetChoice } from '../../embed/snippet';
import { CopyButton } from '../shared/controls';
import { Choice, Field, SelectField } from '../shared/Field';

/**
 * The widgets page's builder: an NGO picks the tool, its language, colours and start values, sees the real
 * embed (made by the loader from the very snippet shown), and copies the snippet or the plain-iframe fallback.
 * Not a registry tool: it has no engine, no embed of its own and nothing a borrower types.
 */
interface Props {
  messages: Messages;
  /** Every embeddable tool and the parameter names of its share links (none for the log and the letters). */
  tools: ReadonlyArray<{ id: string; name: string; inputKeys: readonly string[] }>;
  locales: ReadonlyArray<{ id: string; name: string; lang: string }>;
  /** Per widget locale and tool: the frame's title and the <noscript> link's words, in the widget's language. */
  frameTitles: Readonly<Record<string, Readonly<Record<string, string>>>>;
  noscriptTexts: Readonly<Record<string, Readonly<Record<string, string>>>>;
  defaultLocale: string;
  /** The site's address at build time (SITE_URL); replaced by the page's own origin once the island runs. */
  siteOrigin: string;
}

export default function WidgetBuilder({ messages, tools, locales, frameTitles, noscriptTexts, defaultLocale, siteOrigin }: Props) {
  const t = useMemo(() => createTranslator(messages), [messages]);
  // The page's own origin once running; until then (the server's HTML) the build's SITE_URL.
  const [pageOrigin, setPageOrigin] = useState<string | undefined>(undefined);
  useEffect(() => setPageOrigin(window.location.origin), []);
  const origin = pageOrigin ?? siteOrigin;
  const [toolId, setToolId] = useState(tools[0]?.id ?? 'apr');
  const [locale, setLocale] = useState(defaultLocale);
  const [theme, setTheme] = useState<Theme>('auto');
  const [accent, setAccent] = useState('');
  const [link, setLink] = useState('');
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const touch = (id: string, text: string) => text.trim() !== '' && setTouched((s) => new Set([...s, id]));

  const tool = tools.find((x) => x.id === toolId) ?? tools[0]!;
  const toolName = tool.name;
  const accentValue = accent.trim();
  const accentOk = accentValue === '' || isAccent(accentValue);
  const linked = link.trim() === '' ? {} : inputsFromSharedLink(link, tool.id, tool.inputKeys);
  const choice: WidgetChoice = { tool: tool.id, locale, theme, accent: accentOk ? accentValue : '', inputs: linked ?? {} };
  const script = scriptSnippet(origin, choice, noscriptTexts[locale]?.[tool.id] ?? toolName);
  const iframe = iframeSnippet(origin, choice, frameTitles[locale]?.[tool.id] ?? toolName);
  const errorPrefix = t('calc.common.errorPrefix');

  return (
    <div class="mz-calc mz-builder">
      {/* Not a <form>: every choice applies at once, there is nothing to submit. */}
      <div class="mz-form">
        <SelectField id="builder-tool" label={t('embed.builder.tool')} errorPrefix={errorPrefix} value={tool.id} options={tools.map((x) => ({ value: x.id, label: x.name }))} onChange={(v) => setToolId(v)} />
        <Choice name="builder-locale" legend={t('embed.builder.locale')} value={locale} inline options={locales.map((l) => ({ value: l.id, label: l.name, lang: l.lang }))} onChange={setLocale} />
        <Choice name="builder-theme" legend={t('embed.builder.theme')} value={theme} options={THEMES.map((v) => ({ value: v, label: t(`embed.builder.theme.${v}`) }))} onChange={setTheme} />
        <Field
          id="builder-accent"
          label={t('embed.builder.accent')}
          hint={t('embed.builder.accent.hint')}
          error={!accentOk && touched.has('accent') ? t('embed.builder.accent.invalid') : undefined}
          value={accent}
          onInput={setAccent}
          onBlur={(v) => touch('accent', v)}
          errorPrefix={errorPrefix}
          width="short"
        />
        {tool.inputKeys.length > 0 ? (
          <Field
            id="builder-values"
            label={t('embed.builder.values')}
            hint={t('embed.builder.values.hint', { tool: toolName })}
            error={linked === undefined && touched.has('values') ? t('embed.builder.values.invalid', { tool: toolName }) : undefined}
            value={link}
            onInput={setLink}
            onBlur={(v) => touch('values', v)}
            inputMode="url"
            errorPrefix={errorPrefix}
            width="long"
          />
        ) : (
          <p class="mz-field__hint">{t('embed.builder.values.none', { tool: toolName })}</p>
        )}
        {linked && Object.keys(linked).length > 0 && tool.inputKeys.length > 0 && (
          <div class="mz-builder__values">
            <p>{t('embed.builder.values.list')}</p>
            <dl>
              {Object.entries(linked).map(([k, v]) => (
                <div key={k}>
                  <dt>
                    <code>{k}</code>
                  </dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
          </div>
        )}
      </div>

      <section aria-labelledby="builder-script">
        <h2 id="builder-script">{t('embed.builder.script')}</h2>
        <p class="mz-field__hint">{t('embed.builder.script.hint')}</p>
        <pre class="mz-snippet" tabIndex={0} data-snippet="script">
          <code>{script}</code>
        </pre>
        <CopyButton label={t('embed.builder.copy')} done={t('embed.builder.copied')} manual={t('embed.builder.copyManual')} text={() => script} />
      </section>

      <section aria-labelledby="builder-iframe">
        <h2 id="builder-iframe">{t('embed.builder.iframe')}</h2>
        <p class="mz-field__hint">{t('embed.builder.iframe.hint')}</p>
        <pre class="mz-snippet" tabIndex={0} data-snippet="iframe">
          <code>{iframe}</code>
        </pre>
        <CopyButton label={t('embed.builder.copy')} done={t('embed.builder.copied')} manual={t('embed.builder.copyManual')} text={() => iframe} />
      </section>

      <section aria-labelledby="builder-preview">
        <h2 id="builder-preview">{t('embed.builder.preview')}</h2>
        <p class="mz-field__hint">{t('embed.builder.preview.hint')}</p>
        {/* Only with the page's own origin: the preview must load nothing from anywhere else. */}
        {pageOrigin ? <Preview origin={pageOrigin} choice={choice} /> : <div class="mz-builder__preview" data-preview />}
      </section>
    </div>
  );
}

/**
 * The real embed: a script element for our loader with the chosen options, as the snippet has them, so what
 * the NGO sees is what its readers get. Rebuilt only when a choice changes (the options are attributes set
 * through the DOM, never parsed from text).
 */
function Preview({ origin, choice }: { origin: string; choice: WidgetChoice }) {
  const box = useRef<HTMLDivElement>(null);
  const key = JSON.stringify([origin, choice]);
  // Started once the preview comes near the screen: a same-origin frame runs a whole tool on this page's main
  // thread, which at load blocked the builder itself (Lighthouse TBT 343 ms on a phone).
  const [near, setNear] = useState(false);
  useEffect(() => {
    const host = box.current;
    if (!host || near) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '200px' });
    observer.observe(host);
    return () => observer.disconnect();
  }, [near]);
  useEffect(() => {
    const host = box.current;
    if (!host || !near) return;
    host.replaceChildren();
    const script = document.createElement('script');
    script.src = `${origin}/embed.js`;
    script.dataset['calculator'] = choice.tool;
    script.dataset['locale'] = choice.locale;
    if (choice.theme !== 'auto') script.dataset['theme'] = choice.theme;
    if (choice.accent) script.dataset['accent'] = choice.accent;
    for (const [k, v] of Object.entries(choice.inputs)) script.dataset[k] = v;
    host.appendChild(script);
  }, [key, near]);
  return <div class="mz-builder__preview" ref={box} data-preview />;
}
