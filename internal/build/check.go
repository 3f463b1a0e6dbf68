package build

import (
	"net/url"
	"os"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/sitecheck"
)

// checkOutput runs the site check over the finished output before it is
// swapped in, and reports each problem as an error at its line in the
// output as it will be named once in place.
func checkOutput(out *output, base *url.URL, dc *diag.Collector) error {
	probs, err := sitecheck.Check(os.DirFS(out.tmp), sitecheck.Options{Base: base})
	if err != nil {
		return err
	}
	for _, p := range probs {
		dc.Report(p.Diagnostic(out.final))
	}
	return nil
}

// ReadConfig reads the doku.toml of the site at root, for commands that
// work on a built site; problems in it are returned as diagnostics.
func ReadConfig(root string) (Config, []diag.Diagnostic) {
	var dc diag.Collector
	c := loadConfig(os.DirFS(root), &dc)
	return c, dc.All()
}

// Base is the checked base-url, nil when unset or wrong.
func (c Config) Base() *url.URL { return c.baseURL }
