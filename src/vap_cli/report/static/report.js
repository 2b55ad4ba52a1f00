/* vap report: draws the page from the data inlined by render.py. No network. */
(function () {
  "use strict";
  var UI = JSON.parse(document.getElementById("vap-ui").textContent);
  var LEVEL_COLOURS = {
    oblast: "#1f77b4", city: "#d62728", district: "#2ca02c", town: "#9467bd",
    ayil_aimak: "#ff7f0e", village: "#8c564b", country: "#7f7f7f"
  };

  var LANG = document.documentElement.lang || "en";

  function t(key, fallback) { return UI[key] || fallback || key; }

  /* A count as the page's language writes it: 1 500 in Russian and Kyrgyz (a no-break
     space between thousands, render.number), 1500 in English. */
  function number(n) {
    return LANG === "en" ? String(n) : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  }

  /* A number and the word after it: Russian's three forms "one|few|many" (render.plural). */
  function counted(n, key) {
    var forms = t(key).split("|"), form = forms[0];
    if (forms.length >= 3) {
      var d = n % 10, h = n % 100;
      form = d === 1 && h !== 11 ? forms[0] : d >= 2 && d <= 4 && (h < 12 || h > 14) ? forms[1] : forms[2];
    }
    return number(n) + " " + form;
  }

  function languageName(code) {
    return code.split("/").map(function (c) { return t("lang_" + c, c); }).join("/");
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "className") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { node.appendChild(c); });
    return node;
  }

  function unpack(base64) {
    var bytes = Uint8Array.from(atob(base64.trim()), function (c) { return c.charCodeAt(0); });
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).json();
  }

  function baseName(path) { return path.split(/[\\/]/).pop(); }

  function docLink(data, index) {
    var doc = data.documents[index];
    var link = el("a", { href: "#doc-" + index, className: "doc-link", "data-doc": String(index),
                         text: doc.title || baseName(doc.source) });
    link.title = doc.source;
    return link;
  }

  /* ------------------------------------------------------------ map */
  function drawMap(data) {
    var map = L.map("map", { zoomSnap: 0.25, attributionControl: true });
    var outline = L.geoJSON(JSON.parse(document.getElementById("vap-outline").textContent), {
      style: { color: "#555", weight: 1, fillColor: "#f2efe6", fillOpacity: 1 }, interactive: false
    }).addTo(map);
    map.fitBounds(outline.getBounds(), { padding: [10, 10] });
    map.attributionControl.addAttribution("Outline: Natural Earth");
    var markers = data.places.map(function (place) {
      var marker = L.circleMarker([place.lat, place.lon], {
        color: LEVEL_COLOURS[place.level] || "#333", weight: 1, fillOpacity: 0.55,
        className: "vap-marker vap-level-" + place.level
      }).addTo(map);
      marker.getElement().setAttribute("data-code", place.code);
      marker.bindPopup(function () { return popup(data, place); });
      marker.bindTooltip(place.name);
      return { marker: marker, place: place };
    });
    /* Area proportional to the measure, the largest 16 px in radius; small
       markers drawn last, so that a big one never hides them. */
    function resize(mode) {
      var measure = function (p) { return mode === "people" ? p.people : p.docs.length; };
      var largest = Math.max(1, Math.max.apply(null, data.places.map(measure)));
      markers.forEach(function (m) { m.marker.setRadius(4 + 12 * Math.sqrt(measure(m.place) / largest)); });
      markers.slice().sort(function (a, b) { return measure(b.place) - measure(a.place); })
        .forEach(function (m) { m.marker.bringToFront(); });
    }
    resize("docs");
    document.querySelectorAll("input[name=size]").forEach(function (input) {
      input.addEventListener("change", function () { resize(input.value); });
    });
    /* Online tiles: the offline map stays under them until one loads (then it is
       the tiles' land, credited); when none can be loaded a note says so and the
       offline map stays as it was, uncredited to OpenStreetMap. */
    var tiles = null, failed = document.getElementById("tiles-failed");
    var OSM = "&copy; OpenStreetMap contributors";
    function tilesOff() {
      if (tiles) map.removeLayer(tiles);
      tiles = null;
      map.attributionControl.removeAttribution(OSM);
      outline.setStyle({ fillOpacity: 1 });
    }
    document.getElementById("tiles").addEventListener("change", function (event) {
      failed.hidden = true;
      if (!event.target.checked) { tilesOff(); return; }
      var layer = tiles = L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", { maxZoom: 18 });
      var loaded = false;
      layer.on("tileload", function () {
        if (loaded || tiles !== layer) return;
        loaded = true;
        map.attributionControl.addAttribution(OSM);
        outline.setStyle({ fillOpacity: 0 });
      });
      layer.on("tileerror", function () {
        if (loaded || tiles !== layer) return;
        tilesOff();
        event.target.checked = false;
        failed.hidden = false;
      });
      layer.addTo(map);
    });
    var legend = document.getElementById("legend");
    Object.keys(LEVEL_COLOURS).forEach(function (level) {
      if (!data.places.some(function (p) { return p.level === level; })) return;
      var swatch = el("span", { className: "swatch" });
      swatch.style.background = LEVEL_COLOURS[level];
      legend.appendChild(el("span", { className: "legend-item" },
        [swatch, document.createTextNode(t("level_" + level, level))]));
    });
    var list = document.querySelector("#unlocated ul");
    data.unlocated.forEach(function (place) {
      var item = el("li", { text: place.name + " (" + t("level_" + place.level, place.level) + "): " });
      place.docs.forEach(function (i) { item.appendChild(docLink(data, i)); item.append(" "); });
      list.appendChild(item);
    });
    if (!data.unlocated.length) document.getElementById("unlocated").hidden = true;
  }

  function popup(data, place) {
    var box = el("div", { className: "popup" });
    box.appendChild(el("strong", { text: place.name }));
    box.append(" (" + t("level_" + place.level, place.level) + ", " + place.code + ")");
    if (place.approximate) box.appendChild(el("div", { className: "note", text: "≈ " + t("approximate") }));
    box.appendChild(el("div", { text: counted(place.docs.length, "documents_n") + " · " +
                                      counted(place.people, "people_n") }));
    var list = el("ul");
    var byDoc = place.people_by_doc || {};
    var docs = place.docs.concat(Object.keys(byDoc).map(Number).filter(function (i) {
      return place.docs.indexOf(i) < 0;  // a count placed here by a document naming a unit within
    }));
    docs.forEach(function (i) {
      var item = el("li", {}, [docLink(data, i)]);
      if (data.documents[i].issued) item.append(" " + data.documents[i].issued);
      if (byDoc[i]) item.append(" · " + counted(byDoc[i], "people_n"));
      list.appendChild(item);
    });
    box.appendChild(list);
    return box;
  }

  /* ------------------------------------------------------------ charts */
  function chart(id, values, encoding, mark) {
    var container = document.getElementById(id);
    if (!values.length) { container.appendChild(el("p", { className: "empty", text: "—" })); return; }
    var spec = {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      data: { values: values }, mark: mark || { type: "bar", tooltip: true },
      encoding: encoding, width: "container", autosize: { type: "fit-x", contains: "padding" },
      height: barsHeight(values, encoding.y), config: { view: { stroke: null } }
    };
    var compiled = vegaLite.compile(spec).spec;
    var options = { renderer: "svg", container: container, hover: true };
    if (LANG !== "en") options.locale = { number: NUMBER_LOCALE };
    new vega.View(vega.parse(compiled), options).runAsync();
  }

  // A chart of bars across: BAR_STEP pixels a bar, as a height in pixels (a height
  // of { step } with a width that fits the container makes Vega-Lite warn that it
  // drops "fit-y"); a chart of columns: CHART_HEIGHT.
  var BAR_STEP = 18, CHART_HEIGHT = 160;
  function barsHeight(values, y) {
    if (!y || y.type !== "nominal") return CHART_HEIGHT;
    var seen = {};
    values.forEach(function (row) { seen[row[y.field]] = true; });
    return BAR_STEP * Object.keys(seen).length;
  }

  // Russian and Kyrgyz numbers: 3 500, not 3,500 (a no-break space between thousands).
  var NUMBER_LOCALE = { decimal: ",", thousands: "\u00a0", grouping: [3], currency: ["", ""] };

  /* Every measure drawn is a count (documents, events, people): whole-number ticks,
     at most five, each a whole step (a bar of 1 is not 0 0 0 1 1 1). */
  function countAxis(values, field, by) {
    var sums = {};
    values.forEach(function (row) { sums[row[by]] = (sums[row[by]] || 0) + row[field]; });
    var largest = Math.max.apply(null, [1].concat(Object.keys(sums).map(function (k) { return sums[k]; })));
    var step = 1, factors = [2, 2.5, 2];  // 1, 2, 5, 10, 20, 50, 100, …
    for (var i = 0; largest / step > 5; i++) step *= factors[i % 3];
    var ticks = [];
    for (var v = 0; v <= largest; v += step) ticks.push(v);
    return { values: ticks, format: ",d" };
  }

  function horizontal(id, values, field, measure, label) {
    chart(id, values.map(function (row) {
      var copy = Object.assign({}, row);
      copy[field] = row[field] === "?" ? t("unknown") : (label ? label(row[field]) : row[field]);
      return copy;
    }), {
      y: { field: field, type: "nominal", sort: "-x", title: null },
      x: { field: measure, type: "quantitative", title: t(measure === "people" ? "col_people" : "col_documents"),
           axis: countAxis(values, measure, field) }
    });
  }

  function drawCharts(data) {
    // group names: who_<group> and event_<group> (the lexicons' labels, render.translations)
    var whoLabel = function (g) { return t("who_" + g, g); };
    chart("chart-events", data.events_by_month.map(function (r) {
      return { month: r.month, group: t("event_" + r.group, r.group), events: r.events };
    }), {
      x: { field: "month", type: "ordinal", title: t("month") },
      y: { field: "events", type: "quantitative", title: t("count"), axis: countAxis(data.events_by_month, "events", "month") },
      color: { field: "group", type: "nominal", title: t("group") }
    });
    chart("chart-people-month", data.people_by_month, {
      x: { field: "month", type: "ordinal", title: t("month") },
      y: { field: "people", type: "quantitative", title: t("col_people"), axis: countAxis(data.people_by_month, "people", "month") }
    });
    horizontal("chart-oblast", data.people_by_oblast, "name", "people");
    horizontal("chart-district", data.people_by_district, "name", "people");
    horizontal("chart-who", data.people_by_who, "group", "people", whoLabel);
    horizontal("chart-year", data.people_by_year, "year", "people");
    horizontal("chart-site", data.docs_by_site, "site", "documents");
    horizontal("chart-language", data.docs_by_language, "language", "documents", languageName);
  }

  /* ------------------------------------------------------------ documents */
  function drawDocuments(data) {
    var body = document.querySelector("#documents tbody");
    data.documents.forEach(function (doc, i) {
      var row = el("tr", { "data-doc": String(i) }, [
        el("td", {}, [el("a", { href: "#doc-" + i, className: "doc-link", "data-doc": String(i),
                                text: baseName(doc.source) })]),
        el("td", { text: doc.title || "" }), el("td", { text: doc.issued || "" }),
        el("td", { text: languageName(doc.language) }), el("td", { text: number(doc.people) }),
        el("td", { text: doc.warnings.length ? String(doc.warnings.length) : "" })
      ]);
      row.addEventListener("click", function () { location.hash = "doc-" + i; });
      body.appendChild(row);
    });
    var haystacks = data.documents.map(function (doc) {
      // the units' names in both languages: a Russian page shows Тюп, the text says Тюпского
      return [doc.source, doc.title || "", (doc.names || []).join("\n"), doc.text || ""].join("\n").toLowerCase();
    });
    document.getElementById("search").addEventListener("input", function (event) {
      var needle = event.target.value.trim().toLowerCase();
      body.querySelectorAll("tr").forEach(function (row, i) {
        row.hidden = needle !== "" && haystacks[i].indexOf(needle) < 0;
      });
    });
  }

  /* Text split at every fact boundary; each piece marked with the facts covering it.
     Spans count Unicode code points (Python), hence Array.from, not UTF-16 indexes. */
  function highlighted(text, facts) {
    var chars = Array.from(text);
    var cuts = new Set([0, chars.length]);
    facts.forEach(function (f) { cuts.add(Math.min(f[0], chars.length)); cuts.add(Math.min(f[1], chars.length)); });
    var points = Array.from(cuts).sort(function (a, b) { return a - b; });
    var fragment = document.createDocumentFragment();
    for (var p = 0; p + 1 < points.length; p++) {
      var start = points[p], end = points[p + 1], piece = chars.slice(start, end).join("");
      var covering = [];
      facts.forEach(function (f, id) { if (f[0] <= start && end <= f[1]) covering.push(id); });
      if (!covering.length) { fragment.append(piece); continue; }
      var kinds = covering.map(function (id) { return "kind-" + facts[id][2]; });
      var mark = el("mark", { className: "fact " + Array.from(new Set(kinds)).join(" "),
                              "data-facts": covering.join(" "), text: piece });
      mark.title = covering.map(function (id) {
        return t("kind_" + facts[id][2]) + ": " + facts[id][3];
      }).join("\n");
      fragment.appendChild(mark);
    }
    return fragment;
  }

  function openDocument(data, index) {
    var doc = data.documents[index];
    if (!doc) return;
    document.getElementById("doc-title").textContent = doc.title || baseName(doc.source);
    document.getElementById("doc-meta").textContent =
      [doc.source, doc.issued, languageName(doc.language), doc.site === "?" ? null : doc.site]
        .filter(Boolean).join(" · ");
    var text = document.getElementById("doc-text");
    text.replaceChildren(doc.text === null ? el("em", { text: t("no_text") }) : highlighted(doc.text, doc.facts));
    /* A click on a record shows its mentions in turn. */
    var shown = {};
    function jumpTo(record) {
      var marks = Array.from(text.querySelectorAll("mark.fact")).filter(function (mark) {
        return mark.dataset.facts.split(" ").some(function (id) { return doc.facts[id][4] === record; });
      });
      if (!marks.length) return;
      var mark = marks[(shown[record] = ((shown[record] === undefined ? -1 : shown[record]) + 1) % marks.length)];
      mark.scrollIntoView({ block: "center" });
      mark.classList.add("flash");
      setTimeout(function () { mark.classList.remove("flash"); }, 1200);
    }
    var warnings = document.getElementById("doc-warnings");
    warnings.replaceChildren();
    doc.warnings.forEach(function (w) {
      var item = el("li", { className: "warning", text: w });
      var fact = doc.facts.find(function (f) { return f[2] === "warning" && f[3] === w; });
      if (fact) item.addEventListener("click", function () { jumpTo(fact[4]); });
      warnings.appendChild(item);
    });
    if (!doc.warnings.length) warnings.appendChild(el("li", { className: "none", text: t("no_warnings") }));
    var list = document.getElementById("doc-facts");
    list.replaceChildren();
    var mentions = {};
    doc.facts.forEach(function (f) { mentions[f[4]] = (mentions[f[4]] || 0) + 1; });
    doc.facts.forEach(function (f, id) {
      if (id > 0 && doc.facts[id - 1][4] === f[4]) return;  // one item per record
      var item = el("li", { className: "kind-" + f[2], "data-record": String(f[4]) });
      item.appendChild(el("span", { className: "kind", text: t("kind_" + f[2]) }));
      item.append(" " + f[3] + (mentions[f[4]] > 1 ? " ×" + mentions[f[4]] : ""));
      item.addEventListener("click", function () { jumpTo(f[4]); });
      list.appendChild(item);
    });
    document.getElementById("document").hidden = false;
    document.getElementById("document").setAttribute("data-doc", String(index));
  }

  function route(data) {
    var found = /^#doc-(\d+)$/.exec(location.hash);
    if (found) openDocument(data, Number(found[1]));
    else document.getElementById("document").hidden = true;
  }

  /* ------------------------------------------------------------ contacts */
  function drawContacts(data) {
    var body = document.querySelector("#contacts tbody");
    data.contacts.forEach(function (c) {
      var docs = el("td");
      c.docs.forEach(function (i) { docs.appendChild(docLink(data, i)); docs.append(" "); });
      body.appendChild(el("tr", {}, [
        el("td", { text: c.name }), el("td", { text: c.roles.join("; ") }),
        el("td", { text: c.phones.join(", ") }), el("td", { text: c.emails.join(", ") }), docs
      ]));
    });
  }

  unpack(document.getElementById("vap-data").textContent).then(function (data) {
    drawMap(data);
    drawCharts(data);
    drawDocuments(data);
    drawContacts(data);
    document.getElementById("close").addEventListener("click", function () {
      history.pushState(null, "", location.pathname + location.search);
      route(data);
    });
    window.addEventListener("hashchange", function () { route(data); });
    route(data);
    document.body.setAttribute("data-ready", "1");
  }).catch(function (error) {
    document.body.setAttribute("data-error", String(error));
    document.body.prepend(el("p", { className: "error", text: "vap report: " + error }));
  });
})();
