package mdn

import (
	"fmt"
	"html"
	"strings"

	"github.com/doku-docs/doku/internal/closecode"
	"github.com/doku-docs/doku/internal/macro"
)

// closeCodeTable renders the site's close-code data in the page's locale,
// a row per code or range, each with a stable anchor (#1006).
var closeCodeTable = &macro.Macro{
	Name: "CloseCodeTable",
	Kind: macro.KindSection,
	Doc:  "Table of WebSocket close codes from content/data/close-codes.toml.",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		if c.env.CloseCodes == nil {
			return "", &macro.ArgError{Msg: "the site has no " + closecode.Path}
		}
		return renderCloseCodes(c.env, c.env.CloseCodes.Entries), nil
	}),
}

func renderCloseCodes(env *macro.Env, entries []closecode.Entry) string {
	t := func(id string) string { return html.EscapeString(env.L.T(id)) }
	yesNo := func(b bool) string {
		if b {
			return `<td class="yes">` + t("CloseCodeTable.Yes") + `</td>`
		}
		return `<td class="no">` + t("CloseCodeTable.No") + `</td>`
	}
	var b strings.Builder
	// The wrapper scrolls on narrow screens; role, tabindex and label let
	// keyboard users scroll it too.
	b.WriteString(`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="close-codes-caption"><table class="close-codes">`)
	fmt.Fprintf(&b, `<caption id="close-codes-caption">%s</caption>`, html.EscapeString(env.L.N("CloseCodeTable.Caption", len(entries))))
	b.WriteString(`<thead><tr>`)
	for _, id := range []string{"Code", "Name", "Constant", "Sendable", "CloseMethod", "Description"} {
		fmt.Fprintf(&b, `<th scope="col">%s</th>`, t("CloseCodeTable."+id))
	}
	b.WriteString(`</tr></thead><tbody>`)
	for _, e := range entries {
		code := fmt.Sprintf("<code>%d</code>", e.From)
		if e.IsRange() {
			code = fmt.Sprintf("<code>%d</code>–<code>%d</code>", e.From, e.To)
		}
		fmt.Fprintf(&b, `<tr id="%s"><th scope="row"><a class="anchor" href="#%[1]s">%s</a></th><td>%s</td>`,
			e.Anchor(), code, t(e.Name))
		if e.Constant != "" {
			fmt.Fprintf(&b, `<td><code>%s</code></td>`, html.EscapeString(e.Constant))
		} else {
			b.WriteString(`<td></td>`)
		}
		b.WriteString(yesNo(e.Sendable))
		b.WriteString(yesNo(e.CloseMethod))
		fmt.Fprintf(&b, `<td>%s</td></tr>`, t(e.Description))
	}
	b.WriteString(`</tbody></table></div>`)
	return b.String()
}
