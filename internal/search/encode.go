package search

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"path"
	"strings"

	"github.com/doku-docs/doku/internal/assets"
)

// The index of a locale is a set of classic scripts under
// <locale>/search/, each calling dokuSearch.add(key, data), where key is
// the file's path from the site's root without ".js":
//
//	index.js        the meta file, loaded first:
//	                {"v":1, "locale":"de", "german":true, "pages":N,
//	                 "terms":[first token of chunk 0, hash 0, ...],
//	                 "docs":[first page of chunk 0, hash 0, ...]}
//	t<i>.<hash>.js  term chunk i: ["token", "postings", ...], tokens in
//	                UTF-16 order; chunk i holds the tokens from its first
//	                up to the next chunk's first
//	d<i>.<hash>.js  document chunk i: [[path, title, [anchor, heading,
//	                excerpt, ...]], ...] for its pages; entry 0 of a page
//	                is the page itself (anchor and heading "")
//
// A query loads the meta file, the term chunks its words fall in, and the
// document chunks of the pages it shows; nothing else. Chunks are named
// after their content, so a server may cache them forever.
//
// Postings are a string of numbers, each written in base 32 little end
// first, a digit from postingDigits whose upper half marks "more digits
// follow". Per page that holds the token: the page's number (the first
// page's own, later ones as the difference to the previous), the count of
// its entries that hold the token, then per entry local<<3 | weight.
const postingDigits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"

// Chunk sizes, before compression: small enough that a query loads
// little, large enough that a site of 15,000 pages has a meta file of a
// few kilobytes.
const (
	termChunkBytes = 32 << 10
	docChunkBytes  = 16 << 10
)

// File is one file of the index.
type File struct {
	// Path is the file's path from the site's root: "de/search/index.js".
	Path string
	Data []byte
}

// Stats describe the written index of one locale.
type Stats struct {
	Locale                           string
	Pages, Entries, Tokens, Postings int
	Files                            int
	// Raw and Gzip are the bytes of all files, and their sum when each
	// is gzipped as a server sends it.
	Raw, Gzip int
	// MetaRaw and MetaGzip are those of the meta file alone.
	MetaRaw, MetaGzip int
	// Gzipped says whether Gzip and MetaGzip were measured (see
	// Index.MeasureGzip); they are 0 if not.
	Gzipped bool
}

func (s Stats) String() string {
	str := fmt.Sprintf("%s: %d pages, %d entries, %d tokens, %d postings; %d files, %s raw",
		s.Locale, s.Pages, s.Entries, s.Tokens, s.Postings, s.Files, kib(s.Raw))
	if !s.Gzipped {
		return str + fmt.Sprintf(" (meta file %s)", kib(s.MetaRaw))
	}
	return str + fmt.Sprintf(", %s gzipped (meta file %s, %s)", kib(s.Gzip), kib(s.MetaRaw), kib(s.MetaGzip))
}

func kib(n int) string { return fmt.Sprintf("%.1f KiB", float64(n)/1024) }

// Dir is the folder of locale's index, from the site's root.
func Dir(locale string) string { return locale + "/search" }

// MetaPath is the file a page loads to search locale's index.
func MetaPath(locale string) string { return Dir(locale) + "/index.js" }

type meta struct {
	V      int    `json:"v"`
	Locale string `json:"locale"`
	German bool   `json:"german"`
	Pages  int    `json:"pages"`
	Terms  []any  `json:"terms"`
	Docs   []any  `json:"docs"`
}

// Files encodes the index: the meta file first, then the chunks.
func (ix *Index) Files() ([]File, Stats) {
	var files []File
	st, _ := ix.Encode(func(f File) error {
		files = append(files, f)
		return nil
	})
	// Encode gives the meta file last.
	return append(files[len(files)-1:], files[:len(files)-1]...), st
}

