package bench

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/doku-docs/doku/internal/site"
)

// Targets of doku serve on the real tree.
const (
	TargetServeFirst   = 10 * time.Second       // the first page after start
	TargetServeRSS     = 1 << 30                // peak RSS, the pass over every page included
	TargetServePage    = 50 * time.Millisecond  // a page edit until it is served
	TargetServeCatalog = time.Second            // a catalog message edit until a page shows it
	TargetServeStop    = time.Second            // SIGTERM until exit, mid-pass
	serveWait          = 20 * time.Minute       // the longest the bench waits for the pass
	servePoll          = 2 * time.Millisecond   // how often it asks for an edited page
	serveEditMax       = 30 * time.Second       // the longest it waits for an edit to show
	serveStartMax      = 5 * time.Minute        // the longest it waits for the address
	serveClient        = 30 * time.Second       // one request's timeout
	serveSettle        = 300 * time.Millisecond // between the edit that starts a pass and SIGTERM
)

// ServeRun is one measured doku serve session: from start to the first
// page answered, a page edit and a catalog message edit until the page
// shows them, the first pass over every page, the peak memory (VmHWM)
// after it, and SIGTERM until exit while a second pass runs.
type ServeRun struct {
	First, Page, Catalog, Pass, Stop time.Duration
	RSS                              int64
}

// servePage is the German page the serve bench reads and edits: the first
// below de/web in name order (MDN's writing guides quote macros) that shows a CSS property's formal definition, whose row
// labels are the catalog's first messages (changeMessage edits the first).
// It returns the file (relative to dir) and the page's URL path.
func servePage(dir string) (string, string, error) {
	var file, slug string
	err := filepath.WalkDir(filepath.Join(dir, "de", "web"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || file != "" || d.IsDir() || d.Name() != "index.md" {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil || !bytes.Contains(b, []byte("{{CSSInfo}}")) {
			return err
		}
		for _, line := range strings.Split(string(b), "\n") {
			if s, ok := strings.CutPrefix(line, "slug: "); ok {
				file, slug = p, strings.Trim(s, `"' `)
				break
			}
		}
		return nil
	})
	if err == nil && file == "" {
		err = fmt.Errorf("%s has no German page with {{CSSInfo}}", dir)
	}
	if err != nil {
		return "", "", err
	}
	rel, err := filepath.Rel(dir, file)
	return rel, "/" + strings.TrimSuffix(site.OutPath("de", slug), "index.html"), err
}

// firstMessage is the text changeMessage changes: the first `other = "`
// value of a catalog.
func firstMessage(b []byte) string {
	_, rest, _ := bytes.Cut(b, []byte(`other = "`))
	v, _, _ := bytes.Cut(rest, []byte(`"`))
	return string(v)
}

// measureServe runs one doku serve session on the tree (see ServeRun).
// args are doku serve's site flags; log receives its output.
func measureServe(opt Options, dirs layout, args []string, log string) (ServeRun, error) {
	var r ServeRun
	page, url, err := servePage(dirs.work)
	if err != nil {
		return r, err
	}
	f, err := os.Create(log)
	if err != nil {
		return r, err
	}
	defer f.Close()
	cmd := exec.Command(opt.Doku, append([]string{"serve", "-addr", "127.0.0.1:0"}, args...)...)
	cmd.Stderr = f
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return r, err
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return r, err
	}
	defer cmd.Process.Kill() // on an error; a no-op after the exit
	base, err := serveAddr(stdout)
	if err != nil {
		return r, fmt.Errorf("doku serve (see %s): %w", log, err)
	}
	client := &http.Client{Timeout: serveClient}
	if _, err := fetch(client, base+url); err != nil {
		return r, err
	}
	r.First = time.Since(start)
	if err := serveEdits(opt, dirs, client, base+url, page, &r); err != nil {
		return r, err
	}
	if r.Pass, err = waitPass(log, start); err != nil {
		return r, err
	}
	r.RSS = vmHWM(cmd.Process.Pid)
	// A title edit makes every German page's sidebar stale: a second
	// pass starts, and SIGTERM comes in the middle of it.
	work := filepath.Join(dirs.work, page)
	if err := edit(work, func(b []byte) ([]byte, error) {
		return bytes.Replace(b, []byte("\ntitle: "), []byte("\ntitle: Bench "), 1), nil
	}); err != nil {
		return r, err
	}
	defer restore(filepath.Join(dirs.tree, page), work)
	time.Sleep(serveSettle)
	stop := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		return r, err
	}
	err = cmd.Wait()
	r.Stop = time.Since(stop)
	return r, err
}

