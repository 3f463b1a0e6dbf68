package browsertest

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/pipeline"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// requireEnv makes a missing browser a failure instead of a skip: CI sets
// it (.ci/run), so the browser tests cannot silently stop running there.
const requireEnv = "DOKU_REQUIRE_BROWSER"

// findChromium returns the browser to drive, or skips (fails under
// DOKU_REQUIRE_BROWSER) when there is none. DOKU_CHROMIUM names one.
func findChromium(t testing.TB) string {
	t.Helper()
	names := []string{"chromium", "chromium-browser", "google-chrome"}
	if p := os.Getenv("DOKU_CHROMIUM"); p != "" {
		names = []string{p}
	}
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	if os.Getenv(requireEnv) != "" {
		t.Fatalf("no Chromium found (tried %s) and %s is set: install chromium (apt-get install chromium)", strings.Join(names, ", "), requireEnv)
	}
	t.Skipf("no Chromium found (tried %s): browser tests skipped; set %s=1 to make this a failure", strings.Join(names, ", "), requireEnv)
	return ""
}

// browser starts one headless Chromium for a whole test; tabs are opened
// with newTab.
func browser(t testing.TB) context.Context {
	t.Helper()
	exe := findChromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox, // CI runs as root, where Chromium's sandbox refuses to start
		chromedp.WindowSize(1200, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	return ctx
}

// tab is one browser tab and everything it reported that a reader's
// console would show as an error.
type tab struct {
	ctx    context.Context
	mu     sync.Mutex
	errors []string
}

func newTab(t testing.TB, browser context.Context) *tab {
	t.Helper()
	tb, closeTab := openTab(t, browser)
	t.Cleanup(closeTab)
	return tb
}

// openTab opens a tab and returns it with the function that closes it.
func openTab(t testing.TB, browser context.Context) (*tab, func()) {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	ctx, cancelTime := context.WithTimeout(ctx, 60*time.Second)
	closeTab := func() { cancelTime(); cancel() }
	tb := &tab{ctx: ctx}
	err := chromedp.Listen(ctx, func(ev any) {
		var msg string
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var parts []string
				for _, a := range ev.Args {
					parts = append(parts, strings.Trim(string(a.Value), `"`)+a.Description)
				}
				msg = "console." + string(ev.Type) + ": " + strings.Join(parts, " ")
			}
		case *runtime.EventExceptionThrown:
			msg = "exception: " + ev.ExceptionDetails.Text
			if ev.ExceptionDetails.Exception != nil {
				msg += " " + ev.ExceptionDetails.Exception.Description
			}
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError {
				msg = fmt.Sprintf("log (%s): %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL)
			}
		case *network.EventLoadingFailed:
			if !ev.Canceled {
				msg = "load failed: " + ev.ErrorText
			}
		}
		if msg != "" {
			tb.mu.Lock()
			tb.errors = append(tb.errors, msg)
			tb.mu.Unlock()
		}
	})
	if err != nil {
		closeTab()
		t.Fatalf("opening a tab: %v", err)
	}
	return tb, closeTab
}

// run runs actions in the tab; on failure it keeps a screenshot and names
// it in the failure message.
func (tb *tab) run(t testing.TB, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(tb.ctx, actions...); err != nil {
		t.Fatalf("%s: %v%s", what, err, tb.screenshot(t))
	}
}

// eval evaluates a JavaScript expression in the tab.
func eval[T any](t testing.TB, tb *tab, expr string) T {
	t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v%s", expr, err, tb.screenshot(t))
	}
	return v
}

// check fails the test, with a screenshot, unless ok.
func (tb *tab) check(t *testing.T, ok bool, format string, args ...any) {
	t.Helper()
	if !ok {
		t.Fatalf(format+"%s", append(args, tb.screenshot(t))...)
	}
}

