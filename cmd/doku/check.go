package main

import (
	"fmt"
	"io"
	iofs "io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/doku-docs/doku/internal/hosting"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/sitecheck"
)

// runCheck reads a built site as a browser would and reports every link,
// resource and fragment that leads nowhere, in every locale.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", stderr)
	var site siteFlags
	site.register(fs, flagRoot|flagOut|flagBaseURL)
	root, out, baseURL := &site.root, &site.out, &site.baseURL
	asJSON := fs.Bool("json", false, "print problems as JSON on stdout")
	var pf flagsProgress
	pf.register(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" {
		*out = filepath.Join(*root, "site")
	}
	cfg, ds := load.ReadConfig(*root)
	base := cfg.Base()
	if *baseURL != "" {
		u, err := hosting.ParseBaseURL(*baseURL)
		if err != nil {
			fmt.Fprintf(stderr, "doku: -base-url %q: %v\n", *baseURL, err)
			return 2
		}
		base = u
	}
	if st, err := os.Stat(*out); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "doku: %s is not a built site: run doku build first\n", *out)
		return 2
	}
	prog := newProgress(stderr, !pf.quiet && isTerminal(stderr), pf.verbose)
	prog.Stage("check", countHTML(*out))
	probs, err := sitecheck.Check(os.DirFS(*out), sitecheck.Options{Base: base, Page: prog.Page})
	prog.Finish()
	if err != nil {
		fmt.Fprintf(stderr, "doku: %v\n", err)
		return 1
	}
	for _, p := range probs {
		ds = append(ds, p.Diagnostic(*out))
	}
	report(stdout, stderr, *asJSON, ds)
	if len(probs) > 0 {
		fmt.Fprintf(stderr, "doku: %d broken link(s), resource(s) or fragment(s) in %s\n", len(probs), *out)
		return 1
	}
	if !pf.quiet {
		fmt.Fprintf(stderr, "doku: every link and fragment in %s leads somewhere\n", *out)
	}
	return 0
}

// countHTML counts the HTML files below dir, the pages a check reads.
func countHTML(dir string) int {
	n := 0
	_ = filepath.WalkDir(dir, func(p string, d iofs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".html") {
			n++
		}
		return nil
	})
	return n
}
