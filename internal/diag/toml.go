package diag

import (
	"errors"

	"github.com/BurntSushi/toml"
)

// TOMLError returns where a TOML decoding error in file points, and its
// message without the position (the position is in Pos). Errors that carry
// no position point at the start of the file.
func TOMLError(file string, err error) (Pos, string) {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return Pos{File: file, Line: pe.Position.Line, Col: pe.Position.Col}, pe.Message
	}
	return Pos{File: file, Line: 1, Col: 1}, err.Error()
}
