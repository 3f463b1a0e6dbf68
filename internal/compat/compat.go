// Package compat reads browser-compat-data, the published data.json of the
// npm package @mdn/browser-compat-data (CC0), and renders its compatibility
// and specification tables.
//
// A build opens the data once (Open) and shares the *Data read-only between
// its render workers. Open scans the whole file once to check its syntax
// and to index every feature by its dotted key ("api.CloseEvent.code"), but
// decodes only the browsers; a feature's support data is decoded the first
// time a page asks for it, so a build pays only for the features its pages
// use. Bad data never panics: it is an error naming the file, line and
// column.
package compat

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Browser is one entry of the data's "browsers" table.
type Browser struct {
	ID   string `json:"-"`
	Name string `json:"name"`
	// Type is "desktop", "mobile", "server" or "xr".
	Type string `json:"type"`
	// PreviewName names the browser's preview channel ("Nightly").
	PreviewName string `json:"preview_name"`
	// PrefURL is where users change the browser's flags (chrome://flags).
	PrefURL      string             `json:"pref_url"`
	AcceptsFlags bool               `json:"accepts_flags"`
	Releases     map[string]Release `json:"releases"`
}

// Release is one version of a browser.
type Release struct {
	ReleaseDate string `json:"release_date"`
	// Status is "retired", "current", "beta", "nightly", "esr" or "planned".
	Status string `json:"status"`
	Engine string `json:"engine"`
}

// Meta is the data's "__meta" entry.
type Meta struct {
	Version   string `json:"version"`
	Timestamp string `json:"timestamp"`
}

// Compat is a feature's "__compat" entry.
type Compat struct {
	// Description is HTML naming the feature where its key does not
	// ("<code>CloseEvent()</code> constructor").
	Description string `json:"description"`
	MDNURL      string `json:"mdn_url"`
	// SpecURLs is spec_url, a string or a list in the data.
	SpecURLs Strings `json:"spec_url"`
	Status   *Status `json:"status"`
	// Support maps a browser ID to its statements, most relevant first.
	Support map[string]Statements `json:"support"`
}

// Status says how settled a feature is.
type Status struct {
	Experimental  bool `json:"experimental"`
	StandardTrack bool `json:"standard_track"`
	Deprecated    bool `json:"deprecated"`
}

// Statement is one support statement of one browser.
type Statement struct {
	Added   Version `json:"version_added"`
	Removed Version `json:"version_removed"`
	// Partial is partial_implementation.
	Partial bool `json:"partial_implementation"`
	// Prefix is a vendor prefix the feature needs ("-webkit-").
	Prefix string `json:"prefix"`
	// AlternativeName is another name the browser knows the feature by.
	AlternativeName string `json:"alternative_name"`
	Flags           []Flag `json:"flags"`
	// Notes are HTML; see SanitizeHTML.
	Notes Strings `json:"notes"`
}

// Flag is a setting a user must change for the feature to work.
type Flag struct {
	// Type is "preference" or "runtime_flag".
	Type       string `json:"type"`
	Name       string `json:"name"`
	ValueToSet string `json:"value_to_set"`
}

// Statements is a browser's support: one statement or a list in the data.
type Statements []Statement

// UnmarshalJSON accepts a statement or a non-empty list of statements.
func (s *Statements) UnmarshalJSON(b []byte) error {
	list, err := oneOrList[Statement](b, "a support statement or a list of them")
	if err == nil && len(list) == 0 {
		err = fmt.Errorf("empty list of support statements")
	}
	*s = list
	return err
}

// Strings is a string or a list of strings in the data.
type Strings []string

// UnmarshalJSON accepts a string or a list of strings.
func (s *Strings) UnmarshalJSON(b []byte) error {
	list, err := oneOrList[string](b, "a string or a list of strings")
	*s = list
	return err
}

// oneOrList decodes a value the data writes either alone or as a list.
func oneOrList[T any](b []byte, want string) ([]T, error) {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '[' {
		var list []T
		if err := json.Unmarshal(b, &list); err != nil {
			return nil, plain(err, want, b)
		}
		return list, nil
	}
	var one T
	if err := json.Unmarshal(b, &one); err != nil {
		return nil, plain(err, want, b)
	}
	return []T{one}, nil
}

// VersionKind says what a version_added or version_removed value means.
type VersionKind int

const (
	// Unknown is null or absent: nobody knows.
	Unknown VersionKind = iota
	// No is false: not supported (for version_removed: not removed).
	No
	// Yes is true: supported since an unknown version.
	Yes
	// Exact is a version number ("12.1").
	Exact
	// Ranged is "≤N": supported in N, perhaps earlier.
	Ranged
	// Preview is "preview": in the browser's preview channel only.
	Preview
)

// Version is a version_added or version_removed value.
type Version struct {
	Kind VersionKind
	// Number is the version for Exact and Ranged ("12.1").
	Number string
}

// UnmarshalJSON accepts a version string, "preview", "≤N", true, false and
// null.
func (v *Version) UnmarshalJSON(b []byte) error {
	switch s := string(bytes.TrimSpace(b)); s {
	case "null":
		*v = Version{}
		return nil
	case "true":
		*v = Version{Kind: Yes}
		return nil
	case "false":
		*v = Version{Kind: No}
		return nil
	}
	s, err := unquote(b)
	if err != nil {
		return fmt.Errorf("want a version string, true, false or null, got %s", abbrev(b))
	}
	switch {
	case s == "preview":
		*v = Version{Kind: Preview}
	case strings.HasPrefix(s, "≤") && len(s) > len("≤"):
		*v = Version{Kind: Ranged, Number: strings.TrimPrefix(s, "≤")}
	case s != "" && strings.Trim(s, "0123456789.") == "":
		*v = Version{Kind: Exact, Number: s}
	default:
		return fmt.Errorf("version %q is not a number like \"12.1\", \"≤12.1\" or \"preview\"", s)
	}
	return nil
}

// plain rewords an error of a nested json.Unmarshal: a type error's
// offset is relative to the nested value, so it must not pass for one in
// the file. A type error of the value itself says what was wanted.
func plain(err error, want string, b []byte) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field == "" {
			return fmt.Errorf("want %s, got %s", want, abbrev(b))
		}
		return fmt.Errorf("%s: want %v, got %s", te.Field, te.Type, te.Value)
	}
	return err
}

// unquote decodes a JSON string. Versions seldom hold escapes, and this
// is the hot path of decoding a feature: plain ones skip json.Unmarshal.
func unquote(b []byte) (string, error) {
	b = bytes.TrimSpace(b)
	if len(b) >= 2 && b[0] == '"' && b[len(b)-1] == '"' && bytes.IndexByte(b[1:len(b)-1], '\\') < 0 &&
		bytes.IndexByte(b[1:len(b)-1], '"') < 0 {
		return string(b[1 : len(b)-1]), nil
	}
	var s string
	err := json.Unmarshal(b, &s)
	return s, err
}

// abbrev shortens a JSON value for an error message.
func abbrev(b []byte) string {
	const max = 40
	if len(b) > max {
		return string(b[:max]) + "…"
	}
	return string(b)
}
