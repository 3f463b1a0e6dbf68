package closecode

import (
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/diag"
)

// fakeMessages is a catalog set: the message IDs each locale defines.
type fakeMessages map[string]map[string]bool

func (f fakeMessages) Has(locale, id string) bool { return f[locale][id] }
func (f fakeMessages) Path(locale string) string  { return "locales/" + locale + ".toml" }

func TestCheckMessages(t *testing.T) {
	tab := &Table{Path: file, Entries: []Entry{
		{From: 0, To: 999, Name: "A.Name", Description: "A.Desc", Line: 1},
		{From: 1000, To: 4999, Name: "B.Name", Description: "B.Desc", Line: 9},
	}}
	all := map[string]bool{"A.Name": true, "A.Desc": true, "B.Name": true, "B.Desc": true}
	tests := []struct {
		name    string
		msgs    fakeMessages
		locales []string
		// want lists line, message part and hint part of each diagnostic.
		want [][3]string
	}{
		{
			name:    "complete",
			msgs:    fakeMessages{"en-US": all, "de": all},
			locales: []string{"en-US", "de"},
		},
		{
			name: "description missing in de",
			msgs: fakeMessages{"en-US": all, "de": {"A.Name": true, "A.Desc": true, "B.Name": true}},
			want: [][3]string{{"9", `message "B.Desc" of code 1000 is missing in the de catalog`, "add [B.Desc] to locales/de.toml"}},
		},
		{
			name: "a locale without a catalog",
			msgs: fakeMessages{"en-US": all},
			want: [][3]string{
				{"1", `message "A.Desc" of code 0 is missing in the de catalog`, "locales/de.toml"},
				{"1", `message "A.Name" of code 0 is missing in the de catalog`, "locales/de.toml"},
				{"9", `message "B.Desc" of code 1000 is missing in the de catalog`, "locales/de.toml"},
				{"9", `message "B.Name" of code 1000 is missing in the de catalog`, "locales/de.toml"},
			},
		},
		{
			name: "name missing in en-US",
			msgs: fakeMessages{"en-US": {"A.Name": true, "A.Desc": true, "B.Desc": true}, "de": all},
			want: [][3]string{{"9", `message "B.Name" of code 1000 is missing in the en-US catalog`, "locales/en-US.toml"}},
		},
		{
			name:    "only the locales asked for are checked",
			msgs:    fakeMessages{"en-US": all},
			locales: []string{"en-US"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			locales := tt.locales
			if locales == nil {
				locales = []string{"en-US", "de"}
			}
			var dc diag.Collector
			tab.CheckMessages(tt.msgs, locales, &dc)
			ds := dc.All()
			if len(ds) != len(tt.want) {
				t.Fatalf("got %d diagnostics, want %d: %v", len(ds), len(tt.want), ds)
			}
			for i, w := range tt.want {
				d := ds[i]
				if d.Pos.File != file || itoa(d.Pos.Line) != w[0] || d.Severity != diag.Error ||
					!strings.Contains(d.Message, w[1]) || !strings.Contains(d.Hint, w[2]) {
					t.Errorf("diagnostic %d = %v\nwant %s:%s: error: %s (hint: ...%s...)", i, d, file, w[0], w[1], w[2])
				}
			}
		})
	}
}
