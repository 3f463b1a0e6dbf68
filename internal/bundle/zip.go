package bundle

import (
	"archive/zip"
	"compress/flate"
	"io"
	"slices"
	"strings"
	"time"
)

// Epoch is the modification time of every file in a bundle: a fixed time,
// so the same site gives the same bytes (a build's clock would not). It is
// the earliest time a zip file can hold.
var Epoch = time.Date(1980, time.January, 1, 0, 0, 0, 0, time.UTC)

// Zip writes files as a zip archive: sorted by path, each with the same
// time and permissions and compressed at the best level, so that equal
// input gives byte-identical archives.
func Zip(w io.Writer, files []File) error {
	files = slices.Clone(files)
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestCompression)
	})
	for _, f := range files {
		h := &zip.FileHeader{Name: f.Path, Method: zip.Deflate, Modified: Epoch}
		h.SetMode(0o644)
		fw, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := fw.Write(f.Data); err != nil {
			return err
		}
	}
	return zw.Close()
}