// screenshot saves the tab as it looks now and says where.
func (tb *tab) screenshot(t testing.TB) string {
	ctx, cancel := context.WithTimeout(tb.ctx, 10*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		return fmt.Sprintf(" (no screenshot: %v)", err)
	}
	dir := os.Getenv("DOKU_SCREENSHOT_DIR")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "doku-browsertest")
	}
	name := filepath.Join(dir, strings.NewReplacer("/", "_", " ", "_").Replace(t.Name())+".png")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Sprintf(" (no screenshot: %v)", err)
	}
	if err := os.WriteFile(name, png, 0o644); err != nil {
		return fmt.Sprintf(" (no screenshot: %v)", err)
	}
	return "\nscreenshot: " + name
}

// noErrors fails if the tab reported any console error so far.
func (tb *tab) noErrors(t testing.TB) {
	t.Helper()
	tb.mu.Lock()
	errs := tb.errors
	tb.mu.Unlock()
	if len(errs) > 0 {
		t.Errorf("browser console errors:\n  %s%s", strings.Join(errs, "\n  "), tb.screenshot(t))
	}
}

// buildSite builds this repository's site, with its offline bundles,
// into a temporary folder.
func buildSite(t testing.TB) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "site")
	if _, err := pipeline.Build(pipeline.Options{Root: "../..", Out: out, Theme: doku.Theme, Bundle: true}); err != nil {
		t.Fatalf("building the site: %v", err)
	}
	return out
}

// unzip unpacks the bundle at zipPath into a new folder, as a reader does.
func unzip(t testing.TB, zipPath string) string {
	t.Helper()
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		t.Fatalf("opening the bundle: %v", err)
	}
	defer zr.Close()
	dir := t.TempDir()
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if !strings.HasPrefix(p, dir+string(filepath.Separator)) {
			t.Fatalf("bundle file %q leaves the folder", f.Name)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func fileURL(dir string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(dir) + "/"}).String()
}

// searchFor types q into the search box and waits for results; it
// returns the hrefs of the results and the latency the page measured.
func (tb *tab) searchFor(t *testing.T, q string) (hrefs []string, latency string) {
	t.Helper()
	box := chromedp.CSS(`#site-search-input`)
	tb.run(t, "search for "+q,
		chromedp.WaitVisible(box),
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector("#site-search-input").value = "";
				document.querySelector("[data-search]").removeAttribute("data-latency"); true`))
			return err
		}),
		chromedp.Focus(box),
		chromedp.SendKeys(box, q),
		chromedp.WaitVisible(chromedp.CSS(`#site-search-results li a`)),
	)
	latency, err := chromedp.Run(tb.ctx, chromedp.Poll[string](`document.querySelector("[data-search]").getAttribute("data-latency")`))
	if err != nil {
		t.Fatalf("waiting for the latency of %q: %v%s", q, err, tb.screenshot(t))
	}
	hrefs = eval[[]string](t, tb, `Array.from(document.querySelectorAll("#site-search-results li a")).map(a => a.href)`)
	return hrefs, latency
}

func (tb *tab) location(t *testing.T) string {
	t.Helper()
	return eval[string](t, tb, `location.href`)
}

// serveFiles serves the site as a static host does, but unlike
// http.FileServer it does not redirect ".../index.html" to ".../": links
// in the site name index.html, and the tests check where they lead.
func serveFiles(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := filepath.Join(dir, filepath.FromSlash(path.Clean("/"+r.URL.Path)))
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			p = filepath.Join(p, "index.html")
		}
		f, err := os.Open(p)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil || fi.IsDir() {
			http.NotFound(w, r)
			return
		}
		http.ServeContent(w, r, p, fi.ModTime(), f)
	})
}

