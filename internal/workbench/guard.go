package workbench

import (
	"crypto/subtle"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// maxBody bounds what a form may send: a message or a page mark is a few
// kilobytes.
const maxBody = 1 << 20

// guard lets a POST through only when it comes from a page of this server:
// its Origin is this server's and it carries this server's token. A page
// on another site can make a browser send a form here (that is what the
// token stops: that page cannot read it) and can make its own host name
// resolve to 127.0.0.1 (that is what the Host check in ServeHTTP stops).
// It answers 403 and returns false otherwise, before anything is read or
// written.
func (wb *Workbench) guard(w http.ResponseWriter, r *http.Request) bool {
	if !sameOrigin(r) {
		http.Error(w, "refused: a form may be sent to doku serve only from its own pages (the Origin header is "+quoteOrNone(r.Header.Get("Origin"))+")", http.StatusForbidden)
		return false
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "the form cannot be read: "+err.Error(), http.StatusBadRequest)
		return false
	}
	if subtle.ConstantTimeCompare([]byte(r.PostForm.Get("token")), []byte(wb.token)) != 1 {
		http.Error(w, "refused: the form lacks this server's token; reload the workbench page (a restarted server has a new token) and save again", http.StatusForbidden)
		return false
	}
	return true
}

// sameOrigin reports whether the request's Origin is the server the
// request was sent to. Browsers send Origin with every POST; a request
// without one is not from a page of this server.
func sameOrigin(r *http.Request) bool {
	o := r.Header.Get("Origin")
	if o == "" || o == "null" {
		return false
	}
	u, err := url.Parse(o)
	return err == nil && u.Scheme == "http" && u.Path == "" && u.User == nil && strings.EqualFold(u.Host, r.Host)
}

// allowedHost reports whether a Host header names this machine: localhost
// (or a name under .localhost, which browsers resolve to loopback
// themselves) or a loopback address. Any other name could be one an
// attacker's DNS points at 127.0.0.1.
func allowedHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	host = strings.ToLower(host)
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func quoteOrNone(s string) string {
	if s == "" {
		return "missing"
	}
	return `"` + s + `"`
}
