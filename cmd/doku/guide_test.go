package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// guideHeading starts the README's section for newcomers.
const guideHeading = "## Your own documentation, step by step"

// guideScript is the README guide's commands as one sh script: the
// fenced sh blocks of its section, in order, less "go install" (the test
// runs doku as built from this tree) and with "doku serve", which runs
// until stopped, replaced by doku_serve (see guidePrelude).
func guideScript(readme []byte) (script string, blocks int) {
	var b strings.Builder
	in, section := false, false
	sc := bufio.NewScanner(bytes.NewReader(readme))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == guideHeading:
			section = true
		case section && strings.HasPrefix(line, "## "):
			section = false
		case section && line == "```sh":
			in = true
			blocks++
		case in && line == "```":
			in = false
		case in && strings.HasPrefix(line, "go install "):
		case in && strings.HasPrefix(line, "doku serve"):
			b.WriteString("doku_serve" + strings.TrimPrefix(line, "doku serve") + "\n")
		case in:
			b.WriteString(line + "\n")
		}
	}
	return b.String(), blocks
}

// guidePrelude starts the preview server on a free port, waits until it
// serves the page the guide wrote (fetched by this test binary, see
// probe), and stops it with Ctrl-C, which must end it cleanly.
const guidePrelude = `doku_serve() {
	doku serve -addr 127.0.0.1:0 "$@" >"$DOKU_GUIDE_LOG" 2>&1 &
	pid=$!
	i=0
	until grep -q 'serving http' "$DOKU_GUIDE_LOG"; do
		i=$((i+1))
		if [ $i -gt 600 ]; then cat "$DOKU_GUIDE_LOG"; kill $pid; return 1; fi
		sleep 0.1
	done
	url=$(sed -n 's/^doku: serving \(http[^ ]*\) .*/\1/p' "$DOKU_GUIDE_LOG")
	DOKU_TEST_GET="${url}de/docs/howto/install/index.html" "$DOKU_TEST_BIN"
	kill -INT $pid
	wait $pid
}
`

// probe fetches url and says, as an exit code, whether it answered 200
// with the guide's German page.
func probe(url string) int {
	resp, err := http.Get(url)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || !bytes.Contains(body, []byte("<h1>Installieren</h1>")) {
		fmt.Fprintf(os.Stderr, "GET %s: %s\n%s\n", url, resp.Status, body)
		return 1
	}
	return 0
}

// TestReadmeGuide runs every command of the README's guide, from doku new
// to the packed site, with sh in an empty folder, and checks what the
// guide promises: both languages' pages at their paths, titled by their
// headings, a third language, bundles, a site whose links all lead
// somewhere.
func TestReadmeGuide(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole guide")
	}
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	script, blocks := guideScript(readme)
	if blocks < 6 || !strings.Contains(script, "doku_serve") {
		t.Fatalf("README: found %d sh blocks in %q, and serve: %v; want the whole guide", blocks, guideHeading, strings.Contains(script, "doku_serve"))
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "bin")
	if err := os.Mkdir(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	self, err := filepath.Abs(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	wrapper := fmt.Sprintf("#!/bin/sh\nDOKU_TEST_MAIN=1 exec '%s' \"$@\"\n", self)
	if err := os.WriteFile(filepath.Join(bin, "doku"), []byte(wrapper), 0o755); err != nil {
		t.Fatal(err)
	}
	work := filepath.Join(tmp, "work")
	if err := os.Mkdir(work, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("sh", "-e", "-x", "-c", guidePrelude+script)
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"),
		"DOKU_GUIDE_LOG="+filepath.Join(tmp, "serve.log"), "DOKU_TEST_BIN="+self, "TERM=dumb")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the guide failed: %v\n%s", err, out)
	}
	site := filepath.Join(work, "mydocs")
	for file, want := range map[string]string{
		"out/en-US/docs/howto/install/index.html":    "<h1>Install it</h1>",
		"out/de/docs/howto/install/index.html":       "<h1>Installieren</h1>",
		"public/de/docs/howto/install/index.html":    `<link rel="canonical" href="https://docs.example.org/de/docs/howto/install/index.html">`,
		"public/fr/index.html":                       `lang="fr"`,
		"out/download/doku-de.zip":                   "PK",
		"public/en-US/docs/howto/install/index.html": "<title>Install it | My documentation</title>",
	} {
		data, err := os.ReadFile(filepath.Join(site, filepath.FromSlash(file)))
		if err != nil || !bytes.Contains(data, []byte(want)) {
			t.Errorf("%s: %v, want it to hold %q", file, err, want)
		}
	}
	if _, err := os.Stat(filepath.Join(site, "docs.tar.gz")); err != nil {
		t.Error(err)
	}
}
