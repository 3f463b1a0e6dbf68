package main

import (
	"fmt"
	"io"
)

// i18nCommands are the translator tools under "doku i18n"; filled in by
// init for the reason given at commands.
var i18nCommands []command

func init() {
	i18nCommands = []command{
		{"start", "add a locale: its catalog from the English one, doku.toml's entry, its content folder", runI18nStart},
		{"check", "check every catalog against en-US: missing, stale, broken messages", runI18nCheck},
		{"extract", "find the message IDs the theme and code use; add missing ones to en-US", runI18nExtract},
		{"sync", "bring translations up to date with en-US, keeping every translation", runI18nSync},
		{"status", "how much of each locale is translated: pages and messages", runI18nStatus},
	}
}

func runI18n(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		for _, c := range i18nCommands {
			if c.name == args[0] {
				return c.run(args[1:], stdout, stderr)
			}
		}
		fmt.Fprintf(stderr, "doku i18n: unknown command %q\n", args[0])
	}
	w := stdout
	if len(args) > 0 {
		w = stderr
	}
	fmt.Fprintln(w, "usage: doku i18n <command> [flags]\n\ncommands:")
	for _, c := range i18nCommands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	if len(args) > 0 {
		return 2
	}
	return 0
}