// Encode encodes the index, handing each file to write as soon as it is
// made, the meta file last (it names every chunk), so that the files of a
// large index are never all in memory. It stops at write's first error.
func (ix *Index) Encode(write func(File) error) (Stats, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	pages, postings, toks := ix.sorted()
	st := Stats{Locale: ix.locale, Pages: len(pages), Tokens: len(toks), Gzipped: ix.gzip}
	m := meta{V: 1, Locale: ix.locale, German: ix.german, Pages: len(pages), Terms: []any{}, Docs: []any{}}
	dir := Dir(ix.locale)
	var err error
	var gz gzipSizer
	put := func(f File) {
		st.Files++
		st.Raw += len(f.Data)
		if ix.gzip {
			st.Gzip += gz.size(f.Data)
		}
		if err == nil {
			err = write(f)
		}
	}
	emit := func(prefix string, i int, data any) string {
		name := fmt.Sprintf("%s%d.js", prefix, i)
		body := mustJSON(data)
		hashed := assets.Hashed(name, body) // "t3.1a2b3c4d.js"
		put(script(path.Join(dir, hashed), body))
		return strings.TrimSuffix(strings.TrimPrefix(hashed, name[:len(name)-3]+"."), ".js")
	}

	var chunk []string
	size := 0
	var first string
	flush := func() {
		if len(chunk) == 0 {
			return
		}
		h := emit("t", len(m.Terms)/2, chunk)
		m.Terms = append(m.Terms, first, h)
		chunk, size = nil, 0
	}
	var buf []byte
	for _, tok := range toks {
		ps := postings.get(tok)
		st.Postings += len(ps)
		buf = encodePostings(buf[:0], ps)
		if len(chunk) == 0 {
			first = tok
		}
		chunk = append(chunk, tok, string(buf))
		if size += len(tok) + len(buf) + 6; size >= termChunkBytes {
			flush()
		}
	}
	flush()

	var docs []any
	firstPage := 0
	size = 0
	flushDocs := func(next int) {
		if len(docs) == 0 {
			return
		}
		h := emit("d", len(m.Docs)/2, docs)
		m.Docs = append(m.Docs, firstPage, h)
		docs, size, firstPage = nil, 0, next
	}
	for i, p := range pages {
		st.Entries += len(p.entries)
		es := make([]string, 0, 3*len(p.entries))
		for _, e := range p.entries {
			es = append(es, e.anchor, e.heading, e.excerpt)
			size += len(e.anchor) + len(e.heading) + len(e.excerpt) + 9
		}
		docs = append(docs, []any{p.path, p.title, es})
		if size += len(p.path) + len(p.title) + 10; size >= docChunkBytes {
			flushDocs(i + 1)
		}
	}
	flushDocs(len(pages))

	metaFile := script(MetaPath(ix.locale), mustJSON(m))
	st.MetaRaw = len(metaFile.Data)
	if ix.gzip {
		st.MetaGzip = gz.size(metaFile.Data)
	}
	put(metaFile)
	return st, err
}

// script wraps data as the classic script at p.
func script(p string, data []byte) File {
	key := strings.TrimSuffix(p, ".js")
	var b bytes.Buffer
	fmt.Fprintf(&b, "dokuSearch.add(%q,", key)
	b.Write(data)
	b.WriteString(");\n")
	return File{Path: p, Data: b.Bytes()}
}

func mustJSON(v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		panic(err) // strings, numbers and slices of them always encode
	}
	return data
}

// encodePostings appends ps (sorted by page, then entry) in the format
// described above.
func encodePostings(buf []byte, ps []posting) []byte {
	prev := uint32(0)
	for i := 0; i < len(ps); {
		j := i
		for j < len(ps) && ps[j].page == ps[i].page {
			j++
		}
		buf = appendNumber(buf, ps[i].page-prev)
		prev = ps[i].page
		buf = appendNumber(buf, uint32(j-i))
		for _, p := range ps[i:j] {
			buf = appendNumber(buf, uint32(p.local)<<3|uint32(p.weight))
		}
		i = j
	}
	return buf
}

func appendNumber(buf []byte, v uint32) []byte {
	for v >= 32 {
		buf = append(buf, postingDigits[32+v&31])
		v >>= 5
	}
	return append(buf, postingDigits[v])
}

// gzipSizer measures what files take gzipped, for Stats. One compressor
// serves every file of an index: a new one allocates a megabyte, and an
// index of MDN's size has thousands of files.
type gzipSizer struct {
	w *gzip.Writer
	n byteCount
}

func (g *gzipSizer) size(data []byte) int {
	g.n = 0
	if g.w == nil {
		g.w, _ = gzip.NewWriterLevel(&g.n, gzip.DefaultCompression)
	} else {
		g.w.Reset(&g.n)
	}
	_, _ = g.w.Write(data)
	_ = g.w.Close()
	return int(g.n)
}

// byteCount is a writer that counts what it is given and drops it.
type byteCount int

func (c *byteCount) Write(p []byte) (int, error) {
	*c += byteCount(len(p))
	return len(p), nil
}
