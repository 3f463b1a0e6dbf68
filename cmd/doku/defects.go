package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/doku-docs/doku/internal/compat"
	"github.com/doku-docs/doku/internal/defects"
)

// runDefects reads a built site and counts, per locale and kind, the
// pages showing a reader something MDN's own renderer would not.
func runDefects(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("defects", stderr)
	var site siteFlags
	site.register(fs, flagRoot|flagContent|flagOut|flagBCD)
	asJSON := fs.Bool("json", false, "print the report as JSON on stdout")
	maxShare := fs.Float64("max-defective", -1, "fail (exit 1) when more than this percentage of any locale's pages has a defect; negative: never fail")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	out := site.out
	if out == "" {
		out = filepath.Join(site.root, "site")
	}
	if st, err := os.Stat(out); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "doku: %s is not a built site: run doku build first\n", out)
		return 2
	}
	opt := defects.Options{}
	tree := site.content
	if tree == "" {
		tree = filepath.Join(site.root, "content")
	}
	if st, err := os.Stat(tree); err == nil && st.IsDir() {
		opt.Content = os.DirFS(tree)
	} else if site.content != "" {
		fmt.Fprintf(stderr, "doku: -content %s is not a folder\n", site.content)
		return 2
	} else {
		fmt.Fprintf(stderr, "doku: no content tree at %s: the checks that need a page's source are skipped\n", tree)
	}
	if site.bcd != "" {
		specs, err := specLookup(site.bcd)
		if err != nil {
			fmt.Fprintf(stderr, "doku: %v\n", err)
			return 1
		}
		opt.Compat = specs
	}
	report, err := defects.Check(os.DirFS(out), opt)
	if err != nil {
		fmt.Fprintf(stderr, "doku: %v\n", err)
		return 1
	}
	if *asJSON {
		err = report.WriteJSON(stdout)
	} else {
		err = report.WriteTable(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "doku: %v\n", err)
		return 1
	}
	if over := report.Over(*maxShare); *maxShare >= 0 && len(over) > 0 {
		for _, l := range over {
			fmt.Fprintf(stderr, "doku: %s: %.1f %% of %d pages have a defect, more than the %.1f %% allowed (-max-defective)\n",
				l.Locale, l.DefectiveShare(), l.Pages, *maxShare)
		}
		return 1
	}
	return 0
}

// specLookup says, from the browser-compat data.json at file, whether a
// key names specifications.
func specLookup(file string) (defects.SpecLookup, error) {
	src, err := fs.ReadFile(os.DirFS(filepath.Dir(file)), filepath.Base(file))
	if err != nil {
		return nil, err
	}
	data, err := compat.Open(src, file)
	if err != nil {
		return nil, err
	}
	return func(key string) bool {
		urls, err := data.SpecURLs([]string{strings.TrimSpace(key)})
		return err == nil && len(urls) > 0
	}, nil
}
