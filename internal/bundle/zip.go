package bundle

import (
	"archive/zip"
	"compress/flate"
	"io"
	"time"
)

// Epoch is the modification time of every file in a bundle: a fixed time,
// so the same site gives the same bytes (a build's clock would not). It is
// the earliest time a zip file can hold.
var Epoch = time.Date(1980, time.January, 1, 0, 0, 0, 0, time.UTC)

// zipWriter writes a zip archive in which equal input gives equal bytes:
// every entry has the same time and permissions and is compressed at the
// best level; the caller adds entries in a fixed order.
type zipWriter struct{ zw *zip.Writer }

func newZip(w io.Writer) *zipWriter {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestCompression)
	})
	return &zipWriter{zw}
}

func (z *zipWriter) add(name string, data []byte) error {
	return z.addWith(name, data, zip.Deflate)
}

// addWith adds an entry compressed with method (zip.Deflate or zip.Store).
func (z *zipWriter) addWith(name string, data []byte, method uint16) error {
	h := &zip.FileHeader{Name: name, Method: method, Modified: Epoch}
	h.SetMode(0o644)
	fw, err := z.zw.CreateHeader(h)
	if err != nil {
		return err
	}
	_, err = fw.Write(data)
	return err
}
