package mdn

import (
	"strings"
	"testing"
)

// TestLookupIgnoresCase checks that any spelling of a name finds the
// macro registered under its canonical spelling.
func TestLookupIgnoresCase(t *testing.T) {
	r := Registry()
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
		{"cssxref", "cssxref"},
		{"CSSXRef", "cssxref"},
		{"htmlelement", "HTMLElement"},
		{"non-standard_inline", "Non-standard_Inline"},
		{"cssxre", ""},
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

// TestRegistryAll checks the registry doku ships: sorted ignoring case,
// every macro documented and expandable, and the macros MDN pages use most
// all present.
func TestRegistryAll(t *testing.T) {
	all := Registry().All()
	for i, m := range all {
		if m.Doc == "" || m.Expand == nil {
			t.Errorf("%s: missing doc or Expand", m.Name)
		}
		if i > 0 && strings.ToLower(all[i-1].Name) >= strings.ToLower(m.Name) {
			t.Errorf("All() not sorted: %s before %s", all[i-1].Name, m.Name)
		}
	}
	r := Registry()
	for _, name := range []string{
		"domxref", "jsxref", "cssxref", "HTMLElement", "SVGElement", "SVGAttr", "HTTPHeader",
		"HTTPStatus", "HTTPMethod", "CSP", "Glossary", "MathMLElement", "WebExtAPIRef", "RFC",
		"ReadOnlyInline", "Optional_Inline", "Experimental_Inline", "Deprecated_Inline",
		"Non-standard_Inline", "SecureContext_Inline",
		"AvailableInWorkers", "SecureContext_Header", "SeeCompatTable", "Deprecated_Header", "Non-standard_Header",
		"Compat", "Specifications", "APIRef", "DefaultAPISidebar", "CloseCodeTable",
	} {
		if m := r.Lookup(name); m == nil || m.Name != name {
			t.Errorf("Lookup(%q) = %v, want the macro of that name", name, m)
		}
	}
}
