package content

import (
	"fmt"
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/diag"

	"github.com/google/go-cmp/cmp"
)

const fmFile = "content/en-us/web/api/x/index.md"

// want is one expected diagnostic: its position, severity and a part of
// its message.
type want struct {
	line, col int
	sev       diag.Severity
	msg       string
}

func (w want) String() string {
	return fmt.Sprintf("%s:%d:%d: %s: ...%s...", fmFile, w.line, w.col, w.sev, w.msg)
}

// checkDiags compares the collected diagnostics with ws, one for one.
func checkDiags(t *testing.T, ds []diag.Diagnostic, ws []want) {
	t.Helper()
	if len(ds) != len(ws) {
		t.Errorf("got %d diagnostics, want %d", len(ds), len(ws))
	}
	for i := range max(len(ds), len(ws)) {
		switch {
		case i >= len(ds):
			t.Errorf("missing diagnostic %v", ws[i])
		case i >= len(ws):
			t.Errorf("unexpected diagnostic %v", ds[i])
		default:
			d, w := ds[i], ws[i]
			if d.Pos.File != fmFile || d.Pos.Line != w.line || d.Pos.Col != w.col || d.Severity != w.sev ||
				!strings.Contains(d.Message, w.msg) || d.Kind != "front-matter" {
				t.Errorf("diagnostic %d = %v\nwant %v [front-matter]", i, d, w)
			}
		}
	}
}

func TestParseFrontMatterAllKeys(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		want     FrontMatter
		wantBody string
		wantLine int
	}{
		{
			name: "every key, browser-compat as a string",
			src: `---
title: "CloseEvent: ` + "`code`" + ` property"
short-title: code
slug: Web/API/CloseEvent/code
page-type: web-api-instance-property
status:
  - experimental
  - deprecated
browser-compat: api.CloseEvent.code
spec-urls:
  - https://websockets.spec.whatwg.org/#dom-closeevent-code
  - https://www.rfc-editor.org/rfc/rfc6455
sidebar: apiref
l10n:
  sourceCommit: 0123456789abcdef0123456789abcdef01234567
---
Body
`,
			want: FrontMatter{
				Title:         "CloseEvent: code property",
				TitleSource:   "CloseEvent: `code` property",
				ShortTitle:    "code",
				Slug:          "Web/API/CloseEvent/code",
				PageType:      "web-api-instance-property",
				Status:        []string{"experimental", "deprecated"},
				BrowserCompat: StringList{"api.CloseEvent.code"},
				SpecURLs: StringList{
					"https://websockets.spec.whatwg.org/#dom-closeevent-code",
					"https://www.rfc-editor.org/rfc/rfc6455",
				},
				Sidebar: "apiref",
				L10n:    L10n{SourceCommit: "0123456789abcdef0123456789abcdef01234567"},
			},
			wantBody: "Body\n",
			wantLine: 17,
		},
		{
			name: "browser-compat as a list, spec-urls as a string, flow status",
			src: `---
title: WebSocket
slug: Web/API/WebSocket
status: [experimental]
browser-compat:
  - api.WebSocket
  - api.CloseEvent
spec-urls: https://websockets.spec.whatwg.org/
---
`,
			want: FrontMatter{
				Title:         "WebSocket",
				TitleSource:   "WebSocket",
				Slug:          "Web/API/WebSocket",
				Status:        []string{"experimental"},
				BrowserCompat: StringList{"api.WebSocket", "api.CloseEvent"},
				SpecURLs:      StringList{"https://websockets.spec.whatwg.org/"},
			},
			wantBody: "",
			wantLine: 10,
		},
		{
			name: "translation: l10n.sourceCommit, CRLF and BOM",
			src:  "\uFEFF---\r\ntitle: CloseEvent\r\nslug: Web/API/CloseEvent\r\nl10n:\r\n  sourceCommit: abc123\r\n---\r\nText\r\n",
			want: FrontMatter{
				Title:       "CloseEvent",
				TitleSource: "CloseEvent",
				Slug:        "Web/API/CloseEvent",
				L10n:        L10n{SourceCommit: "abc123"},
			},
			wantBody: "Text\r\n",
			wantLine: 7,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var dc diag.Collector
			fm, body, line, ok := ParseFrontMatter(fmFile, []byte(tt.src), true, &dc)
			if !ok {
				t.Errorf("ok = false, want true")
			}
			if ds := dc.All(); len(ds) > 0 {
				t.Errorf("unexpected diagnostics: %v", ds)
			}
			if diff := cmp.Diff(tt.want, fm); diff != "" {
				t.Errorf("front matter (-want +got):\n%s", diff)
			}
			if string(body) != tt.wantBody || line != tt.wantLine {
				t.Errorf("body %q on line %d, want %q on line %d", body, line, tt.wantBody, tt.wantLine)
			}
		})
	}
}

