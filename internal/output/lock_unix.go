//go:build unix

package output

import (
	"os"

	"golang.org/x/sys/unix"
)

// lockOutput takes an exclusive lock on the file at path, waiting for a
// build that holds it to finish. The kernel drops the lock when the
// process dies, so a killed build never leaves the output locked.
func lockOutput(path string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX); err != nil {
		f.Close()
		return nil, err
	}
	return func() { f.Close() }, nil
}
