package mdn

import (
	"html"
	"strings"

	"github.com/doku-docs/doku/internal/compat"
	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/refdata"
)

// The overview pages of the WebExtensions reference: every example
// extension, and the compat table of every API.

// webExtAllExamples is the table of every example extension of MDN's
// webextensions-examples repository (rari's webext_all_examples.rs): its
// name, linked to its folder there, what it shows, and the APIs it uses,
// each linked to its page. Without the examples index in the data folder
// it shows nothing and is reported, as WebExtExamples.
var webExtAllExamples = &macro.Macro{
	Name: "WebExtAllExamples", Kind: macro.KindSection,
	Doc: "Every example extension, with the WebExtensions APIs it uses (from webext-examples.json in the data folder).",
	Expand: renders(func(c *call, _ macro.Args) (string, error) {
		env := c.env
		env.Read(deps.Data, refdata.WebExtFile)
		if env.Data == nil || env.Data.WebExt == nil {
			msg, hint := env.Data.Missing(refdata.WebExtFile)
			return "", dataMissing(msg, hint+"; it is examples.json of MDN's webextensions-examples repository")
		}
		l := env.L
		var b strings.Builder
		b.WriteString(`<table class="standard-table fullwidth-table"><thead><tr><th>` + html.EscapeString(l.T("WebExt.Name")) +
			`</th><th>` + html.EscapeString(l.T("WebExt.Description")) + `</th><th>` + html.EscapeString(l.T("WebExt.APIs")) + `</th></tr></thead><tbody>`)
		for _, e := range env.Data.WebExt.All {
			n := html.EscapeString(e.Name)
			b.WriteString(`<tr><td><a href="https://github.com/mdn/webextensions-examples/tree/main/` + n + `" class="external">` + n +
				`</a></td><td>` + html.EscapeString(e.Description) + `</td><td>`)
			for i, api := range e.JavaScriptAPIs {
				slug := "Mozilla/Add-ons/WebExtensions/API/" + strings.NewReplacer(" ", "_", "()", "", ".", "/").Replace(api)
				link, err := c.linkOrLabel([]string{slug}, "", code(html.EscapeString(api)))
				if err != nil {
					return "", err
				}
				if i > 0 {
					b.WriteString("<br/>")
				}
				b.WriteString(link)
			}
			b.WriteString(`</td></tr>`)
		}
		b.WriteString(`</tbody></table>`)
		return b.String(), nil
	}),
}

// webExtAllCompatTables is, for every WebExtensions API (the English
// pages of type webextension-api below Mozilla/Add-ons/WebExtensions/API),
// a heading with each of its browser-compat keys and that key's table,
// as rari's webextallcompattables does.
var webExtAllCompatTables = &macro.Macro{
	Name: "WebExtAllCompatTables", Kind: macro.KindSection,
	Doc: "The browser compatibility table of every WebExtensions API, each under its name.",
	Expand: renders(func(c *call, _ macro.Args) (string, error) {
		env := c.env
		t := compat.Table{Data: env.Compat, L: env.L, Link: func(u string) (string, bool) { return mdnLink(env, u) }}
		var b strings.Builder
		var missing []string
		for _, p := range env.Site.Children("Mozilla/Add-ons/WebExtensions/API") {
			if p.Meta.PageType != "webextension-api" {
				continue
			}
			for _, key := range p.Meta.BrowserCompat {
				env.Read(deps.Compat, key)
				out, err := t.Render([]string{key})
				if err != nil {
					missing = append(missing, err.Error())
					continue
				}
				b.WriteString("<h2>" + html.EscapeString(strings.TrimPrefix(key, "webextensions.api.")) + "</h2>" + out)
			}
		}
		if len(missing) > 0 {
			// The tables that exist are shown, as MDN shows them.
			return "", &macro.DataError{Quiet: true, HTML: b.String(), Msg: strings.Join(missing, "; "),
				Hint: "keys are case-sensitive and name a feature of browser-compat-data"}
		}
		return b.String(), nil
	}),
}
