package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
)

// TestBuildMemoryLimit checks that a build sets its soft memory limit
// unless GOMEMLIMIT is set, and then leaves the limit alone.
func TestBuildMemoryLimit(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	defer restoreEnv("GOMEMLIMIT")()
	root := fixtureSite(t)
	build := func() {
		t.Helper()
		var stdout, stderr bytes.Buffer
		if code := run([]string{"build", "-root", root, "-out", filepath.Join(t.TempDir(), "site")}, &stdout, &stderr); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
	}
	os.Unsetenv("GOMEMLIMIT")
	debug.SetMemoryLimit(math.MaxInt64)
	build()
	if got := debug.SetMemoryLimit(-1); got != buildMemoryLimit {
		t.Errorf("without GOMEMLIMIT the limit is %d, want %d", got, buildMemoryLimit)
	}
	os.Setenv("GOMEMLIMIT", "off")
	debug.SetMemoryLimit(math.MaxInt64)
	build()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("with GOMEMLIMIT set the build changed the limit to %d", got)
	}
}

// restoreEnv returns a function that puts the variable key back as it is
// now.
func restoreEnv(key string) func() {
	v, ok := os.LookupEnv(key)
	return func() {
		if ok {
			os.Setenv(key, v)
		} else {
			os.Unsetenv(key)
		}
	}
}
