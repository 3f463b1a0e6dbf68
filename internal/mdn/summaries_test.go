package mdn

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/macro"
)

func TestSummaryMarkdown(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"first paragraph", "Para one\nstill one.\n\nPara two.\n", "Para one\nstill one."},
		{"sidebar lines, headings and blank lines before it are skipped",
			"\n{{GlossarySidebar}}\n{{SeeCompatTable}}\n## Heading\n\nThe text.\n", "The text."},
		{"a call alone on a line ends it", "The text.\n{{EmbedLiveSample}}\nMore.\n", "The text."},
		{"calls in the text: Glossary gives its text, others their first argument in code, sidebars nothing",
			`A {{Glossary("HTTP")}} and {{Glossary("CORS", "cross-origin")}} {{domxref("Event")}} here {{APIRef}}{{Deprecated_Inline}}.`,
			"A HTTP and cross-origin <code>Event</code> here ."},
		{"an argument's markup is text", `The {{HTMLElement("<a>")}} and {{cssxref("&lt;color&gt;")}}.`,
			"The <code>&lt;a&gt;</code> and <code>&lt;color&gt;</code>."},
		{"escaped and broken calls stay text", `Write \{{Foo}} or {{bad("x"}}.`, `Write \{{Foo}} or {{bad("x"}}.`},
		{"nothing but calls and headings", "{{APIRef}}\n## Specs\n{{Specifications}}\n", ""},
	}
	for _, tt := range tests {
		if got := summaryMarkdown([]byte(tt.body)); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// glossaryTree has a glossary term with three meanings, one with no
// summary and one translated, and a landing page with two subpages.
func glossaryTree() fstest.MapFS {
	return fstest.MapFS{
		"en-us/glossary/cache/index.md":         mdPage("Cache", "Glossary/Cache", "{{GlossarySidebar}}\n\nThe word has more than one meaning:\n\n{{GlossaryDisambiguation}}\n"),
		"en-us/glossary/cache/http/index.md":    mdPage("Cache (HTTP)", "Glossary/Cache/HTTP", "{{GlossarySidebar}}\n\nA store of [responses](/en-US/docs/Web/HTTP) kept for reuse.\n\n## See also\n"),
		"en-us/glossary/cache/cpu/index.md":     mdPage("Cache (CPU)", "Glossary/Cache/CPU", "Memory near the processor, for {{Glossary(\"data\")}}.\n"),
		"en-us/glossary/cache/empty/index.md":   mdPage("Cache (empty)", "Glossary/Cache/empty", "{{GlossarySidebar}}\n## See also\n"),
		"en-us/web/http/index.md":               mdPage("HTTP", "Web/HTTP", "HTTP.\n"),
		"de/glossary/cache/index.md":            mdPage("Cache", "Glossary/Cache", "{{GlossaryDisambiguation}}\n"),
		"de/glossary/cache/http/index.md":       mdPage("Zwischenspeicher (HTTP)", "Glossary/Cache/HTTP", "Ein Speicher für [Antworten](/de/docs/Web/HTTP#x).\n"),
		"en-us/games/index.md":                  mdPage("Games", "Games", "{{SubpagesWithSummaries}}\n"),
		"en-us/games/tutorials/index.md":        mdPage("Tutorials", "Games/Tutorials", "Step by step.\n"),
		"en-us/games/tutorials/deep/index.md":   mdPage("Deep", "Games/Tutorials/Deep", "Not listed: two levels down.\n"),
		"en-us/games/anatomy/index.md":          mdPage("Anatomy of a game", "Games/Anatomy", "{{GamesSidebar}}\n\nHow a game *loops*.\n"),
		"en-us/games/techniques/other/index.md": mdPage("Other", "Games/Techniques/Other", "No page above: not listed.\n"),
	}
}

func TestGlossaryDisambiguation(t *testing.T) {
	got, err := run(t, treeEnv(t, glossaryTree(), "en-US", "Glossary/Cache"), "{{GlossaryDisambiguation}}")
	var de *macro.DataError
	if !asData(err, &de) || !de.Quiet || !strings.Contains(de.Msg, "no summary in files/en-us/glossary/cache/empty/index.md") {
		t.Fatalf("the page without a summary is not reported: %v", err)
	}
	got = de.HTML
	want := `<dl>` +
		`<dt><a href="CPU/index.html">Cache (CPU)</a></dt><dd>Memory near the processor, for data.</dd>` +
		`<dt><a href="empty/index.html">Cache (empty)</a></dt><dd>No summary available.</dd>` +
		`<dt><a href="HTTP/index.html">Cache (HTTP)</a></dt><dd>A store of <a href="../../Web/HTTP/index.html">responses</a> kept for reuse.</dd>` +
		`</dl>`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// A translation lists its own subpages, with their titles and
	// summaries; a link to a page not translated leads to English.
	got, err = run(t, treeEnv(t, glossaryTree(), "de", "Glossary/Cache"), "{{GlossaryDisambiguation}}")
	want = `<dl><dt><a href="HTTP/index.html">Zwischenspeicher (HTTP)</a></dt><dd>Ein Speicher für <a href="../../../../en-US/docs/Web/HTTP/index.html#x">Antworten</a>.</dd></dl>`
	if err != nil || got != want {
		t.Errorf("de: got %s, %v\nwant %s", got, err, want)
	}
}

func TestSubpagesWithSummaries(t *testing.T) {
	got, err := run(t, treeEnv(t, glossaryTree(), "en-US", "Games"), "{{SubpagesWithSummaries}}")
	want := `<dl>` +
		`<dt class="landingPageList"><a href="Anatomy/index.html">Anatomy of a game</a></dt><dd class="landingPageList"><p>How a game <em>loops</em>.</p></dd>` +
		`<dt class="landingPageList"><a href="Tutorials/index.html">Tutorials</a></dt><dd class="landingPageList"><p>Step by step.</p></dd>` +
		`</dl>`
	if err != nil || got != want {
		t.Errorf("got  %s, %v\nwant %s", got, err, want)
	}
	// Without the bodies of other pages: titles, and the note.
	env := treeEnv(t, glossaryTree(), "en-US", "Games")
	env.Body = nil
	if _, err := run(t, env, "{{SubpagesWithSummaries}}"); err == nil {
		t.Error("no bodies: no report")
	}
}
