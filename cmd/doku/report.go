package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/doku-docs/doku/internal/diag"
)

// report prints diagnostics: as one JSON object {"diagnostics": [...]} on
// stdout for tools, else one line each on stderr for people.
func report(stdout, stderr io.Writer, asJSON bool, ds []diag.Diagnostic) {
	if !asJSON {
		printDiagnostics(stderr, ds)
		return
	}
	writeJSON(stdout, struct {
		Diagnostics []diag.Diagnostic `json:"diagnostics"`
	}{append([]diag.Diagnostic{}, ds...)}) // never null
}

// printDiagnostics writes one diagnostic per line.
func printDiagnostics(w io.Writer, ds []diag.Diagnostic) {
	for _, d := range ds {
		fmt.Fprintln(w, d)
	}
}

// writeJSON writes v indented, the shape every -json flag prints.
func writeJSON(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}
