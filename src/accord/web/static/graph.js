// The graph view. Cytoscape.js (vendored, see THIRD-PARTY.md) lays out and draws the
// neighbourhood the server rendered into #graph-data; this file adds the colours, a link from
// every entity to its page, the zoom buttons, and one pass after the force layout that moves
// nodes apart until no two labels overlap (Cytoscape's own layouts space the nodes but do not
// promise that). Text goes in through Cytoscape's labels or textContent, never as HTML.
(function () {
  "use strict";
  var box = document.getElementById("graph");
  var source = document.getElementById("graph-data");
  if (!box || !source || typeof window.cytoscape !== "function") { return; }
  var data = JSON.parse(source.textContent);
  var FLAGGED = { contradicted_by_kb: 1, conflicting_sources: 1, date_inconsistency: 1, surface_anomaly: 1 };
  var TYPES = { state: 1, organisation: 1, person: 1, office: 1 };
  var COLOURS = { state: "#5b8fd9", organisation: "#e76f00", person: "#2e8b57", office: "#8e44ad", other: "#8a96a8" };
  var LABEL_GAP = 4;  // model pixels kept between two labels' boxes

  function shorten(name) {
    return name.length > 40 ? name.slice(0, 39) + "\u2026" : name;
  }

  var elements = [];
  data.nodes.forEach(function (n) {
    elements.push({ group: "nodes", data: {
      id: n.id, label: shorten(n.name), name: n.name, url: n.url, degree: n.degree,
      type: TYPES[n.type] ? n.type : "other", kind: n.type, focus: n.id === data.focus } });
  });
  data.edges.forEach(function (e, i) {
    elements.push({ group: "edges", data: {
      id: "e" + i, source: e.source, target: e.target,
      label: (e.polarity === "negated" ? "not " : "") + e.label, origin: e.origin,
      negated: e.polarity === "negated", flagged: !!FLAGGED[e.verdict],
      about: (e.origin === "kb" ? "knowledge base" : e.references + " reference(s)") +
             (e.verdict ? "; " + (data.kinds[e.verdict] || e.verdict) : "") } });
  });

  var style = [
    { selector: "node", style: {
      "background-color": COLOURS.other, "width": "mapData(degree, 0, 12, 14, 34)", "height": "mapData(degree, 0, 12, 14, 34)",
      "border-width": 2, "border-color": "#fff", "label": "data(label)", "font-size": 12, "color": "#1d2430",
      "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "wrap", "text-max-width": 120,
      "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 1 } },
    { selector: "node[?focus]", style: { "border-color": "#17202e", "border-width": 3, "font-weight": "bold" } },
    { selector: "node.hover", style: { "underlay-color": "#1f5fbf", "underlay-opacity": 0.18, "underlay-padding": 6 } },
    { selector: "edge", style: {
      "width": 1.6, "line-color": "#5b8fd9", "target-arrow-color": "#5b8fd9", "target-arrow-shape": "triangle",
      "arrow-scale": 0.9, "curve-style": "bezier" } },
    { selector: "edge[origin = 'kb']", style: { "line-color": "#b9c1cf", "target-arrow-color": "#b9c1cf", "line-style": "dashed" } },
    { selector: "edge[?negated]", style: { "line-color": "#d7263d", "target-arrow-color": "#d7263d", "line-style": "dashed" } },
    { selector: "edge[?flagged]", style: { "width": 3.5 } },
    { selector: "edge.hover", style: {
      "label": "data(label)", "font-size": 11, "color": "#3b4556", "text-rotation": "autorotate",
      "text-background-color": "#fff", "text-background-opacity": 1, "width": 3 } }
  ];
  Object.keys(COLOURS).forEach(function (type) {
    style.splice(1, 0, { selector: "node[type = '" + type + "']", style: { "background-color": COLOURS[type] } });
  });

  var cy = window.cytoscape({
    container: box, elements: elements, style: style, layout: { name: "preset" },
    minZoom: 0.15, maxZoom: 4, boxSelectionEnabled: false, autounselectify: true
  });

  // A fixed start (the focus in the middle, the others on rings) makes the force layout, and so
  // the picture, the same on every load; cose then pulls related entities together.
  cy.layout({ name: "concentric", animate: false, fit: false, minNodeSpacing: 30,
              concentric: function (n) { return n.data("focus") ? 2 : 1; },
              levelWidth: function () { return 1; } }).run();
  cy.layout({ name: "cose", animate: false, randomize: false, fit: false, nodeDimensionsIncludeLabels: true,
              idealEdgeLength: function () { return 90; }, nodeRepulsion: function () { return 600000; },
              nodeOverlap: 20, gravity: 0.6, numIter: 1500, componentSpacing: 60 }).run();
  separate(cy.nodes());
  cy.fit(undefined, 24);

  // Push apart every two nodes whose boxes (body and label, in model coordinates) overlap,
  // along the axis where they overlap least, until none does. Zoom scales every box alike, so
  // labels apart here stay apart at any zoom.
  function separate(nodes) {
    var items = nodes.map(function (n) {
      var p = n.position(), b = n.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false });
      return { node: n, x: p.x, y: p.y, x1: b.x1 - p.x, x2: b.x2 - p.x, y1: b.y1 - p.y, y2: b.y2 - p.y };
    });
    for (var round = 0; round < 1000; round++) {
      var moved = false;
      for (var i = 0; i < items.length; i++) {
        for (var j = i + 1; j < items.length; j++) {
          var a = items[i], b = items[j];
          var ox = Math.min(a.x + a.x2, b.x + b.x2) - Math.max(a.x + a.x1, b.x + b.x1) + LABEL_GAP;
          var oy = Math.min(a.y + a.y2, b.y + b.y2) - Math.max(a.y + a.y1, b.y + b.y1) + LABEL_GAP;
          if (ox <= 0 || oy <= 0) { continue; }
          moved = true;
          if (ox < oy) {
            var sx = (a.x + (a.x1 + a.x2) / 2) <= (b.x + (b.x1 + b.x2) / 2) ? -1 : 1;
            a.x += sx * ox / 2; b.x -= sx * ox / 2;
          } else {
            var sy = (a.y + (a.y1 + a.y2) / 2) <= (b.y + (b.y1 + b.y2) / 2) ? -1 : 1;
            a.y += sy * oy / 2; b.y -= sy * oy / 2;
          }
        }
      }
      if (!moved) { break; }
    }
    cy.batch(function () {  // one redraw for all the moves, not one per node
      items.forEach(function (it) { it.node.position({ x: it.x, y: it.y }); });
    });
  }

  var tip = document.getElementById("graph-tip");
  function say(text) {
    if (!tip) { return; }
    tip.textContent = text;
    tip.hidden = !text;
  }
  cy.on("tap", "node", function (event) { window.location.href = event.target.data("url"); });
  cy.on("mouseover", "node", function (event) {
    var n = event.target;
    n.addClass("hover");
    box.style.cursor = "pointer";
    say(n.data("name") + " (" + n.data("kind") + ") \u2014 click for its page");
  });
  cy.on("mouseover", "edge", function (event) {
    var e = event.target;
    e.addClass("hover");
    say(e.source().data("name") + " " + e.data("label") + " " + e.target().data("name") + " (" + e.data("about") + ")");
  });
  cy.on("mouseout", "node, edge", function (event) {
    event.target.removeClass("hover");
    box.style.cursor = "";
    say("");
  });

  document.querySelectorAll("[data-zoom]").forEach(function (button) {
    button.addEventListener("click", function () {
      var how = button.getAttribute("data-zoom");
      if (how === "fit") { cy.fit(undefined, 24); return; }
      var level = cy.zoom() * (how === "in" ? 1.3 : 1 / 1.3);
      cy.zoom({ level: level, renderedPosition: { x: box.clientWidth / 2, y: box.clientHeight / 2 } });
    });
  });

  window.accordGraph = cy;  // for the browser tests and the console
  window.accordSeparateLabels = separate;
  box.setAttribute("data-ready", "true");
})();
