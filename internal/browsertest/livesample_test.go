package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// TestLiveSamples runs the live samples of the CloseEvent examples page
// in each language, on the hosted site and from the unzipped offline
// bundles: each sample loads in its frame and answers what is typed
// into it.
func TestLiveSamples(t *testing.T) {
	ctx := browser(t)
	dir := buildSite(t)
	srv := httptest.NewServer(serveFiles(dir))
	t.Cleanup(srv.Close)
	all := fileURL(unzip(t, filepath.Join(dir, "download", "doku-all.zip")))
	for _, c := range []struct{ name, url, locale string }{
		{"hosted/en-US", srv.URL + "/", "en-US"},
		{"hosted/de", srv.URL + "/", "de"},
		{"bundle/en-US", all, "en-US"},
		{"bundle/de", fileURL(unzip(t, filepath.Join(dir, "download", "doku-de.zip"))), "de"},
	} {
		t.Run(c.name, func(t *testing.T) { testSamples(t, ctx, c.url+c.locale+"/docs/Web/API/CloseEvent/Examples/index.html") })
	}
}

// testSamples drives the close-code checker (the page's first sample)
// and the constructor demo (its second).
func testSamples(t *testing.T, ctx context.Context, pageURL string) {
	tb := newTab(t, ctx)
	tb.run(t, "open the examples page", chromedp.Navigate(pageURL))
	n := eval[int](t, tb, `document.querySelectorAll(".live-sample iframe").length`)
	tb.check(t, n >= 2, "%s has %d live samples, want at least 2", pageURL, n)

	checker := tb.sampleFrame(t, 0, "#verdict")
	verdict := func(code string, class string) string {
		t.Helper()
		tb.typeInto(t, checker, `input[name="code"]`, code)
		tb.waitIn(t, checker, "#verdict."+class)
		return tb.textIn(t, checker, "#verdict")
	}
	v := verdict("1001", "refused")
	tb.check(t, strings.Contains(v, "1001") && strings.Contains(v, "InvalidAccessError"),
		"verdict on 1001: %q, want it refused with InvalidAccessError", v)
	verdict("4000", "accepted")
	tb.typeInto(t, checker, `input[name="reason"]`, strings.Repeat("ü", 62))
	tb.waitIn(t, checker, "#verdict.refused")
	v = tb.textIn(t, checker, "#verdict")
	tb.check(t, strings.Contains(v, "SyntaxError"), "verdict on a 124-byte reason: %q, want SyntaxError", v)
	// The socket that never connects ends as every failed one does.
	tb.waitIn(t, checker, "#events li:nth-child(2)")
	events := tb.textIn(t, checker, "#events")
	tb.check(t, strings.Contains(events, "error") && strings.Index(events, "error") < strings.Index(events, "1006"),
		"events of the socket: %q, want error, then close with 1006", events)

	maker := tb.sampleFrame(t, 1, "#out-code")
	for _, c := range []struct{ code, want string }{{"66536", "1000"}, {"-1", "65535"}, {"abc", "0"}, {"3008", "3008"}} {
		tb.typeInto(t, maker, `input[name="code"]`, c.code)
		got := tb.textIn(t, maker, "#out-code")
		tb.check(t, got == c.want, "constructor demo: code %q shows %q, want %q", c.code, got, c.want)
	}
	frameEval[bool](t, tb, maker, `document.querySelector('input[name="clean"]').click(), true`)
	clean := tb.textIn(t, maker, "#out-clean")
	tb.check(t, clean == "true", "constructor demo: wasClean ticked shows %q", clean)
	tb.noErrorsExcept(t, "ws://127.0.0.1:9/")
}

// sampleFrame scrolls the i-th live sample into view (its frame loads
// lazily) and returns a JavaScript context in its frame once the frame
// shows sel. The context is an isolated world: it shares the sample's
// DOM, not its variables.
func (tb *tab) sampleFrame(t *testing.T, i int, sel string) runtime.ExecutionContextID {
	t.Helper()
	src := eval[string](t, tb, fmt.Sprintf(`(() => { const f = document.querySelectorAll(".live-sample iframe")[%d];
		f.scrollIntoView(); return f.getAttribute("src") })()`, i))
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		world, err := tb.frameWorld(t, "/"+src)
		if err == nil && frameEval[bool](t, tb, world, fmt.Sprintf(`!!document.querySelector(%q)`, sel)) {
			return world
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("live sample %s did not load or show %s%s", src, sel, tb.screenshot(t))
	return 0
}

// frameEval evaluates a JavaScript expression in a frame's context.
func frameEval[T any](t testing.TB, tb *tab, frame runtime.ExecutionContextID, expr string) T {
	t.Helper()
	byValue := true
	res, err := chromedp.Call(tb.ctx, runtime.Evaluate, runtime.EvaluateParams{Expression: expr, ContextID: frame, ReturnByValue: &byValue})
	var v T
	if err == nil && res.ExceptionDetails != nil {
		err = fmt.Errorf("%s", res.ExceptionDetails.Text)
	}
	if err == nil {
		err = json.Unmarshal(res.Result.Value, &v)
	}
	if err != nil {
		t.Fatalf("evaluating %s in a sample: %v%s", expr, err, tb.screenshot(t))
	}
	return v
}

// typeInto replaces the text of the field sel in frame with s, typed key
// by key as a reader does.
func (tb *tab) typeInto(t *testing.T, frame runtime.ExecutionContextID, sel, s string) {
	t.Helper()
	frameEval[bool](t, tb, frame, fmt.Sprintf(`(() => { const f = document.querySelector(%q); f.focus(); f.select(); return true })()`, sel))
	tb.run(t, "type "+s+" into "+sel, chromedp.KeyEvent(s))
}

// waitIn waits until the frame has an element matching sel.
func (tb *tab) waitIn(t *testing.T, frame runtime.ExecutionContextID, sel string) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if frameEval[bool](t, tb, frame, fmt.Sprintf(`!!document.querySelector(%q)`, sel)) {
			return
		}
	}
	t.Fatalf("the sample shows no %s%s", sel, tb.screenshot(t))
}

func (tb *tab) textIn(t *testing.T, frame runtime.ExecutionContextID, sel string) string {
	t.Helper()
	return strings.TrimSpace(frameEval[string](t, tb, frame, fmt.Sprintf(`document.querySelector(%q).textContent`, sel)))
}

// noErrorsExcept is noErrors for a page whose samples are expected to
// report errors about one address.
func (tb *tab) noErrorsExcept(t testing.TB, addr string) {
	t.Helper()
	tb.mu.Lock()
	var errs []string
	for _, e := range tb.errors {
		if !strings.Contains(e, addr) {
			errs = append(errs, e)
		}
	}
	tb.mu.Unlock()
	if len(errs) > 0 {
		t.Errorf("browser console errors:\n  %s%s", strings.Join(errs, "\n  "), tb.screenshot(t))
	}
}
