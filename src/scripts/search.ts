/**
 * The /tim-kiem/ page: Pagefind's standard API with a small accessible UI.
 * State lives in the URL (?q=…&kind=…&sort=date), so results can be shared
 * and the plain GET form works the same way.
 */
import { cleanExcerpt, escapeHtml } from '../lib/search/excerpt.ts';
import { FILTERS, HONOREE_BUNDLE } from '../lib/search/filters.ts';
import { normaliseQuery, RANKING, rankAcross, searchPasses } from '../lib/search/query.ts';
import { QUICK_DIR } from '../lib/search/quick-index.ts';
import { type QuickResult, quickSearch } from '../lib/search/quick-query.ts';
import { quickSearchLabels } from '../lib/i18n/vi.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE = 10;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const resultsEl = document.querySelector<HTMLElement>('#search-results')!;
const filtersEl = document.querySelector<HTMLElement>('#search-filters')!;
const sortEl = document.querySelector<HTMLSelectElement>('#search-sort')!;
const panel = document.querySelector<HTMLDetailsElement>('#search-filter-panel')!;
// Filters open beside the results on wide screens, folded behind "Lọc kết quả" on phones.
const wide = window.matchMedia('(min-width: 48rem)');
panel.open = wide.matches;
wide.addEventListener('change', () => {
  panel.open = wide.matches;
});
const base = document.documentElement.dataset.base ?? '/';

/**
 * The search indexes (lib/search/records.ts, BUNDLES): the main one for the
 * first results, the honorees' fetched once those are on screen. Each is its
 * own Pagefind module (its own options, so each pass applies to both).
 */
const bundles: Pagefind[] = [];
let honorees: Promise<void> | undefined;
let shown = PAGE;

async function importPagefind(dir: string): Promise<Pagefind> {
  const pf = (await import(/* @vite-ignore */ `${base}pagefind/${dir}pagefind.js`)) as Pagefind;
  await pf.options({ excerptLength: 24 });
  return pf;
}

async function load(): Promise<Pagefind> {
  if (!bundles.length) bundles.push(await importPagefind(''));
  return bundles[0]!;
}

let honoreesSettled = HONOREE_BUNDLE === 'main';
const honoreesReady = () => honoreesSettled;

/** The honorees' index, once; false when it was already there. */
async function loadHonorees(): Promise<boolean> {
  if (honorees) {
    await honorees;
    return false;
  }
  if (HONOREE_BUNDLE === 'main') {
    // Honorees are in the main index (see HONOREE_BUNDLE): nothing more to load.
    honorees = Promise.resolve();
    honoreesSettled = true;
    return false;
  }
  honorees = importPagefind('vinh-danh/').then(
    (pf) => {
      bundles.push(pf);
    },
    () => undefined, // a site without honorees has no such index
  );
  honorees.finally(() => {
    honoreesSettled = true;
  });
  await honorees;
  return true;
}

let filtersLoaded = false;
/**
 * Pagefind counts filters in results only once its filter index is loaded.
 * That index grows with the site, so it is fetched after the first results
 * are on screen, not before: the first search stays small and fast.
 */
async function loadFilters(_pf: Pagefind): Promise<boolean> {
  if (filtersLoaded) return false;
  await loadHonorees();
  await Promise.all(bundles.map((b) => b.filters()));
  filtersLoaded = true;
  return true;
}

/** Filter counts of every index, added up. */
function addCounts(all: Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const counts of all)
    for (const [key, values] of Object.entries(counts))
      for (const [value, n] of Object.entries(values)) {
        out[key] ??= {};
        out[key][value] = (out[key][value] ?? 0) + n;
      }
  return out;
}

let generation = 0;

/**
 * Pagefind starts loading once the first stage has answered, or after this long: its library,
 * WASM and metadata (~600 KB at N = 10,000) would otherwise share the line with the few KB the
 * first results need.
 */
const QUICK_WAIT_MS = 1000;

/** A file of the first-stage index (lib/search/quick-index.ts), beside Pagefind's. */
async function fetchQuick(file: string): Promise<unknown> {
  const res = await fetch(`${base}pagefind/${QUICK_DIR}${file}`);
  if (!res.ok) throw new Error(`${res.status} ${file}`);
  return res.json();
}

/** One result of the list: the same markup for the first stage and for Pagefind's results. */
function resultItem(d: { url: string; meta: Record<string, string>; text: string }): string {
  return `<li>
      <p class="meta">${d.meta.kind ? `<span class="kind-tag">${escapeHtml(d.meta.kind)}</span> ` : ''}${d.meta.date ? escapeHtml(d.meta.date) : d.meta.awards ? `${escapeHtml(d.meta.awards)} lượt khen thưởng` : ''}</p>
      <h2><a href="${escapeHtml(d.url)}">${escapeHtml(d.meta.title ?? d.url)}</a></h2>
      <p>${d.text}</p>
    </li>`;
}

