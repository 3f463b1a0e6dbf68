package output

import (
	"net/url"
	"os"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/sitecheck"
)

// Check runs the site check over the finished output before it is
// swapped in, and reports each problem as an error at its line in the
// output as it will be named once in place.
func (out *Dir) Check(base *url.URL, dc *diag.Collector) error {
	probs, err := sitecheck.Check(os.DirFS(out.tmp), sitecheck.Options{Base: base})
	if err != nil {
		return err
	}
	for _, p := range probs {
		dc.Report(p.Diagnostic(out.final))
	}
	return nil
}
