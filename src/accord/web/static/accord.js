// The article page's script: show the findings about a highlighted claim in the evidence panel.
// It copies server-rendered (already escaped) finding cards; it never builds HTML from text.
(function () {
  "use strict";
  var body = document.getElementById("evidence-body");
  if (!body) { return; }
  var hint = document.getElementById("evidence-hint");

  function show(mark) {
    var ids = (mark.getAttribute("data-findings") || "").split(" ").filter(Boolean);
    while (body.firstChild) { body.removeChild(body.firstChild); }
    ids.forEach(function (i) {
      var card = document.getElementById("finding-" + i);
      if (card) {
        var copy = card.cloneNode(true);
        copy.removeAttribute("id");
        body.appendChild(copy);
      }
    });
    if (hint) { hint.hidden = ids.length > 0; }
    document.querySelectorAll("mark.claim.active").forEach(function (m) { m.classList.remove("active"); });
    mark.classList.add("active");
  }

  document.querySelectorAll("mark.claim").forEach(function (mark) {
    mark.addEventListener("click", function (event) {
      if (event.target.closest("a")) { return; }  // a click on an entity link inside a claim follows the link
      show(mark);
    });
    mark.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); show(mark); }
    });
  });

  // Arriving at #claim-... (from the findings dashboard) opens that claim's evidence.
  if (location.hash.indexOf("#claim-") === 0) {
    var target = document.getElementById(location.hash.slice(1));
    if (target) { show(target); }
  }
})();
