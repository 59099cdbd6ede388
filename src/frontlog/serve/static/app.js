/* frontlog's page: the map, the timeline (overview and detail), the events table, the charts, the control layer and
 * the event panel over the local JSON API.
 *
 * Everything heavy happens on the server: the map asks /api/clusters once per view, the charts ask /api/timeline
 * for the map's view and the window. The whole state lives in the URL's query string (a view can be bookmarked,
 * shared, and Back returns to the previous one). Every text from the dataset is inserted as text, never as HTML:
 * evidence and corrections come from arbitrary articles and users.
 */
"use strict";

const PRECISION = { 1: "the place itself", 2: "near or part of the place", 3: "a region or larger area" };
const DAY = 86400000;
const STATE_KEYS = ["from", "to", "type", "sub", "actor", "country", "q", "near", "place", "lat", "lon", "z", "ev",
  "control", "stale", "tab", "sort", "page"];
const TABLE_SIZE = 50;
const DOWNLOAD_LIMIT = 10000;  // the API's largest page

const state = {};
let summary = null;
let countries = new Set();
let colours = { event_types: {}, holders: {}, other: "#9E9E9E" };
let map, eventLayer, controlLayer, labelLayer, timelineData = null, detailData = null;
let busy = 1;  // as body[data-pending] starts: start() releases it when the first view is requested
let returnFocus = null;  // where focus goes back to when the panel closes
let lastList = null;  // the list an event was opened from (the panel's "back to the list")
let storePlaces = null;  // names of places with events, for labels at closer zooms

// ------------------------------------------------------------------------------------------------ helpers

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "style") node.style.cssText = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

const NS = "http://www.w3.org/2000/svg";
function svgEl(tag, attrs, text) {
  const n = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, v);
  if (text !== undefined) n.textContent = text;
  return n;
}

function setBusy(delta) {
  // data-pending tells a test (or a curious user) whether the page is still fetching.
  busy = Math.max(0, busy + delta);
  document.body.dataset.pending = String(busy);
}

function query(params) {
  const p = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null));
  return p.toString() ? "?" + p : "";
}

async function api(path, params) {
  const res = await fetch(path + (params ? query(params) : ""));
  const body = await res.json();
  if (!res.ok) throw new Error(`${body.error}: ${body.detail}`);
  return body;
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const parseDay = (s) => Date.parse(s + "T00:00:00Z");
const typeColor = (t) => colours.event_types[t] || "#555";
const holderColor = (h) => (h && colours.holders[h]) || colours.other;
const fmt = (n) => Number(n).toLocaleString("en");
const REGIONS = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames(["en"], { type: "region" }) : null;
const validDay = (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(parseDay(s)) && iso(parseDay(s)) === s;

function countryName(code) {
  try { return (REGIONS && code && REGIONS.of(code)) || code; } catch (err) { return code; }
}

function when(ev) {
  // A window with its precision: "2016-02-01 to 2016-02-10 (within these days)", never just its first day.
  if (!ev.date_start) return "undated";
  const span = ev.date_end && ev.date_end !== ev.date_start ? `${ev.date_start} to ${ev.date_end}` : ev.date_start;
  return ev.date_precision && ev.date_precision !== "day" ? `${span} (${ev.date_precision})` : span;
}

function killed(n) { return n == null ? "fatalities not reported" : `${fmt(n)} killed`; }

function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    if (timer === null) setBusy(+1);
    clearTimeout(timer);
    timer = setTimeout(async () => {
      timer = null;
      try { await fn(...args); } catch (err) { notice(String(err.message || err)); } finally { setBusy(-1); }
    }, ms);
  };
}

function notice(text) {
  document.getElementById("notice-text").textContent = text;
  document.getElementById("notice").hidden = !text;
}

// ------------------------------------------------------------------------------------------------ URL state

function readUrl() {
  // Every value is checked: a bad one is dropped and named in a visible message, the rest of the view still loads.
  const p = new URLSearchParams(location.search);
  const problems = [];
  for (const k of STATE_KEYS) state[k] = (p.get(k) || "").trim();
  const drop = (k, why) => { problems.push(`${k}=${state[k]} (${why})`); state[k] = ""; };
  for (const k of ["from", "to"]) if (state[k] && !validDay(state[k])) drop(k, "not a day; write YYYY-MM-DD");
  if (state.from && state.to && state.from > state.to) {
    problems.push(`from=${state.from} is after to=${state.to} (swapped)`);
    [state.from, state.to] = [state.to, state.from];
  }
  if (summary) {
    if (state.type && !(state.type in summary.event_types)) drop("type", "not an event type");
    const subs = Object.values(summary.event_types).flat();
    if (state.sub && !subs.includes(state.sub)) drop("sub", "not a sub-event type");
    if (state.country && !countries.has(state.country)) drop("country", "no events in that country code");
  }
  const num = (k, lo, hi) => {
    if (state[k] && !(Number.isFinite(+state[k]) && +state[k] >= lo && +state[k] <= hi)) drop(k, `not a number from ${lo} to ${hi}`);
  };
  num("lat", -85, 85); num("lon", -180, 180); num("z", 2, 13); num("stale", 1, 100000); num("page", 1, 1e7);
  if (state.near && !/^-?\d+(\.\d+)?,-?\d+(\.\d+)?:\d+(\.\d+)?km$/.test(state.near)) drop("near", "write LAT,LON:KMkm");
  if (state.control && state.control !== "1") state.control = "1";
  if (state.tab && !["timeline", "table", "charts"].includes(state.tab)) drop("tab", "timeline, table or charts");
  if (state.sort && !/^-?(date|type|actor|location|precision|fatalities)$/.test(state.sort)) drop("sort", "not a column");
  if (state.q.length > 200) drop("q", "longer than 200 characters");
  if (!(state.lat && state.lon && state.z)) state.lat = state.lon = state.z = "";
  notice(problems.length ? `Ignored from the link: ${problems.join("; ")}.` : "");
}

function writeUrl(push = false) {
  // A new view (filters, window, an event) is a history entry, so Back returns to it; map moves replace it.
  const p = new URLSearchParams();
  for (const k of STATE_KEYS) if (state[k]) p.set(k, state[k]);
  const url = p.toString() ? "?" + p : location.pathname;
  if (url === location.search || (url === location.pathname && !location.search)) return;
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
}

function filterParams() {
  return { event_type: state.type, sub_event_type: state.sub, actor: state.actor, country: state.country, q: state.q,
    near: state.near };
}

function windowParams() {
  return { ...filterParams(), date_from: state.from, date_to: state.to };
}

function viewBbox() {
  // The map's view as a box, or nothing when every event is in view: the same counts, and the store answers
  // a timeline without a box from its daily rollup instead of scanning the events.
  if (!map) return "";
  const b = summary && summary.bounds;
  if (b && map.getBounds().contains([[b[0], b[1]], [b[2], b[3]]])) return "";
  return mapBbox();
}

