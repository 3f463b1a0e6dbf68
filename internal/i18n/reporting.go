package i18n

import (
	"crypto/sha256"
	"fmt"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/locale"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// ReportingTo returns a localizer that looks messages up as l does but
// reports problems to dc. doku serve renders each page with a collector of
// its own, so that the page's problems can be replaced when it is rendered
// again; the lookup itself is shared.
func (l *Localizer) ReportingTo(dc *diag.Collector) *Localizer {
	c := *l
	c.dc = dc
	return &c
}

// Collector is where l reports the problems it finds.
func (l *Localizer) Collector() *diag.Collector { return l.dc }

// Lookup is a message looked up in a locale's catalog.
type Lookup struct{ Locale, ID string }

// Recording returns a localizer that looks messages up as l does and adds
// each to used; copies made from it (ReportingTo) record into the same
// map. doku serve records what each page looked up, so that a catalog edit
// re-renders only the pages that show a message that changed. used is not
// locked: one render, one goroutine.
func (l *Localizer) Recording(used map[Lookup]bool) *Localizer {
	c := *l
	c.used = used
	return &c
}

// Changed returns the IDs of the messages of locale that differ between
// old and c: added, removed or with other text (a new description changes
// nothing a reader sees).
func (c *Catalogs) Changed(old *Catalogs, locale string) map[string]bool {
	changed := map[string]bool{}
	var was, is map[string]*goi18n.Message
	if f := old.files[locale]; f != nil {
		was = f.messages
	}
	if f := c.files[locale]; f != nil {
		is = f.messages
	}
	for id, m := range is {
		if w := was[id]; w == nil || text(w) != text(m) {
			changed[id] = true
		}
	}
	for id := range was {
		if is[id] == nil {
			changed[id] = true
		}
	}
	return changed
}

func text(m *goi18n.Message) [8]string {
	return [8]string{m.Zero, m.One, m.Two, m.Few, m.Many, m.Other, m.LeftDelim, m.RightDelim}
}

// Fingerprint is a digest of what looking message id up in locale can
// give and report: its text in locale and in en-US (the fallback), where
// each is defined, and whether the catalogs were read. The render cache
// (internal/cache) renders a page again when the fingerprint of a message
// it looked up changes.
func (c *Catalogs) Fingerprint(loc, id string) [32]byte {
	h := sha256.New()
	for _, l := range []string{loc, locale.Source} {
		f := c.files[l]
		if f == nil {
			h.Write([]byte("\x00none"))
			continue
		}
		fmt.Fprintf(h, "\x00%s\x00%t%t\x00%v", f.path, f.loaded, f.absent, f.posOf(id))
		if m := f.messages[id]; m != nil {
			fmt.Fprintf(h, "\x00%q", text(m))
		}
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}
