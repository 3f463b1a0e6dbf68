package compat

import (
	"fmt"
	"html"
	"strconv"
	"strings"
)

// level is a statement's support level, a CSS class and a legend entry:
// "yes", "partial", "preview", "no" or "unknown". A statement behind a flag
// or removed counts as "no", as on MDN: a reader's browser lacks it.
func level(s Statement) string {
	switch s.Added.Kind {
	case Unknown:
		return "unknown"
	case No:
		return "no"
	case Preview:
		return "preview"
	}
	if s.removed() || len(s.Flags) > 0 {
		return "no"
	}
	if s.Partial {
		return "partial"
	}
	return "yes"
}

func (s Statement) removed() bool { return s.Removed.Kind != No && s.Removed.Kind != Unknown }

// cell writes one browser's support for one feature. The cell shows the
// first statement; when there is more to say (notes, flags, prefixes,
// further statements) it opens as a <details> listing every statement.
func (t *Table) cell(b *strings.Builder, br *Browser, ss Statements, used usage) {
	if len(ss) == 0 {
		ss = Statements{{}} // no entry: support unknown
	}
	first := ss[0]
	lv := level(first)
	used[lv] = true
	main := `<span class="bc-sr">` + t.t("Compat.Level."+lv) + `</span>` +
		`<span class="bc-version">` + t.versionRange(first, br, used) + `</span>` + t.marks(ss, used)
	more := len(ss) > 1
	for _, s := range ss {
		more = more || len(s.Notes) > 0 || len(s.Flags) > 0 || s.Prefix != "" || s.AlternativeName != ""
	}
	fmt.Fprintf(b, `<td class="bc-support bc-%s">`, lv)
	if !more {
		b.WriteString(main + `</td>`)
		return
	}
	b.WriteString(`<details class="bc-details"><summary>` + main + `</summary><ul class="bc-statements">`)
	for _, s := range ss {
		t.statement(b, br, s, used)
	}
	b.WriteString(`</ul></details></td>`)
}

// marks are the symbols after a cell's version: the first statement's
// prefix, alternative name and flags, and notes of any statement.
func (t *Table) marks(ss Statements, used usage) string {
	var b strings.Builder
	mark := func(name string) {
		used["mark-"+name] = true
		fmt.Fprintf(&b, `<span class="bc-mark bc-mark-%s"><span class="bc-sr">%s</span></span>`, name, t.t("Compat.Mark."+name))
	}
	first := ss[0]
	if first.Prefix != "" {
		mark("prefix")
	}
	if first.AlternativeName != "" {
		mark("altname")
	}
	if len(first.Flags) > 0 {
		mark("flags")
	}
	for _, s := range ss {
		if len(s.Notes) > 0 {
			mark("notes")
			break
		}
	}
	return b.String()
}

// statement writes one statement of an opened cell.
func (t *Table) statement(b *strings.Builder, br *Browser, s Statement, used usage) {
	lv := level(s)
	used[lv] = true
	label := t.t("Compat.Level." + lv)
	if len(s.Flags) > 0 && s.Added.Kind != No && s.Added.Kind != Unknown {
		label = t.t("Compat.Mark.flags")
	}
	fmt.Fprintf(b, `<li class="bc-%s"><span class="bc-version">%s</span> <span class="bc-level">%s</span>`,
		lv, t.versionRange(s, br, used), label)
	code := func(s string) string { return "<code>" + html.EscapeString(s) + "</code>" }
	switch {
	case s.Removed.Kind == Yes:
		t.p(b, "", t.t("Compat.RemovedUnknown"))
	case s.removed():
		t.p(b, "", t.tHTML("Compat.Removed", "Version", t.version(s.Removed, br, used)))
	}
	if s.Prefix != "" {
		t.p(b, "", t.tHTML("Compat.Prefix", "Prefix", code(s.Prefix)))
	}
	if s.AlternativeName != "" {
		t.p(b, "", t.tHTML("Compat.AltName", "Name", code(s.AlternativeName)))
	}
	for _, f := range s.Flags {
		id := "Compat.Flag.preference"
		if f.Type == "runtime_flag" {
			id = "Compat.Flag.runtime"
		}
		if f.ValueToSet != "" {
			t.p(b, "", t.tHTML(id+"Value", "Name", code(f.Name), "Value", code(f.ValueToSet)))
		} else {
			t.p(b, "", t.tHTML(id, "Name", code(f.Name)))
		}
		if f.Type == "preference" && br.PrefURL != "" {
			t.p(b, "", t.tHTML("Compat.Flag.PrefURL", "URL", code(br.PrefURL)))
		}
	}
	if s.Partial {
		t.p(b, "", t.t("Compat.Partial"))
	}
	for _, n := range s.Notes {
		t.p(b, "bc-note", SanitizeHTML(n, t.linkNote))
	}
	b.WriteString(`</li>`)
}

func (t *Table) p(b *strings.Builder, class, inner string) {
	if class != "" {
		fmt.Fprintf(b, `<p class="%s">%s</p>`, class, inner)
		return
	}
	b.WriteString(`<p>` + inner + `</p>`)
}

// versionRange is "15", or "15–20" for a statement removed in 20 ("15–?"
// when the data says only that it was removed).
func (t *Table) versionRange(s Statement, br *Browser, used usage) string {
	v := t.version(s.Added, br, used)
	switch {
	case s.Added.Kind == No || !s.removed():
	case s.Removed.Kind == Yes:
		v += "–" + t.t("Compat.Version.unknown")
	default:
		v += "–" + t.version(s.Removed, br, used)
	}
	return v
}

// version is a version as shown, escaped: "12.1", "≤12.1", the preview
// channel's name, or a localized yes, no or "?".
func (t *Table) version(v Version, br *Browser, used usage) string {
	switch v.Kind {
	case Exact:
		return html.EscapeString(v.Number)
	case Ranged:
		used["ranged"] = true
		return "≤" + html.EscapeString(v.Number)
	case Preview:
		if br.PreviewName != "" {
			return html.EscapeString(br.PreviewName)
		}
		return t.t("Compat.Version.preview")
	case Yes:
		return t.t("Compat.Version.yes")
	case No:
		return t.t("Compat.Version.no")
	}
	return t.t("Compat.Version.unknown")
}

// tHTML returns a catalog message with some values already HTML (code
// elements): the message itself is escaped like any catalog text, and
// only then are the values put in, so a catalog still cannot inject
// markup. pairs alternate name and HTML value.
func (t *Table) tHTML(id string, pairs ...string) string {
	data := make([]any, 0, len(pairs))
	var repl []string
	for i := 0; i+1 < len(pairs); i += 2 {
		token := "\uE000" + strconv.Itoa(i/2) + "\uE001"
		data = append(data, pairs[i], token)
		repl = append(repl, token, pairs[i+1])
	}
	return strings.NewReplacer(repl...).Replace(html.EscapeString(t.L.T(id, data...)))
}
