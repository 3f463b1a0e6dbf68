package serve

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/doku-docs/doku/internal/pipeline"

	"github.com/fsnotify/fsnotify"
)

// maxDelay bounds how long a stream of changes (a checkout, a save of many
// files) can put a rebuild off.
const maxDelay = 250 * time.Millisecond

// batch is the changes seen in one quiet period.
type batch struct {
	paths []string
	// overflow is set when the system dropped events: rebuild everything.
	overflow bool
	errs     []error
}

// watcher reports changes below a site's input folders. fsnotify watches
// one folder at a time, so every folder is added, and folders that appear
// later are added as they appear.
type watcher struct {
	w       *fsnotify.Watcher
	batches chan batch
	// trees are watched with all their folders; tops only themselves.
	trees    []string
	debounce time.Duration
	stop     chan struct{}
	stopped  chan struct{}
}

// root is a folder to watch, with or without the folders below it.
type root struct {
	dir       string
	recursive bool
}

// watchRoots are the inputs of a site: the content tree, the catalogs,
// the layouts and static files (all with their folders), and the site's
// folder itself, for doku.toml and for input folders that appear later.
// The output folder and anything else in the site's folder are not
// watched.
func watchRoots(opt pipeline.Options) []root {
	content := opt.Content
	if content == "" {
		content = filepath.Join(opt.Root, "content")
	}
	return []root{
		{opt.Root, false},
		{content, true},
		{filepath.Join(opt.Root, "locales"), true},
		{filepath.Join(opt.Root, "layouts"), true},
		{filepath.Join(opt.Root, "static"), true},
	}
}

func newWatcher(roots []root, debounce time.Duration) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{w: fw, batches: make(chan batch), debounce: debounce, stop: make(chan struct{}), stopped: make(chan struct{})}
	var errs []error
	for _, r := range roots {
		if r.recursive {
			w.trees = append(w.trees, filepath.Clean(r.dir))
			errs = append(errs, w.addTree(r.dir)...)
		} else if err := fw.Add(r.dir); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		fw.Close()
		return nil, err
	}
	go w.loop()
	return w, nil
}

// addTree watches dir and every folder below it, hidden ones aside. A
// folder that does not exist yet is no error: the site's folder is
// watched, and the tree is added when it appears.
func (w *watcher) addTree(dir string) []error {
	var errs []error
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				errs = append(errs, err)
			}
			return nil
		}
		if !d.IsDir() {
			return nil
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if err := w.w.Add(p); err != nil {
			errs = append(errs, watchError(p, err))
			return filepath.SkipDir
		}
		return nil
	})
	return errs
}

func watchError(dir string, err error) error {
	if errors.Is(err, fsnotify.ErrEventOverflow) || strings.Contains(err.Error(), "no space left") {
		return errors.New("cannot watch " + dir + ": too many folders for the system's limit; raise it with sysctl fs.inotify.max_user_watches=524288")
	}
	return errors.New("cannot watch " + dir + ": " + err.Error())
}

// inTree reports whether p is one of the trees watched with their folders.
func (w *watcher) inTree(p string) bool {
	for _, t := range w.trees {
		if p == t || strings.HasPrefix(p, t+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// loop collects events until none came for the debounce period (or
// maxDelay passed since the first), then hands the batch over.
func (w *watcher) loop() {
	defer close(w.stopped)
	var b batch
	seen := map[string]bool{}
	var quiet, limit <-chan time.Time
	var out chan batch // nil until a batch is ready
	for {
		select {
		case <-w.stop:
			return
		case ev, ok := <-w.w.Events:
			if !ok {
				return
			}
			p := filepath.Clean(ev.Name)
			if ev.Has(fsnotify.Create) && w.inTree(p) {
				if fi, err := os.Lstat(p); err == nil && fi.IsDir() {
					b.errs = append(b.errs, w.addTree(p)...)
				}
			}
			if !seen[p] {
				seen[p] = true
				b.paths = append(b.paths, p)
			}
			if limit == nil {
				limit = time.After(maxDelay)
			}
			quiet, out = time.After(w.debounce), nil
		case err, ok := <-w.w.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				b.overflow = true
			} else {
				b.errs = append(b.errs, err)
			}
			quiet, out = time.After(w.debounce), nil
		case <-quiet:
			quiet, limit, out = nil, nil, w.batches
		case <-limit:
			quiet, limit, out = nil, nil, w.batches
		case out <- b:
			b, seen, out = batch{}, map[string]bool{}, nil
		}
	}
}

func (w *watcher) close() {
	close(w.stop)
	w.w.Close()
	<-w.stopped
}
