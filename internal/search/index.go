package search

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Page is one rendered page to index.
type Page struct {
	// Path is the page's output file relative to its locale's folder:
	// "docs/Web/API/CloseEvent/code/index.html".
	Path  string
	Title string
	// Body is the page's rendered content, without the site's header,
	// navigation and footer.
	Body []byte
}

// Index collects the pages of one locale. Only pages written in that
// locale belong in it: a German index that held English pages shown in
// place of missing translations would answer German queries with English
// text. Add and Remove are safe for concurrent use; a page added again
// replaces its earlier version, so a dev server can keep one Index and
// update it page by page.
type Index struct {
	locale string
	german bool

	mu    sync.Mutex
	pages map[string]*pageRec // by Path
	// tokens numbers every token seen, so that a page's postings hold a
	// number, not a string of their own: an MDN-sized locale has millions.
	tokens map[string]uint32
	names  []string
}

type pageRec struct {
	path, title string
	entries     []entryRec
	postings    []pagePosting
}

type entryRec struct{ anchor, heading, excerpt string }

// pagePosting says token number tok occurs in entry local of a page with
// a weight.
type pagePosting struct {
	tok    uint32
	local  uint16
	weight uint8
}

// posting is a pagePosting of the whole index: page is the page's number
// in path order.
type posting struct {
	page   uint32
	local  uint16
	weight uint8
}

// New starts the index of locale ("de", "en-US").
func New(locale string) *Index {
	return &Index{locale: locale, german: FoldsGerman(locale), pages: map[string]*pageRec{}, tokens: map[string]uint32{}}
}

// Locale is the locale the index is for.
func (ix *Index) Locale() string { return ix.locale }

// Add indexes one page, replacing the page with the same Path.
func (ix *Index) Add(p Page) {
	entries := extract(p.Title, p.Body, ix.german)
	// Entries beyond what a posting can name are dropped, not wrapped.
	entries = entries[:min(len(entries), maxEntries)]
	rec := &pageRec{path: p.Path, title: p.Title, entries: make([]entryRec, len(entries))}
	n := 0
	for local, e := range entries {
		rec.entries[local] = entryRec{anchor: e.anchor, heading: e.heading, excerpt: e.excerpt()}
		n += len(e.tokens)
	}
	rec.postings = make([]pagePosting, 0, n)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for local, e := range entries {
		for tok, w := range e.tokens {
			id, ok := ix.tokens[tok]
			if !ok {
				id = uint32(len(ix.names))
				ix.tokens[tok] = id
				ix.names = append(ix.names, tok)
			}
			rec.postings = append(rec.postings, pagePosting{tok: id, local: uint16(local), weight: w})
		}
	}
	ix.pages[p.Path] = rec
}

// Remove takes the page at path out of the index.
func (ix *Index) Remove(path string) {
	ix.mu.Lock()
	delete(ix.pages, path)
	ix.mu.Unlock()
}

// maxEntries bounds the entries of a page that search can lead to.
const maxEntries = 1 << 12

// sorted numbers the pages by path and gathers the postings of every
// token, sorted by page and entry, so the same pages give the same index
// in any order of Add. It returns the pages in order, the postings, and
// the tokens in UTF-16 order, the order in which JavaScript compares
// strings. The caller holds ix.mu.
func (ix *Index) sorted() ([]*pageRec, map[string][]posting, []string) {
	pages := slices.SortedFunc(maps.Values(ix.pages), func(a, b *pageRec) int { return strings.Compare(a.path, b.path) })
	postings := map[string][]posting{}
	for id, p := range pages {
		for _, pp := range p.postings {
			tok := ix.names[pp.tok]
			postings[tok] = append(postings[tok], posting{page: uint32(id), local: pp.local, weight: pp.weight})
		}
	}
	toks := make([]string, 0, len(postings))
	for tok, ps := range postings {
		toks = append(toks, tok)
		slices.SortFunc(ps, func(a, b posting) int {
			return cmp.Or(cmp.Compare(a.page, b.page), cmp.Compare(a.local, b.local))
		})
	}
	slices.SortFunc(toks, compareUTF16)
	return pages, postings, toks
}

// compareUTF16 orders strings as JavaScript's < does: by UTF-16 code
// units. It differs from byte order only for characters above U+FFFF
// against those in U+E000–U+FFFF.
func compareUTF16(a, b string) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			return cmp.Compare(utf16Key(ra), utf16Key(rb))
		}
		a, b = a[na:], b[nb:]
	}
	return cmp.Compare(len(a), len(b))
}

// utf16Key maps a rune to the value of its first UTF-16 code unit, with
// the rune itself as a tie-breaker.
func utf16Key(r rune) int64 {
	if r >= 0x10000 {
		return int64(0xD800+(r-0x10000)>>10)<<21 | int64(r)
	}
	return int64(r) << 21
}
