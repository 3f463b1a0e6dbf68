package workbench

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
)

func TestSaveMessage(t *testing.T) {
	ts := newTestSite(t)
	list := ts.get("/_doku/translate/messages?locale=de&q=site.title")
	if list.Code != http.StatusOK {
		t.Fatalf("list: %d\n%s", list.Code, list.Body)
	}
	body := list.Body.String()
	for _, want := range []string{`data-message-id="Site.Title" data-locale="de"`, `<textarea name="other"`, "Gadget reference", "Name of the site.", "Gadget-Referenz"} {
		if !strings.Contains(body, want) {
			t.Errorf("the list lacks %q", want)
		}
	}
	f := form(t, body, `data-message-id="Site.Title"`)
	f.Set("other", "Gadget-Handbuch <&>")
	w := ts.post("/_doku/translate/messages", origin, f)
	if w.Code != http.StatusSeeOther {
		t.Fatalf("save: %d\n%s", w.Code, w.Body)
	}
	if loc := w.Header().Get("Location"); !strings.Contains(loc, "saved=Site.Title") || !strings.Contains(loc, "q=site.title") {
		t.Errorf("save sends the browser to %q, not back to the list it came from", loc)
	}
	want := strings.Replace(testDE, `other = "Gadget-Referenz" # kurz halten`,
		`hash = "sha1-`+hashTail(t, ts, "Site.Title")+`"`+"\n"+`other = "Gadget-Handbuch <&>"`, 1)
	if got := ts.read("locales/de.toml"); got != want {
		t.Errorf("de.toml reads\n%s\nwant\n%s", got, want)
	}
	ts.checkCatalog()
	// The saved text is shown escaped.
	if body := ts.get("/_doku/translate/messages?locale=de&q=Handbuch").Body.String(); !strings.Contains(body, "Gadget-Handbuch &lt;&amp;&gt;") {
		t.Errorf("the saved text is not shown, or not escaped:\n%s", body)
	}
}

// hashTail is the source hash of id without its "sha1-".
func hashTail(t *testing.T, ts *testSite, id string) string {
	c, problems := ts.wb.readCatalogs("de")
	if c == nil {
		t.Fatal(problems)
	}
	return strings.TrimPrefix(sourceHash(c, id), "sha1-")
}

func TestSavePluralAndUntranslated(t *testing.T) {
	ts := newTestSite(t)
	body := ts.get("/_doku/translate/messages?locale=de&state=missing").Body.String()
	if !strings.Contains(body, `data-message-id="Greeting"`) || strings.Contains(body, `data-message-id="Site.Title"`) {
		t.Fatalf("the missing filter shows the wrong messages:\n%s", body)
	}
	f := form(t, body, `data-message-id="Greeting"`)
	f.Set("other", "Hallo, {{.Name}}")
	if w := ts.post("/_doku/translate/messages", origin, f); w.Code != http.StatusSeeOther {
		t.Fatalf("save: %d\n%s", w.Code, w.Body)
	}
	body = ts.get("/_doku/translate/messages?locale=de&q=pages").Body.String()
	f = form(t, body, `data-message-id="Pages"`)
	if f.Get("one") != "eine Seite" || !f.Has("other") {
		t.Fatalf("the plural message has no field per form: %v", f)
	}
	f.Set("one", "eine Seite")
	f.Set("other", "{{.Count}} Seiten insgesamt")
	if w := ts.post("/_doku/translate/messages", origin, f); w.Code != http.StatusSeeOther {
		t.Fatalf("save: %d\n%s", w.Code, w.Body)
	}
	got := ts.read("locales/de.toml")
	for _, want := range []string{"other = \"Hallo, {{.Name}}\"\n\n[Pages]", "one = \"eine Seite\"\nother = \"{{.Count}} Seiten insgesamt\"\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("de.toml lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "untranslated") {
		t.Errorf("the untranslated marker stayed:\n%s", got)
	}
	ts.checkCatalog()
}

func TestSaveValidates(t *testing.T) {
	ts := newTestSite(t)
	body := ts.get("/_doku/translate/messages?locale=de&q=pages").Body.String()
	for _, tc := range []struct{ one, other, want string }{
		{"eine Seite", "Seiten", "{{.Count}} is missing"},
		{"", "{{.Count}} Seiten", `the form &#34;one&#34; is empty`},
		{"eine Seite", "{{.Count}} Seiten {{.Count", "not a valid message"},
		{"eine Seite", "{{.Count}} {{template \"x\"}}", "is not a placeholder"},
	} {
		f := form(t, body, `data-message-id="Pages"`)
		f.Set("one", tc.one)
		f.Set("other", tc.other)
		w := ts.post("/_doku/translate/messages", origin, f)
		if w.Code != http.StatusUnprocessableEntity {
			t.Errorf("%q/%q: %d, want 422", tc.one, tc.other, w.Code)
			continue
		}
		if !strings.Contains(w.Body.String(), tc.want) || !strings.Contains(w.Body.String(), `aria-invalid="true"`) {
			t.Errorf("%q/%q: the page does not show %q beside the field:\n%s", tc.one, tc.other, tc.want, w.Body)
		}
		if got := ts.read("locales/de.toml"); got != testDE {
			t.Fatalf("a rejected save changed de.toml:\n%s", got)
		}
	}
}

