package gen

// The word lists below are doku's own; generated prose is a random walk over
// them, so no sentence of any real documentation appears in a tree.

// Parts of API, object and header names, CamelCase.
var nameParts = []string{
	"Audio", "Video", "Media", "Sensor", "Gamepad", "Payment", "Credential",
	"Storage", "Cache", "Clipboard", "Font", "Canvas", "Path", "Text", "Node",
	"Shadow", "Intersection", "Resize", "Mutation", "Performance", "Navigation",
	"Network", "Battery", "Bluetooth", "Serial", "Speech", "Worklet", "Worker",
	"Broadcast", "Message", "Notification", "Push", "Stream", "Readable",
	"Writable", "Compression", "File", "Blob", "Image", "Bitmap", "Offscreen",
	"Presentation", "Screen", "Orientation", "Device", "Motion", "Pointer",
	"Touch", "Keyboard", "Wheel", "Drag", "Selection", "Range", "Highlight",
	"Layout", "Animation", "Keyframe", "Timeline", "Scroll", "View",
	"Transition", "Document", "Frame", "History", "Location", "Geolocation",
	"Permission", "Lock", "Identity", "Key", "Crypto", "Digest", "Codec",
	"Encoded", "Chunk", "Track", "Source", "Buffer", "Analyser", "Gain",
	"Oscillator", "Panner", "Convolver", "Delay", "Filter", "Channel",
	"Splitter", "Merger", "Region", "Cue", "Session", "Space", "Pose", "Joint",
	"Hand", "Hit", "Anchor", "Plane", "Mesh", "Adapter", "Queue", "Pipeline",
	"Shader", "Sampler", "Texture", "Query", "Cursor", "Transaction", "Report",
	"Timing", "Mark", "Measure", "Paint", "Task", "Scheduler", "Signal",
	"Abort", "Request", "Response", "Form", "Pattern", "Style", "Sheet", "Rule",
	"Declaration", "Unit", "Color", "Matrix", "Point", "Rect", "Quad", "Vector",
	"Beacon", "Badge", "Contact", "Barcode", "Face", "Idle", "Wake", "Ink",
	"Launch", "Handwriting", "Fence", "Topic", "Fetch", "Background", "Sync",
}

// Suffixes of interface names.
var ifaceSuffixes = []string{
	"Event", "Element", "Manager", "Controller", "Observer", "Entry", "List",
	"Map", "Result", "Info", "Context", "Target", "Reader", "Writer",
	"Handle", "Registration", "State", "Data", "Descriptor", "Record", "Item",
	"Collection", "", "", "", "",
}

// Verbs and nouns of member names, camelCase.
var memberVerbs = []string{
	"get", "set", "add", "remove", "has", "clear", "read", "write", "request",
	"cancel", "resume", "pause", "observe", "disconnect", "connect", "register",
	"update", "query", "append", "delete", "start", "stop", "close", "open",
	"create", "release", "lock", "unlock", "enqueue", "flush", "reset", "watch",
}

var memberNouns = []string{
	"length", "size", "type", "name", "value", "state", "status", "mode",
	"kind", "label", "id", "url", "origin", "target", "source", "timeStamp",
	"duration", "current", "ready", "closed", "signal", "reason", "code",
	"message", "data", "buffer", "byteLength", "width", "height", "top", "left",
	"bottom", "right", "active", "enabled", "visible", "hidden", "disabled",
	"selected", "checked", "offset", "count", "level", "rate", "volume",
	"options", "entries", "keys", "values", "handle", "priority", "frame",
}

// Words for CSS property names, HTML elements and glossary terms.
var cssWords = []string{
	"margin", "padding", "border", "inset", "block", "inline", "start", "end",
	"color", "background", "image", "size", "position", "repeat", "origin",
	"clip", "box", "shadow", "text", "decoration", "line", "thickness",
	"offset", "font", "weight", "stretch", "variant", "feature", "settings",
	"grid", "template", "area", "column", "row", "gap", "flex", "basis",
	"grow", "shrink", "align", "justify", "items", "self", "content", "scroll",
	"snap", "type", "stop", "behavior", "overscroll", "anchor", "mask", "mode",
	"outline", "style", "width", "radius", "transition", "delay", "timing",
	"animation", "fill", "direction", "iteration", "count", "perspective",
}

var htmlWords = []string{
	"section", "figure", "caption", "summary", "details", "aside", "header",
	"footer", "nav", "menu", "dialog", "slot", "meter", "output", "progress",
	"label", "legend", "field", "set", "data", "list", "option", "group",
	"table", "col", "head", "body", "foot", "pic", "track", "source", "map",
	"area", "mark", "ruby", "time", "abbr", "cite", "quote", "pre", "code",
	"sub", "sup", "small", "strong", "em", "del", "ins", "frame", "embed",
}

var glossaryWords = []string{
	"Cache", "Origin", "Scope", "Closure", "Callback", "Promise", "Thread",
	"Loop", "Heap", "Stack", "Token", "Payload", "Header", "Cookie", "Proxy",
	"Router", "Socket", "Packet", "Latency", "Bandwidth", "Codec", "Pixel",
	"Viewport", "Layout", "Reflow", "Repaint", "Parser", "Lexer", "Grammar",
	"Element", "Attribute", "Property", "Method", "Prototype", "Instance",
	"Mutable", "Immutable", "Identifier", "Literal", "Operator", "Keyword",
	"Hoisting", "Polyfill", "Shim", "Transpiler", "Minification", "Bundler",
	"Fingerprint", "Handshake", "Certificate", "Cipher", "Hash", "Nonce",
}

