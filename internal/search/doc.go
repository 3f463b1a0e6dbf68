// Package search builds doku's search index: one per locale, written as
// classic scripts that the client in static/search.js loads piece by piece,
// so that search works from file:// without fetch, modules or workers.
//
// The normaliser (normalize.go) turns text into tokens; static/search.js
// holds the same algorithm for queries, and both are tested against
// testdata/normalize.json.
package search
