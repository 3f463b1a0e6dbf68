package pipeline

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/doku-docs/doku/internal/cache"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/i18n/pagestate"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/output"
	"github.com/doku-docs/doku/internal/search"
	"github.com/doku-docs/doku/internal/stamp"
)

// A build with the render cache first asks whether it would repeat the
// last build: when every input it reads is the same (internal/stamp) and
// the output is still what that build left (output.Unchanged), it loads
// nothing, renders nothing, writes nothing, and gives the last build's
// result: the same summary, the same diagnostics. Only a build without
// errors leaves a stamp, so a build that failed is always run again.

// stamped is the stamp a build leaves when it succeeds: made before the
// build reads anything, so an input changed while it runs is seen by the
// next build.
type stamped struct {
	dir string
	s   *stamp.Stamp
}

// stampedResult is what a stamp keeps of a build's Result.
type stampedResult struct {
	Pages, Files int
	Search       []search.Stats
	Diagnostics  []diag.Diagnostic
}

// unchanged returns the last build's result when a build of opt would
// repeat it; otherwise the stamp the build is to leave, nil when it can
// leave none.
func unchanged(opt Options) (*Result, *stamped) {
	opt.Progress.Stage("inputs", 0)
	dir := cache.Dir(opt.Out)
	prev := stamp.Read(dir)
	next := &stamped{dir, stamp.Digest(inputs(opt), prev)}
	if prev == nil || prev.Key != next.s.Key {
		return nil, next
	}
	unlock, err := output.Lock(opt.Out)
	if err != nil {
		return nil, next
	}
	defer unlock()
	var r stampedResult
	if !prev.Intact() || !output.Unchanged(opt.Out, prev.Manifest, prev.Extra) ||
		gob.NewDecoder(bytes.NewReader(prev.Result)).Decode(&r) != nil {
		return nil, next
	}
	if next.s.Read() > 0 {
		// The files read, settled now, are not read again next time;
		// what the output holds is unchanged.
		next.s.Manifest, next.s.Extra, next.s.Result = prev.Manifest, prev.Extra, prev.Result
		next.s.Kept, next.s.KeptAt = prev.Kept, prev.KeptAt
		_ = next.s.Write(dir)
	}
	return &Result{Diagnostics: r.Diagnostics, Pages: r.Pages, Files: r.Files, Search: r.Search, Unchanged: true}, nil
}

// inputs are every file a build of opt reads, and the options.
func inputs(opt Options) stamp.Inputs {
	root := opt.Root
	cfg, _ := load.ReadConfig(root)
	bcd, data := opt.BCD, opt.Data
	if bcd == "" {
		bcd = cfg.BCDFile(root) // else inside the content tree
	}
	if data == "" {
		data = cfg.DataDir(root)
	}
	paths := []string{filepath.Join(root, load.ConfigFile), filepath.Join(root, i18n.CatalogDir),
		filepath.Join(root, "layouts"), filepath.Join(root, "static")}
	for _, p := range []string{bcd, data} {
		if p != "" {
			paths = append(paths, p)
		}
	}
	// doku itself: the theme and catalogs it ships, and its code.
	if exe, err := os.Executable(); err == nil {
		paths = append(paths, exe)
	}
	wd, _ := os.Getwd()
	words := fmt.Sprintf("cwd=%q root=%q content=%q out=%q bcd=%q data=%q strict=%t base=%q bundle=%t precompress=%t check=%t pseudo=%q translator=%t history=%q",
		wd, opt.Root, opt.Content, opt.Out, opt.BCD, opt.Data, opt.Strict, opt.BaseURL, opt.Bundle, opt.Precompress, opt.Check,
		opt.Pseudo, opt.Translator, pagestate.HistoryKey(opt.Content))
	return stamp.Inputs{Words: words, Paths: paths, Content: opt.Content, Trees: []fs.FS{opt.Theme, opt.Catalogs}}
}

// extra hashes the files of out its manifest does not list, when opt
// writes such files; call it before out's Commit.
func (st *stamped) extra(opt Options, out *output.Dir) error {
	if st == nil || !opt.Precompress && !opt.Bundle {
		return nil
	}
	var err error
	st.s.Extra, err = out.Unlisted()
	return err
}

// save leaves the stamp of a build of m that gave res into out, unless
// what it read cannot be told again (a history git could not complete).
func (st *stamped) save(m *load.Model, out *output.Dir, res *Result) {
	sum, ok := out.Manifest()
	if st == nil || !ok || (m.History != nil && !m.History.Settled()) {
		return
	}
	var b bytes.Buffer
	r := stampedResult{Pages: res.Pages, Files: res.Files, Search: res.Search, Diagnostics: res.Diagnostics}
	if gob.NewEncoder(&b).Encode(r) != nil {
		return
	}
	st.s.Manifest, st.s.Result = sum, b.Bytes()
	// The render cache too: a damaged one is reported by the build that
	// reads it.
	if st.s.Keep(cache.FilePath(st.dir)) != nil {
		return
	}
	_ = st.s.Write(st.dir)
}
