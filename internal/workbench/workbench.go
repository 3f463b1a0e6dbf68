// Package workbench is the translators' workbench of doku serve, under
// /_doku/translate/: the messages of every catalog as forms, one per
// (locale, message), that save into the site's locales/<locale>.toml; the
// translated pages by section, each beside its English source with the
// English diff since the translation's l10n.sourceCommit, and a button
// that marks it up to date. doku build and bundle never write any of it.
//
// Everything is plain HTML forms that work without JavaScript; every text
// from a catalog or a page is escaped by html/template.
//
// It writes files, so it guards them: requests must name this machine in
// Host (a DNS name made to resolve to 127.0.0.1 must not reach it); a
// POST must come from the server's own Origin and carry the token this
// server put in its forms, else it is refused with 403 before anything is
// read. Each form carries the version of what it showed; a save against a
// message or page changed since is refused with 409 showing both texts.
// Saves are validated as 'doku i18n check' would, change only the lines of
// what they save, and replace the file atomically; one lock orders them,
// so concurrent saves of different messages all land.
//
// Nothing is computed before it is asked for: serve starts as fast with
// the workbench as without, and the git history behind the page states is
// read on the first page view and kept until HEAD moves.
package workbench

import (
	"crypto/rand"
	"encoding/hex"
	"io/fs"
	"net/http"
	"slices"
	"strings"
	"sync"

	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/site"
)

// Prefix is the path the workbench is served under.
const Prefix = "/_doku/translate/"

// Options say what the workbench edits.
type Options struct {
	// Root is the site's folder: saves go to Root/locales/<locale>.toml.
	Root string
	// Content is the content tree, whose pages are marked up to date.
	Content string
	// Catalogs are the catalogs doku ships (locales/<locale>.toml), shown
	// where the site has none of its own; nil: the site's only.
	Catalogs fs.FS
	// Site returns the page index of the current preview (nil before a
	// build); it is read, never changed.
	Site func() *site.Site
	// Pseudo is a locale that is generated, not translated (en-XA).
	Pseudo string
}

// Workbench is an http.Handler for the paths under Prefix.
type Workbench struct {
	opt   Options
	token string
	// mu orders every write, and the read of the file it starts from.
	mu      sync.Mutex
	history historyCache
}

// New makes a workbench with a token of its own.
func New(opt Options) *Workbench {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return &Workbench{opt: opt, token: hex.EncodeToString(b)}
}

func (wb *Workbench) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// same-origin, not no-referrer: with no-referrer a browser sends
	// "Origin: null" with a form, and the Origin check needs the origin.
	w.Header().Set("Referrer-Policy", "same-origin")
	if !allowedHost(r.Host) {
		http.Error(w, "doku serve answers only requests for localhost or a loopback address (this one names "+r.Host+")", http.StatusForbidden)
		return
	}
	name, ok := strings.CutPrefix(r.URL.Path, Prefix)
	if !ok {
		http.Redirect(w, r, Prefix, http.StatusMovedPermanently)
		return
	}
	post := map[string]func(http.ResponseWriter, *http.Request){
		"messages": wb.saveMessage,
		"page":     wb.markPage,
	}
	get := map[string]func(http.ResponseWriter, *http.Request){
		"":              wb.index,
		"messages":      wb.messages,
		"pages":         wb.pages,
		"page":          wb.page,
		"workbench.css": serveCSS,
	}
	switch {
	case r.Method == http.MethodPost && post[name] != nil:
		if !wb.guard(w, r) {
			return
		}
		post[name](w, r)
	case (r.Method == http.MethodGet || r.Method == http.MethodHead) && get[name] != nil:
		get[name](w, r)
	case get[name] != nil:
		allow := "GET, HEAD"
		if post[name] != nil {
			allow += ", POST"
		}
		w.Header().Set("Allow", allow)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	default:
		http.NotFound(w, r)
	}
}

// locales lists the locales a translator can edit: those of the site but
// the source and the pseudo-locale.
func (wb *Workbench) locales() []string {
	s := wb.site()
	if s == nil {
		return nil
	}
	var out []string
	for _, l := range s.Locales {
		if l != locale.Source && l != wb.opt.Pseudo {
			out = append(out, l)
		}
	}
	return out
}

// site is the page index of the preview; nil before a build.
func (wb *Workbench) site() *site.Site {
	if wb.opt.Site == nil {
		return nil
	}
	return wb.opt.Site()
}

// pickLocale is the locale a request asks for when it is one a translator
// can edit, else "".
func (wb *Workbench) pickLocale(r *http.Request) string {
	loc := r.FormValue("locale")
	if slices.Contains(wb.locales(), loc) {
		return loc
	}
	return ""
}
