package refdata

// CSSInfo is the part of mdn-data the CSSInfo macro reads: each
// property's and at-rule descriptor's formal definition (initial value,
// what it applies to, inheritance, percentages, computed value, animation
// type, stacking), and the localized strings those values name.
type CSSInfo struct {
	// Properties maps a property's name to its definition; a value is a
	// string (a key of L10n, or CSS text), a bool, a list of property
	// names (a shorthand's longhands) or a map from locale to text.
	Properties map[string]map[string]any `json:"properties"`
	// AtRules maps an at-rule ("@counter-style") to its descriptors.
	AtRules map[string]struct {
		Descriptors map[string]map[string]any `json:"descriptors"`
	} `json:"atRules"`
	// L10n maps a key to its text per locale ("en-US", "de"); texts may
	// hold HTML with links to MDN's pages and $1$-style placeholders.
	L10n map[string]map[string]string `json:"l10n"`
}

// Definition returns the formal definition of a property, or of a
// descriptor when atRule is given; nil if the data has none.
func (c *CSSInfo) Definition(name, atRule string) map[string]any {
	if c == nil {
		return nil
	}
	if atRule != "" {
		return c.AtRules[atRule].Descriptors[name]
	}
	return c.Properties[name]
}

// Text returns the text of an l10n key in locale, else in English; ok is
// false when the key is not in the data.
func (c *CSSInfo) Text(key, locale string) (text string, ok bool) {
	if c == nil {
		return "", false
	}
	m := c.L10n[key]
	if t, ok := m[locale]; ok {
		return t, true
	}
	t, ok := m["en-US"]
	return t, ok
}
