import type { APIRoute } from 'astro';
import { LOCALES } from '../i18n/locales';
import { useTranslations } from '../i18n/messages';
import { EMBEDDABLE_TOOL_IDS } from '../tools';
import { ACCENT_PATTERN, FRAME_PARAMS, HEIGHT_MESSAGE, LOADER_OPTIONS, SANDBOX, THEMES } from '../embed/options';

/**
 * The embed snippet NGOs paste (the widgets page builds it):
 *   <script src="https://SITE/embed.js" data-calculator="schedule" data-locale="en" data-theme="dark"
 *     data-accent="#0a7d4f" data-amount="100000" data-target="loan-tool" async></script>
 * It puts our tool in a sandboxed iframe (in the element `data-target` names, else right after itself) and
 * sizes the frame to the height the frame reports. Every option is checked against a list or a pattern and
 * travels to the frame in its #fragment (never sent to a server); nothing from the host page is ever written
 * as HTML or CSS. Height messages count only from our origin and from this script's own frame.
 * Built from the registry and the dictionaries, so the frame titles screen readers announce are the site's words.
 */
export const GET: APIRoute = () => {
  const titles = Object.fromEntries(
    LOCALES.map((locale) => {
      const t = useTranslations(locale);
      return [locale, Object.fromEntries(EMBEDDABLE_TOOL_IDS.map((tool) => [tool, t('embed.frameTitle', { tool: t(`tools.${tool}.name`) })]))];
    }),
  );
  const script = `/* 明账 Mingzhang embed. Nothing the reader types leaves their device. */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var titles = ${JSON.stringify(titles)};
  var own = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };
  var data = script.dataset;
  var origin = new URL(script.src).origin;
  var locale = data.locale || 'zh-hans';
  var tool = data.calculator || 'apr';
  if (!own(titles, locale) || !own(titles[locale], tool)) return;
  var options = ${JSON.stringify(LOADER_OPTIONS)};
  var names = ${JSON.stringify(FRAME_PARAMS)};
  var id = 'f' + Math.random().toString(36).slice(2, 12);
  var params = new URLSearchParams();
  if (${JSON.stringify(THEMES)}.indexOf(data.theme) > 0) params.set(names.theme, data.theme);
  if (${ACCENT_PATTERN}.test(data.accent || '')) params.set(names.accent, data.accent);
  params.set(names.frame, id);
  for (var key in data) if (own(data, key) && options.indexOf(key) < 0 && data[key] !== '') params.set(key, data[key]);
  var frame = document.createElement('iframe');
  frame.src = origin + '/embed/' + locale + '/' + tool + '/#' + params;
  frame.title = titles[locale][tool];
  frame.setAttribute('sandbox', ${JSON.stringify(SANDBOX)});
  frame.setAttribute('allow', 'clipboard-write');
  frame.setAttribute('referrerpolicy', 'no-referrer');
  frame.setAttribute('loading', 'lazy');
  frame.style.setProperty('display', 'block');
  frame.style.setProperty('width', '100%');
  frame.style.setProperty('border', '0');
  frame.style.setProperty('height', '40rem');
  var target = data.target ? document.getElementById(data.target) : null;
  if (target) target.appendChild(frame);
  else script.parentNode.insertBefore(frame, script.nextSibling);
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    var message = event.data;
    if (!message || message.type !== ${JSON.stringify(HEIGHT_MESSAGE)} || message.frameId !== id) return;
    var height = message.height;
    if (typeof height === 'number' && height > 0 && height < 100000) frame.style.setProperty('height', Math.ceil(height) + 'px');
  });
})();
`;
  return new Response(script, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
