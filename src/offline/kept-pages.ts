/**
 * The offline page's list of kept pages: every page of the locale is in the markup, hidden; this shows the
 * ones the service worker has kept (its page caches, named by the list's data-mz-kept prefix).
 */
export async function keptPaths(prefix: string): Promise<Set<string>> {
  const paths = new Set<string>();
  if (!('caches' in globalThis)) return paths;
  for (const name of (await caches.keys()).filter((n) => n.startsWith(prefix))) {
    for (const request of await (await caches.open(name)).keys()) paths.add(new URL(request.url).pathname);
  }
  return paths;
}

export async function showKeptPages(root: Document): Promise<void> {
  const list = root.querySelector<HTMLElement>('[data-mz-kept]');
  if (!list) return;
  const kept = await keptPaths(list.dataset.mzKept ?? '');
  let shown = 0;
  for (const item of list.querySelectorAll<HTMLElement>('li[data-path]')) {
    item.hidden = !kept.has(item.dataset.path ?? '');
    if (!item.hidden) shown += 1;
  }
  const none = root.querySelector<HTMLElement>('[data-mz-kept-none]');
  if (none) none.hidden = shown > 0;
}