// serveEdits edits the page and the catalog, timing each until url shows
// it, and puts both back.
func serveEdits(opt Options, dirs layout, client *http.Client, url, page string, r *ServeRun) error {
	work := filepath.Join(dirs.work, page)
	if err := edit(work, addParagraph); err != nil {
		return err
	}
	var err error
	r.Page, err = until(client, url, "One more sentence, added by the bench.")
	if rerr := restore(filepath.Join(dirs.tree, page), work); err == nil {
		err = rerr
	}
	if err != nil {
		return err
	}
	src, err := os.ReadFile(filepath.Join(opt.Repo, "locales", "de.toml"))
	if err != nil {
		return err
	}
	if body, err := fetch(client, url); err != nil || !strings.Contains(body, firstMessage(src)) {
		return fmt.Errorf("%s does not show %q, the message the bench changes (%v)", url, firstMessage(src), err)
	}
	cat := filepath.Join(dirs.root, "locales", "de.toml")
	if err := edit(cat, changeMessage); err != nil {
		return err
	}
	r.Catalog, err = until(client, url, "~"+firstMessage(src))
	if rerr := restore(filepath.Join(opt.Repo, "locales", "de.toml"), cat); err == nil {
		err = rerr
	}
	return err
}

// serveAddr reads doku serve's output until it says where it listens.
func serveAddr(r io.Reader) (string, error) {
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
		_, _ = io.Copy(io.Discard, r)
	}()
	timeout := time.After(serveStartMax)
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				return "", fmt.Errorf("it ended before it listened")
			}
			if _, rest, ok := strings.Cut(line, "serving http://"); ok {
				addr, _, _ := strings.Cut(rest, "/")
				go func() {
					for range lines {
					}
				}()
				return "http://" + addr, nil
			}
		case <-timeout:
			return "", fmt.Errorf("no address after %v", serveStartMax)
		}
	}
}

// fetch gets url and returns its body; any status but 200 is an error.
func fetch(c *http.Client, url string) (string, error) {
	resp, err := c.Get(url)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err == nil && resp.StatusCode != http.StatusOK {
		err = fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return string(b), err
}

// until asks for url until its body holds want, and returns how long
// that took.
func until(c *http.Client, url, want string) (time.Duration, error) {
	start := time.Now()
	for time.Since(start) < serveEditMax {
		body, err := fetch(c, url)
		if err != nil {
			return 0, err
		}
		if strings.Contains(body, want) {
			return time.Since(start), nil
		}
		time.Sleep(servePoll)
	}
	return 0, fmt.Errorf("%s did not show %q within %v", url, want, serveEditMax)
}

// waitPass waits until doku serve's log says the first pass over the
// pages is done (its line "doku: checked N page(s) ..."), and returns the
// time since start.
func waitPass(log string, start time.Time) (time.Duration, error) {
	for time.Since(start) < serveWait {
		b, err := os.ReadFile(log)
		if err != nil {
			return 0, err
		}
		if slices.ContainsFunc(strings.Split(string(b), "\n"), func(l string) bool {
			_, ok := checkedPages(l)
			return ok
		}) {
			return time.Since(start), nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return 0, fmt.Errorf("the pass over the pages did not end within %v (see %s)", serveWait, log)
}

// checkedPages reads the count of a "doku: checked N page(s)" line.
func checkedPages(line string) (int, bool) {
	rest, ok := strings.CutPrefix(line, "doku: checked ")
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(strings.Fields(rest)[0])
	return n, err == nil
}

// vmHWM is the peak resident set of process pid, 0 where unknown.
func vmHWM(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// serveRows measures doku serve opt.Runs times and prints the medians
// against the targets. Only a real tree has the German page it reads.
func serveRows(w io.Writer, opt Options, dirs layout, args []string) error {
	var runs []ServeRun
	for i := range opt.Runs {
		r, err := measureServe(opt, dirs, args, filepath.Join(dirs.logs, fmt.Sprintf("serve-%d.log", i+1)))
		if err != nil {
			return err
		}
		runs = append(runs, r)
	}
	med := func(f func(ServeRun) time.Duration) time.Duration {
		var ds []time.Duration
		for _, r := range runs {
			ds = append(ds, f(r))
		}
		slices.Sort(ds)
		return ds[len(ds)/2]
	}
	var rss int64
	for _, r := range runs {
		rss = max(rss, r.RSS)
	}
	fmt.Fprintf(w, "\ndoku serve, median of %d session(s):\n", len(runs))
	line := func(label string, d, target time.Duration) {
		fmt.Fprintf(w, "  %-40s %10s  (target ≤ %s: %s)\n", label, ms(d), ms(target), verdict(d <= target))
	}
	line("first page answered after start", med(func(r ServeRun) time.Duration { return r.First }), TargetServeFirst)
	line("page edit until served", med(func(r ServeRun) time.Duration { return r.Page }), TargetServePage)
	line("catalog message edit until shown", med(func(r ServeRun) time.Duration { return r.Catalog }), TargetServeCatalog)
	line("SIGTERM until exit, mid-pass", med(func(r ServeRun) time.Duration { return r.Stop }), TargetServeStop)
	fmt.Fprintf(w, "  %-40s %10s\n", "pass over every page done after start", secs(med(func(r ServeRun) time.Duration { return r.Pass })))
	fmt.Fprintf(w, "  %-40s %7d MB  (target ≤ %d MB: %s)\n", "peak RSS (VmHWM) after the pass", rss>>20, TargetServeRSS>>20, verdict(rss <= TargetServeRSS))
	return nil
}
