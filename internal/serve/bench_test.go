package serve

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/pipeline"
)

var (
	benchRoot = flag.String("serve-root", "", "site root for BenchmarkEditToReload (make bench-tree: .bench/root); default a copy of testdata/site.txtar")
	benchTree = flag.String("serve-tree", "", "content tree for BenchmarkEditToReload (make bench-tree: .bench/tree)")
	benchPage = flag.String("serve-page", "", "page of -serve-tree to edit, relative to it (default: the first English page found)")
)

// BenchmarkEditToReload measures what a writer waits for: from saving a
// page to the reload event reaching the open page, through the real
// watcher (with its debounce), the incremental rebuild and the event
// stream. Run with -serve-root/-serve-tree for MDN's size.
func BenchmarkEditToReload(b *testing.B) {
	benchReload(b, func(root, tree string) string {
		if *benchPage != "" {
			return filepath.Join(tree, *benchPage)
		}
		var page string
		_ = filepath.WalkDir(filepath.Join(tree, "en-us"), func(p string, d os.DirEntry, err error) error {
			if err == nil && page == "" && d.Name() == "index.md" && filepath.Dir(p) != filepath.Join(tree, "en-us") {
				page = p
			}
			return err
		})
		return page
	})
}

// BenchmarkCatalogEditToReload is the same for the German catalog: every
// German page is rendered again.
func BenchmarkCatalogEditToReload(b *testing.B) {
	benchReload(b, func(root, _ string) string { return filepath.Join(root, "locales", "de.toml") })
}

func benchReload(b *testing.B, file func(root, tree string) string) {
	opt := Options{Build: pipeline.Options{Root: *benchRoot, Content: *benchTree, Theme: doku.Theme}}
	if *benchTree == "" {
		opt.Build.Root = copySite(b)
		opt.Build.Content = filepath.Join(opt.Build.Root, "content")
	}
	s, err := New(opt)
	if err != nil {
		b.Fatal(err)
	}
	addr, stop := run(b, s)
	defer stop()
	p := file(opt.Build.Root, opt.Build.Content)
	src, err := os.ReadFile(p)
	if err != nil {
		b.Fatal(err)
	}
	var total time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		events := openEvents(b, addr, s.state.Load().version)
		data := src
		if i%2 == 0 {
			data = append(append([]byte{}, src...), "\n"...)
		}
		start := time.Now()
		// Written beside and renamed over, as editors save: the tree may
		// be a hard-linked copy (cp -al) whose original must not change.
		if err := os.WriteFile(p+".bench", data, 0o644); err != nil {
			b.Fatal(err)
		}
		if err := os.Rename(p+".bench", p); err != nil {
			b.Fatal(err)
		}
		select {
		case <-events:
			total += time.Since(start)
		case <-time.After(30 * time.Second):
			b.Fatal("no reload within 30s")
		}
		// Wait for Settle to finish, as a writer reading the page would.
		s.mu.Lock()
		s.mu.Unlock() //nolint:staticcheck // an empty critical section: waiting is the point

	}
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/reload")
}
