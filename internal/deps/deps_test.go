package deps

import (
	"slices"
	"testing"

	"github.com/doku-docs/doku/internal/i18n"
)

// TestAll checks that All gives each read once, sorted, with the messages
// looked up among them, and the groups included once.
func TestAll(t *testing.T) {
	r, g := New(), New()
	r.Add(Page, "de\x00b")
	r.Add(Compat, "api.X")
	r.Add(Page, "de\x00b")
	r.Lookups[i18n.Lookup{Locale: "de", ID: "Link.OnlyInEnglish"}] = true
	r.Include(g)
	r.Include(g)
	r.Include(r)
	var none *Reads
	none.Add(Page, "x") // a nil record records nothing, and does not fail
	reads, groups := r.All()
	want := []Read{{Compat, "api.X"}, {Message, "de\x00Link.OnlyInEnglish"}, {Page, "de\x00b"}}
	if !slices.Equal(reads, want) {
		t.Errorf("All() = %q, want %q", reads, want)
	}
	if len(groups) != 1 || groups[0] != g {
		t.Errorf("groups = %v, want the one included", groups)
	}
}
