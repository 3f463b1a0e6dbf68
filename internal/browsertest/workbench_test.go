package browsertest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/pipeline"
	"github.com/doku-docs/doku/internal/serve"

	"github.com/chromedp/chromedp"
)

// TestWorkbench runs doku serve on a copy of this repository's site,
// fills in the German site title in the translators' workbench in one
// tab, saves it with the plain form, and waits for the German preview
// open in another tab to reload with the new title.
func TestWorkbench(t *testing.T) {
	ctx := browser(t)
	root := t.TempDir()
	for _, dir := range []string{"content", "locales"} {
		if err := os.CopyFS(filepath.Join(root, dir), os.DirFS(filepath.Join("../..", dir))); err != nil {
			t.Fatal(err)
		}
	}
	srv, err := serve.New(serve.Options{Addr: "127.0.0.1:0", Build: pipeline.Options{Root: root, Theme: doku.Theme, Catalogs: doku.Catalogs}})
	if err != nil {
		t.Fatal(err)
	}
	sctx, stop := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- srv.Run(sctx, func(a string) { addr <- a }) }()
	t.Cleanup(func() { stop(); <-done })
	base := "http://" + <-addr + "/"

	preview := newTab(t, ctx)
	preview.run(t, "open a German page", chromedp.Navigate(base+"de/docs/Web/API/CloseEvent/index.html"),
		chromedp.WaitReady(chromedp.CSS(`h1`)))
	before := eval[string](t, preview, `document.title`)
	preview.check(t, strings.Contains(before, "CloseEvent-Referenz"), "the German page's title is %q", before)

	wb := newTab(t, ctx)
	field := chromedp.CSS(`form[data-message-id="Site.Title"][data-locale="de"] textarea[name="other"]`)
	const title = "Referenz zu CloseEvent"
	wb.run(t, "open the German messages", chromedp.Navigate(base+"_doku/translate/messages?locale=de&q=Site.Title"),
		chromedp.WaitVisible(field), chromedp.Clear(field), chromedp.SendKeys(field, title))
	start := time.Now()
	wb.run(t, "save", chromedp.Click(chromedp.CSS(`form[data-message-id="Site.Title"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`.wb-saved`)))
	saved := time.Since(start)
	if !waitFor(preview, `document.title.includes("`+title+`")`, 10*time.Second) {
		t.Fatalf("the preview did not reload with the new title (it reads %q)%s", eval[string](t, preview, `document.title`), preview.screenshot(t))
	}
	t.Logf("saved in %v; the preview showed the new title %v after the click", saved.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))

	de, err := os.ReadFile(filepath.Join(root, "locales", "de.toml"))
	if err != nil {
		t.Fatal(err)
	}
	orig, _ := os.ReadFile("../../locales/de.toml")
	if head := strings.SplitN(string(orig), "\n[", 2)[0]; !strings.HasPrefix(string(de), head) {
		t.Errorf("the catalog's opening comment was not kept")
	}
	if !strings.Contains(string(de), `other = "`+title+`"`) {
		t.Errorf("de.toml does not hold the new title")
	}
	wb.noErrors(t)
	preview.noErrors(t)
}

// waitFor evaluates a JavaScript condition in the tab until it holds or
// timeout passes; a reload in between (which interrupts an evaluation)
// is waited out.
func waitFor(tb *tab, cond string, timeout time.Duration) bool {
	for end := time.Now().Add(timeout); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		ctx, cancel := context.WithTimeout(tb.ctx, time.Second)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cond))
		cancel()
		if err == nil && ok {
			return true
		}
	}
	return false
}
