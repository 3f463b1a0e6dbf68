package serve

import (
	"golang.org/x/text/language"
)

// negotiator picks the locale a reader asked for in Accept-Language.
type negotiator struct {
	// all lists every locale served; locales those a reader may get.
	all     []string
	locales []string
	matcher language.Matcher
}

// newNegotiator matches against locales (en-US first, the default),
// leaving out the pseudo-locale, which nobody asks for.
func newNegotiator(locales []string, pseudo string) *negotiator {
	n := &negotiator{all: locales}
	var tags []language.Tag
	for _, l := range locales {
		t, err := language.Parse(l)
		if err != nil || l == pseudo {
			continue
		}
		n.locales = append(n.locales, l)
		tags = append(tags, t)
	}
	if len(tags) > 0 {
		n.matcher = language.NewMatcher(tags)
	}
	return n
}

// pick returns the locale that best serves the Accept-Language header, the
// first locale if none does, "" if there are no locales. The matcher
// returns an extended tag ("de-u-rg-atzzzz" for "de-AT"); the index it
// returns names the locale as the site spells it.
func (n *negotiator) pick(acceptLanguage string) string {
	if n.matcher == nil {
		return ""
	}
	want, _, err := language.ParseAcceptLanguage(acceptLanguage)
	if err != nil || len(want) == 0 {
		return n.locales[0]
	}
	_, i, conf := n.matcher.Match(want...)
	if conf == language.No {
		return n.locales[0]
	}
	return n.locales[i]
}
