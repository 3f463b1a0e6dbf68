// Package browsertest drives this repository's built site in a real,
// headless Chromium (through chromedp): over HTTP from 127.0.0.1 and from
// file://, as the hosted site's and the offline bundle's readers see it.
// The tests search, follow results, switch language and fail on any error
// in the browser's console; on failure they keep a screenshot.
//
// Without a Chromium the tests skip, unless DOKU_REQUIRE_BROWSER is set
// (CI sets it), in which case they fail.
package browsertest
