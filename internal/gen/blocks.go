package gen

import "fmt"

// list writes a bulleted list of one sentence per item.
func (p *page) list() {
	for range 2 + p.r.IntN(5) {
		p.b.WriteString("- ")
		p.sentence()
		p.b.Truncate(p.b.Len() - 1)
		p.b.WriteString("\n")
	}
	p.b.WriteString("\n")
}

// callout writes a GitHub-style note or warning, which doku renders as
// MDN's callout boxes.
func (p *page) callout() {
	if p.r.IntN(2) == 0 {
		p.b.WriteString("> [!NOTE]\n> ")
	} else {
		p.b.WriteString("> [!WARNING]\n> ")
	}
	p.sentence()
	p.sentence()
	p.b.Truncate(p.b.Len() - 1)
	p.b.WriteString("\n\n")
}

// defList writes MDN's definition list: "- `term`" then "  - : text".
func (p *page) defList(n int, badges bool) {
	for range n {
		p.b.WriteString("- `" + memberName(p.r, false) + "`")
		if badges && p.r.IntN(3) == 0 {
			p.b.WriteString(" ")
			p.macro(pick(p.r, []string{"Optional_Inline", "Optional_Inline", "Deprecated_Inline", "Experimental_Inline"}))
		}
		p.b.WriteString("\n  - : ")
		for range 1 + p.r.IntN(2) {
			p.sentence()
		}
		p.b.Truncate(p.b.Len() - 1)
		p.b.WriteString("\n")
	}
	p.b.WriteString("\n")
}

// table writes a raw HTML table, as MDN does for value lists, with macros
// in its cells.
func (p *page) table(rows int) {
	b := &p.b
	b.WriteString("<table class=\"standard-table\">\n  <thead>\n    <tr>\n")
	fmt.Fprintf(b, "      <th scope=\"col\">%s</th>\n      <th scope=\"col\">%s</th>\n", p.l.valueHeader, p.l.descriptionHeader)
	b.WriteString("    </tr>\n  </thead>\n  <tbody>\n")
	for range rows {
		b.WriteString("    <tr>\n      <td><code>" + memberName(p.r, false) + "</code></td>\n      <td>")
		p.sentence()
		b.Truncate(b.Len() - 1)
		b.WriteString("</td>\n    </tr>\n")
	}
	b.WriteString("  </tbody>\n</table>\n\n")
}
