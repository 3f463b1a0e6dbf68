package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/pipeline"
)

func runBuild(args []string, stdout, stderr io.Writer) int {
	return buildSite("build", pipeline.Options{}, args, stdout, stderr)
}

// buildMemoryLimit is the soft memory limit of a build unless GOMEMLIMIT
// sets one ("off" for none). Go lets the heap grow to twice what is live
// before it collects; on MDN's tree that was 720 MB of memory for under
// 350 MB live. With this limit the same build stays under 480 MB for 7 %
// more CPU time (docs/performance.md). A site whose live data outgrows
// it builds more slowly rather than failing: the limit is soft.
const buildMemoryLimit = 450 << 20

// buildSite parses the build flags for the command name over the options
// given, builds, and reports.
func buildSite(name string, opt pipeline.Options, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet(name, stderr)
	var site siteFlags
	site.register(fs, flagsBuild)
	fs.BoolVar(&opt.Precompress, "precompress", opt.Precompress, "write .gz and .br copies beside every text file, for servers that send them as they are")
	fs.BoolVar(&opt.Check, "check", false, "check every link and fragment of the new output (as doku check does) before it replaces the old")
	useCache := fs.Bool("cache", false, "keep a render cache beside the output (.OUT.cache) and render only the pages whose inputs changed since the build that filled it")
	asJSON := fs.Bool("json", false, "print diagnostics as JSON on stdout")
	var pf flagsProgress
	pf.register(fs)
	var prof profiles
	prof.flags(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	// The cache is asked for, not kept by default: filling it costs a
	// cold build more than it saves one, and a build from a fresh clone
	// (CI, hosting) never finds one.
	opt.NoCache = !*useCache
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "doku %s: unexpected arguments %q: give folders with -root, -content and -out\n", name, fs.Args())
		return 2
	}
	opt = site.options(opt)
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(buildMemoryLimit)
	}
	stopProfiles, err := prof.start()
	if err != nil {
		fmt.Fprintf(stderr, "doku: %v\n", err)
		return 1
	}
	start := time.Now()
	prog := newProgress(stderr, !pf.quiet && isTerminal(stderr), pf.verbose)
	opt.Progress = prog
	opt.SearchSizes = pf.verbose // only printed then
	res, err := pipeline.Build(opt)
	prog.Finish()
	if perr := stopProfiles(); perr != nil {
		fmt.Fprintf(stderr, "doku: %v\n", perr)
	}
	var ds []diag.Diagnostic
	if res != nil {
		ds = res.Diagnostics
	}
	report(stdout, stderr, *asJSON, ds)
	if err != nil {
		fmt.Fprintf(stderr, "doku: %v\n", err)
		return 1
	}
	if pf.quiet {
		return 0
	}
	fmt.Fprintf(stderr, "doku: built %d pages (%d files) in %v%s\n", res.Pages, res.Files,
		time.Since(start).Round(time.Millisecond), summary(ds))
	if pf.verbose {
		if res.Unchanged {
			fmt.Fprintf(stderr, "doku: nothing changed since the last build: nothing rendered or written\n")
		} else {
			fmt.Fprintf(stderr, "doku: %d of %d pages rendered, the others taken from the render cache\n", len(res.Rendered), res.Pages)
		}
		for _, st := range res.Search {
			fmt.Fprintf(stderr, "doku: search index %v\n", st)
		}
	}
	if u := unknownMacros(ds, 0); u != "" {
		fmt.Fprintf(stderr, "doku: unknown macros (calls): %s\n", u)
	}
	return 0
}

// unknownMacros counts the calls of each unknown macro, most called first,
// and lists the first max (every one for max 0): what doku would need to
// learn next. The build's summary lists them all.
func unknownMacros(ds []diag.Diagnostic, max int) string {
	calls := map[string]int{}
	for _, d := range ds {
		if d.Kind != diag.MacroUnknown {
			continue
		}
		if name, ok := macro.UnknownName(d.Message); ok {
			calls[name]++
		}
	}
	names := slices.Collect(maps.Keys(calls))
	slices.SortFunc(names, func(a, b string) int { return cmp.Or(calls[b]-calls[a], strings.Compare(a, b)) })
	var parts []string
	for i, n := range names {
		if i == max && max > 0 {
			parts = append(parts, fmt.Sprintf("%d more", len(names)-max))
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", n, calls[n]))
	}
	return strings.Join(parts, ", ")
}

// summary counts diagnostics by kind: ", 3 warnings (2 link, 1 pending)".
func summary(ds []diag.Diagnostic) string {
	if len(ds) == 0 {
		return ""
	}
	byKind := map[diag.Kind]int{}
	for _, d := range ds {
		byKind[d.Kind]++
	}
	s := fmt.Sprintf(", %d diagnostic(s):", len(ds))
	for _, k := range slices.Sorted(maps.Keys(byKind)) {
		s += fmt.Sprintf(" %s %d", k, byKind[k])
	}
	return s
}
