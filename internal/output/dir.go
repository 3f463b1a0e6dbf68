package output

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"golang.org/x/sync/errgroup"
)

// Dir is an output directory being written beside the final one.
// Nothing is visible at the final path until Commit swaps it in, so a
// failed or killed build leaves the previous output as it was.
type Dir struct {
	final string
	tmp   string
	// unlock releases the lock on the output, held from newOutput to
	// commit or discard.
	unlock func()
	// dirs holds the directories made inside tmp, so each costs one mkdir.
	dirs sync.Map
	// prev describes the previous output, next the one being written (see
	// reuse.go); linked holds the paths reused from prev by a hard link.
	prev, next *manifest
	linked     sync.Map
	// saved is the SHA-256 of the manifest Commit saved, if it did.
	saved   [sha256.Size]byte
	savedOK bool
	// fault, if set, is asked before each step and fails it by
	// returning an error (see InjectFaults).
	fault Fault
}

// Fault decides whether a step of writing an output fails, for tests that
// show a failure at any step leaves the previous output as it was. step is
// "write" (rel is the file), "bundle" (rel is the zip), "precompress",
// "exchange" (swapping the two folders in one step; when it fails, as on
// systems without it, two renames follow), "aside" (moving the previous
// output away) or "swap" (moving the new output in after that); a nil
// error lets the step run.
type Fault func(step, rel string) error

// InjectFaults makes every later step of o ask f first.
func (o *Dir) InjectFaults(f Fault) { o.fault = f }

// check asks the injected fault, if any, about a step.
func (o *Dir) check(step, rel string) error {
	if o.fault == nil {
		return nil
	}
	return o.fault(step, rel)
}

// tmpPattern names the directories a build writes into, beside the output
// ("site" → ".site.tmp-123"). A build killed before its swap leaves one
// behind; the next build removes it.
func tmpPattern(final string) string { return "." + filepath.Base(final) + ".tmp-" }

// Open starts a new output that will replace the directory final: it
// takes the lock beside final (waiting for another build into it to
// finish), removes what killed builds left there, and makes the temporary
// directory files are written into. End it with Commit or Discard.
func Open(final string) (*Dir, error) {
	final = filepath.Clean(final)
	parent := filepath.Dir(final)
	// Under the lock no other build writes beside this output, so every
	// temporary directory there is a leftover of a killed build.
	unlock, err := Lock(final)
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
	o := &Dir{final: final, tmp: tmp, unlock: unlock, prev: readManifest(final), next: &manifest{files: map[string]fileSum{}}}
	// Clean, as filepath.Join cleans the paths mkdir is asked for: an
	// output named "site" has its temporary folder at "./.site.tmp-…".
	o.dirs.Store(filepath.Clean(tmp), true)
	return o, nil
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
func (o *Dir) Write(rel string, data []byte) error {
	if !filepath.IsLocal(filepath.FromSlash(rel)) {
		return fmt.Errorf("refusing to write %q: not a path inside the output", rel)
	}
	if err := o.check("write", rel); err != nil {
		return err
	}
	p := filepath.Join(o.tmp, filepath.FromSlash(rel))
	if err := o.mkdir(filepath.Dir(p)); err != nil {
		return err
	}
	sum := fileSum{sha256.Sum256(data), int64(len(data))}
	o.next.set(rel, sum)
	if _, again := o.linked.LoadAndDelete(rel); again {
		// Written a second time: the name is a link to the previous
		// output's file, which must not be overwritten in place.
		if err := os.Remove(p); err != nil {
			return err
		}
	} else if o.reuse(rel, p, sum) {
		return nil
	}
	return writeFile(p, data)
}

// mkdir makes the directory dir inside the output and those above it,
// each once per build.
func (o *Dir) mkdir(dir string) error {
	if _, ok := o.dirs.Load(dir); ok {
		return nil
	}
	if parent := filepath.Dir(dir); parent != dir {
		if err := o.mkdir(parent); err != nil {
			return err
		}
	}
	if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	o.dirs.Store(dir, true)
	return nil
}

// Discard removes the unfinished output.
func (o *Dir) Discard() {
	_ = os.RemoveAll(o.tmp)
	o.unlock()
}

// Commit puts the new output in place of the old one: in one atomic step
// where the system can exchange two directories, else by two renames.
func (o *Dir) Commit() error {
	defer o.unlock()
	// The previous manifest goes first: a build killed between the swap
	// and saveManifest must not leave a manifest that describes the
	// output before this one. The new one is saved after the previous
	// output's names are removed, which changes the change time of the
	// files the two share: every file of the output is then last changed
	// before its manifest was written (see Unchanged).
	if err := os.Remove(ManifestFile(o.final)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if _, err := os.Stat(o.final); errors.Is(err, os.ErrNotExist) {
		if err := os.Rename(o.tmp, o.final); err != nil {
			return err
		}
		o.saveManifest()
		return nil
	}
	err := o.check("exchange", "")
	if err == nil {
		err = exchange(o.tmp, o.final)
	}
	if err == nil {
		if err := removeTree(o.tmp); err != nil { // now holds the previous output
			return err
		}
		o.saveManifest()
		return nil
	}
	old := o.tmp + ".old"
	if err := o.check("aside", ""); err != nil {
		return err
	}
	if err := os.Rename(o.final, old); err != nil {
		return fmt.Errorf("cannot move the previous output aside: %w", err)
	}
	if err := o.check("swap", ""); err != nil {
		_ = os.Rename(old, o.final)
		return err
	}
	if err := os.Rename(o.tmp, o.final); err != nil {
		_ = os.Rename(old, o.final)
		return err
	}
	if err := removeTree(old); err != nil {
		return err
	}
	o.saveManifest()
	return nil
}

// saveManifest records what the new output holds, for the next build. If
// that fails the next build writes every file: slower, never wrong.
func (o *Dir) saveManifest() {
	sum, err := o.next.write(ManifestFile(o.final))
	if err != nil {
		_ = os.Remove(ManifestFile(o.final))
		return
	}
	o.saved, o.savedOK = sum, true
}

// Manifest is the SHA-256 of the manifest Commit saved beside the
// output; false if it saved none.
func (o *Dir) Manifest() ([sha256.Size]byte, bool) { return o.saved, o.savedOK }

// removeTree removes dir like os.RemoveAll, its top-level entries on all
// cores: removing a previous output of thousands of files is a good part
// of a rebuild.
func removeTree(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return os.RemoveAll(dir)
	}
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for _, e := range entries {
		g.Go(func() error { return os.RemoveAll(filepath.Join(dir, e.Name())) })
	}
	if err := g.Wait(); err != nil {
		return err
	}
	return os.RemoveAll(dir)
}
