package load

import (
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/diag"
)

// TestConfigBCDFile: an absolute bcd in doku.toml is used as it is, a
// relative one is taken from the site's root.
func TestConfigBCDFile(t *testing.T) {
	abs := filepath.Join(t.TempDir(), "data.json")
	root := filepath.Join("some", "site")
	for bcd, want := range map[string]string{
		abs:                abs,
		"bcd/data.json":    filepath.Join(root, "bcd", "data.json"),
		"../bcd/data.json": filepath.Join("some", "bcd", "data.json"),
		"":                 "",
	} {
		var dc diag.Collector
		src := ""
		if bcd != "" {
			src = "bcd = " + quote(bcd) + "\n"
		}
		c := loadConfig(fstest.MapFS{ConfigFile: {Data: []byte(src)}}, &dc)
		if ds := dc.All(); len(ds) > 0 {
			t.Fatalf("bcd %q: %v", bcd, ds)
		}
		if got := c.BCDFile(root); got != want {
			t.Errorf("bcd %q: BCDFile = %q, want %q", bcd, got, want)
		}
	}
}

// quote is a TOML literal string (no escapes, so Windows paths pass).
func quote(s string) string { return "'" + s + "'" }

// TestConfigPathSlugPrefix: path-slug-prefix reaches the content options
// when it is a slug; anything else is an error at its value, with a hint,
// and the prefix is dropped.
func TestConfigPathSlugPrefix(t *testing.T) {
	for _, ok := range []string{"guide", "Product/v2", "docs-2"} {
		var dc diag.Collector
		c := loadConfig(fstest.MapFS{ConfigFile: {Data: []byte("strict = true\npath-slug-prefix = " + quote(ok) + "\n")}}, &dc)
		if ds := dc.All(); len(ds) > 0 {
			t.Errorf("path-slug-prefix %q: %v", ok, ds)
		}
		if got := contentOptions("content", false, c).PathSlugPrefix; got != ok {
			t.Errorf("path-slug-prefix %q: content options have %q", ok, got)
		}
	}
	for bad, msg := range map[string]string{
		"/guide":   "empty segment",
		"guide/":   "empty segment",
		"a//b":     "empty segment",
		"../guide": `".." segment`,
		".":        `"." segment`,
		`a\b`:      "backslash",
	} {
		var dc diag.Collector
		c := loadConfig(fstest.MapFS{ConfigFile: {Data: []byte("strict = true\npath-slug-prefix =  " + quote(bad) + "\n")}}, &dc)
		ds := dc.All()
		want := diag.Pos{File: ConfigFile, Line: 2, Col: 21}
		if len(ds) != 1 || ds[0].Pos != want || ds[0].Kind != diag.Config || ds[0].Severity != diag.Error ||
			!strings.Contains(ds[0].Message, "path-slug-prefix") || !strings.Contains(ds[0].Message, msg) || !strings.Contains(ds[0].Hint, `"guide"`) {
			t.Errorf("path-slug-prefix %q: %v, want one config error at %v about %s, with a hint", bad, ds, want, msg)
		}
		if c.PathSlugPrefix != "" {
			t.Errorf("path-slug-prefix %q: kept although wrong", bad)
		}
	}
}