function viewParams() {
  // The filters, the window and the map's view: what the table, the charts and the detail timeline count.
  return { ...windowParams(), bbox: viewBbox() };
}

// ------------------------------------------------------------------------------------------------ map

function splitAtAntimeridian(line) {
  // A line that jumps from +180 to -180 would be drawn across the whole world: cut it there instead.
  const out = [[]];
  for (let i = 0; i < line.length; i++) {
    if (i && Math.abs(line[i][0] - line[i - 1][0]) > 180) out.push([]);
    out[out.length - 1].push(line[i]);
  }
  return out.filter((l) => l.length > 1);
}

function unwrapRing(ring) {
  // A polygon crossing the antimeridian (Fiji, Chukotka) is kept continuous past ±180 rather than folded back.
  const out = [ring[0].slice()];
  for (let i = 1; i < ring.length; i++) {
    let lon = ring[i][0];
    const prev = out[i - 1][0];
    while (lon - prev > 180) lon -= 360;
    while (lon - prev < -180) lon += 360;
    out.push([lon, ring[i][1]]);
  }
  return out;
}

function lines(geom) {
  const all = geom.type === "MultiLineString" ? geom.coordinates : geom.type === "LineString" ? [geom.coordinates] : [];
  return { type: "MultiLineString", coordinates: all.flatMap(splitAtAntimeridian) };
}

function setupMap() {
  map = L.map("map", { zoomControl: true, minZoom: 2, maxZoom: 13, worldCopyJump: false, zoomSnap: 1, keyboard: true,
    maxBounds: [[-85, -200], [85, 200]] });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.attributionControl.addAttribution("Base map: Natural Earth (public domain) · Place names: GeoNames (CC BY 4.0)");
  map.createPane("base").style.zIndex = 200;
  map.createPane("labels").style.zIndex = 450;
  map.getPane("labels").style.pointerEvents = "none";
  const renderer = L.canvas({ pane: "base", padding: 0.3 });
  labelLayer = L.layerGroup().addTo(map);
  eventLayer = L.layerGroup().addTo(map);
  controlLayer = L.layerGroup().addTo(map);
  setBusy(+1);
  fetch("/static/vendor/world-atlas/countries-50m.json").then((r) => r.json()).then((topo) => {
    const land = topojson.feature(topo, topo.objects.land);
    const polys = land.geometry ? [land.geometry] : land.features.map((f) => f.geometry);
    const fill = { type: "MultiPolygon", coordinates: polys.flatMap((g) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates))
      .map((poly) => poly.map(unwrapRing)) };
    const coast = lines(topojson.mesh(topo, topo.objects.land));
    const borders = lines(topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b));
    L.geoJSON(fill, { renderer, interactive: false, style: { stroke: false, fillColor: "#f3f1ea", fillOpacity: 1 } }).addTo(map);
    L.geoJSON(borders, { renderer, interactive: false, style: { color: "#9aa1ab", weight: 0.9, dashArray: "3 2" } }).addTo(map);
    L.geoJSON(coast, { renderer, interactive: false, style: { color: "#7d8b99", weight: 0.8, fill: false } }).addTo(map);
  }).finally(() => setBusy(-1));
  map.on("moveend", () => {
    const c = map.getCenter();
    state.lat = c.lat.toFixed(4); state.lon = c.lng.toFixed(4); state.z = String(map.getZoom());
    writeUrl(false);
    refreshMap();
    refreshLabels();
    refreshControl();
    refreshTimeline();
    refreshViews();
  });
  addLegend();
}

function addLegend() {
  const phone = window.matchMedia("(max-width: 700px)").matches;
  const legend = L.control({ position: phone ? "topright" : "bottomleft" });
  legend.onAdd = () => {
    const box = el("div", { class: "legend", id: "legend" });
    const body = el("div", { class: "legend-body", id: "legend-body" });
    const toggle = el("button", { type: "button", class: "legend-toggle", "aria-expanded": "true", "aria-controls": "legend-body" }, "Legend");
    toggle.addEventListener("click", () => {
      const open = box.classList.toggle("collapsed");
      toggle.setAttribute("aria-expanded", String(!open));
    });
    if (phone) { box.classList.add("collapsed"); toggle.setAttribute("aria-expanded", "false"); }
    body.append(el("h2", {}, "Event type"));
    for (const [t, c] of Object.entries(colours.event_types)) body.append(el("div", {}, el("span", { class: "sw", style: `background:${c}` }), t));
    body.append(el("div", {}, el("span", { class: "sw", style: "background:#777" }), "at the place"),
      el("div", {}, el("span", { class: "sw p2" }), "near or part of it"),
      el("div", {}, el("span", { class: "sw p3" }), "somewhere in a region"));
    body.append(el("div", { class: "muted" }, "size: fatalities · numbered disc: events grouped"));
    body.append(el("div", { id: "legend-control" }));
    box.append(toggle, body);
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    return box;
  };
  legend.addTo(map);
}

function mapBbox() {
  const b = map.getBounds();
  const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
  return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180),
    clamp(b.getNorth(), -90, 90)].map((v) => v.toFixed(5)).join(",");
}

function operable(marker, label, action) {
  // Leaflet makes a marker focusable (tabindex 0, role button); Enter and Space run its action, as a click does.
  marker.on("add", () => {
    const node = marker.getElement();
    if (!node) return;
    node.setAttribute("aria-label", label);
    node.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); e.stopPropagation(); returnFocus = node; action(); }
    });
  });
  marker.on("click", (e) => { returnFocus = marker.getElement(); action(e); });
}

function eventMarker(c) {
  const size = Math.round(Math.min(40, 11 + 4 * Math.sqrt(c.fatalities || 0)));
  const prec = c.geo_precision === 2 || c.geo_precision === 3 ? ` p${c.geo_precision}` : "";
  const dot = el("div", { class: "ev-dot" + prec, style: `background:${typeColor(c.event_type)};--c:${typeColor(c.event_type)}` });
  const icon = L.divIcon({ className: "ev-icon", iconSize: [size, size], html: dot });
  const m = L.marker([c.latitude, c.longitude], { icon, keyboard: true, riseOnHover: true });
  const who = [c.actor1, c.actor2].filter(Boolean).join(" vs ");
  m.bindTooltip(el("div", {}, el("div", { class: "tip-title" }, c.sub_event_type), el("div", {}, c.location || "unknown place",
    c.geo_precision > 1 ? ` (${PRECISION[c.geo_precision]})` : ""), el("div", {}, when(c)), who ? el("div", {}, who) : null,
  el("div", {}, killed(c.fatalities))));
  operable(m, `${c.sub_event_type}, ${c.location || "unknown place"}, ${when(c)}: open the event`, () => openEvent(c.id, true));
  m.on("add", () => {
    const node = m.getElement();
    node.dataset.id = c.id;
    node.classList.add("ev-marker");
    node.classList.toggle("selected", state.ev === c.id);
  });
  return m;
}

