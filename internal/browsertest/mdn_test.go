package browsertest

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"golang.org/x/tools/txtar"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/pipeline"
)

// buildMDN builds testdata/mdn.txtar, a small tree in MDN's format, from
// an empty site folder with its offline bundles, as `doku bundle -content
// files -bcd data.json` does. Any problem but a link that falls back to
// English fails the test: every part of the pages must build.
func buildMDN(t testing.TB) string {
	t.Helper()
	return buildTree(t, "testdata/mdn.txtar", func(dir string) pipeline.Options {
		return pipeline.Options{BCD: filepath.Join(dir, "bcd", "data.json")}
	})
}

// buildTree unpacks the txtar archive into a folder, builds its files/
// tree from an empty site folder with the embedded theme and catalogs and
// offline bundles, the options opt returns for the folder added, and
// returns the output folder. Any problem but a link that falls back to
// English fails the test.
func buildTree(t testing.TB, archive string, opt func(dir string) pipeline.Options) string {
	t.Helper()
	a, err := txtar.ParseFile(archive)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range a.Files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	root := filepath.Join(dir, "root")
	if err := os.Mkdir(root, 0o755); err != nil {
		t.Fatal(err)
	}
	o := opt(dir)
	o.Root, o.Content, o.Out = root, filepath.Join(dir, "files"), filepath.Join(dir, "site")
	o.Theme, o.Catalogs, o.Bundle = doku.Theme, doku.Catalogs, true
	res, err := pipeline.Build(o)
	if err != nil {
		t.Fatalf("building the tree: %v", err)
	}
	for _, d := range res.Diagnostics {
		if d.Kind != diag.Fallback {
			t.Errorf("building the tree: %v", d)
		}
	}
	return o.Out
}

// TestMDNPages opens pages of an MDN-format tree in Chromium, hosted and
// from the offline bundle, in English and German, and checks that what
// MDN's renderer adds to Markdown is there and works: the sidebar, the
// callout, the definition list, the live sample's frame running its
// code, the interactive examples' frames (a picked value applied, a
// script's console output shown) and the compat table.
func TestMDNPages(t *testing.T) {
	ctx := browser(t)
	dir := buildMDN(t)
	srv := httptest.NewServer(serveFiles(dir))
	t.Cleanup(srv.Close)
	bases := []struct{ name, url string }{
		{"hosted", srv.URL + "/"},
		{"bundle", fileURL(unzip(t, filepath.Join(dir, "download", "doku-all.zip")))},
	}
	locales := []struct{ locale, sidebarTitle, liveText, consoleLine string }{
		{"en-US", "Widget guide", "Hello from a script", "Array [\"a\", \"b\"]"},
		{"de", "Widget-Leitfaden", "Hallo aus einem Skript", "Array [\"a\", \"b\"]"},
	}
	for _, b := range bases {
		for _, l := range locales {
			t.Run(b.name+"/"+l.locale, func(t *testing.T) {
				tb := newTab(t, ctx)
				tb.run(t, "open the widget page", chromedp.Navigate(b.url+l.locale+"/docs/Web/Widget/index.html"))
				testMarkup(t, tb, l.sidebarTitle)
				testLiveSample(t, tb, l.liveText)
				testChoices(t, tb)
				tb.run(t, "open the guide", chromedp.Navigate(b.url+l.locale+"/docs/Web/Widget/Guide/index.html"))
				testConsole(t, tb, l.consoleLine)
				tb.noErrors(t)
			})
		}
	}
}

// testMarkup checks the parts of the widget page that need no script.
func testMarkup(t *testing.T, tb *tab, sidebarTitle string) {
	got := eval[map[string]any](t, tb, `({
		sidebar: Array.from(document.querySelectorAll("nav.sidebar a")).map(a => a.textContent.trim()),
		callout: document.querySelectorAll("main .notecard.note, main .callout").length,
		terms: Array.from(document.querySelectorAll("main dl:first-of-type > dt")).map(dt => dt.id),
		details: document.querySelectorAll("main dl:first-of-type > dd").length,
		compatRows: document.querySelectorAll("main table.bc-table tbody tr, main table.compat tbody tr").length,
		tryIt: document.querySelectorAll("main h2 + figure.interactive-example").length,
		leftovers: document.querySelectorAll("main pre.interactive-example-choice, main .embed-placeholder").length,
	})`)
	sidebar, _ := got["sidebar"].([]any)
	hasGuide := false
	for _, s := range sidebar {
		hasGuide = hasGuide || s == sidebarTitle
	}
	tb.check(t, hasGuide, "sidebar links %v, want one to %q", sidebar, sidebarTitle)
	tb.check(t, got["callout"].(float64) == 1, "%v callouts, want 1", got["callout"])
	terms, _ := got["terms"].([]any)
	tb.check(t, len(terms) == 2 && terms[0] == "solid" && terms[1] == "dotted" && got["details"].(float64) == 2,
		"definition list: terms %v and %v definitions, want solid and dotted with one each", terms, got["details"])
	tb.check(t, got["compatRows"].(float64) >= 1, "the compat table has %v rows", got["compatRows"])
	tb.check(t, got["tryIt"].(float64) == 1, "%v interactive examples under their heading, want 1", got["tryIt"])
	tb.check(t, got["leftovers"].(float64) == 0, "%v choice blocks or placeholders left on the page", got["leftovers"])
}

