// keysieve HTML report: builds the findings table from the JSON data
// block, filters it by text and facets and sorts it by any column. Every
// value is written with textContent; links are only ever http(s).
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('keysieve-data').textContent);
  var rows = data.rows || [];
  var severityRank = { critical: 0, high: 1, medium: 2, low: 3 };
  var columns = [
    { key: 'severity', label: 'Severity', facet: true, rank: function (r) { var k = severityRank[r.severity]; return k === undefined ? 9 : k; } },
    { key: 'category', label: 'Category', facet: true },
    { key: 'rule', label: 'Rule', facet: true },
    { key: 'repository', label: 'Repository', facet: true },
    { key: 'file', label: 'File' },
    { key: 'secret', label: 'Secret' },
    { key: 'commit', label: 'Commit' },
    { key: 'author', label: 'Author', facet: true },
    { key: 'date', label: 'Date' },
    { key: 'year', label: 'Year', facet: true, hidden: true },
    { key: 'in_head', label: 'In HEAD', facet: true },
    { key: 'verification', label: 'Verified', facet: true }
  ].filter(function (c) {
    return rows.some(function (r) { return r[c.key] !== '' && r[c.key] !== undefined; });
  });
  var tbody = document.querySelector('#findings tbody');
  var headRow = document.querySelector('#findings thead tr');
  var filter = document.getElementById('filter');
  var facets = document.getElementById('facets');
  var count = document.getElementById('count');
  var more = document.getElementById('more');
  var pageSize = 200;
  var limit = pageSize;
  var selects = [];
  var sortKey = null;
  var sortDir = 1;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== '') { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function isWebURL(u) { return typeof u === 'string' && /^https?:\/\//i.test(u); }

  function link(text, url) {
    if (!isWebURL(url)) { return el('span', text); }
    var a = el('a', text);
    a.href = url;
    a.rel = 'noopener noreferrer';
    return a;
  }

  function cell(r, key) {
    var td = el('td', '', 'col-' + key);
    switch (key) {
      case 'severity':
        td.appendChild(el('span', r.severity, 'sev sev-' + (severityRank[r.severity] === undefined ? 'other' : r.severity)));
        break;
      case 'rule':
        td.appendChild(el('span', r.rule));
        td.appendChild(el('span', r.description, 'sub'));
        break;
      case 'file':
        td.appendChild(link(r.line > 0 ? r.file + ':' + r.line : r.file, r.file_url));
        break;
      case 'secret':
        td.appendChild(el('code', r.secret));
        break;
      case 'commit':
        td.appendChild(link(r.commit.slice(0, 10), r.commit_url)).title = r.commit;
        td.appendChild(el('span', r.message, 'sub'));
        break;
      case 'author':
        td.appendChild(el('span', r.author));
        td.appendChild(el('span', r.email, 'sub'));
        break;
      case 'verification':
        td.appendChild(el('span', r.verification));
        td.appendChild(el('span', r.verify_detail, 'sub'));
        break;
      default:
        td.textContent = r[key];
    }
    return td;
  }

  var entries = rows.map(function (r, i) {
    var text = [r.severity, r.category, r.rule, r.description, r.repository, r.file, r.secret, r.commit,
      r.message, r.author, r.email, r.date, r.in_head, r.verification, r.verify_detail].join('\n').toLowerCase();
    return { row: r, tr: null, text: text, index: i };
  });

  // rowOf builds an entry's table row the first time it is shown.
  function rowOf(e) {
    if (!e.tr) {
      e.tr = el('tr');
      columns.forEach(function (c) { if (!c.hidden) { e.tr.appendChild(cell(e.row, c.key)); } });
    }
    return e.tr;
  }

  columns.forEach(function (c) {
    if (c.hidden) { return; }
    var th = el('th');
    th.scope = 'col';
    var b = el('button', c.label);
    b.type = 'button';
    b.addEventListener('click', function () { sortBy(c, th); });
    th.appendChild(b);
    headRow.appendChild(th);
  });

  columns.forEach(function (c) {
    if (!c.facet) { return; }
    var counts = {};
    rows.forEach(function (r) { var v = r[c.key]; if (v !== '') { counts[v] = (counts[v] || 0) + 1; } });
    var values = Object.keys(counts);
    if (values.length < 2) { return; }
    values.sort(function (a, b) { return c.rank ? c.rank({ severity: a }) - c.rank({ severity: b }) : a < b ? -1 : a > b ? 1 : 0; });
    var sel = el('select');
    sel.setAttribute('aria-label', c.label);
    sel.dataset.facet = c.key;
    sel.appendChild(el('option', c.label + ': all')).value = '';
    values.forEach(function (v) {
      var o = el('option', v + ' (' + counts[v] + ')');
      o.value = v;
      sel.appendChild(o);
    });
    sel.addEventListener('change', reset);
    facets.appendChild(sel);
    selects.push(sel);
  });

  function compare(c) {
    return function (a, b) {
      var x = c.rank ? c.rank(a.row) : a.row[c.key];
      var y = c.rank ? c.rank(b.row) : b.row[c.key];
      if (c.key === 'file' && x === y) { x = a.row.line; y = b.row.line; }
      var d = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
      return d * sortDir || a.index - b.index;
    };
  }

  function sortBy(c, th) {
    sortDir = sortKey === c.key ? -sortDir : 1;
    sortKey = c.key;
    headRow.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
    entries.sort(compare(c));
    reset();
  }

  // render shows the first limit entries that pass the filter and the
  // facets; a long report is shown a page at a time.
  function render() {
    var q = filter.value.trim().toLowerCase();
    var shown = entries.filter(function (e) {
      if (q && e.text.indexOf(q) < 0) { return false; }
      return selects.every(function (s) { return s.value === '' || e.row[s.dataset.facet] === s.value; });
    });
    tbody.replaceChildren.apply(tbody, shown.slice(0, limit).map(rowOf));
    var n = Math.min(limit, shown.length);
    count.textContent = (n < shown.length ? 'showing ' + n + ' of ' + shown.length + ' matching, ' : shown.length + ' of ') +
      entries.length + ' findings';
    more.hidden = n >= shown.length;
    more.textContent = 'Show ' + Math.min(pageSize, shown.length - n) + ' more';
  }

  function reset() {
    limit = pageSize;
    render();
  }

  more.addEventListener('click', function () {
    limit += pageSize;
    render();
  });
  var typing = 0;
  filter.addEventListener('input', function () { // once typing pauses
    clearTimeout(typing);
    typing = setTimeout(reset, 120);
  });
  render();
}());
