// Package i18n loads the message catalogs of a site and looks messages up.
//
// A catalog is a go-i18n TOML file named after its locale
// (locales/en-US.toml, locales/de.toml). Every user-visible string of the
// site's chrome comes from one. en-US is the source: a message it lacks is
// an error; a message a translation lacks falls back to English and is
// reported as a warning, because go-i18n hands back the English text and an
// error, and that error must not be lost.
//
// Everything about translation lives below this folder: this package owns
// the catalogs (loading, lookups, plural forms, the translators' text for
// doku i18n check and sync) and State, the one vocabulary for where a
// message or a page stands; extract finds the message IDs a site uses
// (doku i18n extract); pagestate tells how far each translated page is
// behind its English original (doku i18n status, the status page, the
// out-of-date banner).
package i18n

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/locale"

	"github.com/BurntSushi/toml"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// Catalogs holds the parsed catalogs of all locales. It is read-only after
// Load and safe for concurrent use.
type Catalogs struct {
	bundle *goi18n.Bundle
	files  map[string]*file // by locale
}

// file is the catalog of one locale as loaded: its messages merged from
// every source, and where each comes from.
type file struct {
	// path is the catalog a translator edits: the most specific one read,
	// else where the site would create it.
	path string
	// pos is where each message is defined, in the file it was taken from.
	pos      map[string]diag.Pos
	messages map[string]*goi18n.Message
	// layers are the files read, the most general first.
	layers []*File
	// loaded is false when a file could not be read or parsed (and has
	// been reported): its messages are not missing, only unknown.
	loaded bool
	// absent is true when no source has a catalog for the locale: its
	// pages show English strings, reported once for the locale.
	absent bool
}

// Loaded reports whether the catalog of locale was read without errors.
func (c *Catalogs) Loaded(locale string) bool {
	f := c.files[locale]
	return f != nil && f.loaded
}

// Absent reports whether no source had a catalog for locale, so that its
// strings are all English.
func (c *Catalogs) Absent(locale string) bool {
	f := c.files[locale]
	return f != nil && f.absent
}

// Load reads dir/<locale>.toml from fsys for each locale: LoadSources with
// fsys as the only source.
func Load(fsys fs.FS, dir string, locales []string, dc *diag.Collector) *Catalogs {
	return LoadSources([]Source{{FS: fsys, Dir: dir}}, locales, dc)
}

// decodeTOML decodes a catalog's text, reporting a TOML syntax error
// with its position.
func decodeTOML(p string, src []byte, dc *diag.Collector) (any, error) {
	var v any
	_, err := toml.Decode(string(src), &v)
	if err == nil {
		return v, nil
	}
	pos, msg := diag.TOMLError(p, err)
	dc.Errorf(pos, diag.Catalog, "catalogs are TOML: [MessageID] on a line, then description = \"...\" and other = \"...\"",
		"catalog is not valid TOML: %s", msg)
	return nil, err
}

func (f *file) posOf(id string) diag.Pos {
	if f == nil {
		return diag.Pos{}
	}
	if p, ok := f.pos[id]; ok {
		return p
	}
	return diag.Pos{File: f.path}
}

// Has reports whether the catalog of locale defines id.
func (c *Catalogs) Has(locale, id string) bool {
	f := c.files[locale]
	return f != nil && f.messages[id] != nil
}

// Path is the catalog file of locale.
func (c *Catalogs) Path(locale string) string {
	if f := c.files[locale]; f != nil {
		return f.path
	}
	return locale + ".toml"
}

// Localizer returns the message lookup for one locale. Problems found while
// looking messages up go to dc.
func (c *Catalogs) Localizer(locale string, dc *diag.Collector) *Localizer {
	l := &Localizer{c: c, locale: locale, dc: dc, l: goi18n.NewLocalizer(c.bundle, locale)}
	l.plain = l.plainMessages()
	return l
}

// plainMessages looks up, once, every message of the source catalog
// without data or count, as localize would, and returns those found.
func (l *Localizer) plainMessages() map[string]string {
	src := l.c.files[locale.Source]
	if src == nil {
		return nil
	}
	plain := make(map[string]string, len(src.messages))
	for id := range src.messages {
		s, err := l.l.Localize(&goi18n.LocalizeConfig{MessageID: id, TemplateData: map[string]any{}})
		if err == nil {
			plain[id] = s
		}
	}
	return plain
}

// Localizer looks messages up in one locale, falling back to en-US.
type Localizer struct {
	c      *Catalogs
	locale string
	dc     *diag.Collector
	l      *goi18n.Localizer
	// mark encloses fallbacks in FallbackOpen and FallbackClose.
	mark bool
	// used, if set, records every message looked up (see Recording).
	used map[Lookup]bool
	// plain holds the text of each message found without data or count,
	// looked up when the localizer is made and shared by its copies: a
	// page's layout and its compat tables ask for the same labels
	// hundreds of times, and go-i18n runs a message's template on every
	// call. Messages that fall back or fail are not in it: they are
	// looked up, and reported, on every call.
	plain map[string]string
}

// Locale is the locale the localizer looks up.
func (l *Localizer) Locale() string { return l.locale }

// T returns message id, its template filled from data (pairs of name and
// value: T("X", "Name", v)).
func (l *Localizer) T(id string, data ...any) string {
	return l.localize(id, nil, data)
}

// N returns message id in the plural form CLDR picks for count in this
// locale; the template sees the count as .Count.
func (l *Localizer) N(id string, count int, data ...any) string {
	return l.localize(id, count, append([]any{"Count", count}, data...))
}

func (l *Localizer) localize(id string, count any, pairs []any) string {
	if l.used != nil {
		l.used[Lookup{l.locale, id}] = true
	}
	if s, ok := l.plain[id]; ok && count == nil && len(pairs) == 0 {
		return s
	}
	data := map[string]any{}
	for i := 0; i+1 < len(pairs); i += 2 {
		data[fmt.Sprint(pairs[i])] = pairs[i+1]
	}
	s, err := l.l.Localize(&goi18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: count})
	if err == nil {
		return s
	}
	src := l.c.files[locale.Source]
	var nf *goi18n.MessageNotFoundErr
	switch {
	case !l.c.Has(locale.Source, id):
		l.dc.Errorf(diag.Pos{File: l.c.Path(locale.Source)}, diag.Catalog,
			fmt.Sprintf("add [%s] with description and other to %s", id, l.c.Path(locale.Source)),
			"message %q is used but not defined", id)
		return id
	case errors.As(err, &nf):
		hint := fmt.Sprintf("translate [%s], defined at %s", id, src.posOf(id))
		l.dc.Warnf(diag.Pos{File: l.c.Path(l.locale)}, diag.CatalogFallback, hint,
			"message %q is not translated to %s; English shown", id, l.locale)
		if l.mark && s != "" {
			return FallbackOpen + s + FallbackClose
		}
	default:
		l.dc.Errorf(l.c.files[l.locale].posOf(id), diag.Catalog, "check the message's {{.Name}} placeholders and plural forms",
			"message %q: %v", id, err)
	}
	if s == "" {
		return id
	}
	return s
}
