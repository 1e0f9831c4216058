/* The query page: YASGUI (vendored) on this endpoint, with the prefixes and examples filled in.
   Result links to Rasad IRIs are rewritten to this explorer's own pages. */
(function () {
  "use strict";
  var host = document.getElementById("yasgui");
  if (!host || typeof Yasgui !== "function") { return; }
  var endpoint = new URL(host.dataset.endpoint, window.location.href).href;
  var BASE = "https://w3id.org/rasad/";

  Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  fetch(host.dataset.examples, { headers: { Accept: "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var first = data.examples.length ? data.examples[0].query : "SELECT * WHERE { ?s ?p ?o } LIMIT 10";
      var yasgui = new Yasgui(host, {
        requestConfig: { endpoint: endpoint, method: "POST" },
        copyEndpointOnNewTab: false,
        persistenceId: null,
        populateFromUrl: false,
        endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
        yasqe: { value: first }
      });
      var select = document.getElementById("examples");
      data.examples.forEach(function (example, i) {
        var option = document.createElement("option");
        option.value = String(i);
        option.textContent = example.title + (example.saved ? " (saved query)" : "");
        select.appendChild(option);
      });
      select.addEventListener("change", function () {
        if (select.value === "") { return; }
        var tab = yasgui.getTab();
        tab.setQuery(data.examples[Number(select.value)].query);
      });
      new MutationObserver(function () {
        host.querySelectorAll("a[href^='" + BASE + "']").forEach(function (a) {
          var rest = a.getAttribute("href").slice(BASE.length);
          if (/^(entity|incident|article)\//.test(rest)) {
            a.setAttribute("href", "/" + rest.replace(/#char=(\d+),(\d+)$/, "?hl=$1,$2#hl"));
            a.removeAttribute("target");
          }
        });
      }).observe(host, { childList: true, subtree: true });
      host.dataset.ready = "1";
    });
})();
