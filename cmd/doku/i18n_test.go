package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// translatorSite writes the fixture site into a new git repository, with
// the German pages translated from its first commit.
func translatorSite(t *testing.T) (root string, git func(...string) string) {
	t.Helper()
	root = fixtureSite(t)
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	for _, k := range []string{"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"} {
		t.Setenv(k, "t")
	}
	for _, k := range []string{"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"} {
		t.Setenv(k, "t@example.com")
	}
	git = func(args ...string) string {
		t.Helper()
		out, err := exec.Command("git", append([]string{"-C", root}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	git("init", "-q")
	git("add", "-A")
	git("commit", "-qm", "English and German")
	first := git("rev-parse", "HEAD")
	pages, _ := filepath.Glob(filepath.Join(root, "content/de/web/api/gadget/*/index.md"))
	for _, p := range append(pages, filepath.Join(root, "content/de/web/api/gadget/index.md")) {
		replace(t, p, "sourceCommit: COMMIT", "sourceCommit: "+first)
	}
	git("commit", "-qam", "German pages name their source commit")
	return root, git
}

func write(t *testing.T, p, s string) {
	t.Helper()
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func replace(t *testing.T, p, old, new string) {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil || !bytes.Contains(data, []byte(old)) {
		t.Fatalf("%s: %q not found (%v)", p, old, err)
	}
	write(t, p, strings.Replace(string(data), old, new, 1))
}

// lineOf is the 1-based line of the first line of file that starts with prefix.
func lineOf(t *testing.T, file, prefix string) int {
	t.Helper()
	for i, l := range strings.Split(read(t, file), "\n") {
		if strings.HasPrefix(l, prefix) {
			return i + 1
		}
	}
	t.Fatalf("%s: no line starts with %q", file, prefix)
	return 0
}

func runDoku(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func read(t *testing.T, p string) string {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestTranslatorWorkflow walks through the states a translator sees: all
// fresh; the English page and an English message change (stale in check,
// status, the status page and on the German page); a German message is
// removed (check fails naming it) and sync adds it back, untranslated.
func TestTranslatorWorkflow(t *testing.T) {
	root, git := translatorSite(t)
	out := filepath.Join(root, "site")
	codePage := filepath.Join(out, "de/docs/Web/API/Gadget/code/index.html")
	dePage := filepath.Join(out, "de/status/index.html")

	if code, _, stderr := runDoku(t, "build", "-root", root, "-out", out); code != 0 {
		t.Fatalf("build: %d\n%s", code, stderr)
	}
	if s := read(t, codePage); strings.Contains(s, "outdated") {
		t.Error("fresh translation shows the out-of-date note")
	}
	if s := read(t, dePage); !strings.Contains(s, `<meta name="robots" content="noindex">`) {
		t.Error("the status page, a page for translators, is not marked noindex")
	}
	if code, stdout, _ := runDoku(t, "i18n", "status", "-root", root, "-lang", "de"); code != 0 ||
		!strings.Contains(stdout, "Seiten: 3/3 fertig (100\u00a0%), 0 im Rückstand, 0 fehlen") {
		t.Errorf("status when all is fresh (exit %d):\n%s", code, stdout)
	}

	// English changes: a page (committed) and a message.
	replace(t, filepath.Join(root, "content/en-us/web/api/gadget/code/index.md"), "## Value", "A new sentence.\n\n## Value")
	git("commit", "-qam", "English code page grows")
	replace(t, filepath.Join(root, "locales/en-US.toml"), `other = "Gadget docs"`, `other = "Gadget guide"`)

	if code, _, stderr := runDoku(t, "build", "-root", root, "-out", out); code != 0 {
		t.Fatalf("build: %d\n%s", code, stderr)
	}
	page := read(t, codePage)
	for _, want := range []string{`class="notecard outdated"`, "Die englische Seite hat sich seit der Übersetzung einmal geändert",
		`href="../../../../../../en-US/docs/Web/API/Gadget/code/index.html" hreflang="en-US">Englische Seite öffnen</a>`} {
		if !strings.Contains(page, want) {
			t.Errorf("German code page lacks %s", want)
		}
	}
	status := read(t, dePage)
	for _, want := range []string{`<tr class="state-stale">`, "Um eine englische Änderung zurück",
		"<code>Site.Title</code></th>\n<td><span class=\"state\">Im Rückstand: der englische Text hat sich geändert",
		"2/3 fertig" /* no: all 3 are translated */} {
		if want == "2/3 fertig" {
			if strings.Contains(status, want) {
				t.Error("a stale page counted as untranslated")
			}
			continue
		}
		if !strings.Contains(status, want) {
			t.Errorf("German status page lacks %q", want)
		}
	}
	if strings.Contains(status, "<script>") || strings.Contains(status, "<style") || strings.Contains(status, "style=") {
		t.Error("status page has inline script or style")
	}
	code, stdout, _ := runDoku(t, "i18n", "check", "-root", root)
	if code != 0 || !strings.Contains(stdout, fmt.Sprintf(`locales/de.toml:%d:1: warning: message "Site.Title": the English text changed`,
		lineOf(t, filepath.Join(root, "locales/de.toml"), "[Site.Title]")+1)) {
		t.Errorf("check after an English change (exit %d):\n%s", code, stdout)
	}
	if code, _, _ := runDoku(t, "i18n", "check", "-root", root, "-strict"); code != 1 {
		t.Errorf("check -strict with a stale message: exit %d, want 1", code)
	}
	if _, stdout, _ := runDoku(t, "i18n", "status", "-root", root, "-lang", "en", "-diff"); !strings.Contains(stdout, "Pages: 3/3 done (100%), 1 behind, 0 absent") ||
		!strings.Contains(stdout, "+A new sentence.") || !strings.Contains(stdout, "[Site.Title]: Behind") {
		t.Errorf("status after an English change:\n%s", stdout)
	}

	if _, stdout, _ := runDoku(t, "i18n", "status", "-root", root, "-lang", "de-AT", "-html"); !strings.Contains(stdout, "<h1>Übersetzungsfortschritt</h1>") ||
		!strings.Contains(stdout, `<tr class="state-stale">`) {
		t.Errorf("status -html -lang de-AT is not the German status page:\n%.400s", stdout)
	}

	// A German message goes missing: check fails naming it; sync adds it
	// back with the English text, marked, and the file keeps all it had.
	de := filepath.Join(root, "locales/de.toml")
	replace(t, de, "[Root.Choose]\n", "[Removed.For.Test]\n")
	code, stdout, _ = runDoku(t, "i18n", "check", "-root", root)
	if code != 1 || !strings.Contains(stdout, `error: message "Root.Choose" is missing in the de catalog`) {
		t.Errorf("check with a German message missing (exit %d):\n%s", code, stdout)
	}
	before := strings.Count(read(t, de), "\n[")
	if code, stdout, stderr := runDoku(t, "i18n", "sync", "-root", root); code != 0 || !strings.Contains(stdout, "1 added as untranslated") {
		t.Fatalf("sync: %d\n%s%s", code, stdout, stderr)
	}
	after := read(t, de)
	if strings.Count(after, "\n[") != before+1 || !strings.Contains(after, "[Root.Choose]\n# doku: untranslated\n") ||
		!strings.Contains(after, "# doku: stale: the English now reads \"Gadget guide\"") {
		t.Errorf("de.toml after sync has %d messages (had %d):\n%s", strings.Count(after, "\n["), before, after[:600])
	}
	if code, stdout, _ := runDoku(t, "i18n", "check", "-root", root); code != 0 || !strings.Contains(stdout, `"Root.Choose" is not translated yet`) {
		t.Errorf("check after sync (exit %d):\n%s", code, stdout)
	}
}

// TestCatalogCannotInjectMarkup: a catalog string with markup is shown as
// text on pages and on the status page, and check reports the tags.
func TestCatalogCannotInjectMarkup(t *testing.T) {
	root, _ := translatorSite(t)
	replace(t, filepath.Join(root, "locales/de.toml"), `other = "Gadget-Doku"`, `other = "<script>alert(1)</script><b onclick=x>Referenz</b>"`)
	out := filepath.Join(root, "site")
	if code, _, stderr := runDoku(t, "build", "-root", root, "-out", out); code != 0 {
		t.Fatalf("build: %d\n%s", code, stderr)
	}
	for _, p := range []string{"de/index.html", "de/docs/Web/API/Gadget/code/index.html", "de/status/index.html"} {
		s := read(t, filepath.Join(out, p))
		if strings.Contains(s, "<script>alert") || strings.Contains(s, "<b onclick") || !strings.Contains(s, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Errorf("%s: catalog markup not escaped", p)
		}
	}
	code, stdout, _ := runDoku(t, "i18n", "check", "-root", root)
	if code != 1 || !strings.Contains(stdout, `message "Site.Title" (other) has </b> </script> <b> <script>, which the English text does not`) {
		t.Errorf("check (exit %d):\n%s", code, stdout)
	}
}

func TestSyncRefusesBrokenCatalog(t *testing.T) {
	root, _ := translatorSite(t)
	de := filepath.Join(root, "locales/de.toml")
	replace(t, de, `other = "Deutsch"`, `other = "Deutsch`)
	before := read(t, de)
	code, _, stderr := runDoku(t, "i18n", "sync", "-root", root)
	if code != 1 || !strings.Contains(stderr, fmt.Sprintf("locales/de.toml:%d:", lineOf(t, de, `other = "Deutsch`))) || read(t, de) != before {
		t.Errorf("sync on a broken catalog: exit %d, file changed: %v\n%s", code, read(t, de) != before, stderr)
	}
}

// TestExtract: an ID a layout uses but no catalog defines is reported and
// added to en-US with empty text (which check then reports); a message
// nothing uses is reported; nothing else in the file moves.
func TestExtract(t *testing.T) {
	root, _ := translatorSite(t)
	if err := os.MkdirAll(filepath.Join(root, "layouts"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(root, "layouts/extra.html"), `{{define "extra"}}<p>{{.L.T "Home.Extra"}}</p>{{end}}`)
	en := filepath.Join(root, "locales/en-US.toml")
	before := read(t, en)
	code, stdout, stderr := runDoku(t, "i18n", "extract", "-root", root)
	if code != 0 || !strings.Contains(stdout, `layouts/extra.html:1:24: warning: message "Home.Extra" is used but not defined in locales/en-US.toml`) {
		t.Errorf("extract (exit %d):\n%s%s", code, stdout, stderr)
	}
	// Without doku's Go source (this copy has none) the macros' messages
	// cannot be seen: none is called unused, and extract says so.
	if strings.Contains(stdout, "is defined but never used") || !strings.Contains(stdout, "unused messages are not reported") {
		t.Errorf("unused messages reported without the Go source:\n%s", stdout)
	}
	after := read(t, en)
	added := "[Home.Extra]\n# doku: added by 'doku i18n extract', used at layouts/extra.html:1:24; write the English text and say where it appears\ndescription = \"\"\nother = \"\"\n"
	if !strings.Contains(after, added) || strings.Replace(after, "\n"+added, "", 1) != before {
		t.Errorf("en-US.toml after extract: added block missing or other text changed")
	}
	if code, stdout, _ := runDoku(t, "i18n", "check", "-root", root); code != 1 || !strings.Contains(stdout, `message "Home.Extra" has no text`) {
		t.Errorf("check after extract (exit %d):\n%s", code, stdout)
	}
}

func TestOutputLanguage(t *testing.T) {
	locales := []string{"en-US", "de"}
	for _, c := range []struct{ flag, lcAll, lang, want string }{
		{"", "", "de_DE.UTF-8", "de"},
		{"", "", "de_CH@euro", "de"},
		{"", "en_GB.UTF-8", "de_DE.UTF-8", "en-US"}, // LC_ALL wins
		{"", "", "fr_FR.UTF-8", "en-US"},            // no French: the source
		{"", "", "C", "en-US"},
		{"de", "", "en_US", "de"}, // -lang wins
		{"", "", "", "en-US"},
	} {
		t.Setenv("LC_ALL", c.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", c.lang)
		if got := outputLanguage(c.flag, locales); got != c.want {
			t.Errorf("-lang %q LC_ALL %q LANG %q: %q, want %q", c.flag, c.lcAll, c.lang, got, c.want)
		}
	}
}

// TestMissingPageNotRenderedAsGerman: without a German translation there
// is no page under /de/; German pages link to the English one, marked,
// and the status page lists it as missing with the file to create.
func TestMissingPageNotRenderedAsGerman(t *testing.T) {
	root, _ := translatorSite(t)
	if err := os.RemoveAll(filepath.Join(root, "content/de/web/api/gadget/reason")); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(root, "site")
	if code, _, stderr := runDoku(t, "build", "-root", root, "-out", out); code != 0 {
		t.Fatalf("build: %d\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "de/docs/Web/API/Gadget/reason/index.html")); !os.IsNotExist(err) {
		t.Errorf("a page without translation is rendered under /de/ (%v)", err)
	}
	page := read(t, filepath.Join(out, "de/docs/Web/API/Gadget/index.html"))
	if !strings.Contains(page, `href="../../../../../en-US/docs/Web/API/Gadget/reason/index.html"`) || !strings.Contains(page, "(auf Englisch)") {
		t.Error("the German page does not link the English reason page with the marker")
	}
	status := read(t, filepath.Join(out, "de/status/index.html"))
	if !strings.Contains(status, "<tr class=\"state-missing\">\n<th scope=\"row\">Gadget: reason property</th>") ||
		!strings.Contains(status, "<code>content/de/web/api/gadget/reason/index.md</code>") {
		t.Error("the status page does not list the missing page with the file to create")
	}
}
