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
	// serial is the entry's number in its page, from 1: see pageTokens.
	serial int32
	// toks are the tokens found in the entry, as numbers of its page's
	// pageTokens, each with its weight so far. A token is here once,
	// unless text went to another entry between two of its occurrences;
	// Extract merges those.
	toks []weighed
}

type weighed struct {
	id     int32
	weight uint8
}

func newEntry(anchor string) *entry { return &entry{anchor: anchor} }

// addExcerpt keeps running text for the excerpt, up to a bound.
func (e *entry) addExcerpt(text []byte) {
	if e.text.Len() < 4*excerptRunes {
		e.text.Write(text)
	}
}

// excerpt is the entry's text, white space collapsed, cut at a word end
// near excerptRunes.
func (e *entry) excerpt() string {
	s := joinFields(e.text.String())
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

// joinFields is strings.Join(strings.Fields(s), " "), without the slice
// of fields. The result has no room to spare: excerpts and headings are
// kept until the index is written.
func joinFields(s string) string {
	n := -1
	for f := range strings.FieldsSeq(s) {
		n += len(f) + 1
	}
	var b strings.Builder
	b.Grow(max(n, 0))
	for f := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

// indexable leaves out tokens no one searches for: single letters (the
// "s" of "server's") and very long runs (hashes, encoded data).
func indexable(t []byte) bool {
	n := utf8.RuneCount(t)
	if n > 40 {
		return false
	}
	if n == 1 {
		r, _ := utf8.DecodeRune(t)
		return r >= '0' && r <= '9'
	}
	return true
}
