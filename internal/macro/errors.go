package macro

import (
	"fmt"

	"github.com/doku-docs/doku/internal/diag"
)

// The errors a macro's Expand may return. The expander turns each into
// its diagnostic kind and what the page shows.

// ArgError reports a call with wrong arguments (kind "macro-args"). The
// registry returns it for a wrong number or kind; macros for values they
// do not know.
type ArgError struct{ Msg string }

func (e *ArgError) Error() string { return e.Msg }

// BrokenLinkError is returned for a link to a page that exists in no locale.
type BrokenLinkError struct{ Href string }

func (e *BrokenLinkError) Error() string {
	return fmt.Sprintf("link to %s leads to no page", e.Href)
}

// MissingPageError is returned by a link macro whose target exists in no
// locale. HTML is what the page shows instead: the label, marked as a page
// not yet written.
type MissingPageError struct {
	Href string
	HTML string
}

func (e *MissingPageError) Error() string {
	return "link to " + e.Href + " leads to no page"
}

// DataError is a call that failed for want of data: a key the data
// lacks, a page that names no key, no data loaded.
type DataError struct {
	Msg, Hint string
	// Kind is the diagnostic's kind; "bcd" when empty.
	Kind diag.Kind
	// Quiet says the page shows HTML (often nothing), as MDN does without
	// the data, instead of a flaw marker; the call is reported all the same.
	Quiet bool
	HTML  string
}

func (e *DataError) Error() string { return e.Msg }

// PendingError marks output that stands in for a section doku cannot build
// yet. The page renders; the call is reported.
type PendingError struct{ HTML string }

func (e *PendingError) Error() string { return "section not available yet; a notice is shown" }