function clusterMarker(c) {
  const size = Math.round(Math.min(56, 24 + 7 * Math.log10(c.count)));
  const disc = el("div", { class: "cluster", "data-count": c.count, style: `width:${size}px;height:${size}px;background:${typeColor(c.event_type)}` },
    c.count >= 10000 ? Math.round(c.count / 1000) + "k" : String(c.count));
  const icon = L.divIcon({ className: "cluster-icon", iconSize: [size, size], html: disc });
  const m = L.marker([c.latitude, c.longitude], { icon, keyboard: true });
  const types = Object.entries(c.by_type).sort((a, b) => b[1] - a[1]);
  m.bindTooltip(el("div", {}, el("div", { class: "tip-title" }, `${fmt(c.count)} events, ${fmt(c.fatalities)} fatalities`),
    types.map(([t, n]) => el("div", {}, `${t}: ${fmt(n)}`))));
  operable(m, `${c.count} events grouped here: zoom in or list them`, () => openCluster(c));
  return m;
}

const refreshMap = debounce(async () => {
  const data = await api("/api/clusters", { ...windowParams(), bbox: mapBbox(), zoom: map.getZoom() });
  eventLayer.clearLayers();
  for (const c of data.cells) (c.kind === "event" ? eventMarker(c) : clusterMarker(c)).addTo(eventLayer);
  const count = document.getElementById("count");
  count.replaceChildren(el("b", {}, fmt(data.in_view)), " on the map of ", el("b", { id: "total" }, fmt(data.total)), " events");
  count.dataset.inView = data.in_view;
  count.dataset.total = data.total;
}, 120);

function openCluster(c) {
  const [s, w, n, e] = c.bounds;
  const degenerate = Math.abs(n - s) < 1e-4 && Math.abs(e - w) < 1e-4;
  if (!degenerate && map.getZoom() < map.getMaxZoom()) {
    map.fitBounds([[s, w], [n, e]], { padding: [40, 40], maxZoom: map.getMaxZoom() });
    return;
  }
  showList(c);  // all at one point (or fully zoomed in): list them
}

function eventButton(ev) {
  const who = [ev.actor1, ev.actor2].filter(Boolean).join(" vs ");
  return el("button", { type: "button", onclick: () => openEvent(ev.id, true) },
    el("span", { class: "chip", style: `background:${typeColor(ev.event_type)}` }, ev.sub_event_type), " ",
    `${when(ev)} · ${ev.location || "unknown place"}`, who ? ` · ${who}` : "", ` · ${killed(ev.fatalities)}`);
}

async function showList(c) {
  const pad = 1e-4;
  const [s, w, n, e] = c.bounds;
  const bbox = [w - pad, s - pad, e + pad, n + pad].map((v) => v.toFixed(5)).join(",");
  setBusy(+1);
  try {
    const data = await api("/api/events", { ...windowParams(), bbox, limit: 200 });
    lastList = c;
    showPanel([el("h2", { id: "panel-heading", tabindex: "-1" }, `${fmt(data.total)} events here`),
      data.total > data.events.length ? el("p", { class: "muted" }, `the first ${data.events.length} are listed`) : null,
      el("ul", { class: "list" }, data.events.map((ev) => el("li", {}, eventButton(ev))))]);
  } finally { setBusy(-1); }
}

function highlight() {
  for (const node of document.querySelectorAll(".ev-icon.selected, #events-table tr.selected")) node.classList.remove("selected");
  if (!state.ev) return;
  for (const node of document.querySelectorAll(`.ev-icon[data-id="${CSS.escape(state.ev)}"], #events-table tr[data-id="${CSS.escape(state.ev)}"]`)) {
    node.classList.add("selected");
  }
}

// ------------------------------------------------------------------------------------------------ labels

