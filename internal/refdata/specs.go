package refdata

import "strings"

// SpecTitle returns the title of the specification a URL points into
// ("https://drafts.csswg.org/css-color-4/#propdef-color" → "CSS Color
// Module Level 4"): the title of the URL without its fragment, else of
// the longest leading part of it that ends at a "/". ok is false when
// the data has none.
func (d *Data) SpecTitle(u string) (title string, ok bool) {
	if d == nil || d.SpecTitles == nil {
		return "", false
	}
	u, _, _ = strings.Cut(u, "#")
	if t, ok := d.SpecTitles[u]; ok {
		return t, true
	}
	for i := strings.LastIndexByte(u, '/'); i > len("https://"); i = strings.LastIndexByte(u[:i], '/') {
		if t, ok := d.SpecTitles[u[:i+1]]; ok {
			return t, true
		}
		if t, ok := d.SpecTitles[u[:i]]; ok {
			return t, true
		}
	}
	return "", false
}
