package main

import (
	"fmt"
	"io"
	"os"

	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/mdn"
)

// runMacros lists the registry; with -content it counts how often each
// macro, known or not, is called in a tree, per locale, and how many of
// the calls doku handles.
func runMacros(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("macros", stderr)
	dir := fs.String("content", "", "count the calls in this content tree (one folder per locale, as MDN's files/)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	reg := mdn.Registry()
	if *dir == "" {
		for _, m := range reg.All() {
			fmt.Fprintf(stdout, "%-20s %-8s %s\n\t%s\n", m.Name, m.Kind, m.Args(), m.Doc)
		}
		return 0
	}
	u, err := macro.CountTree(os.DirFS(*dir), reg)
	if err != nil {
		fmt.Fprintf(stderr, "doku: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "%-28s %-8s %9s", "macro", "kind", "total")
	for _, l := range u.Locales {
		fmt.Fprintf(stdout, " %9s", l)
	}
	fmt.Fprintln(stdout)
	for _, r := range u.Rows() {
		kind := "unknown"
		if r.Macro != nil {
			kind = r.Macro.Kind.String()
		}
		fmt.Fprintf(stdout, "%-28s %-8s %9d", r.Name, kind, r.Total)
		for _, l := range u.Locales {
			fmt.Fprintf(stdout, " %9d", r.ByLocale[l])
		}
		fmt.Fprintln(stdout)
	}
	known, total := u.Coverage("")
	fmt.Fprintf(stdout, "\ncoverage: %s of %d calls are handled by known macros", percent(known, total), total)
	for _, l := range u.Locales {
		k, t := u.Coverage(l)
		fmt.Fprintf(stdout, "; %s %s of %d in %d pages", l, percent(k, t), t, u.Pages[l])
	}
	fmt.Fprintln(stdout)
	return 0
}

func percent(part, whole int) string {
	if whole == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(part)/float64(whole))
}
