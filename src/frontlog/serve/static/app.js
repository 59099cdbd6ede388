/* frontlog's page: the map, the timeline, the control layer and the event panel over the local JSON API.
 *
 * Everything heavy happens on the server: the map asks /api/clusters once per view (events already grouped on a
 * grid for the zoom level), the chart asks /api/timeline once per filter change. The whole state lives in the
 * URL's query string, so a view can be bookmarked or shared. All text from the dataset is inserted as text
 * (never as HTML): evidence comes from arbitrary articles.
 */
"use strict";

const TYPE_COLORS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#27ae60",
  "Riots": "#a0522d",
  "Strategic developments": "#2471a3",
};
const PRECISION = { 1: "the place itself", 2: "near or part of the place", 3: "a region or larger area" };
const DAY = 86400000;
const STATE_KEYS = ["from", "to", "type", "sub", "actor", "country", "q", "lat", "lon", "z", "ev", "control"];

const state = {};
let summary = null;
let map, eventLayer, controlLayer, timelineData = null;
let busy = 0;

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

function setBusy(delta) {
  // data-pending tells a test (or a curious user) whether the page is still fetching.
  busy = Math.max(0, busy + delta);
  document.body.dataset.pending = String(busy);
}

async function api(path, params) {
  const qs = params ? "?" + new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null)) : "";
  const res = await fetch(path + qs);
  const body = await res.json();
  if (!res.ok) throw new Error(`${body.error}: ${body.detail}`);
  return body;
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const parseDay = (s) => Date.parse(s + "T00:00:00Z");
const typeColor = (t) => TYPE_COLORS[t] || "#555";
const fmt = (n) => Number(n).toLocaleString("en");
const REGIONS = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames(["en"], { type: "region" }) : null;

function countryName(code) {
  try { return (REGIONS && code && REGIONS.of(code)) || code; } catch (err) { return code; }
}

function holderColor(name) {
  // A stable colour per holder name (the same holder is the same colour on every day).
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)) >>> 0;
  return `hsl(${h % 360}, 65%, 42%)`;
}

function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    if (timer === null) setBusy(+1);
    clearTimeout(timer);
    timer = setTimeout(async () => {
      timer = null;
      try { await fn(...args); } finally { setBusy(-1); }
    }, ms);
  };
}

// ------------------------------------------------------------------------------------------------ URL state

function readUrl() {
  const p = new URLSearchParams(location.search);
  for (const k of STATE_KEYS) state[k] = p.get(k) || "";
}

function writeUrl() {
  const p = new URLSearchParams();
  for (const k of STATE_KEYS) if (state[k]) p.set(k, state[k]);
  history.replaceState(null, "", p.toString() ? "?" + p : location.pathname);
}

function filterParams() {
  return { event_type: state.type, sub_event_type: state.sub, actor: state.actor, country: state.country, q: state.q };
}

function windowParams() {
  return { ...filterParams(), date_from: state.from, date_to: state.to };
}

// ------------------------------------------------------------------------------------------------ map

function setupMap() {
  map = L.map("map", { zoomControl: true, minZoom: 2, maxZoom: 13, worldCopyJump: false, zoomSnap: 1 });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.attributionControl.addAttribution("Base map: Natural Earth (public domain)");
  map.createPane("base").style.zIndex = 200;
  const renderer = L.canvas({ pane: "base", padding: 0.3 });
  eventLayer = L.layerGroup().addTo(map);
  controlLayer = L.layerGroup().addTo(map);
  setBusy(+1);
  fetch("/static/vendor/world-atlas/countries-50m.json").then((r) => r.json()).then((topo) => {
    const land = topojson.feature(topo, topo.objects.land);
    const borders = topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b);
    L.geoJSON(land, { renderer, interactive: false, style: { stroke: false, fillColor: "#f3f1ea", fillOpacity: 1 } }).addTo(map);
    L.geoJSON(borders, { renderer, interactive: false, style: { color: "#9aa1ab", weight: 0.9, dashArray: "3 2" } }).addTo(map);
    L.geoJSON(land, { renderer, interactive: false, style: { color: "#7d8b99", weight: 0.8, fill: false } }).addTo(map);
  }).finally(() => setBusy(-1));
  map.on("moveend", () => {
    const c = map.getCenter();
    state.lat = c.lat.toFixed(4); state.lon = c.lng.toFixed(4); state.z = String(map.getZoom());
    writeUrl();
    refreshMap();
  });
  addLegend();
}

