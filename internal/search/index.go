package search

import (
	"cmp"
	"encoding/binary"
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
	// gzip has Encode measure the gzipped size of each file.
	gzip bool

	mu    sync.Mutex
	pages map[string]*pageRec // by Path
	// tokens numbers every token seen, so that a page's postings hold a
	// number, not a string of their own: an MDN-sized locale has millions.
	tokens map[string]uint32
	names  []string
	// scratch is where Add writes a page's postings before it keeps a
	// copy of their length.
	scratch []byte
}

type pageRec struct {
	path, title string
	entries     []entryRec
	// postings are the page's (token, entry, weight) triples, entry by
	// entry, as numbers in varint form (see appendPosting): half the
	// memory of a slice of structs, for a tree whose index holds
	// millions.
	postings []byte
}

type entryRec struct{ anchor, heading, excerpt string }

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

// MeasureGzip has Encode measure what each file takes gzipped, for
// Stats: compressing every file costs seconds on a large site, for
// figures only a verbose build prints.
func (ix *Index) MeasureGzip() {
	ix.mu.Lock()
	ix.gzip = true
	ix.mu.Unlock()
}

// Locale is the locale the index is for.
func (ix *Index) Locale() string { return ix.locale }

// Add indexes one page, replacing the page with the same Path.
func (ix *Index) Add(p Page) { ix.AddRecord(Extract(ix.locale, p)) }

// Record is what one page adds to the index of its locale, as Extract
// makes it: the costly part of Add (reading the HTML, folding each word),
// kept by the render cache so that a page it does not render again is
// indexed from its record.
type Record struct {
	Path, Title string
	Entries     []RecordEntry
}

// RecordEntry is one place of a page a result can lead to, with the
// tokens found there and the weight of each.
type RecordEntry struct {
	Anchor, Heading, Excerpt string
	Tokens                   []string
	Weights                  []uint8
}

// Extract reads page p, of locale, for the index.
func Extract(locale string, p Page) Record {
	pt := pagePool.Get().(*pageTokens)
	defer pagePool.Put(pt)
	pt.reset(FoldsGerman(locale))
	entries := extract(pt, p.Title, p.Body)
	// Entries beyond what a posting can name are dropped, not wrapped.
	entries = entries[:min(len(entries), maxEntries)]
	r := Record{Path: p.Path, Title: p.Title, Entries: make([]RecordEntry, len(entries))}
	for i, e := range entries {
		re := pt.record(e)
		re.Anchor, re.Heading, re.Excerpt = e.anchor, e.heading, e.excerpt()
		r.Entries[i] = re
	}
	return r
}

// AddRecord indexes the page r describes, replacing the page with the
// same Path. A record with more entries than a posting can name, or
// whose tokens and weights differ in number, is cut to what fits.
func (ix *Index) AddRecord(r Record) {
	entries := r.Entries[:min(len(r.Entries), maxEntries)]
	rec := &pageRec{path: r.Path, title: r.Title, entries: make([]entryRec, len(entries))}
	for local, e := range entries {
		rec.entries[local] = entryRec{anchor: e.Anchor, heading: e.Heading, excerpt: e.Excerpt}
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	buf := ix.scratch[:0]
	for local, e := range entries {
		for i, tok := range e.Tokens[:min(len(e.Tokens), len(e.Weights))] {
			buf = appendPosting(buf, ix.tokenID(tok), uint16(local), e.Weights[i])
		}
	}
	ix.scratch = buf
	rec.postings = slices.Clone(buf)
	ix.pages[r.Path] = rec
}

// tokenID numbers tok in the index. The caller holds ix.mu.
func (ix *Index) tokenID(tok string) uint32 {
	id, ok := ix.tokens[tok]
	if !ok {
		id = uint32(len(ix.names))
		ix.tokens[tok] = id
		ix.names = append(ix.names, tok)
	}
	return id
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
// the tokens that have any in UTF-16 order, the order in which
// JavaScript compares strings. The caller holds ix.mu.
func (ix *Index) sorted() ([]*pageRec, postingLists, []string) {
	pages := slices.SortedFunc(maps.Values(ix.pages), func(a, b *pageRec) int { return strings.Compare(a.path, b.path) })
	// All postings in one array, token by token (counted first, then
	// placed): no list per token to grow. Pages are taken in order and
	// a page's postings are entry by entry, so each token's run comes
	// out sorted by page and entry.
	l := postingLists{tokens: ix.tokens, start: make([]uint32, len(ix.names)+1)}
	for _, p := range pages {
		eachPosting(p.postings, func(tok uint32, _ uint16, _ uint8) { l.start[tok+1]++ })
	}
	for i := 1; i < len(l.start); i++ {
		l.start[i] += l.start[i-1]
	}
	l.all = make([]posting, l.start[len(ix.names)])
	next := slices.Clone(l.start[:len(ix.names)])
	for id, p := range pages {
		eachPosting(p.postings, func(tok uint32, local uint16, weight uint8) {
			l.all[next[tok]] = posting{page: uint32(id), local: local, weight: weight}
			next[tok]++
		})
	}
	var toks []string
	for id, tok := range ix.names {
		if l.start[id+1] > l.start[id] {
			toks = append(toks, tok)
		}
	}
	slices.SortFunc(toks, compareUTF16)
	return pages, l, toks
}

// postingLists are the postings of every token of an index, sorted by
// page and entry.
type postingLists struct {
	tokens map[string]uint32
	// The postings of token number id are all[start[id]:start[id+1]].
	start []uint32
	all   []posting
}

// get returns the postings of tok; none for a token not indexed.
func (l postingLists) get(tok string) []posting {
	id, ok := l.tokens[tok]
	if !ok || int(id)+1 >= len(l.start) {
		return nil
	}
	return l.all[l.start[id]:l.start[id+1]]
}

// appendPosting appends token number tok in entry local with weight, as
// two varints: tok, then local<<3 | weight (weights fit in three bits).
func appendPosting(buf []byte, tok uint32, local uint16, weight uint8) []byte {
	buf = binary.AppendUvarint(buf, uint64(tok))
	return binary.AppendUvarint(buf, uint64(local)<<3|uint64(weight))
}

// eachPosting calls f with each posting appendPosting wrote into buf.
func eachPosting(buf []byte, f func(tok uint32, local uint16, weight uint8)) {
	for len(buf) > 0 {
		tok, n := binary.Uvarint(buf)
		lw, m := binary.Uvarint(buf[n:])
		f(uint32(tok), uint16(lw>>3), uint8(lw&7))
		buf = buf[n+m:]
	}
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