// testLiveSample checks that the live sample's frame ran its HTML, CSS
// and script.
func testLiveSample(t *testing.T, tb *tab, want string) {
	tb.run(t, "scroll to the live sample", chromedp.ScrollIntoView(chromedp.CSS(`iframe.sample-code-frame`)))
	got := inFrame[map[string]any](t, tb, "/_sample_.coloured_box.html", `(() => {
		const p = document.querySelector("p.box");
		return p ? {text: p.textContent, color: getComputedStyle(p).color} : null;
	})()`)
	tb.check(t, got["text"] == want && got["color"] == "rgb(0, 128, 0)",
		"the live sample shows %v, want %q in rgb(0, 128, 0)", got, want)
}

// testChoices checks that the interactive example's frame shows the
// example with its first value applied, and the second once pressed.
func testChoices(t *testing.T, tb *tab) {
	tb.run(t, "scroll to the interactive example", chromedp.ScrollIntoView(chromedp.CSS(`figure.ix-choices iframe.ix-frame`)))
	style := `(() => { const e = document.getElementById("example-element");
		return e ? getComputedStyle(e).borderTopStyle + " " + getComputedStyle(e).borderTopColor : null; })()`
	first := inFrame[string](t, tb, "/_ix_.1.html", style)
	tb.check(t, first == "solid rgb(0, 0, 255)", "the example shows a %q border, want solid rgb(0, 0, 255)", first)
	tb.run(t, "press the second value", chromedp.Click(chromedp.CSS(`figure.ix-choices button.ix-choice:nth-of-type(2)`)))
	var second string
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if second = inFrame[string](t, tb, "/_ix_.1.html", style); strings.HasPrefix(second, "dotted") {
			break
		}
	}
	pressed := eval[string](t, tb, `document.querySelector('figure.ix-choices button[aria-pressed="true"]').textContent`)
	tb.check(t, strings.HasPrefix(second, "dotted") && pressed == "border-style: dotted;",
		"after pressing the second value the border is %q and the pressed button %q", second, pressed)
}

// testConsole checks that the script example's frame shows what the
// script wrote to the console.
func testConsole(t *testing.T, tb *tab, want string) {
	tb.run(t, "scroll to the interactive example", chromedp.ScrollIntoView(chromedp.CSS(`figure.ix-console iframe.ix-frame`)))
	got := inFrame[string](t, tb, "/_ix_.1.html", `Array.from(document.querySelectorAll("ol.ix-console li")).map(li => li.textContent).join("\n")`)
	tb.check(t, got == "2\n"+want, "the console shows %q, want 2 and %s", got, want)
}

// inFrame evaluates expr in the frame whose URL ends in suffix, once its
// document has loaded, in a world of its own: it shares the frame's DOM
// but not its scripts, and it reaches frames of another origin (every
// file:// page is one), which the page's own scripts cannot.
func inFrame[T any](t *testing.T, tb *tab, suffix, expr string) T {
	t.Helper()
	var last error
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		world, err := tb.frameWorld(t, suffix)
		if err != nil {
			last = err
			continue
		}
		inWorld := func(p *runtime.EvaluateParams) { p.ContextID = world }
		ready, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.readyState`, inWorld))
		if err != nil || ready != "complete" {
			last = err
			continue
		}
		v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr, inWorld))
		if err == nil {
			return v
		}
		last = err
	}
	t.Fatalf("evaluating %s in the frame %s: %v%s", expr, suffix, last, tb.screenshot(t))
	var zero T
	return zero
}

var errNoFrame = context.DeadlineExceeded

// frameWorld makes a world of its own in the frame whose URL ends in
// suffix: it shares the frame's DOM, not its scripts, and it reaches
// frames of another origin (every file:// page is one).
func (tb *tab) frameWorld(t testing.TB, suffix string) (runtime.ExecutionContextID, error) {
	t.Helper()
	tree, err := chromedp.Call(tb.ctx, page.GetFrameTree, cdp.Empty{})
	if err != nil {
		t.Fatalf("reading the frames: %v%s", err, tb.screenshot(t))
	}
	f := findFrame(tree.FrameTree, suffix)
	if f == nil {
		return 0, errNoFrame
	}
	w, err := chromedp.Call(tb.ctx, page.CreateIsolatedWorld, page.CreateIsolatedWorldParams{FrameID: f.ID})
	if err != nil {
		return 0, err
	}
	return w.ExecutionContextID, nil
}

// findFrame finds the frame whose URL ends in suffix below tree.
func findFrame(tree *page.FrameTree, suffix string) *cdp.Frame {
	if tree == nil {
		return nil
	}
	if tree.Frame != nil && strings.HasSuffix(tree.Frame.URL, suffix) {
		return tree.Frame
	}
	for _, c := range tree.ChildFrames {
		if f := findFrame(c, suffix); f != nil {
			return f
		}
	}
	return nil
}
