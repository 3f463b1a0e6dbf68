package defects

import (
	"bytes"
	"math/bits"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// page is what the detectors need of one built page, read in one pass of
// the tokenizer: nothing of it is kept once the page is checked.
type page struct {
	title      string // text of <title>
	h1         string // text of the first h1 in <main>, outside code
	hasSidebar bool   // the default theme's nav.sidebar
	// deflistItems counts list items whose text starts with ": ".
	deflistItems int
	pres         []preBlock
	flaws        []flawBox
	// placeholders holds the class words of each figure.embed-placeholder
	// besides that one ("inheritance", "interactive-example").
	placeholders [][]string
	specNone     bool // the "no specification" notice
	// prose is the text of <main> outside code, pre, kbd, samp and flaw
	// boxes, one run per text token.
	prose []string
	// quoteLeads holds, for each block quote, the start of its text when
	// it opens with bold text ("Note: the ..."); "" otherwise.
	quoteLeads  []string
	stylesheets []string // hrefs of <link rel="stylesheet">
	// refs are the URLs a reader follows or sees loaded: a href, img and
	// iframe src.
	refs []string
	// ids holds every id (and <a name>), each followed by a NUL byte.
	ids strings.Builder
	// anchorTexts holds, for each heading and term, its text and the
	// text of its first element (and of that one's first element), each
	// followed by a NUL byte, what MDN makes the element's ID from; each
	// element's texts end with a SOH byte.
	anchorTexts strings.Builder
	// ixFrames holds, for each interactive example's figure, the src of
	// the frame that runs it; "" when it holds none.
	ixFrames []string
}

// preBlock is one <pre>: its class words and whether chroma highlighted
// its code (it holds spans).
type preBlock struct {
	classes     []string
	highlighted bool
	// inExample: the block stands in an interactive example's figure.
	inExample bool
}

// flawBox is one span.flaw: the problem in its title and the call it
// shows.
type flawBox struct {
	title, text string
}

// Flags of an open element that change how the text inside it is read.
const (
	inCode = 1 << iota
	inFlaw
	inMain
	inTitle
	inH1
	inQuoteLead
	inPre
	inExample // a figure.interactive-example
	inAnchor  // a heading or term, whose text gives an ID
)

// voidElements never have an end tag, so they are never on the stack.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// scanner is the state of one pass over a page.
type scanner struct {
	pg     *page
	stack  []openElement
	depth  [9]int // open elements per flag bit
	seenH1 bool
	// liFresh: a list item began and no text was seen yet in it.
	liFresh bool
	// quote: a block quote began; quoteBold: it opened with <strong>.
	quoteFresh, quoteBold bool
	lead                  strings.Builder
	flawText              strings.Builder
	flawTitle             string
	h1                    strings.Builder
	anchor                anchorText
}

type openElement struct {
	tag   string
	flags int
}

// in says whether an element with flag (one bit) is open.
func (s *scanner) in(flag int) bool { return s.depth[bits.TrailingZeros(uint(flag))] > 0 }

func (s *scanner) push(tag string, flags int) {
	s.stack = append(s.stack, openElement{tag, flags})
	for bit := range s.depth {
		if flags&(1<<bit) != 0 {
			s.depth[bit]++
		}
	}
}

// pop closes the innermost open tag and every element opened inside it
// (HTML lets <p> and <li> go unclosed); an end tag nothing opened is
// ignored.
func (s *scanner) pop(tag string) {
	i := len(s.stack) - 1
	for i >= 0 && s.stack[i].tag != tag {
		i--
	}
	if i < 0 {
		return
	}
	for _, e := range s.stack[i:] {
		for bit := range s.depth {
			if e.flags&(1<<bit) != 0 {
				s.depth[bit]--
			}
		}
		s.closed(e)
	}
	s.stack = s.stack[:i]
	s.anchor.closed(i)
}

// closed finishes what an element gathered.
func (s *scanner) closed(e openElement) {
	if e.flags&inFlaw != 0 && !s.in(inFlaw) {
		s.pg.flaws = append(s.pg.flaws, flawBox{title: s.flawTitle, text: s.flawText.String()})
		s.flawText.Reset()
	}
	if e.flags&inH1 != 0 {
		s.pg.h1 = s.h1.String()
	}
	if e.flags&inAnchor != 0 && !s.in(inAnchor) {
		s.anchor.flush(&s.pg.anchorTexts)
	}
	if e.flags&inQuoteLead != 0 {
		s.endQuoteLead()
	}
}

func (s *scanner) endQuoteLead() {
	if !s.quoteFresh {
		return
	}
	if s.quoteBold && len(s.pg.quoteLeads) > 0 {
		s.pg.quoteLeads[len(s.pg.quoteLeads)-1] = strings.TrimSpace(s.lead.String())
	}
	s.quoteFresh, s.quoteBold = false, false
	s.lead.Reset()
}

// parsePage reads one built page.
func parsePage(data []byte) *page {
	s := &scanner{pg: &page{}}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return s.pg
		case html.TextToken:
			s.text(string(z.Text()))
		case html.StartTagToken:
			s.start(z, false)
		case html.SelfClosingTagToken:
			s.start(z, true)
		case html.EndTagToken:
			name, _ := z.TagName()
			s.pop(string(name))
		}
	}
}

