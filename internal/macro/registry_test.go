package macro

import "testing"

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
		{KindNav, true},
	}
	for _, tt := range tests {
		if got := tt.kind.Block(); got != tt.want {
			t.Errorf("%v.Block() = %v, want %v", tt.kind, got, tt.want)
		}
	}
}
