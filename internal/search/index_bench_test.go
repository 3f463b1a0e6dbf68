package search

import (
	"bytes"
	"cmp"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/gen"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
)

// benchPages renders the pages of a generated tree (internal/gen) in
// folder ("de", "en-us") to HTML, the input the index gets from a build.
func benchPages(b *testing.B, folder string) []Page {
	b.Helper()
	dir := filepath.Join(b.TempDir(), "tree")
	if _, err := gen.Generate(dir, gen.Options{Pages: 200, DeShare: 1, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	md := goldmark.New(goldmark.WithExtensions(extension.Table), goldmark.WithRendererOptions(html.WithUnsafe()))
	var pages []Page
	err := fs.WalkDir(os.DirFS(dir), folder, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil {
			return err
		}
		_, body, _, err := content.SplitFrontMatter(src)
		if err != nil {
			return err
		}
		var out bytes.Buffer
		if err := md.Convert(body, &out); err != nil {
			return err
		}
		pages = append(pages, Page{Path: fmt.Sprintf("docs/%d/index.html", len(pages)), Title: p, Body: out.Bytes()})
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return pages
}

func bodyBytes(pages []Page) int64 {
	n := 0
	for _, p := range pages {
		n += len(p.Body)
	}
	return int64(n)
}

// BenchmarkIndex indexes 200 German pages and encodes the index files, as
// a build does for each locale.
func BenchmarkIndex(b *testing.B) {
	pages := benchPages(b, "de")
	b.SetBytes(bodyBytes(pages))
	b.ReportAllocs()
	for b.Loop() {
		ix := New("de")
		for _, p := range pages {
			ix.Add(p)
		}
		ix.Files()
	}
}

// BenchmarkExtract reads the pages of each locale for the index: the
// HTML, the words, their folding and weighing.
func BenchmarkExtract(b *testing.B) {
	for _, locale := range []string{"de", "en-US"} {
		b.Run(locale, func(b *testing.B) {
			pages := benchPages(b, strings.ToLower(locale))
			b.SetBytes(bodyBytes(pages))
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range pages {
					Extract(locale, p)
				}
			}
		})
	}
}

// BenchmarkAddRecord adds the records of 200 German pages to an index.
func BenchmarkAddRecord(b *testing.B) {
	var recs []Record
	for _, p := range benchPages(b, "de") {
		recs = append(recs, Extract("de", p))
	}
	b.ReportAllocs()
	for b.Loop() {
		ix := New("de")
		for _, r := range recs {
			ix.AddRecord(r)
		}
	}
}

// BenchmarkEncode encodes the index of 200 German pages into its files.
func BenchmarkEncode(b *testing.B) {
	ix := New("de")
	for _, p := range benchPages(b, "de") {
		ix.Add(p)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ix.Encode(func(File) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTokens splits and folds a paragraph of each language.
func BenchmarkTokens(b *testing.B) {
	for _, c := range []struct {
		name, text string
		german     bool
	}{
		{"en", "The addEventListener() method of the EventTarget interface sets up a function that will be called whenever the specified event is delivered to the target, such as an Element, its Document, or a Window.", false},
		{"de", "Die Methode addEventListener() der Schnittstelle EventTarget richtet eine Funktion ein, die aufgerufen wird, wenn das angegebene Ereignis an das Ziel übermittelt wird; Größe und Schlüssel gehören dazu.", true},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			b.Run("Tokens", func(b *testing.B) {
				for b.Loop() {
					Tokens(c.text, c.german)
				}
			})
			b.Run("tokenizer", func(b *testing.B) {
				tz := &tokenizer{german: c.german}
				for b.Loop() {
					tz.each([]byte(c.text), func([]byte) {})
				}
			})
		})
	}
}

// sitePages reads the pages of a built site for the benchmarks below: up
// to 2,000 index.html files under the folder $DOKU_BENCH_SITE names (a
// locale's folder of doku build's output, such as MDN's en-US), each
// page's <article> as its body. Without the variable they are skipped.
func sitePages(b *testing.B) []Page {
	dir := os.Getenv("DOKU_BENCH_SITE")
	if dir == "" {
		b.Skip("DOKU_BENCH_SITE is not set")
	}
	var pages []Page
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.Name() != "index.html" || len(pages) == 2000 {
			return err
		}
		html, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		_, body, _ := bytes.Cut(html, []byte(`<article class="page">`))
		body, _, _ = bytes.Cut(body, []byte(`</article>`))
		pages = append(pages, Page{Path: p, Title: filepath.Base(filepath.Dir(p)), Body: body})
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return pages
}

// BenchmarkSite indexes the pages of a built site (see sitePages) and
// encodes the index, naming the locale with $DOKU_BENCH_LOCALE.
func BenchmarkSite(b *testing.B) {
	pages := sitePages(b)
	locale := cmp.Or(os.Getenv("DOKU_BENCH_LOCALE"), "en-US")
	b.SetBytes(bodyBytes(pages))
	b.ReportAllocs()
	b.Run("Extract", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range pages {
				Extract(locale, p)
			}
		}
	})
	var recs []Record
	for _, p := range pages {
		recs = append(recs, Extract(locale, p))
	}
	b.Run("AddRecord", func(b *testing.B) {
		for b.Loop() {
			ix := New(locale)
			for _, r := range recs {
				ix.AddRecord(r)
			}
		}
	})
	ix := New(locale)
	for _, r := range recs {
		ix.AddRecord(r)
	}
	b.Run("Encode", func(b *testing.B) {
		for b.Loop() {
			if _, err := ix.Encode(func(File) error { return nil }); err != nil {
				b.Fatal(err)
			}
		}
	})
}
