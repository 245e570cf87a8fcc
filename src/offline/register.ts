import { Workbox } from 'workbox-window';

/**
 * Registers the locale's service worker (its URL is the notice's data-mz-worker) and shows the notice when
 * a newer build's worker is waiting. "Reload" asks that worker to take over, and the page reloads once it
 * has, so the page and its chunks always come from the same build.
 */
export function registerOffline(notice: HTMLElement): void {
  const url = notice.dataset.mzWorker;
  const body = notice.querySelector<HTMLElement>('[data-mz-update]');
  const button = notice.querySelector<HTMLButtonElement>('button');
  if (!url || !body || !button) return;
  const workbox = new Workbox(url);
  workbox.addEventListener('waiting', () => {
    body.hidden = false;
  });
  button.addEventListener('click', () => {
    button.disabled = true;
    // Only after the click: a first install also takes control of the page, and must not reload it.
    workbox.addEventListener('controlling', () => window.location.reload());
    workbox.messageSkipWaiting();
  }, { once: true });
  void workbox.register().then(() => keepReferrer(workbox));
}

/**
 * The page that led here (usually an article) was read before the worker existed: ask the worker to keep it
 * too. Same origin only; the worker keeps only pages of its own locale and build.
 */
async function keepReferrer(workbox: Workbox): Promise<void> {
  const from = document.referrer ? new URL(document.referrer) : undefined;
  if (!from || from.origin !== window.location.origin || from.pathname === window.location.pathname) return;
  await workbox.active;
  await workbox.messageSW({ type: 'CACHE_URLS', payload: { urlsToCache: [from.href] } });
}
