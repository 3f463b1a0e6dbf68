package browsertest

import (
	"fmt"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestSearchLatency measures in Chromium the time from a query to its
// first result on screen, as the page measures it (performance.now() from
// the input event to the rendered list, kept in data-latency): cold, on a
// fresh page whose index is not loaded yet, then warm, the same query
// again. It also reports what the cold query loaded. Run with -v to see
// the figures.
//
// DOKU_SEARCH_SITE names a built site to measure instead of this
// repository's (for example one built from doku-gen's tree, see
// docs/design.md), and DOKU_SEARCH_QUERIES the queries, as
// "locale:query,locale:query".
func TestSearchLatency(t *testing.T) {
	ctx := browser(t)
	dir := os.Getenv("DOKU_SEARCH_SITE")
	if dir == "" {
		dir = buildSite(t)
	}
	queries := os.Getenv("DOKU_SEARCH_QUERIES")
	if queries == "" {
		queries = "en-US:1006,en-US:wasClean,de:Begründung,de:Begruendung"
	}
	srv := httptest.NewServer(serveFiles(dir))
	t.Cleanup(srv.Close)
	for _, base := range []struct{ name, url string }{{"hosted", srv.URL + "/"}, {"file", fileURL(dir)}} {
		for _, lq := range strings.Split(queries, ",") {
			locale, q, ok := strings.Cut(lq, ":")
			if !ok {
				t.Fatalf("DOKU_SEARCH_QUERIES: %q is not locale:query", lq)
			}
			t.Run(base.name+"/"+locale+"/"+q, func(t *testing.T) {
				tb := newTab(t, ctx)
				tb.run(t, "open the home page", chromedp.Navigate(base.url+locale+"/index.html"),
					chromedp.WaitVisible(chromedp.CSS(`#site-search-input`)))
				cold, n := tb.timeQuery(t, q)
				files := eval[int](t, tb, `performance.getEntriesByType("resource").filter(e => e.name.includes("/search/")).length`)
				bytes := eval[int](t, tb, `performance.getEntriesByType("resource").filter(e => e.name.includes("/search/")).reduce((a, e) => a + e.encodedBodySize, 0)`)
				warm, _ := tb.timeQuery(t, q)
				// Chromium keeps no resource timing for file:// loads.
				loaded := "file://: loads not counted"
				if base.name == "hosted" {
					loaded = fmt.Sprintf("%d index files, %.1f KiB", files, float64(bytes)/1024)
				}
				t.Logf("%s %s %q: %d results; first result after %s ms cold (%s), %s ms warm", base.name, locale, q, n, cold, loaded, warm)
				tb.noErrors(t)
			})
		}
	}
}

// timeQuery puts q into the search box in one go, as a paste does, and
// returns the latency the page measured and the number of results.
func (tb *tab) timeQuery(t *testing.T, q string) (string, int) {
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
	n := eval[int](t, tb, `document.querySelectorAll("#site-search-results li").length`)
	if n == 0 {
		t.Fatalf("no result for %q%s", q, tb.screenshot(t))
	}
	return latency, n
}
