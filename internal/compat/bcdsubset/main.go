// Command bcdsubset extracts features from the data.json of
// @mdn/browser-compat-data into a smaller file of the same shape: the
// features named and all their subfeatures, the browsers their support
// names, and of each browser only the releases the support mentions.
//
// This repository's content/data/browser-compat.json is made with it, so
// that building the site needs no network (the data is CC0):
//
//	cd /tmp && npm pack @mdn/browser-compat-data@8.1.9 && tar xzf mdn-browser-compat-data-8.1.9.tgz
//	go run ./internal/compat/bcdsubset -in /tmp/package/data.json api.CloseEvent api.WebSocketStream api.WebSocketError > content/data/browser-compat.json
//
// (make bcd-subset BCD=/tmp/package/data.json does the same.)
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	in := flag.String("in", "", "data.json of @mdn/browser-compat-data")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: bcdsubset -in data.json key... > subset.json")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *in == "" || flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	src, err := os.ReadFile(*in)
	if err == nil {
		err = subset(src, flag.Args(), os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bcdsubset:", err)
		os.Exit(1)
	}
}

type object = map[string]any

func subset(src []byte, keys []string, w io.Writer) error {
	var all object
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber()
	if err := dec.Decode(&all); err != nil {
		return err
	}
	out := object{}
	if meta, ok := all["__meta"].(object); ok {
		meta["subset"] = "features " + strings.Join(keys, ", ") + "; made by doku's internal/compat/bcdsubset"
		out["__meta"] = meta
	}
	versions := map[string]map[string]bool{} // browser → versions named
	for _, key := range keys {
		parts := strings.Split(key, ".")
		var from any = all
		to := out
		for i, p := range parts {
			o, ok := from.(object)
			if !ok || o[p] == nil {
				return fmt.Errorf("no feature %q in the data", strings.Join(parts[:i+1], "."))
			}
			from = o[p]
			if i == len(parts)-1 {
				to[p] = from
				break
			}
			next, ok := to[p].(object)
			if !ok {
				next = object{}
				to[p] = next
			}
			to = next
		}
		collectVersions(from, versions)
	}
	browsers, _ := all["browsers"].(object)
	kept := object{}
	for id, vs := range versions {
		b, ok := browsers[id].(object)
		if !ok {
			return fmt.Errorf("support names browser %q, which the data does not list", id)
		}
		releases, _ := b["releases"].(object)
		keptReleases := object{}
		for v := range vs {
			if r, ok := releases[v]; ok {
				keptReleases[v] = r
			}
		}
		b["releases"] = keptReleases
		kept[id] = b
	}
	out["browsers"] = kept
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// collectVersions notes, for each browser, the versions the support
// statements below feature name.
func collectVersions(feature any, versions map[string]map[string]bool) {
	o, ok := feature.(object)
	if !ok {
		return
	}
	for k, v := range o {
		if k != "__compat" {
			collectVersions(v, versions)
			continue
		}
		c, _ := v.(object)
		support, _ := c["support"].(object)
		for id, s := range support {
			stmts, ok := s.([]any)
			if !ok {
				stmts = []any{s}
			}
			if versions[id] == nil {
				versions[id] = map[string]bool{}
			}
			for _, st := range stmts {
				st, _ := st.(object)
				for _, f := range []string{"version_added", "version_removed"} {
					if v, ok := st[f].(string); ok {
						versions[id][strings.TrimPrefix(v, "≤")] = true
					}
				}
			}
		}
	}
}
