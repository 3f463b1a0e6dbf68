package build

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// sink receives the files of a build: output writes them into a directory;
// doku serve keeps them in memory (see Session). write may be called from
// several goroutines at once.
type sink interface {
	write(rel string, data []byte) error
}

// output is a directory being written beside the final output directory.
// Nothing is visible at the final path until commit swaps it in, so a
// failed or killed build leaves the previous output as it was.
type output struct {
	final string
	tmp   string
}

func newOutput(final string) (*output, error) {
	final = filepath.Clean(final)
	parent := filepath.Dir(final)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(final)+".tmp-")
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return nil, err
	}
	return &output{final: final, tmp: tmp}, nil
}

// write stores data at the slash-separated path rel inside the output.
func (o *output) write(rel string, data []byte) error {
	p := filepath.Join(o.tmp, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, data, 0o644)
}

// discard removes the unfinished output.
func (o *output) discard() { _ = os.RemoveAll(o.tmp) }

// commit puts the new output in place of the old one: in one atomic step
// where the system can exchange two directories, else by two renames.
func (o *output) commit() error {
	if _, err := os.Stat(o.final); errors.Is(err, os.ErrNotExist) {
		return os.Rename(o.tmp, o.final)
	}
	if err := exchange(o.tmp, o.final); err == nil {
		return os.RemoveAll(o.tmp) // now holds the previous output
	}
	old := o.tmp + ".old"
	if err := os.Rename(o.final, old); err != nil {
		return fmt.Errorf("cannot move the previous output aside: %w", err)
	}
	if err := os.Rename(o.tmp, o.final); err != nil {
		_ = os.Rename(old, o.final)
		return err
	}
	return os.RemoveAll(old)
}
