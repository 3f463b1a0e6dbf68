package serve

import (
	"context"
	"fmt"
	"time"
)

// passBatch is how many pages the pass renders between two looks at the
// session: few enough that an edit waits for the lock no longer than a
// page's rendering, many enough that the lock is not taken for each.
const passBatch = 16

// pass renders every page the session has yet to check, one at a time,
// until none is left, then settles (the search indexes, the status pages)
// and waits for the next change. It publishes, quietly, the problems it
// finds as it goes. It ends when ctx does, between two pages.
func (s *Server) pass(ctx context.Context) {
	select {
	case s.kick <- struct{}{}:
	default:
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.kick:
		}
		start := time.Now()
		n, err := s.passOnce(ctx)
		if err != nil {
			if ctx.Err() == nil {
				s.logf("%v", err)
			}
			continue
		}
		if n > 0 {
			st := s.state.Load()
			s.logf("checked %d page(s) in %v, %d error(s), %d warning(s)", n, time.Since(start).Round(time.Millisecond), len(st.errors), st.warnings)
		}
	}
}

// passOnce checks the pages pending until none is left and settles; it
// returns how many it checked.
func (s *Server) passOnce(ctx context.Context) (int, error) {
	checked, last := 0, time.Now()
	for {
		s.mu.Lock()
		b := s.session.NextBatch(passBatch)
		if b == nil {
			err := s.settle()
			if checked > 0 {
				s.publishQuiet() // the problems found
			}
			s.mu.Unlock()
			return checked, err
		}
		s.mu.Unlock()
		b.Before = s.beforePage
		err := b.Render(ctx)
		s.mu.Lock()
		checked += s.session.Merge(b)
		if time.Since(last) > time.Second {
			// The overlay shows the problems found so far.
			s.publishQuiet()
			last = time.Now()
		}
		s.mu.Unlock()
		if err != nil {
			return checked, err
		}
	}
}

// logf writes a line to the log; requests log while rebuilds do.
func (s *Server) logf(format string, args ...any) {
	s.logMu.Lock()
	defer s.logMu.Unlock()
	fmt.Fprintf(s.opt.Log, "doku: "+format+"\n", args...)
}
