package output

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// A rebuild writes most files with the same bytes as the build before it.
// Such a file is not written again: the new output gets a hard link to the
// previous output's file, so a rebuild costs one link instead of a write,
// and the file keeps its inode and modification time (rsync and browser
// caches see it unchanged). The swap stays atomic: the links are made in the
// temporary directory like any other file, and removing the previous output
// after the swap only drops its names.
//
// What the previous output holds is known from its manifest, kept beside
// it (".site.manifest" for "site"): a line per file with the SHA-256 of its
// bytes, its size and its path. A file is reused only if its size is still
// the manifest's and it was last written and changed before the manifest
// was written (untouched), or else its bytes hash to the manifest's, so a
// file edited by hand is written afresh. "Before", not "not after": file
// times advance in clock ticks of a few milliseconds, and a file written in
// the tick the manifest was written cannot be told apart from it. The
// change time (ctime) is what tells an edit whose modification time was
// set back (touch -d, cp -p): no program can set it.

// ManifestFile is where the manifest of the output final is kept.
func ManifestFile(final string) string {
	return filepath.Join(filepath.Dir(final), "."+filepath.Base(final)+".manifest")
}

type digest [sha256.Size]byte

type fileSum struct {
	sum  digest
	size int64
}

// manifest maps slash-separated output paths to their sums.
type manifest struct {
	mu    sync.Mutex
	files map[string]fileSum
	// written is when the previous manifest was written; files modified
	// then or later are not trusted.
	written time.Time
}

// readManifest reads the manifest of the output final; a missing or
// unreadable one gives an empty manifest (every file is written).
func readManifest(final string) *manifest {
	b, written, err := readFileTime(ManifestFile(final))
	if err != nil {
		return &manifest{files: map[string]fileSum{}}
	}
	return parseManifest(b, written)
}

// readFileTime reads the file p and the modification time it had then.
func readFileTime(p string) ([]byte, time.Time, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, time.Time{}, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, time.Time{}, err
	}
	b, err := io.ReadAll(f)
	return b, st.ModTime(), err
}

// parseManifest parses a manifest written at the time written; a damaged
// one gives an empty manifest.
func parseManifest(b []byte, written time.Time) *manifest {
	m := &manifest{files: map[string]fileSum{}}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		sumHex, rest, ok1 := strings.Cut(sc.Text(), " ")
		sizeText, rel, ok2 := strings.Cut(rest, " ")
		size, err := strconv.ParseInt(sizeText, 10, 64)
		var fs fileSum
		if n, herr := hex.Decode(fs.sum[:], []byte(sumHex)); !ok1 || !ok2 || err != nil || herr != nil || n != len(fs.sum) {
			return &manifest{files: map[string]fileSum{}} // damaged: trust nothing
		}
		fs.size = size
		m.files[rel] = fs
	}
	if sc.Err() != nil {
		return &manifest{files: map[string]fileSum{}}
	}
	m.written = written
	return m
}

func (m *manifest) get(rel string) (fileSum, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.files[rel]
	return s, ok
}

func (m *manifest) set(rel string, s fileSum) {
	m.mu.Lock()
	m.files[rel] = s
	m.mu.Unlock()
}

// write saves the manifest to file, through a temporary file renamed over
// it, so a reader never sees half of it; it returns the SHA-256 of what
// it wrote.
func (m *manifest) write(file string) ([sha256.Size]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var b bytes.Buffer
	for _, rel := range slices.Sorted(maps.Keys(m.files)) {
		s := m.files[rel]
		fmt.Fprintf(&b, "%x %d %s\n", s.sum, s.size, rel)
	}
	tmp := file + ".new"
	if err := os.WriteFile(tmp, b.Bytes(), 0o644); err != nil {
		return [sha256.Size]byte{}, err
	}
	return sha256.Sum256(b.Bytes()), os.Rename(tmp, file)
}

// reuse links the previous output's file at rel into the new output at
// p if it holds exactly data; it reports whether it did.
func (o *Dir) reuse(rel, p string, sum fileSum) bool {
	old, ok := o.prev.get(rel)
	if !ok || old != sum {
		return false
	}
	from := filepath.Join(o.final, filepath.FromSlash(rel))
	st, err := os.Lstat(from)
	if err != nil || !st.Mode().IsRegular() || st.Size() != sum.size {
		return false
	}
	if !untouched(st, o.prev.written) && !holds(from, sum) {
		return false
	}
	if os.Link(from, p) != nil {
		return false
	}
	o.linked.Store(rel, true)
	return true
}

// holds reports whether the file at p holds the bytes of sum. A file not
// older than the manifest may have been changed after the manifest was
// written, within one tick of the file system's clock (git calls such
// files racily clean): it is read and compared rather than trusted or
// written again. Fast builds write their last files in the manifest's tick.
func holds(p string, sum fileSum) bool {
	got, err := sumOf(p)
	return err == nil && got == sum.sum
}

// Link puts the previous output's file at rel into the new output if
// the manifest says it holds the bytes whose SHA-256 is sum and size is
// size, and the file was not touched since; it reports whether it did.
// The render cache links the files of pages it does not render again.
func (o *Dir) Link(rel string, sum [sha256.Size]byte, size int64) bool {
	if !filepath.IsLocal(filepath.FromSlash(rel)) || o.check("write", rel) != nil {
		return false
	}
	p := filepath.Join(o.tmp, filepath.FromSlash(rel))
	if _, done := o.next.get(rel); done || o.mkdir(filepath.Dir(p)) != nil {
		return false
	}
	fs := fileSum{digest(sum), size}
	if !o.reuse(rel, p, fs) {
		return false
	}
	o.next.set(rel, fs)
	return true
}

// Written returns the SHA-256 and size of the file written at rel.
func (o *Dir) Written(rel string) ([sha256.Size]byte, int64, bool) {
	s, ok := o.next.get(rel)
	return s.sum, s.size, ok
}

// Previous reads the previous output's file at rel.
func (o *Dir) Previous(rel string) ([]byte, error) {
	if !filepath.IsLocal(filepath.FromSlash(rel)) {
		return nil, fmt.Errorf("%q: not a path inside the output", rel)
	}
	return os.ReadFile(filepath.Join(o.final, filepath.FromSlash(rel)))
}
