package macro

import (
	"html"
	"strings"
)

// compat and specifications render the sections MDN builds from
// browser-compat-data. Until doku reads that data they render a localized
// notice and report it, so a page is never silently incomplete.
var compat = &Macro{
	Name:   "Compat",
	Kind:   KindSection,
	Args:   `(["bcd.key"])`,
	Doc:    "Browser compatibility table for the page's browser-compat keys.",
	Expand: pending("Compat.Pending"),
}

var specifications = &Macro{
	Name:   "Specifications",
	Kind:   KindSection,
	Args:   `(["bcd.key"])`,
	Doc:    "Table of the specifications that define the page's feature.",
	Expand: pending("Specifications.Pending"),
}

// PendingError marks output that stands in for a section doku cannot build
// yet. The page renders; the call is reported.
type PendingError struct{ HTML string }

func (e *PendingError) Error() string { return "section not available yet; a notice is shown" }

func pending(msgID string) func(*Env, []Arg) (string, error) {
	return func(env *Env, args []Arg) (string, error) {
		keys := env.Page.Meta.BrowserCompat
		if len(args) > 0 {
			keys = []string{args[0].Value}
		}
		out := `<div class="notice pending"><p>` +
			html.EscapeString(env.L.T(msgID, "Keys", strings.Join(keys, ", "))) + `</p></div>`
		return "", &PendingError{HTML: out}
	}
}
