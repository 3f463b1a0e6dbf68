package mdn

import (
	"fmt"
	"html"
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/refdata"
)

// cssInfo renders the formal definition of the CSS property or at-rule
// descriptor a page is about, from mdn-data, as MDN's table: initial
// value, what it applies to, inheritance, percentages, computed value,
// animation type. Labels come from doku's catalogs (for a locale without
// one, from mdn-data's own strings where they exist); values are
// mdn-data's strings in the page's locale, else English.
var cssInfo = &macro.Macro{
	Name: "CSSInfo", Kind: macro.KindSection,
	Doc: "Formal definition table of the page's CSS property or descriptor (from mdn-data in the data folder).",
	Expand: renders(func(c *call, _ macro.Args) (string, error) {
		env := c.env
		env.Read(deps.Data, refdata.CSSInfoFile)
		if env.Data == nil || env.Data.CSSInfo == nil {
			msg, hint := env.Data.Missing(refdata.CSSInfoFile)
			return "", dataMissing(msg, hint)
		}
		parts := strings.Split(env.Page.Slug, "/")
		name := strings.ToLower(parts[len(parts)-1])
		atRule := ""
		if rest, ok := strings.CutPrefix(env.Page.Slug, "Web/CSS/Reference/At-rules/"); ok && strings.HasPrefix(rest, "@") {
			atRule, _, _ = strings.Cut(rest, "/")
		}
		def := env.Data.CSSInfo.Definition(name, atRule)
		if def == nil {
			return "", dataMissing("mdn-data has no formal definition for "+quote(name), "CSSInfo is for the pages of CSS properties and at-rule descriptors")
		}
		ci := &cssInfoCall{call: c, info: env.Data.CSSInfo, def: def, atRule: atRule}
		return ci.table(), nil
	}),
}

type cssInfoCall struct {
	*call
	info   *refdata.CSSInfo
	def    map[string]any
	atRule string
}

// row is one row of the table: its key in mdn-data, the catalog message
// of its label and, for a locale without a catalog, mdn-data's l10n key
// of the label ("" for none).
type row struct{ key, msg, l10n string }

func (ci *cssInfoCall) rows() []row {
	var rs []row
	if ci.atRule != "" {
		rs = append(rs, row{"relatedAtRule", "CSSInfo.RelatedAtRule", "relatedAtRule"})
	}
	rs = append(rs, row{"initial", "CSSInfo.Initial", ""})
	if ci.atRule == "" {
		rs = append(rs, row{"appliesto", "CSSInfo.AppliesTo", "appliesTo"})
	}
	if ci.def["inherited"] != nil {
		rs = append(rs, row{"inherited", "CSSInfo.Inherited", ""})
	}
	if p := ci.def["percentages"]; p != nil && p != "no" {
		rs = append(rs, row{"percentages", "CSSInfo.Percentages", "percentages"})
	}
	rs = append(rs, row{"computed", "CSSInfo.Computed", ""})
	if ci.atRule == "" {
		rs = append(rs, row{"animationType", "CSSInfo.AnimationType", "animationType"})
	}
	if ci.def["stacking"] == true {
		rs = append(rs, row{"stacking", "CSSInfo.Stacking", "createsStackingContext"})
	}
	return rs
}

func (ci *cssInfoCall) table() string {
	var b strings.Builder
	b.WriteString(`<table class="properties"><tbody>`)
	for _, r := range ci.rows() {
		label := html.EscapeString(ci.env.L.T(r.msg))
		if t, ok := ci.info.Text(r.l10n, ci.env.Page.Locale); ok && ci.env.NoCatalog && r.l10n != "" {
			label = ci.dataHTML(t)
		}
		fmt.Fprintf(&b, `<tr><th scope="row">%s</th><td>%s</td></tr>`, label, ci.value(ci.def, r.key, 0))
	}
	b.WriteString(`</tbody></table>`)
	return b.String()
}

// keyedInitials are initial values that are l10n keys, not CSS.
var keyedInitials = []string{`""`, `". "`, "autoForSmartphoneBrowsersSupportingInflation", "dependsOnUserAgent",
	"noPracticalInitialValue", "noneButOverriddenInUserAgentCSS", "seeProse", "startOrNamelessValueIfLTRRightIfRTL",
	"zoomForTheTopLevelNoneForTheRest"}

