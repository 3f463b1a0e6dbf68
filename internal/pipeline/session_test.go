package pipeline

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"

	"github.com/google/go-cmp/cmp"
)

// edit is one change a writer or translator makes to the fixture site.
type edit struct {
	name string
	// do changes files below root and returns the paths it touched, as a
	// file system watcher would report them.
	do func(t *testing.T, root string) []string
	// wantRendered, if set, is exactly what the update must render again.
	wantRendered []string
	wantFull     bool
	wantErrors   bool
	// samples is the number of live-sample files the output must have.
	samples int
}

func writeFile(t testing.TB, root, rel, data string) string {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func readFile(t testing.TB, root, rel string) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return string(src)
}

// renamePage moves the page of locale at slug from to slug to, as a writer
// does: its folder moves (one event for each folder, as a watcher reports
// a rename), its slug changes, and so does the link to it from the
// locale's Thing page.
func renamePage(t *testing.T, root, locale, from, to string) []string {
	t.Helper()
	dir := func(slug string) string {
		return filepath.Join(root, "content", locale, filepath.FromSlash(strings.ToLower(slug)))
	}
	if err := os.Rename(dir(from), dir(to)); err != nil {
		t.Fatal(err)
	}
	replaceIn(t, root, path.Join("content", locale, strings.ToLower(to), "index.md"), "slug: "+from, "slug: "+to)
	linking := replaceIn(t, root, path.Join("content", locale, "web/api/thing/index.md"), "docs/"+from+")", "docs/"+to+")")
	return []string{dir(from), dir(to), linking}
}

// replaceIn replaces old by new in the file rel, which must contain it.
func replaceIn(t *testing.T, root, rel, old, new string) string {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	src, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), old) {
		t.Fatalf("%s does not contain %q", rel, old)
	}
	return writeFile(t, root, rel, strings.Replace(string(src), old, new, 1))
}

const deSize = "content/de/web/api/thing/size/index.md"

