import type { APIRoute } from 'astro';
import { ACCENT_PATTERN, FRAME_ID_PATTERN, FRAME_PARAMS, HEIGHT_MESSAGE, THEMES } from '../../embed/options';
import { accentShades, readFrameOptions } from '../../embed/frame-setup';

/**
 * Runs first in every embed frame (a classic script in the head, so before the page paints and before the
 * island takes the inputs out of the address): reads the theme, accent and frame id from the #fragment,
 * applies them as an attribute and custom properties (never as CSS text), then reports the content's height
 * to the host whenever it changes. Only { type, frameId, height } crosses the frame boundary.
 */
export const GET: APIRoute = () => {
  const rules = `{themes:${JSON.stringify(THEMES)},accent:${ACCENT_PATTERN},frameId:${FRAME_ID_PATTERN},names:${JSON.stringify(FRAME_PARAMS)}}`;
  const script = `/* 明账 Mingzhang embed frame. Nothing the reader types leaves their device. */
(function () {
  var readFrameOptions = ${readFrameOptions.toString()};
  var accentShades = ${accentShades.toString()};
  var options = readFrameOptions(location.hash, ${rules});
  var root = document.documentElement;
  if (options.theme !== 'auto') root.setAttribute('data-theme', options.theme);
  var shades = options.accent ? accentShades(options.accent) : undefined;
  if (shades) {
    root.style.setProperty('--mz-accent-light', shades.light[0]);
    root.style.setProperty('--mz-on-accent-light', shades.light[1]);
    root.style.setProperty('--mz-accent-dark', shades.dark[0]);
    root.style.setProperty('--mz-on-accent-dark', shades.dark[1]);
  }
  if (window.parent === window) return;
  var last = -1;
  function report() {
    // The body's own height: the root's scrollHeight never drops below the frame, so a frame sized by it never shrinks.
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: ${JSON.stringify(HEIGHT_MESSAGE)}, frameId: options.frameId, height: height }, '*');
  }
  function watch() {
    if (typeof ResizeObserver === 'function') new ResizeObserver(report).observe(document.body);
    report();
  }
  if (document.body) watch();
  else document.addEventListener('DOMContentLoaded', watch);
})();
`;
  return new Response(script, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
