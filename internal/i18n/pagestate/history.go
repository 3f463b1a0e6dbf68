// Package pagestate tells how far each translated page is behind its English
// source, from the git history of the content tree, and gathers the state
// of a site's translations (pages and messages) for 'doku i18n status' and
// the status dashboard.
//
// History is read with one 'git log --name-only' over the source locale's
// folder, however many pages there are; diffs are asked for only when
// shown. Without git, or outside a repository, History says why and every
// page's staleness is unknown rather than wrong.
package pagestate

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"github.com/doku-docs/doku/internal/i18n"
)

// Why history can be missing, as codes the catalogs have messages for
// (Status.Page.unknown.<code>).
const (
	NoGit          = "no-git"           // git is not installed
	NotARepo       = "not-a-repo"       // the content is not in a git work tree
	GitFailed      = "git-failed"       // git ran but failed
	NoSourceCommit = "no-source-commit" // the page has no l10n.sourceCommit
	UnknownCommit  = "unknown-commit"   // sourceCommit is not in the history (shallow clone?)
	Untracked      = "untracked"        // the English page is not committed
)

// History is the commit history of the source pages of a content tree.
// It is read-only after Load and safe for concurrent use, but for Diff,
// which runs git.
type History struct {
	// Reason is why there is no history ("" when there is); Err the detail.
	Reason string
	Err    error

	dir     string
	commits []commit       // newest first
	byHash  map[string]int // full hash → index in commits
	byFile  map[string][]int
	// outside holds commits named by pages that did not touch the source
	// folder: their time, from one batched git call.
	outside map[string]time.Time
	// failed is set when git failed to resolve the commits pages name:
	// the history is then not all HistoryKey tells (see Settled).
	failed bool
}

type commit struct {
	hash string
	time time.Time
}

// Available reports whether staleness can be told.
func (h *History) Available() bool { return h.Reason == "" }

// Load reads the history of folder src (a locale's folder, "en-us") of the
// content tree at dir, and resolves the source commits pages name.
func Load(dir, src string, sourceCommits []string) *History {
	h := Read(dir, src)
	h.Resolve(sourceCommits)
	return h
}

// Read reads the history of folder src of the content tree at dir. It
// needs no page, so a build runs it while the pages load; Resolve then
// completes it.
func Read(dir, src string) *History {
	h := &History{dir: dir, byHash: map[string]int{}, byFile: map[string][]int{}, outside: map[string]time.Time{}}
	if _, err := exec.LookPath("git"); err != nil {
		h.Reason, h.Err = NoGit, err
		return h
	}
	out, err := h.git(nil, "log", "--relative", "--no-renames", "--format=%x00%H %ct", "--name-only", "--", src)
	if err != nil {
		h.Reason, h.Err = GitFailed, err
		if strings.Contains(err.Error(), "not a git repository") {
			h.Reason = NotARepo
		}
		return h
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "\x00") {
			hash, ts, _ := strings.Cut(l[1:], " ")
			sec, _ := strconv.ParseInt(ts, 10, 64)
			h.byHash[hash] = len(h.commits)
			h.commits = append(h.commits, commit{hash: hash, time: time.Unix(sec, 0).UTC()})
			continue
		}
		if l != "" && len(h.commits) > 0 {
			h.byFile[l] = append(h.byFile[l], len(h.commits)-1)
		}
	}
	return h
}

// Resolve finds the time of every source commit that did not touch the
// source folder, in one batched call.
func (h *History) Resolve(hashes []string) {
	if !h.Available() {
		return
	}
	var ask []string
	seen := map[string]bool{}
	for _, c := range hashes {
		if c == "" || seen[c] || h.find(c) >= 0 || !isHex(c) {
			continue
		}
		seen[c] = true
		ask = append(ask, c+"^{commit}")
	}
	if len(ask) == 0 {
		return
	}
	// cat-file reads many names and answers "missing" for unknown ones
	// instead of failing the whole call; it does not print dates, so the
	// commits found are then dated by one 'git show'.
	out, err := h.git(strings.NewReader(strings.Join(ask, "\n")+"\n"), "cat-file", "--batch-check=%(objectname)")
	if err != nil {
		h.failed = true
		return
	}
	var found []string
	for i, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if i < len(ask) && !strings.HasSuffix(l, "missing") && !strings.Contains(l, "ambiguous") {
			found = append(found, strings.TrimSpace(l))
		}
	}
	if len(found) == 0 {
		return
	}
	out, err = h.git(nil, append([]string{"show", "-s", "--format=%H %ct"}, found...)...)
	if err != nil {
		h.failed = true
		return
	}
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		hash, ts, _ := strings.Cut(l, " ")
		if sec, err := strconv.ParseInt(ts, 10, 64); err == nil {
			h.outside[hash] = time.Unix(sec, 0).UTC()
		}
	}
}

