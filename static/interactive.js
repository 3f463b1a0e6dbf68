/* interactive.js: the values of an interactive example, on the page. A
 * pressed value is posted to the example's frame, whose ix-choice.js
 * applies it; the frame applies the first value by itself, so without
 * this script the example still shows. Classic script, no inline code,
 * postMessage rather than reaching into the frame: a frame opened from
 * file:// is another origin. */
(function () {
  "use strict";
  var figures = document.querySelectorAll("figure.ix-choices");
  Array.prototype.forEach.call(figures, function (figure) {
    var frame = figure.querySelector("iframe.ix-frame");
    var buttons = figure.querySelectorAll("button.ix-choice");
    if (!frame || !buttons.length) return;
    var current = null;
    var send = function () {
      if (current !== null && frame.contentWindow) {
        frame.contentWindow.postMessage({ dokuChoice: current }, "*");
      }
    };
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener("click", function () {
        Array.prototype.forEach.call(buttons, function (b) {
          b.setAttribute("aria-pressed", b === button ? "true" : "false");
        });
        current = button.getAttribute("data-choice") || "";
        send();
      });
    });
    // A frame loaded after a value was pressed (it loads lazily) gets it.
    frame.addEventListener("load", send);
  });
})();
