package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNewRefusesNonEmptyFolder: doku new writes only into a new or empty
// folder, and says why otherwise, leaving the folder as it was.
func TestNewRefusesNonEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"new", dir}, &stdout, &stderr); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "is not empty (it holds notes.txt)") {
		t.Errorf("stderr = %q, want it to say the folder is not empty", stderr.String())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d entries after the refusal, want 1", len(entries))
	}
	if code := run([]string{"new"}, &stdout, &stderr); code != 2 {
		t.Errorf("doku new without a folder: exit %d, want 2", code)
	}
}

// TestNewThemeCopy copies the embedded theme into the new site, and the
// site builds with it; without the flag there is no theme folder.
func TestNewThemeCopy(t *testing.T) {
	for _, copyTheme := range []bool{false, true} {
		dir := filepath.Join(t.TempDir(), "site")
		args := []string{"new", dir}
		if copyTheme {
			args = []string{"new", "-theme-copy", dir}
		}
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr.String())
		}
		_, err := os.Stat(filepath.Join(dir, "layouts", "page.html"))
		if copyTheme != (err == nil) {
			t.Errorf("%v: layouts/page.html: %v", args, err)
		}
		if copyTheme && !strings.Contains(stdout.String(), "static/doku.css") {
			t.Errorf("%v: the files listed lack static/doku.css:\n%s", args, stdout.String())
		}
		stderr.Reset()
		if code := run([]string{"build", "-root", dir, "-out", filepath.Join(dir, "out")}, &stdout, &stderr); code != 0 ||
			strings.Contains(stderr.String(), "warning") {
			t.Errorf("%v: build: exit %d: %s", args, code, stderr.String())
		}
	}
}

// TestI18nStartRefuses: a locale the site has, the source locale and a
// name that is no language tag are refused with the reason.
func TestI18nStartRefuses(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"new", dir}, &stdout, &stderr); code != 0 {
		t.Fatal(stderr.String())
	}
	for loc, want := range map[string]string{
		"de":        "locales/de.toml exists already",
		"en-US":     "is the language the others are translated from",
		"not a tag": "is not a language tag",
	} {
		stderr.Reset()
		if code := run([]string{"i18n", "start", "-root", dir, loc}, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), want) {
			t.Errorf("i18n start %q: exit %d, %q; want 1 and %q", loc, code, stderr.String(), want)
		}
	}
	cfg, _ := os.ReadFile(filepath.Join(dir, "doku.toml"))
	if !strings.Contains(string(cfg), `locales = ["en-US", "de"]`+"\n") {
		t.Errorf("doku.toml changed by refused starts:\n%s", cfg)
	}
}
