package macro

import (
	"html"
	"strings"
)

// domxref links to a Web API page: "CloseEvent.code" is the page
// /<locale>/docs/Web/API/CloseEvent/code; "WebSocket.close()" drops the
// parentheses from the slug but keeps them in the text.
var domxref = &Macro{
	Name: "domxref",
	Kind: KindLink,
	Args: `("api" [, "text" [, "anchor" [, dontCode]]])`,
	Doc:  "Link to a Web API interface, property or method, code-formatted.",
	Expand: func(env *Env, args []Arg) (string, error) {
		if err := wantArgs(args, 1, 4, `("api" [, "text" [, "anchor" [, dontCode]]])`); err != nil {
			return "", err
		}
		api := args[0].Value
		text := stringArg(args, 1, api)
		slug := "Web/API/" + strings.ReplaceAll(strings.TrimSuffix(api, "()"), ".", "/")
		href := "/" + env.Page.Locale + "/docs/" + slug
		if a := stringArg(args, 2, ""); a != "" {
			href += "#" + strings.TrimPrefix(a, "#")
		}
		label := html.EscapeString(text)
		if stringArg(args, 3, "") != "true" {
			label = "<code>" + label + "</code>"
		}
		l, err := env.ResolveLink(href)
		if err != nil {
			return "", err
		}
		out := `<a href="` + html.EscapeString(l.URL) + `">` + label + `</a>`
		if l.Fallback {
			out += env.FallbackMarker()
		}
		return out, nil
	},
}
