package i18n

import (
	"fmt"
	"regexp"

	"github.com/doku-docs/doku/internal/diag"
)

// fieldRE is the one template action a message may hold: a placeholder
// naming a value the page passes in ({{.Count}}, {{ .Name }}).
var fieldRE = regexp.MustCompile(`^\.[A-Za-z_][A-Za-z0-9_]*$`)

// CheckActions reports every template action in f's messages that is not
// a {{.Name}} placeholder. go-i18n runs a message as a text/template, so
// {{template ...}}, {{printf ...}} or {{range ...}} in a catalog would run
// code at build time instead of showing text; doku allows placeholders
// only.
func CheckActions(f *File, dc *diag.Collector) {
	for _, id := range f.IDs() {
		checkActions(f, id, dc)
	}
}

// checkActions reports the template actions of message id in f.
func checkActions(f *File, id string, dc *diag.Collector) {
	for _, form := range PluralForms {
		text, ok := Forms(f.Messages[id])[form]
		if !ok {
			continue
		}
		for _, m := range actionRE.FindAllStringSubmatch(text, -1) {
			if !fieldRE.MatchString(m[1]) {
				dc.Errorf(f.Pos(id, form), diag.CatalogTemplate,
					"a message may hold only placeholders such as {{.Count}}; write other text without {{ }}",
					"message %q (%s) has the template action %s", id, form, fmt.Sprintf("%q", m[0]))
			}
		}
	}
}

// CheckRendering runs the checks a build needs for every message to show
// as written: template actions (CheckActions) and plural forms, in the
// source and in each translation.
func CheckRendering(src *File, trs []*File, dc *diag.Collector) {
	if src == nil {
		return
	}
	CheckActions(src, dc)
	for _, id := range src.IDs() {
		checkPlurals(src, id, src.Messages[id], IsPlural(src.Messages[id]), dc)
	}
	for _, tr := range trs {
		CheckActions(tr, dc)
		for _, id := range tr.IDs() {
			if sm := src.Messages[id]; sm != nil {
				checkPlurals(tr, id, tr.Messages[id], IsPlural(sm), dc)
			}
		}
	}
}
