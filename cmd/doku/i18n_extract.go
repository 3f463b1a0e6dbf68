package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/closecode"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/i18n/extract"
	"github.com/doku-docs/doku/internal/locale"
)

func runI18nExtract(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("i18n extract", stderr)
	root := fs.String("root", ".", "site folder holding locales/ and layouts/ (and Go code, in doku's own repository)")
	dryRun := fs.Bool("n", false, "report only; do not add missing messages to the source catalog")
	asJSON := fs.Bool("json", false, "print what was found and the diagnostics as JSON")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	dc := &diag.Collector{}
	rootFS := os.DirFS(*root)
	src, _ := i18n.ReadFiles(rootFS, i18n.CatalogDir, locale.Source, dc)
	if src == nil {
		printDiagnostics(stderr, dc.All())
		return 1
	}
	found := extract.Scan(rootFS, extract.Options{
		Layouts: []string{"layouts"}, Theme: doku.Theme, Code: ".", CloseCodes: filepath.ToSlash(filepath.Join("content", closecode.Path)),
	}, dc)
	undefined := found.Report(src.IDs(), func(id string) diag.Pos { return src.Pos(id, "") }, dc)
	var add []i18n.NewMessage
	for _, u := range undefined {
		add = append(add, i18n.NewMessage{ID: u.ID, UsedAt: u.Pos.String()})
		report := dc.Errorf
		hint := "run 'doku i18n extract' without -n to add it to " + src.Path
		if !*dryRun {
			report, hint = dc.Warnf, "write its English text and description in "+src.Path
		}
		report(u.Pos, diag.ExtractUndefined, hint, "message %q is used but not defined in %s", u.ID, src.Path)
	}
	status := 0
	if len(add) > 0 && !*dryRun {
		out, err := i18n.AddMessages(src, add)
		if err == nil {
			err = i18n.WriteAtomic(filepath.Join(*root, filepath.FromSlash(src.Path)), out)
		}
		if err != nil {
			fmt.Fprintf(stderr, "doku i18n extract: %v\n", err)
			status = 1
		}
	}
	if *asJSON {
		writeJSON(stdout, struct {
			Found       *extract.Result   `json:"found"`
			Diagnostics []diag.Diagnostic `json:"diagnostics"`
		}{found, append([]diag.Diagnostic{}, dc.All()...)})
	} else {
		printDiagnostics(stdout, dc.All())
		ids := map[string]bool{}
		for _, u := range found.Uses {
			ids[u.ID] = true
		}
		fmt.Fprintf(stderr, "doku i18n extract: %d IDs used, %d families computed at run time", len(ids), len(found.Families))
		for _, f := range found.Families {
			fmt.Fprintf(stderr, " (%s* at %s)", f.Prefix, f.Pos)
		}
		fmt.Fprintf(stderr, "; %d undefined", len(add))
		if len(add) > 0 && !*dryRun && status == 0 {
			fmt.Fprintf(stderr, ", added to %s", src.Path)
		}
		fmt.Fprintln(stderr)
	}
	if dc.HasErrors() {
		status = 1
	}
	return status
}
