package i18n

import (
	"strings"

	"github.com/doku-docs/doku/internal/locale"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// PseudoLocale is the pseudo-locale doku serve -pseudo adds: English from
// the en-US catalog, accented and lengthened ("[Šķîîþ ţöö çööñţééñţ]"), so
// that every string that comes from a catalog is easy to tell from English
// written into a layout or into Go code, which stays plain ASCII; and so
// that a layout that breaks on longer text shows it. XA is the region code
// CLDR reserves for this.
const PseudoLocale = "en-XA"

// AddPseudo adds a catalog for locale made from the en-US messages.
func (c *Catalogs) AddPseudo(loc string) error {
	src := c.files[locale.Source]
	f := &file{path: src.path, pos: src.pos, messages: map[string]*goi18n.Message{}}
	var msgs []*goi18n.Message
	for id, m := range src.messages {
		p := *m
		for _, s := range []*string{&p.Zero, &p.One, &p.Two, &p.Few, &p.Many, &p.Other} {
			*s = Pseudo(*s)
		}
		f.messages[id] = &p
		msgs = append(msgs, &p)
	}
	c.files[loc] = f
	return c.bundle.AddMessages(language.Make(loc), msgs...)
}

// pseudoLetters maps ASCII letters to accented ones of the same shape.
var pseudoLetters = strings.NewReplacer(
	"a", "á", "b", "ƀ", "c", "ç", "d", "ð", "e", "é", "f", "ƒ", "g", "ĝ", "h", "ĥ", "i", "î", "j", "ĵ",
	"k", "ķ", "l", "ļ", "m", "ɱ", "n", "ñ", "o", "ö", "p", "þ", "q", "ǫ", "r", "ŕ", "s", "š", "t", "ţ",
	"u", "û", "v", "ṽ", "w", "ŵ", "x", "ẋ", "y", "ý", "z", "ž",
	"A", "Å", "B", "Ɓ", "C", "Ç", "D", "Ð", "E", "É", "F", "Ƒ", "G", "Ĝ", "H", "Ĥ", "I", "Î", "J", "Ĵ",
	"K", "Ķ", "L", "Ļ", "M", "Ṁ", "N", "Ñ", "O", "Ö", "P", "Þ", "Q", "Ǫ", "R", "Ŕ", "S", "Š", "T", "Ţ",
	"U", "Û", "V", "Ṽ", "W", "Ŵ", "X", "Ẋ", "Y", "Ý", "Z", "Ž",
)

// Pseudo accents s, doubles its vowels and brackets it, leaving template
// actions ({{.Count}}) as they are. "" stays "" (an absent plural form).
func Pseudo(s string) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString("[")
	for s != "" {
		text, rest, found := strings.Cut(s, "{{")
		for _, r := range text {
			b.WriteString(pseudoLetters.Replace(string(r)))
			if strings.ContainsRune("aeiouAEIOU", r) {
				b.WriteString(pseudoLetters.Replace(strings.ToLower(string(r))))
			}
		}
		if !found {
			break
		}
		action, after, closed := strings.Cut(rest, "}}")
		if !closed {
			b.WriteString("{{" + rest)
			break
		}
		b.WriteString("{{" + action + "}}")
		s = after
	}
	b.WriteString("]")
	return b.String()
}
