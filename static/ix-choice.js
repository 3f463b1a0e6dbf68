/* ix-choice.js: in the frame of an interactive example with values to
 * pick, applies a value (CSS declarations) to the element #example-element:
 * the first one, from the body's data-choice, at once; then each one the
 * page posts (interactive.js). Messages from anywhere but the page that
 * holds the frame are ignored. */
(function () {
  "use strict";
  var apply = function (css) {
    var el = document.getElementById("example-element");
    if (el) el.style.cssText = css;
  };
  apply(document.body.getAttribute("data-choice") || "");
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.source !== window.parent || !data || typeof data.dokuChoice !== "string") return;
    apply(data.dokuChoice);
  });
})();
