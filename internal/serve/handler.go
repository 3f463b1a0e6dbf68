package serve

import (
	"bytes"
	"embed"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/doku-docs/doku/internal/markdown"
	"github.com/doku-docs/doku/internal/workbench"
)

// assets are the files the server adds to pages: the reload script and
// the stylesheets of the error overlay and of translator mode. They are
// served under /_doku/, a path no site output uses.
//
//go:embed assets
var assets embed.FS

// reserved is the path prefix of the server's own files.
const reserved = "_doku/"

// sitePolicy allows what doku's pages need (their own scripts, styles
// and images, data: images) and frames from the same origin only, for
// live samples and interactive examples.
const sitePolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"

// framePolicy is an interactive example's frame's: the site's, and
// compiling WebAssembly, which examples in WebAssembly text do (the
// compiler is WebAssembly too). No other page may.
const framePolicy = sitePolicy + "; script-src 'self' 'wasm-unsafe-eval'"

// Policy is the Content-Security-Policy doku serve sends with the output
// file name ("en-US/docs/x/_ix_.1.html").
func Policy(name string) string {
	if strings.HasPrefix(path.Base(name), markdown.FramePrefix) && path.Ext(name) == ".html" {
		return framePolicy
	}
	return sitePolicy
}

// securityHeaders go on every response; the policy is set per file by
// Policy.
var securityHeaders = map[string]string{
	"Content-Security-Policy":      sitePolicy,
	"X-Content-Type-Options":       "nosniff",
	"X-Frame-Options":              "SAMEORIGIN",
	"Referrer-Policy":              "no-referrer",
	"Cross-Origin-Opener-Policy":   "same-origin",
	"Cross-Origin-Resource-Policy": "same-origin",
	"Cache-Control":                "no-store",
}

type handler struct{ s *Server }

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	for k, v := range securityHeaders {
		hd.Set(k, v)
	}
	if wb := h.s.workbench; wb != nil && (strings.HasPrefix(r.URL.Path, workbench.Prefix) || r.URL.Path+"/" == workbench.Prefix) {
		wb.ServeHTTP(w, r) // it checks Host, Origin and its token itself: it takes POSTs
		return
	}
	st := h.s.state.Load()
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hd.Set("Allow", "GET, HEAD")
		h.plain(w, st, http.StatusMethodNotAllowed, "Serve.MethodNotAllowed")
		return
	}
	if IsLoopback(h.s.opt.Addr) && !loopbackHost(r.Host) {
		// A page on another site whose name was made to resolve to
		// 127.0.0.1 (DNS rebinding) must not read the preview.
		h.plain(w, st, http.StatusForbidden, "Serve.Forbidden")
		return
	}
	name, ok := cleanPath(r.URL.EscapedPath(), r.URL.Path)
	if !ok {
		h.notFound(w, r, st)
		return
	}
	switch {
	case name == reserved+"events":
		h.s.events(w, r)
		return
	case strings.HasPrefix(name, reserved):
		h.asset(w, r, strings.TrimPrefix(name, reserved))
		return
	case st.view == nil:
		h.page(w, r, st, http.StatusServiceUnavailable, "")
		return
	case name == "":
		hd.Add("Vary", "Accept-Language")
		if l := st.langs.pick(r.Header.Get("Accept-Language")); l != "" && st.view.Has(l+"/index.html") {
			http.Redirect(w, r, "/"+l+"/", http.StatusFound)
			return
		}
	}
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	data, ok, err := st.view.File(name)
	if err != nil {
		h.s.logf("%v", err)
		h.plain(w, st, http.StatusInternalServerError, "Serve.RenderFailed")
		return
	}
	if !ok {
		switch {
		case st.view.Has(name + "/index.html"):
			http.Redirect(w, r, "/"+name+"/", http.StatusFound)
		case st.view.Building(name):
			// The pass over the pages has yet to make it (a search
			// index, a status page).
			hd.Set("Retry-After", "5")
			h.plain(w, st, http.StatusServiceUnavailable, "Serve.Building")
		default:
			h.notFound(w, r, st)
		}
		return
	}
	if path.Ext(name) == ".html" {
		data = decorate(st, localeOf(st, name), data)
	}
	hd.Set("Content-Security-Policy", Policy(name))
	h.send(w, r, name, data)
}

// send answers with data; ServeContent handles HEAD, ranges and the
// content type.
func (h *handler) send(w http.ResponseWriter, r *http.Request, name string, data []byte) {
	if ct := mime.TypeByExtension(path.Ext(name)); ct == "" {
		w.Header().Set("Content-Type", "application/octet-stream")
	}
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(30 * time.Second))
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
}

func (h *handler) asset(w http.ResponseWriter, r *http.Request, name string) {
	data, err := fs.ReadFile(assets, "assets/"+name)
	if err != nil {
		h.notFound(w, r, h.s.state.Load())
		return
	}
	h.send(w, r, name, data)
}

// cleanPath turns a request path into a name in the output, refusing
// anything that is not plainly a path inside it: dot segments (also
// percent-encoded: the path is decoded), empty segments, backslashes, NUL,
// and slashes or backslashes written percent-encoded, which would make one
// segment look like two.
func cleanPath(escaped, decoded string) (string, bool) {
	lower := strings.ToLower(escaped)
	if strings.Contains(lower, "%2f") || strings.Contains(lower, "%5c") || strings.Contains(lower, "%00") {
		return "", false
	}
	rest, ok := strings.CutPrefix(decoded, "/")
	if !ok || strings.ContainsAny(rest, "\\\x00") {
		return "", false
	}
	segs := strings.Split(rest, "/")
	for i, seg := range segs {
		if seg == "." || seg == ".." || seg == "" && i < len(segs)-1 {
			return "", false
		}
	}
	return rest, true
}

// loopbackHost reports whether a Host header names this machine.
func loopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// localeOf is the locale an output file belongs to: its first folder, if
// that is a locale of the site; else en-US.
func localeOf(st *state, name string) string {
	if first, _, _ := strings.Cut(name, "/"); slices.Contains(st.langs.all, first) {
		return first
	}
	return "en-US"
}

// notFound answers with the site's own 404 page: that of the locale the
// path starts with, else the one in every language.
func (h *handler) notFound(w http.ResponseWriter, r *http.Request, st *state) {
	name := "404.html"
	if first, _, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/"), "/"); slices.Contains(st.langs.all, first) {
		name = first + "/404.html"
	}
	var data []byte
	if st.view != nil {
		data, _, _ = st.view.File(name)
		if data == nil {
			data, _, _ = st.view.File("404.html")
		}
	}
	if data == nil {
		h.page(w, r, st, http.StatusNotFound, "")
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	if r.Method != http.MethodHead {
		_, _ = w.Write(decorate(st, localeOf(st, name), data))
	}
}