func TestSaveConflict(t *testing.T) {
	ts := newTestSite(t)
	body := ts.get("/_doku/translate/messages?locale=de&q=site.title").Body.String()
	first, second := form(t, body, `data-message-id="Site.Title"`), form(t, body, `data-message-id="Site.Title"`)
	first.Set("other", "Erster Titel")
	second.Set("other", "Zweiter Titel")
	if w := ts.post("/_doku/translate/messages", origin, first); w.Code != http.StatusSeeOther {
		t.Fatalf("first save: %d", w.Code)
	}
	w := ts.post("/_doku/translate/messages", origin, second)
	if w.Code != http.StatusConflict {
		t.Fatalf("a save against a changed message: %d, want 409", w.Code)
	}
	for _, want := range []string{"Erster Titel", "Zweiter Titel", "Theirs", "Yours"} {
		if !strings.Contains(w.Body.String(), want) {
			t.Errorf("the conflict page lacks %q", want)
		}
	}
	if got := ts.read("locales/de.toml"); !strings.Contains(got, "Erster Titel") || strings.Contains(got, "Zweiter") {
		t.Errorf("the conflicting save was written:\n%s", got)
	}
	// The conflict page's form carries the new version: saving it again
	// replaces the other text on purpose.
	again := form(t, w.Body.String(), `data-message-id="Site.Title"`)
	if again.Get("other") != "Zweiter Titel" {
		t.Errorf("the conflict page lost the translator's text: %v", again)
	}
	if w := ts.post("/_doku/translate/messages", origin, again); w.Code != http.StatusSeeOther {
		t.Fatalf("saving again after a conflict: %d", w.Code)
	}
	if got := ts.read("locales/de.toml"); !strings.Contains(got, "Zweiter Titel") {
		t.Errorf("the second save after the conflict is not in the file:\n%s", got)
	}
}

// TestConcurrentSaves has 50 clients save 50 different messages at once:
// every one must be in the file afterwards.
func TestConcurrentSaves(t *testing.T) {
	const n = 50
	var en, de strings.Builder
	en.WriteString(testEN)
	de.WriteString(testDE)
	for i := range n {
		fmt.Fprintf(&en, "\n[Msg.%02d]\ndescription = \"Message %d.\"\nother = \"Message %d\"\n", i, i, i)
		fmt.Fprintf(&de, "\n# Nachricht %d\n[Msg.%02d]\ndescription = \"Message %d.\"\nother = \"Nachricht %d\"\n", i, i, i, i)
	}
	ts := newTestSite(t, "locales/en-US.toml", en.String(), "locales/de.toml", de.String())
	body := ts.get("/_doku/translate/messages?locale=de&q=msg.&page=1").Body.String()
	forms := make([]url.Values, n)
	for i := range n {
		forms[i] = form(t, body, fmt.Sprintf(`data-message-id="Msg.%02d"`, i))
		forms[i].Set("other", fmt.Sprintf("Gespeichert %d", i))
	}
	var wg sync.WaitGroup
	codes := make([]int, n)
	for i := range n {
		wg.Go(func() { codes[i] = ts.post("/_doku/translate/messages", origin, forms[i]).Code })
	}
	wg.Wait()
	got := ts.read("locales/de.toml")
	for i := range n {
		if codes[i] != http.StatusSeeOther {
			t.Errorf("client %d: %d", i, codes[i])
		}
		if !strings.Contains(got, fmt.Sprintf("# Nachricht %d\n[Msg.%02d]\n", i, i)) || !strings.Contains(got, fmt.Sprintf("other = \"Gespeichert %d\"\n", i)) {
			t.Errorf("message %d is not saved, or lost its comment", i)
		}
	}
	ts.checkCatalog()
}

func TestSaveNewCatalog(t *testing.T) {
	// A locale the site has no catalog of yet (doku ships none either):
	// the first save makes the file.
	ts := newTestSite(t, "content/en-us/a/index.md", "---\ntitle: A\nslug: A\n---\n", "content/fr/a/index.md", "---\ntitle: A\nslug: A\n---\n")
	body := ts.get("/_doku/translate/messages?locale=fr&q=site.title").Body.String()
	f := form(t, body, `data-message-id="Site.Title"`)
	f.Set("other", "Référence")
	if w := ts.post("/_doku/translate/messages", origin, f); w.Code != http.StatusSeeOther {
		t.Fatalf("save: %d\n%s", w.Code, w.Body)
	}
	if got := ts.read("locales/fr.toml"); !strings.HasPrefix(got, "[Site.Title]\ndescription = \"Name of the site.\"\nhash = ") || !strings.HasSuffix(got, "other = \"Référence\"\n") {
		t.Errorf("fr.toml reads\n%s", got)
	}
}
