package bench

import (
	"bytes"
	"io/fs"
	"os"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/markdown"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/renderer/html"
)

// Floor is the least any build of the tree must do: read every page and
// convert its Markdown with goldmark and doku's extensions, on all cores,
// without macros, links, layouts or writing. It returns the number of
// pages and of Markdown bytes converted.
func Floor(dir string) (pages int, size int64, err error) {
	var files []string
	err = fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && d.Name() == "index.md" {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return 0, 0, err
	}
	md := goldmark.New(goldmark.WithExtensions(markdown.Extensions...), goldmark.WithRendererOptions(html.WithUnsafe()))
	fsys := os.DirFS(dir)
	var (
		next  atomic.Int64
		total atomic.Int64
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			var out bytes.Buffer
			for {
				i := int(next.Add(1) - 1)
				if i >= len(files) {
					return
				}
				src, err := fs.ReadFile(fsys, files[i])
				if err == nil {
					_, body, _, ferr := content.SplitFrontMatter(src)
					if ferr == nil {
						src = body
					}
					out.Reset()
					err = md.Convert(src, &out)
				}
				if err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
					return
				}
				total.Add(int64(len(src)))
			}
		})
	}
	wg.Wait()
	return len(files), total.Load(), first
}
