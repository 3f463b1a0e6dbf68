package gen

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lang is the vocabulary of one locale.
type lang struct {
	locale                         string // URL form: en-US, de
	function, nouns, verbs, adjs   []string
	headings                       map[string]string
	linkWords                      []string
	valueHeader, descriptionHeader string
}

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

// page writes one index.md. Its random source is its own, seeded from the
// tree's seed and the page's index, so pages can be written in any order
// and on any number of cores with the same bytes out.
type page struct {
	b bytes.Buffer
	r *rand.Rand
	// cr draws the page's size and code; a page and its translation share
	// it, so they hold the same code, as on MDN.
	cr        *rand.Rand
	codeWords *lang
	l         *lang
	c         *catalog
	s         *spec
	index     int
	stats     Stats
	// ids are the heading IDs used so far, so EmbedLiveSample names one.
	ids map[string]bool
}

// targetSize draws a file size in bytes: log-normal with a median of
// 3.3 KB, so most pages are a few KB and a long tail reaches 60 KB, as on
// MDN; the mean is about 4.5 KB.
func targetSize(r *rand.Rand) int {
	n := int(math.Exp(math.Log(3300) + 0.78*r.NormFloat64()))
	return min(max(n, 500), 60_000)
}

func (p *page) write() {
	p.ids = map[string]bool{}
	p.codeWords = english
	target := targetSize(p.cr)
	p.frontMatter()
	p.sidebar()
	p.banners()
	p.para(2 + p.r.IntN(3))
	p.head(target)
	// The tail (specifications, compatibility, see also) takes about 500
	// bytes; fill the middle up to the target before it.
	for p.b.Len() < target-500 {
		p.block()
	}
	p.tail()
	p.stats.Bytes += int64(p.b.Len())
}

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

// macro writes one macro call and counts it.
func (p *page) macro(name string, args ...string) {
	p.stats.Macros[name]++
	p.b.WriteString("{{")
	p.b.WriteString(name)
	if len(args) > 0 {
		p.b.WriteByte('(')
		for i, a := range args {
			if i > 0 {
				p.b.WriteString(", ")
			}
			p.b.WriteString(a)
		}
		p.b.WriteByte(')')
	}
	p.b.WriteString("}}")
}

// upperFirst capitalises the first letter, which may be an umlaut.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func q(s string) string { return `"` + s + `"` }

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

// word appends one word of prose; German nouns keep their capital.
func (p *page) word(first bool) {
	l, r := p.l, p.r
	var w string
	switch x := r.IntN(100); {
	case x < 38:
		w = pick(r, l.function)
	case x < 68:
		w = pick(r, l.nouns)
	case x < 84:
		w = pick(r, l.verbs)
	default:
		w = pick(r, l.adjs)
	}
	if first {
		w = upperFirst(w)
	}
	p.b.WriteString(w)
}

// sentence writes 6 to 22 words; about one sentence in three carries a
// link macro, and some an inline code span or a plain link.
func (p *page) sentence() {
	n := 6 + p.r.IntN(17)
	at := -1
	if p.r.IntN(100) < 11 {
		at = p.r.IntN(n)
	}
	for i := range n {
		if i > 0 {
			p.b.WriteByte(' ')
		}
		switch {
		case i == at:
			p.linkMacro()
		case i > 0 && p.r.IntN(40) == 0:
			p.b.WriteString("`" + memberName(p.r, false) + "`")
		case i > 0 && p.r.IntN(90) == 0:
			p.link()
		default:
			p.word(i == 0)
		}
	}
	p.b.WriteString(". ")
}

func (p *page) para(sentences int) {
	for range sentences {
		p.sentence()
	}
	p.b.Truncate(p.b.Len() - 1)
	p.b.WriteString("\n\n")
}

// target picks a page of kind k, preferring the page's own family.
func (p *page) target(k kind) *spec { return p.targetFrom(p.r, k) }

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

func (p *page) heading(level int, text string) {
	p.b.WriteString(strings.Repeat("#", level) + " " + text + "\n\n")
	id := strings.ToLower(strings.ReplaceAll(text, " ", "_"))
	for n := 2; p.ids[id]; n++ {
		id = strings.ToLower(strings.ReplaceAll(text, " ", "_")) + fmt.Sprintf("_%d", n)
	}
	p.ids[id] = true
}

func (p *page) lastID(text string) string {
	id := strings.ToLower(strings.ReplaceAll(text, " ", "_"))
	last := id
	for n := 2; p.ids[id]; n++ {
		last = id
		id = strings.ToLower(strings.ReplaceAll(text, " ", "_")) + fmt.Sprintf("_%d", n)
	}
	return last
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

// defList writes MDN's definition list: "- `term`" then "  - : text".
func (p *page) defList(n int, badges bool) {
	for range n {
		p.b.WriteString("- `" + memberName(p.r, false) + "`")
		if badges && p.r.IntN(3) == 0 {
			p.b.WriteString(" ")
			p.macro(pick(p.r, []string{"Optional_Inline", "Optional_Inline", "Deprecated_Inline", "Experimental_Inline"}))
		}
		p.b.WriteString("\n  - : ")
		for range 1 + p.r.IntN(2) {
			p.sentence()
		}
		p.b.Truncate(p.b.Len() - 1)
		p.b.WriteString("\n")
	}
	p.b.WriteString("\n")
}

// block writes one piece of the middle of a page.
func (p *page) block() {
	switch x := p.r.IntN(100); {
	case x < 40:
		p.para(2 + p.r.IntN(4))
	case x < 52:
		p.list()
	case x < 70:
		p.example()
	case x < 78:
		p.table(2 + p.r.IntN(6))
	case x < 84:
		p.callout()
	default:
		p.heading(3, p.title())
		p.para(1 + p.r.IntN(3))
	}
}

func (p *page) title() string {
	return upperFirst(pick(p.r, p.l.verbs) + " " + pick(p.r, p.l.adjs) + " " + pick(p.r, p.l.nouns))
}

func (p *page) list() {
	for range 2 + p.r.IntN(5) {
		p.b.WriteString("- ")
		p.sentence()
		p.b.Truncate(p.b.Len() - 1)
		p.b.WriteString("\n")
	}
	p.b.WriteString("\n")
}

func (p *page) callout() {
	if p.r.IntN(2) == 0 {
		p.b.WriteString("> [!NOTE]\n> ")
	} else {
		p.b.WriteString("> [!WARNING]\n> ")
	}
	p.sentence()
	p.sentence()
	p.b.Truncate(p.b.Len() - 1)
	p.b.WriteString("\n\n")
}

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

func (p *page) code(language, body string) {
	p.b.WriteString("```" + language + "\n" + body + "```\n\n")
}

func (p *page) ident() string {
	return lowerFirst(pick(p.cr, nameParts)) + pick(p.cr, nameParts)
}

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

// table writes a raw HTML table, as MDN does for value lists, with macros
// in its cells.
func (p *page) table(rows int) {
	b := &p.b
	b.WriteString("<table class=\"standard-table\">\n  <thead>\n    <tr>\n")
	fmt.Fprintf(b, "      <th scope=\"col\">%s</th>\n      <th scope=\"col\">%s</th>\n", p.l.valueHeader, p.l.descriptionHeader)
	b.WriteString("    </tr>\n  </thead>\n  <tbody>\n")
	for range rows {
		b.WriteString("    <tr>\n      <td><code>" + memberName(p.r, false) + "</code></td>\n      <td>")
		p.sentence()
		b.Truncate(b.Len() - 1)
		b.WriteString("</td>\n    </tr>\n")
	}
	b.WriteString("  </tbody>\n</table>\n\n")
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
