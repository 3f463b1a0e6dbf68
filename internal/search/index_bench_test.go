package search

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/gen"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
)

// benchPages renders the German pages of a generated tree (internal/gen)
// to HTML, the input the index gets from a build.
func benchPages(b *testing.B) []Page {
	b.Helper()
	dir := filepath.Join(b.TempDir(), "tree")
	if _, err := gen.Generate(dir, gen.Options{Pages: 200, DeShare: 1, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	md := goldmark.New(goldmark.WithExtensions(extension.Table), goldmark.WithRendererOptions(html.WithUnsafe()))
	var pages []Page
	err := fs.WalkDir(os.DirFS(dir), "de", func(p string, d fs.DirEntry, err error) error {
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

// BenchmarkIndex indexes 200 German pages and encodes the index files, as
// a build does for each locale.
func BenchmarkIndex(b *testing.B) {
	pages := benchPages(b)
	size := 0
	for _, p := range pages {
		size += len(p.Body)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		ix := New("de")
		for _, p := range pages {
			ix.Add(p)
		}
		ix.Files()
	}
}
