package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// runVersion prints which doku this is: the module version go install
// fetched ("(devel)" for a build from a checkout), the commit and whether
// it had uncommitted changes when the build recorded them, and the Go
// version. Bug reports need all three.
func runVersion(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("version", stderr)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "doku version: takes no arguments, got %q\n", fs.Args())
		return 2
	}
	bi, ok := debug.ReadBuildInfo()
	fmt.Fprintln(stdout, versionLine(bi, ok))
	return 0
}

// versionLine is "doku VERSION [REVISION[+modified]] GOVERSION".
func versionLine(bi *debug.BuildInfo, ok bool) string {
	if !ok || bi == nil {
		return "doku (unknown: built without module information) " + runtime.Version()
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	s := "doku " + v
	var rev, modified string
	for _, st := range bi.Settings {
		switch st.Key {
		case "vcs.revision":
			rev = st.Value
		case "vcs.modified":
			modified = st.Value
		}
	}
	if rev != "" {
		s += " " + rev
		if modified == "true" {
			s += "+modified"
		}
	}
	goVersion := bi.GoVersion
	if goVersion == "" {
		goVersion = runtime.Version()
	}
	return s + " " + goVersion
}
