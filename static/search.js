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

  /* ---- Loading the index: classic scripts calling dokuSearch.add ---- */

  var loaded = {};  // key → data
  var pending = {}; // key → {resolve, reject}, while its script loads
  var promises = {};

  // add is called by every index file with its key (its path from the
  // site's root without ".js") and its data.
  api.add = function (key, data) {
    loaded[key] = data;
    if (pending[key]) {
      pending[key].resolve(data);
      delete pending[key];
    }
  };

  function load(root, key) {
    if (promises[key]) return promises[key];
    promises[key] = new Promise(function (resolve, reject) {
      if (key in loaded) { resolve(loaded[key]); return; }
      pending[key] = { resolve: resolve, reject: reject };
      var s = document.createElement("script");
      s.src = root + key + ".js";
      s.async = true;
      s.onerror = function () {
        delete pending[key];
        delete promises[key];
        reject(new Error("cannot load " + s.src));
      };
      document.head.appendChild(s);
    });
    return promises[key];
  }

  /* ---- Postings: see internal/search/encode.go ---- */

  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var digitValue = {};
  for (var d = 0; d < DIGITS.length; d++) digitValue[DIGITS.charAt(d)] = d;

  // decode calls fn(page, local, weight) for every posting in s.
  function decode(s, fn) {
    var i = 0, page = 0;
    function num() {
      var v = 0, shift = 0, c;
      do {
        c = digitValue[s.charAt(i++)];
        v += (c & 31) * Math.pow(2, shift);
        shift += 5;
      } while (c >= 32);
      return v;
    }
    while (i < s.length) {
      page += num();
      var n = num();
      for (var k = 0; k < n; k++) {
        var x = num();
        fn(page, Math.floor(x / 8), x % 8);
      }
    }
  }

  /* ---- Searching ---- */

  function indexable(t) {
    var n = Array.from(t).length;
    return n > 1 ? n <= 40 : /^[0-9]$/.test(t);
  }

  // parse turns the query into words; each word has the token to look up
  // (the whole word), its pieces (used when the whole finds nothing), and
  // whether it is a prefix (the last word, while it is being typed).
  function parse(q, german) {
    var words = [];
    eachWord(decompose(q), function (w) {
      var toks = wordTokens(w, german);
      if (toks.length) words.push({ whole: toks[toks.length - 1], pieces: toks.slice(0, -1).filter(indexable), prefix: false });
    });
    if (words.length && !/\s$/.test(q)) words[words.length - 1].prefix = true;
    return words.filter(function (w) { return indexable(w.whole) || (w.prefix && w.whole.length > 1); });
  }

  // chunksFor lists the term chunks that may hold tok (or, for a prefix,
  // any token starting with tok): meta.terms is [first, hash, ...].
  function chunksFor(terms, tok, prefix) {
    var n = terms.length / 2, lo = 0, hi = n - 1, start = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (terms[2 * mid] <= tok) { start = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    var out = [start];
    if (prefix) {
      for (var i = start + 1; i < n && terms[2 * i].indexOf(tok) === 0; i++) out.push(i);
    }
    return out;
  }

  function Search(root, locale) {
    this.root = root;
    this.dir = locale + "/search/";
    this.meta = null;
    this.cache = new Map();
  }

  Search.prototype.ready = function () {
    var self = this;
    return load(this.root, this.dir + "index").then(function (m) { self.meta = m; return m; });
  };

  function termKey(self, i) { return self.dir + "t" + i + "." + self.meta.terms[2 * i + 1]; }
  function docKey(self, i) { return self.dir + "d" + i + "." + self.meta.docs[2 * i + 1]; }

  // lookup resolves to the hits of one token (with prefix, of every token
  // it begins): a map page → [local, score, local, score, ...]. The last
  // few lookups are kept, so a query typed on or repeated decodes nothing
  // twice.
  Search.prototype.lookup = function (tok, prefix) {
    var self = this, terms = this.meta.terms, key = (prefix ? "*" : "=") + tok;
    if (!terms.length) return Promise.resolve(new Map());
    if (this.cache.has(key)) return Promise.resolve(this.cache.get(key));
    var idx = chunksFor(terms, tok, prefix);
    return Promise.all(idx.map(function (i) { return load(self.root, termKey(self, i)); })).then(function (chunks) {
      var hits = new Map();
      chunks.forEach(function (chunk) {
        for (var j = 0; j < chunk.length; j += 2) {
          var t = chunk[j], exact = t === tok;
          if (!exact && !(prefix && t.indexOf(tok) === 0)) continue;
          // A completion of a prefix counts less than the word itself.
          var f = exact ? 1 : 0.6;
          decode(chunk[j + 1], function (page, local, w) {
            var a = hits.get(page), s = w * f;
            if (!a) { hits.set(page, [local, s]); return; }
            for (var k = 0; k < a.length; k += 2) {
              if (a[k] === local) { if (a[k + 1] < s) a[k + 1] = s; return; }
            }
            a.push(local, s);
          });
        }
      });
      if (self.cache.size >= 32) self.cache.delete(self.cache.keys().next().value);
      self.cache.set(key, hits);
      return hits;
    });
  };

  // word resolves to the hits of one query word: its whole token, or when
  // that finds nothing, the pages that hold all its pieces.
  Search.prototype.word = function (w) {
    var self = this;
    return this.lookup(w.whole, w.prefix).then(function (hits) {
      if (hits.size || !w.pieces.length) return [hits];
      return Promise.all(w.pieces.map(function (p, i) {
        return self.lookup(p, w.prefix && i === w.pieces.length - 1);
      }));
    });
  };

  // stale is thrown to drop a query that a newer one replaced.
  var stale = new Error("stale query");

  // run resolves to the best pages for query q: [{page, local, score}].
  // isStale says whether q has been replaced; run then stops early.
  Search.prototype.run = function (q, limit, isStale) {
    var self = this;
    return this.ready().then(function (meta) {
      var words = parse(q, meta.german);
      if (!words.length) return { words: [], results: [] };
      return Promise.all(words.map(function (w) { return self.word(w); })).then(function (lists) {
        if (isStale && isStale()) throw stale;
        var all = [].concat.apply([], lists), n = meta.pages;
        var pages = null;
        all.forEach(function (hits) {
          var keep = new Map();
          hits.forEach(function (v, page) { if (!pages || pages.has(page)) keep.set(page, v); });
          pages = keep;
        });
        var results = [];
        pages.forEach(function (_, page) {
          var perEntry = new Map(), score = 0;
          all.forEach(function (hits) {
            // Rare words count more: weight × (1 + ln(pages / pages with it)).
            var idf = 1 + Math.log(n / Math.max(1, hits.size)), best = 0, a = hits.get(page);
            for (var k = 0; k < a.length; k += 2) {
              var s = a[k + 1] * idf;
              best = Math.max(best, s);
              perEntry.set(a[k], (perEntry.get(a[k]) || 0) + s);
            }
            score += best;
          });
          var local = 0, top = -1;
          perEntry.forEach(function (s, l) { if (s > top || (s === top && l < local)) { top = s; local = l; } });
          results.push({ page: page, local: local, score: score + top / 2 });
        });
        results.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
        return results.slice(0, limit);
      }).then(function (results) {
        return self.docs(results).then(function () { return { words: words, results: results }; });
      });
    });
  };

  // docs loads the document chunks of results and fills in their pages.
  Search.prototype.docs = function (results) {
    var self = this, docs = this.meta.docs, need = {};
    results.forEach(function (r) {
      var i = 0;
      while (i + 1 < docs.length / 2 && docs[2 * (i + 1)] <= r.page) i++;
      r.chunk = i;
      need[i] = true;
    });
    return Promise.all(Object.keys(need).map(function (i) {
      return load(self.root, docKey(self, +i)).then(function (chunk) {
        results.forEach(function (r) {
          if (r.chunk !== +i) return;
          var d = chunk[r.page - docs[2 * i]];
          r.path = d[0];
          r.title = d[1];
          r.anchor = d[2][3 * r.local];
          r.heading = d[2][3 * r.local + 1];
          r.excerpt = d[2][3 * r.local + 2];
        });
      });
    }));
  };

  /* ---- Showing results ---- */

  var reRawWord = /[\p{L}\p{M}\p{N}]+(?:[._-]+[\p{L}\p{M}\p{N}]+)*/gu;

  // matcher says whether a token of the text matches a word of the query.
  function matcher(words) {
    return function (t) {
      return words.some(function (w) {
        var ts = [w.whole].concat(w.pieces);
        return ts.some(function (q, i) {
          return t === q || (w.prefix && (i === 0 || i === ts.length - 1) && t.indexOf(q) === 0);
        });
      });
    };
  }

  // marked appends text to el, each word that matches in a <mark>. With
  // window, long text is cut around the first match.
  function marked(el, text, match, german, window) {
    var spans = [], m;
    reRawWord.lastIndex = 0;
    while ((m = reRawWord.exec(text))) {
      if (tokens(m[0], german).some(match)) spans.push([m.index, m.index + m[0].length]);
    }
    var start = 0, end = text.length;
    if (window && spans.length && spans[0][0] > window / 3) {
      start = text.lastIndexOf(" ", spans[0][0] - window / 4) + 1;
      el.appendChild(document.createTextNode("… "));
    }
    if (window && end - start > window) {
      end = text.lastIndexOf(" ", start + window);
      if (end <= start) end = start + window;
    }
    var at = start;
    spans.forEach(function (sp) {
      if (sp[0] < at || sp[1] > end) return;
      el.appendChild(document.createTextNode(text.slice(at, sp[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(sp[0], sp[1]);
      el.appendChild(mark);
      at = sp[1];
    });
    el.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? " …" : "")));
  }

  function href(root, locale, r) {
    var p = r.path.split("/").map(encodeURIComponent).join("/");
    return root + encodeURIComponent(locale) + "/" + p + (r.anchor ? "#" + encodeURIComponent(r.anchor) : "");
  }

  function init(box) {
    var input = box.querySelector("input");
    var list = box.querySelector("[role=listbox]");
    var status = box.querySelector("[role=status]");
    if (!input || !list || !status) return;
    var root = box.getAttribute("data-root") || "";
    var locale = box.getAttribute("data-locale") || document.documentElement.lang;
    var search = new Search(root, locale);
    var msg = function (name) { return box.getAttribute("data-msg-" + name) || ""; };
    var plural = typeof Intl === "object" && Intl.PluralRules ? new Intl.PluralRules(locale) : null;
    var seq = 0, active = -1;

    function options() { return list.querySelectorAll("[role=option]"); }

    function setActive(i) {
      var opts = options();
      if (!opts.length) return;
      active = (i + opts.length) % opts.length;
      opts.forEach(function (o, j) {
        o.setAttribute("aria-selected", j === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", opts[active].id);
      opts[active].scrollIntoView({ block: "nearest" });
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function show(found, q, started) {
      list.textContent = "";
      active = -1;
      var match = matcher(found.words), german = search.meta.german;
      found.results.forEach(function (r, i) {
        var li = document.createElement("li");
        li.id = "site-search-result-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        var a = document.createElement("a");
        a.href = href(root, locale, r);
        a.tabIndex = -1;
        var title = document.createElement("span");
        title.className = "site-search-title";
        marked(title, r.title, match, german, 0);
        a.appendChild(title);
        if (r.heading) {
          var h = document.createElement("span");
          h.className = "site-search-heading";
          marked(h, r.heading, match, german, 0);
          a.appendChild(h);
        }
        if (r.excerpt) {
          var ex = document.createElement("span");
          ex.className = "site-search-excerpt";
          marked(ex, r.excerpt, match, german, 160);
          a.appendChild(ex);
        }
        li.appendChild(a);
        list.appendChild(li);
      });
      var n = found.results.length;
      if (n) {
        var form = plural && plural.select(n) === "one" ? "one" : "other";
        status.textContent = msg("results-" + form).replace("{n}", String(n));
      } else {
        status.textContent = msg("none").replace("{q}", q.trim());
      }
      list.hidden = !n;
      input.setAttribute("aria-expanded", n ? "true" : "false");
      if (n) {
        // The time from the keystroke to the first result on screen, for
        // doku's browser tests and for curious readers (data-latency).
        box.setAttribute("data-latency", (performance.now() - started).toFixed(1));
      }
    }

    function run() {
      var q = input.value, mine = ++seq, started = performance.now();
      if (!q.trim()) {
        list.textContent = "";
        status.textContent = "";
        close();
        return;
      }
      if (!search.meta) status.textContent = msg("loading");
      search.run(q, 10, function () { return mine !== seq; }).then(function (found) {
        if (mine === seq) show(found, q, started);
      }, function (err) {
        if (mine === seq && err !== stale) {
          status.textContent = msg("failed");
          close();
        }
      });
    }

    input.addEventListener("input", run);
    input.addEventListener("focus", function () {
      search.ready().catch(function () { status.textContent = msg("failed"); });
      if (list.childNodes.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
    });
    input.addEventListener("keydown", function (e) {
      var opts = options();
      switch (e.key) {
        case "ArrowDown":
          if (list.hidden && opts.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
          setActive(active + 1);
          e.preventDefault();
          break;
        case "ArrowUp":
          setActive(active < 0 ? -1 : active - 1);
          e.preventDefault();
          break;
        case "Enter":
          if (opts.length && !list.hidden) {
            opts[Math.max(active, 0)].querySelector("a").click();
            e.preventDefault();
          }
          break;
        case "Escape":
          if (!list.hidden) {
            close();
          } else {
            input.value = "";
            run();
          }
          e.preventDefault();
          break;
      }
    });
    box.addEventListener("focusout", function (e) {
      if (!box.contains(e.relatedTarget)) close();
    });
    box.hidden = false;
  }

  if (typeof document !== "undefined") {
    var start = function () {
      document.querySelectorAll("[data-search]").forEach(init);
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
  }
}(typeof window !== "undefined" ? window : globalThis));
