package filestat

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// A file whose modification time is set back after an edit of the same
// size still has another identity: its change time moved.
func TestBackdatedEditChangesIdentity(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("no change time on", runtime.GOOS)
	}
	p := filepath.Join(t.TempDir(), "f")
	old := time.Now().Add(-time.Hour)
	if err := os.WriteFile(p, []byte("aaaa"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, old, old); err != nil {
		t.Fatal(err)
	}
	before := stat(t, p)
	time.Sleep(20 * time.Millisecond)
	if err := os.WriteFile(p, []byte("bbbb"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, old, old); err != nil {
		t.Fatal(err)
	}
	after := stat(t, p)
	if after.Mtime != before.Mtime || after.Size != before.Size {
		t.Fatalf("test set-up: times %d %d, sizes %d %d", before.Mtime, after.Mtime, before.Size, after.Size)
	}
	if after == before {
		t.Fatal("a same-size edit with its time set back kept the identity")
	}
}

// A file just written is not settled; seen long enough after, it is.
func TestSettled(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("no change time on", runtime.GOOS)
	}
	p := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	id := stat(t, p)
	if id.Settled(time.Now()) {
		t.Error("a file written now is settled")
	}
	if !id.Settled(time.Now().Add(2 * Tick)) {
		t.Error("a file written two ticks ago is not settled")
	}
	if id.Before(time.Unix(0, id.Ctime)) || !id.Before(time.Unix(0, id.Ctime+1)) {
		t.Error("Before is not strict")
	}
}

func stat(t *testing.T, p string) ID {
	t.Helper()
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	return Of(fi)
}
