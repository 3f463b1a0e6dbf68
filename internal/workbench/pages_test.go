package workbench

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func page(title, slug, sourceCommit, body string) string {
	fm := "---\ntitle: " + title + "\nslug: " + slug + "\n"
	if sourceCommit != "" {
		fm += "l10n:\n  sourceCommit: " + sourceCommit + "\n"
	}
	return fm + "---\n\n" + body + "\n"
}

// pagesSite is a site in git with a German page in every state: A
// outdated, B done, C missing, Old translated before its English page
// moved to New, Orphan without any English page.
func pagesSite(t *testing.T) (ts *testSite, c1, c3 string) {
	ts = newTestSite(t)
	ts.git("init", "-q", "-b", "main")
	long := strings.Repeat("A paragraph that stays.\n\n", 10)
	c1 = ts.commit(
		"content/en-us/a/index.md", page("A", "A", "", "First English text."),
		"content/en-us/b/index.md", page("B", "B", "", "B text."),
		"content/en-us/c/index.md", page("C", "C", "", "C text."),
		"content/en-us/old/index.md", page("Old", "Old", "", long+"Old text."))
	ts.commit(
		"content/de/a/index.md", page("A auf Deutsch", "A", c1, "Erster deutscher Text."),
		"content/de/b/index.md", page("B", "B", c1, "B-Text."),
		"content/de/old/index.md", page("Alt", "Old", c1, "Alter Text."),
		"content/de/orphan/index.md", page("Waise", "Orphan", c1, "Ohne Vorlage."))
	c3 = ts.commit("content/en-us/a/index.md", page("A", "A", "", "Second English text."))
	ts.git("mv", "content/en-us/old", "content/en-us/new")
	ts.commit("content/en-us/new/index.md", page("New", "New", "", long+"New text."))
	ts.reload()
	return ts, c1, c3
}

func TestPagesOverview(t *testing.T) {
	ts, _, _ := pagesSite(t)
	w := ts.get("/_doku/translate/pages?locale=de")
	if w.Code != http.StatusOK {
		t.Fatalf("%d\n%s", w.Code, w.Body)
	}
	body := w.Body.String()
	// Each page is a section of its own (their slugs have one level).
	if !strings.Contains(body, `<tfoot><tr><th scope="row">All</th><td>5</td><td>1</td><td>1</td><td>1</td><td>1</td><td>1</td></tr></tfoot>`) {
		t.Errorf("the totals are wrong:\n%s", body)
	}
	rows := map[string]string{}
	body = ts.get("/_doku/translate/pages?locale=de&section=A").Body.String()
	if list := body[:strings.Index(body, "<h2>Sections")]; !strings.Contains(list, "A auf Deutsch") || strings.Contains(list, ">C</a>") {
		t.Errorf("the section A shows other pages:\n%s", body)
	}
	for _, state := range pageStates {
		body := ts.get("/_doku/translate/pages?locale=de&state=" + state).Body.String()
		i := strings.Index(body, "<tbody>")
		if i < 0 {
			t.Errorf("no page is %s", state)
			continue
		}
		rows[state] = body[i:strings.Index(body, "</tbody>")]
	}
	for state, want := range map[string]string{
		pageOutdated: "slug=A\">A auf Deutsch</a>",
		pageDone:     "slug=B\">B</a>",
		pageMissing:  "slug=C\">C</a>",
		pageMoved:    "slug=Old\">New</a>",
		pageUnknown:  "slug=Orphan\">Waise</a>",
	} {
		if !strings.Contains(rows[state], want) || strings.Count(rows[state], "<tr") != 1 {
			t.Errorf("%s: want only %q, got\n%s", state, want, rows[state])
		}
	}
	if !strings.Contains(rows[pageOutdated], "1 English change(s) since") {
		t.Errorf("the outdated page does not say how far behind it is:\n%s", rows[pageOutdated])
	}
}

