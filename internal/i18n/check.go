package i18n

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/diag"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// Status is one message of a translation and its state.
type Status struct {
	ID    string   `json:"id"`
	State State    `json:"state"`
	Pos   diag.Pos `json:"pos"`
	// Source is the English "other" text; Text the translation's.
	Source string `json:"source,omitempty"`
	Text   string `json:"text,omitempty"`
}

// CheckSource reports problems of the source catalog itself: empty
// messages, missing "other" or plural forms English needs.
func CheckSource(src *File, dc *diag.Collector) {
	for _, id := range src.IDs() {
		m := src.Messages[id]
		if len(strings.TrimSpace(m.Other)) == 0 && len(Forms(m)) == 0 {
			dc.Errorf(src.Pos(id, "other"), diag.CatalogEmpty, "write the English text in other = \"...\"",
				"message %q has no text", id)
			continue
		}
		checkPlurals(src, id, m, IsPlural(m), dc)
	}
}

// CheckLocale compares translation tr with src: every message's state,
// and problems reported to dc with the line of the message in tr.
// Missing messages and broken translations are errors; stale,
// untranslated and obsolete ones warnings, since pages still render.
func CheckLocale(src, tr *File, dc *diag.Collector) []Status {
	var out []Status
	after := 0 // the line after the previous source message's table in tr
	for _, id := range src.IDs() {
		sm := src.Messages[id]
		st := Status{ID: id, Source: sm.Other}
		m := tr.Messages[id]
		if m == nil {
			// It belongs where sync would put it: after the message that
			// precedes it in the source.
			st.State, st.Pos = Missing, diag.Pos{File: tr.Path}
			if after > 0 {
				st.Pos.Line, st.Pos.Col = after, 1
			}
			dc.Errorf(st.Pos, diag.CatalogMissing,
				fmt.Sprintf("run 'doku i18n sync -locale %s' to add it marked untranslated, or copy [%s] from %s", tr.Locale, id, src.Pos(id, "")),
				"message %q is missing in the %s catalog", id, tr.Locale)
			out = append(out, st)
			continue
		}
		if b := tr.Block(id); b != nil {
			after = b.End + 1
		}
		st.Pos, st.Text = tr.Pos(id, ""), m.Other
		st.State = checkMessage(src, tr, id, sm, m, dc)
		out = append(out, st)
	}
	for _, id := range tr.IDs() {
		if src.Messages[id] != nil {
			continue
		}
		st := Status{ID: id, State: Obsolete, Pos: tr.Pos(id, ""), Text: tr.Messages[id].Other}
		dc.Warnf(st.Pos, diag.CatalogObsolete,
			fmt.Sprintf("%s no longer defines it: delete the table, or rename it if the message got a new ID", src.Path),
			"message %q is not in the source catalog", id)
		out = append(out, st)
	}
	return out
}

// checkMessage checks one translated message and returns its state.
func checkMessage(src, tr *File, id string, sm, m *goi18n.Message, dc *diag.Collector) State {
	b := tr.Block(id)
	if b != nil && b.Untranslated >= 0 {
		dc.Warnf(diag.Pos{File: tr.Path, Line: b.Untranslated + 1, Col: 1}, diag.CatalogUntranslated,
			fmt.Sprintf("translate the text, then delete the line %q", MarkUntranslated),
			"message %q is not translated yet; English is shown", id)
		return Untranslated
	}
	forms := Forms(m)
	if len(forms) == 0 || allBlank(forms) {
		dc.Errorf(tr.Pos(id, "other"), diag.CatalogEmpty,
			fmt.Sprintf("write the %s text in other = \"...\"; the English is %q", tr.Locale, sm.Other),
			"message %q is empty", id)
		return Missing
	}
	source := placeholders(strings.Join(slices.Collect(maps.Values(Forms(sm))), " "))
	for _, form := range PluralForms {
		text, ok := forms[form]
		if !ok {
			continue
		}
		missing, extra := comparePlaceholders(source, form, text)
		if len(missing) > 0 {
			dc.Errorf(tr.Pos(id, form), diag.CatalogPlaceholder,
				"keep the placeholders and tags of the English text exactly as they are; only the words around them change",
				"message %q (%s) lacks %s", id, form, strings.Join(missing, " "))
		}
		if len(extra) > 0 {
			dc.Errorf(tr.Pos(id, form), diag.CatalogPlaceholder,
				extraHint(source),
				"message %q (%s) has %s, which the English text does not", id, form, strings.Join(extra, " "))
		}
	}
	checkPlurals(tr, id, m, IsPlural(sm), dc)
	switch want := SourceHash(sm); {
	case m.Hash == "":
		dc.Warnf(tr.Pos(id, ""), diag.CatalogHash,
			fmt.Sprintf("run 'doku i18n sync -locale %s': it records hash = %q, taking the translation as made from the current English", tr.Locale, want),
			"message %q has no source hash, so doku cannot tell when the English changes", id)
	case m.Hash != want:
		dc.Warnf(tr.Pos(id, "hash"), diag.CatalogStale,
			fmt.Sprintf("the English is now %q (%s); update the translation, then set hash = %q", sm.Other, src.Pos(id, "other"), want),
			"message %q: the English text changed since it was translated", id)
		return Stale
	}
	return Translated
}

// checkPlurals reports plural forms the locale of f needs but m lacks, and
// forms it has that the locale never uses. A message that does not count
// (plural false) needs only "other".
func checkPlurals(f *File, id string, m *goi18n.Message, plural bool, dc *diag.Collector) {
	want := []string{"other"}
	if plural {
		want = RequiredForms(f.Locale)
	}
	forms := Forms(m)
	var missing []string
	for _, form := range want {
		if _, ok := forms[form]; !ok {
			missing = append(missing, form)
		}
	}
	if len(missing) > 0 {
		dc.Errorf(f.Pos(id, ""), diag.CatalogPlural,
			fmt.Sprintf("%s uses the plural forms %s for counts; add %s", f.Locale, formList(want), formList(missing)),
			"message %q lacks the plural form(s) %s", id, formList(missing))
	}
	for _, form := range PluralForms {
		if _, ok := forms[form]; ok && !slices.Contains(want, form) {
			why := fmt.Sprintf("%s never uses the form %q", f.Locale, form)
			if !plural {
				why = "the English message does not vary with a count"
			}
			dc.Warnf(f.Pos(id, form), diag.CatalogPlural, "delete "+form+" = \"...\": "+why,
				"message %q has a plural form %q that is never shown", id, form)
		}
	}
}

func allBlank(forms map[string]string) bool {
	for _, v := range forms {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// extraHint says what a translation may hold when it has placeholders or
// tags its English text lacks.
func extraHint(source []string) string {
	if len(source) == 0 {
		return "the English text has no placeholders or tags; remove them (catalog text is shown as text, never as HTML)"
	}
	return "the English text has only " + strings.Join(source, " ") + "; remove what it does not have"
}
