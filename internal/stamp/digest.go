package stamp

import (
	"crypto/sha256"
	"fmt"
	"hash"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/doku-docs/doku/internal/filestat"
)

// Inputs are everything a build reads.
type Inputs struct {
	// Words are the inputs that are no file: the options, the git
	// commit of the content.
	Words string
	// Paths are the files and folders read, each whole (a missing one
	// counts as missing).
	Paths []string
	// Content is the content tree, read whole but for its folders whose
	// name starts with a dot (.git), which the build does not read.
	Content string
	// Trees are file systems read whole (the theme and catalogs doku
	// ships, which are also in its binary).
	Trees []fs.FS
}

// Seen is a file as a Digest saw it.
type Seen struct {
	ID  filestat.ID
	Sum [32]byte
}

// entry is one name met on the walk: what it is, and for a regular file
// its identity, to be hashed.
type entry struct {
	path, what string
	file       bool
	id         filestat.ID
	sum        [32]byte
}

// Digest looks at every input and returns a stamp holding the key they
// give and what it saw of each file. A file is read and hashed unless
// prev (the last stamp, may be nil) saw it with the same identity and
// settled then (filestat): its hash is prev's.
func Digest(in Inputs, prev *Stamp) *Stamp {
	s := &Stamp{Seen: time.Now()}
	var entries []*entry
	for _, p := range in.Paths {
		entries = walk(entries, p, false)
	}
	if in.Content != "" {
		entries = walk(entries, in.Content, true)
	}
	var old map[string]Seen
	if prev != nil {
		old = prev.Files
	}
	s.read = hashAll(entries, old, prev)
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%q\x00", magic, in.Words)
	s.Files = make(map[string]Seen, len(entries))
	for _, e := range entries {
		fmt.Fprintf(h, "%q %s", e.path, e.what)
		if e.file {
			h.Write(e.sum[:])
			s.Files[e.path] = Seen{e.id, e.sum}
		}
		h.Write([]byte{0})
	}
	for i, t := range in.Trees {
		if t != nil {
			fmt.Fprintf(h, "tree %d\x00", i)
			hashTree(h, t)
		}
	}
	h.Sum(s.Key[:0])
	return s
}

// walk adds the names at and below p to entries, in lexical order,
// but for the folders below p whose name starts with a dot if noDot.
func walk(entries []*entry, p string, noDot bool) []*entry {
	_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			entries = append(entries, &entry{path: path, what: "error " + err.Error()})
		case d.IsDir() && noDot && path != p && strings.HasPrefix(d.Name(), "."):
			return fs.SkipDir
		case d.IsDir():
			entries = append(entries, &entry{path: path, what: "dir"})
		default:
			// Followed, as the build follows links to files.
			fi, err := os.Stat(path)
			switch {
			case err != nil:
				entries = append(entries, &entry{path: path, what: "error " + err.Error()})
			case fi.Mode().IsRegular():
				entries = append(entries, &entry{path: path, what: "file", file: true, id: filestat.Of(fi)})
			default:
				target, _ := os.Readlink(path)
				entries = append(entries, &entry{path: path, what: fmt.Sprintf("%v %q", fi.Mode().Type(), target)})
			}
		}
		return nil
	})
	return entries
}

// hashAll hashes the files among entries on all cores, but those old
// holds with the same identity, settled when prev looked; it returns how
// many it hashed.
func hashAll(entries []*entry, old map[string]Seen, prev *Stamp) int {
	n := 0
	var wg sync.WaitGroup
	work := make(chan *entry)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for e := range work {
				sum, err := filestat.Sum(e.path)
				if err != nil {
					e.what = "error " + err.Error()
					e.file = false
				}
				e.sum = sum
			}
		}()
	}
	for _, e := range entries {
		if !e.file {
			continue
		}
		if s, ok := old[e.path]; ok && s.ID == e.id && s.ID.Settled(prev.Seen) {
			e.sum = s.Sum
			continue
		}
		work <- e
		n++
	}
	close(work)
	wg.Wait()
	return n
}

// hashTree writes the names and contents of every file of fsys to h.
func hashTree(h hash.Hash, fsys fs.FS) {
	_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Fprintf(h, "%q error %v\x00", p, err)
			return nil
		}
		fmt.Fprintf(h, "%q %v\x00", p, d.Type())
		if d.IsDir() {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			fmt.Fprintf(h, "error %v", err)
		}
		sum := sha256.Sum256(data)
		h.Write(sum[:])
		return nil
	})
}
