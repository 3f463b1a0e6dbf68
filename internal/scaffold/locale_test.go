package scaffold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAddToConfig(t *testing.T) {
	tests := []struct {
		name, src, want string
		added           bool
		err             string
	}{
		{"one line", "strict = true\nlocales = [\"en-US\", \"de\"] # built\n", "strict = true\nlocales = [\"en-US\", \"de\", \"fr\"] # built\n", true, ""},
		{"trailing comma", "locales = [\"en-US\",]\n", "locales = [\"en-US\", \"fr\"]\n", true, ""},
		{"no list", "strict = true\n", "strict = true\n", false, ""},
		{"over lines", "locales = [\n  \"en-US\",\n]\n", "locales = [\n  \"en-US\",\n]\n", false, "write the locales list on one line"},
	}
	for _, tt := range tests {
		p := filepath.Join(t.TempDir(), "doku.toml")
		if err := os.WriteFile(p, []byte(tt.src), 0o644); err != nil {
			t.Fatal(err)
		}
		added, err := addToConfig(p, "fr")
		got, _ := os.ReadFile(p)
		if added != tt.added || string(got) != tt.want || (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%s: added %v, err %v, file %q; want %v, %q, %q", tt.name, added, err, got, tt.added, tt.err, tt.want)
		}
	}
	if added, err := addToConfig(filepath.Join(t.TempDir(), "doku.toml"), "fr"); added || err != nil {
		t.Errorf("no doku.toml: %v, %v; want false, nil", added, err)
	}
}

// TestAddLocaleFolderName names the new content folder as the English
// one is named: en-US gives pt-BR, en-us gives pt-br.
func TestAddLocaleFolderName(t *testing.T) {
	for en, want := range map[string]string{"en-US": "pt-BR", "en-us": "pt-br"} {
		root := t.TempDir()
		if err := os.MkdirAll(filepath.Join(root, "content", en), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(root, "locales"), 0o755); err != nil {
			t.Fatal(err)
		}
		src := "[Site.Title]\ndescription = \"Name.\"\nother = \"Docs\"\n"
		if err := os.WriteFile(filepath.Join(root, "locales", "en-US.toml"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		st, err := AddLocale(root, filepath.Join(root, "content"), "pt-br")
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Base(st.Folder) != want || st.Locale != "pt-BR" || st.Messages != 1 || st.Config {
			t.Errorf("English folder %s: %+v, want folder %s, locale pt-BR, 1 message, no config", en, st, want)
		}
		cat, err := os.ReadFile(filepath.Join(root, "locales", "pt-BR.toml"))
		if err != nil || !strings.Contains(string(cat), "# doku: untranslated") || !strings.Contains(string(cat), `other = "Docs"`) {
			t.Errorf("catalog: %v\n%s", err, cat)
		}
	}
}
