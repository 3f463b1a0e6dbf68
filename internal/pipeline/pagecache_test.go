package pipeline

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/i18n"
)

// TestPageCacheEviction: the cache keeps pages up to its bytes, evicting
// the least recently used first, and keeps nothing rendered from a view
// older than the last published.
func TestPageCacheEviction(t *testing.T) {
	c := newPageCache(250)
	page := func(n int) *pageOut { return &pageOut{bytes: n} }
	c.put("a", 0, page(100))
	c.put("b", 0, page(100))
	if c.get("a") == nil { // a is now the most recent
		t.Fatal("a evicted below the bound")
	}
	c.put("c", 0, page(100)) // 300 > 250: b goes, the least recently used
	if c.get("b") != nil || c.get("a") == nil || c.get("c") == nil {
		t.Errorf("after c: a %v, b %v, c %v; want b evicted", c.get("a") != nil, c.get("b") != nil, c.get("c") != nil)
	}
	if c.used != 200 {
		t.Errorf("used %d bytes, want 200", c.used)
	}
	c.put("big", 0, page(1000)) // larger than the bound: kept alone
	if c.get("big") == nil || c.get("a") != nil || c.used != 1000 {
		t.Errorf("a page above the bound: kept %v, used %d", c.get("big") != nil, c.used)
	}
	gen := c.advance(&stale{keys: map[string]bool{"big": true}})
	if c.get("big") != nil || c.used != 0 {
		t.Error("a page advance drops is still kept")
	}
	c.put("old", gen-1, page(1)) // rendered from the view before
	if c.get("old") != nil {
		t.Error("a page rendered from an older view was kept")
	}
	c.put("new", gen, page(1))
	if c.get("new") == nil {
		t.Error("a page rendered from the current view was not kept")
	}
}

// TestCatalogEditDropsPagesUsingMessage: a catalog edit drops from the
// views' cache the pages that looked up the changed message, those the
// pass has not reached included (their own rendering recorded what they
// looked up), and keeps every other page as it was.
func TestCatalogEditDropsPagesUsingMessage(t *testing.T) {
	root := fixture(t)
	s, _, err := NewSession(Options{Root: root, Theme: doku.Theme}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if s.Pending() == 0 {
		t.Fatal("no pages pending: the session rendered every page before serving")
	}
	before := map[string]*pageOut{}
	for _, p := range s.View().in.Site.Pages {
		out, err := s.View().render(p)
		if err != nil {
			t.Fatal(err)
		}
		before[p.OutPath()] = out
	}
	ch, err := s.Update([]string{replaceIn(t, root, "locales/de.toml", `other = "Ding-Doku"`, `other = "Ding-Dokumentation"`)})
	if err != nil || ch.Errors > 0 {
		t.Fatalf("Update: %v %+v", err, ch)
	}
	var dropped []string
	for key, out := range before {
		kept := s.View().cache.get(key)
		switch {
		case kept == nil:
			dropped = append(dropped, key)
		case kept != out:
			t.Errorf("%s: the cache holds another rendering", key)
		}
		if uses := out.lookups[i18n.Lookup{Locale: "de", ID: "Site.Title"}]; uses != (kept == nil) {
			t.Errorf("%s: looked up Site.Title %v, dropped %v", key, uses, kept == nil)
		}
	}
	slices.Sort(dropped)
	want := []string{"de/docs/Web/API/Thing/index.html", "de/docs/Web/API/Thing/size/index.html"}
	if fmt.Sprint(dropped) != fmt.Sprint(want) {
		t.Errorf("dropped %v, want %v", dropped, want)
	}
	page, _, _ := s.View().File(want[0])
	if !strings.Contains(string(page), "Ding-Dokumentation") {
		t.Errorf("%s does not show the new message", want[0])
	}
}
