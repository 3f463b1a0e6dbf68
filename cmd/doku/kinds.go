package main

import (
	"fmt"
	"io"

	"github.com/doku-docs/doku/internal/diag"
)

// runKinds prints every diagnostic kind, or those named, with how it is
// reported and what it means: the word in brackets at the end of each
// diagnostic ("[catalog-stale]") leads here.
func runKinds(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("kinds", stderr)
	asJSON := fs.Bool("json", false, "print the kinds as JSON on stdout")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	kinds := diag.Kinds
	if fs.NArg() > 0 {
		kinds = nil
		for _, name := range fs.Args() {
			info, ok := diag.LookupKind(name)
			if !ok {
				fmt.Fprintf(stderr, "doku kinds: no kind %q: run 'doku kinds' for the list\n", name)
				return 1
			}
			kinds = append(kinds, info)
		}
	}
	if *asJSON {
		type row struct {
			Kind     diag.Kind `json:"kind"`
			Severity string    `json:"severity"`
			Meaning  string    `json:"meaning"`
		}
		rows := []row{}
		for _, k := range kinds {
			rows = append(rows, row{k.Kind, k.Reported.String(), k.Meaning})
		}
		writeJSON(stdout, struct {
			Kinds []row `json:"kinds"`
		}{rows})
		return 0
	}
	const format = "%-21s %-29s %s\n"
	fmt.Fprintf(stdout, format, "kind", "severity", "meaning")
	for _, k := range kinds {
		fmt.Fprintf(stdout, format, k.Kind, k.Reported, k.Meaning)
	}
	return 0
}
