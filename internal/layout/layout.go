// Package layout executes the HTML templates of a theme.
//
// A theme is a folder of html/template files (layouts/*.html) and a folder
// of static files. doku embeds a default theme; a site's own layouts/ and
// static/ override its files by name. Templates are parsed once and
// executed concurrently. Every string they show comes from the catalogs
// through the data's localizer ({{.L.T "ID"}}); html/template escapes it,
// so a catalog cannot inject markup.
package layout

import (
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"path"
	"slices"
)

// Theme is a parsed set of layouts and the static files beside them.
type Theme struct {
	tmpl *template.Template
	// Static lists the static files, each read from the fs that wins.
	Static []StaticFile
	// Symlinks lists the symbolic links found among the static files;
	// they are left out.
	Symlinks []string
}

// StaticFile is one file of the theme's static folder.
type StaticFile struct {
	FS   fs.FS
	Path string // in FS
	Name string // relative to the static folder
}

// Load parses the layouts of base, overridden file by file by those of
// site (which may be nil). Both hold "layouts" and "static" folders.
func Load(base, site fs.FS) (*Theme, error) {
	files := map[string]fs.FS{}
	var names []string
	for _, fsys := range []fs.FS{base, site} {
		if fsys == nil {
			continue
		}
		matches, err := fs.Glob(fsys, "layouts/*.html")
		if err != nil {
			return nil, err
		}
		for _, m := range matches {
			if files[m] == nil {
				names = append(names, m)
			}
			files[m] = fsys
		}
	}
	if len(names) == 0 {
		return nil, errors.New("no layouts found: the theme needs layouts/*.html")
	}
	slices.Sort(names)
	t := template.New("").Option("missingkey=error").Funcs(funcs)
	for _, n := range names {
		src, err := fs.ReadFile(files[n], n)
		if err != nil {
			return nil, err
		}
		if _, err := t.New(path.Base(n)).Parse(string(src)); err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
	}
	th := &Theme{tmpl: t}
	static := map[string]fs.FS{}
	var staticNames []string
	for _, fsys := range []fs.FS{base, site} {
		if fsys == nil {
			continue
		}
		err := fs.WalkDir(fsys, "static", func(p string, d fs.DirEntry, err error) error {
			if errors.Is(err, fs.ErrNotExist) && p == "static" {
				return fs.SkipDir
			}
			if err != nil || d.IsDir() {
				return err
			}
			if d.Type()&fs.ModeSymlink != 0 {
				// It may point anywhere on the machine: never publish it.
				th.Symlinks = append(th.Symlinks, p)
				return nil
			}
			if static[p] == nil {
				staticNames = append(staticNames, p)
			}
			static[p] = fsys
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	slices.Sort(staticNames)
	for _, p := range staticNames {
		th.Static = append(th.Static, StaticFile{FS: static[p], Path: p, Name: p[len("static/"):]})
	}
	return th, nil
}

// Execute runs the layout called name ("page.html") with data.
func (t *Theme) Execute(w io.Writer, name string, data any) error {
	return t.tmpl.ExecuteTemplate(w, name, data)
}

var funcs = template.FuncMap{
	// sub helps with heading levels and counters.
	"sub": func(a, b int) int { return a - b },
}
