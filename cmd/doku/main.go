// Command doku builds localised documentation sites from MDN-format
// content: Markdown pages with front matter and macros, go-i18n catalogs,
// and a theme.
//
//	doku build [-root DIR] [-content DIR] [-out DIR] [-strict] [-json]
//	doku serve [-root DIR] [-content DIR] [-addr 127.0.0.1:1313] [-translator] [-pseudo]
//
// Run "doku help" for the list of commands.
package main

import (
	"fmt"
	"io"
	"os"
)

// command is one subcommand; each lives in a file of its own.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

var commands = []command{
	{"build", "build the site into the output folder", runBuild},
	{"bundle", "build the site with offline bundles (OUT/download/*.zip)", runBundle},
	{"check", "check every link and fragment of a built site", runCheck},
	{"macros", "list the known macros; with -content, count their use in a tree", runMacros},
	{"i18n", "translator tools: check, extract, sync, status", runI18n},
	{"serve", "preview the site with live reload", runServe},
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		return 0
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "doku: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: doku <command> [flags]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'doku <command> -h' for a command's flags.")
}