// TestSearch drives the search box of this repository's site in
// Chromium: the hosted site served over HTTP on 127.0.0.1, and the
// offline bundles unzipped and opened from file://.
func TestSearch(t *testing.T) {
	ctx := browser(t)
	dir := buildSite(t)
	srv := httptest.NewServer(serveFiles(dir))
	t.Cleanup(srv.Close)
	bases := []struct{ name, url string }{
		{"hosted", srv.URL + "/"},
		{"bundle", fileURL(unzip(t, filepath.Join(dir, "download", "doku-all.zip")))},
	}
	for _, b := range bases {
		t.Run(b.name, func(t *testing.T) {
			t.Run("close code", func(t *testing.T) { testCloseCode(t, ctx, b.url) })
			t.Run("German spellings", func(t *testing.T) { testGerman(t, ctx, b.url) })
			t.Run("keyboard", func(t *testing.T) { testKeyboard(t, ctx, b.url) })
			t.Run("switch language", func(t *testing.T) { testSwitchLanguage(t, ctx, b.url) })
		})
	}
	// The German bundle alone: its search is German and complete.
	t.Run("German bundle", func(t *testing.T) {
		testGerman(t, ctx, fileURL(unzip(t, filepath.Join(dir, "download", "doku-de.zip"))))
	})
	t.Run("without JavaScript", func(t *testing.T) { testNoScript(t, ctx, srv.URL+"/") })
}

// testCloseCode: "1006" leads to the close-code row, from a page two
// levels above the code page, and Enter follows the first result.
func testCloseCode(t *testing.T, ctx context.Context, base string) {
	tb := newTab(t, ctx)
	tb.run(t, "open the CloseEvent page", chromedp.Navigate(base+"en-US/docs/Web/API/CloseEvent/index.html"))
	hrefs, latency := tb.searchFor(t, "1006")
	want := base + "en-US/docs/Web/API/CloseEvent/code/index.html#1006"
	tb.check(t, len(hrefs) > 0 && hrefs[0] == want, "first result for 1006: %q, want %s", hrefs, want)
	t.Logf("first result for 1006 after %s ms", latency)
	marked := eval[string](t, tb, `document.querySelector("#site-search-results li mark").textContent`)
	tb.check(t, marked == "1006", "highlighted %q, want 1006", marked)
	tb.run(t, "press Enter", chromedp.SendKeys(chromedp.CSS(`#site-search-input`), kb.Enter),
		chromedp.WaitReady(chromedp.CSS(`html[lang="en-US"] tr[id="1006"]:target`)))
	// On the code page itself, the result only moves to the row; the
	// list closes so it does not cover it.
	hrefs, _ = tb.searchFor(t, "1006")
	tb.check(t, hrefs[0] == want, "on the code page, first result for 1006: %s", hrefs[0])
	tb.run(t, "click the result on its own page", chromedp.Click(chromedp.CSS(`#site-search-results li a`)))
	// The list closes on the click's navigation, a moment after the
	// click returns: wait for it rather than read it at once.
	hidden := waitFor(tb, `document.querySelector("#site-search-results").hidden`, 2*time.Second)
	tb.check(t, hidden, "the result list still covers the page after following a result on the same page")
	tb.noErrors(t)
}

// testGerman: a German word finds the same pages typed with an umlaut
// and with its two-letter spelling, and the excerpt marks the word.
func testGerman(t *testing.T, ctx context.Context, base string) {
	tb := newTab(t, ctx)
	tb.run(t, "open the German code page", chromedp.Navigate(base+"de/docs/Web/API/CloseEvent/code/index.html"))
	withUmlaut, _ := tb.searchFor(t, "Begründung")
	marked := eval[string](t, tb, `document.querySelector("#site-search-results li mark").textContent`)
	without, _ := tb.searchFor(t, "Begruendung")
	tb.check(t, len(withUmlaut) > 0 && strings.Join(withUmlaut, " ") == strings.Join(without, " "),
		"Begründung found %q, Begruendung %q; want the same results", withUmlaut, without)
	tb.check(t, strings.HasPrefix(withUmlaut[0], base+"de/docs/Web/API/CloseEvent/"),
		"first German result %s is not a German CloseEvent page", withUmlaut[0])
	tb.check(t, marked == "Begründung", "highlighted %q, want Begründung", marked)
	tb.noErrors(t)
}

