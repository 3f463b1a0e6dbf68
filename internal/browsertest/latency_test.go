package browsertest

import (
	"fmt"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// BenchmarkSearchLatency measures in Chromium the time from a query to
// its first result on screen, as the page measures it (performance.now()
// from the input event to the rendered list, kept in data-latency): cold,
// on a fresh page whose index is not loaded yet, then warm, the same
// query again. Each iteration opens a fresh tab; the figures are reported
// as the metrics cold-ms and warm-ms (means over the iterations), with
// the number of results and, over HTTP, what the cold query loaded.
// There is no threshold: compare runs with benchstat.
//
//	go test -run - -bench SearchLatency ./internal/browsertest
//
// DOKU_SEARCH_SITE names a built site to measure instead of this
// repository's (for example one built from doku-gen's tree, see
// docs/design.md), and DOKU_SEARCH_QUERIES the queries, as
// "locale:query,locale:query".
func BenchmarkSearchLatency(b *testing.B) {
	ctx := browser(b)
	dir := os.Getenv("DOKU_SEARCH_SITE")
	if dir == "" {
		dir = buildSite(b)
	}
	queries := os.Getenv("DOKU_SEARCH_QUERIES")
	if queries == "" {
		queries = "en-US:1006,en-US:wasClean,de:Begründung,de:Begruendung"
	}
	srv := httptest.NewServer(serveFiles(dir))
	b.Cleanup(srv.Close)
	for _, base := range []struct{ name, url string }{{"hosted", srv.URL + "/"}, {"file", fileURL(dir)}} {
		for _, lq := range strings.Split(queries, ",") {
			locale, q, ok := strings.Cut(lq, ":")
			if !ok {
				b.Fatalf("DOKU_SEARCH_QUERIES: %q is not locale:query", lq)
			}
			b.Run(base.name+"/"+locale+"/"+q, func(b *testing.B) {
				var cold, warm float64
				var results, files, bytes, n int
				for b.Loop() {
					tb, closeTab := openTab(b, ctx)
					tb.run(b, "open the home page", chromedp.Navigate(base.url+locale+"/index.html"),
						chromedp.WaitVisible(chromedp.CSS(`#site-search-input`)))
					c, r := tb.timeQuery(b, q)
					files = eval[int](b, tb, `performance.getEntriesByType("resource").filter(e => e.name.includes("/search/")).length`)
					bytes = eval[int](b, tb, `performance.getEntriesByType("resource").filter(e => e.name.includes("/search/")).reduce((a, e) => a + e.encodedBodySize, 0)`)
					w, _ := tb.timeQuery(b, q)
					tb.noErrors(b)
					closeTab()
					cold, warm, results = cold+c, warm+w, r
					n++
				}
				b.ReportMetric(cold/float64(n), "cold-ms")
				b.ReportMetric(warm/float64(n), "warm-ms")
				b.ReportMetric(float64(results), "results")
				// Chromium keeps no resource timing for file:// loads.
				if base.name == "hosted" {
					b.ReportMetric(float64(files), "index-files")
					b.ReportMetric(float64(bytes)/1024, "index-KiB")
				}
			})
		}
	}
}

// timeQuery puts q into the search box in one go, as a paste does, and
// returns the latency in milliseconds the page measured and the number of
// results.
func (tb *tab) timeQuery(t testing.TB, q string) (float64, int) {
	t.Helper()
	eval[bool](t, tb, fmt.Sprintf(`(() => {
		const box = document.querySelector("[data-search]"), input = box.querySelector("input");
		box.removeAttribute("data-latency");
		input.value = "";
		input.dispatchEvent(new Event("input"));
		input.value = %q;
		input.dispatchEvent(new Event("input"));
		return true;
	})()`, q))
	latency, err := chromedp.Run(tb.ctx, chromedp.Poll[string](`document.querySelector("[data-search]").getAttribute("data-latency")`))
	if err != nil {
		t.Fatalf("no result for %q: %v%s", q, err, tb.screenshot(t))
	}
	ms, err := strconv.ParseFloat(latency, 64)
	if err != nil {
		t.Fatalf("data-latency %q is not a number of milliseconds: %v", latency, err)
	}
	n := eval[int](t, tb, `document.querySelectorAll("#site-search-results li").length`)
	if n == 0 {
		t.Fatalf("no result for %q%s", q, tb.screenshot(t))
	}
	return ms, n
}
