import type { APIRoute } from 'astro';
import { LOCALES } from '../i18n/locales';
import { useTranslations } from '../i18n/messages';
import { EMBEDDABLE_TOOL_IDS } from '../tools';

/**
 * The embed snippet NGOs paste: <script src="https://SITE/embed.js" data-calculator="apr" data-locale="zh-hans" async></script>.
 * It puts our calculator in an iframe right after itself and sizes the frame from the height the frame
 * reports (messages accepted from our origin and that frame only). Built from the dictionaries, so the
 * frame titles screen readers announce are the site's own words.
 */
export const GET: APIRoute = () => {
  const titles = Object.fromEntries(
    LOCALES.map((locale) => {
      const t = useTranslations(locale);
      return [locale, Object.fromEntries(EMBEDDABLE_TOOL_IDS.map((tool) => [tool, t('embed.frameTitle', { tool: t(`tools.${tool}.name`) })]))];
    }),
  );
  const script = `/* 明账 Mingzhang calculator embed. Nothing the reader types leaves their device. */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var titles = ${JSON.stringify(titles)};
  var origin = new URL(script.src).origin;
  var locale = script.getAttribute('data-locale') || 'zh-hans';
  var calculator = script.getAttribute('data-calculator') || 'apr';
  if (!titles[locale] || !titles[locale][calculator]) return;
  var frame = document.createElement('iframe');
  frame.src = origin + '/embed/' + locale + '/' + calculator + '/' + (script.getAttribute('data-query') || '');
  frame.title = titles[locale][calculator];
  frame.loading = 'lazy';
  frame.style.cssText = 'display:block;width:100%;border:0;min-height:40rem;';
  script.parentNode.insertBefore(frame, script.nextSibling);
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (data && data.type === 'mingzhang:height' && typeof data.height === 'number' && data.height > 0 && data.height < 100000) {
      frame.style.height = Math.ceil(data.height) + 'px';
      frame.style.minHeight = '0';
    }
  });
})();
`;
  return new Response(script, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
