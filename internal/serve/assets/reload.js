/* reload.js: added by "doku serve" to every page it serves, never written
 * by "doku build". It listens for the server's Server-Sent Events and
 * reloads the page when a new build is out (or the input has new errors,
 * which the page then shows). A classic script from the server's own
 * origin, so a Content-Security-Policy of default-src 'self' allows it.
 * EventSource reconnects by itself after the server restarts; the version
 * sent along makes the server answer "reload" if the page is out of date. */
(function () {
  "use strict";
  var me = document.currentScript;
  var version = (me && me.getAttribute("data-version")) || "";
  if (!window.EventSource) return;
  var source = new EventSource("/_doku/events?v=" + encodeURIComponent(version));
  source.addEventListener("reload", function () {
    source.close();
    location.reload();
  });
}());
