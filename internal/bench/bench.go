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

// row is the measurements of one build, over all runs.
type row struct {
	label string
	runs  []Run
}

func (r *row) best() Run {
	b := slices.MinFunc(r.runs, func(x, y Run) int { return int(x.Wall - y.Wall) })
	for _, x := range r.runs {
		b.MaxRSS = max(b.MaxRSS, x.MaxRSS)
	}
	return b
}

// Bench runs every measurement and prints the table and the ratios.
func Bench(opt Options) error {
	w := opt.Out
	opt.Runs = max(opt.Runs, 1)
	tree := filepath.Join(opt.Dir, "tree")
	var st gen.Stats
	var err error
	if gen.Current(tree, opt.Gen) {
		st, err = gen.ReadStamp(tree)
	} else {
		fmt.Fprintf(w, "generating %s ...\n", tree)
		st, err = gen.Generate(tree, opt.Gen)
	}
	if err != nil {
		return err
	}
	pages := st.Pages["en-US"] + st.Pages["de"]
	fmt.Fprintf(w, "tree %s: %s\n", tree, st.Summary())

	root := filepath.Join(opt.Dir, "root")
	if err := siteRoot(opt.Repo, root); err != nil {
		return err
	}
	logs := filepath.Join(opt.Dir, "logs")
	if err := os.MkdirAll(logs, 0o755); err != nil {
		return err
	}
	site := filepath.Join(opt.Dir, "site")
	dokuArgs := []string{"build", "-root", root, "-content", tree, "-out", site}
	if hasFlag(opt.Doku, "build", "-bcd") {
		dokuArgs = append(dokuArgs, "-bcd", filepath.Join(tree, filepath.FromSlash(gen.BCDFile)))
	}
	hugoDir, hugoOut := filepath.Join(opt.Dir, "hugo"), filepath.Join(opt.Dir, "hugo-public")
	if opt.Hugo != "" {
		if err := HugoSite(tree, hugoDir); err != nil {
			return err
		}
	}

	floor := &row{label: "(a) goldmark floor"}
	full := &row{label: "(b) doku build"}
	again := &row{label: "    doku rebuild, no change"}
	hugo := &row{label: "(c) hugo"}
	for i := range opt.Runs {
		log := func(name string) string { return filepath.Join(logs, fmt.Sprintf("%s-%d.log", name, i+1)) }
		r, err := Measure(log("floor"), opt.Self, "floor", "-content", tree)
		if err != nil {
			return err
		}
		floor.runs = append(floor.runs, r)
		if err := os.RemoveAll(site); err != nil {
			return err
		}
		if r, err = Measure(log("doku"), opt.Doku, dokuArgs...); err != nil {
			return err
		}
		full.runs = append(full.runs, r)
		if r, err = Measure(log("doku-again"), opt.Doku, dokuArgs...); err != nil {
			return err
		}
		again.runs = append(again.runs, r)
		if opt.Hugo == "" {
			continue
		}
		if err := os.RemoveAll(hugoOut); err != nil {
			return err
		}
		if r, err = Measure(log("hugo"), opt.Hugo, "--quiet", "-s", hugoDir, "-d", hugoOut); err != nil {
			return err
		}
		hugo.runs = append(hugo.runs, r)
		if n, err := hugoBuilt(hugoOut); err == nil && n < pages {
			fmt.Fprintf(w, "warning: hugo wrote %d pages of %d; its figure is too kind\n", n, pages)
		}
	}

	own, err := ownSite(opt, logs)
	if err != nil {
		return err
	}

	fmt.Fprintf(w, "\n%-30s %10s %10s %10s %10s", "", "wall", "pages/s", "CPU", "peak RSS")
	if opt.Runs > 1 {
		fmt.Fprintf(w, "   all runs")
	}
	fmt.Fprintln(w)
	rows := []*row{floor, full, again}
	if opt.Hugo != "" {
		rows = append(rows, hugo)
	}
	for _, r := range rows {
		b := r.best()
		fmt.Fprintf(w, "%-30s %10s %10.0f %10s %7d MB", r.label, secs(b.Wall), float64(pages)/b.Wall.Seconds(), secs(b.CPU), b.MaxRSS>>20)
		if opt.Runs > 1 {
			var all []string
			for _, x := range r.runs {
				all = append(all, secs(x.Wall))
			}
			fmt.Fprintf(w, "   %s", strings.Join(all, " "))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%s\n", builtLine(filepath.Join(logs, "doku-1.log"), full.best().Last))

	a, b := floor.best(), full.best()
	ba := b.Wall.Seconds() / a.Wall.Seconds()
	fmt.Fprintf(w, "\nb/a = %.2f  (target ≤ %.0f: %s; CPU time b/a = %.2f)\n", ba, TargetFloorRatio, verdict(ba <= TargetFloorRatio), b.CPU.Seconds()/a.CPU.Seconds())
	fmt.Fprintf(w, "peak RSS of (b) = %d MB  (target ≤ %d MB: %s)\n", b.MaxRSS>>20, TargetRSS>>20, verdict(b.MaxRSS <= TargetRSS))
	if opt.Hugo != "" {
		c := hugo.best()
		cb := c.Wall.Seconds() / b.Wall.Seconds()
		fmt.Fprintf(w, "c/b = %.1f  (target ≥ %.0f: %s; CPU time c/b = %.1f)\n", cb, TargetHugoRatio, verdict(cb >= TargetHugoRatio), c.CPU.Seconds()/b.CPU.Seconds())
	} else {
		fmt.Fprintln(w, "c/b: skipped, hugo is not installed (Debian: apt-get install -y hugo)")
	}
	fmt.Fprintf(w, "this repository's site: %s median of %d builds  (target ≤ %s: %s)\n",
		ms(own), ownRuns, ms(TargetOwnSite), verdict(own <= TargetOwnSite))
	return nil
}

// builtLine is doku's summary line ("doku: built N pages ...") from its
// log, or fallback.
func builtLine(log, fallback string) string {
	b, err := os.ReadFile(log)
	if err != nil {
		return fallback
	}
	for _, line := range slices.Backward(strings.Split(string(b), "\n")) {
		if strings.HasPrefix(line, "doku: built ") {
			return line
		}
	}
	return fallback
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

func secs(d time.Duration) string { return fmt.Sprintf("%.2f s", d.Seconds()) }
func ms(d time.Duration) string   { return fmt.Sprintf("%d ms", d.Milliseconds()) }

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "MISSED"
}
