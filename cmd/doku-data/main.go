// Command doku-data makes the data folder of MDN's data macros (see
// internal/refdata) from the unpacked npm packages @webref/css, mdn-data
// and browser-specs, keeping only what doku reads:
//
//	doku-data -webref-css DIR -mdn-data DIR -browser-specs DIR -out DATA
//
// Each DIR is a package's folder (the "package" folder of its npm pack
// archive); each is optional, and its file is then left out. `make
// mdn-data` runs it on the pinned versions.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/doku-docs/doku/internal/cssvalue"
	"github.com/doku-docs/doku/internal/refdata"
)

func main() {
	webref := flag.String("webref-css", "", "folder of the npm package @webref/css")
	mdnData := flag.String("mdn-data", "", "folder of the npm package mdn-data")
	specs := flag.String("browser-specs", "", "folder of the npm package browser-specs")
	watify := flag.String("watify", "", "folder of the npm package @mdn/watify")
	out := flag.String("out", "", "data folder to write")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: doku-data [-webref-css DIR] [-mdn-data DIR] [-browser-specs DIR] [-watify DIR] -out DATA")
		os.Exit(2)
	}
	if err := run(*webref, *mdnData, *specs, *watify, *out); err != nil {
		fmt.Fprintln(os.Stderr, "doku-data:", err)
		os.Exit(1)
	}
}

func run(webref, mdnData, specs, watify, out string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if watify != "" {
		if err := watCompiler(watify, out); err != nil {
			return err
		}
	}
	steps := []struct {
		dir  string
		file string
		make func(dir string) (any, error)
	}{
		{webref, refdata.CSSFile, cssSubset},
		{mdnData, refdata.CSSInfoFile, cssInfoSubset},
		{specs, refdata.SpecTitlesFile, specTitles},
	}
	for _, s := range steps {
		if s.dir == "" {
			continue
		}
		v, err := s.make(s.dir)
		if err != nil {
			return err
		}
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, s.file), append(b, '\n'), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func readJSON(file string, v any) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return nil
}

// cssSubset keeps the definitions with a syntax, and only the fields
// refdata reads; a syntax doku cannot parse is named on stderr.
func cssSubset(dir string) (any, error) {
	var f map[string][]refdata.SyntaxItem
	if err := readJSON(filepath.Join(dir, "css.json"), &f); err != nil {
		return nil, err
	}
	keep := map[string][]refdata.SyntaxItem{}
	for _, k := range []string{"properties", "types", "functions", "atrules"} {
		keep[k] = []refdata.SyntaxItem{}
		for _, it := range f[k] {
			if it.Syntax == "" && len(it.Descriptors) == 0 {
				continue
			}
			for _, s := range append([]refdata.SyntaxItem{it}, it.Descriptors...) {
				if _, err := cssvalue.Parse(s.Syntax); s.Syntax != "" && err != nil {
					fmt.Fprintf(os.Stderr, "doku-data: %s %s: %v\n", k, s.Name, err)
				}
			}
			keep[k] = append(keep[k], it)
		}
	}
	return keep, nil
}

// definitionKeys are the fields of mdn-data's definitions CSSInfo shows.
var definitionKeys = []string{"initial", "appliesto", "inherited", "percentages", "computed", "animationType", "stacking", "alsoAppliesTo"}

func pick(m map[string]any) map[string]any {
	out := map[string]any{}
	for _, k := range definitionKeys {
		if v, ok := m[k]; ok {
			out[k] = v
		}
	}
	return out
}

func cssInfoSubset(dir string) (any, error) {
	var props map[string]map[string]any
	var atRules map[string]struct {
		Descriptors map[string]map[string]any `json:"descriptors"`
	}
	var l10n map[string]map[string]string
	if err := readJSON(filepath.Join(dir, "css", "properties.json"), &props); err != nil {
		return nil, err
	}
	if err := readJSON(filepath.Join(dir, "css", "at-rules.json"), &atRules); err != nil {
		return nil, err
	}
	if err := readJSON(filepath.Join(dir, "l10n", "css.json"), &l10n); err != nil {
		return nil, err
	}
	info := refdata.CSSInfo{Properties: map[string]map[string]any{}, L10n: l10n}
	for name, p := range props {
		info.Properties[name] = pick(p)
	}
	info.AtRules = atRules
	for _, r := range info.AtRules {
		for name, d := range r.Descriptors {
			r.Descriptors[name] = pick(d)
		}
	}
	return info, nil
}

// specTitles maps every URL browser-specs gives a specification (its
// own, nightly, release and series URLs) to its title.
func specTitles(dir string) (any, error) {
	type spec struct {
		URL     string `json:"url"`
		Title   string `json:"title"`
		Nightly *struct {
			URL string `json:"url"`
		} `json:"nightly"`
		Release *struct {
			URL string `json:"url"`
		} `json:"release"`
		Series struct {
			ReleaseURL string `json:"releaseUrl"`
			NightlyURL string `json:"nightlyUrl"`
		} `json:"series"`
	}
	var list []spec
	if err := readJSON(filepath.Join(dir, "index.json"), &list); err != nil {
		return nil, err
	}
	titles := map[string]string{}
	for _, s := range list {
		for _, u := range []string{s.URL, s.Series.ReleaseURL, s.Series.NightlyURL} {
			if u != "" {
				titles[u] = s.Title
			}
		}
		if s.Nightly != nil && s.Nightly.URL != "" {
			titles[s.Nightly.URL] = s.Title
		}
		if s.Release != nil && s.Release.URL != "" {
			titles[s.Release.URL] = s.Title
		}
	}
	return titles, nil
}
