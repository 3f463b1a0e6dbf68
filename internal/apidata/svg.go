package apidata

import (
	"encoding/json"
	"errors"
	"io/fs"
	"path"

	"github.com/doku-docs/doku/internal/diag"
)

// SVGElement is one element of SVGData.json, as SVGInfo reads it: the
// categories it belongs to and what it may contain.
type SVGElement struct {
	// Categories are l10n keys ("containerElement").
	Categories []string `json:"categories"`
	Content    struct {
		// Description is an l10n key ("anyNumberOfElementsAnyOrder"),
		// or, where the data spells the sentence out, HTML by locale
		// (Texts).
		Description SVGDescription `json:"description"`
		// Elements are groups of elements, as l10n keys
		// ("shapeElements"), and elements, as "&lt;name&gt;".
		Elements []string `json:"elements"`
	} `json:"content"`
}

// SVGDescription is an element's permitted content: a key or texts.
type SVGDescription struct {
	Key   string
	Texts map[string]string
}

// UnmarshalJSON reads a string as a key and an object as texts by locale.
func (d *SVGDescription) UnmarshalJSON(b []byte) error {
	if err := json.Unmarshal(b, &d.Key); err == nil {
		return nil
	}
	return json.Unmarshal(b, &d.Texts)
}

// svgFile is SVGData.json's shape: unlike the other files, no list.
type svgFile struct {
	Elements map[string]SVGElement `json:"elements"`
}

// loadSVG reads Dir/SVGData.json into d where it exists.
func (d *Data) loadSVG(fsys fs.FS, name string, dc *diag.Collector) {
	src, err := fs.ReadFile(fsys, path.Join(Dir, "SVGData.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	pos := diag.Pos{File: path.Join(name, Dir, "SVGData.json")}
	var f svgFile
	if err == nil {
		err = json.Unmarshal(src, &f)
	}
	if err != nil {
		dc.Warnf(pos, diag.APIData, `the file is a JSON object {"elements": {"a": {...}}}`, "cannot read: %v; SVGInfo shows nothing", err)
		return
	}
	d.SVG = f.Elements
}

// SVGInfo returns what the data says of the SVG element name.
func (d *Data) SVGInfo(name string) (SVGElement, bool) {
	if d == nil {
		return SVGElement{}, false
	}
	e, ok := d.SVG[name]
	return e, ok
}
