/**
 * Browser code of the search page. Pagefind is imported only when a search starts (it is
 * never loaded by other pages). Results are built with DOM methods and textContent, never
 * innerHTML, so nothing in a query or page text can inject markup.
 */
import { excerptAround, isSearchable, normalizeQuery, readableContent } from '../lib/search/query.ts';
import { runSearch, type PagefindData, type PagefindLike } from '../lib/search/engine.ts';

type Messages = Record<string, string>;
/** Results loaded before the first paint of the list. */
const FIRST_RESULTS = 12;
let pagefind: Promise<PagefindLike> | undefined;

/**
 * metaCacheTag: Pagefind fetches pagefind-entry.json?ts=<tag>; with the build id (instead
 * of the default, the current time) the URL is stable per deployment, so the service
 * worker can keep it and search works offline.
 */
function loadPagefind(build?: string): Promise<PagefindLike> {
  // Under the site's base path (BASE_PATH), the index and its result URLs are too.
  const base = import.meta.env.BASE_URL;
  const url = `${base}pagefind/pagefind.js`;
  pagefind ??= import(/* @vite-ignore */ url).then(async (pf) => {
    await pf.options({ excerptLength: 30, baseUrl: base, ...(build ? { metaCacheTag: build } : {}) });
    await pf.init();
    return pf as PagefindLike;
  });
  return pagefind;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function resultItem(d: PagefindData, query: string, types: Messages): HTMLLIElement {
  const sub = d.sub_results?.find((s) => s.title && (s.excerpt ?? '').includes('<mark>'));
  const href = sub && sub.url !== d.url ? sub.url : d.url;
  const { before, match, after } = excerptAround(readableContent(d.content), query);
  const type = d.filters.type?.[0];
  const place = d.filters.place?.join(' · ');
  return el(
    'li',
    {},
    el('a', { href, className: 'search-title' }, d.meta.title ?? d.url),
    el('span', { className: 'muted block' }, [type && types[type], place].filter(Boolean).join(' · ')),
    el('p', { className: 'search-excerpt' }, before, match ? el('mark', {}, match) : '', after),
  );
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
  if (!root || !form) return;
  const messages: Messages = JSON.parse(root.dataset.messages ?? '{}');
  const types: Messages = JSON.parse(root.dataset.types ?? '{}');
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const partialList = root.querySelector<HTMLOListElement>('[data-search-partial]')!;
  const partialHeading = root.querySelector<HTMLElement>('[data-search-partial-heading]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const plural = new Intl.PluralRules(document.documentElement.lang);
  let current: { exact: PagefindData[]; partial: PagefindData[]; query: string } | undefined;
  let typeFilter = '';

  const render = (announce = true) => {
    if (!current) return;
    const keep = (d: PagefindData) => !typeFilter || d.filters.type?.includes(typeFilter);
    const exact = current.exact.filter(keep);
    const partial = current.partial.filter(keep);
    list.replaceChildren(...exact.map((d) => resultItem(d, current!.query, types)));
    partialList.replaceChildren(...partial.map((d) => resultItem(d, current!.query, types)));
    partialHeading.hidden = partial.length === 0;
    // One whole sentence from the dictionary for each case, so each language punctuates its own,
    // in the plural form its counted noun needs (English "1 page contains"; Chinese has one form).
    const key = exact.length
      ? partial.length
        ? 'countBoth'
        : 'count'
      : partial.length
        ? 'nonePartial'
        : 'none';
    const counted = key === 'nonePartial' ? partial.length : exact.length;
    const template = messages[`${key}.${plural.select(counted)}`] ?? messages[key]!;
    const text = fill(template, { count: exact.length, partial: partial.length, query: current.query });
    if (announce) status.textContent = text;
  };

  const renderFilters = () => {
    const counts = new Map<string, number>();
    for (const d of [...current!.exact, ...current!.partial])
      for (const t of d.filters.type ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
    if (counts.size < 2) return filterBox.replaceChildren();
    const group = el('div', { className: 'chips', role: 'group' });
    group.setAttribute('aria-label', messages.filterLabel!);
    for (const [value, label] of [
      ['', messages.all!],
      ...[...counts.keys()].map((t) => [t, types[t] ?? t]),
    ] as Array<[string, string]>) {
      const button = el(
        'button',
        { type: 'button', className: 'chip' },
        value ? `${label} (${counts.get(value)})` : label,
      );
      button.setAttribute('aria-pressed', String(value === typeFilter));
      button.addEventListener('click', () => {
        typeFilter = value;
        for (const b of group.querySelectorAll('button'))
          b.setAttribute('aria-pressed', String(b === button));
        render();
      });
      group.append(button);
    }
    filterBox.replaceChildren(group);
  };

  const search = async (raw: string) => {
    const query = normalizeQuery(raw);
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    list.replaceChildren();
    partialList.replaceChildren();
    partialHeading.hidden = true;
    filterBox.replaceChildren();
    typeFilter = '';
    if (!query) return void (status.textContent = messages.empty!);
    if (!isSearchable(query)) return void (status.textContent = messages.unsearchable!);
    status.textContent = messages.searching!;
    try {
      const pagefind = await loadPagefind(root.dataset.build);
      // First the top results (few downloads on a slow connection), then the rest; the
      // count is announced once, when everything is checked.
      const first = await runSearch(pagefind, query, undefined, FIRST_RESULTS);
      if (normalizeQuery(input.value) !== query) return; // a newer search has started
      current = { ...first, query };
      render(false);
      const full = first.total > FIRST_RESULTS ? await runSearch(pagefind, query) : first;
      if (normalizeQuery(input.value) !== query) return;
      current = { ...full, query };
      renderFilters();
      render();
    } catch {
      status.textContent = messages.error!;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(input.value);
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (initial !== null) {
    input.value = normalizeQuery(initial);
    void search(initial);
  }
}
