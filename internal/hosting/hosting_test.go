package hosting

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
)

func TestParseBaseURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.org/docs":   "https://example.org/docs/",
		"https://example.org/docs/":  "https://example.org/docs/",
		"http://example.org":         "http://example.org/",
		" https://example.org/a b/ ": "https://example.org/a%20b/",
	} {
		u, err := ParseBaseURL(in)
		if err != nil || u.String() != want {
			t.Errorf("ParseBaseURL(%q) = %v, %v; want %s", in, u, err, want)
		}
	}
	for _, bad := range []string{"example.org/docs", "/docs/", "ftp://example.org/", "https:///docs", "https://example.org/?a=1", "https://example.org/#x", "https://u:p@example.org/", "https://exa mple.org/"} {
		if u, err := ParseBaseURL(bad); err == nil {
			t.Errorf("ParseBaseURL(%q) = %v, want an error", bad, u)
		}
	}
}

func TestAbsAndRootPath(t *testing.T) {
	base, _ := ParseBaseURL("https://example.org/my docs")
	if got, want := Abs(base, "de/docs/A&B/index.html"), "https://example.org/my%20docs/de/docs/A&B/index.html"; got != want {
		t.Errorf("Abs = %s, want %s", got, want)
	}
	if got := RootPath(base); got != "/my%20docs/" {
		t.Errorf("RootPath = %s", got)
	}
	if Abs(nil, "x") != "" || RootPath(nil) != "/" {
		t.Error("without a base URL")
	}
}

func TestSitemapsLeaveOutNoIndexAndSplit(t *testing.T) {
	base, _ := ParseBaseURL("https://example.org/")
	entries := []Entry{
		{Path: "de/docs/A/index.html", Locale: "de", Alternates: []Alternate{{"de", "de/docs/A/index.html"}}},
		{Path: "de/docs/B/index.html", Locale: "de", NoIndex: true},
	}
	for i := range MaxURLs + 1 {
		p := fmt.Sprintf("en-US/docs/P%05d/index.html", i)
		entries = append(entries, Entry{Path: p, Locale: "en-US"})
	}
	files := Sitemaps(base, []string{"en-US", "de"}, entries)
	var names []string
	got := map[string]string{}
	for _, f := range files {
		names = append(names, f.Path)
		got[f.Path] = string(f.Data)
	}
	if want := "sitemap.xml sitemap-en-US.xml sitemap-en-US-2.xml sitemap-de.xml"; strings.Join(names, " ") != want {
		t.Fatalf("files %v, want %s", names, want)
	}
	if n := strings.Count(got["sitemap-en-US.xml"], "<url>"); n != MaxURLs {
		t.Errorf("first English sitemap lists %d URLs", n)
	}
	if n := strings.Count(got["sitemap-en-US-2.xml"], "<url>"); n != 1 {
		t.Errorf("second English sitemap lists %d URLs", n)
	}
	de := got["sitemap-de.xml"]
	if !strings.Contains(de, "<loc>https://example.org/de/docs/A/index.html</loc>") || strings.Contains(de, "/B/") {
		t.Errorf("German sitemap:\n%s", de)
	}
	if !strings.Contains(got["sitemap.xml"], "<loc>https://example.org/sitemap-en-US-2.xml</loc>") {
		t.Errorf("index:\n%s", got["sitemap.xml"])
	}
	if Sitemaps(nil, []string{"de"}, entries) != nil {
		t.Error("sitemaps without a base URL")
	}
}

func TestRobots(t *testing.T) {
	base, _ := url.Parse("https://example.org/docs/")
	if got := string(Robots(base)); !strings.HasSuffix(got, "\nSitemap: https://example.org/docs/sitemap.xml\n") {
		t.Errorf("robots.txt:\n%s", got)
	}
	if got := string(Robots(nil)); strings.Contains(got, "Sitemap") || !strings.Contains(got, "User-agent: *\n") {
		t.Errorf("robots.txt without base:\n%s", got)
	}
}
