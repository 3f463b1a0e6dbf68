package content

import (
	"bytes"
	"testing"
)

// TestSplitFrontMatter checks where the YAML block ends, what the body is
// and on which line of the file the body starts.
func TestSplitFrontMatter(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		wantYAML string
		wantBody string
		wantLine int
		wantErr  bool
	}{
		{
			name:     "normal",
			src:      "---\ntitle: A\nslug: B\n---\n# Body\n",
			wantYAML: "title: A\nslug: B\n",
			wantBody: "# Body\n",
			wantLine: 5,
		},
		{
			name:     "CRLF line endings",
			src:      "---\r\ntitle: A\r\nslug: B\r\n---\r\nBody\r\n",
			wantYAML: "title: A\r\nslug: B\r\n",
			wantBody: "Body\r\n",
			wantLine: 5,
		},
		{
			name:     "byte order mark before the first fence",
			src:      "\uFEFF---\ntitle: A\n---\nBody",
			wantYAML: "title: A\n",
			wantBody: "Body",
			wantLine: 4,
		},
		{
			name:     "fences with trailing blanks",
			src:      "--- \t\ntitle: A\n---  \nBody\n",
			wantYAML: "title: A\n",
			wantBody: "Body\n",
			wantLine: 4,
		},
		{
			name:     "closing fence is the last line, without a newline",
			src:      "---\ntitle: A\n---",
			wantYAML: "title: A\n",
			wantBody: "",
			wantLine: 4,
		},
		{
			name:     "empty front matter",
			src:      "---\n---\nBody\n",
			wantYAML: "",
			wantBody: "Body\n",
			wantLine: 3,
		},
		{
			name:     "body starts with blank lines",
			src:      "---\ntitle: A\n---\n\n\nText\n",
			wantYAML: "title: A\n",
			wantBody: "\n\nText\n",
			wantLine: 4,
		},
		{
			name:     "a later '---' in the body is body",
			src:      "---\ntitle: A\n---\nx\n---\ny\n",
			wantYAML: "title: A\n",
			wantBody: "x\n---\ny\n",
			wantLine: 4,
		},
		{name: "no front matter", src: "# Title\n\nText\n", wantErr: true},
		{name: "empty file", src: "", wantErr: true},
		{name: "only a BOM", src: "\uFEFF", wantErr: true},
		{name: "four dashes are not a fence", src: "----\ntitle: A\n---\n", wantErr: true},
		{name: "indented opening fence", src: " ---\ntitle: A\n---\n", wantErr: true},
		{name: "front matter not on the first line", src: "\n---\ntitle: A\n---\n", wantErr: true},
		{name: "unterminated", src: "---\ntitle: A\nslug: B\n", wantErr: true},
		{name: "unterminated, no newline at all", src: "---", wantErr: true},
		{name: "unterminated, fence only with newline", src: "---\n", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			y, body, line, err := SplitFrontMatter([]byte(tt.src))
			if tt.wantErr {
				if err == nil {
					t.Fatalf("SplitFrontMatter(%q): no error, want one (yaml %q, body %q)", tt.src, y, body)
				}
				return
			}
			if err != nil {
				t.Fatalf("SplitFrontMatter(%q): %v", tt.src, err)
			}
			if string(y) != tt.wantYAML {
				t.Errorf("yaml = %q, want %q", y, tt.wantYAML)
			}
			if string(body) != tt.wantBody {
				t.Errorf("body = %q, want %q", body, tt.wantBody)
			}
			if line != tt.wantLine {
				t.Errorf("bodyLine = %d, want %d", line, tt.wantLine)
			}
		})
	}
}

// TestSplitFrontMatterBodyLine checks bodyLine against the file itself: the
// line holding MARK, counted in the whole file, must equal bodyLine plus
// the lines before MARK in the body.
func TestSplitFrontMatterBodyLine(t *testing.T) {
	srcs := []string{
		"---\ntitle: A\n---\nMARK\n",
		"---\ntitle: A\nslug: B\nstatus:\n  - x\n---\n\nintro\n\nMARK\n",
		"\uFEFF---\r\ntitle: A\r\n---\r\n\r\nMARK\r\n",
		"---\n# comment\n\n---\nMARK",
	}
	for _, src := range srcs {
		_, body, line, err := SplitFrontMatter([]byte(src))
		if err != nil {
			t.Fatalf("SplitFrontMatter(%q): %v", src, err)
		}
		i := bytes.Index(body, []byte("MARK"))
		if i < 0 {
			t.Fatalf("SplitFrontMatter(%q): body %q lost MARK", src, body)
		}
		got := line + bytes.Count(body[:i], []byte("\n"))
		j := bytes.Index([]byte(src), []byte("MARK"))
		want := 1 + bytes.Count([]byte(src[:j]), []byte("\n"))
		if got != want {
			t.Errorf("SplitFrontMatter(%q): MARK computed on line %d, it is on line %d", src, got, want)
		}
	}
}
