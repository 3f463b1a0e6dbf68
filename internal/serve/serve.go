// Package serve is doku's development server: it previews every locale of
// a site at once and reloads the browser when an input file changes.
//
// The output is served from memory, not from a folder. A pipeline.Session
// keeps the loaded input; the server listens as soon as it is loaded and
// answers a page by rendering it from the model when it is first asked
// for (milliseconds), keeping it in a cache bounded in bytes. Behind that,
// one pass renders every page once, on one core, to learn what only a
// rendering tells: the problems the overlay lists, the messages each page
// looks up (for catalog edits) and the search index, which is served once
// the pass has made it (503 with Retry-After until then). After a change
// the session loads again only what changed and hands over a new,
// immutable pipeline.View, which the server swaps in atomically, without
// the pages the change affects. Serving from memory keeps the path from a
// saved file to a reloaded page short (no writes, no reads, no partly
// written folder), and it makes the server's file system surface nil: a
// request is answered by a lookup in the view, so no path, however
// encoded, and no symbolic link can lead outside the output.
//
// While the input has errors the last build without errors keeps being
// served, with an overlay listing the errors; the browser reloads when
// they are fixed. Everything the server adds to a page (the reload script,
// its stylesheet, the overlay) is added as the page is sent: doku build
// never writes any of it. The reload script is a static file and uses
// Server-Sent Events, so a strict Content-Security-Policy holds.
package serve

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/pipeline"
	"github.com/doku-docs/doku/internal/site"
	"github.com/doku-docs/doku/internal/workbench"
)

// Options configure a Server.
type Options struct {
	Build pipeline.Options
	// Addr is the address to listen on; default 127.0.0.1:1313.
	Addr string
	// Log receives a line per rebuild and the problems found.
	Log io.Writer
	// Debounce is how long the watcher waits for more changes before a
	// rebuild; default 10ms.
	Debounce time.Duration
	// CacheBytes bounds the rendered pages kept in memory; default
	// pipeline.DefaultCacheBytes.
	CacheBytes int
}

// passStopWait bounds how long stopping waits for the pass over the pages
// to end; serve writes no files, so a pass left running has nothing to
// finish.
const passStopWait = 300 * time.Millisecond

// Server serves a site and rebuilds it when its files change.
type Server struct {
	opt     Options
	session *pipeline.Session
	state   atomic.Pointer[state]
	hub     *hub
	// boot tells this server's versions from those of an earlier run, so a
	// page loaded before a restart reloads.
	boot string
	// mu serializes rebuilds: the session is not safe for concurrent use.
	mu      sync.Mutex
	version uint64
	// errors is the error count of the last change published.
	errors int
	// workbench is the translators' workbench; nil when the server
	// listens beyond loopback, where anyone could write the site's files.
	workbench *workbench.Workbench
	// beforeUpdate, if set, runs at the start of every rebuild (tests
	// make a rebuild slow with it); beforePage before each page the pass
	// renders.
	beforeUpdate, beforePage func()
	// kick wakes the pass over the pages after a change.
	kick chan struct{}
	// logMu serializes the lines requests log beside rebuilds.
	logMu sync.Mutex
}

// state is what requests read: replaced whole, never changed.
type state struct {
	view    *pipeline.View
	version string
	// errors are those of the current input; while there are any, view
	// is the last input without errors (nil if there was none).
	errors   []diag.Diagnostic
	warnings int
	langs    *negotiator
	l10n     func(locale string) *i18n.Localizer
	// translator turns the fallback marks into highlighting.
	translator bool
	// site is the page index of view, for the workbench.
	site *site.Site
}

// New loads the site. Problems in the site are not an error: they are
// shown in the browser. The error is for a file system failure.
func New(opt Options) (*Server, error) {
	if opt.Addr == "" {
		opt.Addr = "127.0.0.1:1313"
	}
	if opt.Log == nil {
		opt.Log = io.Discard
	}
	if opt.Debounce == 0 {
		opt.Debounce = 10 * time.Millisecond
	}
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	s := &Server{opt: opt, hub: newHub(), boot: hex.EncodeToString(b), kick: make(chan struct{}, 1)}
	start := time.Now()
	sess, ch, err := pipeline.NewSession(opt.Build, opt.CacheBytes)
	if err != nil {
		return nil, err
	}
	s.session = sess
	s.publish(ch, start)
	if IsLoopback(opt.Addr) {
		root := cmp.Or(opt.Build.Root, ".")
		s.workbench = workbench.New(workbench.Options{
			Root: root, Content: cmp.Or(opt.Build.Content, filepath.Join(root, "content")),
			Catalogs: opt.Build.Catalogs, Pseudo: opt.Build.Pseudo,
			Site: func() *site.Site { return s.state.Load().site },
		})
	}
	return s, nil
}

// publish makes the session's current result what requests see and tells
// the browsers to reload.
func (s *Server) publish(ch *pipeline.Change, start time.Time) {
	s.version++
	s.errors = ch.Errors
	st := s.newState(fmt.Sprintf("%s-%d", s.boot, s.version))
	s.state.Store(st)
	s.hub.broadcast()
	s.logChange(ch, st, time.Since(start))
}

// publishQuiet makes the session's current result what requests see
// without reloading any page: for what Settle wrote after the reload, which
// no page shows (search indexes, status pages). The version stays, so pages
// loaded in between are not told to reload.
func (s *Server) publishQuiet() {
	s.state.Store(s.newState(s.state.Load().version))
}

