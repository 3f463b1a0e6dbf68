package pipeline

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/bundle"
	"github.com/doku-docs/doku/internal/sitecheck"

	"golang.org/x/tools/txtar"
)

// unzip extracts the zip file into a new folder and returns it, checking
// the archive's order and times on the way.
func unzip(t *testing.T, file string) string {
	t.Helper()
	zr, err := zip.OpenReader(file)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	dir := t.TempDir()
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		if !f.Modified.Equal(bundle.Epoch) {
			t.Errorf("%s: %s has time %v, want the fixed %v", file, f.Name, f.Modified, bundle.Epoch)
		}
		if !filepath.IsLocal(f.Name) {
			t.Fatalf("%s: entry %q leaves the folder", file, f.Name)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		_, err = b.ReadFrom(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !slices.IsSorted(names) {
		t.Errorf("%s: entries not sorted", file)
	}
	return dir
}

// TestBundles unzips each offline bundle of the fixture site and
// reads it as a browser would from file://: index.html at the top, every
// link relative and leading to a file (or an anchor) inside the bundle, no
// inline code. A bundle of one locale holds no other locale's pages; its
// links to them are gone (no base URL is set).
func TestBundles(t *testing.T) {
	out := buildSite(t, Options{Bundle: true})
	for _, name := range []string{"doku-en-US.zip", "doku-de.zip", "doku-all.zip"} {
		t.Run(name, func(t *testing.T) {
			dir := unzip(t, filepath.Join(out, "download", name))
			probs, err := sitecheck.Check(os.DirFS(dir), sitecheck.Options{Offline: true})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range probs {
				t.Error(p)
			}
			root, err := os.ReadFile(filepath.Join(dir, "index.html"))
			if err != nil {
				t.Fatal("no index.html at the top of the bundle")
			}
			for _, l := range []string{"en-US", "de"} {
				_, err := os.Stat(filepath.Join(dir, l, "docs", "Web", "API", "Gadget", "code", "index.html"))
				want := name == "doku-all.zip" || name == "doku-"+l+".zip"
				if (err == nil) != want {
					t.Errorf("%s pages in the bundle: %v, want %v", l, err == nil, want)
				}
			}
			for _, hosted := range []string{"robots.txt", "404.html", "de/404.html", "download"} {
				if _, err := os.Stat(filepath.Join(dir, hosted)); err == nil {
					t.Errorf("%s is in the bundle", hosted)
				}
			}
			if name == "doku-de.zip" {
				if !strings.Contains(string(root), `<meta http-equiv="refresh" content="0; url=de/index.html">`) {
					t.Errorf("index.html does not lead to the German pages:\n%s", root)
				}
				page, _ := os.ReadFile(filepath.Join(dir, "de", "docs", "Web", "API", "Gadget", "index.html"))
				if !strings.Contains(string(page), `<a hreflang="en-US" lang="en-US">English</a>`) {
					t.Error("the link to the English page is not reduced to its text")
				}
			}
		})
	}
	home, _ := os.ReadFile(filepath.Join(out, "de", "index.html"))
	for _, want := range []string{`href="../download/doku-de.zip"`, `href="../download/doku-all.zip"`, " kB)</span>", "Alle Sprachen"} {
		if !strings.Contains(string(home), want) {
			t.Errorf("German home page lacks %s", want)
		}
	}
}

// TestBundlesPointToHostedSite: with a base URL, links into a locale not
// in the bundle lead to the hosted page.
func TestBundlesPointToHostedSite(t *testing.T) {
	out := buildSite(t, Options{Bundle: true, BaseURL: "https://example.org/docs/"})
	dir := unzip(t, filepath.Join(out, "download", "doku-de.zip"))
	page, err := os.ReadFile(filepath.Join(dir, "de", "docs", "Web", "API", "Gadget", "code", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `<a href="https://example.org/docs/en-US/docs/Web/API/Gadget/code/index.html" hreflang="en-US" lang="en-US">English</a>`; !strings.Contains(string(page), want) {
		t.Errorf("German page lacks %s", want)
	}
	probs, err := sitecheck.Check(os.DirFS(dir), sitecheck.Options{Offline: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range probs {
		t.Error(p)
	}
}

// TestBundlesDeterministic: two builds of the same input give the same
// bytes, zips included.
func TestBundlesDeterministic(t *testing.T) {
	a := buildSite(t, Options{Bundle: true, Precompress: true})
	b := buildSite(t, Options{Bundle: true, Precompress: true})
	sa, sb := snapshot(t, a), snapshot(t, b)
	if len(sa) == 0 {
		t.Fatal("empty output")
	}
	for name, data := range sa {
		if sb[name] != data {
			t.Errorf("%s differs between two builds", name)
		}
	}
	if len(sa) != len(sb) {
		t.Errorf("%d files, then %d", len(sa), len(sb))
	}
}

// buildOffline builds testdata/offline/site.txtar with bundles.
func buildOffline(t *testing.T, baseURL string) string {
	t.Helper()
	a, err := txtar.ParseFile("testdata/offline/site.txtar")
	if err != nil {
		t.Fatal(err)
	}
	root := extract(t, a)
	out := filepath.Join(root, "site")
	res, err := Build(Options{Root: root, Out: out, Theme: doku.Theme, Bundle: true, BaseURL: baseURL})
	if err != nil {
		t.Fatalf("build: %v\n%s", err, diagText(res.Diagnostics, root))
	}
	return out
}

// TestBundleLiveSampleAndFallback: a live sample's page, stylesheet and
// script travel with their page; a German page's link to an English-only
// page is kept as text in the German bundle, and leads to the hosted
// English page when the base URL is known.
func TestBundleLiveSampleAndFallback(t *testing.T) {
	out := buildOffline(t, "")
	probs, err := sitecheck.Check(os.DirFS(out), sitecheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range probs {
		t.Error("hosted:", p)
	}
	en := unzip(t, filepath.Join(out, "download", "doku-en-US.zip"))
	for _, f := range []string{"_sample_.demo.html", "_sample_.demo.css", "_sample_.demo.js"} {
		if _, err := os.Stat(filepath.Join(en, "en-US", "docs", "Web", "API", "Thing", f)); err != nil {
			t.Errorf("live sample file missing from the English bundle: %v", err)
		}
	}
	de := unzip(t, filepath.Join(out, "download", "doku-de.zip"))
	for name, dir := range map[string]string{"en-US": en, "de": de} {
		probs, err := sitecheck.Check(os.DirFS(dir), sitecheck.Options{Offline: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range probs {
			t.Errorf("%s bundle: %v", name, p)
		}
	}
	page, _ := os.ReadFile(filepath.Join(de, "de", "docs", "Web", "API", "Thing", "index.html"))
	if !strings.Contains(string(page), `Siehe <a>den Leitfaden</a>`) {
		t.Errorf("fallback link not reduced to text:\n%s", page)
	}

	out = buildOffline(t, "https://example.org/docs/")
	de = unzip(t, filepath.Join(out, "download", "doku-de.zip"))
	page, _ = os.ReadFile(filepath.Join(de, "de", "docs", "Web", "API", "Thing", "index.html"))
	if want := `Siehe <a href="https://example.org/docs/en-US/docs/Web/API/Thing/Guide/index.html">den Leitfaden</a>`; !strings.Contains(string(page), want) {
		t.Errorf("fallback link does not lead to the hosted page:\n%s", page)
	}
}