// text is the l10n text of key in the page's locale, else English, else
// the key itself.
func (ci *cssInfoCall) text(key string) string {
	if t, ok := ci.info.Text(key, ci.env.Page.Locale); ok {
		return t
	}
	return key
}

// value renders def's value for key; depth bounds the references from
// one property to another ('margin-top') in hostile data.
func (ci *cssInfoCall) value(def map[string]any, key string, depth int) string {
	if key == "relatedAtRule" {
		if u, ok := ci.pageURL("Web/CSS/Reference/At-rules/" + ci.atRule); ok {
			return `<a href="` + html.EscapeString(u) + `"><code>` + html.EscapeString(ci.atRule) + `</code></a>`
		}
		return code(html.EscapeString(ci.atRule))
	}
	switch v := def[key].(type) {
	case bool:
		return ci.dataHTML(ci.text(map[bool]string{true: "yes", false: "no"}[v]))
	case float64:
		return fmt.Sprint(v)
	case string:
		return ci.stringValue(def, key, v, depth)
	case []any:
		return ci.longhands(key, v, depth)
	case map[string]any:
		t, _ := v[ci.env.Page.Locale].(string)
		if t == "" {
			t, _ = v["en-US"].(string)
		}
		return ci.alsoAppliesTo(def, key, ci.dataHTML(t))
	}
	return ""
}

func (ci *cssInfoCall) stringValue(def map[string]any, key, v string, depth int) string {
	switch {
	case key == "animationType":
		var parts []string
		for _, k := range strings.Fields(v) {
			t := ci.text(k)
			if k == "lpc" {
				t = strings.ReplaceAll(t, "$1$", ci.text("length"))
			}
			parts = append(parts, t)
		}
		return ci.dataHTML(strings.Join(parts, ci.text("listSeparator")))
	case len(v) > 1 && strings.HasPrefix(v, "'") && strings.HasSuffix(v, "'") && depth < 4:
		if other := ci.info.Definition(v[1:len(v)-1], ""); other != nil {
			return ci.value(other, key, depth+1)
		}
		return ""
	case key == "initial" && !slices.Contains(keyedInitials, v):
		return code(html.EscapeString(v))
	}
	var parts []string
	for _, k := range strings.Split(v, ", ") {
		parts = append(parts, ci.text(k))
	}
	return ci.alsoAppliesTo(def, key, ci.dataHTML(strings.Join(parts, ", ")))
}

// longhands renders a shorthand's value: the value of each longhand.
func (ci *cssInfoCall) longhands(key string, list []any, depth int) string {
	var b strings.Builder
	b.WriteString(ci.dataHTML(ci.text("asLonghands")) + "<ul>")
	for _, l := range list {
		name, _ := l.(string)
		b.WriteString("<li>" + ci.dataHTML(`{{cssxref("`+name+`")}}`) + ": ")
		if other := ci.info.Definition(name, ""); other != nil && depth < 4 {
			b.WriteString(ci.value(other, key, depth+1))
		}
		b.WriteString("</li>")
	}
	b.WriteString("</ul>")
	return ci.alsoAppliesTo(ci.def, key, b.String())
}

// alsoAppliesTo adds the pseudo-elements a property also applies to.
func (ci *cssInfoCall) alsoAppliesTo(def map[string]any, key, out string) string {
	list, _ := def["alsoAppliesTo"].([]any)
	if key != "appliesto" || len(list) == 0 {
		return out
	}
	var links []string
	for _, l := range list {
		if s, _ := l.(string); s != "" && s != "::placeholder" {
			links = append(links, ci.dataHTML(`{{cssxref("`+s+`")}}`))
		}
	}
	if len(links) == 0 {
		return out
	}
	var b strings.Builder
	for i, l := range links {
		b.WriteString(l)
		switch {
		case len(links)-i > 2:
			b.WriteString(ci.text("listSeparator"))
		case len(links)-i > 1:
			b.WriteString(ci.text("andInEnumeration"))
		}
	}
	t := ci.text("applyingToMultiple")
	return strings.NewReplacer("$1$", out, "$2$", b.String()).Replace(t)
}
