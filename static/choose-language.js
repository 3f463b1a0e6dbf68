/* choose-language.js: on the site's start page, go straight to the
 * documentation in the reader's preferred language. Classic script, loaded
 * with defer (the links exist when it runs); no modules or fetch, so it also
 * works from file://. "#choose" in the URL (the footer link) keeps the page,
 * and so does any failure or a language the site does not have. */
(function () {
  "use strict";
  try {
    if (location.hash === "#choose") return;
    var links = document.querySelectorAll("a.language-choice[hreflang]");
    var wanted = (navigator.languages && navigator.languages.length)
      ? navigator.languages : [navigator.language];
    var primary = function (tag) { return tag.split("-")[0]; };
    // The reader's languages in their order of preference; for each, an
    // exact tag wins ("de-AT" = "de-at"), then the same primary subtag
    // ("de-AT" -> "de", "en-GB" -> "en-US").
    for (var i = 0; i < wanted.length; i++) {
      var want = String(wanted[i] || "").toLowerCase();
      if (!want) continue;
      var near = null;
      for (var j = 0; j < links.length; j++) {
        var have = (links[j].getAttribute("hreflang") || "").toLowerCase();
        if (!have) continue;
        if (have === want) { near = links[j]; break; }
        if (!near && primary(have) === primary(want)) near = links[j];
      }
      if (near) {
        location.replace(near.href);
        return;
      }
    }
  } catch (e) {
    // Stay on the page: the reader chooses.
  }
}());
