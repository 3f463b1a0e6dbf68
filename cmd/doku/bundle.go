package main

import (
	"io"

	"github.com/doku-docs/doku/internal/pipeline"
)

// runBundle builds the site as 'doku build' does, with its flags, and also
// writes the offline bundles: OUT/download/doku-<locale>.zip for each
// locale and doku-all.zip, linked with their sizes from the home pages.
func runBundle(args []string, stdout, stderr io.Writer) int {
	return buildSite("bundle", pipeline.Options{Bundle: true}, args, stdout, stderr)
}