// attrs reads the attributes the detectors look at.
func attrs(z *html.Tokenizer, hasAttr bool) (a tagAttrs) {
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		switch string(k) {
		case "class":
			a.class = strings.Fields(string(v))
		case "title":
			a.title = string(v)
		case "rel":
			a.rel = string(v)
		case "href":
			a.href = string(v)
		case "src":
			a.src = string(v)
		case "id":
			a.id = string(v)
		case "name":
			a.name = string(v)
		}
	}
	return a
}

// tagAttrs are the attributes of a start tag the detectors read.
type tagAttrs struct {
	class                           []string
	title, rel, href, src, id, name string
}

// refsAndIDs records the tag's id and the URL it leads to.
func (s *scanner) refsAndIDs(tag string, a tagAttrs) {
	if a.id != "" {
		s.pg.ids.WriteString(a.id + "\x00")
	}
	switch tag {
	case "a":
		if a.name != "" {
			s.pg.ids.WriteString(a.name + "\x00")
		}
		if a.href != "" {
			s.pg.refs = append(s.pg.refs, a.href)
		}
	case "img", "iframe":
		if a.src != "" {
			s.pg.refs = append(s.pg.refs, a.src)
		}
	}
}

func (s *scanner) start(z *html.Tokenizer, selfClosing bool) {
	name, hasAttr := z.TagName()
	tag := string(name)
	a := attrs(z, hasAttr)
	class := a.class
	flags := s.startFlags(tag, class, a.title)
	s.refsAndIDs(tag, a)
	switch {
	case tag == "link" && slices.Contains(strings.Fields(a.rel), "stylesheet"):
		s.pg.stylesheets = append(s.pg.stylesheets, a.href)
	case tag == "nav" && slices.Contains(class, "sidebar"):
		s.pg.hasSidebar = true
	case tag == "pre":
		s.pg.pres = append(s.pg.pres, preBlock{classes: class, inExample: s.in(inExample)})
	case flags&inExample != 0:
		s.pg.ixFrames = append(s.pg.ixFrames, "")
	case tag == "iframe" && s.in(inExample) && slices.Contains(class, "ix-frame"):
		s.pg.ixFrames[len(s.pg.ixFrames)-1] = a.src
	case tag == "span" && s.in(inPre) && len(class) > 0:
		s.pg.pres[len(s.pg.pres)-1].highlighted = true
	case tag == "figure" && slices.Contains(class, "embed-placeholder"):
		s.pg.placeholders = append(s.pg.placeholders, slices.DeleteFunc(class, func(c string) bool { return c == "embed-placeholder" }))
	case tag == "div" && slices.Contains(class, "spec-none"):
		s.pg.specNone = true
	}
	s.openItems(tag)
	if selfClosing || voidElements[tag] {
		return
	}
	if s.in(inAnchor) {
		s.anchor.opened(len(s.stack))
	}
	s.push(tag, flags)
}

