package mdn

import (
	"html"
	"strings"

	"github.com/doku-docs/doku/internal/macro"
)

// Macros MDN has retired but older translated trees still call often.

// htmlAttrXRef links to an HTML attribute: an element's attribute section,
// or a global attribute's page when no element is given.
var htmlAttrXRef = &macro.Macro{
	Name: "htmlattrxref", Kind: macro.KindLink,
	Sig: params(macro.Param{Name: "attribute", Type: macro.TypeString},
		macro.Param{Name: "element", Type: macro.TypeString, Optional: true}, text, dontCode),
	Doc: "Link to an HTML attribute (an element's #attr-... section, or a global attribute), code-formatted.",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		attr := strings.TrimSpace(html.UnescapeString(args.String(0)))
		if attr == "" {
			return "", &macro.ArgError{Msg: "needs an attribute as its first argument"}
		}
		label := attr
		if t := args.String(2); t != "" {
			label = t
		}
		label = codeUnless(args, 3, argText(label))
		if el := strings.ToLower(strings.TrimSpace(args.String(1))); el != "" {
			return c.xref([]string{"Web/HTML/Reference/Elements/" + el, "Web/HTML/Element/" + el}, "attr-"+attr, label)
		}
		return c.xref([]string{"Web/HTML/Reference/Global_attributes/" + attr, "Web/HTML/Global_attributes/" + attr}, "", label)
	}),
}

// anch links to a section of the current page.
var anch = &macro.Macro{
	Name: "anch", Kind: macro.KindLink,
	Sig: params(macro.Param{Name: "section", Type: macro.TypeString}, text),
	Doc: "Link to a section of the current page by its heading.",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		s := strings.TrimSpace(html.UnescapeString(args.String(0)))
		if s == "" {
			return "", &macro.ArgError{Msg: "needs a section as its first argument"}
		}
		label := s
		if t := args.String(1); t != "" {
			label = t
		}
		id := strings.ToLower(strings.Join(strings.Fields(s), "_"))
		if c.env.HeadingID != nil {
			id = c.env.HeadingID(strings.ReplaceAll(s, "_", " "))
		}
		return `<a href="#` + html.EscapeString(id) + `">` + argText(label) + `</a>`, nil
	}),
}

// bug links to a bug in Mozilla's bug tracker. Old pages pass up to two
// more arguments, which MDN ignored.
var bug = &macro.Macro{
	Name: "bug", Kind: macro.KindLink,
	Sig: macro.Signature{
		Params: []macro.Param{{Name: "number", Type: macro.TypeNumber, Want: "the bug's number"}},
		Rest:   ignored, MaxArgs: 3, Usage: `(number)`,
	},
	Doc: "Link to a bug in Mozilla's bug tracker.",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		n := strings.TrimSpace(args.String(0))
		return `<a href="https://bugzil.la/` + n + `" class="external">` + html.EscapeString(c.env.L.T("Bug.Label", "Number", n)) + `</a>`, nil
	}),
}
