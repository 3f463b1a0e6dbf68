package bench

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"
)

// printTable prints one line per row: the fastest run's wall time, pages
// per second and CPU time, and the highest peak memory of all runs; with
// several runs, every run's wall time too, to show how noisy they were.
func printTable(w io.Writer, rows []*row, runs, pages int) {
	fmt.Fprintf(w, "\n%-30s %10s %10s %10s %10s", "", "wall", "pages/s", "CPU", "peak RSS")
	if runs > 1 {
		fmt.Fprintf(w, "   all runs")
	}
	fmt.Fprintln(w)
	for _, r := range rows {
		b := r.best()
		fmt.Fprintf(w, "%-30s %10s %10.0f %10s %7d MB", r.label, secs(b.Wall), float64(pages)/b.Wall.Seconds(), secs(b.CPU), b.MaxRSS>>20)
		if runs > 1 {
			var all []string
			for _, x := range r.runs {
				all = append(all, secs(x.Wall))
			}
			fmt.Fprintf(w, "   %s", strings.Join(all, " "))
		}
		fmt.Fprintln(w)
	}
}

// printRatios prints each target with the figure measured for it and
// whether it is met.
func printRatios(w io.Writer, res *results, withHugo bool, own time.Duration) {
	a, b := res.floor.best(), res.full.best()
	ba := b.Wall.Seconds() / a.Wall.Seconds()
	fmt.Fprintf(w, "\nb/a = %.2f  (target ≤ %.0f: %s; CPU time b/a = %.2f)\n", ba, TargetFloorRatio, verdict(ba <= TargetFloorRatio), b.CPU.Seconds()/a.CPU.Seconds())
	fmt.Fprintf(w, "peak RSS of (b) = %d MB  (target ≤ %d MB: %s)\n", b.MaxRSS>>20, TargetRSS>>20, verdict(b.MaxRSS <= TargetRSS))
	if withHugo {
		c := res.hugo.best()
		cb := c.Wall.Seconds() / b.Wall.Seconds()
		fmt.Fprintf(w, "c/b = %.1f  (target ≥ %.0f: %s; CPU time c/b = %.1f)\n", cb, TargetHugoRatio, verdict(cb >= TargetHugoRatio), c.CPU.Seconds()/b.CPU.Seconds())
	} else {
		fmt.Fprintln(w, "c/b: skipped, hugo is not installed (Debian: apt-get install -y hugo)")
	}
	fmt.Fprintf(w, "this repository's site: %s median of %d builds  (target ≤ %s: %s)\n",
		ms(own), ownRuns, ms(TargetOwnSite), verdict(own <= TargetOwnSite))
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

func secs(d time.Duration) string { return fmt.Sprintf("%.2f s", d.Seconds()) }
func ms(d time.Duration) string   { return fmt.Sprintf("%d ms", d.Milliseconds()) }

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "MISSED"
}