const refreshLabels = debounce(async () => {
  // GeoNames' places of 15,000 people or more, biggest first, and at closer zooms the places that have events;
  // each is kept only where it overlaps no label already placed, so density follows the zoom.
  const zoom = map.getZoom();
  const size = map.getSize();
  const maxLabels = Math.max(10, Math.round(size.x * size.y / 16000));
  // Twice what fits: enough candidates once the overlapping ones are dropped.
  const data = await api("/api/labels", { bbox: mapBbox(), limit: Math.min(400, 2 * maxLabels) });
  if (zoom >= 7 && storePlaces === null) storePlaces = (await api("/api/places", { limit: 2000 })).places;
  const candidates = data.labels.map((l) => ({ ...l, kind: "city" }));
  const bounds = map.getBounds();
  const withEvents = zoom >= 7 ? (storePlaces || []).filter((p) => p.latitude != null && bounds.contains([p.latitude, p.longitude]))
    .map((p) => ({ name: p.name, latitude: p.latitude, longitude: p.longitude, kind: "events" })) : [];
  // Cities of a million first (orientation), then the places with events (under the store's own spelling, which
  // wins over GeoNames' name for the same spot), then the other cities.
  const big = candidates.filter((l) => l.population >= 1000000).slice(0, 12);
  const ordered = [...big, ...withEvents, ...candidates.filter((l) => !big.includes(l))];
  const placed = [];
  labelLayer.clearLayers();
  const seen = new Set();
  for (const l of ordered) {
    if (placed.length >= maxLabels) break;
    const key = l.name.toLowerCase();
    if (seen.has(key)) continue;
    const pt = map.latLngToContainerPoint([l.latitude, l.longitude]);
    const big = l.kind === "city" && l.population >= 1000000;
    const box = { x0: pt.x - 2, y0: pt.y - 16, x1: pt.x + 8 + l.name.length * (big ? 7.6 : 6.4), y1: pt.y + 4 };
    if (box.x1 < 0 || box.x0 > size.x || box.y1 < 0 || box.y0 > size.y) continue;
    if (placed.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
    placed.push(box);
    seen.add(key);
    const text = el("span", { class: `place-label${big ? " big" : ""}${l.kind === "events" ? " has-events" : ""}` }, l.name);
    L.marker([l.latitude, l.longitude], { icon: L.divIcon({ className: "label-icon", iconSize: [0, 0], html: text }),
      interactive: false, keyboard: false, pane: "labels" }).addTo(labelLayer);
  }
}, 150);

// ------------------------------------------------------------------------------------------------ panel

function showPanel(children) {
  const panel = document.getElementById("panel");
  if (panel.hidden && !returnFocus) returnFocus = document.activeElement;
  document.getElementById("panel-body").replaceChildren(...children.flat().filter(Boolean));
  panel.hidden = false;
  const heading = document.getElementById("panel-heading");
  (heading || panel).focus();  // keyboard and screen-reader users land on what just opened
}

function keepInSight(latlng) {
  // The panel covers the map's right side (the lower part on a phone): move the map so the event stays visible.
  const panel = document.getElementById("panel");
  const size = map.getSize(), pt = map.latLngToContainerPoint(latlng);
  const phone = panel.offsetWidth >= size.x - 1;
  const free = phone ? { x: size.x, y: size.y - panel.offsetHeight } : { x: size.x - panel.offsetWidth, y: size.y };
  if (pt.x >= 20 && pt.x <= free.x - 20 && pt.y >= 20 && pt.y <= free.y - 20) return;
  map.panBy([pt.x - free.x / 2, pt.y - free.y / 2], { animate: false });
}

function closePanel() {
  document.getElementById("panel").hidden = true;
  lastList = null;
  if (state.ev) { state.ev = ""; writeUrl(true); }
  highlight();
  const back = returnFocus;
  returnFocus = null;
  if (back && document.contains(back)) back.focus();
  else document.getElementById("map").focus();
}

async function openEvent(id, push = false) {
  state.ev = id;
  writeUrl(push);
  highlight();
  setBusy(+1);
  try {
    let data;
    try {
      data = await api(`/api/events/${encodeURIComponent(id)}`);
    } catch (err) {
      showPanel([el("h2", { id: "panel-heading", tabindex: "-1" }, "Event not found"), el("p", {}, String(err.message))]);
      return;
    }
    const ev = data.event;
    const who = [ev.actor1 || "unnamed actor", ev.actor2 ? ` against ${ev.actor2}` : "",
      ev.assoc_actors.length ? ` (with ${ev.assoc_actors.join(", ")})` : ""].join("");
    const where = [ev.location || "unknown place", ev.admin1, countryName(ev.country)].filter(Boolean).join(", ");
    const span = ev.date_start === ev.date_end ? ev.date_start : `${ev.date_start} to ${ev.date_end}`;
    let fat = ev.fatalities == null ? "not reported" : String(ev.fatalities);
    if (ev.fatalities_reported.length > 1) fat += ` (lowest of ${ev.fatalities_reported.join(", ")} reported)`;
    const sources = data.mentions.map((m) => el("div", { class: "source" },
      el("div", { class: "title" }, m.url ? el("a", { href: m.url, target: "_blank", rel: "noopener noreferrer" }, m.title || m.doc_id) : (m.title || m.doc_id)),
      el("div", { class: "muted" }, `${m.published || "undated"} · ${m.doc_id}`),
      m.evidence.map((s) => el("blockquote", { class: "evidence" }, s)),
      el("div", { class: "why" }, m.reason)));
    const corrections = data.corrections.map((c) => el("li", {},
      `${c.field} = ${JSON.stringify(c.value)} by ${c.who} (${c.at.slice(0, 10)})${c.note ? ": " + c.note : ""}`));
    const list = lastList;
    showPanel([
      list ? el("button", { type: "button", class: "back", onclick: () => showList(list) }, "← back to the list") : null,
      el("span", { class: "chip", style: `background:${typeColor(ev.event_type)}` }, ev.event_type),
      ev.rejected ? el("span", { class: "chip", style: "background:#555;margin-left:4px" }, "rejected") : null,
      el("h2", { id: "panel-heading", tabindex: "-1" }, ev.sub_event_type),
      el("dl", {},
        el("dt", {}, "What"), el("dd", {}, `${ev.sub_event_type} (${ev.event_type})`),
        el("dt", {}, "Who"), el("dd", {}, who),
        el("dt", {}, "Where"), el("dd", { id: "ev-where" }, where, el("div", { class: "muted" },
          `${ev.latitude != null ? ev.latitude.toFixed(4) + ", " + ev.longitude.toFixed(4) : "no coordinates"} · ` +
          `precision ${ev.geo_precision ?? "?"}: ${PRECISION[ev.geo_precision] || "unknown"}`)),
        el("dt", {}, "When"), el("dd", {}, span || "undated", el("div", { class: "muted" }, `date precision: ${ev.date_precision || "unknown"}`)),
        el("dt", {}, "Fatalities"), el("dd", {}, fat),
        el("dt", {}, "Count"), el("dd", {}, ev.count == null ? "—" : String(ev.count)),
        el("dt", {}, "Claimed by"), el("dd", {}, ev.claimed_by || "—"),
        el("dt", {}, "Reports"), el("dd", {}, `${ev.sources.length} article(s), ${ev.n_mentions} mention(s)`),
        el("dt", {}, "Id"), el("dd", {}, el("a", { href: `/api/events/${encodeURIComponent(ev.id)}`, target: "_blank" }, ev.id))),
      el("h3", {}, "Evidence"), sources,
      corrections.length ? el("h3", {}, "Corrections") : null,
      corrections.length ? el("ul", {}, corrections) : null,
    ]);
    if (ev.latitude != null) keepInSight([ev.latitude, ev.longitude]);
  } finally { setBusy(-1); }
}

// ------------------------------------------------------------------------------------------------ control

const refreshControl = debounce(async () => {
  const legend = document.getElementById("legend-control");
  document.getElementById("t-day").textContent = state.to || "";
  if (!state.control || !state.to) { controlLayer.clearLayers(); legend.replaceChildren(); return; }
  const fc = await api("/api/control", { ...filterParams(), date: state.to, stale_after_days: state.stale });
  controlLayer.clearLayers();
  legend.replaceChildren();
  const inView = new Map();
  const bounds = map.getBounds();
  let stale = 0, besieged = 0;
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    const claimants = p.conflict ? [...new Set(p.claims.map((c) => c.holder))] : [p.holder].filter(Boolean);
    const visible = bounds.contains([lat, lon]);
    if (visible) for (const h of claimants) inView.set(h, holderColor(h));
    if (visible && p.stale) stale++;
    if (visible && p.besieged) besieged++;
    const bg = p.conflict ? `repeating-linear-gradient(45deg, ${claimants.map((h, i) => `${holderColor(h)} ${i * 4}px ${(i + 1) * 4}px`).join(", ")})`
      : holderColor(p.holder);
    const mark = el("div", { class: ["ctl-mark", p.besieged ? "besieged" : "", p.stale ? "stale" : "", p.conflict ? "conflict" : ""].join(" "),
      style: `background:${bg}`, "data-holder": p.holder || "", "data-stale": String(p.stale) });
    const icon = L.divIcon({ className: "ctl-icon", iconSize: [14, 14], html: mark });
    const held = p.conflict ? `contested: ${claimants.join(" / ")}` : p.holder ? `held by ${p.holder}` + (p.since ? ` since ${p.since}` : "") : "holder unknown";
    const tip = el("div", {}, el("div", { class: "tip-title" }, `${p.place} (${p.country || "?"})`), el("div", {}, held),
      p.besieged ? el("div", {}, `besieged${p.besieged_by ? " by " + p.besieged_by : ""}`) : null,
      el("div", {}, `last confirmed ${p.last_confirmed || "never"}` + (p.stale ? ` — unconfirmed for over ${fc.stale_after_days} days` : "")),
      el("div", { class: "muted" }, `${p.reports.length} report(s), ${p.evidence.length} event(s)`));
    const m = L.marker([lat, lon], { icon, zIndexOffset: 1000, keyboard: true }).bindTooltip(tip);
    operable(m, `${p.place}: ${held}, last confirmed ${p.last_confirmed || "never"}${p.stale ? ", unconfirmed" : ""}`,
      () => openEvent(p.evidence[p.evidence.length - 1], true));
    m.addTo(controlLayer);
  }
  legend.append(el("h2", {}, `Control on ${state.to}`));
  if (!inView.size) legend.append(el("div", { class: "muted" }, "no holding known in this view"));
  for (const [h, c] of [...inView].sort((a, b) => a[0].localeCompare(b[0]))) {
    legend.append(el("div", { class: "holder", "data-colour": c }, el("span", { class: "sq", style: `background:${c}` }), h));
  }
  if (besieged) legend.append(el("div", {}, el("span", { class: "sq", style: "outline:2px dashed #d00" }), "besieged"));
  if (stale) legend.append(el("div", {}, el("span", { class: "sq", style: "background:#999;opacity:.45" }), `faded: no report for ${fc.stale_after_days}+ days`));
}, 150);

