/* Site search for national builds (generator/site/search.py): Pagefind's search box in the header.
   Pagefind's index is chunked: a query fetches only the few fragments it needs, so the first
   result comes in well under a second and the tab stays small at hundreds of regions. It needs the
   site served over http(s); opened from a folder, the box says so instead. */
(function () {
  "use strict";
  var script = document.currentScript;

  function setup() {
    var header = document.querySelector(".md-header__inner");
    if (!header || !script) return;
    var box = document.createElement("div");
    box.className = "mp-search";
    box.id = "mp-search";
    box.setAttribute("role", "search");
    header.insertBefore(box, header.querySelector(".md-header__source"));
    if (location.protocol === "file:" || typeof window.PagefindUI === "undefined") {
      var note = document.createElement("input");
      note.type = "search";
      note.disabled = true;
      note.className = "mp-search__offline";
      note.placeholder = note.title = script.getAttribute("data-offline");
      note.setAttribute("aria-label", note.placeholder);
      box.appendChild(note);
      return;
    }
    // absolute: Pagefind imports its files relative to its own script, not to this page
    var root = new URL(script.getAttribute("data-bundle"), location.href).href;
    // One bundle per province plus the national pages' (generator/site/search.py): the first is
    // searched with the others merged in, so one query covers the nation.
    fetch(root + "bundles.json")
      .then(function (response) { return response.json(); })
      .then(function (names) {
        new window.PagefindUI({
          element: "#mp-search",
          bundlePath: root + names[0] + "/",
          mergeIndex: names.slice(1).map(function (name) { return { bundlePath: root + name + "/" }; }),
          showImages: false,
          showSubResults: true,
          resetStyles: false,
          translations: { placeholder: script.getAttribute("data-placeholder") },
        });
      });
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ||
        target instanceof HTMLSelectElement || (target && target.isContentEditable);
      var input = box.querySelector("input");
      if (event.key === "/" && !typing && input) {
        event.preventDefault();
        input.focus();
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
