package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// progress shows how a long command goes. On a terminal it redraws one
// line, the stage with a bar of pages done out of the total and the time
// elapsed, ten times a second; elsewhere (a pipe, a file, CI's log) it
// draws nothing, so that the log holds only the summary. With verbose it
// prints each stage's time when it finishes. It is a pipeline.Progress.
type progress struct {
	w       io.Writer
	verbose bool
	start   time.Time

	mu      sync.Mutex
	stage   string
	total   int
	stageAt time.Time
	stages  []string

	done    atomic.Int64
	stop    chan struct{}
	stopped chan struct{}
}

// flagsProgress are the -q and -v flags of a command that shows progress.
type flagsProgress struct{ quiet, verbose bool }

func (f *flagsProgress) register(fs interface {
	BoolVar(*bool, string, bool, string)
}) {
	fs.BoolVar(&f.quiet, "q", false, "quiet: no progress bar and no summary, only problems")
	fs.BoolVar(&f.verbose, "v", false, "verbose: the time of each stage, and details such as the search indexes' sizes")
}

// newProgress starts showing progress on w; bar says to draw the bar
// (see isTerminal).
func newProgress(w io.Writer, bar, verbose bool) *progress {
	p := &progress{w: w, verbose: verbose, start: time.Now()}
	if bar {
		p.stop, p.stopped = make(chan struct{}), make(chan struct{})
		go p.redraw()
	}
	return p
}

// isTerminal reports whether w is a terminal a bar can be redrawn on: a
// character device, unless TERM says it cannot move the cursor.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("TERM") == "dumb" {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// Stage ends the stage under way and begins the stage name; total is
// the number of pages it goes through, 0 if it does not count.
func (p *progress) Stage(name string, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	p.endStage(now)
	p.stage, p.total, p.stageAt = name, total, now
	p.done.Store(0)
}

// Page counts one more page done; safe to call from several goroutines.
func (p *progress) Page() { p.done.Add(1) }

// endStage records the time of the stage under way; p.mu is held.
func (p *progress) endStage(now time.Time) {
	if p.stage == "" {
		return
	}
	s := fmt.Sprintf("doku: %-11s %8v", p.stage, now.Sub(p.stageAt).Round(time.Millisecond))
	if p.total > 0 {
		s += fmt.Sprintf("  (%d pages)", p.done.Load())
	}
	p.stages = append(p.stages, s)
	p.stage = ""
}

// Finish stops the bar and clears its line; with verbose, it prints the
// time of every stage.
func (p *progress) Finish() {
	if p.stop != nil {
		close(p.stop)
		<-p.stopped
		fmt.Fprint(p.w, "\r\033[K")
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.endStage(time.Now())
	if p.verbose {
		for _, s := range p.stages {
			fmt.Fprintln(p.w, s)
		}
	}
}

func (p *progress) redraw() {
	defer close(p.stopped)
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			fmt.Fprint(p.w, "\r\033[K"+p.line(time.Now()))
		}
	}
}

// barWidth is the bar's width in characters.
const barWidth = 30

// line is what the bar shows at now: "doku: render [#####.....] 120/400
// pages 3.2s".
func (p *progress) line(now time.Time) string {
	p.mu.Lock()
	stage, total := p.stage, p.total
	p.mu.Unlock()
	elapsed := now.Sub(p.start).Round(100 * time.Millisecond)
	if total == 0 {
		return fmt.Sprintf("doku: %s  %v", stage, elapsed)
	}
	done := min(int(p.done.Load()), total)
	full := done * barWidth / total
	return fmt.Sprintf("doku: %s [%s%s] %d/%d pages  %v", stage,
		strings.Repeat("#", full), strings.Repeat(".", barWidth-full), done, total, elapsed)
}
