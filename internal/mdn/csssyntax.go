package mdn

import (
	"html"
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/cssvalue"
	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/refdata"
)

// cssSyntax renders the formal syntax of the CSS feature a page is
// about, from @webref/css, as MDN does: the feature's syntax, then the
// syntax of every type, function and property it refers to that has one,
// one block; types without a syntax link to their pages, the
// notation's symbols to the page that explains them; the specifications
// the syntaxes come from below it.
var cssSyntax = &macro.Macro{
	Name: "CSSSyntax", Kind: macro.KindSection,
	Sig: params(macro.Param{Name: "name", Type: macro.TypeString, Optional: true}),
	Doc: "Formal syntax of the page's CSS property, type, function or at-rule (from @webref/css in the data folder).",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		css, err := cssData(c.env)
		if err != nil {
			return "", err
		}
		top, err := topSyntax(c.env, css, strings.TrimSpace(args.String(0)))
		if err != nil {
			return "", err
		}
		return c.formalSyntax(css, top, false)
	}),
}

// cssSyntaxRaw renders a syntax given as its argument, "name = syntax"
// or the syntax alone (then only the definitions it refers to show).
var cssSyntaxRaw = &macro.Macro{
	Name: "CSSSyntaxRaw", Kind: macro.KindSection,
	Sig: params(macro.Param{Name: "syntax", Type: macro.TypeString}),
	Doc: "Formal syntax block of a syntax given as the argument, with the definitions it refers to (from @webref/css).",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		css, err := cssData(c.env)
		if err != nil {
			return "", err
		}
		s := html.UnescapeString(args.String(0))
		name, syntax, named := strings.Cut(s, "=")
		if !named {
			name, syntax = "", s
		}
		return c.formalSyntax(css, syntaxLine{Name: strings.TrimSpace(name), Syntax: strings.TrimSpace(syntax)}, !named)
	}),
}

func cssData(env *macro.Env) (*refdata.CSS, error) {
	env.Read(deps.Data, refdata.CSSFile)
	if env.Data == nil || env.Data.CSS == nil {
		msg, hint := env.Data.Missing(refdata.CSSFile)
		return nil, dataMissing(msg, hint)
	}
	return env.Data.CSS, nil
}

// dataMissing is a data macro without its data: MDN shows nothing.
func dataMissing(msg, hint string) error {
	return &macro.DataError{Msg: msg, Hint: hint, Kind: diag.Data, Quiet: true}
}

// syntaxLine is one definition of a formal syntax block.
type syntaxLine struct {
	Name, Syntax string
	Specs        []string // URLs of the specifications that define it
}

func lineOf(name string, it *refdata.SyntaxItem) syntaxLine {
	if it == nil {
		return syntaxLine{Name: name}
	}
	l := syntaxLine{Name: name, Syntax: it.Syntax}
	if it.Href != "" {
		l.Specs = append(l.Specs, it.Href)
	}
	return syntaxLine{Name: l.Name, Syntax: l.Syntax, Specs: append(l.Specs, it.Extended...)}
}

// topSyntax finds the definition the page is about by its page type and
// its slug's last part (or name), scoped by its first browser-compat key.
func topSyntax(env *macro.Env, css *refdata.CSS, name string) (syntaxLine, error) {
	parts := strings.Split(env.Page.Slug, "/")
	if name == "" {
		name = parts[len(parts)-1]
	}
	scope := ""
	if bc := env.Page.Meta.BrowserCompat; len(bc) > 0 {
		if p := strings.Split(bc[0], "."); len(p) > 2 {
			scope = p[2]
		}
	}
	var l syntaxLine
	switch pt := env.Page.Meta.PageType; pt {
	case "css-property", "css-shorthand-property":
		l = lineOf(name, css.Property(strings.Trim(name, "<'>"), scope))
	case "css-type":
		n := strings.TrimSuffix(name, "_value")
		l = lineOf("<"+n+">", css.Type(n, scope))
	case "css-function":
		n := strings.TrimSuffix(name, "()") + "()"
		l = lineOf("<"+n+">", css.Function(n, scope))
	case "css-at-rule":
		l = lineOf(name, css.AtRule(name, scope))
	case "css-at-rule-descriptor":
		atRule := ""
		if len(parts) > 1 {
			atRule = parts[len(parts)-2]
		}
		l = lineOf(name, css.Descriptor(name, atRule, scope))
	default:
		return l, dataMissing("page type "+quote(pt)+" has no formal syntax",
			"CSSSyntax is for pages of type css-property, css-shorthand-property, css-type, css-function, css-at-rule and css-at-rule-descriptor")
	}
	if l.Syntax == "" {
		return l, dataMissing("the CSS data has no syntax for "+quote(l.Name), "check the page's slug, or name the feature: {{CSSSyntax(\"name\")}}")
	}
	return l, nil
}

// skipped are types MDN's blocks never define below a syntax: their
// grammar is long and each has a page of its own.
func skipped(name string) bool { return name == "color" || name == "gradient" }

// constituents returns top followed by the definitions of every type,
// function, property and at-rule its syntax refers to, transitively, in
// the order they are first met; and the nodes those definitions are for,
// so that the renderer does not link them.
func constituents(css *refdata.CSS, top syntaxLine) ([]syntaxLine, map[string]bool, error) {
	lines := []syntaxLine{top}
	defined := map[string]bool{}
	seen := map[string]bool{}
	for i := 0; i < len(lines); i++ {
		if lines[i].Syntax == "" {
			continue
		}
		n, err := cssvalue.Parse(lines[i].Syntax)
		if err != nil {
			return nil, nil, err
		}
		var found []syntaxLine
		cssvalue.Walk(n, func(n *cssvalue.Node) {
			var l syntaxLine
			switch n.Kind {
			case cssvalue.Type:
				if seen["t"+n.Name] || skipped(n.Name) {
					return
				}
				seen["t"+n.Name] = true
				if strings.HasSuffix(n.Name, "()") {
					l = lineOf("<"+n.Name+">", css.Function(n.Name, ""))
				} else {
					l = lineOf("<"+n.Name+">", css.Type(n.Name, ""))
				}
				if l.Syntax != "" {
					defined[n.Name] = true
				}
			case cssvalue.Property:
				if seen["p"+n.Name] {
					return
				}
				seen["p"+n.Name] = true
				l = lineOf("<"+n.Name+">", css.Property(n.Name, ""))
			case cssvalue.AtKeyword:
				if seen["a"+n.Name] {
					return
				}
				seen["a"+n.Name] = true
				l = lineOf("@"+n.Name, css.AtRule("@"+n.Name, ""))
			default:
				return
			}
			if l.Syntax != "" && !slices.ContainsFunc(lines, func(o syntaxLine) bool { return o.Name == l.Name && o.Syntax == l.Syntax }) {
				found = append(found, l)
			}
		})
		lines = append(lines, found...)
	}
	return lines, defined, nil
}
