package assets

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

func TestHashedNameFollowsContent(t *testing.T) {
	sum := sha256.Sum256([]byte("body{}"))
	h := hex.EncodeToString(sum[:])[:8]
	for name, want := range map[string]string{
		"doku.css":      "doku." + h + ".css",
		"fonts/a.woff2": "fonts/a." + h + ".woff2",
		"x.min.js":      "x." + h + ".min.js",
		"LICENSE":       "LICENSE." + h,
	} {
		if got := Hashed(name, []byte("body{}")); got != want {
			t.Errorf("Hashed(%q) = %q, want %q", name, got, want)
		}
	}
	if Hashed("doku.css", []byte("a")) == Hashed("doku.css", []byte("b")) {
		t.Error("different content, same name")
	}
}

func TestSetPathsAndCSSReferences(t *testing.T) {
	s := New(map[string][]byte{
		"doku.css":      []byte(`@font-face{src:url("fonts/a.woff2") format("woff2")} .x{background:url(img/logo.svg#i)} .y{background:url(data:image/png;base64,AA==)} .z{background:url(missing.png)}`),
		"fonts/a.woff2": []byte("font"),
		"fonts/f.css":   []byte(`.q{background:url('../img/logo.svg')}`),
		"img/logo.svg":  []byte("<svg/>"),
	})
	logo, err := s.Path("img/logo.svg")
	if err != nil {
		t.Fatal(err)
	}
	font, _ := s.Path("fonts/a.woff2")
	if logo != "static/"+Hashed("img/logo.svg", []byte("<svg/>")) {
		t.Errorf("logo at %s", logo)
	}
	var css, sub File
	for _, f := range s.Files() {
		switch f.Name {
		case "doku.css":
			css = f
		case "fonts/f.css":
			sub = f
		}
	}
	for _, want := range []string{
		`url("` + strings.TrimPrefix(font, "static/") + `")`,
		`url(` + strings.TrimPrefix(logo, "static/") + `#i)`,
		`url(data:image/png;base64,AA==)`,
		`url(missing.png)`,
	} {
		if !strings.Contains(string(css.Data), want) {
			t.Errorf("doku.css lacks %s:\n%s", want, css.Data)
		}
	}
	if want := `url('../` + strings.TrimPrefix(logo, "static/") + `')`; !strings.Contains(string(sub.Data), want) {
		t.Errorf("fonts/f.css lacks %s:\n%s", want, sub.Data)
	}
	if css.Path != "static/"+Hashed("doku.css", css.Data) {
		t.Errorf("stylesheet not hashed after the rewrite: %s", css.Path)
	}
	if _, err := s.Path("nope.css"); err == nil || !strings.Contains(err.Error(), "doku.css") {
		t.Errorf("unknown name: %v", err)
	}
}

// TestNewImageRenamesStylesheet: a stylesheet that refers to a changed
// image changes its own name, or a browser would keep the old image.
func TestNewImageRenamesStylesheet(t *testing.T) {
	css := []byte(`.x{background:url(a.png)}`)
	p1, _ := New(map[string][]byte{"s.css": css, "a.png": []byte("1")}).Path("s.css")
	p2, _ := New(map[string][]byte{"s.css": css, "a.png": []byte("2")}).Path("s.css")
	if p1 == p2 {
		t.Errorf("stylesheet kept its name %s", p1)
	}
}
