package build

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"doku"
)

var (
	sessionRoot  = flag.String("session-root", "", "site root for the session benchmarks (make bench-tree: .bench/root); default a generated tree of -session-pages pages")
	sessionTree  = flag.String("session-tree", "", "content tree for the session benchmarks (make bench-tree: .bench/tree)")
	sessionPages = flag.Int("session-pages", 1000, "en-US pages of the tree generated when -session-tree is not given")
)

// benchSession opens a session on the benchmark tree.
func benchSession(b *testing.B) (*Session, string, string) {
	b.Helper()
	root, tree := *sessionRoot, *sessionTree
	if tree == "" {
		root, tree = benchTree(b, *sessionPages)
	}
	s, ch, err := NewSession(Options{Root: root, Content: tree, Theme: doku.Theme})
	if err != nil {
		b.Fatal(err)
	}
	if ch.Errors > 0 {
		b.Fatalf("%d errors: %v", ch.Errors, s.Diagnostics()[:1])
	}
	b.Logf("%d files", len(s.Files()))
	return s, root, tree
}

// toggle appends a byte to the file at p, or takes it away again, so that
// every run changes the file and the tree stays as it was.
func toggle(b *testing.B, p string, i int, add []byte) {
	src, err := os.ReadFile(p)
	if err != nil {
		b.Fatal(err)
	}
	if i%2 == 0 {
		src = append(src, add...)
	} else {
		src = bytes.TrimSuffix(src, add)
	}
	if err := os.WriteFile(p, src, 0o644); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkSessionPageEdit is the rebuild after saving one page with new
// text: load it again, re-render it, publish the files.
func BenchmarkSessionPageEdit(b *testing.B) {
	s, _, tree := benchSession(b)
	page := filepath.Join(tree, s.in.site.Pages[len(s.in.site.Pages)/3].Src.Path)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		toggle(b, page, i, []byte("\nOne more sentence.\n"))
		ch, err := s.Update([]string{page})
		pages := 0
		for _, r := range ch.Rendered {
			if strings.HasSuffix(r, "/index.html") {
				pages++
			}
		}
		if err != nil || ch.Errors > 0 || pages != 1 {
			b.Fatalf("%v %+v", err, ch)
		}
	}
}

// BenchmarkSessionCatalogEdit is the rebuild after saving the German
// catalog: every German page is rendered again.
func BenchmarkSessionCatalogEdit(b *testing.B) {
	s, root, _ := benchSession(b)
	cat := filepath.Join(root, "locales/de.toml")
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		toggle(b, cat, i, []byte("\n# edited\n"))
		ch, err := s.Update([]string{cat})
		if err != nil || ch.Errors > 0 {
			b.Fatalf("%v %+v", err, ch)
		}
	}
}
