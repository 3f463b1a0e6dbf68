package markdown_test

import (
	"testing"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/markdown"
	"github.com/doku-docs/doku/internal/mdn"
	"github.com/doku-docs/doku/internal/site"

	"golang.org/x/tools/txtar"
)

// BenchmarkRenderMacros renders the German page of testdata/links.txtar:
// about 60 macro calls (links resolved in German, English and nowhere,
// badges, banners, calls in tables and raw HTML) and its Markdown links.
func BenchmarkRenderMacros(b *testing.B) {
	a, err := txtar.ParseFile("testdata/links.txtar")
	if err != nil {
		b.Fatal(err)
	}
	s, env := benchEnv(b, a, "de", "Web/API/CloseEvent")
	r := markdown.New(mdn.Registry())
	b.ReportAllocs()
	b.SetBytes(int64(len(env.Page.Src.Body)))
	for b.Loop() {
		var dc diag.Collector
		e := *env
		if _, err := r.Render(&e, &dc, false); err != nil {
			b.Fatal(err)
		}
	}
	_ = s
}

// BenchmarkResolveLink resolves MDN-style links through the site index:
// a translated page, an English fallback, a page in any case, a miss.
func BenchmarkResolveLink(b *testing.B) {
	a, err := txtar.ParseFile("testdata/links.txtar")
	if err != nil {
		b.Fatal(err)
	}
	_, env := benchEnv(b, a, "de", "Web/API/CloseEvent")
	hrefs := []string{
		"/de/docs/Web/API/CloseEvent/code", "/de/docs/Web/API/WebSocket#events",
		"/de/docs/web/css/CALC", "/de/docs/Web/API/Nowhere",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, h := range hrefs {
			_, _ = env.ResolveLink(h)
		}
	}
}

func benchEnv(b *testing.B, a *txtar.Archive, locale, slug string) (*site.Site, *macro.Env) {
	b.Helper()
	var dc diag.Collector
	s, cats, api := loadTree(b, a, &dc)
	p := s.Page(locale, slug)
	if p == nil {
		b.Fatalf("no page %s %s", locale, slug)
	}
	return s, &macro.Env{Site: s, Page: p, L: cats.Localizer(locale, &dc), API: api}
}
