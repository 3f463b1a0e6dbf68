package load

import (
	"path/filepath"
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
