// Package stamp knows whether a build would repeat the last one: a stamp
// kept in the render cache's folder holds a digest of every input the
// last build read (the key), the SHA-256 of the manifest of the output it
// wrote, and its result. A build whose inputs give the same key, into an
// output that still is what that manifest says, has nothing to do: it
// reports the stamp's result and writes nothing.
//
// The key is made of the contents of the input files (SHA-256), never of
// their times alone; a file's hash is taken from the last stamp only when
// stat shows the file untouched since it was hashed (internal/filestat).
package stamp

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// Stamp is what a build left for the next one.
type Stamp struct {
	// Key is the digest of the build's inputs (Digest).
	Key [32]byte
	// Seen is when the input files were looked at (before any was
	// stat'ed), Files what was seen of each, for the next Digest.
	Seen  time.Time
	Files map[string]Seen
	// Manifest is the SHA-256 of the output's manifest the build wrote;
	// Extra the SHA-256 of each output file the manifest does not list
	// (compressed copies, bundles).
	Manifest [32]byte
	Extra    map[string][32]byte
	// Kept are the files the build left beside its output, as Keep saw
	// them at KeptAt.
	Kept   map[string]Seen
	KeptAt time.Time
	// Result is the build's result, encoded by its maker.
	Result []byte

	// read counts the files Digest read rather than took from the last
	// stamp.
	read int
}

// Read is how many files Digest read to make s, rather than taking
// their hashes from the last stamp.
func (s *Stamp) Read() int { return s.read }

// file is the stamp's file in the cache's folder.
const file = "inputs"

// magic starts the file; the SHA-256 of what follows it ends it.
const magic = "doku build stamp 1\n"

// Read reads the stamp in dir; nil when there is none or it cannot be
// used (damaged, cut short, of another format): the build then does its
// work, which is never wrong.
func Read(dir string) *Stamp {
	b, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		return nil
	}
	body, ok := bytes.CutPrefix(b, []byte(magic))
	if !ok || len(body) < sha256.Size {
		return nil
	}
	body, sum := body[:len(body)-sha256.Size], body[len(body)-sha256.Size:]
	if got := sha256.Sum256(body); !bytes.Equal(got[:], sum) {
		return nil
	}
	var s Stamp
	if gob.NewDecoder(bytes.NewReader(body)).Decode(&s) != nil {
		return nil
	}
	return &s
}

// Write saves s in dir, through a file renamed over the old one, so that
// a reader never sees half of it.
func (s *Stamp) Write(dir string) error {
	var b bytes.Buffer
	b.WriteString(magic)
	if err := gob.NewEncoder(&b).Encode(s); err != nil {
		return err
	}
	sum := sha256.Sum256(b.Bytes()[len(magic):])
	b.Write(sum[:])
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, file+".tmp-")
	if err != nil {
		return err
	}
	_, err = f.Write(b.Bytes())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), filepath.Join(dir, file))
	}
	if err != nil {
		_ = os.Remove(f.Name())
		return fmt.Errorf("saving the build stamp: %w", err)
	}
	return nil
}

// Remove deletes the stamp in dir, if any.
func Remove(dir string) error {
	err := os.Remove(filepath.Join(dir, file))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}
