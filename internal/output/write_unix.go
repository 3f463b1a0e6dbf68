//go:build unix

package output

import (
	"errors"
	"io"
	"io/fs"

	"golang.org/x/sys/unix"
)

// writeFile is os.WriteFile(name, data, 0o644) in three system calls:
// open, write, close. An *os.File costs more for each of the tens of
// thousands of files a build writes: its descriptor is made non-blocking
// (fcntl) and offered to the network poller (epoll_ctl, which refuses a
// regular file), and it is closed by way of the poller too.
func writeFile(name string, data []byte) error {
	fd, err := retry(func() (int, error) {
		return unix.Open(name, unix.O_WRONLY|unix.O_CREAT|unix.O_TRUNC|unix.O_CLOEXEC, 0o644)
	})
	if err != nil {
		return &fs.PathError{Op: "open", Path: name, Err: err}
	}
	for len(data) > 0 {
		n, err := retry(func() (int, error) { return unix.Write(fd, data) })
		if err == nil && n == 0 {
			err = io.ErrShortWrite
		}
		if err != nil {
			unix.Close(fd)
			return &fs.PathError{Op: "write", Path: name, Err: err}
		}
		data = data[n:]
	}
	if err := unix.Close(fd); err != nil {
		return &fs.PathError{Op: "close", Path: name, Err: err}
	}
	return nil
}

// retry calls f again while it is interrupted by a signal.
func retry(f func() (int, error)) (int, error) {
	for {
		n, err := f()
		if !errors.Is(err, unix.EINTR) {
			return n, err
		}
	}
}
