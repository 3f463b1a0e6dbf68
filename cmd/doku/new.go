package main

import (
	"fmt"
	"io"
	"io/fs"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/scaffold"
)

// runNew writes a new bilingual site (English and German) into a new or
// empty folder; it builds at once with the theme doku embeds.
func runNew(args []string, stdout, stderr io.Writer) int {
	flags := newFlagSet("new", stderr)
	flags.Usage = func() {
		fmt.Fprintf(flags.Output(), "usage: doku new [flags] DIR\n\n%s\n\nflags:\n", summaryOf("new"))
		flags.PrintDefaults()
	}
	themeCopy := flags.Bool("theme-copy", false, "also copy doku's theme (layouts/ and static/) into the site, to edit it there")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if flags.NArg() != 1 {
		fmt.Fprintln(stderr, "doku new: name the folder to make the site in: doku new DIR")
		return 2
	}
	dir := flags.Arg(0)
	var theme fs.FS
	if *themeCopy {
		theme = doku.Theme
	}
	written, err := scaffold.New(dir, theme)
	if err != nil {
		fmt.Fprintf(stderr, "doku new: %v\n", err)
		return 1
	}
	for _, f := range written {
		fmt.Fprintf(stdout, "%s/%s\n", dir, f)
	}
	fmt.Fprintf(stderr, "doku: made a site in %s; next: cd %s && doku serve\n", dir, dir)
	return 0
}
