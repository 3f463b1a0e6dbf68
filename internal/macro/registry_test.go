package macro

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLookupIgnoresCase checks that any spelling of a name finds the
// macro registered under its canonical spelling.
func TestLookupIgnoresCase(t *testing.T) {
	r := Builtins()
	tests := []struct {
		name string
		// want is the registered Name, "" when nothing is found.
		want string
	}{
		{"domxref", "domxref"},
		{"DOMXref", "domxref"},
		{"DOMxRef", "domxref"},
		{"DomXRef", "domxref"},
		{"compat", "Compat"},
		{"Compat", "Compat"},
		{"COMPAT", "Compat"},
		{"specifications", "Specifications"},
		{"apiref", "APIRef"},
		{"APIRef", "APIRef"},
		{"defaultapisidebar", "DefaultAPISidebar"},
		{"closecodetable", "CloseCodeTable"},
		{"cssxref", ""},
		{"domxre", ""},
		{"domxref ", ""},
		{"", ""},
	}
	for _, tt := range tests {
		m := r.Lookup(tt.name)
		got := ""
		if m != nil {
			got = m.Name
		}
		if got != tt.want {
			t.Errorf("Lookup(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestNewRegistryIgnoresCase uses MDN's own mixed-case spelling as the
// registered name.
func TestNewRegistryIgnoresCase(t *testing.T) {
	css := &Macro{Name: "CSSxRef", Kind: KindLink}
	r := NewRegistry(css)
	for _, name := range []string{"cssxref", "CSSxRef", "CSSXRef", "CssXref"} {
		if got := r.Lookup(name); got != css {
			t.Errorf("Lookup(%q) = %v, want the CSSxRef macro", name, got)
		}
	}
}

func TestBuiltinsAll(t *testing.T) {
	var names []string
	for _, m := range Builtins().All() {
		names = append(names, m.Name)
	}
	want := []string{"APIRef", "CloseCodeTable", "Compat", "DefaultAPISidebar", "domxref", "Specifications"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("All() names, sorted ignoring case (-want +got):\n%s", diff)
	}
}

func TestKindBlock(t *testing.T) {
	tests := []struct {
		kind Kind
		want bool
	}{
		{KindLink, false},
		{KindBadge, false},
		{KindBanner, true},
		{KindSection, true},
		{KindSidebar, true},
		{KindEmbed, true},
	}
	for _, tt := range tests {
		if got := tt.kind.Block(); got != tt.want {
			t.Errorf("%v.Block() = %v, want %v", tt.kind, got, tt.want)
		}
	}
}
