package i18n

import (
	"regexp"
	"slices"
	"strings"
)

var (
	// actionRE matches a template action such as {{.Count}} or {{ .Name }}.
	actionRE = regexp.MustCompile(`\{\{-?\s*(.*?)\s*-?\}\}`)
	// tagRE matches an HTML start or end tag's name.
	tagRE = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*`)
)

// placeholders lists the template actions ("{{.Count}}") and HTML tags
// ("<b", "</b") of s, each once, sorted. A translation must keep them: a
// lost {{.Count}} hides a number, an unknown field prints "<no value>".
func placeholders(s string) []string {
	var ps []string
	for _, m := range actionRE.FindAllStringSubmatch(s, -1) {
		ps = append(ps, "{{"+strings.Join(strings.Fields(m[1]), " ")+"}}")
	}
	for _, m := range tagRE.FindAllString(s, -1) {
		ps = append(ps, strings.ToLower(m)+">")
	}
	slices.Sort(ps)
	return slices.Compact(ps)
}

// comparePlaceholders returns what the translated form lacks and what it
// adds compared with the source's placeholders. The forms for one thing
// ("one", "zero", "two") may leave out {{.Count}}: German writes "eine
// Seite" as well as "1 Seite".
func comparePlaceholders(source []string, form, text string) (missing, extra []string) {
	got := placeholders(text)
	for _, p := range source {
		if !slices.Contains(got, p) && !(p == "{{.Count}}" && form != "other" && form != "many" && form != "few") {
			missing = append(missing, p)
		}
	}
	for _, p := range got {
		if !slices.Contains(source, p) {
			extra = append(extra, p)
		}
	}
	return missing, extra
}
