package bench

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/doku-docs/doku/internal/gen"
)

// Scale builds generated trees of base, 2×base and 4×base en-US pages
// (each cached in Dir/scale-<pages>) with doku, opt.Runs times each, and
// prints the cost per page at each size: a build whose cost grows
// linearly costs the same per page at every size.
func Scale(opt Options, base int) error {
	w := opt.Out
	opt.Runs = max(opt.Runs, 1)
	logs := filepath.Join(opt.Dir, "logs")
	root := filepath.Join(opt.Dir, "root")
	if err := os.MkdirAll(logs, 0o755); err != nil {
		return err
	}
	if err := siteRoot(opt.Repo, root); err != nil {
		return err
	}
	fmt.Fprintf(w, "%-8s %8s %10s %10s %12s %12s\n", "size", "pages", "wall", "CPU", "CPU/page", "peak RSS")
	var first float64
	for _, k := range []int{1, 2, 4} {
		g := opt.Gen
		g.Pages = base * k
		dir := filepath.Join(opt.Dir, fmt.Sprintf("scale-%d", g.Pages))
		st, err := ensureTree(w, dir, g)
		if err != nil {
			return err
		}
		pages := st.Pages["en-US"] + st.Pages["de"]
		out := filepath.Join(opt.Dir, "scale-site")
		r := &row{}
		for i := range opt.Runs {
			if err := os.RemoveAll(out); err != nil {
				return err
			}
			x, err := Measure(filepath.Join(logs, fmt.Sprintf("scale-%d-%d.log", g.Pages, i+1)), opt.Doku,
				"build", "-root", root, "-content", dir, "-out", out, "-bcd", filepath.Join(dir, filepath.FromSlash(gen.BCDFile)))
			if err != nil {
				return err
			}
			r.runs = append(r.runs, x)
		}
		m := r.median()
		perPage := m.CPU.Seconds() / float64(pages) * 1e3
		if k == 1 {
			first = perPage
		}
		fmt.Fprintf(w, "%-8s %8d %10s %10s %9.2f ms %9d MB\n", fmt.Sprintf("%d×", k), pages, secs(m.Wall), secs(m.CPU), perPage, m.MaxRSS>>20)
		if k == 4 {
			fmt.Fprintf(w, "CPU per page at 4× / at 1× = %.2f (linear: about 1)\n", perPage/first)
		}
	}
	return nil
}
