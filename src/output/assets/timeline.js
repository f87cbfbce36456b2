// summit-timeline HTML timeline. Self-contained: reads the JSON block
// #timeline-data and builds the page with DOM calls. Article text is only
// ever assigned through textContent (never innerHTML), so it cannot run.
"use strict";
(function () {
  var DAY_MS = 86400000;
  var TYPES = ["meeting", "call", "statement", "attack", "military", "travel",
    "threat", "agreement", "other"];
  var COLORS = {
    meeting: "#1f6fd1", call: "#0f9fb5", statement: "#3a9a3a",
    attack: "#d23a2f", military: "#8a4b12", travel: "#8a55c9",
    threat: "#e08a00", agreement: "#c2408e", other: "#6b7280"
  };
  var STATUSES = ["occurred", "planned", "hypothetical", "not_occurred"];
  var GUTTER = 104, AXIS = 28, ROW_HEIGHT = 30, PAD_RIGHT = 16;
  var ROWS_MAX = 6, ROW_PITCH = 20, LANE_PAD = 14, LANE_MIN = 40;

  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var events = data.events.map(prepare);
  var byId = {};
  events.forEach(function (e) { byId[e.id] = e; });

  var state = {
    types: {}, statuses: {}, actor: "", text: "", selected: null,
    view: null, shown: [], lanes: []
  };
  TYPES.forEach(function (t) { state.types[t] = true; });
  STATUSES.forEach(function (s) { state.statuses[s] = true; });

  var canvas = document.getElementById("chart");
  var ctx = canvas.getContext("2d");
  var tooltip = document.getElementById("tooltip");
  var list = document.getElementById("list");
  var spacer = el("div", "spacer");
  list.appendChild(spacer);

  // ---- data ----------------------------------------------------------
  function dayNumber(text) {
    if (typeof text !== "string") { return null; }
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) { return null; }
    return Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS);
  }

  function prepare(raw) {
    var s = dayNumber(raw.start), e = dayNumber(raw.end);
    var actors = raw.actors || [];
    var words = [raw.summary, raw.quote || "", raw.location || "",
      actors.join(" ")];
    (raw.sources || []).forEach(function (src) { words.push(src.evidence); });
    return {
      raw: raw, id: raw.id, type: TYPES.indexOf(raw.type) >= 0 ?
        raw.type : "other", status: raw.status, s: s,
      e: e === null ? null : e + 1, n: raw.n || 1,
      actorsLower: actors.map(function (a) { return a.toLowerCase(); }),
      haystack: words.join("\n").toLowerCase(), row: 0
    };
  }

  function label(raw) {
    if (raw.start && raw.start === raw.end) { return raw.start; }
    return (raw.start || "\u2026") + " \u2013 " + (raw.end || "\u2026");
  }

  function keep(e) {
    if (!state.types[e.type] || !state.statuses[e.status]) { return false; }
    if (state.actor) {
      var a = state.actor;
      if (!e.actorsLower.some(function (x) { return x.indexOf(a) >= 0; })) {
        return false;
      }
    }
    return !state.text || e.haystack.indexOf(state.text) >= 0;
  }

  // Packs each lane's events into sub-rows so overlapping spans stack; a
  // lane gets as many rows as it needs, up to ROWS_MAX.
  function layout() {
    state.shown = events.filter(keep);
    var present = {};
    state.shown.forEach(function (e) { present[e.type] = true; });
    state.lanes = TYPES.filter(function (t) { return present[t]; });
    state.laneRows = {};
    state.lanes.forEach(function (t) {
      var ends = [];
      state.shown.forEach(function (e) {
        if (e.type !== t) { return; }
        var from = e.s === null ? -Infinity : e.s;
        var to = e.e === null ? Infinity : e.e;
        var row = ends.findIndex(function (end) { return end <= from; });
        if (row < 0 && ends.length < ROWS_MAX) { row = ends.length; }
        if (row < 0) { row = ends.indexOf(Math.min.apply(null, ends)); }
        ends[row] = Math.max(ends[row] === undefined ? -Infinity : ends[row], to);
        e.row = row;
      });
      state.laneRows[t] = Math.max(1, ends.length);
    });
  }

  // The initial view: the dense part of the closed days (Fit: all of them).
  function fitView(all) {
    var days = [];
    state.shown.forEach(function (e) {
      if (e.s !== null) { days.push(e.s); }
      if (e.e !== null) { days.push(e.e); }
    });
    if (!days.length) {
      var today = Math.floor(Date.now() / DAY_MS);
      return { x0: today - 30, x1: today + 30 };
    }
    days.sort(function (a, b) { return a - b; });
    var lo = days[0], hi = days[days.length - 1];
    if (!all && days.length > 8) {
      // The narrowest stretch holding 80% of the dates: news clusters around
      // its story, and a few background dates years away would otherwise
      // squeeze it into a sliver.
      var k = Math.ceil(days.length * 0.8) - 1;
      lo = days[0]; hi = days[k];
      for (var i = 0; i + k < days.length; i++) {
        if (days[i + k] - days[i] < hi - lo) { lo = days[i]; hi = days[i + k]; }
      }
    }
    var pad = Math.max(3, (hi - lo) * 0.06);
    return { x0: lo - pad, x1: hi + pad };
  }

  // ---- drawing ---------------------------------------------------------
  // Lane heights follow their rows, squeezed to about half the window so
  // the list and the detail panel keep room.
  function size() {
    var ratio = window.devicePixelRatio || 1;
    var width = canvas.parentNode.clientWidth || 800;
    var rows = 0, natural = AXIS;
    state.lanes.forEach(function (t) {
      rows += state.laneRows[t];
      natural += Math.max(LANE_MIN, state.laneRows[t] * ROW_PITCH + LANE_PAD);
    });
    var budget = Math.max(220, (window.innerHeight || 900) * 0.5);
    var pitch = ROW_PITCH, laneMin = LANE_MIN;
    if (natural > budget && rows > 0) {
      pitch = Math.max(5, (budget - AXIS - state.lanes.length * LANE_PAD) / rows);
      laneMin = 26;
    }
    var top = AXIS;
    state.laneTop = {};
    state.laneHeight = {};
    state.lanes.forEach(function (t) {
      var height = Math.max(laneMin, state.laneRows[t] * pitch + LANE_PAD);
      state.laneTop[t] = top;
      state.laneHeight[t] = height;
      top += height;
    });
    var height = Math.max(top, AXIS + LANE_MIN) + 6;
    canvas.style.height = height + "px";
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    state.width = width;
    state.height = height;
  }

  function xOf(day) {
    var v = state.view, span = state.width - GUTTER - PAD_RIGHT;
    return GUTTER + (day - v.x0) / (v.x1 - v.x0) * span;
  }

  function dayOf(x) {
    var v = state.view, span = state.width - GUTTER - PAD_RIGHT;
    return v.x0 + (x - GUTTER) / span * (v.x1 - v.x0);
  }

  function radius(e) {
    return Math.min(13, 4 + 2.5 * Math.sqrt(e.n - 1));
  }

  // Where a mark sits: its centre line, extent and radius. A one-day span
  // is a dot; longer spans are bars.
  function geometry(e) {
    var rows = state.laneRows[e.type];
    var inner = state.laneHeight[e.type] - LANE_PAD;
    var top = state.laneTop[e.type];
    var y = top + LANE_PAD / 2 + inner / rows * (e.row + 0.5);
    var r = radius(e);
    y = Math.max(y, top + Math.min(r + 3, state.laneHeight[e.type] / 2));
    var left = e.s === null ? GUTTER - 4 : xOf(e.s);
    var right = e.e === null ? state.width : xOf(e.e);
    var dot = e.s !== null && e.e !== null && e.e - e.s <= 1;
    return { y: y, left: left, right: right, r: r, dot: dot };
  }

  function draw() {
    ctx.clearRect(0, 0, state.width, state.height);
    drawLanes();
    drawAxis();
    ctx.save();
    ctx.beginPath();
    ctx.rect(GUTTER, AXIS, state.width - GUTTER, state.height - AXIS);
    ctx.clip();
    var selected = null;
    state.shown.forEach(function (e) {
      var g = geometry(e);
      if (g.right < GUTTER - 20 || g.left > state.width + 20) { return; }
      drawMark(e, g);
      if (e === state.selected) { selected = g; }
    });
    if (selected) {
      ctx.strokeStyle = "#111";
      ctx.lineWidth = 2;
      ctx.setLineDash([]);
      ctx.beginPath();
      if (selected.dot) {
        var cx = (selected.left + selected.right) / 2;
        ctx.arc(cx, selected.y, selected.r + 4, 0, Math.PI * 2);
      } else {
        var left = Math.max(selected.left, GUTTER) - 4;
        var right = Math.min(selected.right, state.width) + 4;
        ctx.rect(left, selected.y - selected.r - 2, right - left,
          2 * selected.r + 4);
      }
      ctx.stroke();
    }
    ctx.restore();
  }

  function drawLanes() {
    ctx.font = "12px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    state.lanes.forEach(function (t, i) {
      var top = state.laneTop[t], height = state.laneHeight[t];
      if (i % 2 === 0) {
        ctx.fillStyle = "#f7f8fa";
        ctx.fillRect(0, top, state.width, height);
      }
      ctx.fillStyle = COLORS[t];
      ctx.fillRect(0, top + 5, 4, height - 10);
      ctx.fillStyle = "#1d2330";
      ctx.fillText(t, 12, top + height / 2);
    });
  }

  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
    "Sep", "Oct", "Nov", "Dec"];

  // Tick steps from a day to a century; the first at least 80 px apart.
  function ticks() {
    var perDay = (state.width - GUTTER - PAD_RIGHT) /
      (state.view.x1 - state.view.x0);
    var steps = [[1, "d"], [2, "d"], [7, "d"], [1, "m"], [3, "m"], [6, "m"],
      [1, "y"], [2, "y"], [5, "y"], [10, "y"], [25, "y"], [50, "y"],
      [100, "y"]];
    var unit = steps[steps.length - 1];
    for (var i = 0; i < steps.length; i++) {
      var days = steps[i][0] * (steps[i][1] === "d" ? 1 :
        steps[i][1] === "m" ? 30.4 : 365.25);
      if (days * perDay >= 80) { unit = steps[i]; break; }
    }
    var out = [];
    var start = new Date(Math.floor(state.view.x0) * DAY_MS);
    var y = start.getUTCFullYear(), m = start.getUTCMonth();
    var d = new Date(Date.UTC(y, m, 1));
    if (unit[1] === "y") { d = new Date(Date.UTC(y - y % unit[0], 0, 1)); }
    if (unit[1] === "m") { d = new Date(Date.UTC(y, m - m % unit[0], 1)); }
    if (unit[1] === "d") { d = new Date(Math.floor(state.view.x0) * DAY_MS); }
    for (var guard = 0; guard < 400; guard++) {
      var day = Math.round(d.getTime() / DAY_MS);
      if (day > state.view.x1) { break; }
      if (day >= state.view.x0) { out.push({ day: day, text: tickText(d, unit) }); }
      if (unit[1] === "y") { d.setUTCFullYear(d.getUTCFullYear() + unit[0]); }
      else if (unit[1] === "m") { d.setUTCMonth(d.getUTCMonth() + unit[0]); }
      else { d.setUTCDate(d.getUTCDate() + unit[0]); }
    }
    return out;
  }

  function tickText(d, unit) {
    if (unit[1] === "y") { return String(d.getUTCFullYear()); }
    if (unit[1] === "m") {
      return MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
    }
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " +
      d.getUTCFullYear();
  }

  function drawAxis() {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, state.width, AXIS);
    ctx.strokeStyle = "#c7ccd5";
    ctx.beginPath();
    ctx.moveTo(GUTTER, AXIS - 0.5);
    ctx.lineTo(state.width, AXIS - 0.5);
    ctx.stroke();
    ctx.font = "11px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    ticks().forEach(function (t) {
      var x = Math.round(xOf(t.day)) + 0.5;
      ctx.strokeStyle = "#e6e9ee";
      ctx.beginPath();
      ctx.moveTo(x, AXIS);
      ctx.lineTo(x, state.height);
      ctx.stroke();
      ctx.fillStyle = "#5d6675";
      ctx.fillText(t.text, x + 4, AXIS / 2);
    });
  }

  // Occurred: filled. Planned: hollow. Hypothetical: hollow and dashed.
  // Not occurred: hollow and struck through. Disputed: a red dot. An open
  // side fades out; imprecise spans (a month, a year) are paler.
  function drawMark(e, g) {
    var color = COLORS[e.type];
    var hollow = e.status !== "occurred";
    var cx = (g.left + g.right) / 2;
    ctx.lineWidth = 2;
    ctx.setLineDash(e.status === "hypothetical" ? [4, 3] : []);
    ctx.beginPath();
    if (g.dot) {
      ctx.arc(cx, g.y, g.r, 0, Math.PI * 2);
    } else {
      var h = Math.max(7, g.r * 1.3);
      roundRect(g.left, g.y - h / 2, Math.max(g.right - g.left, 2), h,
        Math.min(h / 2, 5));
    }
    var paint = color;
    if (e.s === null || e.e === null) { paint = fade(e, g, color); }
    if (hollow) {
      ctx.fillStyle = "#ffffff";
      ctx.fill();
      ctx.strokeStyle = paint;
      ctx.stroke();
    } else {
      ctx.globalAlpha = e.raw.precision === "day" ? 0.9 : 0.5;
      ctx.fillStyle = paint;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.strokeStyle = paint;
      ctx.stroke();
    }
    ctx.setLineDash([]);
    if (e.status === "not_occurred") { strike(g, color); }
    if (e.raw.disputed && e.raw.disputed.length) {
      var dx = g.dot ? cx + g.r * 0.75 : Math.min(g.right, state.width) - 4;
      ctx.fillStyle = "#c5221f";
      ctx.strokeStyle = "#ffffff";
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.arc(dx, g.y - (g.dot ? g.r * 0.75 : 4), 4, 0, Math.PI * 2);
      ctx.fill();
      ctx.stroke();
    }
  }

  // A gradient that fades toward the open side of a span.
  function fade(e, g, color) {
    var left = Math.max(g.left, GUTTER), right = Math.min(g.right, state.width);
    if (right - left < 4) { return color; }
    var gradient = ctx.createLinearGradient(left, 0, right, 0);
    var clear = "rgba(255,255,255,0)";
    var reach = Math.min(0.5, 120 / (right - left));
    gradient.addColorStop(0, e.s === null ? clear : color);
    gradient.addColorStop(reach, color);
    gradient.addColorStop(1 - reach, color);
    gradient.addColorStop(1, e.e === null ? clear : color);
    return gradient;
  }

  function strike(g, color) {
    var cx = g.dot ? (g.left + g.right) / 2 :
      (Math.max(g.left, GUTTER) + Math.min(g.right, state.width)) / 2;
    var half = g.r + 2;
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(cx - half, g.y + half * 0.7);
    ctx.lineTo(cx + half, g.y - half * 0.7);
    ctx.stroke();
  }

  function roundRect(x, y, w, h, r) {
    ctx.moveTo(x + r, y);
    ctx.arcTo(x + w, y, x + w, y + h, r);
    ctx.arcTo(x + w, y + h, x, y + h, r);
    ctx.arcTo(x, y + h, x, y, r);
    ctx.arcTo(x, y, x + w, y, r);
    ctx.closePath();
  }

  // ---- interaction -----------------------------------------------------
  function hit(x, y) {
    var best = null, bestDistance = Infinity;
    state.shown.forEach(function (e) {
      var g = geometry(e);
      var dx = x < g.left ? g.left - x : x > g.right ? x - g.right : 0;
      if (g.dot) { dx = Math.abs(x - (g.left + g.right) / 2); }
      var dy = Math.abs(y - g.y);
      var distance = Math.sqrt(dx * dx + dy * dy);
      if (distance <= g.r + 3 && distance < bestDistance) {
        best = e;
        bestDistance = distance;
      }
    });
    return best;
  }

  var pending = false;
  function redraw() {
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () { pending = false; draw(); });
  }

  function zoom(factor, atX) {
    var v = state.view, center = dayOf(atX);
    var x0 = center - (center - v.x0) * factor;
    var x1 = center + (v.x1 - center) * factor;
    if (x1 - x0 < 2 || x1 - x0 > 365.25 * 3000) { return; }
    state.view = { x0: x0, x1: x1 };
    redraw();
  }

  var drag = null;
  canvas.addEventListener("pointerdown", function (ev) {
    drag = { x: ev.clientX, view: state.view, moved: false };
    canvas.setPointerCapture(ev.pointerId);
  });
  canvas.addEventListener("pointermove", function (ev) {
    var rect = canvas.getBoundingClientRect();
    if (drag) {
      var dx = ev.clientX - drag.x;
      if (Math.abs(dx) > 3) { drag.moved = true; canvas.classList.add("dragging"); }
      var perPx = (drag.view.x1 - drag.view.x0) /
        (state.width - GUTTER - PAD_RIGHT);
      state.view = { x0: drag.view.x0 - dx * perPx,
        x1: drag.view.x1 - dx * perPx };
      tooltip.hidden = true;
      redraw();
      return;
    }
    showTip(hit(ev.clientX - rect.left, ev.clientY - rect.top),
      ev.clientX - rect.left, ev.clientY - rect.top);
  });
  canvas.addEventListener("pointerup", function (ev) {
    var rect = canvas.getBoundingClientRect();
    if (drag && !drag.moved) {
      var e = hit(ev.clientX - rect.left, ev.clientY - rect.top);
      if (e) { select(e, false); }
    }
    drag = null;
    canvas.classList.remove("dragging");
  });
  canvas.addEventListener("pointerleave", function () { tooltip.hidden = true; });
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var rect = canvas.getBoundingClientRect();
    zoom(ev.deltaY > 0 ? 1.2 : 1 / 1.2, ev.clientX - rect.left);
  }, { passive: false });
  canvas.addEventListener("dblclick", function () {
    state.view = fitView(true);
    redraw();
  });

  function showTip(e, x, y) {
    if (!e) { tooltip.hidden = true; return; }
    clear(tooltip);
    tooltip.appendChild(el("div", "tip-date", label(e.raw) + " \u00b7 " +
      e.type + " \u00b7 " + e.n + (e.n === 1 ? " source" : " sources")));
    tooltip.appendChild(el("div", null, e.raw.summary));
    tooltip.hidden = false;
    var left = Math.min(x + 14, state.width - 370);
    tooltip.style.left = Math.max(0, left) + "px";
    tooltip.style.top = (y + 14) + "px";
  }

  // ---- list and detail ------------------------------------------------
  function renderList() {
    spacer.style.height = (state.shown.length * ROW_HEIGHT) + "px";
    var first = Math.max(0, Math.floor(list.scrollTop / ROW_HEIGHT) - 5);
    var visible = Math.ceil((list.clientHeight || 600) / ROW_HEIGHT) + 10;
    var last = Math.min(state.shown.length, first + visible);
    clear(spacer);
    for (var i = first; i < last; i++) { spacer.appendChild(row(state.shown[i], i)); }
  }

  function row(e, index) {
    var r = el("div", "row");
    r.setAttribute("role", "listitem");
    r.dataset.id = e.id;
    r.style.top = (index * ROW_HEIGHT) + "px";
    if (e === state.selected) { r.classList.add("selected"); }
    r.appendChild(el("span", "date", label(e.raw)));
    var type = el("span", "badge type", e.type);
    type.style.background = COLORS[e.type];
    r.appendChild(type);
    r.appendChild(el("span", "n", String(e.n)));
    var summary = el("span", "summary", e.raw.summary);
    if (e.status !== "occurred") {
      summary.prepend(el("span", "badge status", e.status.replace("_", " ")), " ");
    }
    if (e.raw.disputed && e.raw.disputed.length) {
      summary.prepend(el("span", "badge disputed", "disputed"), " ");
    }
    r.appendChild(summary);
    r.appendChild(el("span", "actors", (e.raw.actors || []).join(", ")));
    r.addEventListener("click", function () { select(e, true); });
    return r;
  }

  function select(e, reveal) {
    state.selected = e;
    if (reveal && e.s !== null) {
      var v = state.view, mid = (e.s + (e.e === null ? e.s + 1 : e.e)) / 2;
      if (mid < v.x0 || mid > v.x1) {
        var half = (v.x1 - v.x0) / 2;
        state.view = { x0: mid - half, x1: mid + half };
      }
    }
    var index = state.shown.indexOf(e);
    if (index >= 0) {
      var top = index * ROW_HEIGHT;
      if (top < list.scrollTop || top > list.scrollTop + list.clientHeight - ROW_HEIGHT) {
        list.scrollTop = Math.max(0, top - 2 * ROW_HEIGHT);
      }
    }
    renderList();
    renderDetail(e);
    draw();
    try {
      history.replaceState(null, "", "#event=" + encodeURIComponent(e.id));
    } catch (ignored) { /* file: URLs may refuse; the hash is a convenience */ }
  }

  function renderDetail(e) {
    var panel = document.getElementById("detail");
    clear(panel);
    var raw = e.raw;
    panel.dataset.event = raw.id;
    panel.appendChild(el("h2", null, raw.summary));
    var facts = el("dl");
    fact(facts, "When", label(raw) + " (" + raw.precision + ")" +
      (raw.text ? " \u2014 \u201c" + raw.text + "\u201d" : ""));
    fact(facts, "Type", raw.type);
    fact(facts, "Status", raw.status.replace("_", " "));
    fact(facts, "Actors", (raw.actors || []).join(", ") || "\u2014");
    if (raw.location) { fact(facts, "Location", raw.location); }
    if (raw.quote) { fact(facts, "Quote", "\u201c" + raw.quote + "\u201d"); }
    fact(facts, "Sources", raw.n + (raw.n === 1 ? " article" : " articles"));
    fact(facts, "Id", raw.id);
    panel.appendChild(facts);
    if (raw.disputed && raw.disputed.length) { disputes(panel, raw); }
    panel.appendChild(el("h3", null, "Sources and evidence"));
    (raw.sources || []).forEach(function (src) { panel.appendChild(source(src)); });
  }

  function fact(dl, name, value) {
    dl.appendChild(el("dt", null, name));
    dl.appendChild(el("dd", null, value));
  }

  function disputes(panel, raw) {
    panel.appendChild(el("h3", "dispute", "Sources disagree"));
    raw.disputed.forEach(function (d) {
      var box = el("div", "dispute", d.field);
      var ul = el("ul");
      d.claims.forEach(function (c) {
        var files = c.articles.map(articleName).join(", ");
        ul.appendChild(el("li", null, "\u201c" + c.value + "\u201d \u2014 " + files));
      });
      box.appendChild(ul);
      panel.appendChild(box);
    });
  }

  function articleName(id) {
    var info = data.articles[id];
    if (info && info.outlet) { return info.outlet; }
    var src = null;
    events.some(function (e) {
      src = (e.raw.sources || []).find(function (s) { return s.article === id; });
      return !!src;
    });
    return src ? src.file : id;
  }

  function source(src) {
    var info = data.articles[src.article] || {};
    var box = el("div", "source");
    var meta = el("div", "meta");
    var parts = [src.file];
    if (src.outlet || info.outlet) { parts.push(src.outlet || info.outlet); }
    if (src.published) { parts.push("published " + src.published); }
    parts.push("bytes " + src.span[0] + "\u2013" + src.span[1]);
    parts.push("rule " + src.rule);
    meta.appendChild(document.createTextNode(parts.join(" \u00b7 ")));
    box.appendChild(meta);
    if (info.title) { box.appendChild(el("div", null, info.title)); }
    if (typeof info.url === "string" && /^https?:\/\//i.test(info.url)) {
      var link = el("a", null, info.url);
      link.href = info.url;
      link.rel = "noopener noreferrer nofollow";
      link.target = "_blank";
      box.appendChild(link);
    }
    box.appendChild(el("blockquote", null, src.evidence));
    return box;
  }

  // ---- controls --------------------------------------------------------
  function buildControls() {
    var counts = {};
    events.forEach(function (e) { counts[e.type] = (counts[e.type] || 0) + 1; });
    var types = document.getElementById("types");
    TYPES.forEach(function (t) {
      if (!counts[t]) { return; }
      var chip = toggle(t + " " + counts[t], function (on) {
        state.types[t] = on;
      });
      var swatch = el("span", "swatch");
      swatch.style.background = COLORS[t];
      chip.insertBefore(swatch, chip.lastChild);
      types.appendChild(chip);
    });
    var statuses = document.getElementById("statuses");
    STATUSES.forEach(function (s) {
      if (!events.some(function (e) { return e.status === s; })) { return; }
      statuses.appendChild(toggle(s.replace("_", " "), function (on) {
        state.statuses[s] = on;
      }));
    });
    actorNames();
    var actor = document.getElementById("actor");
    var search = document.getElementById("search");
    actor.addEventListener("input", function () {
      state.actor = actor.value.trim().toLowerCase();
      refilter();
    });
    search.addEventListener("input", function () {
      state.text = search.value.trim().toLowerCase();
      refilter();
    });
    var mid = function () { return GUTTER + (state.width - GUTTER) / 2; };
    document.getElementById("zoom-in").onclick = function () { zoom(1 / 1.6, mid()); };
    document.getElementById("zoom-out").onclick = function () { zoom(1.6, mid()); };
    document.getElementById("fit").onclick = function () {
      state.view = fitView(true);
      redraw();
    };
  }

  function toggle(text, onChange) {
    var chip = el("label", "chip");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", function () {
      chip.classList.toggle("off", !box.checked);
      onChange(box.checked);
      refilter();
    });
    chip.appendChild(box);
    chip.appendChild(document.createTextNode(text));
    return chip;
  }

  function actorNames() {
    var counts = {};
    events.forEach(function (e) {
      (e.raw.actors || []).forEach(function (a) { counts[a] = (counts[a] || 0) + 1; });
    });
    var names = Object.keys(counts).sort(function (a, b) {
      return counts[b] - counts[a] || (a < b ? -1 : 1);
    }).slice(0, 2000);
    var datalist = document.getElementById("actor-names");
    names.forEach(function (name) {
      var option = el("option");
      option.value = name;
      datalist.appendChild(option);
    });
  }

  function legend() {
    var box = document.getElementById("legend");
    [["occurred", "occurred"], ["planned", "planned"],
      ["hypothetical", "hypothetical"], ["not_occurred", "did not occur"],
      ["disputed", "disputed"]].forEach(function (k) {
      var key = el("span", "key");
      key.appendChild(legendIcon(k[0]));
      key.appendChild(document.createTextNode(k[1]));
      box.appendChild(key);
    });
    box.appendChild(el("span", "key", "size = number of sources"));
  }

  function legendIcon(kind) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "14");
    svg.setAttribute("height", "14");
    var c = document.createElementNS(ns, "circle");
    c.setAttribute("cx", "7");
    c.setAttribute("cy", "7");
    c.setAttribute("r", kind === "disputed" ? "3.5" : "5");
    c.setAttribute("stroke-width", "1.6");
    var color = kind === "disputed" ? "#c5221f" : "#5d6675";
    c.setAttribute("stroke", color);
    c.setAttribute("fill", kind === "occurred" || kind === "disputed" ? color : "#fff");
    if (kind === "hypothetical") { c.setAttribute("stroke-dasharray", "2.5 2"); }
    svg.appendChild(c);
    if (kind === "not_occurred") {
      var l = document.createElementNS(ns, "line");
      l.setAttribute("x1", "1"); l.setAttribute("y1", "12");
      l.setAttribute("x2", "13"); l.setAttribute("y2", "2");
      l.setAttribute("stroke", color);
      l.setAttribute("stroke-width", "1.6");
      svg.appendChild(l);
    }
    return svg;
  }

  function refilter() {
    layout();
    size();
    list.scrollTop = 0;
    updateCount();
    renderList();
    draw();
  }

  function updateCount() {
    var count = document.getElementById("count");
    count.textContent = "Showing " + state.shown.length + " of " +
      events.length + " events";
    count.dataset.shown = String(state.shown.length);
  }

  // ---- helpers ---------------------------------------------------------
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function fromHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    var wanted = params.get("event");
    return wanted && byId[wanted] ? byId[wanted] : null;
  }

  // ---- start -----------------------------------------------------------
  var q = data.query || {};
  var open = function (d) { return !d || d === ".."; };
  document.getElementById("window").textContent =
    (open(q.from) && open(q.to) ? "all dates" : "window " +
      (open(q.from) ? "\u2026" : q.from) + " to " +
      (open(q.to) ? "\u2026" : q.to)) +
    (q.as_of ? ", as of record " + q.as_of : "");
  buildControls();
  legend();
  layout();
  size();
  state.view = fitView(false);
  updateCount();
  renderList();
  draw();
  var initial = fromHash();
  if (initial) { select(initial, true); }
  list.addEventListener("scroll", function () {
    window.requestAnimationFrame(renderList);
  });
  window.addEventListener("resize", function () { size(); draw(); renderList(); });
  window.addEventListener("hashchange", function () {
    var e = fromHash();
    if (e && e !== state.selected) { select(e, true); }
  });
  document.documentElement.dataset.rendered = String(events.length);
})();
