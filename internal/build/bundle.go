package build

import (
	"bytes"
	"os"

	"doku/internal/bundle"
	"doku/internal/diag"
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
// per locale and one with all (see internal/bundle), writes them to
// download/, and renders the home pages again to link to them with their
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
	specs = append(specs, spec{"doku-all.zip", in.site.Locales})
	var zips []bundle.File
	var downloads []download
	for _, s := range specs {
		opt := bundle.Options{Locales: s.locales, AllLocales: in.site.Locales, Base: in.base}
		dl := download{Href: bundle.DownloadDir + "/" + s.name}
		if len(s.locales) == 1 {
			root := memSink{}
			if err := renderRoot(in, root, s.locales, dc); err != nil {
				return 0, err
			}
			opt.Root = root["index.html"]
			dl.Lang, dl.Label = s.locales[0], localeName(in, s.locales[0], dc)
		}
		files, err := bundle.Files(site, opt)
		if err != nil {
			return 0, err
		}
		var buf bytes.Buffer
		if err := bundle.Zip(&buf, files); err != nil {
			return 0, err
		}
		dl.bytes = int64(buf.Len())
		zips = append(zips, bundle.File{Path: dl.Href, Data: buf.Bytes()})
		downloads = append(downloads, dl)
	}
	for _, z := range zips {
		if err := out.write(z.Path, z.Data); err != nil {
			return 0, err
		}
	}
	for _, l := range in.site.Locales {
		if err := renderHome(in, out, l, downloads, dc); err != nil {
			return len(zips), err
		}
	}
	return len(zips), nil
}
