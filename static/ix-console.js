/* ix-console.js: in the frame of an interactive example whose code is a
 * script, shows what the script writes to the console, as a list at the
 * end of the frame's body, and uncaught errors with it. Loaded before the
 * example's script; the browser's console still gets every call. Values
 * are written as browsers' consoles write them: strings as they are at
 * the top level and quoted inside, Array [1, 2], Object { a: 1 }. */
(function () {
  "use strict";
  var list = null;
  var show = function (level, text) {
    if (!document.body) return;
    if (!list) {
      list = document.createElement("ol");
      list.className = "ix-console";
      document.body.appendChild(list);
    }
    var item = document.createElement("li");
    if (level === "warn" || level === "error") item.className = "ix-" + level;
    item.textContent = text;
    list.appendChild(item);
  };

  var quote = function (s) {
    return s.indexOf('"') >= 0 ? "'" + s + "'" : '"' + s + '"';
  };

  var format = function (value, depth, seen) {
    switch (typeof value) {
      case "string": return depth === 0 ? value : quote(value);
      case "number": return Object.is(value, -0) ? "-0" : String(value);
      case "bigint": return String(value) + "n";
      case "symbol": return value.toString();
      case "function": return "function " + (value.name || "") + "()";
      case "undefined": return "undefined";
      case "boolean": return String(value);
    }
    if (value === null) return "null";
    if (seen.indexOf(value) >= 0) return "[Circular]";
    if (depth > 3) return "…";
    seen = seen.concat([value]);
    var inner = function (v) { return format(v, depth + 1, seen); };
    if (value instanceof Error) return value.name + ": " + value.message;
    if (value instanceof Date) return "Date " + (isNaN(value) ? "Invalid Date" : value.toISOString());
    if (value instanceof RegExp) return String(value);
    if (Array.isArray(value) || ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      var items = [];
      for (var i = 0; i < value.length; i++) {
        if (!(i in value)) {
          var n = 1;
          while (i + 1 < value.length && !((i + 1) in value)) { n++; i++; }
          items.push("<" + n + " empty slot" + (n === 1 ? "" : "s") + ">");
        } else {
          items.push(inner(value[i]));
        }
      }
      return (Array.isArray(value) ? "Array" : value.constructor.name) + " [" + items.join(", ") + "]";
    }
    if (value instanceof Map) {
      var pairs = [];
      value.forEach(function (v, k) { pairs.push(inner(k) + " → " + inner(v)); });
      return "Map(" + value.size + ") { " + pairs.join(", ") + " }";
    }
    if (value instanceof Set) {
      var members = [];
      value.forEach(function (v) { members.push(inner(v)); });
      return "Set(" + value.size + ") [ " + members.join(", ") + " ]";
    }
    var proto = Object.getPrototypeOf(value);
    var name = proto === null ? "Object" : (proto.constructor && proto.constructor.name) || "Object";
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return name + " { " + inner(value.valueOf()) + " }";
    }
    var fields = Object.keys(value).map(function (k) { return k + ": " + inner(value[k]); });
    return name + " { " + fields.join(", ") + " }";
  };

  ["log", "info", "warn", "error", "debug", "trace"].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      var args = Array.prototype.slice.call(arguments);
      try {
        show(level, args.map(function (a) { return format(a, 0, []); }).join(" "));
      } catch (e) {
        show("warn", "(this value cannot be shown here; see the browser's console)");
      }
      if (original) original.apply(console, args);
    };
  });

  window.addEventListener("error", function (event) {
    var e = event.error;
    show("error", "Uncaught " + (e instanceof Error ? e.name + ": " + e.message : event.message));
  });
  window.addEventListener("unhandledrejection", function (event) {
    show("error", "Uncaught (in promise) " + format(event.reason, 0, []));
  });
})();