var sessionEdits = []edit{
	{
		name: "page body",
		do: func(t *testing.T, root string) []string {
			return []string{replaceIn(t, root, "content/en-us/web/api/thing/size/index.md", "A number.", "A whole number.")}
		},
		wantRendered: []string{"en-US/docs/Web/API/Thing/size/index.html"},
	},
	{
		name: "German page body",
		do: func(t *testing.T, root string) []string {
			return []string{replaceIn(t, root, deSize, "Eine Zahl.", "Eine ganze Zahl.")}
		},
		wantRendered: []string{"de/docs/Web/API/Thing/size/index.html"},
	},
	{
		name: "English short title, shown in every locale's sidebar",
		do: func(t *testing.T, root string) []string {
			return []string{replaceIn(t, root, "content/en-us/web/api/thing/guide/index.md", "title: Using Thing", "title: Using things")}
		},
	},
	{
		name: "German title",
		do: func(t *testing.T, root string) []string {
			return []string{replaceIn(t, root, deSize, "short-title: size", "short-title: Größe")}
		},
	},
	{
		name: "German page added",
		do: func(t *testing.T, root string) []string {
			return []string{writeFile(t, root, "content/de/web/api/thing/guide/index.md",
				"---\ntitle: Thing benutzen\nslug: Web/API/Thing/Guide\n---\n\n{{APIRef}}\n\nNur ein Anfang.\n")}
		},
	},
	{
		name: "German page folder removed",
		do: func(t *testing.T, root string) []string {
			dir := filepath.Join(root, "content/de/web/api/thing/size")
			if err := os.RemoveAll(dir); err != nil {
				t.Fatal(err)
			}
			return []string{dir}
		},
	},
	{
		name: "English page renamed: folder and slug",
		do: func(t *testing.T, root string) []string {
			return renamePage(t, root, "en-us", "Web/API/Thing/Guide", "Web/API/Thing/Usage")
		},
	},
	{
		name: "German page renamed: folder and slug",
		do: func(t *testing.T, root string) []string {
			return renamePage(t, root, "de", "Web/API/Thing/Guide", "Web/API/Thing/Usage")
		},
	},
	{
		name: "both renamed back",
		do: func(t *testing.T, root string) []string {
			return append(renamePage(t, root, "en-us", "Web/API/Thing/Usage", "Web/API/Thing/Guide"),
				renamePage(t, root, "de", "Web/API/Thing/Usage", "Web/API/Thing/Guide")...)
		},
	},
	{
		name: "German catalog",
		do: func(t *testing.T, root string) []string {
			return []string{replaceIn(t, root, "locales/de.toml", `other = "Ding-Doku"`, `other = "Ding-Dokumentation"`)}
		},
		// German pages, the root page (in every language), the files
		// renderHosting writes together (the 404 pages, robots.txt) and
		// the status pages, which show the German messages.
		wantRendered: []string{"404.html", "de/404.html", "de/docs/Web/API/Thing/Guide/index.html", "de/docs/Web/API/Thing/index.html",
			"de/index.html", "de/status/index.html", "en-US/404.html", "en-US/index.html", "en-US/status/index.html", "index.html", "robots.txt"},
	},
	{
		name: "English catalog",
		do: func(t *testing.T, root string) []string {
			return []string{replaceIn(t, root, "locales/en-US.toml", `other = "Thing docs"`, `other = "Thing reference"`)}
		},
	},
	{
		name: "German catalog with a syntax error",
		do: func(t *testing.T, root string) []string {
			return []string{replaceIn(t, root, "locales/de.toml", `other = "Deutsch"`, `other = "Deutsch`)}
		},
		wantErrors: true,
	},
	{
		name: "German catalog repaired",
		do: func(t *testing.T, root string) []string {
			return []string{replaceIn(t, root, "locales/de.toml", `other = "Deutsch`, `other = "Deutsch"`)}
		},
	},
	{
		name: "German language name, shown in every locale's language switcher",
		do: func(t *testing.T, root string) []string {
			return []string{replaceIn(t, root, "locales/de.toml", `other = "Deutsch"`, `other = "Deutsch (de)"`)}
		},
	},
	{
		name: "German description only: no page shows it",
		do: func(t *testing.T, root string) []string {
			return []string{replaceIn(t, root, "locales/de.toml", `description = "Site name."`, `description = "The site's name."`)}
		},
		wantRendered: []string{"404.html", "de/404.html", "de/index.html", "en-US/404.html", "en-US/index.html", "index.html", "robots.txt"},
	},
	{
		name: "page with broken front matter",
		do: func(t *testing.T, root string) []string {
			return []string{replaceIn(t, root, "content/en-us/web/api/thing/index.md", "slug: Web/API/Thing\n", "slug: [Web/API/Thing\n")}
		},
		wantErrors: true,
	},
	{
		name: "front matter repaired",
		do: func(t *testing.T, root string) []string {
			return []string{replaceIn(t, root, "content/en-us/web/api/thing/index.md", "slug: [Web/API/Thing\n", "slug: Web/API/Thing\n")}
		},
	},
	{
		name: "live sample added, with its catalog message",
		do: func(t *testing.T, root string) []string {
			return []string{writeFile(t, root, "locales/en-US.toml", readFile(t, root, "locales/en-US.toml")+
				"[Embed.LiveSample]\ndescription = \"Frame title.\"\nother = \"Live sample\"\n"), replaceIn(t, root, "content/en-us/web/api/thing/size/index.md", "A whole number.",
				"A whole number.\n\n## Demo\n\n```html\n<p>Hi</p>\n```\n\n{{EmbedLiveSample(\"Demo\")}}\n")}
		},
		samples: 1,
	},
	{
		name: "live sample removed",
		do: func(t *testing.T, root string) []string {
			return []string{replaceIn(t, root, "content/en-us/web/api/thing/size/index.md", "{{EmbedLiveSample(\"Demo\")}}", "")}
		},
	},
	{
		name: "layout",
		do: func(t *testing.T, root string) []string {
			return []string{replaceIn(t, root, "layouts/home.html", "<h1>", "<h1 class=home>")}
		},
		wantFull: true,
	},
	{
		name: "page saved through a temporary file renamed over it",
		do: func(t *testing.T, root string) []string {
			p := replaceIn(t, root, "content/en-us/web/api/thing/size/index.md", "A whole number.", "A whole number, saved.")
			tmp := p + ".tmp-save"
			if err := os.Rename(p, tmp); err != nil {
				t.Fatal(err)
			}
			if err := os.Rename(tmp, p); err != nil {
				t.Fatal(err)
			}
			return []string{tmp, p}
		},
		wantRendered: []string{"en-US/docs/Web/API/Thing/size/index.html"},
	},
	{
		name: "editor swap file",
		do: func(t *testing.T, root string) []string {
			return []string{writeFile(t, root, "content/en-us/web/api/thing/.index.md.swp", "x")}
		},
		wantRendered: []string{},
	},
}

