// Package filestat tells whether a file may have changed since it was
// last seen, from what stat says of it, without reading it.
//
// Size and modification time alone are what make trusts, and they can
// be fooled: an edit of the same size in the clock tick of the last look,
// or a file whose time was set back (touch -d, cp -p, tar, rsync -t). The
// change time (ctime) cannot be set by a program: the kernel stamps it on
// every write, rename, link or change of mode. A file whose identity
// (device, inode, size, modification and change time) is the one seen
// before, and whose change time was already in the past when it was
// seen, has not been written since. Where the system has no change time
// (Identify reports false), nothing is known from stat and the file must
// be read.
package filestat

import (
	"io/fs"
	"time"
)

// ID is what stat says of a file that a write changes.
type ID struct {
	Dev, Ino    uint64
	Size        int64
	Mode        fs.FileMode
	Mtime       int64 // Unix nanoseconds
	Ctime       int64 // Unix nanoseconds
	HasIdentity bool  // false where the system has no change time
}

// Of is the identity of the file fi describes.
func Of(fi fs.FileInfo) ID {
	id := ID{Size: fi.Size(), Mode: fi.Mode(), Mtime: fi.ModTime().UnixNano()}
	id.Dev, id.Ino, id.Ctime, id.HasIdentity = sysIdentity(fi)
	return id
}

// Tick bounds how far the file system's clock lags the system clock:
// file times come from a coarse clock (a few milliseconds on Linux, a
// second or two on older file systems). A file last changed less than a
// Tick before it was seen may be changed again within the same tick
// without its times moving: "racily clean", as git calls it.
const Tick = 2 * time.Second

// Settled reports whether the file with identity id, seen at the time
// seen (taken before the stat), was last changed early enough that any
// later write changes its identity.
func (id ID) Settled(seen time.Time) bool {
	limit := seen.Add(-Tick).UnixNano()
	return id.HasIdentity && id.Mtime < limit && id.Ctime < limit
}

// Before reports whether the file was last written and last changed
// strictly before the file time t (a time of the same file system's
// clock, such as another file's modification time): a write after t
// gives it times not before t. False where the system has no change time.
func (id ID) Before(t time.Time) bool {
	return id.HasIdentity && id.Mtime < t.UnixNano() && id.Ctime < t.UnixNano()
}