// ------------------------------------------------------------------------------------------------ timeline

function overviewRange() {
  const first = summary.first_day ? parseDay(summary.first_day) : Date.now();
  const last = summary.last_day ? parseDay(summary.last_day) + DAY : first + DAY;
  return { t0: Math.min(first, state.from ? parseDay(state.from) : first), t1: Math.max(last, state.to ? parseDay(state.to) + DAY : last) };
}

const refreshTimeline = debounce(async () => {
  // The overview covers the whole period (from the summary's first day: the page sends its window, never asks
  // for every week since the oldest date any article mentions), by month over years, by week otherwise.
  const { t0, t1 } = overviewRange();
  const bucket = t1 - t0 > 3 * 365 * DAY ? "month" : "week";
  timelineData = await api("/api/timeline", { ...filterParams(), bucket, by: "event_type", date_from: iso(t0), date_to: iso(t1 - DAY),
    bbox: viewBbox() });
  drawOverview();
}, 150);

const refreshDetail = debounce(async () => {
  if (!state.from || !state.to) return;
  const days = (parseDay(state.to) - parseDay(state.from)) / DAY + 1;
  const bucket = days <= 400 ? "day" : days <= 2800 ? "week" : "month";
  detailData = await api("/api/timeline", { ...viewParams(), bucket, by: "event_type" });
  drawDetail();
}, 150);

function bucketEnd(start, bucket) {
  const d = new Date(parseDay(start));
  if (bucket === "day") return parseDay(start) + DAY;
  if (bucket === "week") return parseDay(start) + 7 * DAY;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

function geometry(svg, t0, t1, m) {
  const width = svg.clientWidth || 800, height = svg.clientHeight || 120;
  const x = (t) => m.left + (t - t0) / (t1 - t0) * (width - m.left - m.right);
  const inv = (px) => t0 + (px - m.left) / (width - m.left - m.right) * (t1 - t0);
  return { svg, width, height, m, t0, t1, x, inv };
}

function overviewGeometry() {
  const { t0, t1 } = overviewRange();
  return geometry(document.getElementById("overview"), t0, t1, { left: 44, right: 14, top: 3, bottom: 3 });
}

function detailGeometry() {
  const t0 = parseDay(state.from || summary.first_day), t1 = parseDay(state.to || summary.last_day) + DAY;
  return geometry(document.getElementById("chart"), t0, t1, { left: 44, right: 14, top: 8, bottom: 20 });
}

function stacked(svg, g, data, opts) {
  // Stacked bars by type, each exactly as wide as its bucket (no minimum width: buckets never overlap).
  const totals = data.buckets.map((_, i) => data.series.reduce((a, se) => a + se.counts[i], 0));
  const ymax = Math.max(1, ...totals);
  const y = (v) => g.height - g.m.bottom - v / ymax * (g.height - g.m.top - g.m.bottom);
  const bars = svgEl("g", { class: "bars" });
  data.buckets.forEach((b, i) => {
    if (!totals[i]) return;
    const bx0 = Math.max(g.m.left, g.x(parseDay(b))), bx1 = Math.min(g.width - g.m.right, g.x(bucketEnd(b, data.bucket)));
    if (bx1 <= bx0) return;
    const w = Math.max(0.8, bx1 - bx0 - (bx1 - bx0 > 3 ? 0.5 : 0));
    let acc = 0;
    for (const se of data.series) {
      const v = se.counts[i];
      if (!v) continue;
      const rect = svgEl("rect", { x: bx0.toFixed(2), y: y(acc + v).toFixed(1), width: w.toFixed(2), height: Math.max(0.5, y(acc) - y(acc + v)).toFixed(1),
        fill: opts.color(se.key), "data-bucket": b });
      rect.append(svgEl("title", {}, `${data.bucket} of ${b}: ${fmt(v)} ${opts.unit} (${se.key})`));
      bars.append(rect);
      acc += v;
    }
  });
  svg.append(bars);
  return ymax;
}

function axis(svg, g, ymax, unit) {
  const ax = svgEl("g", { class: "axis" });
  ax.append(svgEl("line", { x1: g.m.left, x2: g.width - g.m.right, y1: g.height - g.m.bottom, y2: g.height - g.m.bottom }));
  const span = g.t1 - g.t0;
  const mode = span <= 62 * DAY ? "day" : span < 3 * 365 * DAY ? "month" : "year";
  const pxPer = (g.width - g.m.left - g.m.right) / span;
  const minGap = 64;
  const d = new Date(g.t0);
  let tick = mode === "day" ? g.t0 : mode === "month" ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) : Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  const stepDays = mode === "day" ? Math.max(1, Math.ceil(minGap / (pxPer * DAY))) : 0;
  const stepMonths = mode === "month" ? Math.max(1, Math.ceil(minGap / (pxPer * 30 * DAY))) : 0;
  const stepYears = mode === "year" ? Math.max(1, Math.ceil(minGap / (pxPer * 365 * DAY))) : 0;
  for (let i = 0; tick < g.t1 && i < 400; i++) {
    const px = g.x(tick);
    ax.append(svgEl("line", { x1: px, x2: px, y1: g.height - g.m.bottom, y2: g.height - g.m.bottom + 4 }));
    const td = new Date(tick);
    ax.append(svgEl("text", { x: px, y: g.height - 5, "text-anchor": "middle" },
      mode === "day" ? iso(tick) : mode === "month" ? iso(tick).slice(0, 7) : String(td.getUTCFullYear())));
    tick = mode === "day" ? tick + stepDays * DAY : mode === "month" ? Date.UTC(td.getUTCFullYear(), td.getUTCMonth() + stepMonths, 1)
      : Date.UTC(td.getUTCFullYear() + stepYears, 0, 1);
  }
  ax.append(svgEl("text", { x: g.m.left - 4, y: g.m.top + 9, "text-anchor": "end" }, fmt(ymax)));
  if (unit) ax.append(svgEl("text", { x: g.m.left - 4, y: g.m.top + 21, "text-anchor": "end" }, unit));
  svg.append(ax);
}

