package macro

import (
	"html"
	"strings"
)

// Macros MDN has retired but older translated trees still call often.

// htmlAttrXRef links to an HTML attribute: an element's attribute section,
// or a global attribute's page when no element is given.
var htmlAttrXRef = &Macro{
	Name: "htmlattrxref", Kind: KindLink,
	Args: `("attribute" [, "element" [, "text" [, dontCode]]])`,
	Doc:  "Link to an HTML attribute (an element's #attr-... section, or a global attribute), code-formatted.",
	Expand: func(env *Env, args []Arg) (string, error) {
		if err := wantArgs(args, 1, 4, `("attribute" [, "element" [, "text" [, dontCode]]])`); err != nil {
			return "", err
		}
		attr := strings.TrimSpace(html.UnescapeString(args[0].Value))
		if attr == "" {
			return "", &ArgError{Msg: "needs an attribute as its first argument"}
		}
		label := attr
		if t := stringArg(args, 2, ""); t != "" {
			label = t
		}
		label = codeUnless(args, 3, argText(label))
		if el := strings.ToLower(strings.TrimSpace(stringArg(args, 1, ""))); el != "" {
			return env.xref([]string{"Web/HTML/Reference/Elements/" + el, "Web/HTML/Element/" + el}, "attr-"+attr, label)
		}
		return env.xref([]string{"Web/HTML/Reference/Global_attributes/" + attr, "Web/HTML/Global_attributes/" + attr}, "", label)
	},
}

// anch links to a section of the current page.
var anch = &Macro{
	Name: "anch", Kind: KindLink,
	Args: `("section" [, "text"])`,
	Doc:  "Link to a section of the current page by its heading.",
	Expand: func(env *Env, args []Arg) (string, error) {
		if err := wantArgs(args, 1, 2, `("section" [, "text"])`); err != nil {
			return "", err
		}
		s := strings.TrimSpace(html.UnescapeString(args[0].Value))
		if s == "" {
			return "", &ArgError{Msg: "needs a section as its first argument"}
		}
		label := s
		if t := stringArg(args, 1, ""); t != "" {
			label = t
		}
		id := strings.ToLower(strings.Join(strings.Fields(s), "_"))
		if env.HeadingID != nil {
			id = env.HeadingID(strings.ReplaceAll(s, "_", " "))
		}
		return `<a href="#` + html.EscapeString(id) + `">` + argText(label) + `</a>`, nil
	},
}

// bug links to a bug in Mozilla's bug tracker.
var bug = &Macro{
	Name: "bug", Kind: KindLink,
	Args: `(number)`,
	Doc:  "Link to a bug in Mozilla's bug tracker.",
	Expand: func(env *Env, args []Arg) (string, error) {
		if err := wantArgs(args, 1, 3, `(number)`); err != nil {
			return "", err
		}
		n := strings.TrimSpace(args[0].Value)
		if n == "" || strings.Trim(n, "0123456789") != "" {
			return "", &ArgError{Msg: "needs the bug's number as its first argument, got " + quote(n)}
		}
		return `<a href="https://bugzil.la/` + n + `" class="external">` + html.EscapeString(env.L.T("Bug.Label", "Number", n)) + `</a>`, nil
	},
}
