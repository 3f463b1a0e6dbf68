package workbench

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// TestRefusals sends the save of a valid form in every way a page of
// another site could: each is refused with 403 and changes nothing.
func TestRefusals(t *testing.T) {
	ts := newTestSite(t)
	body := ts.get("/_doku/translate/messages?locale=de&q=site.title").Body.String()
	good := form(t, body, `data-message-id="Site.Title"`)
	good.Set("other", "Übernommen")
	with := func(change func(url.Values)) url.Values {
		f := url.Values{}
		for k, v := range good {
			f[k] = append([]string(nil), v...)
		}
		change(f)
		return f
	}
	tests := []struct {
		name, origin string
		form         url.Values
		host         string
	}{
		{"no token", origin, with(func(f url.Values) { f.Del("token") }), ""},
		{"wrong token", origin, with(func(f url.Values) { f.Set("token", strings.Repeat("0", 64)) }), ""},
		{"token of another server", origin, with(func(f url.Values) { f.Set("token", New(Options{}).token) }), ""},
		{"foreign origin", "http://evil.example", good, ""},
		{"other port", "http://127.0.0.1:9999", good, ""},
		{"https origin", "https://127.0.0.1:1313", good, ""},
		{"no origin", "", good, ""},
		{"null origin", "null", good, ""},
		{"foreign host (DNS rebinding)", "http://evil.example:1313", good, "evil.example:1313"},
		{"foreign host, own origin", origin, good, "attacker.example"},
	}
	for _, tc := range tests {
		r := httptest.NewRequest(http.MethodPost, "http://127.0.0.1:1313/_doku/translate/messages", strings.NewReader(tc.form.Encode()))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if tc.origin != "" {
			r.Header.Set("Origin", tc.origin)
		}
		if tc.host != "" {
			r.Host = tc.host
		}
		if w := ts.do(r); w.Code != http.StatusForbidden {
			t.Errorf("%s: %d, want 403", tc.name, w.Code)
		}
		if got := ts.read("locales/de.toml"); got != testDE {
			t.Fatalf("%s: de.toml changed:\n%s", tc.name, got)
		}
	}
	// Pages are not shown to a foreign Host either: they carry the token.
	r := httptest.NewRequest(http.MethodGet, "http://evil.example/_doku/translate/messages?locale=de", nil)
	if w := ts.do(r); w.Code != http.StatusForbidden || strings.Contains(w.Body.String(), ts.wb.token) {
		t.Errorf("a GET for a foreign host: %d", w.Code)
	}
	// The same form from the server's own page is saved.
	if w := ts.post("/_doku/translate/messages", origin, good); w.Code != http.StatusSeeOther {
		t.Errorf("the good form: %d\n%s", w.Code, w.Body)
	}
}

func TestAllowedHost(t *testing.T) {
	for host, want := range map[string]bool{
		"127.0.0.1:1313": true, "localhost:1313": true, "LOCALHOST": true, "[::1]:1313": true, "doku.localhost:8080": true,
		"127.1.2.3": true, "example.org": false, "127.0.0.1.nip.io:1313": false, "192.168.1.2:1313": false, "": false,
	} {
		if allowedHost(host) != want {
			t.Errorf("allowedHost(%q) = %v", host, !want)
		}
	}
}

func TestMethodsAndPaths(t *testing.T) {
	ts := newTestSite(t)
	for target, want := range map[string]int{
		"/_doku/translate/":                      http.StatusOK,
		"/_doku/translate/workbench.css":         http.StatusOK,
		"/_doku/translate/messages":              http.StatusNotFound, // no locale
		"/_doku/translate/messages?locale=xx":    http.StatusNotFound,
		"/_doku/translate/messages?locale=en-US": http.StatusNotFound,
		"/_doku/translate/nothing":               http.StatusNotFound,
		"/_doku/translate":                       http.StatusMovedPermanently,
	} {
		if w := ts.get(target); w.Code != want {
			t.Errorf("GET %s: %d, want %d", target, w.Code, want)
		}
	}
	r := httptest.NewRequest(http.MethodPut, origin+"/_doku/translate/messages", nil)
	if w := ts.do(r); w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != "GET, HEAD, POST" {
		t.Errorf("PUT: %d, Allow %q", w.Code, w.Header().Get("Allow"))
	}
	if w := ts.post("/_doku/translate/", origin, url.Values{"token": {ts.wb.token}}); w.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST to the start page: %d", w.Code)
	}
	if w := ts.get("/_doku/translate/"); w.Header().Get("Referrer-Policy") != "same-origin" {
		t.Errorf("Referrer-Policy %q: with no-referrer browsers send Origin: null", w.Header().Get("Referrer-Policy"))
	}
}
