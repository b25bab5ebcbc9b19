// Bulk issue page (templates/certificates/admin/batch.html): refresh the
// progress every few seconds until nothing is waiting any more.
document.addEventListener("DOMContentLoaded", function () {
  var INTERVAL = 4000;
  var url = window.location.pathname + "?partial=1";
  function region() { return document.getElementById("batch-progress"); }
  function refresh() {
    if (region().dataset.waiting === "0") return;
    fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("batch-progress");
        if (!fresh) return;
        var current = region();
        // Only the summary is a live region: update its text when it
        // changed, so screen readers announce news and nothing else.
        var summary = document.getElementById("batch-summary");
        var freshSummary = fresh.querySelector("#batch-summary");
        if (freshSummary.textContent.trim() !== summary.textContent.trim()) {
          summary.textContent = freshSummary.textContent;
        }
        current.dataset.waiting = fresh.dataset.waiting;
        Array.from(current.children).forEach(function (child) {
          if (child !== summary) child.remove();
        });
        Array.from(fresh.children).forEach(function (child) {
          if (child.id !== "batch-summary") current.appendChild(document.importNode(child, true));
        });
        setTimeout(refresh, INTERVAL);
      })
      .catch(function () { setTimeout(refresh, INTERVAL * 3); });
  }
  setTimeout(refresh, INTERVAL);
});
