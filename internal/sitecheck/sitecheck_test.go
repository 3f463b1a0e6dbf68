package sitecheck

import (
	"net/url"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestCheck(t *testing.T) {
	fsys := fstest.MapFS{
		"index.html": {Data: []byte(`<!DOCTYPE html>
<link rel="stylesheet" href="static/a.css">
<a href="de/index.html#top">ok</a>
<a href="de/index.html#nope">missing anchor</a>
<a href="de/">folder</a>
<a href="gone.html">missing</a>
<a href="https://example.org/docs/de/index.html">absolute, inside</a>
<a href="https://example.org/docs/de/gone.html">absolute, missing</a>
<a href="https://example.com/">external</a>
<a href="/docs/static/a.css">rooted</a>
<a href="/elsewhere/x.html">outside</a>
<a href="#self">self</a>
<p id="self" style="color:red" onclick="x()">styled</p>
<script>alert(1)</script>
<script src="static/a.js"></script>
<img srcset="static/a.css 1x, static/b.png 2x" src="javascript:void(0)">
<style>p{}</style>
`)},
		"de/index.html": {Data: []byte(`<base href="../"><h1 id="top">x</h1><a href="index.html">root, through base</a>`)},
		"static/a.css":  {Data: []byte("p{}")},
		"static/a.js":   {Data: []byte("")},
	}
	base, _ := url.Parse("https://example.org/docs/")
	probs, err := Check(fsys, Options{Base: base})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range probs {
		got = append(got, p.String())
	}
	want := []string{
		`index.html:4: <a href="de/index.html#nope">: de/index.html has no element with id "nope"`,
		`index.html:5: <a href="de/">: leads to a folder, not a file: name the file (index.html)`,
		`index.html:6: <a href="gone.html">: no such file gone.html`,
		`index.html:8: <a href="https://example.org/docs/de/gone.html">: no such file de/gone.html`,
		`index.html:11: <a href="/elsewhere/x.html">: leads outside the site (https://example.org/docs/)`,
		`index.html:13: <p style=...> (blocked by the Content-Security-Policy): use a class and the stylesheet`,
		`index.html:13: <p onclick=...> event handler (blocked by the Content-Security-Policy): attach it from a script file`,
		`index.html:14: inline <script> (blocked by the Content-Security-Policy): move the code into a file under static/ and load it with src`,
		`index.html:16: <img srcset="static/b.png">: no such file static/b.png`,
		`index.html:16: <img src="javascript:void(0)">: javascript: URL (blocked by the Content-Security-Policy)`,
		`index.html:17: <style> element (blocked by the Content-Security-Policy): move it into a stylesheet under static/`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

// TestOffline: from file:// only relative links work.
func TestOffline(t *testing.T) {
	fsys := fstest.MapFS{
		"index.html":   {Data: []byte(`<a href="/static/a.css">rooted</a><a href="https://example.org/de/index.html">web</a><a href="static/a.css">ok</a>`)},
		"static/a.css": {Data: []byte("p{}")},
	}
	probs, err := Check(fsys, Options{Offline: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) != 1 || !strings.Contains(probs[0].Msg, "not relative") {
		t.Errorf("got %v, want one problem for the rooted link", probs)
	}
}
