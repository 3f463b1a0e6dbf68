package compat

import (
	"fmt"
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
func (t *Table) legend(b *strings.Builder, used usage) {
	fmt.Fprintf(b, `<section class="bc-legend"><h3>%s</h3><dl>`, t.t("Compat.Legend.Title"))
	for _, k := range legendOrder {
		if !used[k] {
			continue
		}
		kind, name, _ := strings.Cut(k, "-")
		var sample string
		switch kind {
		case "mark":
			sample = fmt.Sprintf(`<span class="bc-mark bc-mark-%s"></span>`, name)
		case "status":
			sample = fmt.Sprintf(`<span class="bc-badge bc-badge-%s">%s</span>`, name, t.t("Compat.Status."+name))
		case "ranged":
			sample = `<span class="bc-version">≤</span>`
		default:
			sample = fmt.Sprintf(`<span class="bc-swatch bc-%s"></span>`, k)
		}
		fmt.Fprintf(b, `<div class="bc-legend-%s"><dt>%s</dt><dd>%s</dd></div>`, k, sample, t.t("Compat.Legend."+k))
	}
	b.WriteString(`</dl></section>`)
}
