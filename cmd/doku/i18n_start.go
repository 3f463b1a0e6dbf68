package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/doku-docs/doku/internal/scaffold"
)

// runI18nStart adds a locale to the site: its catalog, made from the
// English one, its entry in doku.toml and its content folder.
func runI18nStart(args []string, stdout, stderr io.Writer) int {
	flags := newFlagSet("i18n start", stderr)
	flags.Usage = func() {
		fmt.Fprintf(flags.Output(), "usage: doku i18n start [flags] LOCALE\n\n%s\n\nflags:\n", summaryOf("i18n start"))
		flags.PrintDefaults()
	}
	var site siteFlags
	site.register(flags, flagRoot|flagContent)
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if flags.NArg() != 1 {
		fmt.Fprintln(stderr, "doku i18n start: name the locale to add, such as fr or pt-BR")
		return 2
	}
	contentDir := site.content
	if contentDir == "" {
		contentDir = filepath.Join(site.root, "content")
	}
	st, err := scaffold.AddLocale(site.root, contentDir, flags.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "doku i18n start: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: %d messages to translate\n", filepath.Join(site.root, st.Catalog), st.Messages)
	if st.Config {
		fmt.Fprintf(stdout, "%s: %s added to locales\n", filepath.Join(site.root, "doku.toml"), st.Locale)
	}
	fmt.Fprintf(stdout, "%s%c: for the translated pages, at the paths of the English ones\n", st.Folder, filepath.Separator)
	return 0
}
