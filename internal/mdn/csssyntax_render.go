package mdn

import (
	"html"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/doku-docs/doku/internal/cssvalue"
	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/refdata"
)

// valueDefinitionSlug is the page that explains the notation; its
// sections are named after the symbols.
const valueDefinitionSlug = "Web/CSS/Guides/Values_and_units/Value_definition_syntax"

// syntaxRenderer writes one formal syntax block.
type syntaxRenderer struct {
	c       *call
	defined map[string]bool // types defined in the block: not linked
	notes   string          // URL of the notation's page, "" if none
}

// formalSyntax renders top and the definitions it refers to as MDN's
// formal syntax block: <pre class="css-formal-syntax"> and a footer
// naming the specifications. skipFirst leaves top's own line out (a raw
// syntax without a name).
func (c *call) formalSyntax(css *refdata.CSS, top syntaxLine, skipFirst bool) (string, error) {
	lines, defined, err := constituents(css, top)
	if err != nil {
		return "", dataMissing("the syntax of "+quote(top.Name)+" cannot be read: "+err.Error(), "")
	}
	r := &syntaxRenderer{c: c, defined: defined}
	// Translations translate the headings, and so their IDs: the symbols
	// link to sections of the English page only.
	if notes, ok := c.pageURL(valueDefinitionSlug); ok && (c.env.Page.Locale == "en-US" || strings.Contains(notes, "/en-US/")) {
		r.notes = notes
	}
	var b strings.Builder
	b.WriteString(`<pre class="notranslate css-formal-syntax">`)
	if skipFirst {
		lines = lines[1:]
	}
	for i, l := range lines {
		if i > 0 {
			b.WriteString("<br/>")
		}
		n, err := cssvalue.Parse(l.Syntax)
		if err != nil {
			return "", dataMissing("the syntax of "+quote(l.Name)+" cannot be read: "+err.Error(), "")
		}
		name := html.EscapeString(l.Name)
		b.WriteString(`<span class="token property" id="` + name + `">` + name + ` = </span><br/>`)
		r.lines(&b, n)
	}
	b.WriteString("</pre>")
	var specs []string
	for _, l := range lines {
		for _, u := range l.Specs {
			u, _, _ = strings.Cut(u, "#")
			if !contains(specs, u) {
				specs = append(specs, u)
			}
		}
	}
	if len(specs) > 0 {
		b.WriteString(`<footer class="css-formal-syntax-sources">` + html.EscapeString(c.env.L.T("CSSSyntax.Sources")) + ": ")
		for i, u := range specs {
			if i > 0 {
				b.WriteString(", ")
			}
			c.env.Read(deps.Data, refdata.SpecTitlesFile)
			title, ok := c.env.Data.SpecTitle(u)
			if !ok {
				title = c.env.L.T("CSSSyntax.Specification")
			}
			b.WriteString(`<a href="` + html.EscapeString(u) + `" class="external">` + html.EscapeString(title) + `</a>`)
		}
		b.WriteString("</footer>")
	}
	return b.String(), nil
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// lines writes a syntax as MDN lays it out: the terms of a top-level
// alternative one per line, aligned, with the combinator at the end.
func (r *syntaxRenderer) lines(b *strings.Builder, n *cssvalue.Node) {
	terms, comb := []*cssvalue.Node{n}, cssvalue.Juxtapose
	if n.Kind == cssvalue.Group && n.Comb != cssvalue.Juxtapose {
		terms, comb = n.Terms, n.Comb
	}
	width := 0
	for _, t := range terms {
		width = max(width, utf8.RuneCountInString(cssvalue.Generate(t, nil)))
	}
	width = min(width, 50)
	for i, t := range terms {
		pad := max(2, width+2-utf8.RuneCountInString(cssvalue.Generate(t, nil)))
		b.WriteString("  " + r.node(t) + strings.Repeat(" ", pad))
		if comb != cssvalue.Juxtapose && i < len(terms)-1 {
			b.WriteString(r.combinator(comb))
		}
		b.WriteString("<br/>")
	}
}

var combinatorSymbol = map[cssvalue.Combinator][2]string{
	cssvalue.One: {"|", "single_bar"}, cssvalue.Any: {"||", "double_bar"}, cssvalue.All: {"&&", "double_ampersand"},
}

func (r *syntaxRenderer) combinator(c cssvalue.Combinator) string {
	s := combinatorSymbol[c]
	return r.symbol(s[0], s[1])
}

// symbolTitle names the catalog message that explains each symbol.
var symbolTitle = map[string]string{
	"asterisk": "CSSSyntax.Asterisk", "plus": "CSSSyntax.Plus", "question_mark": "CSSSyntax.QuestionMark",
	"curly_braces": "CSSSyntax.CurlyBraces", "hash_mark": "CSSSyntax.HashMark", "exclamation_point": "CSSSyntax.ExclamationPoint",
	"brackets": "CSSSyntax.Brackets", "single_bar": "CSSSyntax.SingleBar", "double_bar": "CSSSyntax.DoubleBar",
	"double_ampersand": "CSSSyntax.DoubleAmpersand",
}

// symbol links a symbol of the notation to its explanation.
func (r *syntaxRenderer) symbol(text, fragment string) string {
	if r.notes == "" {
		return html.EscapeString(text)
	}
	return `<a href="` + html.EscapeString(r.notes+"#"+fragment) + `" title="` + html.EscapeString(r.c.env.L.T(symbolTitle[fragment])) +
		`">` + html.EscapeString(text) + `</a>`
}

func span(class, text string) string {
	return `<span class="token ` + class + `">` + html.EscapeString(text) + `</span>`
}

// node renders one node and what it holds.
func (r *syntaxRenderer) node(n *cssvalue.Node) string {
	switch n.Kind {
	case cssvalue.Multiplier:
		return r.node(n.Term) + r.multiplier(n)
	case cssvalue.Token:
		if n.Name == ")" {
			return span("function", ")")
		}
		return html.EscapeString(n.Name)
	case cssvalue.Property:
		s := span("property", "<'"+n.Name+"'>")
		if u, ok := r.c.pageURL("Web/CSS/Reference/Properties/" + n.Name); ok {
			return `<a href="` + html.EscapeString(u) + `">` + s + `</a>`
		}
		return s
	case cssvalue.Type:
		s := span("property", "<"+n.Name+n.Range+">")
		if r.defined[n.Name] {
			return s
		}
		if u, ok := r.c.pageURL(typeSlugs(n.Name)...); ok {
			return `<a href="` + html.EscapeString(u) + `">` + s + `</a>`
		}
		return s
	case cssvalue.Function:
		return span("function", n.Name+"(")
	case cssvalue.Keyword:
		return span("keyword", n.Name)
	case cssvalue.BooleanExpr:
		return html.EscapeString("<boolean-expr[") + r.node(n.Term) + html.EscapeString("]>")
	case cssvalue.Group:
		return r.group(n)
	}
	return html.EscapeString(cssvalue.Generate(n, nil))
}

func (r *syntaxRenderer) group(n *cssvalue.Node) string {
	var b strings.Builder
	sep := " "
	if n.Comb != cssvalue.Juxtapose {
		sep = " " + r.combinator(n.Comb) + " "
	}
	for i, t := range n.Terms {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(r.node(t))
	}
	s := b.String()
	if n.Explicit {
		open := r.symbol("[", "brackets")
		if len(n.Terms) == 0 || n.Terms[0].Kind != cssvalue.Comma {
			open += " "
		}
		s = open + s + " " + r.symbol("]", "brackets")
	}
	if n.DisallowEmpty {
		s += r.symbol("!", "exclamation_point")
	}
	return s
}

// multiplier renders a multiplier's symbols, each linked.
func (r *syntaxRenderer) multiplier(n *cssvalue.Node) string {
	s := ""
	if n.Comma {
		s = r.symbol("#", "hash_mark")
	}
	switch {
	case n.Min == 0 && n.Max == 0 && n.Comma, n.Min == 0 && n.Max == 1:
		return s + r.symbol("?", "question_mark")
	case n.Min == 0 && n.Max == 0:
		return s + r.symbol("*", "asterisk")
	case n.Min == 1 && n.Max == 0 && n.Comma, n.Min == 1 && n.Max == 1:
		return s
	case n.Min == 1 && n.Max == 0:
		return s + r.symbol("+", "plus")
	}
	t := "{" + strconv.Itoa(n.Min)
	switch {
	case n.Max == 0:
		t += ",}"
	case n.Max != n.Min:
		t += "," + strconv.Itoa(n.Max) + "}"
	default:
		t += "}"
	}
	return s + r.symbol(t, "curly_braces")
}

// typeSlugs are the pages a type may be described on, as MDN names them.
func typeSlugs(name string) []string {
	const values = "Web/CSS/Reference/Values/"
	switch name {
	case "color", "position":
		return []string{values + name + "_value"}
	case "contrast-color()", "device-cmyk()", "light-dark()":
		return []string{values + "color_value/" + strings.TrimSuffix(name, "()")}
	}
	return []string{values + strings.TrimSuffix(name, "()")}
}

// pageURL is the URL of the first of slugs that has a page, in the
// page's locale or else in English; ok is false when none has.
func (c *call) pageURL(slugs ...string) (string, bool) {
	e := c.env
	for _, s := range slugs {
		if l, err := e.ResolveLink("/" + e.Page.Locale + "/docs/" + s); err == nil {
			return l.URL, true
		}
	}
	return "", false
}
