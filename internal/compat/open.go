package compat

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
	"weak"

	"github.com/doku-docs/doku/internal/diag"
)

// Data is an opened data.json. It is safe for concurrent use: the index is
// never changed after Open, and each feature decodes under its own lock.
type Data struct {
	// File is the path shown in diagnostics.
	File     string
	Meta     Meta
	Browsers map[string]*Browser

	src      []byte
	features map[string]*entry
}

// entry is one feature of the index: where its __compat value is in src,
// and the names of its subfeatures.
type entry struct {
	key string
	// start and end delimit the __compat value; end is 0 when the key only
	// groups subfeatures.
	start, end int
	children   []string

	// mu guards compat and err. compat is the feature decoded, held
	// weakly: what no page holds any more goes with the next garbage
	// collection and is decoded again when asked for. Decoded features
	// kept for the whole build were a sixth of its memory on MDN's tree;
	// a page and its translations, rendered one after another, still
	// share one decoding.
	mu     sync.Mutex
	compat weak.Pointer[Compat]
	err    error
}

// Error is a problem in the data, at a position in its file.
type Error struct {
	Pos diag.Pos
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Open indexes src, the contents of a data.json; file is the path shown in
// errors. It checks the syntax of the whole file and decodes the browsers;
// features are decoded by Feature when first asked for.
func Open(src []byte, file string) (*Data, error) {
	d := &Data{File: file, src: src, features: map[string]*entry{}, Browsers: map[string]*Browser{}}
	dec := json.NewDecoder(bytes.NewReader(src))
	if err := d.scanTop(dec); err != nil {
		return nil, d.wrap(err, int(dec.InputOffset()))
	}
	end := int(dec.InputOffset())
	if _, err := dec.Token(); err != io.EOF {
		for end < len(src) && strings.IndexByte(" \t\r\n", src[end]) >= 0 {
			end++
		}
		return nil, d.errorAt(end, "unexpected data after the top-level object")
	}
	return d, nil
}

func (d *Data) scanTop(dec *json.Decoder) error {
	if err := wantDelim(dec, '{'); err != nil {
		return err
	}
	for dec.More() {
		name, err := keyOf(dec)
		if err != nil {
			return err
		}
		switch name {
		case "__meta":
			if err := d.decodeNext(dec, &d.Meta, "__meta"); err != nil {
				return err
			}
		case "browsers":
			if err := d.decodeNext(dec, &d.Browsers, "browsers"); err != nil {
				return err
			}
			for id, b := range d.Browsers {
				if b == nil {
					return fmt.Errorf("browser %q is null", id)
				}
				b.ID = id
			}
		default:
			if err := d.scanFeature(dec, name); err != nil {
				return err
			}
		}
	}
	_, err := dec.Token()
	return err
}

// scanFeature indexes the feature object that dec is at, and its
// subfeatures, under key.
func (d *Data) scanFeature(dec *json.Decoder, key string) error {
	if err := wantDelim(dec, '{'); err != nil {
		return fmt.Errorf("%s: %w", key, err)
	}
	e := &entry{key: key}
	d.features[key] = e
	for dec.More() {
		name, err := keyOf(dec)
		if err != nil {
			return err
		}
		if name == "__compat" {
			if e.start, e.end, err = next(dec); err != nil {
				return err
			}
			continue
		}
		e.children = append(e.children, name)
		if err := d.scanFeature(dec, key+"."+name); err != nil {
			return err
		}
	}
	_, err := dec.Token()
	return err
}

// span records a value's length without decoding it.
type span struct{ n int }

func (s *span) UnmarshalJSON(b []byte) error { s.n = len(b); return nil }

// next returns where the value dec is at starts and ends in the file, and
// moves past it.
func next(dec *json.Decoder) (start, end int, err error) {
	var s span
	if err := dec.Decode(&s); err != nil {
		return 0, 0, err
	}
	end = int(dec.InputOffset())
	return end - s.n, end, nil
}

// decodeNext decodes the value dec is at into v; what names it in errors.
func (d *Data) decodeNext(dec *json.Decoder, v any, what string) error {
	start, end, err := next(dec)
	if err != nil {
		return err
	}
	return d.unmarshal(start, end, v, what)
}

// unmarshal decodes src[start:end] into v. A type error is reported at its
// place in the file (json counts its offset from start); an error of one
// of our UnmarshalJSON methods has no offset and points at start.
func (d *Data) unmarshal(start, end int, v any, what string) error {
	err := json.Unmarshal(d.src[start:end], v)
	var te *json.UnmarshalTypeError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &te):
		if te.Field != "" {
			what += ": " + te.Field
		}
		return d.errorAt(start+int(te.Offset), fmt.Sprintf("%s: want %v, got %s", what, te.Type, te.Value))
	}
	return d.errorAt(start, what+": "+err.Error())
}

