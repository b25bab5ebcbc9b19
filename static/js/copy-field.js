// A button with data-copy-from="<input id>" copies that field's value and
// says so in the nearest [data-copy-status]. Without a clipboard the button
// stays hidden: the field can still be selected and copied by hand.
(function () {
  "use strict";
  if (!navigator.clipboard) {
    return;
  }
  document.querySelectorAll("[data-copy-from]").forEach(function (button) {
    var field = document.getElementById(button.dataset.copyFrom);
    var status = button.closest("section").querySelector("[data-copy-status]");
    button.hidden = false;
    button.addEventListener("click", function () {
      field.select();
      navigator.clipboard.writeText(field.value).then(function () {
        if (status) {
          status.textContent = button.dataset.copiedText;
        }
      });
    });
  });
  document.querySelectorAll(".calendar-feed input[readonly]").forEach(function (field) {
    field.addEventListener("focus", function () {
      field.select();
    });
  });
})();