function drawOverview() {
  if (!summary) return;
  const g = overviewGeometry();
  const svg = g.svg;
  svg.replaceChildren();
  svg.setAttribute("viewBox", `0 0 ${g.width} ${g.height}`);
  if (timelineData && timelineData.buckets.length) stacked(svg, g, timelineData, { color: typeColor, unit: "events" });
  const from = state.from ? parseDay(state.from) : g.t0, to = state.to ? parseDay(state.to) + DAY : g.t1;
  const bx0 = Math.max(g.m.left, g.x(from)), bx1 = Math.min(g.width - g.m.right, g.x(to));
  svg.append(svgEl("rect", { class: "brush", id: "overview-brush", x: bx0, y: 1, width: Math.max(2, bx1 - bx0), height: g.height - 2 }));
}

function drawDetail() {
  const g = detailGeometry();
  const svg = g.svg;
  svg.replaceChildren();
  svg.setAttribute("viewBox", `0 0 ${g.width} ${g.height}`);
  const data = detailData;
  if (!data || !data.buckets.length) {
    svg.append(svgEl("text", { x: g.width / 2, y: g.height / 2, "text-anchor": "middle", class: "empty" },
      summary && summary.events === 0 ? "no events yet" : "no dated events in this window, view and filters"));
    return;
  }
  const ymax = stacked(svg, g, data, { color: typeColor, unit: "events" });
  axis(svg, g, ymax, `a ${data.bucket}`);
  svg.append(svgEl("rect", { class: "brush", id: "brush", x: g.m.left, y: g.m.top, width: 0, height: g.height - g.m.top - g.m.bottom, visibility: "hidden" }));
}

function setupBrush(svg, geom, rectId) {
  // Any drag, however narrow, chooses the days under it (exact to the day); a click without moving chooses the
  // one bucket (day, week or month) under the pointer. Nothing recentres the window.
  let start = null;
  const clampPx = (g, px) => Math.max(g.m.left, Math.min(g.width - g.m.right - 0.01, px));
  svg.addEventListener("pointerdown", (e) => {
    if (!summary || e.button !== 0) return;
    svg.setPointerCapture(e.pointerId);
    start = e.offsetX;
  });
  svg.addEventListener("pointermove", (e) => {
    if (start === null) return;
    const g = geom();
    const rect = document.getElementById(rectId);
    if (!rect) return;
    const a = clampPx(g, Math.min(start, e.offsetX)), b = clampPx(g, Math.max(start, e.offsetX));
    rect.setAttribute("x", a); rect.setAttribute("width", Math.max(1, b - a)); rect.setAttribute("visibility", "visible");
  });
  svg.addEventListener("pointerup", (e) => {
    if (start === null) return;
    const g = geom();
    const a = clampPx(g, Math.min(start, e.offsetX)), b = clampPx(g, Math.max(start, e.offsetX));
    start = null;
    const dayOf = (px) => Math.floor((g.inv(px) + 1) / DAY) * DAY;
    if (b - a >= 1) { setWindow(iso(dayOf(a)), iso(dayOf(b)), true); return; }
    const data = svg.id === "overview" ? timelineData : detailData;
    const t = dayOf(a);
    const hit = data && data.buckets.find((bk) => parseDay(bk) <= t && t < bucketEnd(bk, data.bucket));
    if (hit) setWindow(hit, iso(bucketEnd(hit, data.bucket) - DAY), true);
  });
}

function setWindow(from, to, push = false) {
  if (from && to && from > to) [from, to] = [to, from];
  state.from = from || "";
  state.to = to || "";
  state.page = "";
  document.getElementById("t-from").value = state.from;
  document.getElementById("t-to").value = state.to;
  writeUrl(push);
  drawOverview();
  refreshMap();
  refreshControl();
  refreshViews();
}

let playing = null;

function togglePlay() {
  const button = document.getElementById("play");
  if (playing) { clearInterval(playing); playing = null; button.textContent = "▶ Play"; return; }
  if (!summary || !summary.first_day) return;
  const first = parseDay(summary.first_day), last = parseDay(summary.last_day);
  let from = state.from ? parseDay(state.from) : first, to = state.to ? parseDay(state.to) : last;
  if (to - from >= (last - first) * 0.9 || to >= last) {
    // The window covers everything (or is at the end): start from the beginning with a tenth of the period.
    const width = Math.max(7 * DAY, Math.round((last - first) / 10 / DAY) * DAY);
    from = first; to = first + width;
  }
  const width = to - from;
  const step = Math.max(7 * DAY, Math.round(width / 8 / DAY) * DAY);
  setWindow(iso(from), iso(to));
  button.textContent = "❚❚ Pause";
  playing = setInterval(() => {
    from += step; to += step;
    if (from > last) { togglePlay(); return; }
    setWindow(iso(from), iso(Math.min(to, last + width)));
  }, 900);
}

// ------------------------------------------------------------------------------------------------ table and charts

const COLUMNS = [["date", "When"], ["type", "What"], ["actor", "Who"], ["location", "Where"], ["precision", "Precision"],
  ["fatalities", "Fatalities"]];

function refreshViews() {
  if (state.tab === "table") refreshTable();
  else if (state.tab === "charts") refreshCharts();
  else refreshDetail();
}

function downloadHref(format) {
  return "/api/events" + query({ ...viewParams(), sort: state.sort, format, limit: DOWNLOAD_LIMIT });
}

