package gen

import (
	"unicode"
	"unicode/utf8"
)

// word appends one word of prose; German nouns keep their capital.
func (p *page) word(first bool) {
	l, r := p.l, p.r
	var w string
	switch x := r.IntN(100); {
	case x < 38:
		w = pick(r, l.function)
	case x < 68:
		w = pick(r, l.nouns)
	case x < 84:
		w = pick(r, l.verbs)
	default:
		w = pick(r, l.adjs)
	}
	if first {
		w = upperFirst(w)
	}
	p.b.WriteString(w)
}

// sentence writes 6 to 22 words; about one sentence in nine carries a
// link macro, and some an inline code span or a plain link.
func (p *page) sentence() {
	n := 6 + p.r.IntN(17)
	at := -1
	if p.r.IntN(100) < 11 {
		at = p.r.IntN(n)
	}
	for i := range n {
		if i > 0 {
			p.b.WriteByte(' ')
		}
		switch {
		case i == at:
			p.linkMacro()
		case i > 0 && p.r.IntN(40) == 0:
			p.b.WriteString("`" + memberName(p.r, false) + "`")
		case i > 0 && p.r.IntN(90) == 0:
			p.link()
		default:
			p.word(i == 0)
		}
	}
	p.b.WriteString(". ")
}

// para writes a paragraph of whole sentences, without the space the last
// one leaves.
func (p *page) para(sentences int) {
	for range sentences {
		p.sentence()
	}
	p.b.Truncate(p.b.Len() - 1)
	p.b.WriteString("\n\n")
}

// title is a short heading text: verb, adjective, noun.
func (p *page) title() string {
	return upperFirst(pick(p.r, p.l.verbs) + " " + pick(p.r, p.l.adjs) + " " + pick(p.r, p.l.nouns))
}

// upperFirst capitalises the first letter, which may be an umlaut.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