func wantDelim(dec *json.Decoder, want json.Delim) error {
	t, err := dec.Token()
	if err != nil {
		return err
	}
	if t != want {
		return fmt.Errorf("want %q, got %v", want, t)
	}
	return nil
}

// keyOf reads an object key.
func keyOf(dec *json.Decoder) (string, error) {
	t, err := dec.Token()
	if err != nil {
		return "", err
	}
	s, ok := t.(string)
	if !ok {
		return "", fmt.Errorf("want an object key, got %v", t)
	}
	return s, nil
}

// wrap turns an error of Open into an *Error at its place in the file:
// where a syntax error is, else at, the decoder's position.
func (d *Data) wrap(err error, at int) error {
	var ce *Error
	var se *json.SyntaxError
	msg := err.Error()
	switch {
	case errors.As(err, &ce):
		return ce
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		at, msg = len(d.src), "the file ends in the middle of a value; is it cut short?"
	case errors.As(err, &se):
		// A json.Decoder counts a syntax error's offset from the start of
		// the value it was decoding; checking the whole file again gives
		// the offset in the file. Offset is just past the bad byte.
		var whole *json.SyntaxError
		if errors.As(json.Unmarshal(d.src, new(json.RawMessage)), &whole) {
			se = whole
		}
		at = max(int(se.Offset)-1, 0)
		msg = "JSON syntax: " + se.Error()
	}
	return d.errorAt(at, msg)
}

func (d *Data) errorAt(off int, msg string) *Error {
	line, col := diag.LineCol(d.src, off)
	return &Error{Pos: diag.Pos{File: d.File, Line: line, Col: col}, Msg: msg}
}

// NotFoundError is returned for a key the data does not have.
type NotFoundError struct {
	Key string
	// Near is the longest prefix of Key that exists, if any.
	Near string
}

func (e *NotFoundError) Error() string {
	if e.Near != "" {
		return fmt.Sprintf("no browser-compat data for %q (%q exists)", e.Key, e.Near)
	}
	return fmt.Sprintf("no browser-compat data for %q", e.Key)
}

// Feature is one feature of the data with its support, decoded.
type Feature struct {
	Key string
	// Compat is nil for a key that only groups subfeatures.
	Compat *Compat
	// Children are the keys of the subfeatures, in the data's order.
	Children []string
}

// Name is the last part of the key ("code" of "api.CloseEvent.code").
func (f *Feature) Name() string { return f.Key[strings.LastIndexByte(f.Key, '.')+1:] }

// Feature decodes the feature with this dotted key. Calls from any
// goroutine share a decoding while it is in use.
func (d *Data) Feature(key string) (*Feature, error) {
	e := d.features[key]
	if e == nil {
		nf := &NotFoundError{Key: key}
		for k := key; strings.Count(k, ".") > 1; {
			k = k[:strings.LastIndexByte(k, '.')]
			if d.features[k] != nil {
				nf.Near = k
				break
			}
		}
		return nil, nf
	}
	c, err := d.decoded(e)
	if err != nil {
		return nil, err
	}
	var children []string
	for _, c := range e.children {
		children = append(children, key+"."+c)
	}
	return &Feature{Key: key, Compat: c, Children: children}, nil
}

// decoded is e's feature, decoded now unless a decoding is still held.
// Errors are kept for good.
func (d *Data) decoded(e *entry) (*Compat, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.err != nil {
		return nil, e.err
	}
	if c := e.compat.Value(); c != nil {
		return c, nil
	}
	c, err := d.decode(e)
	if err != nil {
		e.err = err
		return nil, err
	}
	if c != nil {
		e.compat = weak.Make(c)
	}
	return c, nil
}

func (d *Data) decode(e *entry) (*Compat, error) {
	if e.end == 0 {
		return nil, nil
	}
	var c Compat
	if err := d.unmarshal(e.start, e.end, &c, e.key+".__compat"); err != nil {
		return nil, err
	}
	if c.Support == nil {
		return nil, d.errorAt(e.start, e.key+".__compat has no \"support\" object")
	}
	for id, ss := range c.Support {
		if d.Browsers[id] == nil {
			return nil, d.errorAt(e.start, fmt.Sprintf("%s: support for browser %q, which the data's \"browsers\" does not list", e.key, id))
		}
		if len(ss) == 0 {
			return nil, d.errorAt(e.start, fmt.Sprintf("%s: no support statement for %q", e.key, id))
		}
	}
	return &c, nil
}

// Keys returns every feature key, sorted.
func (d *Data) Keys() []string {
	keys := make([]string, 0, len(d.features))
	for k := range d.features {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Has reports whether the data has key.
func (d *Data) Has(key string) bool { return d.features[key] != nil }

// BrowserIDs returns the IDs of the browsers, sorted.
func (d *Data) BrowserIDs() []string {
	ids := make([]string, 0, len(d.Browsers))
	for id := range d.Browsers {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}
