package bench

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// Run is one measured run of a child process.
type Run struct {
	Wall time.Duration
	// CPU is the child's user and system time: on a machine shared with
	// other work it varies less than Wall.
	CPU time.Duration
	// MaxRSS is the child's peak resident set size in bytes, from the
	// kernel's accounting of the process (getrusage), 0 where unknown.
	MaxRSS int64
	// Last is the last line the child wrote to stderr.
	Last string
}

// Measure runs the command name args, with its stderr going to the file
// log, and measures its wall time and peak memory.
func Measure(log string, name string, args ...string) (Run, error) {
	f, err := os.Create(log)
	if err != nil {
		return Run{}, err
	}
	defer f.Close()
	var tail tailWriter
	cmd := exec.Command(name, args...)
	cmd.Stdout = f
	cmd.Stderr = multi{f, &tail}
	start := time.Now()
	err = cmd.Run()
	r := Run{Wall: time.Since(start), Last: tail.last()}
	if cmd.ProcessState != nil {
		r.MaxRSS = maxRSS(cmd.ProcessState)
		r.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	if err != nil {
		return r, fmt.Errorf("%s %s: %v (see %s): %s", name, strings.Join(args, " "), err, log, r.Last)
	}
	return r, nil
}

// multi writes to both writers; the second never fails.
type multi struct {
	f *os.File
	t *tailWriter
}

func (m multi) Write(p []byte) (int, error) {
	m.t.Write(p)
	return m.f.Write(p)
}

// tailWriter keeps the end of what was written, to show the last line.
type tailWriter struct{ buf []byte }

func (t *tailWriter) Write(p []byte) (int, error) {
	t.buf = append(t.buf, p...)
	if len(t.buf) > 8192 {
		t.buf = append(t.buf[:0], t.buf[len(t.buf)-4096:]...)
	}
	return len(p), nil
}

func (t *tailWriter) last() string {
	b := bytes.TrimRight(t.buf, "\n")
	if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
		b = b[i+1:]
	}
	return string(b)
}
