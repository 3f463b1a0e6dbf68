// Package apidata reads the data MDN keeps beside its pages in
// files/jsondata: GroupData.json (which interfaces, guides, methods and
// properties make up an API, for the API sidebars) and InterfaceData.json
// (what each interface inherits from, for the sidebars and inheritance
// diagrams), SVGData.json (each SVG element's categories and permitted
// content, for SVGInfo) and L10n-Common.json (MDN's own labels in many
// languages, for locales doku has no catalog of). All are optional: a
// tree without them builds sidebars from its page index alone, and
// SVGInfo shows nothing.
package apidata

import (
	"encoding/json"
	"errors"
	"io/fs"
	"path"

	"github.com/doku-docs/doku/internal/diag"
)

// Dir is the folder of the files inside a content tree.
const Dir = "jsondata"

// Group is one API as GroupData.json describes it. Guides and Tutorial
// are absolute MDN paths ("/en-US/docs/Web/API/..."); the others name
// interfaces, methods ("Navigator.share()") or properties of Web/API, and
// events as "Interface: event".
type Group struct {
	Overview   []string `json:"overview"`
	Guides     []string `json:"guides"`
	Tutorial   []string `json:"tutorial"`
	Interfaces []string `json:"interfaces"`
	Methods    []string `json:"methods"`
	Properties []string `json:"properties"`
	Events     []string `json:"events"`
}

// Interface is one entry of InterfaceData.json.
type Interface struct {
	// Inherits names the interface this one extends, "" for none.
	Inherits string `json:"inh"`
	// Implements names the mixins it includes.
	Implements []string `json:"impl"`
}

// Data is what was read; the zero value (or nil) has no data.
type Data struct {
	Groups     map[string]Group
	Interfaces map[string]Interface
	// SVG is SVGData.json's elements by name ("a", "feBlend").
	SVG map[string]SVGElement
	// Common is L10n-Common.json: per label, its text per locale.
	Common map[string]map[string]string
}

// Load reads Dir/GroupData.json, Dir/InterfaceData.json, Dir/SVGData.json
// and Dir/L10n-Common.json from fsys where
// they exist. name is the tree's path as diagnostics show it. A file that
// cannot be decoded is reported and left out.
func Load(fsys fs.FS, name string, dc *diag.Collector) *Data {
	d := &Data{}
	read := func(file string, v any) {
		src, err := fs.ReadFile(fsys, path.Join(Dir, file))
		if errors.Is(err, fs.ErrNotExist) {
			return
		}
		pos := diag.Pos{File: path.Join(name, Dir, file)}
		if err != nil {
			dc.Warnf(pos, diag.APIData, "check the file's permissions", "cannot read: %v", err)
			return
		}
		// MDN wraps each map in a one-element list.
		var list []json.RawMessage
		if err := json.Unmarshal(src, &list); err != nil || len(list) != 1 {
			if err == nil {
				err = errors.New("want a list holding one object")
			}
			dc.Warnf(pos, diag.APIData, `the file is a JSON list holding one object: [{"Name": {...}}]`, "cannot decode: %v; the API sidebars ignore it", err)
			return
		}
		if err := json.Unmarshal(list[0], v); err != nil {
			dc.Warnf(pos, diag.APIData, `the file is a JSON list holding one object: [{"Name": {...}}]`, "cannot decode: %v; the API sidebars ignore it", err)
		}
	}
	read("GroupData.json", &d.Groups)
	read("InterfaceData.json", &d.Interfaces)
	d.loadSVG(fsys, name, dc)
	readCommon(fsys, name, d, dc)
	return d
}

// readCommon reads L10n-Common.json, a plain object (not in a list).
func readCommon(fsys fs.FS, name string, d *Data, dc *diag.Collector) {
	src, err := fs.ReadFile(fsys, path.Join(Dir, "L10n-Common.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	pos := diag.Pos{File: path.Join(name, Dir, "L10n-Common.json")}
	if err == nil {
		err = json.Unmarshal(src, &d.Common)
	}
	if err != nil {
		d.Common = nil
		dc.Warnf(pos, diag.APIData, `the file is a JSON object: {"Label": {"en-US": "...", "de": "..."}}`, "cannot read: %v; labels of locales without a catalog stay English", err)
	}
}

// Label returns MDN's text of the label key (L10n-Common.json) in
// locale, and whether the data has one.
func (d *Data) Label(key, locale string) (string, bool) {
	if d == nil {
		return "", false
	}
	t, ok := d.Common[key][locale]
	return t, ok && t != ""
}

// Group returns the API called name, and whether there is one.
func (d *Data) Group(name string) (Group, bool) {
	if d == nil {
		return Group{}, false
	}
	g, ok := d.Groups[name]
	return g, ok
}

// Ancestors lists what the interface inherits from, nearest first. A cycle
// in the data ends the list.
func (d *Data) Ancestors(name string) []string {
	if d == nil {
		return nil
	}
	var out []string
	seen := map[string]bool{name: true}
	for {
		i, ok := d.Interfaces[name]
		if !ok || i.Inherits == "" || seen[i.Inherits] {
			return out
		}
		name = i.Inherits
		seen[name] = true
		out = append(out, name)
	}
}

// Has reports whether the data describes the interface.
func (d *Data) Has(name string) bool {
	if d == nil {
		return false
	}
	_, ok := d.Interfaces[name]
	return ok
}
