package bench

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"
)

// printTable prints one line per row: the median wall time, pages per
// second and CPU time, and the highest peak memory of all runs; with
// several runs, every run's wall time too, to show how noisy they were.
func printTable(w io.Writer, rows []*row, runs, pages int) {
	fmt.Fprintf(w, "\n%-36s %10s %10s %10s %10s", "", "wall", "pages/s", "CPU", "peak RSS")
	if runs > 1 {
		fmt.Fprintf(w, "   all runs")
	}
	fmt.Fprintln(w)
	for _, r := range rows {
		b := r.median()
		fmt.Fprintf(w, "%-36s %10s %10.0f %10s %7d MB", r.label, secs(b.Wall), float64(pages)/b.Wall.Seconds(), secs(b.CPU), b.MaxRSS>>20)
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
	a, b := res.floor.median(), res.cold.median()
	ratio := func(x, y Run) (wall, cpu float64) {
		return x.Wall.Seconds() / y.Wall.Seconds(), x.CPU.Seconds() / y.CPU.Seconds()
	}
	ba, bac := ratio(b, a)
	fmt.Fprintf(w, "\nbuild/floor = %.1f  (target ≤ %.0f: %s; CPU time %.1f)\n", ba, TargetFloorRatio, verdict(ba <= TargetFloorRatio), bac)
	ra, rac := ratio(res.again.median(), a)
	fmt.Fprintf(w, "rebuild with no change/floor = %.1f  (target ≤ %.1f: %s; CPU time %.1f)\n", ra, TargetRebuildRatio, verdict(ra <= TargetRebuildRatio), rac)
	pa, _ := ratio(res.page.median(), a)
	ca, _ := ratio(res.catalog.median(), a)
	fmt.Fprintf(w, "rebuild with 1 page changed/floor = %.1f; with 1 message changed/floor = %.1f\n", pa, ca)
	fmt.Fprintf(w, "peak RSS of (b) = %d MB  (target ≤ %d MB: %s)\n", b.MaxRSS>>20, TargetRSS>>20, verdict(b.MaxRSS <= TargetRSS))
	if withHugo {
		cb, cbc := ratio(res.hugo.median(), b)
		fmt.Fprintf(w, "hugo/build = %.2f  (target ≥ %.0f: %s; CPU time %.2f)\n", cb, TargetHugoRatio, verdict(cb >= TargetHugoRatio), cbc)
	} else {
		fmt.Fprintln(w, "hugo/build: skipped, hugo is not installed (Debian: apt-get install -y hugo)")
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
