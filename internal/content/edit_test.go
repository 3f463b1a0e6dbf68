package content

import (
	"strings"
	"testing"
)

func TestSetSourceCommit(t *testing.T) {
	const c = "0123456789abcdef0123456789abcdef01234567"
	tests := []struct{ name, in, want string }{
		{"replace",
			"---\ntitle: X\nslug: A/B\nl10n:\n  sourceCommit: aaaaaaa # old\n---\n\nText\n",
			"---\ntitle: X\nslug: A/B\nl10n:\n  sourceCommit: " + c + "\n---\n\nText\n"},
		{"replace, other indentation and a key after",
			"---\ntitle: X\nl10n:\n    sourceCommit: \"aaaaaaa\"\nslug: A/B\n---\nText",
			"---\ntitle: X\nl10n:\n    sourceCommit: " + c + "\nslug: A/B\n---\nText"},
		{"add the key under l10n",
			"---\ntitle: X\nslug: A/B\nl10n:\n---\nText\n",
			"---\ntitle: X\nslug: A/B\nl10n:\n  sourceCommit: " + c + "\n---\nText\n"},
		{"add l10n",
			"---\r\ntitle: X\r\nslug: A/B\r\n---\r\nText\r\n",
			"---\r\ntitle: X\r\nslug: A/B\r\nl10n:\r\n  sourceCommit: " + c + "\r\n---\r\nText\r\n"},
		{"a fence in the body stays",
			"---\ntitle: X\nslug: A/B\n---\n---\nl10n: no\n",
			"---\ntitle: X\nslug: A/B\nl10n:\n  sourceCommit: " + c + "\n---\n---\nl10n: no\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := SetSourceCommit([]byte(tc.in), c)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestSetSourceCommitRefuses(t *testing.T) {
	const c = "0123456789abcdef0123456789abcdef01234567"
	for name, in := range map[string]string{
		"flow mapping":    "---\ntitle: X\nslug: A\nl10n: {sourceCommit: aaaaaaa}\n---\n",
		"no front matter": "title: X\n",
		"not closed":      "---\ntitle: X\n",
		"broken YAML":     "---\ntitle: [X\nslug: A\n---\n",
	} {
		if out, err := SetSourceCommit([]byte(in), c); err == nil {
			t.Errorf("%s: edited into %q", name, out)
		}
	}
	if _, err := SetSourceCommit([]byte("---\ntitle: X\nslug: A\n---\n"), "HEAD; rm -rf"); err == nil || !strings.Contains(err.Error(), "not a commit") {
		t.Errorf("a name that is not a hash was accepted: %v", err)
	}
}