func TestMarkUpToDate(t *testing.T) {
	ts, c1, c3 := pagesSite(t)
	w := ts.get("/_doku/translate/page?locale=de&slug=A")
	body := w.Body.String()
	for _, want := range []string{
		`<span class="wb-d-del">-First English text.</span>`, `<span class="wb-d-add">&#43;Second English text.</span>`,
		`<iframe src="/en-US/docs/A/index.html"`, `<iframe src="/de/docs/A/index.html"`, "Erster deutscher Text.", "Mark up to date",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the page view lacks %q", want)
		}
	}
	f := form(t, body, `data-slug="A"`)
	if f.Get("version") != c1 || f.Get("commit") != c3 {
		t.Fatalf("the mark form carries %v, want version %s and commit %s", f, c1, c3)
	}
	stale := url.Values{}
	for k, v := range f {
		stale[k] = v
	}
	stale.Set("version", "0000000")
	if w := ts.post("/_doku/translate/page", origin, stale); w.Code != http.StatusConflict {
		t.Errorf("a mark against another sourceCommit: %d, want 409", w.Code)
	}
	stale.Set("version", c1)
	stale.Set("commit", c1)
	if w := ts.post("/_doku/translate/page", origin, stale); w.Code != http.StatusConflict {
		t.Errorf("a mark from before the English changed again: %d, want 409", w.Code)
	}
	noToken := url.Values{}
	for k, v := range f {
		noToken[k] = v
	}
	noToken.Del("token")
	if w := ts.post("/_doku/translate/page", origin, noToken); w.Code != http.StatusForbidden {
		t.Errorf("a mark without the token: %d, want 403", w.Code)
	}
	if got := ts.read("content/de/a/index.md"); got != page("A auf Deutsch", "A", c1, "Erster deutscher Text.") {
		t.Fatalf("a refused mark changed the page:\n%s", got)
	}
	w = ts.post("/_doku/translate/page", origin, f)
	if w.Code != http.StatusSeeOther {
		t.Fatalf("mark: %d\n%s", w.Code, w.Body)
	}
	if got, want := ts.read("content/de/a/index.md"), page("A auf Deutsch", "A", c3, "Erster deutscher Text."); got != want {
		t.Errorf("the marked page reads\n%s\nwant\n%s", got, want)
	}
	body = ts.get(w.Header().Get("Location")).Body.String()
	if !strings.Contains(body, "Marked up to date") || strings.Contains(body, "wb-d-add") || strings.Contains(body, "<button>Mark") {
		t.Errorf("after marking, the page still shows changes or the button:\n%s", body)
	}
}

func TestMovedPage(t *testing.T) {
	ts, c1, _ := pagesSite(t)
	body := ts.get("/_doku/translate/page?locale=de&slug=Old").Body.String()
	for _, want := range []string{"the English page moved from Old to New", `<iframe src="/en-US/docs/New/index.html"`,
		`<span class="wb-d-del">-Old text.</span>`, `<span class="wb-d-add">&#43;New text.</span>`} {
		if !strings.Contains(body, want) {
			t.Errorf("the moved page's view lacks %q:\n%s", want, body)
		}
	}
	f := form(t, body, `data-slug="Old"`)
	if w := ts.post("/_doku/translate/page", origin, f); w.Code != http.StatusSeeOther {
		t.Fatalf("mark: %d\n%s", w.Code, w.Body)
	}
	if got := ts.read("content/de/old/index.md"); strings.Contains(got, c1) {
		t.Errorf("the moved page was not marked:\n%s", got)
	}
}

func TestMovedByRedirect(t *testing.T) {
	ts := newTestSite(t,
		"content/en-us/_redirects.txt", "# FROM-URL\tTO-URL\n/en-US/docs/Old\t/en-US/docs/Mid\n/en-US/docs/Mid\t/en-US/docs/Web/New\n",
		"content/en-us/web/new/index.md", page("New", "Web/New", "", "x"),
		"content/de/old/index.md", page("Alt", "Old", "", "y"))
	body := ts.get("/_doku/translate/pages?locale=de&state=moved").Body.String()
	if !strings.Contains(body, `slug=Old">New</a>`) {
		t.Errorf("the redirects were not followed:\n%s", body)
	}
}

func TestPagesWithoutGit(t *testing.T) {
	ts := newTestSite(t, "content/de/a/index.md", page("A", "A", "0123456789abcdef", "x"))
	body := ts.get("/_doku/translate/page?locale=de&slug=A").Body.String()
	if strings.Contains(body, "<button>Mark") || !strings.Contains(body, "cannot be marked") {
		t.Errorf("a page without history can be marked:\n%s", body)
	}
	if body := ts.get("/_doku/translate/pages?locale=de&state=unknown").Body.String(); !strings.Contains(body, "slug=A\"") {
		t.Errorf("a page without history is not unknown:\n%s", body)
	}
}
