// Package bench measures doku against its floor and against Hugo on one
// content tree, in one run, so that the ratios hold on a noisy machine even
// when the absolute times do not:
//
//	(a) the floor: goldmark alone converting every page, on all cores;
//	(b) doku build of the tree from nothing, every output included; then
//	    rebuilds with nothing changed, with one page changed and with one
//	    catalog message changed;
//	(c) Hugo building the same Markdown from nothing, then with the same
//	    page changed.
//
// The tree is a real one (MDN's, Options.Content) or a synthetic one
// (internal/gen). Every build runs as a child process, measured for wall
// time, CPU time and peak resident memory (getrusage of the child); with
// several runs, a row shows the median of its wall and CPU times and the
// highest peak memory. Scale builds generated trees of growing size, to
// show that the cost grows linearly.
package bench

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/doku-docs/doku/internal/gen"
)

// Targets for the real en-US + de tree on two cores; the long-run aims
// are 2× the floor and 10× faster than Hugo.
const (
	TargetFloorRatio   = 5.0                    // (b) ≤ 5 × (a)
	TargetRebuildRatio = 1.5                    // rebuild, no change ≤ 1.5 × (a)
	TargetRSS          = 500 << 20              // peak RSS of (b)
	TargetHugoRatio    = 5.0                    // (c) ≥ 5 × (b)
	TargetOwnSite      = 150 * time.Millisecond // this repository's site
)

// Options say what to measure.
type Options struct {
	// Dir holds the outputs and logs, and the generated tree (Dir/tree,
	// kept between runs) when Content is empty.
	Dir string
	// Content is a real content tree to measure, BCD its browser-compat
	// data.json and Data its reference data folder (doku build -data);
	// empty: the tree Gen describes.
	Content, BCD, Data string
	Gen                gen.Options
	// Doku is the doku binary; Self is this program, run as "Self floor".
	Doku, Self string
	// Hugo is the hugo binary, "" when it is not installed.
	Hugo string
	// Repo is this repository, whose own site is built too.
	Repo string
	// Runs repeats each measurement; rows show the medians.
	Runs int
	Out  io.Writer
	// NoServe leaves doku serve out (it waits for a pass over every page).
	NoServe bool
	// ServeOnly measures doku serve alone.
	ServeOnly bool
}

// layout is where one bench run keeps its files, under Options.Dir.
type layout struct {
	gen  string // the generated tree, kept between runs
	tree string // the tree measured: Options.Content or gen
	work string // a hard-linked copy of tree, whose page the bench edits
	root string // the site folder the tree is built with
	logs string // one log per measured child process
	site string // doku's output
	// hugoDir is the Hugo site made from the tree, hugoOut Hugo's output.
	hugoDir, hugoOut string
}

