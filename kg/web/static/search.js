/* Suggestions as one types in the search box: /search.json, rendered with DOM nodes only. */
(function () {
  "use strict";

  function debounce(fn, wait) {
    var timer = null;
    return function () {
      var args = arguments;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(null, args); }, wait);
    };
  }

  function fetchSuggestions(url, query) {
    return fetch(url + "?limit=8&q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { results: [] }; })
      .then(function (data) { return data.results || []; })
      .catch(function () { return []; });
  }

  function item(result) {
    var li = document.createElement("li");
    li.setAttribute("role", "option");
    var a = document.createElement("a");
    a.href = result.path;
    var kind = document.createElement("span");
    kind.className = "badge kind-" + String(result.kind || "other").toLowerCase().replace(/[^a-z]/g, "");
    kind.textContent = result.kind || "";
    var name = document.createElement("bdi");
    name.dir = "auto";
    name.textContent = result.label;
    a.appendChild(kind);
    a.appendChild(name);
    if (result.label_ar) {
      var ar = document.createElement("bdi");
      ar.className = "ar";
      ar.lang = "ar";
      ar.dir = "rtl";
      ar.textContent = result.label_ar;
      a.appendChild(ar);
    }
    li.appendChild(a);
    return li;
  }

  function setUpBox(input, list) {
    var active = -1;
    var show = debounce(function (query) {
      if (!query.trim()) { list.hidden = true; return; }
      fetchSuggestions(input.dataset.suggest, query).then(function (results) {
        if (input.value !== query) { return; }
        list.replaceChildren.apply(list, results.map(item));
        active = -1;
        list.hidden = results.length === 0;
      });
    }, 150);
    function move(step) {
      var items = list.querySelectorAll("li");
      if (!items.length) { return; }
      if (active >= 0) { items[active].classList.remove("active"); }
      active = (active + step + items.length) % items.length;
      items[active].classList.add("active");
    }
    input.addEventListener("input", function () { show(input.value); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { move(1); event.preventDefault(); }
      else if (event.key === "ArrowUp") { move(-1); event.preventDefault(); }
      else if (event.key === "Escape") { list.hidden = true; }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = list.querySelectorAll("li a")[active].getAttribute("href");
      }
    });
    document.addEventListener("click", function (event) {
      if (!list.contains(event.target) && event.target !== input) { list.hidden = true; }
    });
  }

  function setUpKeyField(input, index) {
    var datalist = document.createElement("datalist");
    datalist.id = "actor-keys-" + index;
    input.setAttribute("list", datalist.id);
    input.parentNode.appendChild(datalist);
    input.addEventListener("input", debounce(function () {
      if (!input.value.trim()) { return; }
      fetchSuggestions(input.dataset.suggestKey, input.value).then(function (results) {
        datalist.replaceChildren.apply(datalist, results.filter(function (r) {
          return r.path.indexOf("/entity/") === 0;
        }).map(function (r) {
          var option = document.createElement("option");
          option.value = decodeURIComponent(r.path.slice("/entity/".length));
          option.textContent = r.label + (r.label_ar ? " · " + r.label_ar : "");
          return option;
        }));
      });
    }, 150));
  }

  var box = document.getElementById("search-box");
  var list = document.getElementById("suggestions");
  if (box && list) { setUpBox(box, list); }
  document.querySelectorAll("input[data-suggest-key]").forEach(setUpKeyField);
})();
