package workbench

import (
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/site"
)

// BenchmarkPagesView measures the pages view on a large tree: the
// sections of a locale, one section's first page, and one page side by
// side. DOKU_WORKBENCH_CONTENT names the tree (MDN's files/, with en-us
// and de); without it the benchmark is skipped.
//
//	DOKU_WORKBENCH_CONTENT=.mdn/files go test -run - -bench PagesView ./internal/workbench
func BenchmarkPagesView(b *testing.B) {
	dir := os.Getenv("DOKU_WORKBENCH_CONTENT")
	if dir == "" {
		b.Skip("DOKU_WORKBENCH_CONTENT names no content tree")
	}
	dc := &diag.Collector{}
	tree, err := content.Load(os.DirFS(dir), content.Options{Name: "files"}, dc)
	if err != nil {
		b.Fatal(err)
	}
	s := site.New(tree, dc)
	wb := New(Options{Root: b.TempDir(), Content: dir, Site: func() *site.Site { return s }})
	for _, target := range []string{
		"/_doku/translate/pages?locale=de",
		"/_doku/translate/pages?locale=de&section=Web/API",
		"/_doku/translate/pages?locale=de&state=moved",
		"/_doku/translate/page?locale=de&slug=Web/API/CloseEvent",
	} {
		b.Run(target[len(Prefix):], func(b *testing.B) {
			for b.Loop() {
				w := httptest.NewRecorder()
				wb.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "http://127.0.0.1:1313"+target, nil))
				if w.Code != http.StatusOK {
					b.Fatalf("%s: %d", target, w.Code)
				}
				b.ReportMetric(float64(w.Body.Len()), "bytes")
			}
		})
	}
}
