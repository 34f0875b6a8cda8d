/* OncoAtlas: small enhancements; every page works without this file. */
(function () {
  "use strict";
  document.documentElement.classList.add("js-enhanced");

  function canonical(url) {
    var search = url.searchParams.toString().replace(/%2C/gi, ",");
    return url.pathname + (search ? "?" + search : "") + url.hash;
  }

  // "Show only differences": toggle rows at once and keep the URL shareable.
  function setupOnlyDifferences() {
    var toggle = document.querySelector("[data-only-toggle]");
    var table = document.querySelector("[data-compare-table]");
    if (!toggle || !table) return;
    toggle.addEventListener("change", function () {
      var only = toggle.checked;
      table.querySelectorAll("[data-same]").forEach(function (element) {
        element.hidden = only;
      });
      table.classList.toggle("only-differences", only);
      var url = new URL(window.location.href);
      if (only) url.searchParams.set("only", "differences");
      else url.searchParams.delete("only");
      var next = canonical(url);
      window.history.replaceState(null, "", next);
      var share = document.querySelector("[data-share-url]");
      if (share) share.value = url.origin + next;
      document.querySelectorAll("input[type=hidden][name=only]").forEach(function (field) {
        field.disabled = !only;
      });
      // Remove links keep the switch, like every other link on the page.
      document.querySelectorAll("a[data-keep-only]").forEach(function (link) {
        var target = new URL(link.href);
        if (target.pathname !== url.pathname) return;
        if (only) target.searchParams.set("only", "differences");
        else target.searchParams.delete("only");
        link.href = canonical(target);
      });
    });
  }

  // Select the share link's text on focus, ready to copy.
  function setupShare() {
    var share = document.querySelector("[data-share-url]");
    if (share) share.addEventListener("focus", function () { share.select(); });
  }

  // Filter forms: leave empty fields out of the URL so it stays short.
  function setupFilterForms() {
    document.querySelectorAll("form.filters").forEach(function (form) {
      form.addEventListener("submit", function () {
        form.querySelectorAll("select, input").forEach(function (field) {
          if (field.name && field.value === "") field.disabled = true;
        });
      });
    });
  }

  // Phones: fold the filters away so results come first (open again to filter).
  function setupFilterDetails() {
    if (!window.matchMedia("(max-width: 60rem)").matches) return;
    document.querySelectorAll("[data-collapse-on-phones]").forEach(function (details) {
      if (!details.hasAttribute("data-has-errors")) details.open = false;
    });
  }

  function ready() {
    setupFilterDetails();
    setupOnlyDifferences();
    setupShare();
    setupFilterForms();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
