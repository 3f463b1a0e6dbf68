package compat

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

const small = `{
  "__meta": {"version": "1.2.3"},
  "browsers": {"chrome": {"name": "Chrome", "type": "desktop"}},
  "api": {
    "A": {
      "__compat": {"spec_url": "https://x.example/#a", "support": {"chrome": {"version_added": "1"}}},
      "b": {"__compat": {"support": {"chrome": [{"version_added": "≤3"}, {"version_added": "1", "prefix": "-webkit-"}]}}},
      "group": {"c": {"__compat": {"support": {"chrome": {"version_added": "preview"}}}}}
    }
  }
}`

func TestOpen(t *testing.T) {
	d, err := Open([]byte(small), "small.json")
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta.Version != "1.2.3" || d.Browsers["chrome"].ID != "chrome" {
		t.Errorf("meta %+v, browsers %+v", d.Meta, d.Browsers)
	}
	if got, want := strings.Join(d.Keys(), " "), "api api.A api.A.b api.A.group api.A.group.c"; got != want {
		t.Errorf("keys %q, want %q", got, want)
	}
	a, err := d.Feature("api.A")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(a.Children, " "); got != "api.A.b api.A.group" {
		t.Errorf("children of api.A: %q", got)
	}
	if a.Compat.SpecURLs[0] != "https://x.example/#a" || a.Compat.Support["chrome"][0].Added != (Version{Exact, "1"}) {
		t.Errorf("api.A decoded as %+v", a.Compat)
	}
	b, err := d.Feature("api.A.b")
	if err != nil {
		t.Fatal(err)
	}
	ss := b.Compat.Support["chrome"]
	if len(ss) != 2 || ss[0].Added != (Version{Ranged, "3"}) || ss[1].Prefix != "-webkit-" {
		t.Errorf("api.A.b chrome: %+v", ss)
	}
	g, err := d.Feature("api.A.group")
	if err != nil || g.Compat != nil || len(g.Children) != 1 {
		t.Errorf("group: %+v, %v", g, err)
	}
	// A second lookup shares the first decoding.
	if b2, _ := d.Feature("api.A.b"); b2.Compat != b.Compat {
		t.Error("feature decoded twice")
	}
}

func TestNotFound(t *testing.T) {
	d, err := Open([]byte(small), "small.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = d.Feature("api.A.missing.deeper")
	var nf *NotFoundError
	if !errors.As(err, &nf) || nf.Near != "api.A" {
		t.Fatalf("got %v, want a NotFoundError near api.A", err)
	}
	if _, err := d.Feature("api.Nothing"); !errors.As(err, &nf) || nf.Near != "" {
		t.Errorf("got %v", err)
	}
}

func TestVersion(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Version
	}{
		{`"12.1"`, Version{Exact, "12.1"}},
		{`"1.0.0"`, Version{Exact, "1.0.0"}},
		{`"≤18"`, Version{Ranged, "18"}},
		{`"preview"`, Version{Kind: Preview}},
		{`true`, Version{Kind: Yes}},
		{`false`, Version{Kind: No}},
		{`null`, Version{}},
	} {
		var v Version
		if err := v.UnmarshalJSON([]byte(tt.in)); err != nil || v != tt.want {
			t.Errorf("%s: got %+v, %v; want %+v", tt.in, v, err, tt.want)
		}
	}
	for _, bad := range []string{`12`, `""`, `"≤"`, `"latest"`, `"12a"`, `{}`} {
		var v Version
		if err := v.UnmarshalJSON([]byte(bad)); err == nil {
			t.Errorf("%s: accepted as %+v", bad, v)
		}
	}
}

// TestBadData checks that broken data is an error naming where it is,
// found by Open for syntax and by Feature for the values of a feature.
func TestBadData(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		key       string // looked up after a successful Open
		want      string // position and part of the message
	}{
		{"syntax", "{\n  \"api\": {\n    \"A\": {,}\n  }\n}", "", "bad.json:3:11: JSON syntax"},
		{"cut short", `{"api": {"A": {"__compat": {`, "", "bad.json:1:29: the file ends"},
		{"not an object", `[1]`, "", `bad.json:1:2: want "{", got [`},
		{"feature not an object", `{"api": {"A": 3}}`, "", `bad.json:1:16: api.A: want "{", got 3`},
		{"trailing data", `{} {}`, "", "bad.json:1:4: unexpected data"},
		{"null browser", `{"browsers": {"x": null}}`, "", `browser "x" is null`},
		{"number version", "{\"browsers\": {\"c\": {}},\n\"api\": {\"A\": {\"__compat\": {\"support\": {\"c\": {\"version_added\": 12}}}}}}",
			"api.A", "bad.json:2:27: api.A.__compat: want a version string, true, false or null, got 12"},
		{"wrong type", "{\"browsers\": {\"c\": {}},\n\"api\": {\"A\": {\"__compat\": {\"mdn_url\": 5, \"support\": {}}}}}",
			"api.A", "bad.json:2:40: api.A.__compat: mdn_url: want string, got number"},
		{"wrong browser field", "{\"browsers\": {\n  \"c\": {\"name\": 5}}}", "", "bad.json:2:18: browsers: name: want string, got number"},
		{"wrong meta", `{"__meta": []}`, "", "bad.json:1:13: __meta: want compat.Meta, got array"},
		{"unknown browser", `{"browsers": {}, "api": {"A": {"__compat": {"support": {"nope": {"version_added": "1"}}}}}}`,
			"api.A", `support for browser "nope"`},
		{"no support", `{"browsers": {}, "api": {"A": {"__compat": {}}}}`, "api.A", `has no "support"`},
		{"empty list", `{"browsers": {"c": {}}, "api": {"A": {"__compat": {"support": {"c": []}}}}}`, "api.A", "empty list"},
		{"notes not text", `{"browsers": {"c": {}}, "api": {"A": {"__compat": {"support": {"c": {"version_added": "1", "notes": 4}}}}}}`,
			"api.A", "want a string or a list of strings, got 4"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Open([]byte(tt.src), "bad.json")
			if tt.key != "" {
				if err != nil {
					t.Fatalf("open: %v", err)
				}
				_, err = d.Feature(tt.key)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("got %v (%T), want an *Error", err, err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestFeatureLetsGo checks that a decoded feature no one holds is
// collected, and that asking again decodes it the same.
func TestFeatureLetsGo(t *testing.T) {
	d, err := Open([]byte(small), "small.json")
	if err != nil {
		t.Fatal(err)
	}
	b, err := d.Feature("api.A.b")
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("%+v", *b.Compat)
	b = nil
	runtime.GC()
	if d.features["api.A.b"].compat.Value() != nil {
		t.Error("the decoded feature is kept after no one holds it")
	}
	again, err := d.Feature("api.A.b")
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprintf("%+v", *again.Compat); got != want {
		t.Errorf("decoded again as %s, first as %s", got, want)
	}
}