// TestParseFrontMatterProblems checks what is reported, where, and whether
// the page stays usable.
func TestParseFrontMatterProblems(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		strict bool
		wantOK bool
		want   []want
	}{
		{
			name:   "unknown key is a warning when not strict",
			src:    "---\ntitle: T\nslug: S\nx-custom: 1\n---\n",
			wantOK: true,
			want:   []want{{4, 1, diag.Warning, `unknown front-matter key "x-custom"`}},
		},
		{
			name:   "MDN's original_slug of a moved translation is known, even when strict",
			src:    "---\ntitle: T\nslug: S\noriginal_slug: Old/S\n---\n",
			strict: true,
			wantOK: true,
		},
		{
			name:   "unknown key is an error when strict",
			src:    "---\ntitle: T\nslug: S\nx-custom: 1\n---\n",
			strict: true,
			wantOK: true,
			want:   []want{{4, 1, diag.Error, `unknown front-matter key "x-custom"`}},
		},
		{
			name:   "unknown key in a flow mapping: column of the key",
			src:    "---\n{title: T, slug: S, extra: 1}\n---\n",
			strict: true,
			wantOK: true,
			want:   []want{{2, 21, diag.Error, `unknown front-matter key "extra"`}},
		},
		{
			name: "unknown key after a BOM and CRLF lines",
			src:  "\uFEFF---\r\ntitle: T\r\nslug: S\r\n\r\n  # note\r\nfoo: bar\r\n---\r\n",
			// foo is on line 6 of the file.
			wantOK: true,
			want:   []want{{6, 1, diag.Warning, `unknown front-matter key "foo"`}},
		},
		{
			name:   "duplicate key, reported at the second one",
			src:    "---\ntitle: A\nslug: S\ntitle: B\n---\n",
			wantOK: false,
			want:   []want{{4, 1, diag.Error, `key "title" appears twice`}},
		},
		{
			name:   "status as a string is a bad value, at the value",
			src:    "---\ntitle: T\nslug: S\nstatus: experimental\n---\n",
			wantOK: false,
			want:   []want{{4, 9, diag.Error, `bad value for "status"`}},
		},
		{
			name:   "title as a mapping, value on the next line",
			src:    "---\nslug: S\ntitle:\n  en: x\n---\n",
			wantOK: false,
			want:   []want{{4, 3, diag.Error, `bad value for "title"`}},
		},
		{
			name:   "l10n as a list",
			src:    "---\ntitle: T\nslug: S\nl10n:\n  - abc\n---\n",
			wantOK: false,
			want:   []want{{5, 3, diag.Error, `bad value for "l10n"`}},
		},
		{
			name:   "browser-compat as a mapping",
			src:    "---\ntitle: T\nslug: S\nbrowser-compat: {a: b}\n---\n",
			wantOK: false,
			want:   []want{{4, 17, diag.Error, `bad value for "browser-compat"`}},
		},
		{
			name:   "invalid YAML: mapping value inside a value",
			src:    "---\ntitle: T\nslug: a: b\n---\n",
			wantOK: false,
			want:   []want{{3, 1, diag.Error, "not valid YAML"}},
		},
		{
			name:   "invalid YAML: tab indentation",
			src:    "---\ntitle: T\n\tslug: S\n---\n",
			wantOK: false,
			want:   []want{{3, 1, diag.Error, "not valid YAML"}},
		},
		{
			name:   "invalid YAML: list item after keys",
			src:    "---\ntitle: T\nslug: S\n- x\n---\n",
			wantOK: false,
			want:   []want{{4, 1, diag.Error, "not valid YAML"}},
		},
		{
			name:   "invalid YAML: unclosed flow list",
			src:    "---\ntitle: T\nslug: S\nstatus: [a\n---\n",
			wantOK: false,
			want:   []want{{4, 1, diag.Error, "not valid YAML"}},
		},
		{
			name:   "invalid YAML: unclosed quote, reported where it opens",
			src:    "---\ntitle: \"T\nslug: S\n---\n",
			wantOK: false,
			want:   []want{{2, 1, diag.Error, "not valid YAML"}},
		},
		{
			name:   "invalid YAML after a flow list over two lines",
			src:    "---\ntitle: T\nstatus: [a,\n  b]\nslug: S\n- x\n---\n",
			wantOK: false,
			want:   []want{{6, 1, diag.Error, "not valid YAML"}},
		},
		// What the front matter leaves out, the page's path and first
		// heading give (see Load): none of these is a problem here.
		{name: "missing title", src: "---\nslug: S\n---\n", wantOK: true},
		{name: "missing slug", src: "---\ntitle: T\n---\n", wantOK: true},
		{name: "empty front matter", src: "---\n---\nText\n", wantOK: true},
		{
			name:   "front matter is a list",
			src:    "---\n- title\n- slug\n---\n",
			wantOK: false,
			want:   []want{{2, 1, diag.Error, "must be a mapping"}},
		},
		{name: "no front matter", src: "# Title\n", wantOK: true},
		{
			name:   "unterminated front matter",
			src:    "---\ntitle: T\nslug: S\n",
			wantOK: false,
			want:   []want{{1, 1, diag.Error, "not closed"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var dc diag.Collector
			_, _, _, ok := ParseFrontMatter(fmFile, []byte(tt.src), tt.strict, &dc)
			if ok != tt.wantOK {
				t.Errorf("ok = %v, want %v", ok, tt.wantOK)
			}
			checkDiags(t, dc.All(), tt.want)
		})
	}
}

// TestParseFrontMatterDuplicateKeepsFirst checks that the first of two
// equal keys is the one used.
func TestParseFrontMatterDuplicateKeepsFirst(t *testing.T) {
	var dc diag.Collector
	fm, _, _, _ := ParseFrontMatter(fmFile, []byte("---\ntitle: First\nslug: S\ntitle: Second\n---\n"), false, &dc)
	if fm.Title != "First" {
		t.Errorf("Title = %q, want %q", fm.Title, "First")
	}
}
