package i18n

// State is where the translation of a message or of a page stands: the
// one vocabulary of doku i18n check, sync and status, the status page and
// the banner on out-of-date pages.
type State string

const (
	// Translated: translated from the English as it is now (a message
	// adopted before doku kept hashes counts too).
	Translated State = "translated"
	// Stale: translated from English that has changed since (a message's
	// text, a page's file after its l10n.sourceCommit).
	Stale State = "stale"
	// Untranslated: a message sync added with the English text, still to
	// be translated.
	Untranslated State = "untranslated"
	// Missing: not in the translation at all; readers see the English.
	Missing State = "missing"
	// Obsolete: a message in the translation that the source no longer has.
	Obsolete State = "obsolete"
	// Unknown: a page that is translated, but whether it is up to date
	// cannot be told (no git history, an unknown source commit).
	Unknown State = "unknown"
)
