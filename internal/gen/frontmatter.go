package gen

import (
	"fmt"
	"strings"
)

// frontMatter writes the YAML block MDN's pages open with. Source pages
// carry the keys doku reads for them (page type, status, browser-compat
// key, spec URLs); a translation carries only its own title, the slug
// that pairs it with its source, and the commit it was translated from.
func (p *page) frontMatter() {
	s := p.s
	b := &p.b
	b.WriteString("---\n")
	title := s.title
	if p.l == german {
		title = germanTitle(s)
	}
	fmt.Fprintf(b, "title: %q\n", title)
	if s.short != "" {
		fmt.Fprintf(b, "short-title: %q\n", s.short)
	}
	fmt.Fprintf(b, "slug: %s\n", s.slug)
	if p.l == german {
		// Translations carry only title, slug and l10n; the rest is inherited.
		fmt.Fprintf(b, "l10n:\n  sourceCommit: %016x%016x%08x\n", p.r.Uint64(), p.r.Uint64(), p.r.Uint32())
		b.WriteString("---\n\n")
		return
	}
	fmt.Fprintf(b, "page-type: %s\n", pageTypes[s.kind])
	if len(s.status) > 0 {
		b.WriteString("status:\n")
		for _, st := range s.status {
			fmt.Fprintf(b, "  - %s\n", st)
		}
	}
	if s.bcd != "" {
		fmt.Fprintf(b, "browser-compat: %s\n", s.bcd)
	}
	for i, u := range s.specs {
		if i == 0 {
			b.WriteString("spec-urls:\n")
		}
		fmt.Fprintf(b, "  - %s\n", u)
	}
	b.WriteString("---\n\n")
}

// germanTitle is a page's title as MDN's German pages write it: the API
// name stays, the word saying what it is ("property", "method", ...)
// becomes a German suffix.
func germanTitle(s *spec) string {
	switch s.kind {
	case kProperty:
		return strings.Replace(s.title, " property", "-Eigenschaft", 1)
	case kMethod:
		return strings.Replace(s.title, " method", "-Methode", 1)
	case kEvent:
		return strings.Replace(s.title, " event", "-Ereignis", 1)
	case kConstructor:
		return strings.Replace(s.title, " constructor", "-Konstruktor", 1)
	case kHTTPHeader:
		return strings.Replace(s.title, " header", "-Header", 1)
	case kHTMLElement:
		return "<" + s.name + ">: Das " + s.name + "-Element"
	}
	return s.title
}
