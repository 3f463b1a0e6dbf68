package mdn

import (
	"html"
	"strings"

	"github.com/doku-docs/doku/internal/macro"
)

// A link macro names its target the way MDN's do ("CloseEvent.code",
// "Array.prototype.map()", "<color>") and doku turns that into candidate
// slugs. The first candidate that exists in the page's locale wins; else
// the first that exists in en-US, shown with the "only in English" marker;
// else the link renders as MDN's "not yet written" label and is reported.

// xref renders a link to the first of slugs that exists (see above).
// label is HTML; anchor is a fragment with or without its '#'.
// A link that leads to the English page is noted for the call's Result.
func (c *call) xref(slugs []string, anchor, label string) (string, error) {
	e := c.env
	frag := ""
	if anchor = strings.TrimPrefix(anchor, "#"); anchor != "" {
		frag = "#" + anchor
	}
	href := func(slug string) string { return "/" + e.Page.Locale + "/docs/" + slug + frag }
	chosen := ""
	for _, s := range slugs {
		if e.Site.Page(e.Page.Locale, s) != nil {
			chosen = s
			break
		}
	}
	if chosen == "" {
		for _, s := range slugs {
			if e.Site.Page("en-US", s) != nil {
				chosen = s
				break
			}
		}
	}
	if chosen == "" {
		h := href(slugs[len(slugs)-1])
		return "", &macro.MissingPageError{Href: h, HTML: missingLink(e, label)}
	}
	l, err := e.ResolveLink(href(chosen))
	if err != nil {
		return "", err
	}
	out := `<a href="` + html.EscapeString(l.URL) + `">` + label + `</a>`
	if l.Fallback {
		c.fallbacks = append(c.fallbacks, href(chosen))
		out += e.FallbackMarker()
	}
	return out, nil
}

// missingLink is MDN's label for a link to a page not yet written: the
// text, marked, with an explanation in its title. It has no href, so the
// output holds no link that leads nowhere.
func missingLink(e *macro.Env, label string) string {
	return `<a class="page-not-created" title="` + html.EscapeString(e.L.T("Link.NotWritten")) + `">` + label + `</a>`
}

// argText escapes a macro argument for HTML. Arguments written with entities
// ("&lt;color&gt;", as MDN's sources do) are decoded first, so they show
// as written and are never escaped twice; markup in an argument shows as
// text.
func argText(s string) string { return html.EscapeString(html.UnescapeString(s)) }

func code(s string) string { return "<code>" + s + "</code>" }

// codeUnless wraps s in <code> unless flag i is set.
func codeUnless(args macro.Args, i int, s string) string {
	if args.Truthy(i) {
		return s
	}
	return code(s)
}

