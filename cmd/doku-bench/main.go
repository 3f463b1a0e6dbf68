// Command doku-bench measures doku on a synthetic MDN-sized tree against
// goldmark alone (the floor) and against Hugo, and prints the ratios:
//
//	doku-bench -doku PATH [-dir .bench] [-pages 15000] [-runs 1] [-hugo hugo]
//	doku-bench floor -content DIR     (the floor alone, run as a child)
//
// "make bench" builds doku and runs this.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"time"

	"github.com/doku-docs/doku/internal/bench"
	"github.com/doku-docs/doku/internal/gen"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "floor" {
		os.Exit(floor(os.Args[2:]))
	}
	opt := bench.Options{Gen: gen.Default, Out: os.Stdout}
	flag.StringVar(&opt.Dir, "dir", ".bench", "folder for the generated tree (kept between runs), outputs and logs")
	flag.StringVar(&opt.Doku, "doku", "", "the doku binary to measure (required)")
	flag.StringVar(&opt.Repo, "repo", ".", "this repository, whose own site is built too")
	flag.IntVar(&opt.Gen.Pages, "pages", opt.Gen.Pages, "en-US pages of the tree")
	flag.Float64Var(&opt.Gen.DeShare, "de", opt.Gen.DeShare, "share of pages translated into German")
	flag.Uint64Var(&opt.Gen.Seed, "seed", opt.Gen.Seed, "seed of the tree")
	flag.IntVar(&opt.Runs, "runs", 1, "repeat every measurement; the fastest run counts")
	hugo := flag.String("hugo", "hugo", "the hugo binary; skipped with a message when not found")
	flag.Parse()
	if opt.Doku == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: doku-bench -doku PATH [-dir DIR] [-pages N] [-runs N] [-hugo PATH]")
		os.Exit(2)
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintf(os.Stderr, "doku-bench: %v\n", err)
		os.Exit(1)
	}
	opt.Self = self
	if p, err := exec.LookPath(*hugo); err == nil {
		opt.Hugo = p
	} else {
		fmt.Fprintf(os.Stderr, "doku-bench: %s not found; (c) is skipped. Install it with: apt-get install -y hugo\n", *hugo)
	}
	if err := bench.Bench(opt); err != nil {
		fmt.Fprintf(os.Stderr, "doku-bench: %v\n", err)
		os.Exit(1)
	}
}

func floor(args []string) int {
	fs := flag.NewFlagSet("floor", flag.ContinueOnError)
	dir := fs.String("content", "", "content tree to convert")
	if err := fs.Parse(args); err != nil || *dir == "" {
		fmt.Fprintln(os.Stderr, "usage: doku-bench floor -content DIR")
		return 2
	}
	start := time.Now()
	n, size, err := bench.Floor(*dir)
	if err != nil {
		fmt.Fprintf(os.Stderr, "doku-bench floor: %v\n", err)
		return 1
	}
	fmt.Fprintf(os.Stderr, "floor: converted %d pages (%.1f MB of Markdown) in %v\n", n, float64(size)/1e6, time.Since(start).Round(time.Millisecond))
	return 0
}
