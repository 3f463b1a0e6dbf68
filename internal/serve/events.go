package serve

import (
	"fmt"
	"net/http"
	"sync"
	"time"
)

// maxClients bounds the live-reload streams open at once; a browser tab
// holds one.
const maxClients = 512

// heartbeat is how often an idle stream gets a comment line: it keeps
// proxies from closing the stream and finds clients that went away.
var heartbeat = 15 * time.Second

// hub tells every open live-reload stream that a new version is out.
type hub struct {
	mu      sync.Mutex
	clients map[chan struct{}]bool
	done    chan struct{}
	closed  bool
}

func newHub() *hub { return &hub{clients: map[chan struct{}]bool{}, done: make(chan struct{})} }

// subscribe returns a channel that receives a value after each broadcast
// (several broadcasts may arrive as one); false when the hub is full or
// closed.
func (h *hub) subscribe() (chan struct{}, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed || len(h.clients) >= maxClients {
		return nil, false
	}
	c := make(chan struct{}, 1)
	h.clients[c] = true
	return c, true
}

func (h *hub) unsubscribe(c chan struct{}) {
	h.mu.Lock()
	delete(h.clients, c)
	h.mu.Unlock()
}

func (h *hub) broadcast() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.clients {
		select {
		case c <- struct{}{}:
		default: // a reload is already pending for this client
		}
	}
}

// close ends every stream; called when the server shuts down.
func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.closed {
		h.closed = true
		close(h.done)
	}
}

// count is the number of open streams.
func (h *hub) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.clients)
}

// events streams "reload" events (Server-Sent Events) to a page. The page
// sends the version it was built from; if that is not the current one, it
// is told to reload at once, so a change made while it loaded is not lost.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	c, ok := s.hub.subscribe()
	if !ok {
		http.Error(w, "too many live-reload clients", http.StatusServiceUnavailable)
		return
	}
	defer s.hub.unsubscribe(c)
	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	send := func(msg string) bool {
		_ = rc.SetWriteDeadline(time.Now().Add(10 * time.Second))
		if _, err := fmt.Fprint(w, msg); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	seen := r.URL.Query().Get("v")
	tick := time.NewTicker(heartbeat)
	defer tick.Stop()
	for {
		msg := ": ok\n\n"
		if v := s.state.Load().version; v != seen {
			msg, seen = "event: reload\ndata: "+v+"\n\n", v
		}
		if !send(msg) {
			return
		}
		select {
		case <-r.Context().Done():
			return
		case <-s.hub.done:
			return
		case <-c:
		case <-tick.C:
		}
	}
}