/** The first stage's results (titles only), shown busy until Pagefind's list replaces them. */
let quickShown = false;
function renderQuick(results: QuickResult[], total: number, q: string) {
  quickShown = true;
  status.textContent = `${quickSearchLabels.busy} ${total} ${quickSearchLabels.titles} “${q}”.`;
  resultsEl.innerHTML = results
    .map((r) =>
      resultItem({
        url: `${base}${r.url.replace(/^\//, '')}`,
        meta: {
          title: r.title,
          ...(r.kind ? { kind: r.kind } : {}),
          ...(r.date ? { date: r.date } : {}),
          ...(r.awards ? { awards: r.awards } : {}),
        },
        text: r.summary ? escapeHtml(r.summary) : '',
      }),
    )
    .join('');
  document.querySelector('#search-more')?.remove();
}

/**
 * The reader's query through the passes of lib/search/query.ts: with marks,
 * exact-mark matches first; words standing together before scattered ones.
 * Filter counts come from the ranked pass (it holds every result).
 */
async function searchAll(
  _pf: Pagefind,
  raw: string,
  options: Record<string, unknown>,
): Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> }> {
  const q = normaliseQuery(raw);
  const groups: { passes: ReturnType<typeof searchPasses>; lists: PagefindResult[][] }[] = [];
  const counts: Record<string, Record<string, number>>[] = [];
  for (const pf of bundles) {
    if (!q) {
      const s = await pf.search(null, options);
      groups.push({
        passes: [{ query: '', ranked: true, options: { exactDiacritics: false, ranking: RANKING } }],
        lists: [s.results],
      });
      counts.push(s.filters);
      continue;
    }
    const passes = searchPasses(q);
    const lists: PagefindResult[][] = [];
    for (const pass of passes) {
      await pf.options(pass.options);
      const s = await pf.search(pass.query, options);
      lists.push(s.results);
      if (pass.ranked) counts.push(s.filters);
    }
    groups.push({ passes, lists });
  }
  // Sorted by date: each index's own order (articles, then honorees); else one ranking across them.
  const results =
    options.sort || !q
      ? groups.flatMap((g) => g.lists[g.passes.findIndex((p) => p.ranked)]!)
      : rankAcross(groups).map((x) => x.result);
  return { results, filters: addCounts(counts) };
}

function state(): { q: string; filters: Record<string, string[]>; sort: string } {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const key of Object.keys(FILTERS)) {
    const values = params.getAll(key);
    if (values.length) filters[key] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : '' };
}

function renderFilters(available: Record<string, Record<string, number>>, selected: Record<string, string[]>) {
  // The boxes are rebuilt with new counts: keep keyboard focus on the one the reader just toggled.
  const active = document.activeElement;
  const focused =
    active instanceof HTMLInputElement && filtersEl.contains(active)
      ? { name: active.name, value: active.value }
      : undefined;
  filtersEl.innerHTML = '';
  for (const [key, label] of Object.entries(FILTERS)) {
    const values = Object.entries(available[key] ?? {}).filter(([v, n]) => n > 0 || selected[key]?.includes(v));
    if (!values.length) continue;
    values.sort((a, b) => (key === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], 'vi')));
    const fieldset = document.createElement('fieldset');
    fieldset.innerHTML = `<legend>${escapeHtml(label)}</legend>`;
    values.forEach(([value, count], i) => {
      const id = `f-${key}-${i}`;
      const row = document.createElement('div');
      row.className = 'filter-row';
      row.innerHTML = `<input type="checkbox" form="search-form" id="${id}" name="${key}" value="${escapeHtml(value)}"${selected[key]?.includes(value) ? ' checked' : ''}> <label for="${id}">${escapeHtml(value)} <span class="count">(${count})</span></label>`;
      fieldset.append(row);
    });
    filtersEl.append(fieldset);
  }
  if (focused) {
    const again = [...filtersEl.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
      (box) => box.name === focused.name && box.value === focused.value,
    );
    again?.focus();
  }
}

