package output

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
)

// Scratch is a folder for temporary files of the steps that make the
// output (the spools of offline bundles): it goes away with a discarded
// output, and a step removes its files before Commit.
func (o *Dir) Scratch() string { return o.tmp }

// File is a file of the output being written as a stream (an offline
// bundle), for files too large to hold in memory.
type File struct {
	f    *os.File
	w    *bufio.Writer
	size int64
}

func (f *File) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	f.size += int64(n)
	return n, err
}

// Close flushes and closes the file.
func (f *File) Close() error {
	err := f.w.Flush()
	if cerr := f.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Size is the number of bytes written.
func (f *File) Size() int64 { return f.size }

// Create makes the file rel of the output, to be written as a stream. It
// is not reused from the previous output nor listed in its manifest: it is
// made afresh by every build.
func (o *Dir) Create(rel string) (*File, error) {
	if !filepath.IsLocal(filepath.FromSlash(rel)) {
		return nil, fmt.Errorf("refusing to write %q: not a path inside the output", rel)
	}
	if err := o.check("create", rel); err != nil {
		return nil, err
	}
	p := filepath.Join(o.tmp, filepath.FromSlash(rel))
	if err := o.mkdir(filepath.Dir(p)); err != nil {
		return nil, err
	}
	f, err := os.Create(p)
	if err != nil {
		return nil, err
	}
	return &File{f: f, w: bufio.NewWriter(f)}, nil
}