func (s *Server) newState(version string) *state {
	// The localizers are taken now: requests must not read the session,
	// which the next rebuild changes.
	locales := s.session.Locales()
	l10n := map[string]*i18n.Localizer{}
	for _, l := range append(locales, "en-US") {
		if loc := s.session.Localizer(l); loc != nil {
			l10n[l] = loc
		}
	}
	st := &state{
		view:    s.session.View(),
		version: version,
		langs:   newNegotiator(locales, s.opt.Build.Pseudo),
		l10n: func(locale string) *i18n.Localizer {
			l := l10n[locale]
			if l == nil {
				l = l10n["en-US"]
			}
			if l == nil {
				return nil
			}
			return l.ReportingTo(&diag.Collector{}) // what the server's pages lack is not the site's problem
		},
		translator: s.opt.Build.Translator,
		site:       s.session.Site(),
	}
	st.errors, st.warnings = s.session.Problems()
	return st
}

func (s *Server) logChange(ch *pipeline.Change, st *state, took time.Duration) {
	s.logMu.Lock()
	defer s.logMu.Unlock()
	what := fmt.Sprintf("updated %d file(s)", len(ch.Rendered)+len(ch.Removed))
	if ch.Full {
		what = fmt.Sprintf("loaded everything (%d files, pages rendered when asked for)", len(ch.Rendered))
	}
	fmt.Fprintf(s.opt.Log, "doku: %s in %v, %d warning(s)\n", what, took.Round(100*time.Microsecond), st.warnings)
	if len(st.errors) > 0 {
		for _, d := range st.errors {
			fmt.Fprintln(s.opt.Log, d)
		}
		fmt.Fprintf(s.opt.Log, "doku: %d error(s); the browser shows them over the last good build\n", len(st.errors))
	}
}

// update rebuilds after paths changed; all rebuilds everything.
func (s *Server) update(paths []string, all bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.beforeUpdate != nil {
		s.beforeUpdate()
	}
	start := time.Now()
	var ch *pipeline.Change
	var err error
	if all {
		ch, err = s.session.Rebuild()
	} else {
		ch, err = s.session.Update(paths)
	}
	if err != nil {
		return err
	}
	if ch.Full || len(ch.Rendered)+len(ch.Removed) > 0 || ch.Errors != s.errors {
		s.publish(ch, start)
	}
	select {
	case s.kick <- struct{}{}:
	default:
	}
	return s.settle()
}

// settle renders what the session put off and is ready (see
// pipeline.Session.Settle) and publishes it quietly. The caller holds mu.
func (s *Server) settle() error {
	settled, err := s.session.Settle()
	if err != nil {
		return err
	}
	if len(settled.Rendered)+len(settled.Removed) > 0 {
		s.publishQuiet()
	}
	return nil
}

// Handler answers requests from the current state.
func (s *Server) Handler() http.Handler { return &handler{s: s} }

// IsLoopback reports whether addr listens on the loopback interface only.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Run watches the site and serves it until ctx ends. ready, if not nil, is
// called with the address once the server listens.
func (s *Server) Run(ctx context.Context, ready func(addr string)) error {
	ln, err := net.Listen("tcp", s.opt.Addr)
	if err != nil {
		return err
	}
	w, err := newWatcher(watchRoots(s.opt.Build), s.opt.Debounce)
	if err != nil {
		ln.Close()
		return err
	}
	defer w.close()
	srv := s.httpServer()
	srv.RegisterOnShutdown(s.hub.close)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	pctx, stopPass := context.WithCancel(ctx)
	passDone := make(chan struct{})
	go func() { defer close(passDone); s.pass(pctx) }()
	defer func() {
		// The pass stops between two pages, or once a rebuild holding
		// the session lets go of it: no longer than a stop may take.
		stopPass()
		select {
		case <-passDone:
		case <-time.After(passStopWait):
		}
	}()
	if ready != nil {
		ready(ln.Addr().String())
	}
	// A rebuild runs beside the loop, one at a time, so that Ctrl-C or
	// SIGTERM stops the server at once even in the middle of one: serve
	// writes no files, so a rebuild left unfinished leaves nothing behind.
	// Changes seen meanwhile wait in the watcher for the next rebuild.
	batches := w.batches
	var rebuilt chan struct{} // closed when the running rebuild ends
	for {
		select {
		case <-ctx.Done():
			// Let responses being sent finish, briefly: a connection a
			// browser opened ahead and never used counts as busy for 5s.
			sctx, cancel := context.WithTimeout(context.Background(), time.Second)
			defer cancel()
			err := srv.Shutdown(sctx)
			if errors.Is(err, context.DeadlineExceeded) {
				err = srv.Close()
			}
			return err
		case err := <-errc:
			return err
		case b := <-batches:
			done := make(chan struct{})
			batches, rebuilt = nil, done
			go func() {
				defer close(done)
				for _, e := range b.errs {
					s.logf("watching: %v", e)
				}
				if err := s.update(b.paths, b.overflow); err != nil {
					s.logf("%v", err)
				}
			}()
		case <-rebuilt:
			batches, rebuilt = w.batches, nil
		}
	}
}

// httpServer is the http.Server with the limits a local server needs: no
// client may hold a connection open without sending, or send headers
// forever. There is no WriteTimeout: the live-reload stream is long; each
// response sets its own write deadline instead.
func (s *Server) httpServer() *http.Server {
	return &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          nil,
	}
}
