/* search.js: the site's search box. Classic script, loaded with defer; the
 * index is a set of classic scripts too (no fetch, modules or workers), so
 * search works from file:// as well as from a server.
 *
 * Two halves: the normaliser, which must give exactly the tokens of doku's
 * Go normaliser (internal/search/normalize.go; both are tested against
 * internal/search/testdata/normalize.json), and the box, which loads the
 * index piece by piece and shows the results. */
(function (global) {
  "use strict";

  /* ---- Normaliser: keep in step with internal/search/normalize.go ---- */

  var reMn = /\p{Mn}/gu;
  var reWord = /^[\p{L}\p{M}\p{N}]$/u;
  var reUpper = /^\p{Lu}$/u;
  var reLower = /^\p{Ll}$/u;
  var reNumber = /^\p{N}$/u;
  var reJoiners = /[._-]+/;

  // Step 1: decompose and drop non-spacing marks; case is kept.
  function decompose(s) {
    return s.normalize("NFKD").replace(reMn, "");
  }

  function isJoiner(ch) { return ch === "." || ch === "_" || ch === "-"; }

  function trimJoiners(w) {
    var end = w.length;
    while (end > 0 && isJoiner(w.charAt(end - 1))) end--;
    return w.slice(0, end);
  }

  // Step 2: words, as [start, end) ranges of s.
  function eachWord(s, fn) {
    var start = -1, i = 0;
    for (var ch of s) {
      if (reWord.test(ch)) {
        if (start < 0) start = i;
      } else if (!(isJoiner(ch) && start >= 0) && start >= 0) {
        fn(trimJoiners(s.slice(start, i)), start);
        start = -1;
      }
      i += ch.length;
    }
    if (start >= 0) fn(trimJoiners(s.slice(start)), start);
  }

  function classOf(ch) {
    if (reUpper.test(ch)) return 1;
    if (reLower.test(ch)) return 2;
    if (reNumber.test(ch)) return 3;
    return 0;
  }

  // Step 3: camelCase and letter-digit boundaries.
  function pieces(part) {
    var rs = Array.from(part), out = [], start = 0;
    for (var i = 1; i < rs.length; i++) {
      var prev = classOf(rs[i - 1]), cur = classOf(rs[i]);
      var next = i + 1 < rs.length ? classOf(rs[i + 1]) : 0;
      if ((prev === 2 && cur === 1) ||
          (prev === 1 && cur === 1 && next === 2) ||
          ((prev === 3) !== (cur === 3))) {
        out.push(rs.slice(start, i).join(""));
        start = i;
      }
    }
    out.push(rs.slice(start).join(""));
    return out;
  }

  // Step 5: case, ß, and the German spellings ae, oe, ue.
  function fold(t, german) {
    t = t.toLowerCase().replace(/ς/g, "σ").replace(/ß/g, "ss");
    if (!german || t.indexOf("e") < 0) return t;
    var out = "";
    for (var i = 0; i < t.length; i++) {
      var c = t.charAt(i);
      out += c;
      if (t.charAt(i + 1) === "e" && (c === "a" || c === "o" ||
          (c === "u" && !(i > 0 && "aeq".indexOf(t.charAt(i - 1)) >= 0)))) {
        i++;
      }
    }
    return out;
  }

  // Step 4: the tokens of one word, without repeats.
  function wordTokens(word, german) {
    var toks = [];
    function add(t) {
      t = fold(t, german);
      if (toks.indexOf(t) < 0) toks.push(t);
    }
    var parts = word.split(reJoiners).filter(function (p) { return p !== ""; });
    parts.forEach(function (part) {
      var ps = pieces(part);
      ps.forEach(add);
      if (ps.length > 1) add(part);
    });
    if (parts.length > 1) add(word);
    return toks;
  }

  // tokens returns the search tokens of text, as the Go normaliser does.
  function tokens(text, german) {
    var out = [];
    eachWord(decompose(String(text)), function (w) {
      Array.prototype.push.apply(out, wordTokens(w, german));
    });
    return out;
  }

  var api = global.dokuSearch = global.dokuSearch || {};
  api.tokens = tokens;
}(typeof window !== "undefined" ? window : globalThis));
