package defects

import (
	"bytes"
	"io/fs"
	"path"
	"strings"

	"golang.org/x/net/html"
)

// frameRuns says whether the interactive example's frame page at name (a
// path in the output) is there with every script it loads: its <script
// src> files and the example's script a WebAssembly-text frame loads
// once the text compiled (data-script). A frame missing one runs
// nothing, or not all of the example. Each frame page is read once.
func (s *styleCache) frameRuns(name string) bool {
	s.mu.Lock()
	runs, ok := s.frames[name]
	s.mu.Unlock()
	if ok {
		return runs
	}
	runs = s.scriptsPresent(name)
	s.mu.Lock()
	s.frames[name] = runs
	s.mu.Unlock()
	return runs
}

func (s *styleCache) scriptsPresent(name string) bool {
	data, err := fs.ReadFile(s.out, name)
	if err != nil {
		return false
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return true
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, hasAttr := z.TagName()
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				ref := string(v)
				if (string(k) == "src" && string(tag) == "script" || string(k) == "data-script") && !s.present(path.Dir(name), ref) {
					return false
				}
			}
		}
	}
}

// present says whether the file ref (relative to dir) is in the output;
// a reference to another host or scheme is not checked.
func (s *styleCache) present(dir, ref string) bool {
	if strings.Contains(ref, ":") || strings.HasPrefix(ref, "/") {
		return true
	}
	ref, _, _ = strings.Cut(ref, "?")
	_, err := fs.Stat(s.out, path.Join(dir, ref))
	return err == nil
}
