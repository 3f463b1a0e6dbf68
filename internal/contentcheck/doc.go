// Package contentcheck checks this repository's own site (content/,
// locales/) for what no build error catches: that its prose is its own
// and shares no run of eight words with the documents it was written
// against (Shared), and that the support figures its compatibility page
// states by hand agree with the browser-compat data. (The close-code data
// is checked by cmd/doku's TestRepositoryCloseCodes.) The checks are its tests; this
// file and words.go hold what they share.
package contentcheck
