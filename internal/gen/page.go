package gen

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

// page writes one index.md. Its random source is its own, seeded from the
// tree's seed and the page's index, so pages can be written in any order
// and on any number of cores with the same bytes out.
type page struct {
	b bytes.Buffer
	r *rand.Rand
	// cr draws the page's size and code; a page and its translation share
	// it, so they hold the same code, as on MDN.
	cr        *rand.Rand
	codeWords *lang
	l         *lang
	c         *catalog
	s         *spec
	index     int
	stats     Stats
	// ids are the heading IDs used so far, so EmbedLiveSample names one.
	ids map[string]bool
}

// targetSize draws a file size in bytes: log-normal with a median of
// 3.3 KB, so most pages are a few KB and a long tail reaches 60 KB, as on
// MDN; the mean is about 4.5 KB.
func targetSize(r *rand.Rand) int {
	n := int(math.Exp(math.Log(3300) + 0.78*r.NormFloat64()))
	return min(max(n, 500), 60_000)
}

// write writes the whole page: front matter, the macros and sections its
// kind opens with, a middle of random blocks up to a drawn size, and the
// closing sections.
func (p *page) write() {
	p.ids = map[string]bool{}
	p.codeWords = english
	target := targetSize(p.cr)
	p.frontMatter()
	p.sidebar()
	p.banners()
	p.para(2 + p.r.IntN(3))
	p.head(target)
	// The tail (specifications, compatibility, see also) takes about 500
	// bytes; fill the middle up to the target before it.
	for p.b.Len() < target-500 {
		p.block()
	}
	p.tail()
	p.stats.Bytes += int64(p.b.Len())
}

// block writes one piece of the middle of a page.
func (p *page) block() {
	switch x := p.r.IntN(100); {
	case x < 40:
		p.para(2 + p.r.IntN(4))
	case x < 52:
		p.list()
	case x < 70:
		p.example()
	case x < 78:
		p.table(2 + p.r.IntN(6))
	case x < 84:
		p.callout()
	default:
		p.heading(3, p.title())
		p.para(1 + p.r.IntN(3))
	}
}

// macro writes one macro call and counts it.
func (p *page) macro(name string, args ...string) {
	p.stats.Macros[name]++
	p.b.WriteString("{{")
	p.b.WriteString(name)
	if len(args) > 0 {
		p.b.WriteByte('(')
		for i, a := range args {
			if i > 0 {
				p.b.WriteString(", ")
			}
			p.b.WriteString(a)
		}
		p.b.WriteByte(')')
	}
	p.b.WriteString("}}")
}

// q quotes a macro argument. Arguments are names and IDs without quotes
// of their own, so no escaping is needed.
func q(s string) string { return `"` + s + `"` }

// heading writes a Markdown heading and records the ID MDN gives it (lower
// case, underscores for spaces, _2, _3, ... on repeats), so that a live
// sample can name the heading of its example.
func (p *page) heading(level int, text string) {
	p.b.WriteString(strings.Repeat("#", level) + " " + text + "\n\n")
	id := strings.ToLower(strings.ReplaceAll(text, " ", "_"))
	for n := 2; p.ids[id]; n++ {
		id = strings.ToLower(strings.ReplaceAll(text, " ", "_")) + fmt.Sprintf("_%d", n)
	}
	p.ids[id] = true
}

// lastID is the ID of the latest heading with text.
func (p *page) lastID(text string) string {
	id := strings.ToLower(strings.ReplaceAll(text, " ", "_"))
	last := id
	for n := 2; p.ids[id]; n++ {
		last = id
		id = strings.ToLower(strings.ReplaceAll(text, " ", "_")) + fmt.Sprintf("_%d", n)
	}
	return last
}
