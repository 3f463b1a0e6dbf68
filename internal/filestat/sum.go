package filestat

import (
	"crypto/sha256"
	"io"
	"os"
)

// Sum is the SHA-256 of the file at p, read as a stream: what a file
// holds when stat cannot tell (see Of).
func Sum(p string) (sum [sha256.Size]byte, err error) {
	f, err := os.Open(p)
	if err != nil {
		return sum, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return sum, err
	}
	h.Sum(sum[:0])
	return sum, nil
}
