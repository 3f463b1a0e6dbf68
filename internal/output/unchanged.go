package output

import (
	"crypto/sha256"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"time"

	"github.com/doku-docs/doku/internal/filestat"
)

// Lock takes the lock of the output final, as Open does, for a build
// that only reads it (Unchanged); call unlock when done.
func Lock(final string) (unlock func(), err error) {
	final = filepath.Clean(final)
	if err := os.MkdirAll(filepath.Dir(final), 0o755); err != nil {
		return nil, err
	}
	return lockOutput(filepath.Join(filepath.Dir(final), "."+filepath.Base(final)+".lock"))
}

// Unchanged reports whether the output final holds exactly what a build
// left in it: its manifest's SHA-256 is manifest, every file the manifest
// lists is there with its bytes, and nothing else is, but the files of
// extra (path → SHA-256: the files a build writes outside the manifest).
// Call it under the output's lock.
//
// A listed file last written and last changed before the manifest was
// saved (Commit saves it last) is taken as the manifest says without
// being read (untouched): a later write, even one that sets its
// modification time back, gives it a later change time
// (internal/filestat). Any other file is read and hashed.
func Unchanged(final string, manifest [sha256.Size]byte, extra map[string][sha256.Size]byte) bool {
	final = filepath.Clean(final)
	b, written, err := readFileTime(ManifestFile(final))
	if err != nil || sha256.Sum256(b) != manifest {
		return false
	}
	m := parseManifest(b, written)
	dirs := map[string]bool{}
	for rel := range m.files {
		addDirs(dirs, rel)
	}
	for rel := range extra {
		addDirs(dirs, rel)
	}
	listed, others := 0, 0
	ok := true
	err = filepath.WalkDir(final, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(final, p)
		rel = filepath.ToSlash(rel)
		switch {
		case d.IsDir():
			ok = rel == "." || dirs[rel]
		case !d.Type().IsRegular():
			ok = false
		default:
			if s, in := m.files[rel]; in {
				listed++
				ok = sameFile(p, d, s, written)
			} else if sum, in := extra[rel]; in {
				others++
				got, herr := sumOf(p)
				ok = herr == nil && got == sum
			} else {
				ok = false
			}
		}
		if !ok {
			return fs.SkipAll
		}
		return nil
	})
	return err == nil && ok && listed == len(m.files) && others == len(extra)
}

// addDirs adds the folders above the file rel to dirs.
func addDirs(dirs map[string]bool, rel string) {
	for d := path.Dir(rel); d != "." && !dirs[d]; d = path.Dir(d) {
		dirs[d] = true
	}
}

// sameFile reports whether the file p holds what s says: from stat when
// it was last changed before the manifest was written at written, else
// by its hash.
func sameFile(p string, d fs.DirEntry, s fileSum, written time.Time) bool {
	fi, err := d.Info()
	if err != nil || fi.Size() != s.size {
		return false
	}
	return untouched(fi, written) || holds(p, s)
}

// untouched reports whether the file fi was last written, and changed,
// before the time written of the same clock. Where the system has no
// change time, its modification time alone says so, as make trusts it.
func untouched(fi fs.FileInfo, written time.Time) bool {
	if id := filestat.Of(fi); id.HasIdentity {
		return id.Before(written)
	}
	return fi.ModTime().Before(written)
}

// Unlisted hashes the files of the new output that its manifest does
// not list (compressed copies, bundles), for Unchanged's extra; call it
// before Commit.
func (o *Dir) Unlisted() (map[string][sha256.Size]byte, error) {
	extra := map[string][sha256.Size]byte{}
	err := filepath.WalkDir(o.tmp, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(o.tmp, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if _, listed := o.next.get(rel); listed {
			return nil
		}
		sum, err := sumOf(p)
		extra[rel] = sum
		return err
	})
	return extra, err
}

// sumOf is the file's SHA-256 as the manifest keeps it.
func sumOf(p string) (digest, error) {
	sum, err := filestat.Sum(p)
	return digest(sum), err
}
