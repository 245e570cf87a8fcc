/**
 * Inputs ⇄ links, pure (no DOM), so the rules are unit-tested. Privacy: the address never holds
 * what the reader types. A share link is built only when the reader asks for one, and carries the inputs in
 * the fragment (`#amount=1万&months=12`), which browsers never send to a server or put in a Referer.
 * Old links with a query (`?amount=…`) still open; the parameter names are public and stay.
 */

/** The inputs a link carries: its fragment first (new links), else its query (old links). Unknown names are ignored. */
export function inputsFromLink<K extends string>(url: { hash: string; search: string }, keys: readonly K[]): Partial<Record<K, string>> {
  const fromHash = pickKeys(new URLSearchParams(url.hash.replace(/^#/, '')), keys);
  return Object.keys(fromHash).length > 0 ? fromHash : pickKeys(new URLSearchParams(url.search), keys);
}

function pickKeys<K extends string>(params: URLSearchParams, keys: readonly K[]): Partial<Record<K, string>> {
  const found: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value !== null) found[key] = value;
  }
  return found;
}

/** The fragment for a set of inputs: every non-empty value, in the form's order. '' when all are empty. */
export function inputsFragment(values: Readonly<Record<string, string>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== '') params.set(key, value);
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

/**
 * The link to share: our own tool page (also from inside an embed, whose frame is no place to send someone)
 * with the inputs in the fragment.
 * @example shareLink('https://x.org', '/embed/en/apr/', { amount: '1万', months: '' }) // => 'https://x.org/en/tools/apr/#amount=1%E4%B8%87'
 */
export function shareLink(origin: string, pathname: string, values: Readonly<Record<string, string>>): string {
  const page = pathname.replace(/^\/embed\/([^/]+)\/([^/]+)\/?$/, '/$1/tools/$2/');
  return `${origin}${page}${inputsFragment(values)}`;
}