const refreshTable = debounce(async () => {
  const page = +state.page || 1;
  const data = await api("/api/events", { ...viewParams(), sort: state.sort || "date", limit: TABLE_SIZE, page });
  const head = document.querySelector("#events-table thead tr");
  head.replaceChildren(...COLUMNS.map(([key, label]) => {
    const dir = state.sort === key || (!state.sort && key === "date") ? "ascending" : state.sort === "-" + key ? "descending" : null;
    return el("th", { scope: "col", "aria-sort": dir || "none" }, el("button", { type: "button", "data-sort": key, onclick: () => {
      state.sort = dir === "ascending" ? "-" + key : key;
      state.page = "";
      writeUrl(true);
      refreshTable();
    } }, label, dir === "ascending" ? " ▲" : dir === "descending" ? " ▼" : ""));
  }));
  const rows = data.events.map((ev) => {
    const tr = el("tr", { tabindex: "0", "data-id": ev.id, "aria-label": `${ev.sub_event_type}, ${ev.location || "unknown place"}, ${when(ev)}` },
      el("td", {}, when(ev)),
      el("td", {}, el("span", { class: "sw", style: `display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:4px;background:${typeColor(ev.event_type)}` }), ev.sub_event_type),
      el("td", {}, [ev.actor1 || "unnamed", ev.actor2].filter(Boolean).join(" vs ")),
      el("td", {}, [ev.location || "unknown", ev.country].filter(Boolean).join(", ")),
      el("td", {}, ev.geo_precision ? `${ev.geo_precision}: ${PRECISION[ev.geo_precision]}` : "—"),
      el("td", { class: "num" }, ev.fatalities == null ? "not reported" : fmt(ev.fatalities)));
    const open = () => { returnFocus = tr; lastList = null; openEvent(ev.id, true); };
    tr.addEventListener("click", open);
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(); } });
    return tr;
  });
  document.querySelector("#events-table tbody").replaceChildren(...rows);
  // A free text's total is counted up to a cap: beyond, it is a lower bound (total_exact false).
  const atLeast = data.total_exact === false ? "at least " : "";
  document.getElementById("table-count").textContent = `${atLeast}${fmt(data.total)} events in this view and window`;
  document.getElementById("table-count").dataset.total = data.total;
  document.getElementById("table-page").textContent = `page ${data.page} of ${atLeast}${fmt(data.pages)}`;
  document.getElementById("table-prev").disabled = data.page <= 1;
  document.getElementById("table-next").disabled = data.page >= data.pages;
  for (const [id, format] of [["dl-csv", "csv"], ["dl-geojson", "geojson"], ["dl-json", "json"]]) {
    const a = document.getElementById(id);
    a.href = downloadHref(format);
    a.title = data.total > DOWNLOAD_LIMIT ? `the first ${fmt(DOWNLOAD_LIMIT)} of ${fmt(data.total)}; use frontlog export for all` : `${fmt(data.total)} events`;
  }
  highlight();
}, 120);

const refreshCharts = debounce(async () => {
  if (!state.from || !state.to) return;
  const days = (parseDay(state.to) - parseDay(state.from)) / DAY + 1;
  const bucket = days <= 120 ? "day" : days <= 1100 ? "week" : "month";
  const [events, fatal, actors] = await Promise.all([
    api("/api/timeline", { ...viewParams(), bucket, by: "event_type" }),
    api("/api/timeline", { ...viewParams(), bucket, by: "event_type", measure: "fatalities" }),
    api("/api/timeline", { ...viewParams(), bucket: "month", by: "actor" })]);
  const t0 = parseDay(state.from), t1 = parseDay(state.to) + DAY;
  for (const [id, data, unit] of [["ch-events", events, "events"], ["ch-fatal", fatal, "killed"]]) {
    const svg = document.getElementById(id);
    const g = geometry(svg, t0, t1, { left: 40, right: 8, top: 6, bottom: 18 });
    svg.replaceChildren();
    svg.setAttribute("viewBox", `0 0 ${g.width} ${g.height}`);
    if (!data.total) { svg.append(svgEl("text", { x: g.width / 2, y: g.height / 2, "text-anchor": "middle", class: "empty" }, `no ${unit}`)); continue; }
    axis(svg, g, stacked(svg, g, data, { color: typeColor, unit }), "");
  }
  // By actor: one horizontal bar per actor (actor1), the largest first.
  const svg = document.getElementById("ch-actors");
  const width = svg.clientWidth || 300, height = svg.clientHeight || 120;
  svg.replaceChildren();
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const series = actors.series.filter((s) => s.total);
  const rowH = Math.max(9, Math.min(16, (height - 4) / Math.max(1, series.length)));
  const max = Math.max(1, ...series.map((s) => s.total));
  const labelW = Math.min(150, width * 0.45);
  series.slice(0, Math.floor((height - 4) / rowH)).forEach((s, i) => {
    const y = 2 + i * rowH;
    svg.append(svgEl("text", { x: labelW - 4, y: y + rowH * 0.75, "text-anchor": "end", "font-size": Math.min(11, rowH - 1) }, s.key));
    const bar = svgEl("rect", { x: labelW, y: y + 1, width: Math.max(1, (width - labelW - 30) * s.total / max), height: rowH - 2,
      fill: colours.holders[s.key] || "#5f6773" });
    bar.append(svgEl("title", {}, `${s.key}: ${fmt(s.total)} events`));
    svg.append(bar, svgEl("text", { x: labelW + 3 + (width - labelW - 30) * s.total / max, y: y + rowH * 0.75, "font-size": Math.min(11, rowH - 1) }, fmt(s.total)));
  });
  if (!series.length) svg.append(svgEl("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "empty" }, "no events"));
}, 150);

function selectTab(tab, push = true) {
  state.tab = tab === "timeline" ? "" : tab;
  for (const name of ["timeline", "table", "charts"]) {
    const on = (state.tab || "timeline") === name;
    document.getElementById(`tab-${name}`).setAttribute("aria-selected", String(on));
    document.getElementById(`view-${name}`).hidden = !on;
  }
  document.body.classList.toggle("tall-foot", !!state.tab);
  writeUrl(push);
  setTimeout(() => { map.invalidateSize(); drawOverview(); refreshViews(); }, 0);
}

// ------------------------------------------------------------------------------------------------ filters

function fillFilters(actors, places) {
  const typeSel = document.getElementById("f-type");
  for (const t of Object.keys(summary.event_types)) typeSel.append(el("option", { value: t }, t));
  const cSel = document.getElementById("f-country");
  for (const c of places.countries) cSel.append(el("option", { value: c.code }, `${countryName(c.code)} (${fmt(c.count)})`));
  const list = document.getElementById("actors");
  for (const a of actors.actors) list.append(el("option", { value: a.name }, `${a.name} (${fmt(a.count)})`));
}

function fillSubTypes() {
  const sel = document.getElementById("f-sub");
  sel.replaceChildren(el("option", { value: "" }, "all"));
  const types = state.type ? [state.type] : Object.keys(summary.event_types);
  for (const t of types) for (const s of summary.event_types[t]) sel.append(el("option", { value: s }, s));
  sel.value = state.sub;
}

function syncInputs() {
  document.getElementById("f-type").value = state.type;
  fillSubTypes();
  document.getElementById("f-actor").value = state.actor;
  document.getElementById("f-country").value = state.country;
  document.getElementById("f-q").value = state.q;
  document.getElementById("t-from").value = state.from;
  document.getElementById("t-to").value = state.to;
  document.getElementById("t-control").checked = !!state.control;
  document.getElementById("t-stale").value = state.stale || "180";
  const chip = document.getElementById("near-chip");
  chip.hidden = !state.near;
  chip.replaceChildren(...(state.near ? [`near ${state.place || state.near}`, el("button", { type: "button", "aria-label": "stop filtering to this place",
    onclick: () => { state.near = state.place = ""; syncInputs(); onFilters(); } }, "×")] : []));
}

function onFilters() {
  state.page = "";
  writeUrl(true);
  refreshTimeline();
  refreshMap();
  refreshControl();
  refreshViews();
}

let placeHits = [];
const searchPlaces = debounce(async (text) => {
  if (text.length < 2) return;
  placeHits = (await api("/api/places/search", { q: text, limit: 8 })).places;
  document.getElementById("place-hits").replaceChildren(...placeHits.map((p) => el("option", { value: p.name },
    `${countryName(p.country)}${p.events ? ` · ${p.events} events` : ""}`)));
}, 200);

async function goToPlace(text) {
  // A place name (any alias or near spelling): the map jumps there and the view is filtered to 5 km around it.
  if (!text) return;
  let hit = placeHits.find((p) => p.name.toLowerCase() === text.toLowerCase());
  if (!hit) {
    setBusy(+1);
    try { hit = (await api("/api/places/search", { q: text, limit: 1 })).places[0]; } finally { setBusy(-1); }
  }
  if (!hit) { notice(`No place called "${text}" in the store or the gazetteer.`); return; }
  notice("");
  state.place = hit.name;
  state.near = `${hit.latitude.toFixed(4)},${hit.longitude.toFixed(4)}:5km`;
  syncInputs();
  onFilters();
  map.setView([hit.latitude, hit.longitude], 11);
}

function setupFilters() {
  const bind = (id, key, ev = "change") => document.getElementById(id).addEventListener(ev, (e) => {
    state[key] = e.target.value.trim();
    if (key === "type") { state.sub = ""; fillSubTypes(); }
    if (key === "sub" && state.sub && !state.type) {
      state.type = Object.keys(summary.event_types).find((t) => summary.event_types[t].includes(state.sub)) || "";
      document.getElementById("f-type").value = state.type;
    }
    onFilters();
  });
  bind("f-type", "type");
  bind("f-sub", "sub");
  bind("f-actor", "actor");
  bind("f-country", "country");
  bind("f-q", "q");
  document.getElementById("f-q").addEventListener("keydown", (e) => { if (e.key === "Enter") e.target.blur(); });
  const place = document.getElementById("f-place");
  place.addEventListener("input", (e) => searchPlaces(e.target.value.trim()));
  place.addEventListener("change", (e) => goToPlace(e.target.value.trim()));
  place.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); goToPlace(e.target.value.trim()); } });
  document.getElementById("f-reset").addEventListener("click", () => {
    for (const k of ["type", "sub", "actor", "country", "q", "near", "place"]) state[k] = "";
    document.getElementById("f-place").value = "";
    syncInputs();
    setWindow(summary.first_day || "", summary.last_day || "");
    onFilters();
  });
  const toggle = document.getElementById("filters-toggle");
  toggle.addEventListener("click", () => {
    const open = document.getElementById("filters").classList.toggle("open");
    toggle.setAttribute("aria-expanded", String(open));
    setTimeout(() => map.invalidateSize(), 0);
  });
  document.getElementById("t-from").addEventListener("change", (e) => { if (validDay(e.target.value)) setWindow(e.target.value, state.to, true); });
  document.getElementById("t-to").addEventListener("change", (e) => { if (validDay(e.target.value)) setWindow(state.from, e.target.value, true); });
  document.getElementById("t-all").addEventListener("click", () => setWindow(summary.first_day || "", summary.last_day || "", true));
  document.getElementById("t-control").addEventListener("change", (e) => {
    state.control = e.target.checked ? "1" : "";
    writeUrl(true);
    refreshControl();
  });
  document.getElementById("t-stale").addEventListener("change", (e) => {
    const n = Math.round(+e.target.value);
    state.stale = n >= 1 && n !== 180 ? String(n) : "";
    writeUrl(true);
    refreshControl();
  });
  for (const name of ["timeline", "table", "charts"]) document.getElementById(`tab-${name}`).addEventListener("click", () => selectTab(name));
  document.getElementById("table-prev").addEventListener("click", () => { state.page = String(Math.max(1, (+state.page || 1) - 1)); writeUrl(true); refreshTable(); });
  document.getElementById("table-next").addEventListener("click", () => { state.page = String((+state.page || 1) + 1); writeUrl(true); refreshTable(); });
  document.getElementById("play").addEventListener("click", togglePlay);
  document.getElementById("panel-close").addEventListener("click", closePanel);
  document.getElementById("notice-close").addEventListener("click", () => notice(""));
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !document.getElementById("panel").hidden) { e.preventDefault(); closePanel(); }
  });
  window.addEventListener("resize", debounce(async () => { drawOverview(); drawDetail(); refreshLabels(); }, 100));
  window.addEventListener("popstate", () => applyUrl());
}

