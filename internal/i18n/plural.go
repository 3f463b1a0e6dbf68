package i18n

import (
	"strconv"
	"strings"
	"sync"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// PluralForms are CLDR's plural categories in go-i18n's key order.
var PluralForms = []string{"zero", "one", "two", "few", "many", "other"}

var formsCache sync.Map // locale → []string

// RequiredForms lists the plural forms CLDR gives locale. They are learnt
// from go-i18n itself, by asking it which form it picks for a spread of
// counts, so the check agrees exactly with what pages render.
func RequiredForms(locale string) []string {
	if v, ok := formsCache.Load(locale); ok {
		return v.([]string)
	}
	tag, err := language.Parse(locale)
	if err != nil {
		return []string{"other"}
	}
	b := goi18n.NewBundle(tag)
	_ = b.AddMessages(tag, &goi18n.Message{ID: "p", Zero: "zero", One: "one", Two: "two", Few: "few", Many: "many", Other: "other"})
	l := goi18n.NewLocalizer(b, tag.String())
	var counts []any
	for n := 0; n <= 200; n++ {
		counts = append(counts, n)
	}
	for _, n := range []int{1000, 10000, 100000, 1000000, 10000000} {
		counts = append(counts, n)
	}
	for _, s := range []string{"0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.5", "5.5", "10.1", "100.3"} {
		counts = append(counts, s)
	}
	seen := map[string]bool{"other": true}
	for _, c := range counts {
		if s, err := l.Localize(&goi18n.LocalizeConfig{MessageID: "p", PluralCount: c}); err == nil {
			seen[s] = true
		}
	}
	var forms []string
	for _, f := range PluralForms {
		if seen[f] {
			forms = append(forms, f)
		}
	}
	formsCache.Store(locale, forms)
	return forms
}

// Forms returns the plural forms m defines, in CLDR order, with their text.
func Forms(m *goi18n.Message) map[string]string {
	all := map[string]string{"zero": m.Zero, "one": m.One, "two": m.Two, "few": m.Few, "many": m.Many, "other": m.Other}
	for k, v := range all {
		if v == "" {
			delete(all, k)
		}
	}
	return all
}

// IsPlural reports whether a source message varies with a count.
func IsPlural(m *goi18n.Message) bool {
	return len(Forms(m)) > 1 || (len(Forms(m)) == 1 && m.Other == "")
}

func formList(forms []string) string {
	q := make([]string, len(forms))
	for i, f := range forms {
		q[i] = strconv.Quote(f)
	}
	return strings.Join(q, ", ")
}
