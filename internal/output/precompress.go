package output

import "github.com/doku-docs/doku/internal/precompress"

// Precompress writes .gz and .br copies beside every text file written so
// far and returns how many.
func (out *Dir) Precompress() (int, error) { return precompress.Dir(out.tmp) }
