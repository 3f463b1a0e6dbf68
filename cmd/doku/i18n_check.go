package main

import (
	"fmt"
	"io"
	"os"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
)

func runI18nCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("i18n check", stderr)
	var site siteFlags
	site.register(fs, flagRoot)
	root := &site.root
	locale := fs.String("locale", "", "check only this translation (default: all)")
	asJSON := fs.Bool("json", false, "print diagnostics and message states as JSON")
	strict := fs.Bool("strict", false, "fail on warnings too (stale, untranslated, obsolete messages)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	dc := &diag.Collector{}
	src, trs := i18n.ReadFiles(os.DirFS(*root), i18n.CatalogDir, *locale, dc)
	states := map[string][]i18n.Status{}
	if src != nil {
		i18n.CheckSource(src, dc)
		for _, tr := range trs {
			states[tr.Locale] = i18n.CheckLocale(src, tr, dc)
		}
	}
	ds := dc.All()
	if *asJSON {
		writeJSON(stdout, struct {
			Diagnostics []diag.Diagnostic        `json:"diagnostics"`
			Messages    map[string][]i18n.Status `json:"messages"`
		}{append([]diag.Diagnostic{}, ds...), states})
	} else {
		printDiagnostics(stdout, ds)
	}
	errs, warns := dc.Count(diag.Error), dc.Count(diag.Warning)
	if !*asJSON {
		fmt.Fprintf(stderr, "doku i18n check: %d error(s), %d warning(s)\n", errs, warns)
	}
	if errs > 0 || *strict && warns > 0 {
		return 1
	}
	return 0
}
