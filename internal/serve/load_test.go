package serve

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var loadFor = flag.Duration("load", 0, "run TestLoad for this long (e.g. 10s) against 127.0.0.1")

// run starts s on a free loopback port; stop shuts it down and reports
// Run's error.
func run(t testing.TB, s *Server) (addr string, stop func()) {
	t.Helper()
	s.opt.Addr = "127.0.0.1:0"
	ctx, cancel := context.WithCancel(context.Background())
	addrc, done := make(chan string, 1), make(chan error, 1)
	go func() { done <- s.Run(ctx, func(a string) { addrc <- a }) }()
	select {
	case addr = <-addrc:
	case err := <-done:
		t.Fatal(err)
	}
	return addr, func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("Run did not return after its context ended")
		}
	}
}

// settle waits for the goroutine count to come down to at most want.
func settle(want int) int {
	n := runtime.NumGoroutine()
	for i := 0; i < 200 && n > want; i++ {
		time.Sleep(10 * time.Millisecond)
		n = runtime.NumGoroutine()
	}
	return n
}

// TestNoLeakFromReloadClients: live-reload streams end when their page goes
// away, and all of them end when the server shuts down; no goroutine stays.
func TestNoLeakFromReloadClients(t *testing.T) {
	s, _ := newServer(t, nil)
	base := runtime.NumGoroutine()
	addr, stop := run(t, s)
	tr := &http.Transport{}
	client := &http.Client{Transport: tr}
	open := func(ctx context.Context) *http.Response {
		req, _ := http.NewRequestWithContext(ctx, "GET", "http://"+addr+"/_doku/events?v="+s.state.Load().version, nil)
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	waitClients := func(n int) {
		t.Helper()
		for i := 0; i < 200 && s.hub.count() != n; i++ {
			time.Sleep(10 * time.Millisecond)
		}
		if got := s.hub.count(); got != n {
			t.Fatalf("%d live-reload clients, want %d", got, n)
		}
	}
	// Pages that close.
	ctx, cancel := context.WithCancel(context.Background())
	for range 100 {
		open(ctx)
	}
	waitClients(100)
	cancel()
	waitClients(0)
	// Pages still open when the server stops.
	var resps []*http.Response
	for range 50 {
		resps = append(resps, open(context.Background()))
	}
	waitClients(50)
	stop()
	for _, r := range resps {
		_, _ = io.Copy(io.Discard, r.Body)
		r.Body.Close()
	}
	tr.CloseIdleConnections()
	if n := settle(base + 2); n > base+2 {
		buf := make([]byte, 1<<20)
		t.Errorf("%d goroutines after shutdown, %d before start:\n%s", n, base, buf[:runtime.Stack(buf, true)])
	}
}

// TestLoad runs only with -load DURATION: 200 clients fetch pages, static
// files and missing pages from 127.0.0.1 for that long while 20 more open
// and drop live-reload streams, and a page is rebuilt every 100ms. It
// reports requests per second and fails on any error or leftover
// goroutine.
func TestLoad(t *testing.T) {
	if *loadFor == 0 {
		t.Skip("run with -load 10s")
	}
	s, root := newServer(t, nil)
	before := runtime.NumGoroutine()
	addr, stop := run(t, s)
	tr := &http.Transport{MaxIdleConnsPerHost: 256}
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	targets := []string{"/de/docs/Web/API/Gadget/", "/en-US/docs/Web/API/Gadget/code/", "/en-US/", "/",
		"/static/doku.css", "/_doku/reload.js", "/nope", "/../etc/passwd"}
	for name := range allFiles(t, s) {
		if len(targets) < 40 {
			targets = append(targets, "/"+name)
		}
	}
	var reqs, errs, streams atomic.Int64
	var firstErr atomic.Value
	fail := func(err error) {
		errs.Add(1)
		firstErr.CompareAndSwap(nil, err)
	}
	deadline := time.Now().Add(*loadFor)
	var wg sync.WaitGroup
	for w := range 200 {
		wg.Go(func() {
			for i := w; time.Now().Before(deadline); i++ {
				target := targets[i%len(targets)]
				req, _ := http.NewRequest("GET", "http://"+addr+target, nil)
				req.Header.Set("Accept-Language", "de-AT,de;q=0.9")
				resp, err := client.Do(req)
				if err != nil {
					fail(err)
					continue
				}
				_, err = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if err != nil || resp.StatusCode >= 500 {
					fail(fmt.Errorf("GET %s: %v %v", target, resp.Status, err))
					continue
				}
				reqs.Add(1)
			}
		})
	}
	for range 20 {
		wg.Go(func() {
			for time.Now().Before(deadline) {
				ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
				req, _ := http.NewRequestWithContext(ctx, "GET", "http://"+addr+"/_doku/events?v=x", nil)
				if resp, err := client.Do(req); err == nil {
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					streams.Add(1)
				}
				cancel()
			}
		})
	}
	page := root + "/content/en-us/web/api/gadget/code/index.md"
	wg.Go(func() {
		for time.Now().Before(deadline) {
			if err := s.update([]string{page}, false); err != nil {
				fail(err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	during := runtime.NumGoroutine()
	wg.Wait()
	tr.CloseIdleConnections()
	stop()
	after := settle(before + 2)
	t.Logf("%v: %d requests (%.0f/s), %d errors, %d live-reload streams opened and dropped; goroutines %d before, %d under load, %d after",
		*loadFor, reqs.Load(), float64(reqs.Load())/loadFor.Seconds(), errs.Load(), streams.Load(), before, during, after)
	if errs.Load() > 0 {
		t.Errorf("%d errors; first: %v", errs.Load(), firstErr.Load())
	}
	if after > before+2 {
		t.Errorf("%d goroutines left, %d before", after, before)
	}
}