// startFlags are the flags an element with tag and class sets for what
// it holds.
func (s *scanner) startFlags(tag string, class []string, title string) int {
	flags := 0
	switch tag {
	case "code", "kbd", "samp":
		flags |= inCode
	case "pre":
		flags |= inCode | inPre
	case "figure":
		if slices.Contains(class, "interactive-example") && !slices.Contains(class, "embed-placeholder") {
			flags |= inExample
		}
	case "h2", "h3", "h4", "h5", "h6", "dt":
		if !s.in(inAnchor) {
			s.anchor = anchorText{depth: len(s.stack) + 1}
			flags |= inAnchor
		}
	case "main":
		flags |= inMain
	case "title":
		flags |= inTitle
	case "h1":
		if s.in(inMain) && !s.seenH1 {
			s.seenH1 = true
			flags |= inH1
		} else if !s.in(inAnchor) {
			s.anchor = anchorText{depth: len(s.stack) + 1}
			flags |= inAnchor
		}
	case "span":
		if slices.Contains(class, "flaw") {
			if !s.in(inFlaw) {
				s.flawTitle = title
			}
			flags |= inFlaw
		}
	case "blockquote":
		s.pg.quoteLeads = append(s.pg.quoteLeads, "")
		s.quoteFresh, s.quoteBold = true, false
		s.lead.Reset()
		flags |= inQuoteLead
	}
	return flags
}

// openItems follows the start of list items and block quotes: which
// element comes first decides whether their text is looked at.
func (s *scanner) openItems(tag string) {
	switch tag {
	case "li":
		s.liFresh = true
	case "p", "blockquote":
	case "strong", "b":
		s.liFresh = false
		if s.quoteFresh && s.lead.Len() == 0 {
			s.quoteBold = true
		}
	default:
		s.liFresh = false
		if s.quoteFresh && !s.quoteBold {
			s.quoteFresh = false
		}
	}
}

func (s *scanner) text(t string) {
	blank := strings.TrimSpace(t) == ""
	if s.in(inTitle) {
		s.pg.title += t
	}
	if s.in(inH1) && !s.in(inCode) {
		s.h1.WriteString(t)
	}
	if s.in(inFlaw) {
		s.flawText.WriteString(t)
	}
	if s.in(inAnchor) {
		s.anchor.text(t, len(s.stack))
	}
	if s.liFresh && !blank {
		s.liFresh = false
		if lead := strings.TrimLeft(t, " \t\r\n"); !s.in(inCode) && (strings.HasPrefix(lead, ": ") || lead == ":") {
			s.pg.deflistItems++
		}
	}
	if s.quoteFresh && !blank {
		if !s.quoteBold {
			s.quoteFresh = false
		} else if s.lead.WriteString(t); s.lead.Len() > 40 {
			s.endQuoteLead()
		}
	}
	if s.in(inMain) && !s.in(inCode) && !s.in(inFlaw) && !blank {
		s.pg.prose = append(s.pg.prose, t)
	}
}

// anchorText gathers the text of a heading or term as MDN reads it for
// the element's ID: all of it, and the text of its first element when it
// starts with one, one level and two levels down (a term's own link
// around its code stands between).
type anchorText struct {
	depth int // stack depth of the element's children
	whole strings.Builder
	// lead[i] is the text of the first element at depth+i, while
	// leadOpen[i]; started[i]: text or an element was seen at depth+i.
	lead     [2]strings.Builder
	leadOpen [2]bool
	started  [2]bool
}

// opened notes an element starting at stack depth d.
func (a *anchorText) opened(d int) {
	for i := range a.lead {
		if d == a.depth+i && !a.started[i] && (i == 0 || a.leadOpen[0]) {
			a.started[i], a.leadOpen[i] = true, true
		}
	}
}

// closed notes that the stack went back to depth d.
func (a *anchorText) closed(d int) {
	for i := range a.lead {
		if d <= a.depth+i {
			a.leadOpen[i] = false
		}
	}
}

// text adds text met at stack depth d.
func (a *anchorText) text(t string, d int) {
	a.whole.WriteString(t)
	for i := range a.lead {
		if a.leadOpen[i] {
			a.lead[i].WriteString(t)
		} else if d == a.depth+i && strings.TrimSpace(t) != "" {
			a.started[i] = true
		}
	}
}

// flush writes the texts found, each followed by NUL, and ends the
// element's texts with SOH.
func (a *anchorText) flush(b *strings.Builder) {
	b.WriteString(a.whole.String() + "\x00")
	for i := range a.lead {
		if a.lead[i].Len() > 0 {
			b.WriteString(a.lead[i].String() + "\x00")
		}
	}
	b.WriteString("\x01")
}
