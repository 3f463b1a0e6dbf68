// Package bench measures doku against its floor and against Hugo on a
// synthetic MDN-sized tree (internal/gen), in one run, so that the ratios
// hold on a noisy machine even when the absolute times do not:
//
//	(a) the floor: goldmark alone converting every page, on all cores;
//	(b) a full doku build of the tree, every output included;
//	(c) Hugo building the same Markdown.
//
// Every build runs as a child process, measured for wall time and peak
// resident memory (getrusage of the child).
package bench

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/doku-docs/doku/internal/gen"
)

// Targets of issue 6, for 15,000 pages per locale on two cores.
const (
	TargetFloorRatio = 2.0                    // (b) ≤ 2 × (a)
	TargetRSS        = 500 << 20              // peak RSS of (b)
	TargetHugoRatio  = 10.0                   // (c) ≥ 10 × (b)
	TargetOwnSite    = 150 * time.Millisecond // this repository's site
)

// Options say what to measure.
type Options struct {
	// Dir caches the tree (Dir/tree) and holds the outputs and logs.
	Dir string
	Gen gen.Options
	// Doku is the doku binary; Self is this program, run as "Self floor".
	Doku, Self string
	// Hugo is the hugo binary, "" when it is not installed.
	Hugo string
	// Repo is this repository, whose own site is built too.
	Repo string
	// Runs repeats each measurement; the fastest run counts.
	Runs int
	Out  io.Writer
}

// layout is where one bench run keeps its files, under Options.Dir.
type layout struct {
	tree string // the generated tree, kept between runs
	root string // the site folder the tree is built with
	logs string // one log per measured child process
	site string // doku's output
	// hugoDir is the Hugo site made from the tree, hugoOut Hugo's output.
	hugoDir, hugoOut string
}

// newLayout is the layout under dir.
func newLayout(dir string) layout {
	return layout{
		tree:    filepath.Join(dir, "tree"),
		root:    filepath.Join(dir, "root"),
		logs:    filepath.Join(dir, "logs"),
		site:    filepath.Join(dir, "site"),
		hugoDir: filepath.Join(dir, "hugo"),
		hugoOut: filepath.Join(dir, "hugo-public"),
	}
}

// row is the measurements of one build, over all runs.
type row struct {
	label string
	runs  []Run
}

// best is the fastest run, with the highest peak memory of any run.
func (r *row) best() Run {
	b := slices.MinFunc(r.runs, func(x, y Run) int { return int(x.Wall - y.Wall) })
	for _, x := range r.runs {
		b.MaxRSS = max(b.MaxRSS, x.MaxRSS)
	}
	return b
}

// results are the rows of the table: the three builds being compared and
// doku's rebuild of an unchanged tree.
type results struct {
	floor, full, again, hugo *row
}

// rows are the table's rows, top to bottom; Hugo's only when it ran.
func (res *results) rows(withHugo bool) []*row {
	rows := []*row{res.floor, res.full, res.again}
	if withHugo {
		rows = append(rows, res.hugo)
	}
	return rows
}

// Bench runs every measurement and prints the table and the ratios.
func Bench(opt Options) error {
	w := opt.Out
	opt.Runs = max(opt.Runs, 1)
	dirs := newLayout(opt.Dir)
	st, err := ensureTree(w, dirs.tree, opt.Gen)
	if err != nil {
		return err
	}
	pages := st.Pages["en-US"] + st.Pages["de"]
	fmt.Fprintf(w, "tree %s: %s\n", dirs.tree, st.Summary())
	dokuArgs, err := prepare(opt, dirs)
	if err != nil {
		return err
	}
	res, err := measureBuilds(opt, dirs, dokuArgs, pages)
	if err != nil {
		return err
	}
	own, err := ownSite(opt, dirs.logs)
	if err != nil {
		return err
	}
	printTable(w, res.rows(opt.Hugo != ""), opt.Runs, pages)
	fmt.Fprintf(w, "%s\n", builtLine(filepath.Join(dirs.logs, "doku-1.log"), res.full.best().Last))
	printRatios(w, res, opt.Hugo != "", own)
	return nil
}

// ensureTree returns the stats of the tree in dir, generating it first
// unless dir holds the tree opt describes already, so that repeated
// benches measure the same bytes without writing them again.
func ensureTree(w io.Writer, dir string, opt gen.Options) (gen.Stats, error) {
	if gen.Current(dir, opt) {
		return gen.ReadStamp(dir)
	}
	fmt.Fprintf(w, "generating %s ...\n", dir)
	return gen.Generate(dir, opt)
}

