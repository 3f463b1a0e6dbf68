package load

import (
	"io/fs"
	"os"
)

// treeFS is the folder dir as a file system that symbolic links cannot
// leave: a link to a file inside dir is followed, one leading out of it
// (to ../secret, to /etc) fails to open with "path escapes from parent",
// so a content tree or site root never makes doku read or publish a file
// from elsewhere. The folder stays open until the garbage collector
// closes it, as an *os.File would.
func treeFS(dir string) (fs.FS, error) {
	r, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return r.FS(), nil
}
