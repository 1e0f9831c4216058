/* The neighbourhood graph of an entity page, drawn with the vendored cytoscape.js. */
(function () {
  "use strict";
  var container = document.getElementById("graph");
  if (!container || typeof cytoscape !== "function") { return; }
  var colours = { State: "#1f5f8b", Proxy: "#a23b2a", Official: "#6b4c9a", Organ: "#2f7d5b",
                  Attack: "#c0392b", Talks: "#2e86c1", Threat: "#d68910", Agreement: "#229954", Sanction: "#7f8c8d" };

  function shorten(text) { return text.length > 28 ? text.slice(0, 27) + "…" : text; }

  fetch(container.dataset.source, { headers: { Accept: "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var graph = data.graph || { nodes: [], edges: [] };
      var elements = graph.nodes.map(function (n) {
        return { data: { id: n.id, label: shorten(n.label), full: n.label, path: n.path,
                         colour: colours[n.kind] || "#555", centre: n.centre ? 1 : 0,
                         shape: colours[n.kind] && ["Attack", "Talks", "Threat", "Agreement", "Sanction"].indexOf(n.kind) >= 0 ? "round-rectangle" : "ellipse" } };
      }).concat(graph.edges.map(function (e, i) {
        return { data: { id: "e" + i, source: e.source, target: e.target, label: e.kind === "relation" ? e.label : "", title: e.label } };
      }));
      var cy = cytoscape({
        container: container,
        elements: elements,
        minZoom: 0.3,
        maxZoom: 1.4,
        style: [
          { selector: "node", style: { "background-color": "data(colour)", label: "data(label)", color: "#222",
              "font-size": 9, "text-valign": "bottom", "text-margin-y": 4, width: 18, height: 18, shape: "data(shape)",
              "text-wrap": "wrap", "text-max-width": 120 } },
          { selector: "node[centre = 1]", style: { width: 30, height: 30, "font-size": 13, "font-weight": "bold" } },
          { selector: "edge", style: { width: 1.5, "line-color": "#b8b8b8", "target-arrow-color": "#b8b8b8",
              "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(label)", "font-size": 8,
              color: "#666", "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8 } }
        ],
        layout: { name: "concentric", animate: false, padding: 30, minNodeSpacing: 25,
                  concentric: function (node) { return node.data("centre") ? 3 : (node.data("shape") === "ellipse" ? 2 : 1); },
                  levelWidth: function () { return 1; } }
      });
      cy.on("tap", "node", function (event) {
        var path = event.target.data("path");
        if (path && path !== window.location.pathname) { window.location.href = path; }
      });
      container.dataset.ready = String(graph.nodes.length);
    });
})();
