// Package hosting holds what a hosted site needs besides its pages: the
// base URL it is served from, absolute URLs where the standards ask for
// them (canonical links, hreflang alternates, sitemaps, robots.txt), the
// sitemaps and robots.txt themselves.
//
// Links between pages stay relative whatever the base URL (see
// site.RelURL): the same output works under any path and from file://.
// Only what a crawler reads out of context is absolute.
package hosting

import (
	"errors"
	"net/url"
	"strings"
)

// ParseBaseURL checks the URL a site is served from: absolute http(s),
// with a host, without query or fragment. The path gets a trailing slash,
// so "https://example.org/docs" means the folder /docs/.
func ParseBaseURL(s string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(s))
	switch {
	case err != nil:
		return nil, err
	case u.Scheme != "http" && u.Scheme != "https":
		return nil, errors.New("the base URL must start with https:// (or http://)")
	case u.Host == "":
		return nil, errors.New("the base URL has no host")
	case u.RawQuery != "" || u.Fragment != "" || u.ForceQuery:
		return nil, errors.New("the base URL cannot have a query (?) or a fragment (#)")
	case u.User != nil:
		return nil, errors.New("the base URL cannot hold a user name or password")
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
		u.RawPath = ""
	}
	return u, nil
}

// Abs is the absolute URL of the output file rel ("de/docs/Web/index.html")
// under base, or "" without a base URL.
func Abs(base *url.URL, rel string) string {
	if base == nil {
		return ""
	}
	return base.ResolveReference(&url.URL{Path: rel}).String()
}

// RootPath is the path of the site's root on its server ("/docs/"), for
// pages a server shows at any URL (404 pages), whose relative links would
// resolve against the wrong folder. Without a base URL, the site is taken
// to be at the server's root.
func RootPath(base *url.URL) string {
	if base == nil {
		return "/"
	}
	return base.EscapedPath()
}
