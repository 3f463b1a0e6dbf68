package i18n

import (
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/locale"
)

// CatalogDir is where a site keeps its catalogs, relative to its root.
const CatalogDir = "locales"

// ReadFiles reads every catalog in dir of fsys: the source first, then
// the translations sorted by locale. A locale given in only limits the
// translations read. A broken catalog is reported and left out; a missing
// source gives a nil src.
func ReadFiles(fsys fs.FS, dir string, only string, dc *diag.Collector) (src *File, trs []*File) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.toml"))
	if err != nil || !slices.Contains(names, path.Join(dir, locale.Source+".toml")) {
		dc.Errorf(diag.Pos{File: path.Join(dir, locale.Source+".toml")}, diag.Catalog,
			"the source catalog holds every message in English: one [MessageID] table with description and other",
			"the source catalog is missing")
		return nil, nil
	}
	slices.Sort(names)
	for _, n := range names {
		loc := strings.TrimSuffix(path.Base(n), ".toml")
		if loc != locale.Source && only != "" && loc != only {
			continue
		}
		f := ReadFile(fsys, n, loc, dc)
		switch {
		case f == nil:
		case loc == locale.Source:
			src = f
		default:
			trs = append(trs, f)
		}
	}
	if only != "" && only != locale.Source && !slices.ContainsFunc(names, func(n string) bool { return path.Base(n) == only+".toml" }) {
		dc.Errorf(diag.Pos{File: path.Join(dir, only+".toml")}, diag.Catalog,
			"create it, or name one of the existing catalogs: "+strings.Join(names, ", "),
			"there is no catalog for locale %q", only)
	}
	return src, trs
}
