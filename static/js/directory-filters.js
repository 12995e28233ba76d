// Applies the directory's filters as soon as one changes. Without this script the form's
// button does the same with a full page load, so everything here is an improvement only.
(function () {
  "use strict";

  var region = document.getElementById("directory-live");
  if (!document.getElementById("directory-form") || !region || !window.fetch || !window.DOMParser || !window.history.pushState) {
    return;
  }
  var wide = window.matchMedia("(min-width: 62rem)");

  // Browsers that cannot show a closed panel's content on wide screens get it opened instead.
  function showPanelOnWideScreens() {
    var panel = document.getElementById("filters");
    if (panel && wide.matches && !(window.CSS && CSS.supports("selector(::details-content)"))) {
      panel.open = true;
    }
  }
  showPanelOnWideScreens();

  var pending = null;
  var latest = 0;

  function addressFor(targetForm) {
    var params = new URLSearchParams(new FormData(targetForm));
    // Empty values add nothing but noise to the shareable address.
    Array.from(params.keys()).forEach(function (key) {
      if (params.getAll(key).every(function (value) { return value === ""; })) {
        params.delete(key);
      }
    });
    var query = params.toString();
    return targetForm.action.split("?")[0] + (query ? "?" + query : "");
  }

  function openGroups() {
    return Array.from(region.querySelectorAll("details[id]")).reduce(function (state, item) {
      state[item.id] = item.open;
      return state;
    }, {});
  }

  function swap(html, focusedId, groups) {
    var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("directory-live");
    if (!fresh) {
      return false;
    }
    region.replaceChildren.apply(region, Array.from(fresh.childNodes));
    Object.keys(groups).forEach(function (id) {
      var item = document.getElementById(id);
      if (item) {
        item.open = groups[id];
      }
    });
    showPanelOnWideScreens();
    var status = document.getElementById("directory-status");
    var count = region.querySelector(".results-count");
    if (status && count) {
      status.textContent = count.textContent.trim();
    }
    var focused = focusedId && document.getElementById(focusedId);
    if (focused) {
      focused.focus();
    }
    return true;
  }

  function apply(push) {
    var address = addressFor(document.getElementById("directory-form"));
    var request = ++latest;
    var focusedId = document.activeElement && document.activeElement.id;
    var groups = openGroups();
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    region.setAttribute("aria-busy", "true");
    return fetch(address, { signal: pending.signal, headers: { Accept: "text/html" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.text();
      })
      .then(function (html) {
        if (request !== latest) {
          return;
        }
        if (push) {
          window.history.pushState({ directory: true }, "", address);
        }
        if (!swap(html, focusedId, groups)) {
          window.location.assign(address);
        }
      })
      .catch(function (error) {
        if (error.name !== "AbortError") {
          window.location.assign(address);
        }
      })
      .finally(function () {
        if (request === latest) {
          region.removeAttribute("aria-busy");
        }
      });
  }

  region.addEventListener("change", function (event) {
    var field = event.target;
    if (field.form && field.form.id === "directory-form" && field.type !== "search") {
      apply(true);
    }
  });

  window.addEventListener("popstate", function () {
    window.location.reload();
  });
})();
