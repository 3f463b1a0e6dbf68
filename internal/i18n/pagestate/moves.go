package pagestate

import (
	"fmt"
	"os/exec"
	"strings"
)

// Head is the commit checked out in the repository holding dir, "" when
// there is none (no git, not a repository, no commit yet). A cache of
// history is good as long as Head does not change.
func Head(dir string) string {
	if _, err := exec.LookPath("git"); err != nil {
		return ""
	}
	h := &History{dir: dir}
	out, err := h.git(nil, "rev-parse", "HEAD")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// Last is the newest commit that changed the file at path (relative to
// the content tree), "" if there is none: what a translation made from
// the file as it is now names as its source commit.
func (h *History) Last(path string) string {
	if t := h.byFile[path]; len(t) > 0 {
		return h.commits[t[0]].hash
	}
	return ""
}

// Renames reads, with one git call, where the files of the source folder
// that git saw renamed went: old path → the path the file has now (a
// file renamed twice maps both old paths to the newest). Paths are
// relative to the content tree, as in Behind.
func (h *History) Renames() (map[string]string, error) {
	if !h.Available() {
		return nil, fmt.Errorf("no history: %s", h.Reason)
	}
	out, err := h.git(nil, "log", "--relative", "--format=", "--name-status", "-M", "--diff-filter=R", "--", SourceFolder())
	if err != nil {
		return nil, err
	}
	next := map[string]string{}
	for _, l := range strings.Split(string(out), "\n") {
		f := strings.Split(l, "\t")
		if len(f) != 3 || !strings.HasPrefix(f[0], "R") {
			continue
		}
		if _, seen := next[f[1]]; !seen { // newest first: a later rename of the same path wins
			next[f[1]] = f[2]
		}
	}
	moved := map[string]string{}
	for old, to := range next {
		for range len(next) { // bounded: a chain of renames back and forth ends
			n, ok := next[to]
			if !ok || n == old {
				break
			}
			to = n
		}
		moved[old] = to
	}
	return moved, nil
}

// DiffMoved is what changed between the file at from as of sourceCommit
// and the file at to as it is now (HEAD): the diff of a page whose
// English original was renamed since it was translated.
func (h *History) DiffMoved(sourceCommit, from, to string) (string, error) {
	if !h.Available() {
		return "", fmt.Errorf("no history: %s", h.Reason)
	}
	if !isHex(sourceCommit) {
		return "", fmt.Errorf("%q is not a commit hash", sourceCommit)
	}
	// "commit:./path" is relative to the folder git runs in, the content tree.
	out, err := h.git(nil, "diff", "--no-color", "--no-ext-diff", sourceCommit+":./"+from, "HEAD:./"+to)
	if err != nil {
		return "", err
	}
	return string(out), nil
}
