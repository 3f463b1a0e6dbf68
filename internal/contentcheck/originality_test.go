package contentcheck

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// The prose, code and catalog strings of this site are written for it:
// no run of N words may also occur in the documents it was checked
// against, which live beside the repository (../shared, as in CI):
//
//   - seeds/: the reference documents the pages were first written from;
//   - corpus/: MDN's English and German pages, of which the pages of
//     CloseEvent, WebSocket, Event, the WebSockets API guide and
//     WebSocketStream (with their sub-pages) are read; MDN has no page
//     for WebSocketError.
//
// Code blocks are checked like prose, since the examples are ours too.
// Two things are not (see Words): fence lines, and the code under a
// "Syntax" heading, which is the API's signature as the standard gives it.

// corpusPages are the folders of the corpus whose pages are read, in each
// locale.
var corpusPages = []string{"web/api/closeevent", "web/api/websocket", "web/api/event",
	"web/api/websockets_api", "web/api/websocketstream"}

// shared is the folder beside the repository; DOKU_SHARED overrides it.
func shared() string {
	if d := os.Getenv("DOKU_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared")
}

// sources indexes the seeds and the corpus pages, or skips the test when
// they are missing.
func sources(t *testing.T) Index {
	t.Helper()
	dir := shared()
	seeds, _ := filepath.Glob(filepath.Join(dir, "seeds", "*"))
	archives := []string{filepath.Join(dir, "corpus", "mdn-content.tar.zst"), filepath.Join(dir, "corpus", "mdn-de.tar.zst")}
	for _, a := range archives {
		if _, err := os.Stat(a); err != nil {
			t.Skipf("originality not checked: the MDN corpus is missing (%v); put it at %s (see its README) or set DOKU_SHARED", err, filepath.Join(dir, "corpus"))
		}
	}
	if len(seeds) == 0 {
		t.Skipf("originality not checked: no seed documents in %s; set DOKU_SHARED to the folder holding seeds/ and corpus/", filepath.Join(dir, "seeds"))
	}
	ix := Index{}
	for _, s := range seeds {
		src, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		ix.Add("seeds/"+filepath.Base(s), Words(string(src)))
	}
	out := t.TempDir()
	for i, a := range archives {
		locale := []string{"en-us", "de"}[i]
		args := []string{"--zstd", "-xf", a, "-C", out, "--wildcards"}
		for _, p := range corpusPages {
			args = append(args, locale+"/"+p+"/*")
		}
		if msg, err := exec.Command("tar", args...).CombinedOutput(); err != nil {
			t.Fatalf("unpacking %s with tar --zstd: %v\n%s", a, err, msg)
		}
	}
	n := 0
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		ix.Add("corpus/"+filepath.ToSlash(rel), Words(string(src)))
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 50 {
		t.Fatalf("only %d corpus pages found under %s; the corpus folders moved? (want %s in en-us and de)", n, out, strings.Join(corpusPages, ", "))
	}
	return ix
}

// ourTexts returns the site's texts by name: each page of content/ and
// each catalog message.
func ourTexts(t *testing.T) map[string][]Word {
	t.Helper()
	texts := map[string][]Word{}
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(filepath.Join(root, "content"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		texts[filepath.ToSlash(rel)] = Words(string(src))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	catalogs, _ := filepath.Glob(filepath.Join(root, "locales", "*.toml"))
	for _, c := range catalogs {
		var msgs map[string]any
		if _, err := toml.DecodeFile(c, &msgs); err != nil {
			t.Fatal(err)
		}
		addMessages(texts, "locales/"+filepath.Base(c), "", msgs)
	}
	if len(texts) < 20 {
		t.Fatalf("found only %d texts in content/ and locales/", len(texts))
	}
	return texts
}

// addMessages adds the plural forms of every message in a catalog's
// table m; a message ID's dots make nested tables in TOML.
func addMessages(texts map[string][]Word, file, id string, m map[string]any) {
	for k, v := range m {
		switch v := v.(type) {
		case map[string]any:
			addMessages(texts, file, strings.TrimPrefix(id+"."+k, "."), v)
		case string:
			switch k {
			case "zero", "one", "two", "few", "many", "other":
				texts[fmt.Sprintf("%s [%s].%s", file, id, k)] = Words(v)
			}
		}
	}
}

func TestOriginality(t *testing.T) {
	ix := sources(t)
	texts := ourTexts(t)
	names := make([]string, 0, len(texts))
	for n := range texts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, r := range ix.Shared(texts[name]) {
			t.Errorf("%s:%d: %d words also in %s: %q; rewrite the passage in words of your own",
				name, r.Line, len(strings.Fields(r.Words)), r.Source, r.Words)
		}
	}
}
