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
	// unlock releases the lock on the output, held from newOutput to
	// commit or discard.
	unlock func()
}

// tmpPattern names the directories a build writes into, beside the output
// ("site" → ".site.tmp-123"). A build killed before its swap leaves one
// behind; the next build removes it.
func tmpPattern(final string) string { return "." + filepath.Base(final) + ".tmp-" }

func newOutput(final string) (*output, error) {
	final = filepath.Clean(final)
	parent := filepath.Dir(final)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	// Under the lock no other build writes beside this output, so every
	// temporary directory there is a leftover of a killed build.
	unlock, err := lockOutput(filepath.Join(parent, "."+filepath.Base(final)+".lock"))
	if err != nil {
		return nil, err
	}
	if err := removeLeftovers(final); err != nil {
		unlock()
		return nil, err
	}
	tmp, err := os.MkdirTemp(parent, tmpPattern(final))
	if err == nil {
		err = os.Chmod(tmp, 0o755)
	}
	if err != nil {
		unlock()
		return nil, err
	}
	return &output{final: final, tmp: tmp, unlock: unlock}, nil
}

// removeLeftovers deletes the temporary directories of earlier builds.
func removeLeftovers(final string) error {
	old, err := filepath.Glob(filepath.Join(filepath.Dir(final), tmpPattern(final)+"*"))
	if err != nil {
		return err
	}
	for _, dir := range old {
		if err := os.RemoveAll(dir); err != nil {
			return fmt.Errorf("cannot remove the leftover of an interrupted build: %w", err)
		}
	}
	return nil
}

// write stores data at the slash-separated path rel inside the output.
func (o *output) write(rel string, data []byte) error {
	if !filepath.IsLocal(filepath.FromSlash(rel)) {
		return fmt.Errorf("refusing to write %q: not a path inside the output", rel)
	}
	p := filepath.Join(o.tmp, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, data, 0o644)
}

// discard removes the unfinished output.
func (o *output) discard() {
	_ = os.RemoveAll(o.tmp)
	o.unlock()
}

// commit puts the new output in place of the old one: in one atomic step
// where the system can exchange two directories, else by two renames.
func (o *output) commit() error {
	defer o.unlock()
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
