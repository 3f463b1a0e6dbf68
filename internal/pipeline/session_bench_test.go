package pipeline

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/doku-docs/doku"
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
	s, _, err := NewSession(Options{Root: root, Content: tree, Theme: doku.Theme}, 0)
	if err != nil {
		b.Fatal(err)
	}
	// The catalog edits re-render the pages the pass saw look a message up.
	if _, err := s.Check(context.Background()); err != nil {
		b.Fatal(err)
	}
	if errs, _ := s.Problems(); len(errs) > 0 {
		b.Fatalf("%d errors, the first: %v", len(errs), errs[0])
	}
	b.Logf("%d pages", len(s.in.Site.Pages))
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

// BenchmarkSession measures the rebuilds doku serve does before it
// reloads the browser (Update; Settle comes after the reload), on one
// session: "page" after saving one page with new text (load it again,
// re-index, re-render it, publish), "catalog" after saving the German
// catalog (every German page rendered again).
func BenchmarkSession(b *testing.B) {
	s, root, tree := benchSession(b)
	b.Run("page", func(b *testing.B) {
		page := filepath.Join(tree, s.in.Site.Pages[len(s.in.Site.Pages)/3].Src.Path)
		defer reportCPU(b)()
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
	})
	// A translator's edit of a string no page shows (a comment), of one
	// some pages show (the label of warnings), and of one every German
	// page shows (the footer).
	for _, c := range []struct{ name, old, new string }{
		{"catalog-comment", "\n", "\n# edited\n"},
		{"catalog-some-pages", `other = "Warnung"`, `other = "Achtung"`},
		{"catalog-every-page", `other = "Inhalte für doku`, `other = "Texte für doku`},
	} {
		b.Run(c.name, func(b *testing.B) {
			cat := filepath.Join(root, "locales/de.toml")
			src, err := os.ReadFile(cat)
			if err != nil {
				b.Fatal(err)
			}
			if !bytes.Contains(src, []byte(c.old)) {
				b.Skipf("de.toml has no %q", c.old)
			}
			edited := bytes.Replace(src, []byte(c.old), []byte(c.new), 1)
			defer os.WriteFile(cat, src, 0o644)
			defer reportCPU(b)()
			rendered := 0
			for i := 0; b.Loop(); i++ {
				data := edited
				if i%2 == 1 {
					data = src
				}
				if err := os.WriteFile(cat, data, 0o644); err != nil {
					b.Fatal(err)
				}
				ch, err := s.Update([]string{cat})
				if err != nil || ch.Errors > 0 {
					b.Fatalf("%v %+v", err, ch)
				}
				rendered += len(ch.Rendered)
			}
			b.ReportMetric(float64(rendered)/float64(b.N), "files/op")
		})
	}
}

// reportCPU starts measuring CPU time; the function it returns reports it
// per operation.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() {
		b.ReportMetric(float64((cpuTime()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
}
