package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The normaliser turns text into search tokens. static/search.js holds the
// same algorithm in JavaScript, step for step, so that a query typed in the
// browser yields the tokens the index was built with;
// testdata/normalize.json holds the vectors both are tested against. Change
// one, change the other, and add a vector.
//
//  1. Decompose (NFKD) and drop non-spacing marks (Mn): "ü" → "u",
//     "ﬁ" → "fi", "²" → "2". Case is kept for step 3.
//  2. Words are runs of letters, marks and numbers, with the joiners
//     '.', '_' and '-' allowed inside ("CloseEvent.code", "CLOSE_NORMAL",
//     "UTF-8"); joiners at either end are dropped.
//  3. A word's parts are the pieces between joiners; a part's pieces split
//     at camelCase ("wasClean" → was|Clean, "XMLHttp" → XML|Http) and
//     between letters and digits ("base64" → base|64).
//  4. A word yields its pieces, each part whose pieces were split, and the
//     whole word if it has joiners: "CloseEvent.code" → close, event,
//     closeevent, code, closeevent.code. Repeats within a word are dropped.
//  5. Each token is lower-cased ("ς" then → "σ", so a word-final sigma
//     matches), "ß" → "ss", and in German the spellings "ae", "oe", "ue"
//     fold like "ä", "ö", "ü" did in step 1: to "a", "o", "u". "ue" stays
//     after "a", "e" or "q" (blaue, neue, Feuer, Quelle, Queue): there the u
//     belongs to "au", "eu" or "qu", and German never writes an "ü" after
//     those letters.

// decompose is step 1. ASCII text, most of a documentation page, is
// returned as it is.
func decompose(s string) string {
	if isASCII(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, norm.NFKD.String(s))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r)
}

func isJoiner(r rune) bool { return r == '.' || r == '_' || r == '-' }

// Tokens returns the search tokens of text, in reading order (see the steps
// above). german turns on the German spelling folds.
func Tokens(text string, german bool) []string { return appendTokens(nil, text, german) }

// appendTokens appends the search tokens of text to toks.
func appendTokens(toks []string, text string, german bool) []string {
	eachWord(decompose(text), func(word string) {
		toks = appendWordTokens(toks, word, german)
	})
	return toks
}

// eachWord calls fn with each word of decomposed text s (step 2).
func eachWord(s string, fn func(string)) {
	start := -1 // start of the current word, -1 outside one
	for i, r := range s {
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case isJoiner(r) && start >= 0:
		default:
			if start >= 0 {
				fn(strings.TrimRight(s[start:i], "._-"))
				start = -1
			}
		}
	}
	if start >= 0 {
		fn(strings.TrimRight(s[start:], "._-"))
	}
}

// appendWordTokens appends the tokens of one word (steps 3–5).
func appendWordTokens(toks []string, word string, german bool) []string {
	first := len(toks)
	add := func(t string) {
		t = fold(t, german)
		for _, have := range toks[first:] {
			if have == t {
				return
			}
		}
		toks = append(toks, t)
	}
	parts := 0
	for part := range strings.FieldsFuncSeq(word, isJoiner) {
		parts++
		n := 0
		eachPiece(part, func(piece string) {
			n++
			add(piece)
		})
		if n > 1 {
			add(part)
		}
	}
	if parts > 1 {
		add(word)
	}
	return toks
}

type runeClass uint8

const (
	classOther runeClass = iota
	classUpper
	classLower
	classDigit
)

func classOf(r rune) runeClass {
	switch {
	case unicode.IsUpper(r):
		return classUpper
	case unicode.IsLower(r):
		return classLower
	case unicode.IsNumber(r):
		return classDigit
	}
	return classOther
}

// eachPiece splits a part at camelCase and letter–digit boundaries.
func eachPiece(part string, fn func(string)) {
	if isASCII(part) {
		eachPieceASCII(part, fn)
		return
	}
	rs := []rune(part)
	start := 0
	for i := 1; i < len(rs); i++ {
		prev, cur := classOf(rs[i-1]), classOf(rs[i])
		next := classOther
		if i+1 < len(rs) {
			next = classOf(rs[i+1])
		}
		if prev == classLower && cur == classUpper ||
			prev == classUpper && cur == classUpper && next == classLower ||
			(prev == classDigit) != (cur == classDigit) {
			fn(string(rs[start:i]))
			start = i
		}
	}
	fn(string(rs[start:]))
}

var specialLower = strings.NewReplacer("ς", "σ", "ß", "ss")

// eachPieceASCII is eachPiece for ASCII text, without converting it to
// runes.
func eachPieceASCII(part string, fn func(string)) {
	class := func(c byte) runeClass {
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
	start := 0
	for i := 1; i < len(part); i++ {
		prev, cur := class(part[i-1]), class(part[i])
		next := classOther
		if i+1 < len(part) {
			next = class(part[i+1])
		}
		if prev == classLower && cur == classUpper ||
			prev == classUpper && cur == classUpper && next == classLower ||
			(prev == classDigit) != (cur == classDigit) {
			fn(part[start:i])
			start = i
		}
	}
	fn(part[start:])
}

// fold is step 5: case, ß, and the German spellings.
func fold(t string, german bool) string {
	t = strings.ToLower(t)
	if !isASCII(t) {
		t = specialLower.Replace(t)
	}
	if !german {
		return t
	}
	if !strings.Contains(t, "ae") && !strings.Contains(t, "oe") && !strings.Contains(t, "ue") {
		return t
	}
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		c := t[i]
		b.WriteByte(c)
		if i+1 < len(t) && t[i+1] == 'e' && foldsBeforeE(t, i) {
			i++
		}
	}
	return b.String()
}

// foldsBeforeE says whether t[i] followed by 'e' is a German spelling of an
// umlaut: "ae", "oe", and "ue" unless after a, e or q.
func foldsBeforeE[T string | []byte](t T, i int) bool {
	switch t[i] {
	case 'a', 'o':
		return true
	case 'u':
		return i == 0 || (t[i-1] != 'a' && t[i-1] != 'e' && t[i-1] != 'q')
	}
	return false
}

// FoldsGerman says whether the German spelling folds apply to locale's
// index: to German ("de", "de-AT", ...) only, so that English words such as
// "poet" keep their spelling.
func FoldsGerman(locale string) bool {
	primary, _, _ := strings.Cut(strings.ToLower(locale), "-")
	return primary == "de"
}
