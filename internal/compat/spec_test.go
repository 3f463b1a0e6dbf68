package compat

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/diag"
)

func TestSpecTitles(t *testing.T) {
	fsys := fstest.MapFS{"t.toml": {Data: []byte(`
"https://html.spec.whatwg.org/" = "HTML"
"https://html.spec.whatwg.org/multipage/server-sent-events.html" = "HTML: server-sent events"
`)}}
	dc := &diag.Collector{}
	st := LoadSpecTitles(fsys, "t.toml", "content/t.toml", dc)
	for u, want := range map[string]string{
		"https://html.spec.whatwg.org/multipage/web-sockets.html#x":       "HTML",
		"https://html.spec.whatwg.org/multipage/server-sent-events.html#": "HTML: server-sent events",
		"https://drafts.csswg.org/css-grid/#x":                            "drafts.csswg.org",
		"not a url":                                                       "not a url",
	} {
		if got := st.Title(u); got != want {
			t.Errorf("Title(%q) = %q, want %q", u, got, want)
		}
	}
	if ds := dc.All(); len(ds) != 0 {
		t.Errorf("diagnostics: %v", ds)
	}
	if got := (*SpecTitles)(nil).Title("https://a.example/x"); got != "a.example" {
		t.Errorf("no titles: %q", got)
	}
}

func TestSpecTitlesErrors(t *testing.T) {
	fsys := fstest.MapFS{"t.toml": {Data: []byte("\"https://a/\" = \"A\"\n\"https://b/\" = \n")}}
	dc := &diag.Collector{}
	LoadSpecTitles(fsys, "t.toml", "content/t.toml", dc)
	ds := dc.All()
	if len(ds) != 1 || ds[0].Pos.File != "content/t.toml" || ds[0].Pos.Line != 2 || ds[0].Kind != "bcd" {
		t.Errorf("got %v, want one bcd error at content/t.toml:2", ds)
	}
	dc = &diag.Collector{}
	if st := LoadSpecTitles(fsys, "missing.toml", "missing.toml", dc); st.Title("https://c/") != "c" || len(dc.All()) != 0 {
		t.Error("a missing titles file is not quietly empty")
	}
}

func TestSpecTable(t *testing.T) {
	ls, dc := localizers(t)
	titles := &SpecTitles{prefixes: []string{"https://websockets.spec.whatwg.org/"},
		titles: map[string]string{"https://websockets.spec.whatwg.org/": "WebSockets Standard"}}
	got := SpecTable([]string{
		"https://websockets.spec.whatwg.org/#ref-for-dom-closeevent-code%E2%91%A1",
		"https://other.example/spec",
		"javascript:alert(1)",
	}, titles, ls["de"])
	for _, want := range []string{
		`<th scope="col">Norm</th>`,
		`<a href="https://websockets.spec.whatwg.org/#ref-for-dom-closeevent-code%E2%91%A1">WebSockets Standard<br><span class="spec-fragment"># ref-for-dom-closeevent-code②</span></a>`,
		`<a href="https://other.example/spec">other.example</a>`,
		`<tr><td>javascript:alert(1)</td></tr>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("table lacks %s:\n%s", want, got)
		}
	}
	if got := SpecTable(nil, titles, ls["en-US"]); !strings.Contains(got, "No standard describes this.") {
		t.Errorf("no URLs: %s", got)
	}
	for _, d := range dc.All() {
		t.Errorf("catalog: %v", d)
	}
}

func TestSpecURLs(t *testing.T) {
	d, err := Open([]byte(`{"browsers": {}, "api": {
		"A": {"__compat": {"spec_url": ["https://s/#a", "https://s/#b"], "support": {}},
		      "sub": {"__compat": {"spec_url": "https://s/#sub", "support": {}}}},
		"B": {"__compat": {"spec_url": "https://s/#a", "support": {}}},
		"G": {"one": {"__compat": {"spec_url": "https://s/#one", "support": {}},
		              "deep": {"__compat": {"spec_url": "https://s/#deep", "support": {}}}},
		      "two": {"__compat": {"support": {}}}}}}`), "d.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		keys    []string
		want    string
		missing bool
	}{
		{[]string{"api.A", "api.B"}, "https://s/#a https://s/#b", false},
		// A group without spec_url cites those of the features below it.
		{[]string{"api.G"}, "https://s/#one https://s/#deep", false},
		// A key the data lacks is the error; the others still count.
		{[]string{"api.C", "api.B"}, "https://s/#a", true},
		{[]string{"api.C"}, "", true},
	} {
		urls, err := d.SpecURLs(c.keys)
		if got := strings.Join(urls, " "); got != c.want || (err != nil) != c.missing {
			t.Errorf("SpecURLs(%v) = %q, %v; want %q, error %v", c.keys, got, err, c.want, c.missing)
		}
	}
}
