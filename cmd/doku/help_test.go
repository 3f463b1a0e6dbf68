package main

import (
	"bytes"
	"flag"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/pipeline"
)

// TestHelp: "doku help" lists every command; "doku help <command>"
// documents each of its flags exactly once, the site flags with one
// wording everywhere.
func TestHelp(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run([]string{"help"}, &out, &errs); code != 0 {
		t.Fatalf("doku help: exit %d", code)
	}
	for _, c := range commands {
		if !strings.Contains(out.String(), "  "+c.name+" ") {
			t.Errorf("doku help does not list %s", c.name)
		}
	}
	flagLine := regexp.MustCompile(`(?m)^  -([a-z-]+)`)
	usageOf := map[string]string{}
	for _, cmd := range [][]string{{"build"}, {"bundle"}, {"serve"}, {"check"}, {"i18n", "status"}, {"i18n", "sync"}} {
		out.Reset()
		if code := run(append([]string{"help"}, cmd...), &out, &errs); code != 0 {
			t.Fatalf("doku help %v: exit %d", cmd, code)
		}
		seen := map[string]int{}
		for _, m := range flagLine.FindAllStringSubmatch(out.String(), -1) {
			seen[m[1]]++
		}
		if len(seen) == 0 {
			t.Errorf("doku help %v shows no flags:\n%s", cmd, out.String())
		}
		for name, n := range seen {
			if n != 1 {
				t.Errorf("doku help %v: -%s documented %d times", cmd, name, n)
			}
			line := usageLine(out.String(), name)
			if prev, ok := usageOf[name]; ok && isSiteFlag(name) && prev != line {
				t.Errorf("-%s is documented differently by %v:\n%s\n%s", name, cmd, prev, line)
			}
			usageOf[name] = line
		}
	}
	out.Reset()
	run([]string{"help", "serve"}, &out, &errs)
	if !strings.Contains(out.String(), "  -bcd ") {
		t.Errorf("serve has no -bcd:\n%s", out.String())
	}
	if code := run([]string{"help", "nosuch"}, &out, &errs); code != 2 {
		t.Errorf("doku help nosuch: exit %d, want 2", code)
	}
}

func isSiteFlag(name string) bool {
	var f siteFlags
	fs := flag.NewFlagSet("", flag.ContinueOnError)
	f.register(fs, ^siteFlag(0))
	return fs.Lookup(name) != nil
}

// usageLine is the text documenting -name in a flag listing.
func usageLine(help, name string) string {
	_, rest, _ := strings.Cut(help, "\n  -"+name)
	lines := strings.SplitN(rest, "\n", 3)
	if len(lines) < 2 {
		return ""
	}
	return lines[1]
}

// TestSiteFlagsOptions: the shared flags land in the build options, with
// the embedded theme and catalogs.
func TestSiteFlagsOptions(t *testing.T) {
	var f siteFlags
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	f.register(fs, flagsBuild)
	args := []string{"-root", "r", "-content", "c", "-out", "o", "-bcd", "/abs/data.json", "-base-url", "https://example.org/", "-strict"}
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	opt := f.options(pipeline.Options{Bundle: true})
	want := pipeline.Options{Root: "r", Content: "c", Out: "o", BCD: "/abs/data.json", BaseURL: "https://example.org/", Strict: true, Bundle: true}
	if opt.Root != want.Root || opt.Content != want.Content || opt.Out != want.Out || opt.BCD != want.BCD ||
		opt.BaseURL != want.BaseURL || opt.Strict != want.Strict || opt.Bundle != want.Bundle {
		t.Errorf("options = %+v, want %+v", opt, want)
	}
	if opt.Theme == nil || opt.Catalogs == nil {
		t.Error("the embedded theme or catalogs are not passed on")
	}
}

func TestVersionLine(t *testing.T) {
	for _, c := range []struct {
		bi   *debug.BuildInfo
		ok   bool
		want string
	}{
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.0.0-20260101000000-0123456789ab"}},
			true, "doku v0.0.0-20260101000000-0123456789ab go1.26.8"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "abc123"}, {Key: "vcs.modified", Value: "true"}}},
			true, "doku (devel) abc123+modified go1.26.8"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "abc123"}, {Key: "vcs.modified", Value: "false"}}},
			true, "doku (devel) abc123 go1.26.8"},
	} {
		if got := versionLine(c.bi, c.ok); got != c.want {
			t.Errorf("versionLine = %q, want %q", got, c.want)
		}
	}
	if got := versionLine(nil, false); !strings.HasPrefix(got, "doku (unknown") {
		t.Errorf("without build info: %q", got)
	}
	var out, errs bytes.Buffer
	for _, args := range [][]string{{"version"}, {"-version"}} {
		out.Reset()
		if code := run(args, &out, &errs); code != 0 || !strings.HasPrefix(out.String(), "doku ") {
			t.Errorf("doku %v: exit %d, %q", args, code, out.String())
		}
	}
}
