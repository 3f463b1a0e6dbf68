package search

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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

func (e *entry) add(text string, weight uint8, german bool) {
	for _, t := range Tokens(text, german) {
		if !indexable(t) {
			continue
		}
		if e.tokens[t] < weight {
			e.tokens[t] = weight
		}
	}
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

// extract splits a rendered page body into entries and weighs its words.
// Entry 0 is the page; then one per heading and table row with an id, in
// document order. Text after a row's end belongs to the section again.
func extract(title string, body []byte, german bool) []*entry {
	page := newEntry("")
	page.add(title, weightTitle, german)
	entries := []*entry{page}
	section := page // the entry running text goes to
	var (
		row          *entry // the table row being read, if any
		rowDepth     int    // nesting of <tr> while in row
		rowCell      int    // cells of the row seen so far
		rowSep       bool   // a cell separator is due before the row's next text
		inHeading    *entry // the section whose heading is being read
		headingText  strings.Builder
		inPre, inCod int
		skip         int // inside <script>, <style>, <template>
	)
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return entries
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			start := tt == html.StartTagToken
			var id string
			if start && hasAttr {
				id = attr(z, "id")
			}
			switch a {
			case atom.Script, atom.Style, atom.Template:
				if start {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case atom.Pre:
				if start {
					inPre++
				} else if inPre > 0 {
					inPre--
				}
			case atom.Code:
				if start {
					inCod++
				} else if inCod > 0 {
					inCod--
				}
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				if start && id != "" && row == nil {
					section = newEntry(id)
					entries = append(entries, section)
					inHeading = section
					headingText.Reset()
				} else if !start && inHeading != nil {
					inHeading.heading = strings.Join(strings.Fields(headingText.String()), " ")
					inHeading = nil
				}
			case atom.Tr:
				switch {
				case start && row == nil && id != "":
					row = newEntry(id)
					entries = append(entries, row)
					rowDepth, rowCell = 1, 0
				case start && row != nil:
					rowDepth++
				case !start && row != nil:
					if rowDepth--; rowDepth == 0 {
						row.heading = strings.Join(strings.Fields(row.heading), " ")
						row = nil
					}
				}
			case atom.Td, atom.Th:
				if start && row != nil && rowDepth == 1 {
					rowCell++
					if rowCell == 2 {
						row.heading += " · "
					}
					rowSep = rowCell > 3 && strings.TrimSpace(row.text.String()) != ""
				}
			}
			if breaksWords[a] {
				current(section, row).addExcerpt(" ")
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			text := string(z.Text())
			switch {
			case inHeading != nil:
				headingText.WriteString(text)
				inHeading.add(text, weightHeading, german)
			case row != nil && rowCell <= 2:
				row.heading += text
				row.add(text, weightHeading, german)
			default:
				cur := current(section, row)
				if row != nil && rowSep && strings.TrimSpace(text) != "" {
					row.addExcerpt(" · ")
					rowSep = false
				}
				switch {
				case inPre > 0:
					cur.add(text, weightCode, german)
				case inCod > 0:
					cur.add(text, weightIdent, german)
					cur.addExcerpt(text)
				default:
					cur.add(text, weightText, german)
					cur.addExcerpt(text)
				}
			}
		}
	}
}

// breaksWords lists the elements whose start and end separate words in
// an excerpt: "<th>Code</th><th>Name</th>" reads "Code Name".
var breaksWords = map[atom.Atom]bool{
	atom.Br: true, atom.Hr: true, atom.P: true, atom.Div: true, atom.Section: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Table: true, atom.Caption: true, atom.Tr: true, atom.Th: true, atom.Td: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true,
	atom.Details: true, atom.Summary: true,
}

// current is the entry running text goes to: the row being read, else
// the section.
func current(section, row *entry) *entry {
	if row != nil {
		return row
	}
	return section
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
