package main

import (
	"flag"
	"fmt"
	"io"

	"doku/internal/macro"
)

func runMacros(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("macros", flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	for _, m := range macro.Builtins().All() {
		fmt.Fprintf(stdout, "%-20s %-8s %s\n\t%s\n", m.Name, m.Kind, m.Args, m.Doc)
	}
	return 0
}
