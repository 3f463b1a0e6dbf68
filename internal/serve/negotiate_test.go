package serve

import "testing"

func TestNegotiate(t *testing.T) {
	n := newNegotiator([]string{"en-US", "de", "en-XA"}, "en-XA")
	tests := []struct{ header, want string }{
		{"", "en-US"},
		{"de", "de"},
		{"de-AT", "de"},
		{"de-CH,de;q=0.9,en;q=0.8", "de"},
		{"en-GB,en;q=0.9,de;q=0.8", "en-US"},
		{"fr-FR,fr;q=0.9,de;q=0.5", "de"},
		{"fr-FR", "en-US"},
		{"en-XA", "en-US"},
		{"*", "en-US"},
		{"de;q=0.1,en;q=0.9", "en-US"},
		{"not a header;;;", "en-US"},
	}
	for _, tt := range tests {
		if got := n.pick(tt.header); got != tt.want {
			t.Errorf("pick(%q) = %q, want %q", tt.header, got, tt.want)
		}
	}
	if got := newNegotiator(nil, "").pick("de"); got != "" {
		t.Errorf("no locales: pick = %q", got)
	}
}
