// Cohort page (templates/certificates/admin/cohort.html): the "select all"
// button stays hidden without JavaScript, where it could not work.
document.addEventListener("DOMContentLoaded", function () {
  var button = document.getElementById("select-all");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    document.querySelectorAll('input[name="keys"]').forEach(function (box) { box.checked = true; });
  });
});
