package pagestate

import (
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// HistoryKey names what the history of the content tree at dir is read
// from, so that two builds with the same key read the same history (as
// far as Settled says): the repository's folder, the commit HEAD names,
// and the names in its object store (a fetch can bring a commit a page
// names without moving HEAD; it adds a pack or loose objects), or why
// there is no history (no git, not a repository, git failing).
func HistoryKey(dir string) string {
	if _, err := exec.LookPath("git"); err != nil {
		return NoGit
	}
	h := &History{dir: dir}
	out, err := h.git(nil, "rev-parse", "--show-toplevel", "--git-common-dir", "HEAD")
	if err != nil {
		if strings.Contains(err.Error(), "not a git repository") {
			return NotARepo
		}
		return GitFailed + ": " + err.Error()
	}
	lines := strings.Fields(string(out))
	if len(lines) < 3 {
		return GitFailed
	}
	common := lines[1]
	if !filepath.IsAbs(common) {
		common = filepath.Join(dir, common)
	}
	return fmt.Sprintf("%s %s objects %x", lines[0], lines[2], objectNames(common))
}

// objectNames is a digest of the names in the object store of the git
// folder gitDir (packs, the folders of loose objects), of its list of
// alternate stores and of its shallow file.
func objectNames(gitDir string) [32]byte {
	h := sha256.New()
	objects := filepath.Join(gitDir, "objects")
	dirs := []string{filepath.Join(objects, "pack")}
	for i := range 256 {
		dirs = append(dirs, filepath.Join(objects, fmt.Sprintf("%02x", i)))
	}
	for _, d := range dirs {
		entries, _ := os.ReadDir(d)
		for _, e := range entries {
			fmt.Fprintf(h, "%s/%s\x00", filepath.Base(d), e.Name())
		}
	}
	for _, f := range []string{filepath.Join(objects, "info", "alternates"), filepath.Join(gitDir, "shallow")} {
		b, _ := os.ReadFile(f)
		fmt.Fprintf(h, "%s\x00%s\x00", f, b)
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

// Settled reports whether h is all that HistoryKey tells: a history git
// failed to read in part is not.
func (h *History) Settled() bool {
	return h.Reason != GitFailed && !h.failed
}
