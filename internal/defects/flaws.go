package defects

import (
	"strings"
)

// liveSampleMissing starts the problem doku gives an EmbedLiveSample
// call that found neither a section nor a block for its sample.
const liveSampleMissing = "EmbedLiveSample: no section"

// detectFlaws reads the span.flaw boxes doku shows for a call that failed.
// A live sample that was not found is live-sample-missing; every other
// box is a macro-flaw whose detail is the macro's name as the box shows
// it ("{{Foo(...)}}" gives "foo"), or "link" for a box that is not a call.
func detectFlaws(c *pageContext) []Finding {
	var fs []Finding
	seen := map[Finding]bool{}
	for _, f := range c.page.flaws {
		var fd Finding
		if strings.HasPrefix(f.title, liveSampleMissing) {
			fd = Finding{Kind: KindLiveSampleMissing}
		} else {
			fd = Finding{Kind: KindMacroFlaw, Detail: flawMacro(f.text)}
		}
		if !seen[fd] {
			seen[fd] = true
			fs = append(fs, fd)
		}
	}
	return fs
}

// flawMacro is the lower-cased name of the macro a flaw box shows, "link"
// when it shows no call.
func flawMacro(text string) string {
	rest, ok := strings.CutPrefix(strings.TrimSpace(text), "{{")
	if !ok {
		return "link"
	}
	return callName(rest)
}

// callName is the name at the start of rest, the text after "{{".
func callName(rest string) string {
	rest = strings.TrimLeft(rest, " \t\n")
	end := strings.IndexFunc(rest, func(r rune) bool {
		return !(r == '-' || r == '_' || r == ':' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	})
	if end >= 0 {
		rest = rest[:end]
	}
	return strings.ToLower(rest)
}

// detectPendingBoxes finds the figures doku shows where MDN renders
// content (figure.embed-placeholder), by what each stands for: its other
// class ("inheritance", "interactive-example").
func detectPendingBoxes(c *pageContext) []Finding {
	var fs []Finding
	seen := map[string]bool{}
	for _, classes := range c.page.placeholders {
		detail := strings.Join(classes, " ")
		if detail == "" {
			detail = "other"
		}
		if !seen[detail] {
			seen[detail] = true
			fs = append(fs, Finding{Kind: KindPendingBox, Detail: detail})
		}
	}
	return fs
}
