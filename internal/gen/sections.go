package gen

import "slices"

// The parts below are the ones a page's kind decides, as on MDN: its
// sidebar macro, its banners, the sections it opens with and the ones it
// closes with.

// sidebar writes the sidebar macro of the page's area; landing pages
// have none.
func (p *page) sidebar() {
	switch s := p.s; s.kind {
	case kLanding:
		return
	case kAPIOverview, kGuide:
		if s.group == "" {
			p.macro("LearnSidebar")
		} else {
			p.macro("DefaultAPISidebar", q(s.group))
		}
	case kJSObject, kJSMethod:
		p.macro("JSRef")
	case kCSSProperty:
		p.macro("CSSRef")
	case kHTMLElement:
		p.macro("HTMLSidebar")
	case kHTTPHeader:
		p.macro("HTTPSidebar")
	case kGlossary:
		p.macro("GlossarySidebar")
	default:
		p.macro("APIRef", q(s.group))
	}
	p.b.WriteString("\n\n")
}

// banners writes the notices under the sidebar: one per status, and on
// some Web API pages the worker and secure-context notes.
func (p *page) banners() {
	s := p.s
	for _, st := range s.status {
		switch st {
		case "experimental":
			p.macro("SeeCompatTable")
			p.b.WriteString("\n")
		case "deprecated":
			p.macro("Deprecated_Header")
			p.b.WriteString("\n")
		}
	}
	if s.kind >= kInterface && s.kind <= kEvent && p.r.IntN(6) == 0 {
		p.macro("AvailableInWorkers")
		p.b.WriteString("\n")
	}
	if s.kind >= kInterface && s.kind <= kEvent && p.r.IntN(10) == 0 {
		p.macro("SecureContext_Header")
		p.b.WriteString("\n")
	}
	p.b.WriteString("\n")
}

// head writes the sections a page of its kind starts with.
func (p *page) head(target int) {
	h := p.l.headings
	s := p.s
	switch s.kind {
	case kInterface, kJSObject:
		if s.kind == kInterface {
			p.macro("InheritanceDiagram")
			p.b.WriteString("\n\n")
		}
		p.heading(2, h["ctor"])
		p.members([]kind{kConstructor})
		p.heading(2, h["props"])
		p.members([]kind{kProperty})
		p.heading(2, h["methods"])
		p.members([]kind{kMethod, kJSMethod})
		if s.kind == kInterface {
			p.heading(2, h["events"])
			p.members([]kind{kEvent})
		}
	case kMethod, kConstructor, kJSMethod:
		p.heading(2, h["syntax"])
		p.code("js", p.syntaxJS())
		p.heading(3, h["params"])
		p.defList(1+p.r.IntN(3), true)
		p.heading(3, h["return"])
		p.para(1)
		if p.r.IntN(2) == 0 {
			p.heading(3, h["exceptions"])
			p.defList(1+p.r.IntN(2), false)
		}
	case kProperty:
		p.heading(2, h["value"])
		p.para(1 + p.r.IntN(2))
	case kEvent:
		p.heading(2, h["syntax"])
		p.code("js", p.syntaxJS())
	case kCSSProperty:
		p.heading(2, h["syntax"])
		p.code("css", p.css(1))
		p.heading(3, h["value"])
		p.defList(2+p.r.IntN(3), false)
	case kHTMLElement:
		p.heading(2, h["attrs"])
		p.defList(2+p.r.IntN(4), true)
	case kHTTPHeader:
		p.table(2 + p.r.IntN(3))
		p.heading(2, h["directives"])
		p.defList(1+p.r.IntN(4), false)
	case kAPIOverview, kLanding:
		p.heading(2, h["interfaces"])
		p.defList(3+p.r.IntN(5), false)
	}
	if s.kind != kGlossary && s.kind != kLanding && p.b.Len() < target-800 {
		p.heading(2, h["desc"])
	}
}

// members lists the family's pages of kinds ks, as interface pages do.
func (p *page) members(ks []kind) {
	n := 0
	for _, i := range p.c.children[p.index] {
		m := &p.c.pages[i]
		if !slices.Contains(ks, m.kind) {
			continue
		}
		n++
		p.b.WriteString("- ")
		if m.kind == kJSMethod {
			p.macro("jsxref", q(m.ref))
		} else {
			p.macro("domxref", q(m.ref))
		}
		if m.kind == kProperty && p.r.IntN(3) == 0 {
			p.b.WriteString(" ")
			p.macro("ReadOnlyInline")
		}
		if len(m.status) > 0 && m.status[len(m.status)-1] == "deprecated" {
			p.b.WriteString(" ")
			p.macro("Deprecated_Inline")
		} else if len(m.status) > 0 {
			p.b.WriteString(" ")
			p.macro("Experimental_Inline")
		}
		p.b.WriteString("\n  - : ")
		p.sentence()
		p.b.Truncate(p.b.Len() - 1)
		p.b.WriteString("\n")
	}
	if n == 0 {
		p.para(1)
		return
	}
	p.b.WriteString("\n")
}

// tail writes the closing sections: specifications and compatibility for
// pages with browser-compat data, then links to related pages.
func (p *page) tail() {
	h := p.l.headings
	if p.s.bcd != "" {
		p.heading(2, h["specs"])
		p.macro("Specifications")
		p.b.WriteString("\n\n")
		p.heading(2, h["compat"])
		p.macro("Compat")
		p.b.WriteString("\n\n")
	}
	p.heading(2, h["seealso"])
	for range 2 + p.r.IntN(3) {
		p.b.WriteString("- ")
		if p.r.IntN(2) == 0 {
			p.linkMacro()
		} else {
			p.link()
		}
		p.b.WriteString("\n")
	}
}
