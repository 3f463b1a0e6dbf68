package pipeline

import (
	"encoding/xml"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/sitecheck"

	"golang.org/x/tools/txtar"
)

// siteFixture is a bilingual site with no layouts of its own, so that it
// is built with the default theme, as a reader of a doku site gets it.
const siteFixture = "testdata/site/site.txtar"

// themeSite extracts siteFixture into a new folder.
func themeSite(t *testing.T) string {
	t.Helper()
	a, err := txtar.ParseFile(siteFixture)
	if err != nil {
		t.Fatal(err)
	}
	return extract(t, a)
}

// buildSite builds siteFixture with opt's Root, Out and Theme filled in,
// and fails the test on an error or a diagnostic.
func buildSite(t *testing.T, opt Options) string {
	t.Helper()
	opt.Root, opt.Theme = themeSite(t), doku.Theme
	if opt.Out == "" {
		opt.Out = filepath.Join(t.TempDir(), "site")
	}
	res, err := Build(opt)
	if err != nil || len(res.Diagnostics) > 0 {
		t.Fatalf("build: %v\n%s", err, diagText(res.Diagnostics, opt.Root))
	}
	return opt.Out
}

// TestNoInlineCodeAndNoBrokenLinks reads every page of the fixture site
// (the default theme, compat and specification tables, a close-code table,
// the status pages) as a browser would: no inline script, style or event handler (so
// Content-Security-Policy: default-src 'self' holds), and every link,
// stylesheet, script and anchor leads to something that exists.
func TestNoInlineCodeAndNoBrokenLinks(t *testing.T) {
	out := buildSite(t, Options{})
	probs, err := sitecheck.Check(os.DirFS(out), sitecheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range probs {
		t.Error(p)
	}
}

// TestBaseURLSubPath builds the fixture site for
// https://example.org/docs/ and follows every URL in it, the absolute ones
// (canonical, hreflang, sitemaps, robots.txt) and the rooted ones of the
// 404 pages included, to a file of the output.
func TestBaseURLSubPath(t *testing.T) {
	const baseURL = "https://example.org/docs/"
	out := buildSite(t, Options{BaseURL: "https://example.org/docs"})
	base, _ := url.Parse(baseURL)
	probs, err := sitecheck.Check(os.DirFS(out), sitecheck.Options{Base: base})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range probs {
		t.Error(p)
	}
	file := func(abs string) string {
		t.Helper()
		rel, ok := strings.CutPrefix(abs, baseURL)
		if !ok {
			t.Errorf("%s is not under %s", abs, baseURL)
			return ""
		}
		u, err := url.Parse(rel)
		if err != nil {
			t.Error(err)
			return ""
		}
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(u.Path))); err != nil {
			t.Errorf("%s: %v", abs, err)
		}
		return u.Path
	}
	robots, err := os.ReadFile(filepath.Join(out, "robots.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(robots), "\nSitemap: "+baseURL+"sitemap.xml\n") {
		t.Errorf("robots.txt does not name the sitemap:\n%s", robots)
	}
	var index struct {
		Sitemaps []string `xml:"sitemap>loc"`
	}
	readXML(t, filepath.Join(out, "sitemap.xml"), &index)
	listed := map[string]bool{}
	for _, sm := range index.Sitemaps {
		var set struct {
			URLs []struct {
				Loc   string `xml:"loc"`
				Links []struct {
					Hreflang string `xml:"hreflang,attr"`
					Href     string `xml:"href,attr"`
				} `xml:"http://www.w3.org/1999/xhtml link"`
			} `xml:"url"`
		}
		readXML(t, filepath.Join(out, filepath.FromSlash(file(sm))), &set)
		for _, u := range set.URLs {
			p := file(u.Loc)
			listed[p] = true
			self := false
			for _, l := range u.Links {
				file(l.Href)
				self = self || l.Href == u.Loc
			}
			if !self {
				t.Errorf("%s: no alternate names the page itself", u.Loc)
			}
		}
	}
	pages, _ := filepath.Glob(filepath.Join(out, "*", "docs", "Web", "API", "Gadget", "*", "index.html"))
	if len(pages) != 4 {
		t.Errorf("%d pages below Gadget, want 2 in each of 2 locales", len(pages))
	}
	for _, p := range pages {
		rel := filepath.ToSlash(strings.TrimPrefix(p, out+string(filepath.Separator)))
		if !listed[rel] {
			t.Errorf("%s is in no sitemap", rel)
		}
		data, _ := os.ReadFile(p)
		if want := `<link rel="canonical" href="` + baseURL + rel + `">`; !strings.Contains(string(data), want) {
			t.Errorf("%s lacks %s", rel, want)
		}
	}
}

// TestWithoutBaseURL: no absolute URL can be made, so there is no sitemap
// and no canonical link, and robots.txt names no sitemap.
func TestWithoutBaseURL(t *testing.T) {
	out := buildSite(t, Options{})
	if _, err := os.Stat(filepath.Join(out, "sitemap.xml")); err == nil {
		t.Error("sitemap.xml written without a base URL")
	}
	robots, _ := os.ReadFile(filepath.Join(out, "robots.txt"))
	if !strings.Contains(string(robots), "User-agent: *") || strings.Contains(string(robots), "Sitemap:") {
		t.Errorf("robots.txt:\n%s", robots)
	}
	page, _ := os.ReadFile(filepath.Join(out, "de", "docs", "Web", "API", "Gadget", "index.html"))
	if strings.Contains(string(page), `rel="canonical"`) {
		t.Error("canonical link without a base URL")
	}
	if !strings.Contains(string(page), `<link rel="alternate" hreflang="x-default" href="../../../../../en-US/docs/Web/API/Gadget/index.html">`) {
		t.Error("no relative x-default alternate")
	}
}

func readXML(t *testing.T, file string, v any) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
}

func TestBadBaseURLFlag(t *testing.T) {
	res, err := Build(Options{Root: themeSite(t), Out: filepath.Join(t.TempDir(), "site"), Theme: doku.Theme, BaseURL: "ftp://example.org/"})
	if err == nil {
		t.Fatal("build accepted an ftp base URL")
	}
	for _, d := range res.Diagnostics {
		if d.Pos.File == "-base-url" && d.Hint != "" {
			return
		}
	}
	t.Errorf("no -base-url error with a hint in:\n%s", diagText(res.Diagnostics, ""))
}
