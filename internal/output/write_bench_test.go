package output

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkWriteFile writes a page of 40 KB into a folder of its own,
// as a build writes MDN's pages, with writeFile and with os.WriteFile.
func BenchmarkWriteFile(b *testing.B) {
	data := make([]byte, 40<<10)
	for _, w := range []struct {
		name  string
		write func(string, []byte) error
	}{
		{"writeFile", writeFile},
		{"os.WriteFile", func(p string, d []byte) error { return os.WriteFile(p, d, 0o644) }},
	} {
		b.Run(w.name, func(b *testing.B) {
			dir := b.TempDir()
			i := 0
			for b.Loop() {
				d := filepath.Join(dir, fmt.Sprint(i))
				i++
				if err := os.Mkdir(d, 0o755); err != nil {
					b.Fatal(err)
				}
				if err := w.write(filepath.Join(d, "index.html"), data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
