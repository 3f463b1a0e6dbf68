package search

import (
	"strings"
	"unicode/utf8"
)

// Field weights: how much a token found in a field counts. A token's
// weight in an entry is the highest of the fields it occurs in; they fit
// in three bits (see encode.go).
const (
	weightCode    = 1 // code blocks
	weightText    = 2 // running text
	weightIdent   = 4 // inline code: identifiers, values
	weightHeading = 6 // the heading of a section, the key cells of a table row
	weightTitle   = 7 // the page's title
)

// excerptRunes bounds the text kept per entry for the result excerpt.
const excerptRunes = 240

// entry is one target a result can lead to: the page itself (its title
// and the text before the first heading), a section under a heading with
// an id, or a table row with an id (a close code: "#1006").
type entry struct {
	anchor  string // "" for the page itself
	heading string // "" for the page itself
	text    strings.Builder
	// tokens maps each token to its weight in this entry.
	tokens map[string]uint8
}

func newEntry(anchor string) *entry { return &entry{anchor: anchor, tokens: map[string]uint8{}} }

// add weighs the tokens of text in e; toks is room for them, returned
// for the next call.
func (e *entry) add(toks []string, text string, weight uint8, german bool) []string {
	toks = appendTokens(toks[:0], text, german)
	for _, t := range toks {
		if !indexable(t) {
			continue
		}
		if e.tokens[t] < weight {
			e.tokens[t] = weight
		}
	}
	return toks
}

// addExcerpt keeps running text for the excerpt, up to a bound.
func (e *entry) addExcerpt(text string) {
	if e.text.Len() < 4*excerptRunes {
		e.text.WriteString(text)
	}
}

// excerpt is the entry's text, white space collapsed, cut at a word end
// near excerptRunes.
func (e *entry) excerpt() string {
	s := strings.Join(strings.Fields(e.text.String()), " ")
	if utf8.RuneCountInString(s) <= excerptRunes {
		return s
	}
	n := 0
	for i := range s {
		if n == excerptRunes {
			s = s[:i]
			break
		}
		n++
	}
	if sp := strings.LastIndexByte(s, ' '); sp > len(s)/2 {
		s = s[:sp]
	}
	return s + "…"
}

// indexable leaves out tokens no one searches for: single letters (the
// "s" of "server's") and very long runs (hashes, encoded data).
func indexable(t string) bool {
	n := utf8.RuneCountInString(t)
	if n > 40 {
		return false
	}
	if n == 1 {
		r, _ := utf8.DecodeRuneInString(t)
		return r >= '0' && r <= '9'
	}
	return true
}
