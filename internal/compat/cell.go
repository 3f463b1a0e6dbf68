package compat

import (
	"bytes"
	"html"
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
func (t *Table) cell(b *bytes.Buffer, br *Browser, ss Statements, used usage) {
	if len(ss) == 0 {
		ss = Statements{{}} // no entry: support unknown
	}
	first := ss[0]
	lv := level(first)
	used[lv] = true
	more := len(ss) > 1
	for _, s := range ss {
		more = more || len(s.Notes) > 0 || len(s.Flags) > 0 || s.Prefix != "" || s.AlternativeName != ""
	}
	b.WriteString(`<td class="bc-support bc-`)
	b.WriteString(lv)
	b.WriteString(`">`)
	if more {
		b.WriteString(`<details class="bc-details"><summary>`)
	}
	b.WriteString(`<span class="bc-sr">`)
	b.WriteString(t.t("Compat.Level." + lv))
	b.WriteString(`</span><span class="bc-version">`)
	t.versionRange(b, first, br, used)
	b.WriteString(`</span>`)
	t.marks(b, ss, used)
	if !more {
		b.WriteString(`</td>`)
		return
	}
	b.WriteString(`</summary><ul class="bc-statements">`)
	for _, s := range ss {
		t.statement(b, br, s, used)
	}
	b.WriteString(`</ul></details></td>`)
}

// marks are the symbols after a cell's version: the first statement's
// prefix, alternative name and flags, and notes of any statement.
func (t *Table) marks(b *bytes.Buffer, ss Statements, used usage) {
	mark := func(name string) {
		used["mark-"+name] = true
		b.WriteString(`<span class="bc-mark bc-mark-`)
		b.WriteString(name)
		b.WriteString(`"><span class="bc-sr">`)
		b.WriteString(t.t("Compat.Mark." + name))
		b.WriteString(`</span></span>`)
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
}

// statement writes one statement of an opened cell.
func (t *Table) statement(b *bytes.Buffer, br *Browser, s Statement, used usage) {
	lv := level(s)
	used[lv] = true
	label := t.t("Compat.Level." + lv)
	if len(s.Flags) > 0 && s.Added.Kind != No && s.Added.Kind != Unknown {
		label = t.t("Compat.Mark.flags")
	}
	b.WriteString(`<li class="bc-`)
	b.WriteString(lv)
	b.WriteString(`"><span class="bc-version">`)
	t.versionRange(b, s, br, used)
	b.WriteString(`</span> <span class="bc-level">`)
	b.WriteString(label)
	b.WriteString(`</span>`)
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

func (t *Table) p(b *bytes.Buffer, class, inner string) {
	if class != "" {
		b.WriteString(`<p class="`)
		b.WriteString(class)
		b.WriteString(`">`)
	} else {
		b.WriteString(`<p>`)
	}
	b.WriteString(inner)
	b.WriteString(`</p>`)
}

// versionRange writes "15", or "15–20" for a statement removed in 20
// ("15–?" when the data says only that it was removed).
func (t *Table) versionRange(b *bytes.Buffer, s Statement, br *Browser, used usage) {
	b.WriteString(t.version(s.Added, br, used))
	switch {
	case s.Added.Kind == No || !s.removed():
	case s.Removed.Kind == Yes:
		b.WriteString("–")
		b.WriteString(t.t("Compat.Version.unknown"))
	default:
		b.WriteString("–")
		b.WriteString(t.version(s.Removed, br, used))
	}
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
// markup. pairs alternate name and HTML value; the message holds each
// value as a token, "\uE000" + its index + "\uE001", replaced in one pass.
func (t *Table) tHTML(id string, pairs ...string) string {
	var data [4]any
	for i := 0; i+1 < len(pairs) && i < len(data); i += 2 {
		data[i], data[i+1] = pairs[i], tokens[i/2]
	}
	s := html.EscapeString(t.L.T(id, data[:min(len(pairs), len(data))]...))
	if !strings.Contains(s, tokenOpen) {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, tokenOpen)
		if i < 0 {
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		n := tokenIndex(s, len(pairs)/2)
		if n < 0 {
			b.WriteString(tokenOpen)
			s = s[len(tokenOpen):]
			continue
		}
		b.WriteString(pairs[2*n+1])
		s = s[len(tokens[n]):]
	}
	b.WriteString(s)
	return b.String()
}

const tokenOpen = "\uE000"

// tokens stand for the values of tHTML while the message is escaped.
var tokens = [...]string{"\uE0000\uE001", "\uE0001\uE001"}

// tokenIndex is the index of the value whose token s starts with, among
// the first n; -1 if none.
func tokenIndex(s string, n int) int {
	for i := range min(n, len(tokens)) {
		if strings.HasPrefix(s, tokens[i]) {
			return i
		}
	}
	return -1
}
