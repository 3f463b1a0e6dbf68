package compat

import (
	"bytes"
	"strings"
)

// legendOrder lists every legend entry in the order shown. A table's
// legend lists only the entries that occur in it.
var legendOrder = []string{
	"yes", "partial", "preview", "no", "unknown", "ranged",
	"mark-prefix", "mark-altname", "mark-flags", "mark-notes",
	"status-experimental", "status-deprecated", "status-nonstandard",
}

// legend writes the key to the symbols, colours and badges the table uses.
func (t *Table) legend(b *bytes.Buffer, used usage) {
	b.WriteString(`<section class="bc-legend"><h3>`)
	b.WriteString(t.t("Compat.Legend.Title"))
	b.WriteString(`</h3><dl>`)
	for _, k := range legendOrder {
		if !used[k] {
			continue
		}
		b.WriteString(`<div class="bc-legend-`)
		b.WriteString(k)
		b.WriteString(`"><dt>`)
		kind, name, _ := strings.Cut(k, "-")
		switch kind {
		case "mark":
			b.WriteString(`<span class="bc-mark bc-mark-`)
			b.WriteString(name)
			b.WriteString(`"></span>`)
		case "status":
			b.WriteString(`<span class="bc-badge bc-badge-`)
			b.WriteString(name)
			b.WriteString(`">`)
			b.WriteString(t.t("Compat.Status." + name))
			b.WriteString(`</span>`)
		case "ranged":
			b.WriteString(`<span class="bc-version">≤</span>`)
		default:
			b.WriteString(`<span class="bc-swatch bc-`)
			b.WriteString(k)
			b.WriteString(`"></span>`)
		}
		b.WriteString(`</dt><dd>`)
		b.WriteString(t.t("Compat.Legend." + k))
		b.WriteString(`</dd></div>`)
	}
	b.WriteString(`</dl></section>`)
}