// testKeyboard: arrows move the selection, Escape closes the list, and a
// followed result lands on its page.
func testKeyboard(t *testing.T, ctx context.Context, base string) {
	tb := newTab(t, ctx)
	box := chromedp.CSS(`#site-search-input`)
	tb.run(t, "open the English home page", chromedp.Navigate(base+"en-US/index.html"))
	hrefs, _ := tb.searchFor(t, "close")
	tb.check(t, len(hrefs) >= 2, "close found %d results, want at least 2", len(hrefs))
	tb.run(t, "arrow down twice, up once, down once",
		chromedp.SendKeys(box, kb.ArrowDown+kb.ArrowDown+kb.ArrowUp+kb.ArrowDown))
	selected := eval[string](t, tb, `document.querySelector('#site-search-results [aria-selected="true"] a').href`)
	tb.check(t, selected == hrefs[1], "selected %s after down, down, up, down; want the second result %s", selected, hrefs[1])
	tb.run(t, "Escape", chromedp.SendKeys(box, kb.Escape))
	hidden := eval[bool](t, tb, `document.querySelector("#site-search-results").hidden`)
	tb.check(t, hidden, "the result list is still shown after Escape")
	hrefs, _ = tb.searchFor(t, "wasClean")
	tb.run(t, "follow the first result", chromedp.Click(chromedp.CSS(`#site-search-results li a`)),
		chromedp.WaitReady(chromedp.CSS(`body:not(:has([data-search][data-latency])) h1`)))
	loc := tb.location(t)
	tb.check(t, loc == hrefs[0] && strings.Contains(loc, "/en-US/docs/Web/API/CloseEvent/wasClean/index.html"),
		"clicked the first result for wasClean (%s) and landed on %s", hrefs[0], loc)
	tb.noErrors(t)
}

// testSwitchLanguage: the language switcher leads to the English page,
// whose search answers in English.
func testSwitchLanguage(t *testing.T, ctx context.Context, base string) {
	tb := newTab(t, ctx)
	tb.run(t, "open a German page", chromedp.Navigate(base+"de/docs/Web/API/CloseEvent/reason/index.html"))
	tb.run(t, "switch to English",
		chromedp.Click(chromedp.CSS(`.language-switcher a[hreflang="en-US"]`)),
		chromedp.WaitReady(chromedp.CSS(`html[lang="en-US"]`)))
	loc := tb.location(t)
	tb.check(t, strings.HasSuffix(loc, "/en-US/docs/Web/API/CloseEvent/reason/index.html"), "switched to %s", loc)
	hrefs, _ := tb.searchFor(t, "reason")
	tb.check(t, len(hrefs) > 0 && strings.Contains(hrefs[0], "/en-US/docs/Web/API/CloseEvent/reason/index.html"),
		"English search for reason: %q", hrefs)
	tb.noErrors(t)
}

// testNoScript: without JavaScript the box stays hidden and the page,
// with its close-code table, reads as it is.
func testNoScript(t *testing.T, ctx context.Context, base string) {
	tb := newTab(t, ctx)
	if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatalf("disabling JavaScript: %v", err)
	}
	tb.run(t, "open the code page without JavaScript",
		chromedp.Navigate(base+"en-US/docs/Web/API/CloseEvent/code/index.html"),
		chromedp.WaitReady(chromedp.CSS(`table.close-codes`)))
	boxShown := eval[bool](t, tb, `!document.querySelector("[data-search]").hidden`)
	rows := eval[int](t, tb, `document.querySelectorAll("table.close-codes tbody tr").length`)
	tb.check(t, !boxShown, "the search box shows without JavaScript")
	tb.check(t, rows > 15, "the close-code table has %d rows", rows)
}
