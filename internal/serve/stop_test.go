package serve

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestStopMidRebuild: Ctrl-C or SIGTERM (the end of Run's context) stops
// the server within a second even while a rebuild is running.
func TestStopMidRebuild(t *testing.T) {
	s, root := newServer(t, nil)
	entered, release := make(chan struct{}, 1), make(chan struct{})
	s.beforeUpdate = func() {
		select {
		case entered <- struct{}{}:
		default:
		}
		<-release
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addrc, done := make(chan string, 1), make(chan error, 1)
	s.opt.Addr = "127.0.0.1:0"
	go func() { done <- s.Run(ctx, func(a string) { addrc <- a }) }()
	<-addrc
	// The rebuild being stopped ends before the test's folder goes.
	defer func() {
		close(release)
		s.mu.Lock()
		s.mu.Unlock()
	}()
	p := filepath.Join(root, "content/de/web/api/gadget/index.md")
	src, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, append(src, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	select {
	case <-entered:
	case <-time.After(10 * time.Second):
		t.Fatal("no rebuild started within 10s of an edit")
	}
	start := time.Now()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
		t.Logf("stopped %v after the signal, mid-rebuild", time.Since(start))
	case <-time.After(time.Second):
		t.Error("Run still running 1s after its context ended, during a rebuild")
		close(release)
		release = make(chan struct{})
		<-done
	}
}
