package pipeline

import (
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/output"
)

// publish runs the steps that read the written site back, on a build
// without errors: the offline bundles (which link into the home pages),
// then the precompressed copies of every text file, bundles' pages
// included. It returns how many files it wrote.
func publish(opt Options, in *load.Model, out *output.Dir, dc *diag.Collector) (int, error) {
	n := 0
	if opt.Bundle {
		k, err := writeBundles(in, out, dc)
		n += k
		if err != nil {
			return n, err
		}
	}
	if opt.Precompress {
		k, err := out.Precompress()
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}
