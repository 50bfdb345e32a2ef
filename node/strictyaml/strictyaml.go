// Package strictyaml decodes YAML documents that people write by hand
// (node config, charters, experiment specs, storylines) so that every
// mistake is reported as "file:line:column: problem", never silently
// defaulted: unknown keys, duplicate keys, wrong types, and the semantic
// errors a validator finds after decoding all carry a position.
package strictyaml

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// Error is a problem at a position in a YAML file. Line and Column are
// 1-based; both are 0 when the problem has no single place (an empty file).
type Error struct {
	File   string
	Line   int
	Column int
	Msg    string
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Msg)
}

// Document is a parsed YAML file that can locate paths for later errors.
type Document struct {
	name string
	file *ast.File
}

// Decode parses data strictly into v. It returns the document so a
// validator can attach positions to semantic errors with Errorf.
func Decode(name string, data []byte, v any) (doc *Document, err error) {
	// go-yaml has panicked on malformed input our fuzzers found (a tagged
	// scalar where a list belongs); hand-written files must get an error.
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, &Error{File: name, Msg: fmt.Sprintf("malformed YAML (the parser failed: %v)", r)}
		}
	}()
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, convert(name, err)
	}
	doc = &Document{name: name, file: f}
	if len(f.Docs) > 1 {
		return nil, doc.at(f.Docs[1], "more than one YAML document")
	}
	if len(f.Docs) == 0 || f.Docs[0].Body == nil {
		return nil, &Error{File: name, Msg: "empty document"}
	}
	if err := yaml.UnmarshalWithOptions(data, v, yaml.Strict(), yaml.DisallowUnknownField()); err != nil {
		return nil, convert(name, err)
	}
	return doc, nil
}

// Errorf returns an Error at the node named by path, a dotted path such as
// "p2p.listen[1]" (the "$." prefix of YAMLPath is optional). When the path
// is not in the document (a missing key) it points at the closest parent
// that is, so "missing version" points at the top of the file.
func (d *Document) Errorf(path string, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	p := strings.TrimPrefix(path, "$")
	p = strings.TrimPrefix(p, ".")
	for p != "" {
		if n := d.lookup(p); n != nil {
			return d.at(n, msg)
		}
		p = parent(p)
	}
	return &Error{File: d.name, Line: 1, Column: 1, Msg: msg}
}

// Has reports whether path is present in the document (so a validator can
// tell an absent key from a zero value).
func (d *Document) Has(path string) bool {
	return d.lookup(strings.TrimPrefix(strings.TrimPrefix(path, "$"), ".")) != nil
}

func (d *Document) lookup(p string) ast.Node {
	full := "$"
	if p != "" {
		if strings.HasPrefix(p, "[") {
			full += p
		} else {
			full += "." + p
		}
	}
	yp, err := yaml.PathString(full)
	if err != nil {
		return nil
	}
	n, err := yp.FilterFile(d.file)
	if err != nil || n == nil {
		return nil
	}
	return n
}

func (d *Document) at(n ast.Node, msg string) error {
	tk := n.GetToken()
	if tk == nil || tk.Position == nil {
		return &Error{File: d.name, Msg: msg}
	}
	return &Error{File: d.name, Line: tk.Position.Line, Column: tk.Position.Column, Msg: msg}
}

func parent(p string) string {
	if i := strings.LastIndexAny(p, ".["); i >= 0 {
		return p[:i]
	}
	return ""
}

// convert turns a go-yaml error into a one-line positioned Error.
func convert(name string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) && te.Token != nil && te.Token.Position != nil {
		// go-yaml names Go struct fields; say what the value should be.
		return &Error{File: name, Line: te.Token.Position.Line, Column: te.Token.Position.Column,
			Msg: fmt.Sprintf("%q is not %s", te.Token.Value, kindName(te.DstType))}
	}
	var oe *yaml.OverflowError
	if errors.As(err, &oe) && oe.Token != nil && oe.Token.Position != nil {
		return &Error{File: name, Line: oe.Token.Position.Line, Column: oe.Token.Position.Column,
			Msg: fmt.Sprintf("%s is out of range for %s", oe.SrcNum, kindName(oe.DstType))}
	}
	var ye yaml.Error
	if errors.As(err, &ye) {
		e := &Error{File: name, Msg: cleanMessage(ye.GetMessage())}
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			e.Line, e.Column = tk.Position.Line, tk.Position.Column
		}
		return e
	}
	return &Error{File: name, Msg: firstLine(err.Error())}
}

// kindName describes a Go type the way a YAML author thinks of it.
func kindName(t reflect.Type) string {
	if t == nil {
		return "a valid value"
	}
	switch t.Kind() {
	case reflect.Bool:
		return "a boolean (true or false)"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "an integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.String:
		return "a string"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Map, reflect.Struct:
		return "a mapping"
	}
	return "a " + t.String()
}

func cleanMessage(s string) string {
	s = firstLine(s)
	// go-yaml says `unknown field "x"`; say which kind of mistake it is.
	s = strings.TrimPrefix(s, "[1:1] ")
	return s
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}
