// The import status page: posts "next batch" until the job is done, keeping the progress bar and
// its text up to date, then reloads to show the report. Without it, the button does one batch.
(function () {
  "use strict";
  var section = document.querySelector("[data-import-step]");
  if (!section || !window.fetch) return;
  var form = section.querySelector("[data-import-form]");
  var bar = section.querySelector("progress");
  var text = section.querySelector("[data-import-text]");
  var error = section.querySelector("[data-import-error]");
  var token = form.querySelector("[name=csrfmiddlewaretoken]").value;
  var template = text.getAttribute("data-template");

  function show(state) {
    bar.max = state.total;
    bar.value = state.done;
    bar.textContent = state.done + " / " + state.total;
    text.textContent = template
      .replace("%(done)s", String(state.done))
      .replace("%(total)s", String(state.total));
  }

  function step() {
    fetch(section.getAttribute("data-import-step"), {
      method: "POST",
      headers: { Accept: "application/json", "X-CSRFToken": token },
      credentials: "same-origin",
    })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (state) {
        show(state);
        if (state.finished) {
          window.location.reload();
        } else {
          step();
        }
      })
      .catch(function () {
        error.hidden = false;
        form.hidden = false;
      });
  }

  form.hidden = true;
  step();
})();
