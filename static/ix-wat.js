/* ix-wat.js: in the frame of an interactive example in WebAssembly text,
 * compiles the text (template#ix-wat) with the compiler the data folder
 * gave the site (watify.js, the global Watify, loaded before this file),
 * answers the example's fetch of the module's name (data-wasm, never a
 * file: a fetch from file:// is refused) with the bytes as
 * application/wasm, then loads the example's script (data-script, if it
 * has one). A
 * text that does not compile is reported on the console, where
 * ix-console.js shows it, and the script is not run. */
(function () {
  "use strict";
  var source = document.getElementById("ix-wat");
  if (!source) return;
  var moduleURL = new URL(source.getAttribute("data-wasm"), document.baseURI).href;
  var bytes = null;

  var fetchFile = window.fetch;
  window.fetch = function (input) {
    var url = input instanceof Request ? input.url : String(input);
    var absolute = null;
    try {
      absolute = new URL(url, document.baseURI).href;
    } catch (e) {
      // not a URL: the browser's fetch says so
    }
    if (bytes && absolute === moduleURL) {
      return Promise.resolve(new Response(bytes, { headers: { "Content-Type": "application/wasm" } }));
    }
    return fetchFile.apply(this, arguments);
  };

  if (typeof Watify === "undefined") {
    console.error("The WebAssembly compiler (watify.js) did not load.");
    return;
  }
  Watify.init().then(function () {
    bytes = Watify.watify(source.content.textContent);
    if (!source.hasAttribute("data-script")) return;
    var script = document.createElement("script");
    script.src = source.getAttribute("data-script");
    document.body.appendChild(script);
  }).catch(function (e) {
    // The compiler throws its message as a string; the browser an Error.
    console.error(e instanceof Error ? e.name + ": " + e.message : String(e));
  });
})();
