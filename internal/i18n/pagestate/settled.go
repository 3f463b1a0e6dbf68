package pagestate

import (
	"os/exec"
	"strings"
)

// HistoryKey names what the history of the content tree at dir is read
// from: its repository's folder and the commit its HEAD names, or why
// there is no history (no git, not a repository, git failing). Two builds
// with the same key read the same history, as far as Settled says.
func HistoryKey(dir string) string {
	if _, err := exec.LookPath("git"); err != nil {
		return NoGit
	}
	h := &History{dir: dir}
	out, err := h.git(nil, "rev-parse", "--show-toplevel", "HEAD")
	if err != nil {
		if strings.Contains(err.Error(), "not a git repository") {
			return NotARepo
		}
		return GitFailed + ": " + err.Error()
	}
	return strings.TrimSpace(string(out))
}

// Settled reports whether h is all that HistoryKey tells: the history of one
// commit, or none for a reason that stays until HistoryKey changes. A history
// git failed to read, or one that misses a commit a page names (which a
// fetch could bring without moving HEAD), is not.
func (h *History) Settled() bool {
	switch h.Reason {
	case "":
		return !h.unresolved
	case NoGit, NotARepo:
		return true
	}
	return false
}