var httpWords = []string{
	"Accept", "Cache", "Content", "Control", "Encoding", "Language", "Range",
	"Policy", "Security", "Transport", "Strict", "Origin", "Referrer", "Fetch",
	"Site", "Dest", "User", "Agent", "Client", "Hints", "Timing", "Allow",
	"Expose", "Credentials", "Methods", "Max", "Age", "Retry", "After",
	"Early", "Data", "Priority", "Permissions", "Report", "To", "Trace",
	"Forwarded", "Link", "Location", "Vary", "Warning", "Digest", "Signature",
}

// English prose.
var (
	enFunction = []string{
		"the", "the", "the", "a", "an", "of", "to", "in", "and", "and", "is",
		"that", "for", "with", "on", "as", "by", "this", "it", "from", "or",
		"be", "are", "when", "which", "its", "not", "can", "if", "each", "at",
		"into", "than", "only", "also", "after", "before", "while", "every",
	}
	enNouns = []string{
		"method", "property", "value", "object", "event", "listener",
		"browser", "page", "document", "element", "node", "string", "number",
		"array", "callback", "promise", "request", "response", "server",
		"client", "connection", "stream", "buffer", "frame", "timer", "user",
		"script", "worker", "thread", "context", "origin", "header", "style",
		"rule", "selector", "layout", "image", "canvas", "color", "font",
		"interface", "constructor", "instance", "argument", "parameter",
		"exception", "error", "result", "entry", "list", "map", "key", "data",
		"file", "record", "queue", "task", "signal", "state", "option", "flag",
		"specification", "implementation", "feature", "attribute", "section",
	}
	enVerbs = []string{
		"returns", "sets", "reads", "holds", "creates", "sends", "receives",
		"fires", "dispatches", "resolves", "rejects", "throws", "reports",
		"describes", "contains", "updates", "removes", "adds", "replaces",
		"checks", "waits", "starts", "stops", "closes", "opens", "accepts",
		"ignores", "keeps", "changes", "copies", "parses", "serializes",
		"measures", "schedules", "cancels", "registers", "exposes", "defines",
	}
	enAdjectives = []string{
		"new", "current", "previous", "optional", "required", "default",
		"empty", "whole", "single", "global", "local", "secure", "readonly",
		"static", "dynamic", "pending", "active", "visible", "hidden",
		"original", "final", "valid", "invalid", "numeric", "textual", "large",
		"small", "first", "last", "next", "own", "shared", "separate", "same",
	}
)

// German prose: nouns capitalised, umlauts and ß where German has them.
var (
	deFunction = []string{
		"der", "die", "das", "die", "den", "dem", "des", "ein", "eine",
		"einen", "und", "und", "oder", "ist", "wird", "werden", "mit", "für",
		"über", "von", "zu", "zum", "zur", "im", "in", "auf", "aus", "bei",
		"nach", "vor", "wenn", "dass", "nicht", "auch", "nur", "noch", "schon",
		"hier", "dabei", "darüber", "für", "während", "durch", "können",
		"müssen", "dürfen", "sowie", "jedoch", "außerdem",
	}
	deNouns = []string{
		"Methode", "Eigenschaft", "Wert", "Objekt", "Ereignis", "Browser",
		"Seite", "Dokument", "Element", "Knoten", "Zeichenkette", "Zahl",
		"Funktion", "Rückruffunktion", "Anfrage", "Antwort", "Server",
		"Verbindung", "Datenstrom", "Puffer", "Zeitgeber", "Benutzer",
		"Skript", "Kontext", "Ursprung", "Kopfzeile", "Regel", "Größe",
		"Schnittstelle", "Instanz", "Argument", "Parameter", "Ausnahme",
		"Fehler", "Ergebnis", "Eintrag", "Liste", "Schlüssel", "Daten", "Datei",
		"Warteschlange", "Aufgabe", "Zustand", "Option", "Spezifikation",
		"Unterstützung", "Übersicht", "Rückgabewert", "Schaltfläche",
		"Überprüfung", "Änderung", "Einschränkung", "Sicherheit", "Länge",
		"Höhe", "Breite", "Schrift", "Farbe", "Grenze", "Maßeinheit", "Straße",
	}
	deVerbs = []string{
		"gibt", "setzt", "liest", "enthält", "erzeugt", "sendet", "empfängt",
		"löst", "meldet", "beschreibt", "ändert", "entfernt", "fügt",
		"ersetzt", "prüft", "wartet", "startet", "stoppt", "schließt",
		"öffnet", "akzeptiert", "übergibt", "verändert", "kopiert", "zählt",
		"misst", "plant", "bricht", "registriert", "stellt", "definiert",
		"überschreibt", "berücksichtigt", "unterstützt", "führt", "wählt",
	}
	deAdjectives = []string{
		"neue", "aktuelle", "vorherige", "optionale", "erforderliche",
		"leere", "einzelne", "globale", "lokale", "sichere", "schreibgeschützte",
		"statische", "dynamische", "ausstehende", "aktive", "sichtbare",
		"verborgene", "ursprüngliche", "gültige", "ungültige", "numerische",
		"große", "kleine", "erste", "letzte", "nächste", "eigene", "gemeinsame",
		"gleiche", "übliche", "mögliche", "zusätzliche", "älteste", "größte",
	}
)