// prepare makes the folders the builds need and returns the arguments of
// doku's build.
func prepare(opt Options, dirs layout) (dokuArgs []string, err error) {
	if err := siteRoot(opt.Repo, dirs.root); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dirs.logs, 0o755); err != nil {
		return nil, err
	}
	dokuArgs = []string{"build", "-root", dirs.root, "-content", dirs.tree, "-out", dirs.site}
	if hasFlag(opt.Doku, "build", "-bcd") {
		dokuArgs = append(dokuArgs, "-bcd", filepath.Join(dirs.tree, filepath.FromSlash(gen.BCDFile)))
	}
	if opt.Hugo != "" {
		if err := HugoSite(dirs.tree, dirs.hugoDir); err != nil {
			return nil, err
		}
	}
	return dokuArgs, nil
}

// measureBuilds runs every build opt.Runs times. The builds of one run
// follow each other, rather than all runs of one build, so that a slow
// spell of a shared machine slows every row alike.
func measureBuilds(opt Options, dirs layout, dokuArgs []string, pages int) (*results, error) {
	res := &results{
		floor: &row{label: "(a) goldmark floor"},
		full:  &row{label: "(b) doku build"},
		again: &row{label: "    doku rebuild, no change"},
		hugo:  &row{label: "(c) hugo"},
	}
	for i := range opt.Runs {
		logFile := func(name string) string { return filepath.Join(dirs.logs, fmt.Sprintf("%s-%d.log", name, i+1)) }
		r, err := Measure(logFile("floor"), opt.Self, "floor", "-content", dirs.tree)
		if err != nil {
			return nil, err
		}
		res.floor.runs = append(res.floor.runs, r)
		// The first build starts from nothing; the second finds the
		// first's output and measures a rebuild with no change.
		if err := os.RemoveAll(dirs.site); err != nil {
			return nil, err
		}
		if r, err = Measure(logFile("doku"), opt.Doku, dokuArgs...); err != nil {
			return nil, err
		}
		res.full.runs = append(res.full.runs, r)
		if r, err = Measure(logFile("doku-again"), opt.Doku, dokuArgs...); err != nil {
			return nil, err
		}
		res.again.runs = append(res.again.runs, r)
		if opt.Hugo == "" {
			continue
		}
		if r, err = measureHugo(opt.Hugo, dirs, logFile("hugo"), pages, opt.Out); err != nil {
			return nil, err
		}
		res.hugo.runs = append(res.hugo.runs, r)
	}
	return res, nil
}

// measureHugo runs one Hugo build from nothing, and warns when it built
// fewer pages than the tree has: its time would then flatter it.
func measureHugo(hugo string, dirs layout, log string, pages int, w io.Writer) (Run, error) {
	if err := os.RemoveAll(dirs.hugoOut); err != nil {
		return Run{}, err
	}
	r, err := Measure(log, hugo, "--quiet", "-s", dirs.hugoDir, "-d", dirs.hugoOut)
	if err != nil {
		return Run{}, err
	}
	if n, err := hugoBuilt(dirs.hugoOut); err == nil && n < pages {
		fmt.Fprintf(w, "warning: hugo wrote %d pages of %d; its figure is too kind\n", n, pages)
	}
	return r, nil
}

const ownRuns = 5

// ownSite builds this repository's site a few times and returns the
// median wall time.
func ownSite(opt Options, logs string) (time.Duration, error) {
	var ws []time.Duration
	for i := range ownRuns {
		r, err := Measure(filepath.Join(logs, fmt.Sprintf("own-site-%d.log", i+1)), opt.Doku,
			"build", "-root", opt.Repo, "-out", filepath.Join(opt.Dir, "own-site"))
		if err != nil {
			return 0, err
		}
		ws = append(ws, r.Wall)
	}
	slices.Sort(ws)
	return ws[len(ws)/2], nil
}

// siteRoot makes the site folder the tree is built with: this repository's
// catalogs and a configuration without strict checks (the tree has
// flaws on purpose, as MDN has).
func siteRoot(repo, root string) error {
	if err := os.RemoveAll(root); err != nil {
		return err
	}
	if err := os.CopyFS(filepath.Join(root, "locales"), os.DirFS(filepath.Join(repo, "locales"))); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(root, "doku.toml"), []byte("locales = [\"en-US\", \"de\"]\n"), 0o644)
}

// hasFlag reports whether "bin cmd -h" lists flag, so the bench uses
// doku's options as far as they exist.
func hasFlag(bin, cmd, flag string) bool {
	out, _ := exec.Command(bin, cmd, "-h").CombinedOutput()
	for _, line := range strings.Split(string(out), "\n") {
		if f := strings.Fields(line); len(f) > 0 && f[0] == flag {
			return true
		}
	}
	return false
}
