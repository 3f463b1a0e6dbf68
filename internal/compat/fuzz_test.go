package compat

import (
	"os"
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
	if src, err := os.ReadFile("../../content/data/browser-compat.json"); err == nil {
		f.Add(src)
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

// plainLocalizer returns message IDs, for tests that need no catalog.
type plainLocalizer struct{}

func (plainLocalizer) T(id string, _ ...any) string { return id }
