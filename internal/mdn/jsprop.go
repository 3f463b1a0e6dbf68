package mdn

import (
	"html"
	"strings"

	"github.com/doku-docs/doku/internal/macro"
)

// jsPropertyAttributes renders the table MDN puts on JavaScript property
// pages: whether the property is writable, enumerable and configurable.
var jsPropertyAttributes = &macro.Macro{
	Name: "js_property_attributes", Kind: macro.KindSection,
	Sig: macro.Signature{Params: []macro.Param{
		{Name: "writable", Type: macro.TypeBool},
		{Name: "enumerable", Type: macro.TypeBool},
		{Name: "configurable", Type: macro.TypeBool},
	}, Note: ", each 0 or 1"},
	Doc: "Table of a JavaScript property's attributes: writable, enumerable, configurable (each 0 or 1).",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		t := func(id string) string { return html.EscapeString(c.env.L.T(id)) }
		var b strings.Builder
		b.WriteString(`<table class="standard-table js-property-attributes"><thead><tr><th colspan="2">` +
			t("JSProp.Caption") + `</th></tr></thead><tbody>`)
		for i, id := range []string{"JSProp.Writable", "JSProp.Enumerable", "JSProp.Configurable"} {
			yes := "JSProp.No"
			if args.Bool(i) {
				yes = "JSProp.Yes"
			}
			b.WriteString(`<tr><td>` + t(id) + `</td><td>` + t(yes) + `</td></tr>`)
		}
		b.WriteString(`</tbody></table>`)
		return b.String(), nil
	}),
}
