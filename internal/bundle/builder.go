package bundle

import (
	"archive/zip"
	"bytes"
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
)

// A Builder makes one bundle from the files of a site handed to it as
// they are rendered: one at a time, in any order, from several goroutines
// at once. It keeps none of them in memory. Each file is compressed at
// once, by the goroutine that adds it, into a spool (a zip file in arrival
// order on disk); Finish then writes the bundle with its entries sorted by
// name, copying their compressed bytes, so the same site gives the same
// bundle whatever the order of rendering.
//
// The pages of a bundle that leaves locales out need their links into
// those locales rewritten (see Rewrite), which takes the list of every file
// in the bundle: they are spooled uncompressed, and rewritten and
// compressed by Finish.
type Builder struct {
	opt     Options
	rewrite bool

	mu    sync.Mutex
	spool *os.File
	zw    *zip.Writer
	// last maps a name to the number of its latest version in the spool:
	// a file written twice is bundled as it was written last.
	last map[string]int
	n    int
}

// NewBuilder starts a bundle whose spool is a temporary file in dir.
func NewBuilder(dir string, opt Options) (*Builder, error) {
	f, err := os.CreateTemp(dir, ".bundle-spool-*")
	if err != nil {
		return nil, err
	}
	return &Builder{opt: opt, rewrite: len(opt.Locales) < len(opt.AllLocales), spool: f, zw: zip.NewWriter(f), last: map[string]int{}}, nil
}

// Holds reports whether the site's file p goes into the bundle: not what
// only a web server uses, nor the folders of locales the bundle leaves out.
func (b *Builder) Holds(p string) bool {
	if hostedOnly(p) {
		return false
	}
	top, _, nested := strings.Cut(p, "/")
	return !nested || !slices.Contains(b.opt.AllLocales, top) || slices.Contains(b.opt.Locales, top)
}

// Add takes the site's file p with its content; files the bundle does not
// hold are ignored.
func (b *Builder) Add(p string, data []byte) error {
	if !b.Holds(p) {
		return nil
	}
	if p == "index.html" && b.opt.Root != nil {
		data = b.opt.Root
	}
	// Compress (or store) into a zip of one entry, outside the lock, then
	// copy the entry's bytes as they are into the spool.
	var one bytes.Buffer
	z := newZip(&one)
	method := zip.Deflate
	if b.rewrite && strings.HasSuffix(p, ".html") {
		method = zip.Store
	}
	if err := z.addWith(p, data, method); err != nil {
		return err
	}
	if err := z.zw.Close(); err != nil {
		return err
	}
	r, err := zip.NewReader(bytes.NewReader(one.Bytes()), int64(one.Len()))
	if err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.spool == nil {
		return fmt.Errorf("bundle: %s added after Finish", p)
	}
	b.last[p] = b.n
	b.n++
	return b.zw.Copy(r.File[0])
}

// Finish writes the bundle to w and removes the spool. No file may be
// added after it.
func (b *Builder) Finish(w io.Writer) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	defer b.remove()
	if err := b.zw.Close(); err != nil {
		return err
	}
	size, err := b.spool.Seek(0, io.SeekEnd)
	if err != nil {
		return err
	}
	r, err := zip.NewReader(b.spool, size)
	if err != nil {
		return err
	}
	var files []*zip.File
	for i, f := range r.File {
		if b.last[f.Name] == i {
			files = append(files, f)
		}
	}
	slices.SortFunc(files, func(x, y *zip.File) int { return cmp.Compare(x.Name, y.Name) })
	has := func(p string) bool { _, ok := b.last[p]; return ok }
	out := newZip(w)
	for _, f := range files {
		if err := b.copy(out, f, has); err != nil {
			return err
		}
	}
	return out.zw.Close()
}

// copy puts the spooled file f into the bundle out: as it is, or, for a
// page whose links need rewriting, rewritten and compressed.
func (b *Builder) copy(out *zipWriter, f *zip.File, has func(string) bool) error {
	if f.Method != zip.Store {
		return out.zw.Copy(f)
	}
	rc, err := f.Open()
	if err != nil {
		return err
	}
	data, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		return err
	}
	return out.add(f.Name, Rewrite(f.Name, data, has, b.opt.Base))
}

// Abort removes the spool of a bundle that will not be finished.
func (b *Builder) Abort() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.remove()
}

func (b *Builder) remove() {
	if b.spool == nil {
		return
	}
	name := b.spool.Name()
	b.spool.Close()
	os.Remove(name)
	b.spool = nil
}
