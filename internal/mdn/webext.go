package mdn

import (
	"html"
	"strings"

	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/refdata"
)

// webExtExamples lists the example extensions that use the API a
// WebExtensions page is about, from the examples index of MDN's
// webextensions-examples repository. That index is no npm package: a
// data folder holds it only when it was copied there
// (refdata.WebExtFile). Without it, or when no example uses the API, the
// call shows nothing, as on MDN.
var webExtExamples = &macro.Macro{
	Name: "WebExtExamples", Kind: macro.KindSection,
	Sig: params(macro.Param{Name: "heading", Type: macro.TypeString, Optional: true, Default: "h3",
		OneOf: []string{"h2", "h3", "h4"}}),
	Doc: "Example extensions that use the page's WebExtensions API (from webext-examples.json in the data folder).",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		env := c.env
		env.Read(deps.Data, refdata.WebExtFile)
		if env.Data == nil || env.Data.WebExt == nil {
			msg, hint := env.Data.Missing(refdata.WebExtFile)
			return "", dataMissing(msg, hint+"; it is examples.json of MDN's webextensions-examples repository")
		}
		heading := strings.ToLower(strings.TrimSpace(args.String(0)))
		if heading != "h2" && heading != "h4" {
			heading = "h3"
		}
		parts := strings.Split(env.Page.Slug, "/")
		api := parts[len(parts)-1]
		if len(parts) > 1 && parts[len(parts)-2] != "API" {
			api = parts[len(parts)-2] + "." + api
		}
		ex := env.Data.WebExt.For(api)
		if len(ex) == 0 {
			return "", nil
		}
		var b strings.Builder
		b.WriteString("<" + heading + ">" + html.EscapeString(env.L.T("WebExt.Examples")) + "</" + heading + "><ul>")
		for _, e := range ex {
			n := html.EscapeString(e.Name)
			b.WriteString(`<li><a href="https://github.com/mdn/webextensions-examples/tree/main/` + n + `" class="external">` + n + `</a></li>`)
		}
		b.WriteString("</ul>")
		return b.String(), nil
	}),
}
