package stamp

import (
	"os"
	"time"

	"github.com/doku-docs/doku/internal/filestat"
)

// Keep records in s the file p that the build left beside its output
// (the render cache's file): a later build repeats this one only while p
// is as it was left (Intact).
func (s *Stamp) Keep(p string) error {
	at := time.Now()
	fi, err := os.Stat(p)
	if err != nil {
		return err
	}
	sum, err := filestat.Sum(p)
	if err != nil {
		return err
	}
	if s.Kept == nil {
		s.Kept = map[string]Seen{}
	}
	s.Kept[p], s.KeptAt = Seen{filestat.Of(fi), sum}, at
	return nil
}

// Intact reports whether every file Keep recorded is as it was: the same
// identity, settled when recorded, or else the same bytes.
func (s *Stamp) Intact() bool {
	for p, seen := range s.Kept {
		fi, err := os.Stat(p)
		if err != nil {
			return false
		}
		if id := filestat.Of(fi); id == seen.ID && id.Settled(s.KeptAt) {
			continue
		}
		if sum, err := filestat.Sum(p); err != nil || sum != seen.Sum {
			return false
		}
	}
	return true
}
