package search

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extract splits a rendered page body into entries and weighs its words.
// Entry 0 is the page; then one per heading and table row with an id, in
// document order. Text after a row's end belongs to the section again.
// pt numbers the page's tokens and weighs them.
func extract(pt *pageTokens, title string, body []byte) []*entry {
	x := &extractor{pt: pt}
	page := x.newEntry("")
	x.section = page
	x.add(page, []byte(title), weightTitle)
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			return x.entries
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			x.tag(z, tt)
		case html.TextToken:
			if x.skip > 0 {
				continue
			}
			x.text(z.Text())
		}
	}
}

// extractor is where extract stands in a page: the entries so far, the
// entry text goes to, and the elements it is inside that change how text
// counts.
type extractor struct {
	pt      *pageTokens
	entries []*entry
	section *entry // the entry running text goes to

	row      *entry // the table row being read, if any
	rowDepth int    // nesting of <tr> while in row
	rowCell  int    // cells of the row seen so far
	rowSep   bool   // a cell separator is due before the row's next text

	inHeading   *entry // the section whose heading is being read
	headingText strings.Builder

	inPre, inCode int
	skip          int // inside <script>, <style>, <template>
}

// add weighs the tokens of text in e.
func (x *extractor) add(e *entry, text []byte, weight uint8) { x.pt.weigh(e, text, weight) }

// newEntry starts the page's next entry.
func (x *extractor) newEntry(anchor string) *entry {
	e := newEntry(anchor)
	e.serial = int32(len(x.entries) + 1)
	x.entries = append(x.entries, e)
	return e
}

// tag follows one start, end or self-closing tag.
func (x *extractor) tag(z *html.Tokenizer, tt html.TokenType) {
	a := tagAtom(z.Raw())
	start := tt == html.StartTagToken
	var id string
	if start && (isHeading(a) || a == atom.Tr) {
		// Only these start entries: the attributes of others are
		// not read.
		id = attr(z, "id")
	}
	switch a {
	case atom.Script, atom.Style, atom.Template:
		// Unlike pre and code below, a self-closing tag (<script/>)
		// neither opens nor closes one.
		x.skip = nest(x.skip, start, tt == html.EndTagToken)
	case atom.Pre:
		x.inPre = nest(x.inPre, start, !start)
	case atom.Code:
		x.inCode = nest(x.inCode, start, !start)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		x.heading(start, id)
	case atom.Tr:
		x.tableRow(start, id)
	case atom.Td, atom.Th:
		if start {
			x.cell()
		}
	}
	if breaksWords(a) {
		x.current().addExcerpt([]byte(" "))
	}
}

// tagAtom is the element of a tag, from its raw text ("<DIV class=x>",
// "</div>", "<br/>"): atom.Lookup of what the tokenizer's TagName gives,
// which allocates a copy of every name. The name runs to white space, '/'
// or '>', and is lower-cased as TagName does.
func tagAtom(raw []byte) atom.Atom {
	raw = bytes.TrimPrefix(bytes.TrimPrefix(raw, []byte("<")), []byte("/"))
	var buf [32]byte
	name := buf[:0]
	for _, c := range raw {
		switch c {
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			return atom.Lookup(name)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		name = append(name, c)
	}
	return atom.Lookup(name)
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// nest counts the open elements of one kind: one more on open, one fewer
// on close, never below zero, so a stray end tag changes nothing.
func nest(n int, open, close bool) int {
	switch {
	case open:
		return n + 1
	case close && n > 0:
		return n - 1
	}
	return n
}

// heading starts a section at a heading with an id, and on the heading's
// end keeps its text, white space collapsed, as the section's heading.
// Headings inside a table row stay part of the row.
func (x *extractor) heading(start bool, id string) {
	switch {
	case start && id != "" && x.row == nil:
		x.section = x.newEntry(id)
		x.inHeading = x.section
		x.headingText.Reset()
	case !start && x.inHeading != nil:
		x.inHeading.heading = joinFields(x.headingText.String())
		x.inHeading = nil
	}
}

// tableRow starts an entry at a row with an id and ends it at that row's
// end, counting the rows of tables nested in it on the way.
func (x *extractor) tableRow(start bool, id string) {
	switch {
	case start && x.row == nil && id != "":
		x.row = x.newEntry(id)
		x.rowDepth, x.rowCell = 1, 0
	case start && x.row != nil:
		x.rowDepth++
	case !start && x.row != nil:
		if x.rowDepth--; x.rowDepth == 0 {
			x.row.heading = joinFields(x.row.heading)
			x.row = nil
		}
	}
}

// cell counts a cell of the row being read. The first two cells are the
// row's heading ("1006 · Abnormal Closure"); the text of the later ones
// goes to its excerpt, separated by " · " from the fourth cell on. Cells
// of tables nested in the row do not count.
func (x *extractor) cell() {
	if x.row == nil || x.rowDepth != 1 {
		return
	}
	x.rowCell++
	if x.rowCell == 2 {
		x.row.heading += " · "
	}
	x.rowSep = x.rowCell > 3 && strings.TrimSpace(x.row.text.String()) != ""
}

// text weighs one run of text by where it stands: a heading, the key
// cells of a row, or running text.
func (x *extractor) text(text []byte) {
	switch {
	case x.inHeading != nil:
		x.headingText.Write(text)
		x.add(x.inHeading, text, weightHeading)
	case x.row != nil && x.rowCell <= 2:
		x.row.heading += string(text)
		x.add(x.row, text, weightHeading)
	default:
		x.runningText(text)
	}
}

// runningText adds text to the current entry: code blocks count least and
// stay out of the excerpt, inline code counts more than prose.
func (x *extractor) runningText(text []byte) {
	cur := x.current()
	if x.row != nil && x.rowSep && len(bytes.TrimSpace(text)) > 0 {
		x.row.addExcerpt([]byte(" · "))
		x.rowSep = false
	}
	switch {
	case x.inPre > 0:
		x.add(cur, text, weightCode)
	case x.inCode > 0:
		x.add(cur, text, weightIdent)
		cur.addExcerpt(text)
	default:
		x.add(cur, text, weightText)
		cur.addExcerpt(text)
	}
}

// current is the entry running text goes to: the row being read, else
// the section.
func (x *extractor) current() *entry {
	if x.row != nil {
		return x.row
	}
	return x.section
}

// breaksWords says whether the start and end of element a separate words
// in an excerpt: "<th>Code</th><th>Name</th>" reads "Code Name".
func breaksWords(a atom.Atom) bool {
	switch a {
	case atom.Br, atom.Hr, atom.P, atom.Div, atom.Section,
		atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd,
		atom.Table, atom.Caption, atom.Tr, atom.Th, atom.Td,
		atom.Blockquote, atom.Pre, atom.Figure, atom.Figcaption,
		atom.Details, atom.Summary:
		return true
	}
	return false
}

// attr returns the value of the attribute key of the current tag.
func attr(z *html.Tokenizer, key string) string {
	for {
		k, v, more := z.TagAttr()
		if string(k) == key {
			return string(v)
		}
		if !more {
			return ""
		}
	}
}