function addLegend() {
  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = () => {
    const box = el("div", { class: "legend", id: "legend" });
    box.append(el("h4", {}, "Event type"));
    for (const [t, c] of Object.entries(TYPE_COLORS)) box.append(el("div", {}, el("span", { class: "sw", style: `background:${c}` }), t));
    box.append(el("div", { class: "muted" }, "dot size: fatalities · numbered disc: events grouped (click to zoom)"));
    box.append(el("div", { id: "legend-control" }));
    L.DomEvent.disableClickPropagation(box);
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

const refreshMap = debounce(async () => {
  const data = await api("/api/clusters", { ...windowParams(), bbox: mapBbox(), zoom: map.getZoom() });
  eventLayer.clearLayers();
  for (const c of data.cells) {
    if (c.kind === "event") {
      const r = Math.min(22, 5 + 2.2 * Math.sqrt(c.fatalities || 0));
      const m = L.circleMarker([c.latitude, c.longitude], {
        radius: r, fillColor: typeColor(c.event_type), color: "#fff", weight: 1.2, fillOpacity: 0.88,
        className: "ev-marker",
      });
      m.bindTooltip(`${c.sub_event_type} — ${c.location || "?"}, ${c.date_start || "undated"}` +
        (c.fatalities != null ? ` — ${c.fatalities} killed` : ""));
      m.on("click", () => openEvent(c.id));
      m.on("add", () => { const p = m.getElement(); if (p) p.dataset.id = c.id; });
      m.addTo(eventLayer);
    } else {
      const size = Math.round(Math.min(56, 22 + 7 * Math.log10(c.count)));
      const icon = L.divIcon({
        className: "cluster-icon", iconSize: [size, size],
        html: `<div class="cluster" data-count="${c.count}" style="width:${size}px;height:${size}px;` +
          `background:${typeColor(c.event_type)}">${c.count >= 10000 ? Math.round(c.count / 1000) + "k" : c.count}</div>`,
      });
      const types = Object.entries(c.by_type).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t}: ${fmt(n)}`).join("<br>");
      const m = L.marker([c.latitude, c.longitude], { icon, keyboard: true, title: `${c.count} events` });
      m.bindTooltip(`<b>${fmt(c.count)} events</b>, ${fmt(c.fatalities)} fatalities<br>${types}`);
      m.on("click", () => openCluster(c));
      m.addTo(eventLayer);
    }
  }
  document.getElementById("count").replaceChildren(
    el("b", {}, fmt(data.in_view)), ` on the map of `, el("b", { id: "total" }, fmt(data.total)),
    ` events from ${state.from || "the start"} to ${state.to || "the end"}`);
  document.getElementById("count").dataset.inView = data.in_view;
  document.getElementById("count").dataset.total = data.total;
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

async function showList(c) {
  const pad = 1e-4;
  const [s, w, n, e] = c.bounds;
  const bbox = [w - pad, s - pad, e + pad, n + pad].map((v) => v.toFixed(5)).join(",");
  setBusy(+1);
  try {
    const data = await api("/api/events", { ...windowParams(), bbox, limit: 200 });
    const items = data.events.map((ev) => el("li", { onclick: () => openEvent(ev.id) },
      el("span", { class: "chip", style: `background:${typeColor(ev.event_type)}` }, ev.sub_event_type), " ",
      `${ev.date_start || "undated"} · ${ev.location || "?"}`,
      ev.fatalities != null ? ` · ${ev.fatalities} killed` : ""));
    showPanel([el("h2", {}, `${fmt(data.total)} events here`),
      data.total > data.events.length ? el("p", { class: "muted" }, `the first ${data.events.length} are listed`) : null,
      el("ul", { class: "list" }, items)]);
  } finally { setBusy(-1); }
}

// ------------------------------------------------------------------------------------------------ panel

function showPanel(children) {
  document.getElementById("panel-body").replaceChildren(...children.flat().filter(Boolean));
  document.getElementById("panel").hidden = false;
}

function closePanel() {
  document.getElementById("panel").hidden = true;
  state.ev = "";
  writeUrl();
}

async function openEvent(id) {
  state.ev = id;
  writeUrl();
  setBusy(+1);
  try {
    let data;
    try {
      data = await api(`/api/events/${encodeURIComponent(id)}`);
    } catch (err) {
      showPanel([el("h2", {}, "Event not found"), el("p", {}, String(err.message))]);
      return;
    }
    const ev = data.event;
    const who = [ev.actor1 || "unnamed actor", ev.actor2 ? ` against ${ev.actor2}` : "",
      ev.assoc_actors.length ? ` (with ${ev.assoc_actors.join(", ")})` : ""].join("");
    const where = [ev.location || "unknown place", ev.admin1, countryName(ev.country)].filter(Boolean).join(", ");
    const when = ev.date_start === ev.date_end ? ev.date_start : `${ev.date_start} to ${ev.date_end}`;
    let fat = ev.fatalities == null ? "not reported" : String(ev.fatalities);
    if (ev.fatalities_reported.length > 1) fat += ` (lowest of ${ev.fatalities_reported.join(", ")} reported)`;
    const sources = data.mentions.map((m) => el("div", { class: "source" },
      el("div", { class: "title" }, m.url ? el("a", { href: m.url, target: "_blank", rel: "noopener noreferrer" }, m.title || m.doc_id) : (m.title || m.doc_id)),
      el("div", { class: "muted" }, `${m.published || "undated"} · ${m.doc_id}`),
      m.evidence.map((s) => el("blockquote", { class: "evidence" }, s)),
      el("div", { class: "why" }, m.reason)));
    const corrections = data.corrections.map((c) => el("li", {},
      `${c.field} = ${JSON.stringify(c.value)} by ${c.who} (${c.at.slice(0, 10)})${c.note ? ": " + c.note : ""}`));
    showPanel([
      el("span", { class: "chip", style: `background:${typeColor(ev.event_type)}` }, ev.event_type),
      ev.rejected ? el("span", { class: "chip", style: "background:#555;margin-left:4px" }, "rejected") : null,
      el("h2", { id: "ev-title" }, ev.sub_event_type),
      el("dl", {},
        el("dt", {}, "What"), el("dd", {}, `${ev.sub_event_type} (${ev.event_type})`),
        el("dt", {}, "Who"), el("dd", {}, who),
        el("dt", {}, "Where"), el("dd", {}, where, el("div", { class: "muted" },
          `${ev.latitude != null ? ev.latitude.toFixed(4) + ", " + ev.longitude.toFixed(4) : "no coordinates"} · ` +
          `precision ${ev.geo_precision ?? "?"}: ${PRECISION[ev.geo_precision] || "unknown"}`)),
        el("dt", {}, "When"), el("dd", {}, when || "undated", el("div", { class: "muted" }, `date precision: ${ev.date_precision || "unknown"}`)),
        el("dt", {}, "Fatalities"), el("dd", {}, fat),
        el("dt", {}, "Count"), el("dd", {}, ev.count == null ? "—" : String(ev.count)),
        el("dt", {}, "Claimed by"), el("dd", {}, ev.claimed_by || "—"),
        el("dt", {}, "Reports"), el("dd", {}, `${ev.sources.length} article(s), ${ev.n_mentions} mention(s)`),
        el("dt", {}, "Id"), el("dd", {}, el("a", { href: `/api/events/${encodeURIComponent(ev.id)}`, target: "_blank" }, ev.id))),
      el("h3", {}, "Evidence"), sources,
      corrections.length ? el("h3", {}, "Corrections") : null,
      corrections.length ? el("ul", {}, corrections) : null,
    ]);
  } finally { setBusy(-1); }
}

// ------------------------------------------------------------------------------------------------ control

const refreshControl = debounce(async () => {
  controlLayer.clearLayers();
  const legend = document.getElementById("legend-control");
  legend.replaceChildren();
  document.getElementById("t-day").textContent = state.to || "";
  if (!state.control || !state.to) return;
  const fc = await api("/api/control", { date: state.to });
  const holders = new Map();
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const p = f.properties;
    const color = p.holder ? holderColor(p.holder) : "#777";
    if (p.holder) holders.set(p.holder, color);
    const cls = ["ctl-mark", p.besieged ? "besieged" : "", p.conflict ? "conflict" : ""].join(" ");
    const icon = L.divIcon({ className: "ctl-icon", iconSize: [14, 14], html: `<div class="${cls}" style="background:${color}"></div>` });
    const [lon, lat] = f.geometry.coordinates;
    const tip = el("div", {}, el("b", {}, p.place), ` (${p.country || "?"})`, el("br"),
      p.conflict ? `contested: ${p.claims.map((c) => c.holder).join(" / ")}` : `held by ${p.holder || "unknown"}` + (p.since ? ` since ${p.since}` : ""),
      p.besieged ? el("div", {}, `besieged${p.besieged_by ? " by " + p.besieged_by : ""}`) : null,
      el("div", { class: "muted" }, `evidence: ${p.evidence.join(", ")}`));
    L.marker([lat, lon], { icon, zIndexOffset: 1000 }).bindTooltip(tip).on("click", () => openEvent(p.evidence[0])).addTo(controlLayer);
  }
  legend.append(el("h4", {}, `Control on ${state.to}`));
  if (!holders.size && !fc.features.length) legend.append(el("div", { class: "muted" }, "no place changed hands by then"));
  for (const [h, c] of holders) legend.append(el("div", {}, el("span", { class: "sq", style: `background:${c}` }), h));
  if (fc.features.some((f) => f.properties.besieged)) legend.append(el("div", {}, el("span", { class: "sq", style: "outline:2px dashed #d00" }), "besieged"));
}, 150);

// ------------------------------------------------------------------------------------------------ timeline

const refreshTimeline = debounce(async () => {
  timelineData = await api("/api/timeline", { ...filterParams(), bucket: "week", by: "event_type" });
  drawTimeline();
}, 120);

function chartGeometry() {
  const svg = document.getElementById("chart");
  const width = svg.clientWidth || 800, height = svg.clientHeight || 140;
  const m = { left: 44, right: 14, top: 8, bottom: 20 };
  const first = summary.first_day ? parseDay(summary.first_day) : Date.now();
  const last = summary.last_day ? parseDay(summary.last_day) + DAY : first + DAY;
  // From the Monday before the first week to a week after the last: edge bars stay clear of the window's frame.
  const t0 = first - ((new Date(first).getUTCDay() + 6) % 7) * DAY - 7 * DAY;
  const t1 = Math.max(last, t0 + 14 * DAY) + 7 * DAY;
  const x = (t) => m.left + (t - t0) / (t1 - t0) * (width - m.left - m.right);
  const inv = (px) => t0 + (px - m.left) / (width - m.left - m.right) * (t1 - t0);
  return { svg, width, height, m, t0, t1, x, inv };
}

function drawTimeline() {
  const g = chartGeometry();
  const { svg, width, height, m, x } = g;
  const NS = "http://www.w3.org/2000/svg";
  const s = (tag, attrs) => { const n = document.createElementNS(NS, tag); for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v); return n; };
  svg.replaceChildren();
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const data = timelineData;
  if (!data || !data.buckets.length) {
    svg.append(Object.assign(s("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "empty" }), { textContent: "no dated events match the filters" }));
    return;
  }
  const totals = data.buckets.map((_, i) => data.series.reduce((a, se) => a + se.counts[i], 0));
  const ymax = Math.max(1, ...totals);
  const y = (v) => height - m.bottom - v / ymax * (height - m.top - m.bottom);
  // At least 3 px a bar: over a decade a week is under a pixel, and a lone event must stay visible.
  const bw = Math.max(3, x(parseDay(data.buckets[0]) + 7 * DAY) - x(parseDay(data.buckets[0])) - 0.5);
  // The window: a framed band behind the bars; bars outside it are faded.
  const from = state.from ? parseDay(state.from) : g.t0, to = state.to ? parseDay(state.to) + DAY : g.t1;
  const bx0 = Math.max(m.left, x(from)), bx1 = Math.min(width - m.right, x(to));
  svg.append(s("rect", { class: "brush", id: "brush", x: bx0, y: m.top, width: Math.max(2, bx1 - bx0), height: height - m.top - m.bottom }));
  const bars = s("g", { class: "bars" });
  data.buckets.forEach((b, i) => {
    if (!totals[i]) return;
    let acc = 0;
    const bx = x(parseDay(b));
    const inside = parseDay(b) + 7 * DAY > from && parseDay(b) < to;
    for (const se of data.series) {
      const v = se.counts[i];
      if (!v) continue;
      const rect = s("rect", { x: bx.toFixed(1), y: y(acc + v).toFixed(1), width: bw.toFixed(1), height: (y(acc) - y(acc + v)).toFixed(1), fill: typeColor(se.key), "fill-opacity": inside ? 1 : 0.3 });
      rect.append(Object.assign(s("title", {}), { textContent: `week of ${b}: ${v} ${se.key}` }));
      bars.append(rect);
      acc += v;
    }
  });
  svg.append(bars);
  // Axes: a few year (or month) ticks and the busiest week's count.
  const axis = s("g", { class: "axis" });
  axis.append(s("line", { x1: m.left, x2: width - m.right, y1: height - m.bottom, y2: height - m.bottom }));
  const span = g.t1 - g.t0;
  const monthly = span < 3 * 365 * DAY;
  const d = new Date(g.t0);
  let tick = Date.UTC(d.getUTCFullYear(), monthly ? d.getUTCMonth() + 1 : 12, 1);
  const step = monthly ? Math.max(1, Math.ceil(span / (30 * DAY) / 10)) : Math.max(1, Math.ceil(span / (365 * DAY) / 12));
  while (tick < g.t1) {
    const px = x(tick);
    axis.append(s("line", { x1: px, x2: px, y1: height - m.bottom, y2: height - m.bottom + 4 }));
    const label = s("text", { x: px, y: height - 5, "text-anchor": "middle" });
    const td = new Date(tick);
    label.textContent = monthly ? td.toISOString().slice(0, 7) : String(td.getUTCFullYear());
    axis.append(label);
    const nd = new Date(tick);
    tick = monthly ? Date.UTC(nd.getUTCFullYear(), nd.getUTCMonth() + step, 1) : Date.UTC(nd.getUTCFullYear() + step, 0, 1);
  }
  const ylab = s("text", { x: m.left - 6, y: m.top + 9, "text-anchor": "end" });
  ylab.textContent = `${ymax}/wk`;
  axis.append(ylab);
  svg.append(axis);
}

function setupBrush() {
  const svg = document.getElementById("chart");
  let start = null, temp = null;
  svg.addEventListener("pointerdown", (e) => {
    if (!summary) return;
    svg.setPointerCapture(e.pointerId);
    start = e.offsetX;
    temp = null;
  });
  svg.addEventListener("pointermove", (e) => {
    if (start === null || Math.abs(e.offsetX - start) < 4) return;
    const g = chartGeometry();
    const a = Math.min(start, e.offsetX), b = Math.max(start, e.offsetX);
    if (!temp) { temp = document.getElementById("brush"); }
    if (temp) { temp.setAttribute("x", a); temp.setAttribute("width", b - a); }
    void g;
  });
  svg.addEventListener("pointerup", (e) => {
    if (start === null) return;
    const g = chartGeometry();
    const clampT = (t) => Math.min(g.t1 - DAY, Math.max(g.t0, t));
    if (Math.abs(e.offsetX - start) >= 4) {
      const a = clampT(g.inv(Math.min(start, e.offsetX))), b = clampT(g.inv(Math.max(start, e.offsetX)));
      setWindow(iso(a), iso(b));
    } else {
      // A click moves the window (same width) to be centred on the clicked day.
      const from = state.from ? parseDay(state.from) : g.t0, to = state.to ? parseDay(state.to) : g.t1 - DAY;
      const half = (to - from) / 2;
      const c = clampT(g.inv(e.offsetX));
      setWindow(iso(clampT(c - half)), iso(clampT(c + half)));
    }
    start = null;
  });
}

function setWindow(from, to) {
  if (from && to && from > to) [from, to] = [to, from];
  state.from = from || "";
  state.to = to || "";
  document.getElementById("t-from").value = state.from;
  document.getElementById("t-to").value = state.to;
  writeUrl();
  drawTimeline();
  refreshMap();
  refreshControl();
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
}

function onFilters() {
  writeUrl();
  refreshTimeline();
  refreshMap();
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
  document.getElementById("f-reset").addEventListener("click", () => {
    for (const k of ["type", "sub", "actor", "country", "q"]) state[k] = "";
    syncInputs();
    setWindow(summary.first_day || "", summary.last_day || "");
    onFilters();
  });
  document.getElementById("t-from").addEventListener("change", (e) => setWindow(e.target.value, state.to));
  document.getElementById("t-to").addEventListener("change", (e) => setWindow(state.from, e.target.value));
  document.getElementById("t-all").addEventListener("click", () => setWindow(summary.first_day || "", summary.last_day || ""));
  document.getElementById("t-control").addEventListener("change", (e) => {
    state.control = e.target.checked ? "1" : "";
    writeUrl();
    refreshControl();
  });
  document.getElementById("play").addEventListener("click", togglePlay);
  document.getElementById("panel-close").addEventListener("click", closePanel);
  window.addEventListener("resize", debounce(async () => drawTimeline(), 100));
}

// ------------------------------------------------------------------------------------------------ start

async function start() {
  readUrl();
  try {
    summary = await api("/api/summary");
    const [actors, places] = await Promise.all([api("/api/actors", { limit: 500 }), api("/api/places", { limit: 1 })]);
    if (!state.from && !state.to) { state.from = summary.first_day || ""; state.to = summary.last_day || ""; }
    setupMap();
    fillFilters(actors, places);
    syncInputs();
    setupFilters();
    setupBrush();
    if (state.lat && state.lon && state.z) map.setView([+state.lat, +state.lon], +state.z);
    else if (summary.bounds) {
      const [s, w, n, e] = summary.bounds;
      map.fitBounds([[s, w], [n, e]], { padding: [60, 60], maxZoom: 8 });
    } else map.setView([30, 30], 3);
    refreshTimeline();
    refreshControl();
    if (state.ev) openEvent(state.ev);
  } catch (err) {
    document.getElementById("count").textContent = `could not load: ${err.message}`;
  } finally {
    setBusy(-1);  // the initial 1 set in the HTML
  }
}

window.frontlog = { state, openEvent, setWindow };
start();
