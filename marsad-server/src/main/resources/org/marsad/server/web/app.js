// Marsad observatory page. Every piece of data from the API is put into the page as text
// (textContent, createTextNode, setAttribute), never parsed as HTML.
(function () {
  'use strict';

  var I18N = {
    ar: {
      title: 'مرصد', subtitle: 'أحداث سياسية من الأخبار العربية', type: 'النوع', country: 'البلد', place: 'المكان',
      text: 'نص', from: 'من', to: 'إلى', apply: 'تصفية', reset: 'مسح', export: 'تصدير:', timeline: 'الأحداث عبر الزمن',
      map: 'الخريطة', events: 'الأحداث', date: 'التاريخ', mode: 'الأسلوب', actor: 'الفاعل', recipient: 'المتلقي',
      source: 'المصدر', prev: 'السابق', next: 'التالي', trigger: 'الفعل', evidence: 'الدليل', mentions: 'تقارير الحدث نفسه',
      all: 'الكل', of: 'من', none: 'لا أحداث', claimant: 'المصدر المنسوب إليه', confidence: 'الثقة', engine: 'المحرك',
      article: 'المقال', size: 'الأعداد', basemap: 'حدود الدول: Natural Earth عبر world-atlas (ISC). الخريطة تعمل دون اتصال بالإنترنت.',
      failed: 'تعذر تحميل البيانات', other: 'أخرى', unidentified: 'جهة غير مسماة', lang: 'English'
    },
    en: {
      title: 'Marsad', subtitle: 'Political events from Arabic news', type: 'Type', country: 'Country', place: 'Place',
      text: 'Text', from: 'From', to: 'To', apply: 'Filter', reset: 'Clear', export: 'Export:', timeline: 'Events over time',
      map: 'Map', events: 'Events', date: 'Date', mode: 'Mode', actor: 'Actor', recipient: 'Recipient',
      source: 'Source', prev: 'Previous', next: 'Next', trigger: 'Trigger', evidence: 'Evidence', mentions: 'Reports of the same event',
      all: 'All', of: 'of', none: 'No events', claimant: 'Claimant', confidence: 'Confidence', engine: 'Engine',
      article: 'Article', size: 'Figures', basemap: 'Country borders: Natural Earth via world-atlas (ISC). The map works offline.',
      failed: 'Could not load data', other: 'other', unidentified: 'unnamed party', lang: 'العربية'
    }
  };
  var COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];
  var PAGE = 20;
  var state = { lang: 'ar', offset: 0, total: 0, selected: null, typeColors: {} };
  var map = null, markers = null;

  function $(id) { return document.getElementById(id); }
  function t(key) { return (I18N[state.lang] || I18N.ar)[key] || key; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function setLang(lang) {
    state.lang = I18N[lang] ? lang : 'ar';
    try { localStorage.setItem('marsad.lang', state.lang); } catch (e) { /* private mode */ }
    document.documentElement.lang = state.lang;
    document.documentElement.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
    document.title = t('title');
    var nodes = document.querySelectorAll('[data-i18n]');
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = t(nodes[i].getAttribute('data-i18n'));
    var b = $('lang-toggle');
    b.textContent = t('lang');
    b.lang = state.lang === 'ar' ? 'en' : 'ar';
    if (state.selected) openEvent(state.selected);
    renderPage();
  }

  function filters() {
    var f = {};
    ['type', 'country', 'place', 'q', 'from', 'to'].forEach(function (k) {
      var v = $('f-' + k).value.trim();
      if (v) f[k] = v;
    });
    return f;
  }

  function query(params) {
    var u = new URLSearchParams();
    Object.keys(params).forEach(function (k) { u.set(k, params[k]); });
    return u.toString();
  }

  function api(path, params) {
    return fetch(path + (params ? '?' + query(params) : ''), { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) throw new Error(path + ': ' + r.status);
      return r.json();
    });
  }

  function merge(a, b) { var o = {}; [a, b].forEach(function (x) { Object.keys(x).forEach(function (k) { o[k] = x[k]; }); }); return o; }

  function actorLabel(a) {
    if (!a) return '';
    // a party the text does not name, inferred from where the event happened
    var name = a.text || (a.name === 'unidentified' ? t('unidentified') : a.name) || '';
    var code = [a.country, a.org, a.sector].filter(Boolean).join('/');
    return code ? name + ' (' + code + ')' : name;
  }

  function placeLabel(p) {
    if (!p) return '';
    var name = state.lang === 'en' ? (p.name || p.text) : (p.text || p.name);
    return p.country ? name + ' (' + p.country + ')' : (name || '');
  }

  function colorOf(type) {
    if (!state.typeColors[type]) {
      var n = Object.keys(state.typeColors).length;
      state.typeColors[type] = COLORS[n % COLORS.length];
    }
    return state.typeColors[type];
  }

  function loadFacets() {
    return api('/api/facets').then(function (f) {
      fill($('f-type'), f.types);
      fill($('f-country'), f.countries);
      f.types.forEach(function (x) { colorOf(x.value); });
    });
  }

  function fill(select, items) {
    while (select.options.length > 1) select.remove(1);
    items.forEach(function (x) {
      var o = document.createElement('option');
      o.value = x.value;
      o.textContent = x.value + ' (' + x.count + ')';
      select.appendChild(o);
    });
  }

  function refresh() {
    state.offset = 0;
    updateExports();
    return Promise.all([loadTimeline(), loadMap(), loadTable()]);
  }

  function updateExports() {
    ['csv', 'jsonl', 'geojson', 'parquet'].forEach(function (fmt) {
      $('x-' + fmt).setAttribute('href', '/api/export?' + query(merge(filters(), { format: fmt })));
    });
  }

  // Timeline: stacked bars of counts per month and event type, drawn as SVG.
  function loadTimeline() {
    return api('/api/counts', merge(filters(), { interval: 'month' })).then(drawTimeline).catch(showError);
  }

  function drawTimeline(rows) {
    var svg = $('timeline'), NS = 'http://www.w3.org/2000/svg';
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var legend = $('timeline-legend');
    while (legend.firstChild) legend.removeChild(legend.firstChild);
    var periods = [], byPeriod = {}, types = {};
    rows.forEach(function (r) {
      if (!byPeriod[r.period]) { byPeriod[r.period] = []; periods.push(r.period); }
      byPeriod[r.period].push(r);
      types[r.type] = true;
    });
    var W = svg.clientWidth || 500, H = 180, pad = 24;
    var max = 1;
    periods.forEach(function (p) { var s = 0; byPeriod[p].forEach(function (r) { s += r.count; }); max = Math.max(max, s); });
    var bw = periods.length ? (W - 2 * pad) / periods.length : 0;
    // Time runs left to right in both languages, as on a chart axis.
    svg.setAttribute('direction', 'ltr');
    periods.forEach(function (p, i) {
      var y = H - pad;
      byPeriod[p].forEach(function (r) {
        var h = (H - 2 * pad) * r.count / max;
        var rect = document.createElementNS(NS, 'rect');
        rect.setAttribute('x', String(pad + i * bw + 1));
        rect.setAttribute('y', String(y - h));
        rect.setAttribute('width', String(Math.max(1, bw - 2)));
        rect.setAttribute('height', String(h));
        rect.setAttribute('fill', colorOf(r.type));
        rect.setAttribute('class', 'bar');
        var title = document.createElementNS(NS, 'title');
        title.textContent = p.substring(0, 7) + ' ' + r.type + ': ' + r.count;
        rect.appendChild(title);
        svg.appendChild(rect);
        y -= h;
      });
      if (periods.length <= 24 || i % Math.ceil(periods.length / 12) === 0) {
        var label = document.createElementNS(NS, 'text');
        label.setAttribute('x', String(pad + i * bw + bw / 2));
        label.setAttribute('y', String(H - 6));
        label.setAttribute('text-anchor', 'middle');
        label.setAttribute('font-size', '10');
        label.textContent = p.substring(0, 7);
        svg.appendChild(label);
      }
    });
    var top = document.createElementNS(NS, 'text');
    top.setAttribute('x', '2'); top.setAttribute('y', String(pad - 6)); top.setAttribute('font-size', '10');
    top.textContent = String(max);
    svg.appendChild(top);
    Object.keys(types).sort().forEach(function (ty) {
      var li = el('li');
      var sw = el('span', 'swatch');
      sw.style.background = colorOf(ty);
      li.appendChild(sw);
      li.appendChild(document.createTextNode(ty));
      legend.appendChild(li);
    });
  }

  // Map: bundled country shapes as a GeoJSON layer (no tile server), events as circles.
  function initMap() {
    if (typeof L === 'undefined') return Promise.resolve();
    map = L.map('map', { worldCopyJump: false, minZoom: 1, maxZoom: 10 }).setView([27, 30], 3);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Natural Earth / world-atlas');
    markers = L.layerGroup().addTo(map);
    return fetch('/api/geo/countries').then(function (r) { return r.json(); }).then(function (geo) {
      L.geoJSON(geo, { style: { color: '#8aa1b4', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 } }).addTo(map);
      markers.bringToFront && markers.eachLayer(function (m) { m.bringToFront(); });
    });
  }

  function loadMap() {
    if (!map) return Promise.resolve();
    return api('/api/events', merge(filters(), { limit: 1000 })).then(function (page) {
      markers.clearLayers();
      page.items.forEach(function (e) {
        var p = e.location;
        if (!p || p.lat === null || p.lon === null || p.lat === undefined) return;
        var m = L.circleMarker([p.lat, p.lon], { radius: 6, color: '#222', weight: 1, fillColor: colorOf(e.event), fillOpacity: 0.85 });
        // Leaflet treats a string as HTML: give it a text-only element instead.
        m.bindTooltip(el('span', null, e.event + ' · ' + placeLabel(p) + ' · ' + (e.date || '')));
        m.on('click', function () { openEvent(e.id); });
        markers.addLayer(m);
      });
    }).catch(showError);
  }

  function loadTable() {
    return api('/api/events', merge(filters(), { limit: PAGE, offset: state.offset })).then(function (page) {
      state.total = page.total;
      state.items = page.items;
      renderPage();
    }).catch(showError);
  }

  function renderPage() {
    var tbody = document.querySelector('#events tbody');
    if (!tbody || !state.items) return;
    while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
    if (state.items.length === 0) {
      var tr = el('tr'), td = el('td', 'muted', t('none'));
      td.colSpan = 7;
      tr.appendChild(td);
      tbody.appendChild(tr);
    }
    state.items.forEach(function (e) {
      var tr = el('tr');
      tr.setAttribute('data-id', e.id);
      if (e.id === state.selected) tr.className = 'selected';
      [e.date, e.event, e.mode, actorLabel(e.actor), actorLabel(e.recipient), placeLabel(e.location), e.source].forEach(function (v) {
        var td = el('td', null, v || '');
        td.dir = 'auto';
        tr.appendChild(td);
      });
      tr.addEventListener('click', function () { openEvent(e.id); });
      tbody.appendChild(tr);
    });
    $('total').textContent = '(' + state.total + ')';
    var from = state.total ? state.offset + 1 : 0;
    $('page').textContent = from + '–' + Math.min(state.total, state.offset + PAGE) + ' ' + t('of') + ' ' + state.total;
    $('prev').disabled = state.offset === 0;
    $('next').disabled = state.offset + PAGE >= state.total;
  }

  function openEvent(id) {
    state.selected = id;
    return api('/api/events/' + encodeURIComponent(id)).then(renderDetail).catch(showError);
  }

  function renderDetail(d) {
    var e = d.event, a = d.article || {};
    $('detail').hidden = false;
    $('detail-title').textContent = (a.title || a.doc_id || '') + (a.source ? ' — ' + a.source : '');
    var dl = $('detail-fields');
    while (dl.firstChild) dl.removeChild(dl.firstChild);
    var claimant = e.attribution && e.attribution.claimant;
    var size = e.size ? ['dead', 'injured', 'arrested', 'participants'].filter(function (k) { return e.size[k] !== null && e.size[k] !== undefined; })
      .map(function (k) { return k + ': ' + e.size[k]; }).join(', ') : '';
    [['type', e.event + (e.mode ? ' / ' + e.mode : '')], ['date', (e.date || '') + (e.date_text ? ' «' + e.date_text + '»' : '')],
     ['actor', actorLabel(e.actor)], ['recipient', actorLabel(e.recipient)], ['place', placeLabel(e.location)],
     ['claimant', actorLabel(claimant)], ['size', size], ['confidence', e.confidence], ['engine', e.engine],
     ['source', [a.source, a.published, a.url].filter(Boolean).join(' · ')]].forEach(function (row) {
      if (row[1] === '' || row[1] === null || row[1] === undefined) return;
      dl.appendChild(el('dt', null, t(row[0])));
      var dd = el('dd', null, row[1]);
      dd.dir = 'auto';
      dl.appendChild(dd);
    });
    renderArticle($('article-text'), a.text || '', spansOf(e, a.text || ''));
    var ul = $('mentions');
    while (ul.firstChild) ul.removeChild(ul.firstChild);
    (d.mentions || []).forEach(function (m) {
      var li = el('li', null, [m.published, m.source, m.event, m.trigger && m.trigger.text].filter(Boolean).join(' · '));
      li.dir = 'auto';
      if (m.id !== e.id) { li.className = 'link'; li.addEventListener('click', function () { openEvent(m.id); }); }
      ul.appendChild(li);
    });
    var rows = document.querySelectorAll('#events tbody tr');
    for (var i = 0; i < rows.length; i++) rows[i].className = rows[i].getAttribute('data-id') === e.id ? 'selected' : '';
    $('detail').scrollIntoView({ block: 'start' });
  }

  // The parts of the article to highlight, from the record's offsets.
  function spansOf(e, text) {
    var s = [];
    function add(x, cls) {
      if (x && typeof x.start === 'number' && typeof x.end === 'number' && x.start < x.end && x.end <= text.length) {
        s.push({ start: x.start, end: x.end, cls: cls });
      }
    }
    add(e.evidence, 'hl-evidence');
    add(e.trigger, 'hl-trigger');
    add(e.actor, 'hl-actor');
    add(e.recipient, 'hl-recipient');
    add(e.location, 'hl-place');
    (e.locations || []).forEach(function (p) { add(p, 'hl-place'); });
    // Records give the date phrase but not its offsets: look for it in the evidence sentence first.
    if (e.date_text) {
      var from = e.evidence ? e.evidence.start : 0;
      var i = text.indexOf(e.date_text, from);
      if (i < 0) i = text.indexOf(e.date_text);
      if (i >= 0) s.push({ start: i, end: i + e.date_text.length, cls: 'hl-date' });
    }
    return s;
  }

  // Splits the text at every span boundary; each piece carries the classes of the spans over it.
  function renderArticle(node, text, spans) {
    while (node.firstChild) node.removeChild(node.firstChild);
    var cuts = [0, text.length];
    spans.forEach(function (x) { cuts.push(x.start, x.end); });
    cuts = cuts.filter(function (v, i, arr) { return arr.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var piece = text.substring(a, b);
      var classes = spans.filter(function (x) { return x.start <= a && x.end >= b; }).map(function (x) { return x.cls; });
      if (classes.length === 0) { node.appendChild(document.createTextNode(piece)); continue; }
      var marks = classes.filter(function (c) { return c !== 'hl-evidence'; });
      var part = el(marks.length ? 'mark' : 'span', classes.join(' '), piece);
      node.appendChild(part);
    }
  }

  function showError(err) {
    var tbody = document.querySelector('#events tbody');
    if (window.console) console.error(err);
    if (tbody) {
      while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
      var tr = el('tr'), td = el('td', 'error', t('failed'));
      td.colSpan = 7;
      tr.appendChild(td);
      tbody.appendChild(tr);
    }
  }

  function init() {
    var saved = null;
    try { saved = localStorage.getItem('marsad.lang'); } catch (e) { /* private mode */ }
    setLang(saved || 'ar');
    $('lang-toggle').addEventListener('click', function () { setLang(state.lang === 'ar' ? 'en' : 'ar'); });
    $('filters').addEventListener('submit', function (ev) { ev.preventDefault(); refresh(); });
    $('filters').addEventListener('reset', function () { setTimeout(refresh, 0); });
    ['f-type', 'f-country'].forEach(function (id) { $(id).addEventListener('change', refresh); });
    $('prev').addEventListener('click', function () { state.offset = Math.max(0, state.offset - PAGE); loadTable(); });
    $('next').addEventListener('click', function () { state.offset += PAGE; loadTable(); });
    Promise.all([loadFacets(), initMap()]).then(refresh).then(function () {
      document.body.setAttribute('data-ready', 'true');
    }).catch(showError);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
