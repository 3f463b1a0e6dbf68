package i18n

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"text/template"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// FieldError is a problem with one plural form of a submitted
// translation, said so that it can be shown beside that form's field.
type FieldError struct {
	Form    string
	Message string
}

// WantedForms are the plural forms a translation of sm into locale must
// fill: every form the locale uses when the English varies with a count,
// else "other" alone. They are the fields a form for the message shows.
func WantedForms(sm *goi18n.Message, locale string) []string {
	if IsPlural(sm) {
		return RequiredForms(locale)
	}
	return []string{"other"}
}

// ValidateTranslation checks a translation of the source message sm into
// locale before it is saved, with the rules of 'doku i18n check' and of a
// build: every wanted form filled, the placeholders and tags of the
// English kept (no more, no fewer), only {{.Name}} actions, and every
// form a template that parses. forms holds the submitted text by form;
// forms not wanted are ignored. No errors means the message, saved with
// the current source hash, passes check.
func ValidateTranslation(sm *goi18n.Message, locale string, forms map[string]string) []FieldError {
	var errs []FieldError
	source := placeholders(strings.Join(slices.Collect(maps.Values(Forms(sm))), " "))
	for _, form := range WantedForms(sm, locale) {
		text := forms[form]
		if strings.TrimSpace(text) == "" {
			errs = append(errs, FieldError{form, fmt.Sprintf("the form %q is empty: %s needs it", form, locale)})
			continue
		}
		if _, err := template.New(form).Parse(text); err != nil {
			errs = append(errs, FieldError{form, "the text is not a valid message: " + templateError(err) +
				"; write {{ and }} only around placeholders such as {{.Count}}"})
			continue
		}
		if bad := badActions(text); len(bad) > 0 {
			errs = append(errs, FieldError{form, fmt.Sprintf("%s is not a placeholder: a message may hold only placeholders such as {{.Count}}", strings.Join(bad, " "))})
			continue
		}
		missing, extra := comparePlaceholders(source, form, text)
		if len(missing) > 0 {
			errs = append(errs, FieldError{form, "keep the placeholders and tags of the English text: " + strings.Join(missing, " ") + " is missing"})
		}
		if len(extra) > 0 {
			errs = append(errs, FieldError{form, strings.Join(extra, " ") + " is not in the English text: " + extraHint(source)})
		}
	}
	return errs
}

// badActions lists the template actions of text that are not {{.Name}}
// placeholders.
func badActions(text string) []string {
	var bad []string
	for _, m := range actionRE.FindAllStringSubmatch(text, -1) {
		if !fieldRE.MatchString(m[1]) {
			bad = append(bad, m[0])
		}
	}
	return bad
}

// templateError drops the "template: name:1:" prefix text/template puts
// before its message: the field the error is shown beside names the form.
func templateError(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 && strings.HasPrefix(msg, "template:") {
		return msg[i+2:]
	}
	return msg
}
