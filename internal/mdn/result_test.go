package mdn

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/doku-docs/doku/internal/macro"
)

// expand runs one call through the registry, as the expander does.
func expand(t *testing.T, call string) (macro.Result, error) {
	t.Helper()
	c, err := macro.Parse([]byte(call))
	if err != nil {
		t.Fatalf("%s: %v", call, err)
	}
	m, args, err := Registry().Check(c)
	if err != nil {
		return macro.Result{}, err
	}
	return m.Expand(&macro.Env{}, args)
}

// TestRequests checks that the macros which ask something of the page
// return it in their Result, and render nothing in place.
func TestRequests(t *testing.T) {
	tests := []struct {
		call string
		want macro.Result
	}{
		{`{{APIRef("WebSockets API")}}`, macro.Result{Sidebar: &macro.SidebarRequest{Group: "WebSockets API"}}},
		{`{{APIRef}}`, macro.Result{Sidebar: &macro.SidebarRequest{}}},
		{`{{DefaultAPISidebar(" Fetch API ")}}`, macro.Result{Sidebar: &macro.SidebarRequest{Group: "Fetch API"}}},
		{`{{JSRef("Global_Objects")}}`, macro.Result{Sidebar: &macro.SidebarRequest{Area: "Web/JavaScript/Reference"}}},
		{`{{EmbedLiveSample("Examples", 300, "100%")}}`, macro.Result{LiveSamples: []macro.LiveSample{{ID: "Examples", Width: "300", Height: "100%"}}}},
		{`{{EmbedLiveSample("a", "", "", "", "", "", "", "x.png")}}`, macro.Result{LiveSamples: []macro.LiveSample{{ID: "a"}}}},
	}
	for _, tt := range tests {
		got, err := expand(t, tt.call)
		if err != nil {
			t.Errorf("%s: %v", tt.call, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.call, diff)
		}
	}
}

// TestLeniency checks that the signatures accept what MDN's pages pass:
// numbers for text, numbers in strings, empty strings, ignored extras.
func TestLeniency(t *testing.T) {
	r := Registry()
	for _, call := range []string{
		`{{HTTPStatus(404)}}`, `{{HTTPStatus(404, "Not Found")}}`, `{{RFC("6455")}}`, `{{RFC(6455, "", 7)}}`,
		`{{domxref("A", "", "", 1)}}`, `{{jsxref("A", "b", "", "1")}}`, `{{js_property_attributes(0, 1, "true")}}`,
		`{{Compat("api.A", 2)}}`, `{{Deprecated_Inline("v1")}}`, `{{bug(1, 2, 3)}}`, `{{InheritanceDiagram(600, 120)}}`,
		`{{EmbedLiveSample("", "", 200)}}`, `{{AvailableInWorkers("")}}`, `{{PreviousNext("a")}}`, `{{InteractiveExample}}`,
	} {
		c, err := macro.Parse([]byte(call))
		if err != nil {
			t.Fatalf("%s: %v", call, err)
		}
		if _, _, err := r.Check(c); err != nil {
			t.Errorf("%s: %v, want it accepted", call, err)
		}
	}
}

// TestUsage checks the signatures as messages and doku macros show them,
// which pages' flaws quote.
func TestUsage(t *testing.T) {
	r := Registry()
	want := map[string]string{
		"domxref":                `("target" [, "text" [, "anchor" [, dontCode]]])`,
		"Glossary":               `("target" [, "text"])`,
		"RFC":                    `("number" [, "text" [, section]])`,
		"bug":                    `(number)`,
		"APIRef":                 `(["API group"])`,
		"Compat":                 `(["bcd.key", ...])`,
		"EmbedLiveSample":        `(["section ID" [, width [, height [, ...]]]])`,
		"InheritanceDiagram":     `([width [, height [, ...]]])`,
		"PreviousMenuNext":       `("prev slug", "next slug", "menu slug")`,
		"js_property_attributes": `(writable, enumerable, configurable)`,
		"CloseCodeTable":         ``,
	}
	for name, w := range want {
		if got := r.Lookup(name).Args(); got != w {
			t.Errorf("%s: %s, want %s", name, got, w)
		}
	}
}