// firstUpper upper-cases the first letter: interface names start upper
// case, and MDN's domxref forgives "closeEvent".
func firstUpper(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// linkMacro makes a link macro with the usual arguments
// ("target" [, "text" [, "anchor" [, dontCode]]]), the first maxArgs of
// them, from what varies between them: the candidate slugs and the
// default label.
func linkMacro(name, doc string, maxArgs int, slugs func(target string) []string, label func(args macro.Args) string) *macro.Macro {
	return &macro.Macro{
		Name: name, Kind: macro.KindLink, Doc: doc,
		Sig: params([]macro.Param{target, text, anchor, dontCode}[:maxArgs]...),
		Expand: renders(func(c *call, args macro.Args) (string, error) {
			target := strings.TrimSpace(html.UnescapeString(args.String(0)))
			if target == "" {
				return "", &macro.ArgError{Msg: "needs a target as its first argument"}
			}
			return c.xref(slugs(target), args.String(2), label(args))
		}),
	}
}

// displayOr is argument 1 when given and not empty, else def.
func displayOr(args macro.Args, def string) (string, bool) {
	if d := args.String(1); d != "" {
		return d, true
	}
	return def, false
}

// apiLabel is the label of domxref-like macros: the text, else the target
// with ".anchor" when an anchor is given, code-formatted unless flag 3.
func apiLabel(args macro.Args) string {
	d, given := displayOr(args, args.String(0))
	if a := strings.TrimPrefix(args.String(2), "#"); a != "" && !given {
		d += "." + a
	}
	return codeUnless(args, 3, argText(d))
}

var domxref = linkMacro("domxref",
	"Link to a Web API interface, property or method (Web/API/...), code-formatted.", 4,
	func(t string) []string {
		s := strings.NewReplacer(" ", "_", "()", "", ".prototype.", ".", ".", "/").Replace(t)
		return []string{"Web/API/" + firstUpper(s)}
	}, apiLabel)

var jsxref = linkMacro("jsxref",
	"Link to the JavaScript reference (Web/JavaScript/Reference/[Global_Objects/]...), code-formatted.", 4,
	func(t string) []string {
		s := strings.NewReplacer("()", "", ".prototype.", ".").Replace(t)
		if !strings.Contains(s, "..") {
			// "try...catch" is a statement, not a path.
			s = strings.ReplaceAll(s, ".", "/")
		}
		return []string{"Web/JavaScript/Reference/" + s, "Web/JavaScript/Reference/Global_Objects/" + s}
	},
	func(args macro.Args) string {
		d, _ := displayOr(args, args.String(0))
		return codeUnless(args, 3, argText(d))
	})

var webExtAPIRef = linkMacro("WebExtAPIRef",
	"Link to a WebExtensions JavaScript API (Mozilla/Add-ons/WebExtensions/API/...), code-formatted.", 4,
	func(t string) []string {
		return []string{"Mozilla/Add-ons/WebExtensions/API/" + strings.NewReplacer(" ", "_", "()", "", ".", "/").Replace(t)}
	}, apiLabel)

// httpMacro makes HTTPHeader, HTTPStatus and HTTPMethod: the reference
// moved under Web/HTTP/Reference/, older trees keep Web/HTTP/<folder>/.
func httpMacro(name, folder, doc string) *macro.Macro {
	return linkMacro(name, doc, 4,
		func(t string) []string {
			return []string{"Web/HTTP/Reference/" + folder + "/" + t, "Web/HTTP/" + folder + "/" + t}
		}, apiLabel)
}

var (
	httpHeader = httpMacro("HTTPHeader", "Headers", "Link to an HTTP header's page, code-formatted.")
	httpStatus = httpMacro("HTTPStatus", "Status", "Link to an HTTP status code's page, code-formatted.")
	httpMethod = httpMacro("HTTPMethod", "Methods", "Link to an HTTP request method's page, code-formatted.")
)

// csp links to a Content-Security-Policy directive's page, the
// directive's name in code, as rari's CSP does.
var csp = linkMacro("CSP",
	"Link to a Content-Security-Policy directive's page, code-formatted.", 1,
	func(t string) []string {
		return []string{"Web/HTTP/Reference/Headers/Content-Security-Policy/" + t, "Web/HTTP/Headers/Content-Security-Policy/" + t}
	},
	func(args macro.Args) string { return code(argText(args.String(0))) })

var glossary = linkMacro("Glossary",
	"Link to a glossary term (Glossary/...), as plain text.", 2,
	func(t string) []string { return []string{"Glossary/" + strings.Join(strings.Fields(t), "_")} },
	func(args macro.Args) string {
		d, _ := displayOr(args, args.String(0))
		return argText(d)
	})

// elementMacro makes the macros that link to an element of a markup
// language; the label is "<name>" in code unless a text is given.
func elementMacro(name, doc string, maxArgs int, lower bool, slugs func(string) []string) *macro.Macro {
	return linkMacro(name, doc, maxArgs,
		func(t string) []string {
			if lower {
				t = strings.ToLower(t)
			}
			return slugs(t)
		},
		func(args macro.Args) string {
			el := html.UnescapeString(args.String(0))
			if lower {
				el = strings.ToLower(el)
			}
			if d, given := displayOr(args, ""); given {
				return argText(d)
			}
			if strings.Contains(el, " ") {
				return argText(el)
			}
			return code(argText("<" + el + ">"))
		})
}

var htmlElement = elementMacro("HTMLElement",
	"Link to an HTML element's page, as <name> in code unless a text is given.", 4, true,
	func(t string) []string { return []string{"Web/HTML/Reference/Elements/" + t, "Web/HTML/Element/" + t} })

var svgElement = elementMacro("SVGElement",
	"Link to an SVG element's page, as <name> in code.", 2, false,
	func(t string) []string { return []string{"Web/SVG/Reference/Element/" + t, "Web/SVG/Element/" + t} })

var mathMLElement = elementMacro("MathMLElement",
	"Link to a MathML element's page, as <name> in code.", 2, true,
	func(t string) []string {
		return []string{"Web/MathML/Reference/Element/" + t, "Web/MathML/Element/" + t}
	})

var svgAttr = linkMacro("SVGAttr",
	"Link to an SVG attribute's page, code-formatted.", 2,
	func(t string) []string {
		return []string{"Web/SVG/Reference/Attribute/" + t, "Web/SVG/Attribute/" + t}
	},
	func(args macro.Args) string {
		d, _ := displayOr(args, args.String(0))
		return code(argText(d))
	})

// cssSlug maps cssxref's target to the page's last slug segment: "<color>"
// and a few others have a "_value" page because a property has the name.
func cssSlug(t string) string {
	switch t {
	case "<color>", "<flex>", "<overflow>", "<position>":
		return strings.Trim(t, "<>") + "_value"
	case ":host()":
		return ":host_function"
	case "fit-content()":
		return "fit_content_function"
	}
	return strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(t, "<"), ">"), "()")
}

