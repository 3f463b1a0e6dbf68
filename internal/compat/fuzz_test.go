package compat

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// FuzzOpen feeds arbitrary bytes to Open, Feature and the table: bad data
// must come back as errors, never as a panic.
func FuzzOpen(f *testing.F) {
	f.Add([]byte(small))
	f.Add([]byte(`{"browsers": {"c": {"type": "mobile"}}, "x": {"__compat": {"support": {"c": [{"version_added": "≤1", "version_removed": true, "flags": [{}]}]}}}}`))
	f.Add([]byte(`{"x": {"__compat": {"support": {"c": {"version_added": "preview", "notes": ["<a href=x>", "</em>"]}}}}}`))
	f.Add([]byte(`{"a": {"b": {"c": {}}}}`))
	f.Add([]byte(`{"a": [}`))
	for _, file := range []string{"testdata/support.txtar", "testdata/tables/edges.txtar", "testdata/tables/multi.txtar"} {
		f.Add(archiveFS(f, file)["data.json"].Data)
	}
	l := plainLocalizer{}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Open(src, "fuzz.json")
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		for _, k := range d.Keys() {
			if _, err := d.Feature(k); err != nil {
				continue
			}
			_, _ = (&Table{Data: d, L: l}).Render([]string{k})
			_, _ = d.SpecURLs([]string{k})
		}
	})
}

// FuzzSanitizeHTML checks that whatever a note holds, the result has only
// the allowed elements, links only to http(s) or paths, and every element
// closed.
func FuzzSanitizeHTML(f *testing.F) {
	for _, s := range []string{
		"<code>x</code> <a href='https://bugzil.la/1'>bug</a>",
		"<em>open <code>both",
		`<a href="javascript:alert(1)">x</a><script>alert(1)</script>`,
		`<a href="x" title="a>b">y</a> &amp; &lt;b&gt; </em></a>`,
	} {
		f.Add(s)
	}
	tag := regexp.MustCompile(`<(/?)([a-z]+)([^>]*)>`)
	f.Fuzz(func(t *testing.T, in string) {
		out := SanitizeHTML(in, nil)
		var open []string
		for _, m := range tag.FindAllStringSubmatch(out, -1) {
			name, attrs := m[2], m[3]
			if !slices.Contains(allowedTags, name) {
				t.Fatalf("%q gave element %s: %q", in, name, out)
			}
			switch {
			case name == "br":
			case m[1] == "/":
				if len(open) == 0 || open[len(open)-1] != name {
					t.Fatalf("%q: </%s> closes nothing open: %q", in, name, out)
				}
				open = open[:len(open)-1]
			default:
				if attrs != "" && !(name == "a" && (strings.HasPrefix(attrs, ` href="http`) || strings.HasPrefix(attrs, ` href="/`) || strings.HasPrefix(attrs, ` href="#`))) {
					t.Fatalf("%q gave <%s%s>: %q", in, name, attrs, out)
				}
				open = append(open, name)
			}
		}
		if len(open) != 0 {
			t.Fatalf("%q left %v open: %q", in, open, out)
		}
		if strings.Count(out, "<") != len(tag.FindAllString(out, -1)) {
			t.Fatalf("%q: a '<' outside a tag: %q", in, out)
		}
	})
}

// plainLocalizer returns message IDs, for tests that need no catalog.
type plainLocalizer struct{}

func (plainLocalizer) T(id string, _ ...any) string { return id }
