/* The participant's draft form (lms/assignment/workspace.html).

   1. A counter under each text area with a length limit; the visible count
      follows every key, screen readers hear it once typing pauses.
   2. What is typed is copied into this tab's sessionStorage. When the page
      later shows a stored state that differs (a save refused as too large,
      a lost session, a crash), the copy is offered back; it is never put
      into the form without the participant's choice. sessionStorage ends
      with the tab, so nothing stays on a shared computer.
   The German texts come from the page (data attributes and a <template>). */
(function () {
  "use strict";

  var form = document.querySelector("form[data-draft-key]");
  if (!form) {
    return;
  }

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (match, name) {
      return values[name];
    });
  }

  function number(value) {
    return value.toLocaleString("de-DE");
  }

  function addCounter(area) {
    var limit = parseInt(area.getAttribute("maxlength"), 10);
    var visible = document.createElement("p");
    visible.className = "field__count";
    visible.setAttribute("aria-hidden", "true");
    var spoken = document.createElement("p");
    spoken.className = "visually-hidden";
    spoken.setAttribute("aria-live", "polite");
    var timer = null;

    function text() {
      var length = area.value.length;
      var over = length > limit;
      visible.classList.toggle("field__count--over", over);
      return fill(over ? form.dataset.countOver : form.dataset.countLeft, {
        count: number(Math.abs(limit - length)),
        limit: number(limit)
      });
    }

    visible.textContent = text();
    area.insertAdjacentElement("afterend", spoken);
    area.insertAdjacentElement("afterend", visible);
    area.addEventListener("input", function () {
      visible.textContent = text();
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        spoken.textContent = text();
      }, 1000);
    });
  }

  Array.prototype.forEach.call(form.querySelectorAll("textarea[maxlength]"), addCounter);

  var key = "beccaria-entwurf:" + form.dataset.draftKey;

  function kept() {
    return Array.prototype.filter.call(form.elements, function (element) {
      return element.name && (element.tagName === "TEXTAREA" ||
        (element.tagName === "INPUT" && /^(text|url|date)$/.test(element.type)));
    });
  }

  function normal(value) {
    return value.replace(/\r\n?/g, "\n").trim();
  }

  function snapshot() {
    var values = {};
    kept().forEach(function (element) {
      values[element.name] = element.value;
    });
    return values;
  }

  function read() {
    try {
      return JSON.parse(window.sessionStorage.getItem(key));
    } catch (error) {
      return null;
    }
  }

  function write() {
    try {
      window.sessionStorage.setItem(key, JSON.stringify({at: Date.now(), values: snapshot()}));
    } catch (error) {
      /* Storage full or switched off: the server's copy is all there is. */
    }
  }

  function forget() {
    try {
      window.sessionStorage.removeItem(key);
    } catch (error) {
      /* Nothing was kept. */
    }
  }

  function differing(copy) {
    return kept().filter(function (element) {
      var value = copy.values[element.name];
      return typeof value === "string" && normal(value) !== normal(element.value);
    });
  }

  var open = false;

  function offer(copy, fields) {
    open = true;
    var template = document.getElementById("draft-restore-offer");
    var box = template.content.firstElementChild.cloneNode(true);
    var at = new Date(copy.at);
    box.querySelector("[data-restore-time]").textContent =
      at.toLocaleString("de-DE", {dateStyle: "medium", timeStyle: "short"});
    var status = box.querySelector("[data-restore-status]");
    box.querySelector("[data-restore]").addEventListener("click", function () {
      fields.forEach(function (element) {
        element.value = copy.values[element.name];
        element.dispatchEvent(new Event("input", {bubbles: true}));
      });
      open = false;
      box.querySelector("[data-restore-actions]").remove();
      status.textContent = form.dataset.restoredText;
      fields[0].focus();
    });
    box.querySelector("[data-discard]").addEventListener("click", function () {
      open = false;
      forget();
      box.remove();
    });
    form.insertAdjacentElement("beforebegin", box);
  }

  var copy = read();
  if (copy && copy.values) {
    var fields = differing(copy);
    if (fields.length) {
      offer(copy, fields);
    } else {
      forget();
    }
  }

  var pending = null;
  form.addEventListener("input", function () {
    if (open) {
      return; /* Keep the older copy until the participant has chosen. */
    }
    window.clearTimeout(pending);
    pending = window.setTimeout(write, 300);
  });
  form.addEventListener("submit", function () {
    window.clearTimeout(pending);
    if (!open) {
      write();
    }
  });
}());