async function run() {
  const { q, filters, sort } = state();
  input.value = q;
  sortEl.value = sort;
  if (!q && !Object.keys(filters).length) {
    status.textContent = 'Nhập từ khoá để tìm bài viết, tập thể, cá nhân — có dấu hoặc không dấu đều được.';
    resultsEl.innerHTML = '';
    document.querySelector('#search-more')?.remove();
    const pf = await load();
    await loadHonorees();
    await loadFilters(pf);
    renderFilters(addCounts(await Promise.all(bundles.map((b) => b.filters()))), filters);
    return;
  }
  const mine = ++generation;
  status.textContent = 'Đang tìm…';
  // aria-busy until the ranked list of every index is on screen (the honorees' one may come after the first results).
  resultsEl.setAttribute('aria-busy', 'true');
  // First search of the page, ranked, unfiltered: titles first from the quick index, then Pagefind.
  let final = false;
  if (!bundles.length && !sort && !Object.keys(filters).length) {
    const quick = quickSearch(q, fetchQuick)
      .then((r) => {
        if (mine === generation && !final && r.results.length) renderQuick(r.results, r.total, q);
      })
      .catch(() => undefined); // no quick index: Pagefind alone, as before
    await Promise.race([quick, new Promise((resolve) => setTimeout(resolve, QUICK_WAIT_MS))]);
  }
  const pf = await load();
  const options = { filters, ...(sort ? { sort: { date: 'desc' } } : {}) };
  if (Object.keys(filters).length) {
    await loadHonorees();
    await loadFilters(pf);
  }
  const search = await searchAll(pf, q, options);
  if (mine !== generation) return;
  final = true;
  quickShown = false;
  // Until the honorees' index has answered, the status says the search goes on.
  const partial = !honoreesReady();
  await renderResults(search.results, q, partial);
  if (mine !== generation) return;
  // The list is final unless an index is still to answer; the filter counts that follow change only the panel.
  if (!partial) resultsEl.setAttribute('aria-busy', 'false');
  // First results are on screen: now the honorees' index and the filter counts, then the whole list.
  await loadHonorees();
  const counted = await loadFilters(pf);
  if (mine !== generation) return;
  if (partial || counted) {
    const all = await searchAll(pf, q, options);
    if (mine !== generation) return;
    if (partial) await renderResults(all.results, q);
    if (mine !== generation) return;
    renderFilters(all.filters, filters);
  } else renderFilters(search.filters, filters);
  resultsEl.setAttribute('aria-busy', 'false');
}

async function renderResults(results: PagefindResult[], q: string, partial = false) {
  const total = results.length;
  const data = await Promise.all(results.slice(0, shown).map((r) => r.data()));
  status.textContent = partial
    ? `Đang tìm thêm trong danh sách vinh danh… ${total} bài viết${q ? ` cho “${q}”` : ''}.`
    : total
      ? `${total} kết quả${q ? ` cho “${q}”` : ''}.`
      : `Không tìm thấy kết quả${q ? ` cho “${q}”` : ''}. Thử từ khoá khác hoặc bỏ bớt bộ lọc.`;
  resultsEl.innerHTML = data
    .map((d) =>
      resultItem({
        url: d.url,
        meta: d.meta,
        text: d.meta.summary && !d.meta.date ? escapeHtml(d.meta.summary) : cleanExcerpt(d.excerpt, q),
      }),
    )
    .join('');
  document.querySelector('#search-more')?.remove();
  if (total > shown) {
    const more = document.createElement('button');
    more.id = 'search-more';
    more.type = 'button';
    more.className = 'button';
    more.textContent = `Xem thêm (${total - shown} kết quả)`;
    more.addEventListener('click', () => {
      shown += PAGE;
      // Focus the first of the newly shown results rather than losing it with the button.
      const first = shown - PAGE;
      run()
        .then(() => resultsEl.querySelectorAll<HTMLAnchorElement>('h2 a')[first]?.focus())
        .catch(() => {
          status.textContent = 'Không tải được bộ tìm kiếm. Hãy tải lại trang.';
        });
    });
    resultsEl.after(more);
  }
}

function navigate() {
  const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
  for (const [k, v] of [...params.entries()]) if (!v) params.delete(k);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  shown = PAGE;
  runSafely();
}

/** Run a search; if Pagefind cannot load or answer, say so instead of "Đang tìm…" forever. */
function runSafely() {
  run().catch(() => {
    // The first stage's titles go too: a search that cannot finish says so, with nothing half-done on screen.
    if (quickShown) {
      resultsEl.innerHTML = '';
      resultsEl.setAttribute('aria-busy', 'false');
      quickShown = false;
    }
    status.textContent = 'Không tải được bộ tìm kiếm. Hãy tải lại trang.';
  });
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  navigate();
});
// The filter boxes live outside the form element (form="search-form"): their events do not reach it.
for (const el of [form, filtersEl]) {
  el.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[type="checkbox"], select')) navigate();
  });
}
document.querySelector<HTMLElement>('#search-enhanced')!.hidden = false;
runSafely();
