package serve

import (
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// get fetches target from the running server at addr.
func get(t *testing.T, addr, target string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get("http://" + addr + target)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

// TestPagesBeforePass: pages are answered while the pass over the pages
// is still running; the search index answers 503 with Retry-After until
// the pass has made it, then the index.
func TestPagesBeforePass(t *testing.T) {
	s, _ := newServer(t, nil)
	entered, release := make(chan struct{}), make(chan struct{})
	var once sync.Once
	s.beforePage = func() {
		once.Do(func() { close(entered) })
		<-release
	}
	addr, stop := run(t, s)
	defer stop()
	var released sync.Once
	defer released.Do(func() { close(release) })
	<-entered // the pass is held at its first page
	resp, body := get(t, addr, "/de/docs/Web/API/Gadget/")
	if resp.StatusCode != 200 || !strings.Contains(body, "Ein <strong><code>Gadget</code></strong> steht für") {
		t.Fatalf("page during the pass: %d\n%s", resp.StatusCode, body)
	}
	resp, body = get(t, addr, "/de/search/index.js")
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
		t.Errorf("search index during the pass: %d, Retry-After %q; want 503 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	if !strings.Contains(body, "search index") {
		t.Errorf("the 503 does not say the index is being built: %q", body)
	}
	released.Do(func() { close(release) })
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp, body = get(t, addr, "/de/search/index.js")
		if resp.StatusCode == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("search index still %d 10s after the pass was let go", resp.StatusCode)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !strings.Contains(body, "dokuSearch.add(") {
		t.Errorf("the search index is not one:\n%.200s", body)
	}
	if n := s.session.Pending(); n != 0 {
		t.Errorf("%d pages still pending after the index was written", n)
	}
}

// TestStopMidPass: Ctrl-C or SIGTERM stops the server within a second
// while the pass over the pages is running (each page made slow here).
func TestStopMidPass(t *testing.T) {
	s, _ := newServer(t, nil)
	entered := make(chan struct{}, 1)
	s.beforePage = func() {
		select {
		case entered <- struct{}{}:
		default:
		}
		time.Sleep(100 * time.Millisecond)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addrc, done := make(chan string, 1), make(chan error, 1)
	s.opt.Addr = "127.0.0.1:0"
	go func() { done <- s.Run(ctx, func(a string) { addrc <- a }) }()
	<-addrc
	<-entered
	start := time.Now()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
		t.Logf("stopped %v after the signal, mid-pass", time.Since(start))
	case <-time.After(time.Second):
		t.Error("Run still running 1s after its context ended, during the pass")
		<-done
	}
	if s.session.Pending() == 0 {
		t.Error("the pass finished: the test stopped nothing")
	}
}