// TestSessionUpdates applies edits one after the other and checks, after
// each, that the session rendered only what it should and that its output
// is exactly that of a build from scratch.
func TestSessionUpdates(t *testing.T) {
	t.Run("plain", func(t *testing.T) { testSessionUpdates(t, Options{Theme: doku.Theme}) })
	t.Run("pseudo-locale and translator mode", func(t *testing.T) {
		testSessionUpdates(t, Options{Theme: doku.Theme, Pseudo: i18n.PseudoLocale, Translator: true})
	})
}

func testSessionUpdates(t *testing.T, opt Options) {
	root := fixture(t)
	opt.Root = root
	s := checkedSession(t, opt)
	if opt.Pseudo == "" {
		if diff := cmp.Diff(diskBuild(t, root), viewFiles(t, s)); diff != "" {
			t.Fatalf("session output differs from doku build's (-build +session):\n%s", diff)
		}
	}
	for _, e := range sessionEdits {
		if opt.Pseudo != "" && len(e.wantRendered) > 0 {
			// The pseudo-locale copies en-US pages and has a 404 page.
			var more []string
			for _, r := range e.wantRendered {
				if strings.HasPrefix(r, "en-US/") {
					more = append(more, "en-XA/"+strings.TrimPrefix(r, "en-US/"))
				}
			}
			e.wantRendered = append(slices.Clone(e.wantRendered), more...)
			slices.Sort(e.wantRendered)
		}
		t.Run(e.name, func(t *testing.T) {
			// Every page rendered before the edit, kept in the views'
			// cache: what the edit does not drop from it is served as is.
			view, before := s.View(), viewFiles(t, s)
			ch, err := s.Update(e.do(t, root))
			if err != nil {
				t.Fatal(err)
			}
			// What doku serve's pass over the pages does after the reload.
			settled, err := s.Check(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			ch.Rendered = append(ch.Rendered, settled.Rendered...)
			slices.Sort(ch.Rendered)
			if (ch.Errors > 0) != e.wantErrors {
				t.Fatalf("%d errors, want errors: %v\n%s", ch.Errors, e.wantErrors, diagText(s.Diagnostics(), root))
			}
			if ch.Full != e.wantFull {
				t.Errorf("Full = %v, want %v", ch.Full, e.wantFull)
			}
			if e.wantRendered != nil {
				// Search index files are named after their content; the
				// comparison with a build from scratch checks them.
				rendered := slices.DeleteFunc(slices.Clone(ch.Rendered), func(n string) bool {
					return strings.Contains(n, "/search/")
				})
				if diff := cmp.Diff(e.wantRendered, rendered, cmpEmpty); diff != "" {
					t.Errorf("rendered (-want +got):\n%s", diff)
				}
			}
			if e.wantErrors {
				if s.View() != view {
					t.Error("the output changed although the input has errors")
				}
				return
			}
			after := viewFiles(t, s)
			n := 0
			for name := range after {
				if strings.HasPrefix(path.Base(name), "_sample_.") && strings.HasPrefix(name, "en-US/") {
					n++
				}
			}
			if (n > 0) != (e.samples > 0) {
				t.Errorf("%d live-sample files, want some: %v", n, e.samples > 0)
			}
			fresh := checkedSession(t, opt)
			if diff := cmp.Diff(viewFiles(t, fresh), after); diff != "" {
				t.Errorf("output differs from a build from scratch (-scratch +incremental):\n%s", diff)
			}
			if diff := cmp.Diff(fresh.Diagnostics(), s.Diagnostics()); diff != "" {
				t.Errorf("diagnostics differ from a build from scratch (-scratch +incremental):\n%s", diff)
			}
			// Whatever was not reported changed has the same bytes.
			for name, data := range after {
				if !slices.Contains(ch.Rendered, name) && before[name] != nil && !bytes.Equal(before[name], data) {
					t.Errorf("%s changed but was not reported", name)
				}
			}
		})
	}
}

var cmpEmpty = cmp.Transformer("empty", func(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
})

// checkedSession opens a session on root and runs its pass over the
// pages, as doku serve does behind the first page.
func checkedSession(t *testing.T, opt Options) *Session {
	t.Helper()
	s, ch, err := NewSession(opt, 0)
	if err != nil || ch.Errors > 0 {
		t.Fatalf("NewSession: %v, %+v\n%s", err, ch, diagText(s.Diagnostics(), opt.Root))
	}
	if ch, err := s.Check(context.Background()); err != nil || ch.Errors > 0 {
		t.Fatalf("Check: %v, %+v\n%s", err, ch, diagText(s.Diagnostics(), opt.Root))
	}
	return s
}

// viewFiles is every file of the session's view.
func viewFiles(t *testing.T, s *Session) Files {
	t.Helper()
	files, err := s.View().All()
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// diskBuild runs Build and reads its output back.
func diskBuild(t *testing.T, root string) Files {
	t.Helper()
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{Root: root, Out: out, Theme: doku.Theme}); err != nil {
		t.Fatal(err)
	}
	files := Files{}
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(out, p)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestSessionCatalogError: a catalog with a TOML syntax error is reported
// at its file and line, and the last good output stays.
func TestSessionCatalogError(t *testing.T) {
	root := fixture(t)
	s := checkedSession(t, Options{Root: root, Theme: doku.Theme})
	good := s.View()
	p := replaceIn(t, root, "locales/de.toml", "[Site.Title]", "[Site.Title")
	ch, err := s.Update([]string{p})
	if err != nil || ch.Errors == 0 {
		t.Fatalf("Update: %v, %+v; want errors", err, ch)
	}
	var found bool
	for _, d := range s.Diagnostics() {
		if d.Severity == diag.Error && strings.HasSuffix(d.Pos.File, "locales/de.toml") && d.Pos.Line > 0 {
			found = true
		}
	}
	if !found {
		t.Errorf("no error at a line of locales/de.toml:\n%s", diagText(s.Diagnostics(), root))
	}
	if s.View() != good {
		t.Error("Files changed while the catalog is broken")
	}
}

// TestSessionPseudoAndTranslator: the pseudo-locale shows every catalog
// string accented and the page content as written; translator mode marks
// the strings a German page shows in English, and only those.
func TestSessionPseudoAndTranslator(t *testing.T) {
	root := fixture(t)
	replaceIn(t, root, "locales/de.toml", "[Site.Title]\ndescription = \"Site name.\"\nother = \"Ding-Doku\"\n", "")
	s := checkedSession(t, Options{Root: root, Theme: doku.Theme, Pseudo: i18n.PseudoLocale, Translator: true})
	files := viewFiles(t, s)
	xa := string(files["en-XA/docs/Web/API/Thing/size/index.html"])
	for _, want := range []string{`lang="en-XA"`, "Thing: size property | [Ţĥîîñĝ ðööçš]", "A number."} {
		if !strings.Contains(xa, want) {
			t.Errorf("en-XA page lacks %q:\n%s", want, xa)
		}
	}
	de := string(files["de/docs/Web/API/Thing/size/index.html"])
	if want := i18n.FallbackOpen + "Thing docs" + i18n.FallbackClose; !strings.Contains(de, want) {
		t.Errorf("de page lacks the marked fallback %q:\n%s", want, de)
	}
	if strings.Count(de, i18n.FallbackOpen) != 1 {
		t.Errorf("de page marks more than the one fallback:\n%s", de)
	}
	if en := string(files["en-US/docs/Web/API/Thing/size/index.html"]); strings.Contains(en, i18n.FallbackOpen) {
		t.Errorf("en-US page has fallback marks:\n%s", en)
	}
}
