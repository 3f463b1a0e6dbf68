package browsertest

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/doku-docs/doku/internal/pipeline"
	"github.com/doku-docs/doku/internal/refdata"
	"github.com/doku-docs/doku/internal/serve"
)

// watData is the data folder make mdn-wat and make mdn-data fill; the
// tests take the WebAssembly-text compiler from it (the repository never
// holds it).
const watData = "../../.mdn/data"

// watDataDir returns a data folder holding only the compiler, or skips
// the test when there is none (fails under DOKU_REQUIRE_BROWSER).
func watDataDir(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{refdata.WATCompilerFile, refdata.WATLicenseFile} {
		data, err := os.ReadFile(filepath.Join(watData, name))
		if err != nil {
			if os.Getenv(requireEnv) != "" {
				t.Fatalf("no WebAssembly-text compiler (%v) and %s is set: run make mdn-wat first", err, requireEnv)
			}
			t.Skipf("no WebAssembly-text compiler (%v): run make mdn-wat to test examples in WebAssembly text", err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// buildWAT builds testdata/wat.txtar from an empty site folder, with the
// compiler's data folder and offline bundles. Any problem but a link that
// falls back to English fails the test.
func buildWAT(t testing.TB) string {
	t.Helper()
	data := watDataDir(t)
	return buildTree(t, "testdata/wat.txtar", func(string) pipeline.Options { return pipeline.Options{Data: data} })
}

// withPolicy serves the site with doku serve's Content-Security-Policy,
// file by file, so the frames run under the policy they will meet.
func withPolicy(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", serve.Policy(strings.TrimPrefix(r.URL.Path, "/")))
		h.ServeHTTP(w, r)
	})
}

// TestWATExamples opens interactive examples in WebAssembly text in
// Chromium, hosted (under doku serve's policy) and from the offline
// bundle, in English and German: the frame compiles the text, the
// example's script instantiates the module from the name that stands for
// {%wasm-url%}, and what the module logs through the imported console is
// listed. A text that does not compile is listed as an error and its
// script is not run.
func TestWATExamples(t *testing.T) {
	ctx := browser(t)
	dir := buildWAT(t)
	srv := httptest.NewServer(withPolicy(serveFiles(dir)))
	t.Cleanup(srv.Close)
	bases := []struct{ name, url string }{
		{"hosted", srv.URL + "/"},
		{"bundle", fileURL(unzip(t, filepath.Join(dir, "download", "doku-all.zip")))},
	}
	for _, b := range bases {
		for _, locale := range []string{"en-US", "de"} {
			t.Run(b.name+"/"+locale, func(t *testing.T) {
				tb := newTab(t, ctx)
				tb.run(t, "open the sum page", chromedp.Navigate(b.url+locale+"/docs/WebAssembly/sum/index.html"))
				got := consoleLines(t, tb, 2)
				tb.check(t, got == "42\n0", "the console shows %q, want 42 and 0", got)
				tb.noErrors(t)
			})
		}
		t.Run(b.name+"/broken", func(t *testing.T) {
			tb := newTab(t, ctx)
			tb.run(t, "open the broken page", chromedp.Navigate(b.url+"en-US/docs/WebAssembly/broken/index.html"))
			consoleLines(t, tb, 1)
			got := inFrame[map[string]any](t, tb, "/_ix_.1.html", `({
				errors: Array.from(document.querySelectorAll("ol.ix-console li.ix-error")).map(li => li.textContent),
				all: document.querySelectorAll("ol.ix-console li").length,
			})`)
			errs, _ := got["errors"].([]any)
			tb.check(t, len(errs) == 1 && got["all"].(float64) == 1 && strings.Contains(errs[0].(string), "i32.frobnicate"),
				"the console shows %v, want one error naming the unknown instruction and nothing from the script", got)
		})
	}
}

// consoleLines waits until the example's frame lists at least n lines,
// and returns them.
func consoleLines(t *testing.T, tb *tab, n int) string {
	t.Helper()
	tb.run(t, "scroll to the interactive example", chromedp.ScrollIntoView(chromedp.CSS(`figure.ix-console iframe.ix-frame`)))
	var lines []string
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end) && len(lines) < n; time.Sleep(100 * time.Millisecond) {
		lines = inFrame[[]string](t, tb, "/_ix_.1.html", `Array.from(document.querySelectorAll("ol.ix-console li")).map(li => li.textContent)`)
	}
	return strings.Join(lines, "\n")
}