// newLayout is the layout under dir.
func newLayout(dir string) layout {
	return layout{
		gen:     filepath.Join(dir, "tree"),
		work:    filepath.Join(dir, "work"),
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

// median is the row's median wall and CPU time, with the highest peak
// memory of any run.
func (r *row) median() Run {
	walls := make([]time.Duration, len(r.runs))
	cpus := make([]time.Duration, len(r.runs))
	var m Run
	for i, x := range r.runs {
		walls[i], cpus[i] = x.Wall, x.CPU
		m.MaxRSS = max(m.MaxRSS, x.MaxRSS)
	}
	slices.Sort(walls)
	slices.Sort(cpus)
	m.Wall, m.CPU = walls[len(walls)/2], cpus[len(cpus)/2]
	if len(r.runs) > 0 {
		m.Last = r.runs[len(r.runs)-1].Last
	}
	return m
}

// results are the rows of the table.
type results struct {
	floor, cold, fill, again, page, catalog, hugo, hugoPage *row
}

// rows are the table's rows, top to bottom; Hugo's only when it ran.
func (res *results) rows(withHugo bool) []*row {
	rows := []*row{res.floor, res.cold, res.fill, res.again, res.page, res.catalog}
	if withHugo {
		rows = append(rows, res.hugo, res.hugoPage)
	}
	return rows
}

// Bench runs every measurement and prints the table and the ratios.
func Bench(opt Options) error {
	w := opt.Out
	opt.Runs = max(opt.Runs, 1)
	// Absolute, since Hugo reads its output folder relative to its site.
	dir, err := filepath.Abs(opt.Dir)
	if err != nil {
		return err
	}
	dirs := newLayout(dir)
	dirs.tree = opt.Content
	if dirs.tree == "" {
		st, err := ensureTree(w, dirs.gen, opt.Gen)
		if err != nil {
			return err
		}
		dirs.tree = dirs.gen
		opt.BCD = filepath.Join(dirs.gen, filepath.FromSlash(gen.BCDFile))
		fmt.Fprintf(w, "tree %s: %s\n", dirs.gen, st.Summary())
	}
	s, err := prepare(opt, dirs)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "tree %s: %d pages; the edited page is %s\n", dirs.tree, s.pages, s.page)
	if opt.ServeOnly {
		return serveRows(w, opt, dirs, s.serveArgs)
	}
	res, err := measureBuilds(opt, dirs, s)
	if err != nil {
		return err
	}
	own, err := ownSite(opt, dirs.logs)
	if err != nil {
		return err
	}
	printTable(w, res.rows(opt.Hugo != ""), opt.Runs, s.pages)
	fmt.Fprintf(w, "%s\n", builtLine(filepath.Join(dirs.logs, "doku-1.log"), res.cold.median().Last))
	printRatios(w, res, opt.Hugo != "", own)
	if opt.Content != "" && !opt.NoServe {
		return serveRows(w, opt, dirs, s.serveArgs)
	}
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

// setup is what prepare made: doku's build arguments, the page edited
// (relative to the tree) and the number of pages.
type setup struct {
	dokuArgs  []string
	serveArgs []string
	page      string
	pages     int
}

// prepare makes the folders the builds need: the site root, the linked
// copy of the tree and Hugo's site.
func prepare(opt Options, dirs layout) (setup, error) {
	var s setup
	if err := siteRoot(opt.Repo, dirs.root); err != nil {
		return s, err
	}
	if err := os.MkdirAll(dirs.logs, 0o755); err != nil {
		return s, err
	}
	if err := mirror(dirs.tree, dirs.work); err != nil {
		return s, err
	}
	var err error
	if s.page, err = pickPage(dirs.work); err != nil {
		return s, err
	}
	if s.pages, err = countPages(dirs.work); err != nil {
		return s, err
	}
	var data []string
	if opt.BCD != "" {
		data = append(data, "-bcd", opt.BCD)
	}
	if opt.Data != "" {
		data = append(data, "-data", opt.Data)
	}
	s.dokuArgs = slices.Concat([]string{"build", "-root", dirs.root, "-content", dirs.work, "-out", dirs.site}, data)
	s.serveArgs = slices.Concat([]string{"-root", dirs.root, "-content", dirs.work}, data)
	if opt.Hugo != "" {
		if err := HugoSite(dirs.work, dirs.hugoDir); err != nil {
			return s, err
		}
	}
	return s, nil
}

// countPages counts the index.md files below dir.
func countPages(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() == "index.md" {
			n++
		}
		return err
	})
	return n, err
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
// catalogs (the bench edits the German one) and a configuration without
// strict checks (real trees have flaws, as MDN's has).
func siteRoot(repo, root string) error {
	if err := os.RemoveAll(root); err != nil {
		return err
	}
	if err := os.CopyFS(filepath.Join(root, "locales"), os.DirFS(filepath.Join(repo, "locales"))); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(root, "doku.toml"), []byte("locales = [\"en-US\", \"de\"]\n"), 0o644)
}
