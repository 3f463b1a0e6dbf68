package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
)

func runI18nSync(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("i18n sync", stderr)
	var site siteFlags
	site.register(fs, flagRoot)
	root := &site.root
	locale := fs.String("locale", "", "update only this translation (default: all)")
	dryRun := fs.Bool("n", false, "report what would change, write nothing")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	dc := &diag.Collector{}
	src, trs := i18n.ReadFiles(os.DirFS(*root), i18n.CatalogDir, *locale, dc)
	if dc.HasErrors() {
		printDiagnostics(stderr, dc.All())
		fmt.Fprintln(stderr, "doku i18n sync: fix the catalogs first; nothing was written")
		return 1
	}
	status := 0
	for _, tr := range trs {
		out, res, err := i18n.Sync(src, tr)
		if err != nil {
			fmt.Fprintf(stderr, "doku i18n sync: %v\n", err)
			status = 1
			continue
		}
		if res.Changed() && !*dryRun {
			if err := i18n.WriteAtomic(filepath.Join(*root, filepath.FromSlash(tr.Path)), out); err != nil {
				fmt.Fprintf(stderr, "doku i18n sync: %v\n", err)
				status = 1
				continue
			}
		}
		fmt.Fprintf(stdout, "%s: %v\n", tr.Path, res)
	}
	return status
}
