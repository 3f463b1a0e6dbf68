// Package i18n loads the message catalogs of a site and looks messages up.
//
// A catalog is a go-i18n TOML file named after its locale
// (locales/en-US.toml, locales/de.toml). Every user-visible string of the
// site's chrome comes from one. en-US is the source: a message it lacks is
// an error; a message a translation lacks falls back to English and is
// reported as a warning, because go-i18n hands back the English text and an
// error, and that error must not be lost.
package i18n

import (
	"errors"
	"fmt"
	"io/fs"
	"path"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/locale"

	"github.com/BurntSushi/toml"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// Catalogs holds the parsed catalogs of all locales. It is read-only after
// Load and safe for concurrent use.
type Catalogs struct {
	bundle *goi18n.Bundle
	files  map[string]*file // by locale
}

// file is one catalog as read: where it is, and where each message starts.
type file struct {
	path string
	// lines maps a message ID to the line of its table header.
	lines    map[string]int
	messages map[string]*goi18n.Message
	// loaded is false when the file could not be read or parsed (and has
	// been reported): its messages are not missing, only unknown.
	loaded bool
}

// Loaded reports whether the catalog of locale was read without errors.
func (c *Catalogs) Loaded(locale string) bool {
	f := c.files[locale]
	return f != nil && f.loaded
}

// Load reads dir/<locale>.toml from fsys for each locale. A locale whose
// catalog is missing or broken is reported and gets an empty catalog, so
// that every page still renders (in English).
func Load(fsys fs.FS, dir string, locales []string, dc *diag.Collector) *Catalogs {
	c := &Catalogs{bundle: goi18n.NewBundle(language.MustParse(locale.Source)), files: map[string]*file{}}
	c.bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	for _, loc := range locales {
		p := path.Join(dir, loc+".toml")
		f := &file{path: p, lines: map[string]int{}, messages: map[string]*goi18n.Message{}}
		c.files[loc] = f
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			dc.Errorf(diag.Pos{File: p}, "catalog", "create it: one [MessageID] table per message with 'description' and 'other'",
				"cannot read the %s catalog: %v", loc, err)
			continue
		}
		if err := checkTOML(p, src, dc); err != nil {
			continue
		}
		mf, err := c.bundle.ParseMessageFileBytes(src, p)
		if err != nil {
			dc.Errorf(diag.Pos{File: p, Line: 1, Col: 1}, "catalog", "each message is a table with 'description' and 'other' (and plural forms 'one', ...)",
				"catalog cannot be read: %v", err)
			continue
		}
		f.lines, f.loaded = headerLines(src), true
		for _, m := range mf.Messages {
			f.messages[m.ID] = m
			if loc == locale.Source && m.Description == "" {
				dc.Warnf(f.pos(m.ID), "catalog", "add description = \"...\" saying where the string appears, for translators",
					"message %q has no description", m.ID)
			}
		}
	}
	return c
}

// checkTOML reports a TOML syntax error with its position.
func checkTOML(p string, src []byte, dc *diag.Collector) error {
	var v map[string]any
	_, err := toml.Decode(string(src), &v)
	if err == nil {
		return nil
	}
	pos, msg := diag.TOMLError(p, err)
	dc.Errorf(pos, "catalog", "catalogs are TOML: [MessageID] on a line, then description = \"...\" and other = \"...\"",
		"catalog is not valid TOML: %s", msg)
	return err
}

func (f *file) pos(id string) diag.Pos {
	if f == nil {
		return diag.Pos{}
	}
	if l := f.lines[id]; l > 0 {
		return diag.Pos{File: f.path, Line: l, Col: 1}
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
	return &Localizer{c: c, locale: locale, dc: dc, l: goi18n.NewLocalizer(c.bundle, locale)}
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
		l.dc.Errorf(diag.Pos{File: l.c.Path(locale.Source)}, "catalog",
			fmt.Sprintf("add [%s] with description and other to %s", id, l.c.Path(locale.Source)),
			"message %q is used but not defined", id)
		return id
	case errors.As(err, &nf):
		hint := fmt.Sprintf("translate [%s], defined at %s", id, src.pos(id))
		l.dc.Warnf(diag.Pos{File: l.c.Path(l.locale)}, "catalog-fallback", hint,
			"message %q is not translated to %s; English shown", id, l.locale)
		if l.mark && s != "" {
			return FallbackOpen + s + FallbackClose
		}
	default:
		l.dc.Errorf(l.c.files[l.locale].pos(id), "catalog", "check the message's {{.Name}} placeholders and plural forms",
			"message %q: %v", id, err)
	}
	if s == "" {
		return id
	}
	return s
}
