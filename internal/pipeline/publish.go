package pipeline

import (
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/output"
)

// publish finishes a build without errors: the offline bundles (which
// the home pages link to), then the precompressed copies of every text
// file, bundles included. It returns how many files it wrote.
func publish(opt Options, in *load.Model, out *output.Dir, bs *bundles, dc *diag.Collector) (int, error) {
	n := 0
	if bs != nil {
		opt.Progress.Stage("bundle", 0)
		k, err := bs.finish(in, out, dc)
		n += k
		if err != nil {
			return n, err
		}
	}
	if opt.Precompress {
		opt.Progress.Stage("precompress", 0)
		k, err := out.Precompress()
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}
