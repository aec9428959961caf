/* Optional filter for the national evaluation ranking (evaluasi.html): <select>s by evaluation year
   (the latest year first selected), province and cohort year, that hide the other rows and year
   groups. Progressive enhancement: without JavaScript every year's ranking shows. Labels come from
   the table's data-filter-* attributes (the page's language). */
(function () {
  "use strict";

  function values(rows, key) {
    var seen = {};
    rows.forEach(function (row) { if (row.dataset[key]) { seen[row.dataset[key]] = true; } });
    return Object.keys(seen).sort(function (a, b) {
      if (key === "year") { return Number(b) - Number(a); }
      return key === "cohort" ? Number(a) - Number(b) : a.localeCompare(b);
    });
  }

  function picker(box, rows, key, label) {
    var wrap = document.createElement("label");
    var select = document.createElement("select");
    wrap.appendChild(document.createTextNode(label));
    select.dataset.key = key;
    [""].concat(values(rows, key)).forEach(function (value) {
      var option = document.createElement("option");
      option.value = value;
      option.textContent = value || box.dataset.filterAll;
      select.appendChild(option);
    });
    if (key === "year" && box.dataset.filterYearDefault) { select.value = box.dataset.filterYearDefault; }
    wrap.appendChild(select);
    return wrap;
  }

  function setup(box) {
    var rows = Array.prototype.slice.call(box.querySelectorAll("tbody tr[data-province]"));
    var groups = Array.prototype.slice.call(box.querySelectorAll("tbody tr[data-group]"));
    if (!rows.length) { return; }
    var form = document.createElement("div");
    var count = document.createElement("span");
    form.className = "mp-filter";
    count.className = "mp-filter__count";
    count.setAttribute("aria-live", "polite");
    if (box.dataset.filterYear) { form.appendChild(picker(box, rows, "year", box.dataset.filterYear)); }
    form.appendChild(picker(box, rows, "province", box.dataset.filterProvince));
    form.appendChild(picker(box, rows, "cohort", box.dataset.filterCohort));
    form.appendChild(count);
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));

    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        var keep = selects.every(function (s) { return !s.value || row.dataset[s.dataset.key] === s.value; });
        row.hidden = !keep;
        shown += keep ? 1 : 0;
      });
      groups.forEach(function (group) {
        var visible = rows.some(function (row) { return !row.hidden && row.dataset.year === group.dataset.group; });
        group.hidden = !visible;
      });
      var year = selects.filter(function (s) { return s.dataset.key === "year"; })[0];
      var total = rows.filter(function (row) { return !year || !year.value || row.dataset.year === year.value; }).length;
      count.textContent = box.dataset.filterShown.replace("{n}", shown).replace("{total}", total);
    }

    selects.forEach(function (s) { s.addEventListener("change", apply); });
    box.parentNode.insertBefore(form, box);
    apply();
  }

  Array.prototype.forEach.call(document.querySelectorAll(".mp-ranking[data-filter-province]"), setup);
})();
