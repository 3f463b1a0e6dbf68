package gen

import (
	"fmt"
	"strings"
)

// example writes an example: a heading, prose, code in one to three
// languages, and sometimes a live sample of it.
func (p *page) example() {
	t := p.title()
	p.heading(3, t)
	id := p.lastID(t)
	p.para(1 + p.r.IntN(2))
	// The code comes from the stream the page shares with its
	// translations: translators keep code as it is, now and then
	// translating the text in it.
	p.codeWords = english
	if p.l == german && p.r.IntN(5) == 0 {
		p.codeWords = german
	}
	live := p.cr.IntN(3) == 0
	if live || p.cr.IntN(3) == 0 {
		p.heading(4, "HTML")
		p.code("html", p.html())
	}
	if live || p.cr.IntN(4) == 0 {
		p.heading(4, "CSS")
		p.code("css", p.css(1+p.cr.IntN(3)))
	}
	p.heading(4, "JavaScript")
	p.code("js", p.js(3+p.cr.IntN(12)))
	if live {
		p.macro("EmbedLiveSample", q(id), q("100%"), fmt.Sprint(100+50*p.cr.IntN(6)))
		p.b.WriteString("\n\n")
	}
}

// code writes a fenced code block; body ends in a newline.
func (p *page) code(language, body string) {
	p.b.WriteString("```" + language + "\n" + body + "```\n\n")
}

// ident is a camelCase variable name. It, and all code below, draws from
// the code stream, so a page and its translation hold the same code.
func (p *page) ident() string {
	return lowerFirst(pick(p.cr, nameParts)) + pick(p.cr, nameParts)
}

// syntaxJS is the Syntax section's code of a method, constructor or
// event page: the call forms of its name.
func (p *page) syntaxJS() string {
	s := p.s
	switch s.kind {
	case kConstructor:
		return "new " + s.name + "()\nnew " + s.name + "(options)\n"
	case kEvent:
		ev := strings.TrimSuffix(s.name, "_event")
		return "addEventListener(\"" + ev + "\", (event) => { })\n\non" + ev + " = (event) => { }\n"
	}
	return s.name + "()\n" + s.name + "(" + memberName(p.cr, false) + ")\n"
}

// js is a script on one object: after its declaration, lines statements
// (calls, event listeners and conditions nested up to two deep, logging),
// then the closing braces of the blocks left open.
func (p *page) js(lines int) string {
	var b strings.Builder
	obj := p.ident()
	fmt.Fprintf(&b, "const %s = new %s();\n", obj, camel(p.cr, 2))
	depth := 0
	for range lines {
		ind := strings.Repeat("  ", depth)
		switch x := p.cr.IntN(10); {
		case x < 3:
			fmt.Fprintf(&b, "%sconst %s = %s.%s(%q);\n", ind, p.ident(), obj, memberName(p.cr, true), memberName(p.cr, false))
		case x < 5 && depth < 2:
			fmt.Fprintf(&b, "%s%s.addEventListener(%q, (event) => {\n", ind, obj, strings.ToLower(pick(p.cr, memberVerbs)))
			depth++
		case x < 6 && depth < 2:
			fmt.Fprintf(&b, "%sif (%s.%s > %d) {\n", ind, obj, memberName(p.cr, false), p.cr.IntN(100))
			depth++
		case x < 8 && depth > 0:
			depth--
			fmt.Fprintf(&b, "%s}%s\n", strings.Repeat("  ", depth), map[bool]string{true: ");", false: ""}[p.cr.IntN(2) == 0])
		default:
			fmt.Fprintf(&b, "%sconsole.log(`%s: ${%s.%s}`);\n", ind, pick(p.cr, p.codeWords.nouns), obj, memberName(p.cr, false))
		}
	}
	for depth > 0 {
		depth--
		fmt.Fprintf(&b, "%s}\n", strings.Repeat("  ", depth))
	}
	return b.String()
}

// html is a div holding a few elements with IDs and text.
func (p *page) html() string {
	var b strings.Builder
	fmt.Fprintf(&b, "<div class=%q>\n", strings.ToLower(pick(p.cr, nameParts)))
	for range 1 + p.cr.IntN(4) {
		el := pick(p.cr, []string{"p", "button", "span", "label", "output"})
		fmt.Fprintf(&b, "  <%s id=%q>%s %s</%s>\n", el, p.ident(), pick(p.cr, p.codeWords.adjs), pick(p.cr, p.codeWords.nouns), el)
	}
	b.WriteString("</div>\n")
	return b.String()
}

// css is a style sheet of rules rules. Its properties are those of the
// tree's CSS pages, so they link somewhere; on a CSS property page about
// half of them are the page's own.
func (p *page) css(rules int) string {
	var b strings.Builder
	for i := range rules {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, ".%s {\n", strings.ToLower(pick(p.cr, nameParts)))
		for range 1 + p.cr.IntN(4) {
			prop := p.s.name
			if t := p.targetFrom(p.cr, kCSSProperty); t != nil && (p.s.kind != kCSSProperty || p.cr.IntN(2) == 0) {
				prop = t.name
			}
			fmt.Fprintf(&b, "  %s: %s;\n", prop, pick(p.cr, []string{"auto", "none", "1em", "2px solid", "50%", "inherit", "0 auto", "red"}))
		}
		b.WriteString("}\n")
	}
	return b.String()
}
