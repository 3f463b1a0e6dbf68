// Command doku-gen writes a synthetic MDN-like content tree for benchmarks:
//
//	doku-gen [-out DIR] [-pages 15000] [-de 0.9] [-seed 1] [-force]
//
// The tree is DIR/en-us/<slug>/index.md and DIR/de/..., with browser-compat
// data in DIR/data/browser-compat.json (where doku build looks by default). The same flags give the same bytes; a tree
// already generated with the same flags is kept unless -force is given.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/doku-docs/doku/internal/gen"
)

func main() {
	opt := gen.Default
	out := flag.String("out", "", "folder to write the tree into (required)")
	flag.IntVar(&opt.Pages, "pages", opt.Pages, "number of en-US pages")
	flag.Float64Var(&opt.DeShare, "de", opt.DeShare, "share of pages translated into German, 0 to 1")
	flag.Uint64Var(&opt.Seed, "seed", opt.Seed, "random seed; the same seed gives the same tree")
	force := flag.Bool("force", false, "regenerate even if the folder holds the same tree")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: doku-gen -out DIR [-pages N] [-de SHARE] [-seed N] [-force]")
		os.Exit(2)
	}
	if !*force && gen.Current(*out, opt) {
		st, err := gen.ReadStamp(*out)
		if err == nil {
			fmt.Fprintf(os.Stderr, "doku-gen: %s is up to date: %s\n", *out, st.Summary())
			return
		}
	}
	start := time.Now()
	st, err := gen.Generate(*out, opt)
	if err != nil {
		fmt.Fprintf(os.Stderr, "doku-gen: %v\n", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "doku-gen: wrote %s in %v: %s\n", *out, time.Since(start).Round(time.Millisecond), st.Summary())
}
