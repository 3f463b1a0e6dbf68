package macro

import (
	"html"
	"strings"
)

// jsPropertyAttributes renders the table MDN puts on JavaScript property
// pages: whether the property is writable, enumerable and configurable.
var jsPropertyAttributes = &Macro{
	Name: "js_property_attributes", Kind: KindSection,
	Args: `(writable, enumerable, configurable)`,
	Doc:  "Table of a JavaScript property's attributes: writable, enumerable, configurable (each 0 or 1).",
	Expand: func(env *Env, args []Arg) (string, error) {
		const usage = `(writable, enumerable, configurable), each 0 or 1`
		if err := wantArgs(args, 3, 3, usage); err != nil {
			return "", err
		}
		t := func(id string) string { return html.EscapeString(env.L.T(id)) }
		var b strings.Builder
		b.WriteString(`<table class="standard-table js-property-attributes"><thead><tr><th colspan="2">` +
			t("JSProp.Caption") + `</th></tr></thead><tbody>`)
		for i, id := range []string{"JSProp.Writable", "JSProp.Enumerable", "JSProp.Configurable"} {
			v := strings.TrimSpace(args[i].Value)
			if v != "0" && v != "1" && v != "true" && v != "false" {
				return "", &ArgError{Msg: "takes " + usage + ", got " + quote(v)}
			}
			yes := "JSProp.No"
			if v == "1" || v == "true" {
				yes = "JSProp.Yes"
			}
			b.WriteString(`<tr><td>` + t(id) + `</td><td>` + t(yes) + `</td></tr>`)
		}
		b.WriteString(`</tbody></table>`)
		return b.String(), nil
	},
}
