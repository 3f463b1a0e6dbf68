// Command doku-bench measures doku against goldmark alone (the floor) and
// against Hugo on one content tree, and prints the ratios:
//
//	doku-bench -doku PATH [-content DIR -bcd FILE -data DIR] [-dir .bench] [-runs 3] [-hugo hugo]
//	doku-bench scale -doku PATH [-pages 3750] [-runs 1]   (generated trees, 1×, 2×, 4×)
//	doku-bench floor -content DIR                          (the floor alone, run as a child)
//
// Without -content it measures a generated MDN-sized tree (internal/gen).
// "make bench" runs it on MDN's real tree, "make bench-scale" the scale.
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
	scale := len(os.Args) > 1 && os.Args[1] == "scale"
	args := os.Args[1:]
	if scale {
		args = args[1:]
	}
	fs := flag.NewFlagSet("doku-bench", flag.ExitOnError)
	opt := bench.Options{Gen: gen.Default, Out: os.Stdout}
	fs.StringVar(&opt.Dir, "dir", ".bench", "folder for outputs, logs and generated trees (kept between runs)")
	fs.StringVar(&opt.Doku, "doku", "", "the doku binary to measure (required)")
	fs.StringVar(&opt.Repo, "repo", ".", "this repository, whose own site is built too")
	fs.StringVar(&opt.Content, "content", "", "a real content tree to measure (MDN's); empty: a generated one")
	fs.StringVar(&opt.BCD, "bcd", "", "the browser-compat data.json of the -content tree")
	fs.StringVar(&opt.Data, "data", "", "the reference data folder of the -content tree (doku build -data)")
	fs.IntVar(&opt.Gen.Pages, "pages", opt.Gen.Pages, "en-US pages of a generated tree (scale: of the smallest)")
	fs.Float64Var(&opt.Gen.DeShare, "de", opt.Gen.DeShare, "share of a generated tree's pages translated into German")
	fs.Uint64Var(&opt.Gen.Seed, "seed", opt.Gen.Seed, "seed of a generated tree")
	fs.IntVar(&opt.Runs, "runs", 3, "repeat every measurement; rows show medians")
	fs.BoolVar(&opt.NoServe, "no-serve", false, "leave out doku serve on the -content tree (it waits for a pass over every page)")
	fs.BoolVar(&opt.ServeOnly, "serve-only", false, "measure doku serve on the -content tree alone")
	hugo := fs.String("hugo", "hugo", "the hugo binary; skipped with a message when not found")
	fs.Parse(args)
	if opt.Doku == "" || fs.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: doku-bench [scale] -doku PATH [-content DIR -bcd FILE -data DIR] [-dir DIR] [-pages N] [-runs N] [-hugo PATH]")
		os.Exit(2)
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintf(os.Stderr, "doku-bench: %v\n", err)
		os.Exit(1)
	}
	opt.Self = self
	if scale {
		if err := bench.Scale(opt, opt.Gen.Pages); err != nil {
			fmt.Fprintf(os.Stderr, "doku-bench scale: %v\n", err)
			os.Exit(1)
		}
		return
	}
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
