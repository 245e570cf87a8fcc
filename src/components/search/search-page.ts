/**
 * The search page's only script: reads the query (from `?q=` or the form), searches the Pagefind index of the
 * page's language and renders the results. Pagefind is loaded on first use with a dynamic import from our own
 * origin, so nothing is fetched until there is something to search for.
 */
import { createTranslator } from '../../i18n/translate';
import { MAX_QUERY_LENGTH, capQuery, parseScriptMap, queryVariants } from './query-variants';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

// A variable, so the bundler leaves the import alone: pagefind.js only exists after `pagefind --site dist`.
const PAGEFIND_URL = '/pagefind/pagefind.js';
const EXCERPT_WORDS = 30;
const MAX_SHOWN = 30;

let pagefindReady: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefindReady ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options({ excerptLength: EXCERPT_WORDS });
    return pagefind;
  });
  return pagefindReady;
}

/**
 * Pagefind's snippets are HTML (text plus <mark> around matches). Parsed in an inert template and rebuilt from
 * text nodes and fresh <mark>s only, so nothing from the index can inject markup.
 */
function snippet(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function renderResult(data: PagefindData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'mz-search__result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.append(...snippet(data.meta.title ?? data.url));
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.append(...snippet(data.excerpt));
  item.append(heading, excerpt);
  return item;
}

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!form || !input || !status || !list) return;

  const t = createTranslator(JSON.parse(form.dataset.messages ?? '{}') as Record<string, string>);
  const scriptMap = parseScriptMap(form.dataset.scriptMap ?? '');
  const plural = new Intl.PluralRules(document.documentElement.lang);
  let latestRun = 0;

  const note = document.getElementById('search-cut');
  async function show(typed: string): Promise<void> {
    const run = ++latestRun;
    list!.replaceChildren();
    list!.hidden = true;
    // A long query (a pasted page, a crafted ?q=) is cut, and the page says so.
    const { query, cut } = capQuery(typed);
    if (note) {
      note.textContent = cut ? t('search.cut', { max: String(MAX_QUERY_LENGTH) }) : '';
      note.hidden = !cut;
    }
    if (!query) {
      status!.textContent = '';
      return;
    }
    status!.textContent = t('search.searching');
    try {
      const pagefind = await loadPagefind();
      // One search per spelling of the query (one only, except on zh-Hant). The spelling our pages really use
      // matches whole words and scores highest; the others match stray characters, so only the best one is kept.
      let ranked: PagefindResult[] = [];
      for (const spelling of queryVariants(query, scriptMap)) {
        const results = (await pagefind.search(spelling))?.results ?? [];
        if ((results[0]?.score ?? -Infinity) > (ranked[0]?.score ?? -Infinity)) ranked = results;
      }
      const shown = await Promise.all(ranked.slice(0, MAX_SHOWN).map((result) => result.data()));
      if (run !== latestRun) return; // a newer query has started; its answer wins
      list!.replaceChildren(...shown.map(renderResult));
      list!.hidden = shown.length === 0;
      status!.textContent =
        ranked.length === 0
          ? t('search.none', { query })
          : t(plural.select(ranked.length) === 'one' ? 'search.count.one' : 'search.count.other', { count: ranked.length });
    } catch {
      if (run === latestRun) status!.textContent = t('search.error');
    }
  }

  // Without this script the form submits as GET ?q= (a query then reaches the host and the address). With it, the
  // query never enters the address or the history: a ?q= that opened the page is read once and cleared.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void show(input.value.trim());
  });

  input.value = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (location.search !== '') history.replaceState(null, '', location.pathname);
  void show(input.value);
}
