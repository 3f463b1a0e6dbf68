package build

import (
	"bufio"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/doku-docs/doku/internal/bundle"
	"github.com/doku-docs/doku/internal/diag"
)

// download is a link to an offline bundle on a home page.
type download struct {
	// Href is the link; Label names the bundle's language (in that
	// language) or says it holds all; Lang is the bundle's locale, ""
	// for all; Size is the file size, in the page's language.
	Href, Label, Lang, Size string

	bytes int64
}

// memSink keeps files in memory (one page rendered for a bundle only).
type memSink map[string][]byte

func (m memSink) write(rel string, data []byte) error {
	m[rel] = data
	return nil
}

// writeBundles zips the site written to out so far into one offline bundle
// per locale and one with all (see internal/bundle) in download/, and renders the home pages again to link to them with their
// sizes. The bundles themselves hold the home pages without these links.
// It returns how many files it wrote.
func writeBundles(in *input, out *output, dc *diag.Collector) (int, error) {
	site := os.DirFS(out.tmp)
	type spec struct {
		name    string
		locales []string
	}
	var specs []spec
	for _, l := range in.site.Locales {
		specs = append(specs, spec{"doku-" + l + ".zip", []string{l}})
	}
	if len(in.site.Locales) > 1 { // else it would be the one above
		specs = append(specs, spec{"doku-all.zip", in.site.Locales})
	}
	var downloads []download
	for _, s := range specs {
		opt := bundle.Options{Locales: s.locales, AllLocales: in.site.Locales, Base: in.base}
		dl := download{Href: bundle.DownloadDir + "/" + s.name}
		if len(s.locales) == 1 {
			root := memSink{}
			if err := renderRoot(in, root, s.locales, dc); err != nil {
				return len(downloads), err
			}
			opt.Root = root["index.html"]
			dl.Lang, dl.Label = s.locales[0], localeName(in, s.locales[0], dc)
		}
		size, err := writeZip(out, dl.Href, site, opt)
		if err != nil {
			return len(downloads), err
		}
		dl.bytes = size
		downloads = append(downloads, dl)
	}
	for _, l := range in.site.Locales {
		if err := renderHome(in, out, l, downloads, dc); err != nil {
			return len(downloads), err
		}
	}
	return len(downloads), nil
}

// writeZip writes the bundle straight into the output file rel and returns
// its size. The bundle reads the site from below that folder, never from
// download/, so the file being written is not part of any bundle.
func writeZip(out *output, rel string, site fs.FS, opt bundle.Options) (int64, error) {
	p := filepath.Join(out.tmp, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return 0, err
	}
	f, err := os.Create(p)
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriter(f)
	err = bundle.Write(w, site, opt)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, err
	}
	st, err := os.Stat(p)
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}
