package output

import (
	"bufio"
	"os"
	"path/filepath"

	"github.com/doku-docs/doku/internal/bundle"
)

// WriteBundle writes the offline bundle opt describes, made of the files
// written so far, straight into the output file rel, and returns its size. The bundle reads the site from below that folder, never from
// download/, so the file being written is not part of any bundle.
func (out *Dir) WriteBundle(rel string, opt bundle.Options) (int64, error) {
	site := os.DirFS(out.tmp)
	p := filepath.Join(out.tmp, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return 0, err
	}
	f, err := os.Create(p)
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriter(f)
	err = bundle.Write(w, site, opt)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, err
	}
	st, err := os.Stat(p)
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}