// cssxref links to the CSS reference. Its label follows the page: a CSS
// function gets "()", a data type "<...>", and text after the last '/'
// of the target ("@media/color") is shown alone.
var cssxref = &macro.Macro{
	Name: "cssxref", Kind: macro.KindLink,
	Sig: params(target, text, anchor),
	Doc: "Link to a CSS property, value, selector or at-rule (Web/CSS/...), code-formatted.",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		t := strings.TrimSpace(html.UnescapeString(args.String(0)))
		if t == "" {
			return "", &macro.ArgError{Msg: "needs a target as its first argument"}
		}
		s := cssSlug(t)
		var slugs []string
		switch {
		case strings.HasPrefix(t, "<"), strings.HasSuffix(t, "()"):
			slugs = []string{"Web/CSS/Reference/Values/" + s}
		case strings.HasPrefix(t, ":"):
			slugs = []string{"Web/CSS/Reference/Selectors/" + s}
		case strings.HasPrefix(t, "@"):
			slugs = []string{"Web/CSS/Reference/At-rules/" + s}
		default:
			slugs = []string{"Web/CSS/Reference/Properties/" + s, "Web/CSS/Reference/Values/" + s}
		}
		slugs = append(slugs, "Web/CSS/"+s)
		label, given := displayOr(args, t[strings.LastIndexByte(t, '/')+1:])
		label = html.UnescapeString(label)
		if !given {
			switch pageType(c.env, slugs) {
			case "css-function":
				if !strings.HasSuffix(label, "()") {
					label += "()"
				}
			case "css-type":
				if !strings.HasPrefix(label, "<") {
					label = "<" + label + ">"
				}
			}
		}
		return c.xref(slugs, args.String(2), code(html.EscapeString(label)))
	}),
}

// pageType is the page type of the first of slugs that exists in en-US.
func pageType(env *macro.Env, slugs []string) string {
	for _, s := range slugs {
		if p := env.Site.Page("en-US", s); p != nil {
			return p.Meta.PageType
		}
	}
	return ""
}

// rfc links to an IETF RFC on the RFC Editor's datatracker, optionally to
// one of its sections. As on MDN, the number is read from what is
// written, what is not a digit at either end ignored: "RFC3550" is 3550.
var rfc = &macro.Macro{
	Name: "RFC", Kind: macro.KindLink,
	Sig: params(macro.Param{Name: "number", Type: macro.TypeString}, text,
		macro.Param{Name: "section", Type: macro.TypeAny, Optional: true}),
	Doc: "Link to an IETF RFC, optionally to one of its sections.",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		n := strings.TrimFunc(args.String(0), func(r rune) bool { return r < '0' || r > '9' })
		if n == "" || strings.Trim(n, "0123456789") != "" {
			return "", &macro.ArgError{Msg: "needs the RFC's number as its first argument, got " + quote(args.String(0))}
		}
		label := "RFC " + n
		url := "https://datatracker.ietf.org/doc/html/rfc" + n
		if sec := strings.TrimSpace(args.String(2)); sec != "" {
			label += ", " + c.env.L.T("RFC.Section", "Section", sec)
			url += "#section-" + sec
		}
		if t := args.String(1); t != "" {
			label += ": " + html.UnescapeString(t)
		}
		return `<a href="` + html.EscapeString(url) + `" class="external">` + html.EscapeString(label) + `</a>`, nil
	}),
}