function applyUrl() {
  // Back and Forward: the URL's view, as on a fresh load (but without reloading the page).
  readUrl();
  if (!state.from && !state.to) { state.from = summary.first_day || ""; state.to = summary.last_day || ""; }
  syncInputs();
  selectTab(state.tab || "timeline", false);
  if (state.lat && state.lon && state.z) map.setView([+state.lat, +state.lon], +state.z);
  refreshTimeline();
  drawOverview();
  refreshMap();
  refreshControl();
  if (state.ev) openEvent(state.ev); else if (!document.getElementById("panel").hidden) { document.getElementById("panel").hidden = true; }
}

// ------------------------------------------------------------------------------------------------ start

async function start() {
  try {
    summary = await api("/api/summary");
    colours = summary.colours || colours;
    const [actors, places] = await Promise.all([api("/api/actors", { limit: 500 }), api("/api/places", { limit: 1 })]);
    countries = new Set(places.countries.map((c) => c.code));
    readUrl();
    if (!state.from && !state.to) { state.from = summary.first_day || ""; state.to = summary.last_day || ""; }
    setupMap();
    fillFilters(actors, places);
    syncInputs();
    setupFilters();
    setupBrush(document.getElementById("overview"), overviewGeometry, "overview-brush");
    setupBrush(document.getElementById("chart"), detailGeometry, "brush");
    if (state.lat && state.lon && state.z) map.setView([+state.lat, +state.lon], +state.z);
    else if (summary.bounds) {
      const [s, w, n, e] = summary.bounds;
      map.fitBounds([[s, w], [n, e]], { padding: [60, 60], maxZoom: 8 });
    } else map.setView([30, 30], 3);
    if (summary.events === 0) {
      notice("This store has no events yet. Load articles with `frontlog ingest ARTICLES --db STORE` (a folder of " +
        ".txt, .html or .json articles), then reload this page.");
    }
    selectTab(state.tab || "timeline", false);
    refreshTimeline();
    if (state.ev) openEvent(state.ev);
  } catch (err) {
    notice(`Could not load the page's data: ${err.message}. Is \`frontlog serve\` still running?`);
  } finally {
    setBusy(-1);  // the initial 1 set in the HTML
  }
}

window.frontlog = { state, openEvent, setWindow, map: () => map };
start();
