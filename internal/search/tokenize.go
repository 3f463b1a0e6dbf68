package search

import (
	"bytes"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tokenizer gives the tokens of a text as Tokens does, without the cost
// of Tokens where it can: a word that step 1 turns into ASCII (most
// words of a documentation page, German ones too) is decomposed, split
// and folded byte by byte in scratch space kept between calls. Any other
// word takes the general path (appendTokens) unchanged. A tokenizer is
// not safe for concurrent use.
type tokenizer struct {
	german bool
	dec    []byte   // a stretch of text after step 1
	word   []byte   // the folded tokens of the current word, back to back
	ends   []int    // the end of each of them in word
	low    []byte   // a token lower-cased, before the German folds
	toks   []string // the tokens of a text taken by the general path
}

// each calls fn with each token of text, in the order Tokens gives them,
// repeats included. tok is only valid during the call.
//
// Text is read in stretches between ASCII characters that are neither
// word characters nor joiners, which end words in step 2. Decomposing
// stretch by stretch is sound: NFKD leaves ASCII as it is and never
// reorders or joins characters across an ASCII character (each is a
// starter). A stretch whose characters all have an ASCII form
// (asciiForms) is decomposed through the table; any other stretch is read
// by the general path. So is text that is not UTF-8, all of it: on such
// text NFKD does not keep to stretches (a stretch at the end of the text
// may not be decomposed).
func (tz *tokenizer) each(text []byte, fn func(tok []byte)) {
	if !utf8.Valid(text) {
		tz.general(string(text), fn)
		return
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && !isWordByte(c) {
			i++ // outside a word, a joiner separates too
			continue
		}
		j, ascii := i, true
		for ; j < len(text); j++ {
			c := text[j]
			if c >= utf8.RuneSelf {
				ascii = false
			} else if !isWordByte(c) && !isJoinerByte(c) {
				break
			}
		}
		if ascii {
			tz.asciiText(text[i:j], fn)
		} else if tz.decompose(text[i:j]) {
			tz.asciiText(tz.dec, fn)
		} else {
			tz.general(string(text[i:j]), fn)
		}
		i = j
	}
}

// decompose puts stretch s after step 1 into tz.dec, if asciiForms has
// each of its characters. "ß", which step 1 leaves, is put as "ss", what
// step 5 makes of it: as "ß" is a lower-case letter, splitting "ss" in
// step 3 puts the same pieces together, and folding them gives the same
// tokens.
func (tz *tokenizer) decompose(s []byte) bool {
	forms := asciiForms()
	tz.dec = tz.dec[:0]
	for len(s) > 0 {
		r, n := utf8.DecodeRune(s)
		s = s[n:]
		switch f := forms.form(r); {
		case r < utf8.RuneSelf:
			tz.dec = append(tz.dec, byte(r))
		case f != "":
			tz.dec = append(tz.dec, f...)
		case r == 'ß':
			tz.dec = append(tz.dec, "ss"...)
		default:
			return false
		}
	}
	return true
}

// general hands fn the tokens appendTokens gives for s.
func (tz *tokenizer) general(s string, fn func([]byte)) {
	tz.toks = appendTokens(tz.toks[:0], s, tz.german)
	for _, t := range tz.toks {
		tz.word = append(tz.word[:0], t...)
		fn(tz.word)
	}
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isJoinerByte(c byte) bool { return c == '.' || c == '_' || c == '-' }

// asciiText is eachWord and appendWordTokens for ASCII text s.
func (tz *tokenizer) asciiText(s []byte, fn func([]byte)) {
	start := -1
	for i := 0; i <= len(s); i++ {
		switch {
		case i < len(s) && isWordByte(s[i]):
			if start < 0 {
				start = i
			}
		case i < len(s) && isJoinerByte(s[i]) && start >= 0:
		case start >= 0:
			end := i
			for isJoinerByte(s[end-1]) {
				end--
			}
			tz.asciiWord(s[start:end], fn)
			start = -1
		}
	}
}

// asciiWord is appendWordTokens for a word of ASCII letters, digits and
// joiners that starts and ends with a letter or digit.
func (tz *tokenizer) asciiWord(word []byte, fn func([]byte)) {
	tz.word, tz.ends = tz.word[:0], tz.ends[:0]
	parts := 0
	for i := 0; i < len(word); {
		j := i
		for j < len(word) && !isJoinerByte(word[j]) {
			j++
		}
		if j > i {
			parts++
			tz.asciiPart(word[i:j])
		}
		i = j + 1
	}
	if parts > 1 {
		tz.add(word)
	}
	start := 0
	for _, end := range tz.ends {
		fn(tz.word[start:end])
		start = end
	}
}

// asciiPart adds the pieces of one part, split as eachPieceASCII does,
// and the part itself if it has more than one.
func (tz *tokenizer) asciiPart(part []byte) {
	n, start := 0, 0
	for i := 1; i < len(part); i++ {
		prev, cur := byteClass(part[i-1]), byteClass(part[i])
		next := classOther
		if i+1 < len(part) {
			next = byteClass(part[i+1])
		}
		if prev == classLower && cur == classUpper ||
			prev == classUpper && cur == classUpper && next == classLower ||
			(prev == classDigit) != (cur == classDigit) {
			tz.add(part[start:i])
			n++
			start = i
		}
	}
	tz.add(part[start:])
	if n++; n > 1 {
		tz.add(part)
	}
}

func byteClass(c byte) runeClass {
	switch {
	case 'A' <= c && c <= 'Z':
		return classUpper
	case 'a' <= c && c <= 'z':
		return classLower
	case '0' <= c && c <= '9':
		return classDigit
	}
	return classOther
}

// add folds ASCII token t (fold) onto the word's tokens, unless the word
// has it already.
func (tz *tokenizer) add(t []byte) {
	tz.low = tz.low[:0]
	for _, c := range t {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		tz.low = append(tz.low, c)
	}
	start := len(tz.word)
	if tz.german {
		low := tz.low
		for i := 0; i < len(low); i++ {
			tz.word = append(tz.word, low[i])
			if i+1 < len(low) && low[i+1] == 'e' && foldsBeforeE(low, i) {
				i++
			}
		}
	} else {
		tz.word = append(tz.word, tz.low...)
	}
	tok := tz.word[start:]
	prev := 0
	for _, end := range tz.ends {
		if bytes.Equal(tz.word[prev:end], tok) {
			tz.word = tz.word[:start]
			return
		}
		prev = end
	}
	tz.ends = append(tz.ends, len(tz.word))
}

// asciiForms gives, for the non-ASCII characters most text holds
// (Latin letters with accents, punctuation, symbols), the ASCII text
// step 1 turns each into, or "" for any other character: "ä" → "a",
// "…" → "...", "—" stays a non-word character and is given as " ". The
// forms are taken from NFKD itself, once; they hold only for a
// character that is a starter, as no other one is then reordered or
// joined across it.
var asciiForms = sync.OnceValue(func() *formTable {
	t := &formTable{}
	for i := range t.latin {
		t.latin[i] = asciiForm(rune(0x80 + i))
	}
	for i := range t.punct {
		t.punct[i] = asciiForm(rune(0x2000 + i))
	}
	return t
})

// formTable holds asciiForms for U+0080–U+024F (Latin-1, Latin
// Extended-A and -B) and U+2000–U+27FF (punctuation, letter-like
// symbols, arrows, mathematical operators, shapes).
type formTable struct {
	latin [0x250 - 0x80]string
	punct [0x800]string
}

// form is the ASCII form of r, "" if it has none in the table.
func (t *formTable) form(r rune) string {
	switch {
	case 0x80 <= r && r < 0x250:
		return t.latin[r-0x80]
	case 0x2000 <= r && r < 0x2800:
		return t.punct[r-0x2000]
	}
	return ""
}

// asciiForm is r after step 1, if that is ASCII; a character that step
// 1 leaves as it is and that is no word character nor joiner separates
// words as a space does, and is given as one.
func asciiForm(r rune) string {
	s := string(r)
	if !utf8.ValidRune(r) || norm.NFKD.PropertiesString(s).CCC() != 0 {
		return ""
	}
	d := decompose(s)
	switch {
	case d == "":
		return ""
	case isASCII(d):
		return d
	case d == s && !isWordRune(r) && !isJoiner(r):
		return " "
	}
	return ""
}
