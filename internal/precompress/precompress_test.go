package precompress

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

func TestDir(t *testing.T) {
	dir := t.TempDir()
	page := []byte("<!DOCTYPE html><p>" + strings.Repeat("Schließen, schließen. ", 200) + "</p>")
	files := map[string][]byte{
		"de/index.html":  page,
		"static/a.css":   []byte(strings.Repeat("p { margin: 0 }\n", 100)),
		"static/img.png": page,        // not text: left alone
		"tiny.txt":       []byte("x"), // would grow: left alone
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	n, err := Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if n != 4 {
		t.Errorf("wrote %d files, want 4", n)
	}
	for _, name := range []string{"static/img.png.gz", "tiny.txt.gz", "tiny.txt.br"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s written", name)
		}
	}
	gz, err := os.ReadFile(filepath.Join(dir, "de", "index.html.gz"))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(zr); !bytes.Equal(got, page) {
		t.Error(".gz does not decompress to the page")
	}
	if !zr.ModTime.IsZero() || zr.Name != "" {
		t.Errorf("gzip header carries time %v or name %q", zr.ModTime, zr.Name)
	}
	br, err := os.ReadFile(filepath.Join(dir, "de", "index.html.br"))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(brotli.NewReader(bytes.NewReader(br))); !bytes.Equal(got, page) {
		t.Error(".br does not decompress to the page")
	}
	if len(br) >= len(gz) {
		t.Logf("brotli %d bytes, gzip %d", len(br), len(gz))
	}
}
