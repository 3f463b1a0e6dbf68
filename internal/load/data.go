package load

import (
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/refdata"
)

// loadData reads the data folder of MDN's data macros: the one given by
// -data (relative to the working directory), else by doku.toml's data
// (absolute, or relative to the site's root). Without one, nil: the
// data macros report what they lack.
func loadData(opt Options, cfg Config, dc *diag.Collector) *refdata.Data {
	dir := opt.Data
	if dir == "" {
		dir = cfg.DataDir(opt.Root)
	}
	if dir == "" {
		return nil
	}
	return refdata.Load(dir, dc)
}
