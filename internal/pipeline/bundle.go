package pipeline

import (
	"github.com/doku-docs/doku/internal/bundle"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/output"
	"github.com/doku-docs/doku/internal/render"
)

// bundles are the offline bundles of one build (see internal/bundle): one
// per locale and, for a site of several, one with all. They are made from
// the rendered files as they go to the output, never read back from it.
type bundles struct {
	specs []bundleSpec
}

type bundleSpec struct {
	dl      render.Download
	builder *bundle.Builder
}

// newBundles starts the bundles of the site m, spooling into out's
// scratch folder. A bundle of one locale opens on that locale's home
// instead of the language chooser: its root page is rendered here.
func newBundles(m *load.Model, out *output.Dir, dc *diag.Collector) (*bundles, error) {
	sets := [][]string{}
	for _, l := range m.Site.Locales {
		sets = append(sets, []string{l})
	}
	if len(m.Site.Locales) > 1 { // else it would be the one above
		sets = append(sets, m.Site.Locales)
	}
	bs := &bundles{}
	for _, locales := range sets {
		opt := bundle.Options{Locales: locales, AllLocales: m.Site.Locales, Base: m.Base}
		dl := render.Download{Href: bundle.DownloadDir + "/doku-all.zip"}
		if len(locales) == 1 {
			root := &memory{files: map[string][]byte{}}
			if err := render.Root(m, root, locales, dc); err != nil {
				bs.abort()
				return nil, err
			}
			opt.Root = root.files["index.html"]
			dl.Href = bundle.DownloadDir + "/doku-" + locales[0] + ".zip"
			dl.Lang, dl.Label = locales[0], render.LocaleName(m, locales[0], dc)
		}
		b, err := bundle.NewBuilder(out.Scratch(), opt)
		if err != nil {
			bs.abort()
			return nil, err
		}
		bs.specs = append(bs.specs, bundleSpec{dl, b})
	}
	return bs, nil
}

// tee is a sink that writes to out and hands every file to the bundles.
func (bs *bundles) tee(out render.Sink) render.Sink { return teeSink{out, bs} }

type teeSink struct {
	out render.Sink
	bs  *bundles
}

func (t teeSink) Write(rel string, data []byte) error {
	if err := t.out.Write(rel, data); err != nil {
		return err
	}
	for _, s := range t.bs.specs {
		if err := s.builder.Add(rel, data); err != nil {
			return err
		}
	}
	return nil
}

// finish writes every bundle into download/, then renders the site's
// home pages, which link to them with their sizes (the bundles' own home
// pages have no such links). It returns how many files it wrote.
func (bs *bundles) finish(m *load.Model, out *output.Dir, dc *diag.Collector) (int, error) {
	var downloads []render.Download
	for i, s := range bs.specs {
		w, err := out.Create(s.dl.Href)
		if err == nil {
			err = s.builder.Finish(w)
			if cerr := w.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			bs.specs = bs.specs[i+1:]
			bs.abort()
			return len(downloads), err
		}
		s.dl.Bytes = w.Size()
		downloads = append(downloads, s.dl)
	}
	bs.specs = nil
	for _, l := range m.Site.Locales {
		if err := render.Home(m, out, l, downloads, dc); err != nil {
			return len(downloads), err
		}
	}
	return len(downloads), nil
}

// abort drops the bundles not finished.
func (bs *bundles) abort() {
	if bs == nil {
		return
	}
	for _, s := range bs.specs {
		s.builder.Abort()
	}
	bs.specs = nil
}
