/**
 * Registers the locale's service worker (its URL is the notice's data-mz-worker) and shows the notice when
 * a newer build's worker is waiting. "Reload" asks that worker to take over (SKIP_WAITING) and reloads the
 * page once it has (controllerchange), so the page and its chunks always come from the same build.
 * Written out rather than through workbox-window: the same few steps for 0.6 KiB instead of 2.4 KiB (gzip).
 */
export async function registerOffline(notice: HTMLElement): Promise<void> {
  const url = notice.dataset.mzWorker;
  const body = notice.querySelector<HTMLElement>('[data-mz-update]');
  const button = notice.querySelector<HTMLButtonElement>('button');
  if (!url || !body || !button) return;
  // No worker where the browser offers none (plain http off localhost, some private modes) or refuses one: the
  // page works as it is, only not offline.
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) return;
  const registration = await container.register(url).catch(() => undefined);
  if (!registration) return;
  // A waiting worker is an update only when another one controls the page (a first install never waits).
  const showIfWaiting = () => {
    if (!registration.waiting || !container.controller) return;
    body.hidden = false;
    // The bar sits over the page's foot: keep whatever gets focus scrolled clear of it (WCAG 2.4.11).
    document.documentElement.classList.add('mz-has-update');
  };
  showIfWaiting();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => installing.state === 'installed' && showIfWaiting());
  });
  button.addEventListener('click', () => {
    button.disabled = true;
    // Only after the click: a first install also takes control of the page, and must not reload it.
    container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
  }, { once: true });
  await keepReferrer(container);
}

/**
 * The page that led here (usually an article) was read before the worker existed: ask the worker to keep it
 * too (Workbox's CACHE_URLS message). Same origin only; the worker keeps only pages of its locale and build.
 */
async function keepReferrer(container: ServiceWorkerContainer): Promise<void> {
  const from = document.referrer ? new URL(document.referrer) : undefined;
  if (!from || from.origin !== window.location.origin || from.pathname === window.location.pathname) return;
  const { active } = await container.ready;
  // Without its query: whatever the reader typed into that address is not sent again.
  active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: [`${from.origin}${from.pathname}`] } });
}
