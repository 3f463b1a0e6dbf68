package cache

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"sync"

	"github.com/doku-docs/doku/internal/closecode"
	"github.com/doku-docs/doku/internal/load"
)

// Inputs are what every page depends on besides the model: what the
// pipeline was asked to do, in words (options that change the output),
// and the theme given to it (its layouts are read here; the site's own
// below Root).
type Inputs struct {
	Options string
	Theme   fs.FS
	Root    string
}

// format is the version of the cache's layout and of what each kind of
// read answers; a cache of another format is not read.
const format = 1

// global is a digest of everything every page depends on: doku itself
// (the binary), the options, the theme's layouts and static files, the
// site's configuration, the close codes, MDN's API data and the
// browsers of the compat data. A change to any renders every page.
func global(m *load.Model, in Inputs) [32]byte {
	h := sha256.New()
	fmt.Fprintf(h, "doku render cache %d\x00", format)
	self := selfSum()
	h.Write(self[:])
	fmt.Fprintf(h, "\x00%s\x00%t %q %t %v\x00", in.Options, m.Strict, m.Pseudo, m.Translator, m.Site.Locales)
	if m.Base != nil {
		fmt.Fprint(h, m.Base.String())
	}
	for _, l := range m.Site.Locales {
		fmt.Fprintf(h, "\x00%s %t %t", l, m.Catalogs.Absent(l), m.Catalogs.Loaded(l))
	}
	if in.Theme != nil {
		hashTree(h, in.Theme, "layouts")
	}
	if in.Root != "" {
		root := os.DirFS(in.Root)
		hashTree(h, root, "layouts")
		hashTree(h, root, load.ConfigFile)
	}
	for _, f := range m.Assets.Files() {
		sum := sha256.Sum256(f.Data)
		fmt.Fprintf(h, "\x00%s %x", f.Path, sum)
	}
	hashTree(h, m.Content, closecode.Path)
	writeJSON(h, m.API)
	if m.BCD != nil {
		fmt.Fprintf(h, "\x00%s", m.BCD.File)
		writeJSON(h, m.BCD.Meta)
		writeJSON(h, m.BCD.Browsers)
	}
	if m.Data != nil {
		fmt.Fprintf(h, "\x00%s", m.Data.Dir)
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

// hashTree writes the names and contents of the files at and below p in
// fsys to h; nothing when there is none.
func hashTree(h hash.Hash, fsys fs.FS, p string) {
	_ = fs.WalkDir(fsys, p, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Fprintf(h, "\x00%s: %v", p, err)
			return nil
		}
		if d.IsDir() {
			return nil
		}
		fmt.Fprintf(h, "\x00%s\x00", p)
		f, err := fsys.Open(p)
		if err != nil {
			fmt.Fprint(h, err)
			return nil
		}
		defer f.Close()
		_, _ = io.Copy(h, f)
		return nil
	})
}

func writeJSON(h hash.Hash, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Fprint(h, err)
	}
	h.Write([]byte{0})
	h.Write(b)
}

var (
	binaryOnce sync.Once
	binarySum  [32]byte
)

// selfSum is the SHA-256 of the running doku, so that a cache never
// outlives the code that filled it. Unreadable, it is random: the cache
// of this run matches no other.
func selfSum() [32]byte {
	binaryOnce.Do(func() {
		f, err := openSelf()
		if err == nil {
			defer f.Close()
			h := sha256.New()
			if _, err = io.Copy(h, f); err == nil {
				h.Sum(binarySum[:0])
				return
			}
		}
		_, _ = rand.Read(binarySum[:])
	})
	return binarySum
}

func openSelf() (*os.File, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	return os.Open(exe)
}
