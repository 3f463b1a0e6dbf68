// Command doku builds localised documentation sites from MDN-format
// content: Markdown pages with front matter and macros, go-i18n catalogs,
// and a theme.
//
//	doku new [-theme-copy] DIR
//	doku build [-root DIR] [-content DIR] [-out DIR] [-bcd FILE] [-strict] [-json]
//	doku serve [-root DIR] [-content DIR] [-bcd FILE] [-addr 127.0.0.1:1313] [-translator] [-pseudo]
//	doku kinds [-json] [kind ...]
//	doku version
//
// Run "doku help" for the list of commands, "doku help <command>" for its
// flags.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// command is one subcommand; each lives in a file of its own.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

// commands is filled in by init: the commands' flag sets look their
// summaries up in it (summaryOf), which a package-level initializer could
// not refer to without a cycle.
var commands []command

func init() {
	commands = []command{
		{"new", "make a new bilingual site (English and German) in a new folder", runNew},
		{"build", "build the site into the output folder", runBuild},
		{"bundle", "build the site with offline bundles (OUT/download/*.zip)", runBundle},
		{"check", "check every link and fragment of a built site", runCheck},
		{"defects", "count, per locale and kind, what a reader sees that MDN would not show", runDefects},
		{"macros", "list the known macros; with -content, count their use in a tree", runMacros},
		{"kinds", "list every kind of diagnostic ([link], ...) with its severity and meaning, or those named", runKinds},
		{"i18n", "translator tools: start, check, extract, sync, status", runI18n},
		{"serve", "preview the site with live reload", runServe},
		{"version", "print doku's version and the Go version it was built with", runVersion},
		{"help", "show the commands, or with a command's name its flags", runHelp},
	}
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		usage(stdout)
		return 0
	}
	if args[0] == "-version" || args[0] == "--version" {
		return runVersion(args[1:], stdout, stderr)
	}
	if c := find(commands, args[0]); c != nil {
		return c.run(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "doku: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func find(cs []command, name string) *command {
	for i := range cs {
		if cs[i].name == name {
			return &cs[i]
		}
	}
	return nil
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: doku <command> [flags]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'doku help <command>' for a command's flags.")
}

// runHelp prints the list of commands, or the usage and flags of the
// command named ("doku help build", "doku help i18n sync") by asking it
// for -h.
func runHelp(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stdout)
		return 0
	}
	c := find(commands, args[0])
	if c == nil || c.name == "help" {
		fmt.Fprintf(stderr, "doku help: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	sub := args[1:]
	if c.name == "i18n" && len(sub) > 0 && find(i18nCommands, sub[0]) == nil {
		fmt.Fprintf(stderr, "doku help: unknown command %q\n", "i18n "+sub[0])
		return 2
	}
	if c.name == "i18n" && len(sub) == 0 {
		c.run(nil, stdout, stdout) // lists its commands
		return 0
	}
	c.run(append(sub, "-h"), stdout, stdout)
	return 0
}

// summaryOf is the summary of the command name ("build", "i18n sync").
func summaryOf(name string) string {
	cs := commands
	if sub, ok := strings.CutPrefix(name, "i18n "); ok {
		cs, name = i18nCommands, sub
	}
	if c := find(cs, name); c != nil {
		return c.summary
	}
	return ""
}
