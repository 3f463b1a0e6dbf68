package gen

// lang is the vocabulary of one locale: the words of its prose and the
// fixed texts of MDN's pages in it (headings, table headers, link words).
type lang struct {
	locale                         string // URL form: en-US, de
	function, nouns, verbs, adjs   []string
	headings                       map[string]string
	linkWords                      []string
	valueHeader, descriptionHeader string
}

// english is the vocabulary of the source pages.
var english = &lang{
	locale: "en-US", function: enFunction, nouns: enNouns, verbs: enVerbs, adjs: enAdjectives,
	headings: map[string]string{
		"ctor": "Constructor", "props": "Instance properties", "methods": "Instance methods",
		"events": "Events", "syntax": "Syntax", "params": "Parameters", "return": "Return value",
		"exceptions": "Exceptions", "value": "Value", "desc": "Description", "examples": "Examples",
		"specs": "Specifications", "compat": "Browser compatibility", "seealso": "See also",
		"attrs": "Attributes", "interfaces": "Interfaces", "usage": "Usage notes",
		"a11y": "Accessibility", "directives": "Directives", "formal": "Formal syntax",
	},
	linkWords:   []string{"see", "the", "guide", "to", "using", "reference", "overview", "of", "examples", "for"},
	valueHeader: "Value", descriptionHeader: "Description",
}

// german is the vocabulary of the translations.
var german = &lang{
	locale: "de", function: deFunction, nouns: deNouns, verbs: deVerbs, adjs: deAdjectives,
	headings: map[string]string{
		"ctor": "Konstruktor", "props": "Instanz-Eigenschaften", "methods": "Instanz-Methoden",
		"events": "Ereignisse", "syntax": "Syntax", "params": "Parameter", "return": "Rückgabewert",
		"exceptions": "Ausnahmen", "value": "Wert", "desc": "Beschreibung", "examples": "Beispiele",
		"specs": "Spezifikationen", "compat": "Browser-Kompatibilität", "seealso": "Siehe auch",
		"attrs": "Attribute", "interfaces": "Schnittstellen", "usage": "Hinweise zur Verwendung",
		"a11y": "Barrierefreiheit", "directives": "Direktiven", "formal": "Formale Syntax",
	},
	linkWords:   []string{"siehe", "die", "Anleitung", "zur", "Verwendung", "Referenz", "Übersicht", "über", "Beispiele", "für"},
	valueHeader: "Wert", descriptionHeader: "Beschreibung",
}