// find returns the index of the commit named by a full or abbreviated
// hash in the source folder's history, or -1.
func (h *History) find(c string) int {
	if i, ok := h.byHash[c]; ok {
		return i
	}
	if len(c) < 7 || len(c) >= 40 {
		return -1
	}
	for i, k := range h.commits {
		if strings.HasPrefix(k.hash, c) {
			return i
		}
	}
	return -1
}

// Behind is how far a translation is behind its English source.
type Behind struct {
	// Commits changed the English page since the source commit.
	Commits int `json:"commits,omitempty"`
	// Changed is when the English page last changed.
	Changed time.Time `json:"changed,omitzero"`
	// Reason is why staleness is unknown ("" when it is known).
	Reason string `json:"reason,omitempty"`
}

// Behind tells how many commits changed the source page at path (relative
// to the content tree, "en-us/web/api/x/index.md") after sourceCommit.
func (h *History) Behind(path, sourceCommit string) Behind {
	switch {
	case !h.Available():
		return Behind{Reason: h.Reason}
	case sourceCommit == "":
		return Behind{Reason: NoSourceCommit}
	}
	touched := h.byFile[path]
	if len(touched) == 0 {
		return Behind{Reason: Untracked}
	}
	b := Behind{Changed: h.commits[touched[0]].time}
	if i := h.find(sourceCommit); i >= 0 {
		for _, t := range touched {
			if t < i {
				b.Commits++
			}
		}
		return b
	}
	at, ok := h.outsideTime(sourceCommit)
	if !ok {
		return Behind{Reason: UnknownCommit, Changed: b.Changed}
	}
	for _, t := range touched {
		if h.commits[t].time.After(at) {
			b.Commits++
		}
	}
	return b
}

func (h *History) outsideTime(c string) (time.Time, bool) {
	for k, t := range h.outside {
		if strings.HasPrefix(k, c) {
			return t, true
		}
	}
	return time.Time{}, false
}

// Diffs returns what changed in English since sourceCommit, for each of
// paths (all pages translated from that commit), in one git call: the
// unified diff of each path, keyed by path.
func (h *History) Diffs(sourceCommit string, paths []string) (map[string]string, error) {
	if !h.Available() {
		return nil, fmt.Errorf("no history: %s", h.Reason)
	}
	if !isHex(sourceCommit) {
		return nil, fmt.Errorf("%q is not a commit hash", sourceCommit)
	}
	out, err := h.git(nil, append([]string{"diff", "--relative", "--no-color", "--no-ext-diff", sourceCommit, "HEAD", "--"}, paths...)...)
	if err != nil {
		return nil, err
	}
	diffs := map[string]string{}
	parts := strings.Split("\n"+string(out), "\ndiff --git ")
	for _, p := range parts[1:] {
		header, _, _ := strings.Cut(p, "\n")
		for _, path := range paths {
			if strings.HasSuffix(header, " b/"+path) {
				diffs[path] = "diff --git " + p
			}
		}
	}
	return diffs, nil
}

func (h *History) git(stdin *strings.Reader, args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"--literal-pathspecs", "-C", h.dir, "-c", "core.quotepath=off"}, args...)...)
	if stdin != nil {
		cmd.Stdin = stdin
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return nil, fmt.Errorf("git %s: %s", args[0], strings.TrimSpace(stderr.String()))
		}
		return nil, err
	}
	return out, nil
}

func isHex(s string) bool {
	if len(s) < 4 || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f') {
			return false
		}
	}
	return true
}

// PageState says where the translation of the English page at src stands
// when it was made from sourceCommit, and how far behind it is.
func (h *History) PageState(src, sourceCommit string) (i18n.State, Behind) {
	b := h.Behind(src, sourceCommit)
	switch {
	case b.Reason != "":
		return i18n.Unknown, b
	case b.Commits > 0:
		return i18n.Stale, b
	}
	return i18n.Translated, b
}
