package cache

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
)

// file is the cache's one file in its folder.
const file = "pages"

// FilePath is the path of the cache's file in the cache folder dir.
func FilePath(dir string) string { return filepath.Join(dir, file) }

// magic starts the file; the SHA-256 of what follows it ends it.
const magic = "doku render cache\n"

// read reads the cache in dir: nil and no error when there is none, nil
// and an error saying why when it cannot be used.
func read(dir string) (*stored, error) {
	name := filepath.Join(dir, file)
	b, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	body, ok := bytes.CutPrefix(b, []byte(magic))
	if !ok || len(body) < sha256.Size {
		return nil, fmt.Errorf("%s is not a render cache", name)
	}
	body, sum := body[:len(body)-sha256.Size], body[len(body)-sha256.Size:]
	if got := sha256.Sum256(body); !bytes.Equal(got[:], sum) {
		return nil, fmt.Errorf("%s is damaged or was cut short", name)
	}
	var s stored
	if err := gob.NewDecoder(bytes.NewReader(body)).Decode(&s); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if len(s.Answers) != len(s.Reads) {
		return nil, fmt.Errorf("%s: %d reads but %d answers", name, len(s.Reads), len(s.Answers))
	}
	if s.Pages == nil {
		s.Pages = map[string]*Entry{}
	}
	if err := validIDs(&s); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return &s, nil
}

// validIDs checks that every number in s names a read or group it has,
// so that a cache written by a faulty build cannot make a lookup panic.
func validIDs(s *stored) error {
	bad := func(ids []uint32, n int) bool {
		for _, id := range ids {
			if int(id) >= n {
				return true
			}
		}
		return false
	}
	for _, g := range s.Groups {
		if bad(g, len(s.Reads)) {
			return errors.New("a group names a read it does not hold")
		}
	}
	for out, e := range s.Pages {
		if e == nil || bad(e.Reads, len(s.Reads)) || bad(e.Groups, len(s.Groups)) {
			return fmt.Errorf("the entry of %s names a read it does not hold", out)
		}
	}
	return nil
}

// write replaces the cache in dir with s: streamed into a file of its
// own (never all in memory), renamed over the old one, so that a reader
// never sees half of it.
func write(dir string, s *stored) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, file+".tmp-")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriterSize(tmp, 1<<20)
	h := sha256.New()
	_, _ = w.WriteString(magic)
	if err := gob.NewEncoder(io.MultiWriter(w, h)).Encode(s); err != nil {
		tmp.Close()
		return err
	}
	_, _ = w.Write(h.Sum(nil))
	if err := w.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), filepath.Join(dir, file))
}

// each calls f(0) … f(n-1) on all cores.
func each(n int, f func(int)) {
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				f(i)
			}
		}()
	}
	wg.Wait()
}
