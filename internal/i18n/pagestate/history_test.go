package pagestate

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/site"
)

// repo is a git repository made for a test, with a clock that moves one
// minute per commit so that commit order never depends on timing.
type repo struct {
	t     *testing.T
	dir   string
	clock int
}

func newRepo(t *testing.T) *repo {
	t.Helper()
	r := &repo{t: t, dir: t.TempDir()}
	r.git("init", "-q", "-b", "main")
	return r
}

func (r *repo) git(args ...string) string {
	r.t.Helper()
	cmd := exec.Command("git", append([]string{"-C", r.dir}, args...)...)
	date := fmt.Sprintf("2026-01-01T10:%02d:00Z", r.clock)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t",
		"GIT_COMMITTER_EMAIL=t@example.com", "GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date, "GIT_CONFIG_GLOBAL=/dev/null")
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

func (r *repo) write(path, text string) {
	r.t.Helper()
	p := filepath.Join(r.dir, filepath.FromSlash(path))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

// commit writes files (path, text, path, text, ...) and commits them.
func (r *repo) commit(files ...string) string {
	r.t.Helper()
	for i := 0; i+1 < len(files); i += 2 {
		r.write(files[i], files[i+1])
	}
	r.clock++
	r.git("add", "-A")
	r.git("commit", "-q", "-m", fmt.Sprintf("change %d", r.clock))
	return r.git("rev-parse", "HEAD")
}

func page(slug, body, sourceCommit string) string {
	fm := "---\ntitle: " + slug + "\nslug: " + slug + "\n"
	if sourceCommit != "" {
		fm += "l10n:\n  sourceCommit: " + sourceCommit + "\n"
	}
	return fm + "---\n\n" + body + "\n"
}

func loadSite(t *testing.T, dir string) *site.Site {
	t.Helper()
	dc := &diag.Collector{}
	tree, err := content.Load(os.DirFS(dir), content.Options{Name: "content"}, dc)
	if err != nil {
		t.Fatal(err)
	}
	return site.New(tree, dc)
}

func TestStaleness(t *testing.T) {
	r := newRepo(t)
	c1 := r.commit("content/en-us/a/index.md", page("A", "one", ""), "content/en-us/b/index.md", page("B", "one", ""),
		"content/en-us/c/index.md", page("C", "one", ""), "content/en-us/d/index.md", page("D", "one", ""))
	r.commit("content/en-us/a/index.md", page("A", "two", ""))
	outside := r.commit("README", "not content")
	r.commit("content/en-us/a/index.md", page("A", "three", ""), "content/en-us/c/index.md", page("C", "two", ""))
	r.commit(
		"content/de/a/index.md", page("A", "eins", c1),
		"content/de/b/index.md", page("B", "eins", c1[:10]), // abbreviated hashes work
		"content/de/c/index.md", page("C", "eins", outside), // a commit outside the content folder
		"content/de/e/index.md", page("E", "x", "deadbeefdeadbeef"),
		"content/de/f/index.md", page("F", "x", ""),
		"content/en-us/e/index.md", page("E", "e", ""), "content/en-us/f/index.md", page("F", "f", ""))

	dir := filepath.Join(r.dir, "content")
	s := loadSite(t, dir)
	h := Load(dir, SourceFolder(), SourceCommits(s))
	if !h.Available() {
		t.Fatalf("no history: %s %v", h.Reason, h.Err)
	}
	rep := NewReport(s, h, nil, nil, "de")
	got := map[string]string{}
	for _, p := range rep.Pages {
		got[p.Slug] = fmt.Sprintf("%s %d %s", p.State, p.Behind.Commits, p.Behind.Reason)
	}
	want := map[string]string{
		"A": "stale 2 ", "B": "translated 0 ", "C": "stale 1 ", "D": "missing 0 ",
		"E": "unknown 0 unknown-commit", "F": "unknown 0 no-source-commit",
	}
	for slug, w := range want {
		if got[slug] != w {
			t.Errorf("%s: %q, want %q", slug, got[slug], w)
		}
	}
	if c := rep.PageCounts; c != (Counts{Total: 6, Translated: 5, Stale: 2, Missing: 1}) {
		t.Errorf("counts %+v", c)
	}
	if a := rep.Pages[0]; a.Behind.Changed.Format("15:04") != "10:04" || a.File != "content/de/a/index.md" || a.URL != "de/docs/A/index.html" {
		t.Errorf("page A: %+v", a)
	}
	if d := rep.Pages[3]; d.File != "content/de/d/index.md" || d.URL != "" {
		t.Errorf("missing page D: %+v", d)
	}

	// Diffs are asked for separately, one git call per source commit.
	if rep.Pages[0].Diff != "" {
		t.Error("diff computed without being asked for")
	}
	if err := rep.AddDiffs(h, 10); err != nil {
		t.Fatal(err)
	}
	if d := rep.Pages[0].Diff; !strings.Contains(d, "-one") || !strings.Contains(d, "+three") {
		t.Errorf("diff of A:\n%s", d)
	}
	if d := rep.Pages[2].Diff; !strings.Contains(d, "+two") || strings.Contains(d, "content/en-us/a") {
		t.Errorf("diff of C:\n%s", d)
	}
}

func TestNoHistory(t *testing.T) {
	dir := t.TempDir()
	r := &repo{t: t, dir: dir}
	r.write("en-us/a/index.md", page("A", "one", ""))
	r.write("de/a/index.md", page("A", "eins", "0123456789abcdef"))
	s := loadSite(t, dir)

	h := Load(dir, SourceFolder(), SourceCommits(s))
	if h.Reason != NotARepo {
		t.Errorf("outside a repository: reason %q (%v)", h.Reason, h.Err)
	}
	rep := NewReport(s, h, nil, nil, "de")
	if rep.NoHistory != NotARepo || rep.Pages[0].State != i18n.Unknown {
		t.Errorf("report without history: %+v", rep)
	}

	t.Setenv("PATH", "")
	if h := Load(dir, SourceFolder(), nil); h.Reason != NoGit {
		t.Errorf("without git: reason %q", h.Reason)
	}
}

func TestReportMessages(t *testing.T) {
	dc := &diag.Collector{}
	src := i18n.ParseFile("en-US.toml", "en-US", []byte("[A]\nother = \"a\"\n[B]\nother = \"b\"\n[C]\nother = \"c\"\n"), dc)
	tr := i18n.ParseFile("de.toml", "de", []byte("[A]\nhash = \"sha1-old\"\nother = \"x\"\n[B]\n# doku: untranslated\nother = \"b\"\n[Z]\nother = \"z\"\n"), dc)
	s := site.New(&content.Tree{}, dc)
	rep := NewReport(s, &History{Reason: NoGit}, src, tr, "de")
	if c := rep.MessageCounts; c != (Counts{Total: 3, Translated: 1, Stale: 1, Missing: 2}) {
		t.Errorf("message counts %+v", c)
	}
	if rep.MessageCounts.Share() != 1.0/3 {
		t.Errorf("share %v", rep.MessageCounts.Share())
	}
}
