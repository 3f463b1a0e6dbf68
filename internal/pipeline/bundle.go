package pipeline

import (
	"github.com/doku-docs/doku/internal/bundle"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/output"
	"github.com/doku-docs/doku/internal/render"
)

// memSink keeps files in memory (one page rendered for a bundle only).
type memSink map[string][]byte

func (m memSink) Write(rel string, data []byte) error {
	m[rel] = data
	return nil
}

// writeBundles zips the site written to out so far into one offline bundle
// per locale and one with all (see internal/bundle) in download/, then renders the
// site's home pages, which link to them with their sizes. The bundles themselves hold the home pages without these links.
// It returns how many files it wrote.
func writeBundles(in *load.Model, out *output.Dir, dc *diag.Collector) (int, error) {
	type spec struct {
		name    string
		locales []string
	}
	var specs []spec
	for _, l := range in.Site.Locales {
		specs = append(specs, spec{"doku-" + l + ".zip", []string{l}})
	}
	if len(in.Site.Locales) > 1 { // else it would be the one above
		specs = append(specs, spec{"doku-all.zip", in.Site.Locales})
	}
	var downloads []render.Download
	for _, s := range specs {
		opt := bundle.Options{Locales: s.locales, AllLocales: in.Site.Locales, Base: in.Base}
		dl := render.Download{Href: bundle.DownloadDir + "/" + s.name}
		if len(s.locales) == 1 {
			root := memSink{}
			if err := render.Root(in, root, s.locales, dc); err != nil {
				return len(downloads), err
			}
			opt.Root = root["index.html"]
			dl.Lang, dl.Label = s.locales[0], render.LocaleName(in, s.locales[0], dc)
		}
		size, err := out.WriteBundle(dl.Href, opt)
		if err != nil {
			return len(downloads), err
		}
		dl.Bytes = size
		downloads = append(downloads, dl)
	}
	for _, l := range in.Site.Locales {
		if err := render.Home(in, out, l, downloads, dc); err != nil {
			return len(downloads), err
		}
	}
	return len(downloads), nil
}
