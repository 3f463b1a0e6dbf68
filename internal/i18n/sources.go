package i18n

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sync"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/locale"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// EmbeddedDir is how diagnostics name the folder of the catalogs built
// into doku, so that a message taken from one is not mistaken for a line
// of the site's own locales/.
const EmbeddedDir = "doku:" + CatalogDir

// Source is one folder of catalogs.
type Source struct {
	FS fs.FS
	// Dir is the folder in FS ("locales").
	Dir string
	// Name is how diagnostics name Dir; default Dir.
	Name string
}

// Path is how diagnostics name the catalog of locale in s.
func (s Source) Path(locale string) string {
	name := s.Name
	if name == "" {
		name = s.Dir
	}
	return path.Join(name, locale+".toml")
}

// SiteSources are the catalogs a site is built with: those embedded in
// doku (may be nil), overridden message by message by the site's own
// locales/.
func SiteSources(embedded, site fs.FS) []Source {
	srcs := []Source{{FS: site, Dir: CatalogDir}}
	if embedded != nil {
		srcs = slices.Insert(srcs, 0, Source{FS: embedded, Dir: CatalogDir, Name: EmbeddedDir})
	}
	return srcs
}

// LoadSources reads the catalog of each locale from every source that has
// one, the most general source first: a message a later source defines
// replaces the earlier one, the others are kept. So a site's
// locales/de.toml holding one message changes that message only, and a
// site without catalogs gets those doku ships.
//
// A locale no source has a catalog for gets an empty one (its pages show
// English) and one warning; for en-US, which every other locale falls back
// to, that is an error. A broken file is reported and left out.
func LoadSources(srcs []Source, locales []string, dc *diag.Collector) *Catalogs {
	c := &Catalogs{bundle: goi18n.NewBundle(language.MustParse(locale.Source)), files: map[string]*file{}}
	// Each locale's files are read and decoded on a core of their own;
	// the bundle is filled after, in the order given.
	files := make([]*file, len(locales))
	var wg sync.WaitGroup
	for i, loc := range locales {
		wg.Go(func() { files[i] = loadLocale(srcs, loc, dc) })
	}
	wg.Wait()
	for i, locale := range locales {
		f := files[i]
		c.files[locale] = f
		if len(f.messages) == 0 {
			continue
		}
		msgs := make([]*goi18n.Message, 0, len(f.messages))
		for _, m := range f.messages {
			msgs = append(msgs, m)
		}
		if err := c.bundle.AddMessages(language.Make(locale), msgs...); err != nil {
			dc.Errorf(diag.Pos{File: f.path}, diag.Catalog, "name the catalog after a BCP 47 language tag, such as de or pt-BR",
				"catalog of %s cannot be used: %v", locale, err)
			f.loaded = false
		}
	}
	return c
}

// loadLocale reads and merges the catalogs of one locale.
func loadLocale(srcs []Source, loc string, dc *diag.Collector) *file {
	f := &file{pos: map[string]diag.Pos{}, messages: map[string]*goi18n.Message{}, loaded: true}
	if len(srcs) > 0 {
		f.path = srcs[len(srcs)-1].Path(loc)
	}
	var prev []byte // the text of the last layer read
	for _, s := range srcs {
		p := s.Path(loc)
		src, err := fs.ReadFile(s.FS, path.Join(s.Dir, loc+".toml"))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			dc.Errorf(diag.Pos{File: p}, diag.Catalog, "make the file readable", "cannot read the %s catalog: %v", loc, err)
			f.loaded = false
			continue
		}
		var layer *File
		if n := len(f.layers); n > 0 && bytes.Equal(src, prev) {
			// A site that copied doku's catalog: the same messages,
			// named after the site's file.
			layer = f.layers[n-1].renamed(p)
		} else {
			layer = ParseFile(p, loc, src, dc)
		}
		if layer == nil {
			f.loaded = false
			prev = nil
			continue
		}
		prev = src
		f.layers, f.path = append(f.layers, layer), p
		for _, id := range layer.IDs() {
			m := layer.Messages[id]
			f.messages[id], f.pos[id] = m, layer.Pos(id, "")
			if loc == locale.Source && m.Description == "" {
				dc.Warnf(f.pos[id], diag.Catalog, "add description = \"...\" saying where the string appears, for translators",
					"message %q has no description", id)
			}
		}
	}
	if len(f.layers) > 0 || !f.loaded {
		return f
	}
	f.loaded, f.absent = false, true
	hint := "create it: one [MessageID] table per message with 'description' and 'other'"
	if loc == locale.Source {
		dc.Errorf(diag.Pos{File: f.path}, diag.Catalog, hint, "there is no %s catalog: every other locale falls back to it", loc)
	} else {
		dc.Warnf(diag.Pos{File: f.path}, diag.CatalogFallback, hint+", translated from "+locale.Source+".toml",
			"there is no catalog for locale %s; its pages show English strings", loc)
	}
	return f
}

// CheckRendering runs the template-action and plural-form checks on every
// message the catalogs of the locales given show, in the file it was taken from; a
// message a later source replaced is not shown and not checked. Plural
// forms are checked against the merged English.
func (c *Catalogs) CheckRendering(locales []string, dc *diag.Collector) {
	src := c.files[locale.Source]
	if src == nil {
		return
	}
	for _, l := range locales {
		f := c.files[l]
		if f == nil {
			continue
		}
		for _, layer := range f.layers {
			for _, id := range layer.IDs() {
				if f.pos[id].File != layer.Path {
					continue
				}
				checkActions(layer, id, dc)
				if sm := src.messages[id]; sm != nil {
					checkPlurals(layer, id, layer.Messages[id], IsPlural(sm), dc)
				}
			}
		}
	}
}

// Top is the most specific catalog file read for locale (the site's own
// when it has one), nil if none: what the translators' status shows.
func (c *Catalogs) Top(locale string) *File {
	if f := c.files[locale]; f != nil && len(f.layers) > 0 {
		return f.layers[len(f.layers)-1]
	}
	return nil
}

// SelfName is the name of locale's language in that language ("Deutsch",
// "français"), for a locale whose catalog cannot name it.
func SelfName(locale string) string {
	tag, err := language.Parse(locale)
	if err != nil {
		return locale
	}
	if n := display.Self.Name(tag); n != "" {
		return n
	}
	return fmt.Sprint(tag)
}
