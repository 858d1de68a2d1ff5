// docket site: search and filters on the index page. The page lists every decision without this
// script; the script only hides rows. State lives in the URL's hash so "back" restores it.
(() => {
  const rows = Array.from(document.querySelectorAll('tr[data-record]'));
  const search = document.getElementById('search');
  const statusFilter = document.getElementById('status-filter');
  const tagFilter = document.getElementById('tag-filter');
  const count = document.getElementById('result-count');
  const noResults = document.getElementById('no-results');
  if (!search || !statusFilter || !tagFilter) return;

  const original = new Map(rows.map((row, i) => [row, i]));
  const data = window.DOCKET_SEARCH;
  const index = window.MiniSearch && data ? window.MiniSearch.loadJS(data.index, data.options) : null;
  if (!index) {
    search.disabled = true;
    search.placeholder = 'Search is unavailable: the search index did not load';
  }

  function readHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    search.value = params.get('q') || '';
    statusFilter.value = params.get('status') || '';
    tagFilter.value = params.get('tag') || '';
  }

  function writeHash() {
    const params = new URLSearchParams();
    if (search.value.trim()) params.set('q', search.value.trim());
    if (statusFilter.value) params.set('status', statusFilter.value);
    if (tagFilter.value) params.set('tag', tagFilter.value);
    const hash = params.toString();
    history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
  }

  function apply() {
    const query = search.value.trim();
    let rank = null;
    if (query && index) {
      rank = new Map(index.search(query).map((result, i) => [result.id, i]));
    }
    const status = statusFilter.value;
    const tag = tagFilter.value;
    let shown = 0;
    for (const row of rows) {
      const tags = row.dataset.tags ? row.dataset.tags.split('\n') : [];
      const visible =
        (!status || row.dataset.status === status) &&
        (!tag || tags.includes(tag)) &&
        (!rank || rank.has(row.dataset.record));
      row.hidden = !visible;
      if (visible) shown++;
    }
    // Best matches first while searching; the record order otherwise.
    for (const body of document.querySelectorAll('table.adr-index tbody')) {
      const own = Array.from(body.querySelectorAll('tr[data-record]'));
      own.sort((a, b) =>
        rank
          ? (rank.get(a.dataset.record) ?? 1e9) - (rank.get(b.dataset.record) ?? 1e9)
          : original.get(a) - original.get(b),
      );
      for (const row of own) body.appendChild(row);
    }
    for (const section of document.querySelectorAll('[data-section]')) {
      section.hidden = !section.querySelector('tr[data-record]:not([hidden])');
    }
    const filtering = Boolean(query || status || tag);
    if (count) count.textContent = filtering ? `${shown} of ${rows.length} shown` : '';
    if (noResults) noResults.hidden = shown > 0;
  }

  function update() {
    writeHash();
    apply();
  }

  readHash();
  apply();
  search.addEventListener('input', update);
  statusFilter.addEventListener('change', update);
  tagFilter.addEventListener('change', update);
  window.addEventListener('hashchange', () => {
    readHash();
    apply();
  });
  document.querySelector('form.filters')?.addEventListener('submit', (event) => event.preventDefault());
})();
