package content

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"

	"github.com/doku-docs/doku/internal/diag"
)

// SetSourceCommit returns the page text src with l10n.sourceCommit set
// to commit: the value of an existing "sourceCommit:" line under "l10n:"
// is replaced, keeping the line's indentation; a missing key is added
// under "l10n:", and a missing "l10n:" before the closing "---". Every
// other byte stays as it was, line endings included.
//
// The result is decoded again and refused (an error, nothing to write)
// unless its front matter differs from the page's only in sourceCommit and
// its body is the same. A front matter that writes l10n another way (a
// flow mapping on one line) is refused with a hint to edit it by hand.
func SetSourceCommit(src []byte, commit string) ([]byte, error) {
	if !isCommit(commit) {
		return nil, fmt.Errorf("%q is not a commit hash", commit)
	}
	lines := strings.Split(string(src), "\n")
	eol := ""
	if strings.HasSuffix(lines[0], "\r") {
		eol = "\r"
	}
	end := -1 // the closing fence
	for i := 1; i < len(lines); i++ {
		if isFence([]byte(strings.TrimSuffix(lines[i], "\r"))) {
			end = i
			break
		}
	}
	if !isFence([]byte(strings.TrimSuffix(strings.TrimPrefix(lines[0], "\uFEFF"), "\r"))) || end < 0 {
		return nil, fmt.Errorf("the page has no front matter between two '---' lines")
	}
	out, err := setCommitLines(lines, end, eol, commit)
	if err != nil {
		return nil, err
	}
	res := []byte(strings.Join(out, "\n"))
	if err := sameButCommit(src, res, commit); err != nil {
		return nil, err
	}
	return res, nil
}

// setCommitLines edits the front matter lines[1:end].
func setCommitLines(lines []string, end int, eol, commit string) ([]string, error) {
	l10n := -1
	for i := 1; i < end; i++ {
		key, val, ok := strings.Cut(strings.TrimSuffix(lines[i], "\r"), ":")
		if ok && key == "l10n" {
			if v := strings.TrimSpace(val); v != "" && !strings.HasPrefix(v, "#") {
				return nil, fmt.Errorf("l10n is written on one line (%s); write it as 'l10n:' with 'sourceCommit: ...' indented below, or edit it by hand", strings.TrimSpace(lines[i]))
			}
			l10n = i
		}
	}
	with := func(at int, add ...string) []string {
		out := append([]string{}, lines[:at]...)
		out = append(out, add...)
		return append(out, lines[at:]...)
	}
	if l10n < 0 {
		return with(end, "l10n:"+eol, "  sourceCommit: "+commit+eol), nil
	}
	indent := "  "
	for i := l10n + 1; i < end; i++ {
		l := strings.TrimSuffix(lines[i], "\r")
		t := strings.TrimLeft(l, " \t")
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if len(t) == len(l) {
			break // the next top-level key: l10n has no sourceCommit
		}
		indent = l[:len(l)-len(t)]
		if key, _, ok := strings.Cut(t, ":"); ok && strings.TrimSpace(key) == "sourceCommit" {
			out := append([]string{}, lines...)
			out[i] = indent + "sourceCommit: " + commit + eol
			return out, nil
		}
	}
	return with(l10n+1, indent+"sourceCommit: "+commit+eol), nil
}

// sameButCommit decodes both texts and fails unless after's front matter
// is before's with sourceCommit set to commit, and the bodies are equal.
func sameButCommit(before, after []byte, commit string) error {
	var dc diag.Collector
	fa, ba, _, ok := ParseFrontMatter("before", before, false, &dc)
	if !ok {
		return fmt.Errorf("the page's front matter cannot be read: %v", dc.All())
	}
	fb, bb, _, ok := ParseFrontMatter("after", after, false, &dc)
	if !ok || fb.L10n.SourceCommit != commit {
		return fmt.Errorf("the edited front matter would not read sourceCommit %s (%v); nothing was written", commit, dc.All())
	}
	fb.L10n = fa.L10n
	if !reflect.DeepEqual(fa, fb) || !bytes.Equal(ba, bb) {
		return fmt.Errorf("setting sourceCommit would change more of the page; nothing was written")
	}
	return nil
}

// isCommit reports whether s looks like a full or abbreviated git hash.
func isCommit(s string) bool {
	if len(s) < 7 || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f') {
			return false
		}
	}
	return true
}
