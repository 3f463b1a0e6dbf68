package workbench

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/locale"
)

// catalogs are the two catalogs a translator works with, read from disk
// for each request (they are small): the source and the translation, each
// the site's own file, else doku's (as 'doku i18n status' shows them).
type catalogs struct {
	src, tr *i18n.File
	// file is the site's catalog of the locale, where saves go; base is
	// the text a save starts from when the site has no catalog of the
	// locale yet: doku's, so that the new file is as complete as that.
	file string
	base []byte
}

// readCatalogs reads the catalogs of loc. Problems (a catalog that does
// not parse) come back as diagnostics, with nil catalogs.
func (wb *Workbench) readCatalogs(loc string) (*catalogs, []diag.Diagnostic) {
	dc := &diag.Collector{}
	src, _ := wb.readCatalog(locale.Source, dc)
	tr, base := wb.readCatalog(loc, dc)
	if src == nil || dc.Count(diag.Error) > 0 {
		return nil, dc.All()
	}
	c := &catalogs{src: src, tr: tr, file: filepath.Join(wb.opt.Root, i18n.CatalogDir, loc+".toml"), base: base}
	if tr == nil {
		c.tr = i18n.ParseFile(path.Join(i18n.CatalogDir, loc+".toml"), loc, base, dc)
	}
	return c, dc.All()
}

// readCatalog reads the site's catalog of loc, else doku's. It returns
// the site's file (nil when the site has none) and the text a new site
// file starts from (doku's catalog, or nothing).
func (wb *Workbench) readCatalog(loc string, dc *diag.Collector) (site *i18n.File, base []byte) {
	name := path.Join(i18n.CatalogDir, loc+".toml")
	text, err := os.ReadFile(filepath.Join(wb.opt.Root, filepath.FromSlash(name)))
	switch {
	case err == nil:
		return i18n.ParseFile(name, loc, text, dc), nil
	case !errors.Is(err, fs.ErrNotExist):
		dc.Errorf(diag.Pos{File: name}, diag.Catalog, "make the file readable", "cannot read the %s catalog: %v", loc, err)
		return nil, nil
	}
	if wb.opt.Catalogs != nil {
		if text, err := fs.ReadFile(wb.opt.Catalogs, name); err == nil {
			f := i18n.ParseFile(path.Join(i18n.EmbeddedDir, loc+".toml"), loc, text, dc)
			if loc == locale.Source {
				return f, nil
			}
			return nil, text
		}
	}
	if loc == locale.Source {
		dc.Errorf(diag.Pos{File: name}, diag.Catalog, "create it: one [MessageID] table per message with 'description' and 'other'",
			"there is no %s catalog to translate from", loc)
	}
	return nil, nil
}

// version identifies what a translation of message id reads now: its
// forms, its hash and whether it is marked untranslated. A form carries
// the version it was rendered from, and a save whose version is no longer
// current is a conflict.
func version(tr *i18n.File, id string) string {
	m := tr.Messages[id]
	if m == nil {
		return "absent"
	}
	h := sha256.New()
	fmt.Fprintf(h, "hash\x00%s\x00", m.Hash)
	forms := i18n.Forms(m)
	for _, f := range i18n.PluralForms {
		if t, ok := forms[f]; ok {
			fmt.Fprintf(h, "%s\x00%s\x00", f, t)
		}
	}
	if b := tr.Block(id); b != nil && b.Untranslated >= 0 {
		h.Write([]byte("untranslated"))
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// stateFilter is what the state filter of the message list keeps: the
// states of i18n, grouped as translators ask for them.
var stateFilter = map[string][]i18n.State{
	"missing":  {i18n.Missing, i18n.Untranslated},
	"outdated": {i18n.Stale},
	"done":     {i18n.Translated},
}

// matches reports whether a message matches the text filter q: in its
// ID, its English, its description or its translation, ignoring case.
func matches(q string, fields ...string) bool {
	if q == "" {
		return true
	}
	q = strings.ToLower(q)
	for _, f := range fields {
		if strings.Contains(strings.ToLower(f), q) {
			return true
		}
	}
	return false
}

// sourceHash is the hash of the English message id, as a save records it.
func sourceHash(c *catalogs, id string) string {
	if m := c.src.Messages[id]; m != nil {
		return i18n.SourceHash(m)
	}
	return ""
}
