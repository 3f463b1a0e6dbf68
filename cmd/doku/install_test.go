package main

import (
	"archive/zip"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// modulePath is what users go install; it must match go.mod.
const modulePath = "github.com/doku-docs/doku"

// TestGoInstall installs doku as a user does, "go install
// github.com/doku-docs/doku/cmd/doku@VERSION", from a clean GOPATH and
// module cache: this repository (the files git tracks) is served as that
// module by a file-based module proxy, the dependencies come from the
// local module cache, so nothing goes to the network. The installed doku
// must report the version it was installed at.
//
// It catches what only an install from the module zip shows: a file the
// build needs that git does not track, a go.mod that does not name the
// module path, an embed pattern matching nothing in the zip.
func TestGoInstall(t *testing.T) {
	if testing.Short() {
		t.Skip("builds doku from a module proxy")
	}
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goBin); err != nil {
		t.Skipf("no go command: %v", err)
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	files := trackedFiles(t, root)
	modCache := goEnv(t, goBin, "GOMODCACHE")
	version := pseudoVersion(t, root)

	tmp := t.TempDir()
	proxy := filepath.Join(tmp, "proxy")
	writeModule(t, proxy, root, version, files)

	gopath := filepath.Join(tmp, "gopath")
	cmd := exec.Command(goBin, "install", modulePath+"/cmd/doku@"+version)
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(),
		"GOPATH="+gopath,
		"GOBIN="+filepath.Join(tmp, "bin"),
		"GOMODCACHE="+filepath.Join(gopath, "pkg", "mod"),
		"GOCACHE="+installCache(t, goBin, tmp),
		"GOPROXY="+fileURL(proxy)+","+fileURL(filepath.Join(modCache, "cache", "download")),
		"GOSUMDB=off", "GONOSUMDB=", "GOPRIVATE=", "GONOPROXY=",
		"GOFLAGS=-modcacherw -trimpath", "GOTOOLCHAIN=local", "GOWORK=off", "GOENV=off", "CGO_ENABLED=0",
	)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go install: %v\n%s", err, out)
	}
	exe := filepath.Join(tmp, "bin", "doku")
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	out, err := exec.Command(exe, "version").CombinedOutput()
	if err != nil {
		t.Fatalf("doku version: %v\n%s", err, out)
	}
	if !strings.HasPrefix(string(out), "doku "+version+" ") {
		t.Errorf("installed doku says %q, want version %s", out, version)
	}
}

// installCache is the build cache of the install: a fresh one when
// DOKU_COLD_INSTALL is set (everything compiled from scratch, minutes on
// a small machine), else the user's, which only speeds up compiling; the
// modules still come from the proxy into an empty module cache. The
// install uses -trimpath so that what it compiles does not depend on
// where that temporary module cache is: the first run fills the build
// cache, later runs take seconds.
func installCache(t *testing.T, goBin, tmp string) string {
	if os.Getenv("DOKU_COLD_INSTALL") != "" {
		return filepath.Join(tmp, "gocache")
	}
	return goEnv(t, goBin, "GOCACHE")
}

// trackedFiles lists what git tracks in root, as the module holds it.
// Files deleted from the working tree are left out.
func trackedFiles(t *testing.T, root string) []string {
	t.Helper()
	cmd := exec.Command("git", "ls-files", "-z")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("git ls-files: %v (not a git checkout?)", err)
	}
	var files []string
	for _, f := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
		if st, err := os.Lstat(filepath.Join(root, filepath.FromSlash(f))); err == nil && st.Mode().IsRegular() {
			files = append(files, f)
		}
	}
	return files
}

// pseudoVersion names HEAD as go would: v0.0.0-TIME-REV12.
func pseudoVersion(t *testing.T, root string) string {
	t.Helper()
	cmd := exec.Command("git", "log", "-1", "--format=%H %ct")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("git log: %v", err)
	}
	f := strings.Fields(string(out))
	if len(f) != 2 || len(f[0]) < 12 {
		t.Fatalf("git log: %q", out)
	}
	sec, err := strconv.ParseInt(f[1], 10, 64)
	if err != nil {
		t.Fatalf("git log: %q: %v", out, err)
	}
	return "v0.0.0-" + time.Unix(sec, 0).UTC().Format("20060102150405") + "-" + f[0][:12]
}

// writeModule lays out the module in proxy as GOPROXY=file:// reads it:
// MODULE/@v/list, VERSION.info, VERSION.mod and VERSION.zip, whose entries
// are MODULE@VERSION/FILE.
func writeModule(t *testing.T, proxy, root, version string, files []string) {
	t.Helper()
	dir := filepath.Join(proxy, filepath.FromSlash(modulePath), "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(gomod, []byte("module "+modulePath+"\n")) {
		t.Fatalf("go.mod does not start with module %s", modulePath)
	}
	var z bytes.Buffer
	zw := zip.NewWriter(&z)
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(f)))
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.Create(modulePath + "@" + version + "/" + f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"list":            []byte(version + "\n"),
		version + ".info": []byte(`{"Version":"` + version + `"}`),
		version + ".mod":  gomod,
		version + ".zip":  z.Bytes(),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func goEnv(t *testing.T, goBin, key string) string {
	t.Helper()
	out, err := exec.Command(goBin, "env", key).Output()
	if err != nil {
		t.Fatalf("go env %s: %v", key, err)
	}
	return strings.TrimSpace(string(out))
}

// fileURL is dir as a file:// URL for GOPROXY.
func fileURL(dir string) string {
	p := filepath.ToSlash(dir)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/... on Windows
	}
	return "file://" + p
}
