package gen

import (
	"math/rand/v2"
	"strings"
)

// target picks a page of kind k, preferring the page's own family.
func (p *page) target(k kind) *spec { return p.targetFrom(p.r, k) }

// targetFrom is target drawing from r: code draws from the stream a page
// shares with its translation, so both name the same pages.
func (p *page) targetFrom(r *rand.Rand, k kind) *spec {
	if p.s.parent >= 0 && r.IntN(3) == 0 && p.c.pages[p.s.parent].kind == k {
		return &p.c.pages[p.s.parent]
	}
	ids := p.c.byKind[k]
	if len(ids) == 0 {
		return nil
	}
	return &p.c.pages[pick(r, ids)]
}

// linkMacro writes one inline link macro in MDN's mix: mostly domxref,
// then jsxref, cssxref, Glossary, HTMLElement, HTTPHeader; about 2 % are
// macros doku does not know.
func (p *page) linkMacro() {
	r := p.r
	x := r.IntN(1000)
	var k kind
	switch {
	case x < 20:
		p.macro(pick(r, []string{"unknownxref", "Non-standard_Inline", "interactive_example", "js_property_attributes"}), q(memberName(r, false)))
		return
	case x < 430:
		k = pick(r, []kind{kInterface, kProperty, kMethod, kEvent, kInterface})
		if t := p.target(k); t != nil {
			p.macro("domxref", q(t.ref))
			return
		}
	case x < 580:
		k = pick(r, []kind{kJSObject, kJSMethod})
		if t := p.target(k); t != nil {
			p.macro("jsxref", q(t.ref))
			return
		}
	case x < 720:
		if t := p.target(kCSSProperty); t != nil {
			p.macro("cssxref", q(t.ref))
			return
		}
	case x < 840:
		if t := p.target(kGlossary); t != nil {
			if r.IntN(2) == 0 {
				p.macro("Glossary", q(t.ref))
			} else {
				p.macro("Glossary", q(t.ref), q(strings.ToLower(t.ref)))
			}
			return
		}
	case x < 930:
		if t := p.target(kHTMLElement); t != nil {
			p.macro("HTMLElement", q(t.ref))
			return
		}
	default:
		if t := p.target(kHTTPHeader); t != nil {
			p.macro("HTTPHeader", q(t.ref))
			return
		}
	}
	p.word(false)
}

// link writes a Markdown link to another page: mostly one that exists, in
// the page's locale; about 2 % lead nowhere.
func (p *page) link() {
	r := p.r
	p.b.WriteByte('[')
	for i := range 1 + r.IntN(3) {
		if i > 0 {
			p.b.WriteByte(' ')
		}
		p.b.WriteString(pick(r, p.l.linkWords))
	}
	p.b.WriteString("](/" + p.l.locale + "/docs/")
	p.stats.Links++
	if r.IntN(50) == 0 {
		p.stats.BrokenLinks++
		p.b.WriteString("Web/API/" + camel(r, 2) + "Missing)")
		return
	}
	p.b.WriteString(p.c.pages[r.IntN(len(p.c.pages))].slug + ")")
}
