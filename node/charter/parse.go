package charter

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// The top-level keys of a charter, in the order messages list them.
const (
	keyVersion     = "version"
	keyDescription = "description"
	keyAllowed     = "allowed_metrics"
	keyForbidden   = "forbidden_metrics"
	keyRate        = "max_collection_rate_hz"
	keyViolations  = "violations"

	keyType     = "type"
	keySeverity = "severity"
	keyPenalty  = "penalty"
)

var (
	topKeys       = []string{keyVersion, keyDescription, keyAllowed, keyForbidden, keyRate, keyViolations}
	requiredTop   = []string{keyVersion, keyAllowed, keyRate, keyViolations}
	violationKeys = []string{keyType, keySeverity, keyPenalty}
)

// maxVersion keeps versions well inside int on every platform.
const maxVersion = math.MaxInt32

// Parse parses and validates a charter document. name is used in errors
// ("name:line:col: problem") and kept as Name. Every problem is an *Error.
//
// The document is read with go-yaml's parser (for positions) and then
// walked by hand against the schema, rather than decoded with
// yaml.Strict(): the strict decoder still coerces `version: 1.5` to 1 and
// `"1"` to 1, and a charter must never be read differently from how it was
// written. Anchors, aliases, tags and merge keys are refused, because a
// charter arrives over gossip and aliases are the classic expansion bomb.
func Parse(name string, data []byte) (*Charter, error) {
	if len(data) > MaxCharterSize {
		return nil, &Error{File: name, Msg: fmt.Sprintf("charter is larger than %d bytes", MaxCharterSize)}
	}
	if !utf8.Valid(data) {
		return nil, &Error{File: name, Msg: "charter is not valid UTF-8"}
	}
	if e := checkFlowDepth(name, data); e != nil {
		return nil, e
	}
	f, err := parseYAML(name, data)
	if err != nil {
		return nil, err
	}
	var docs []*ast.DocumentNode
	for _, d := range f.Docs {
		if d != nil && d.Body != nil {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		return nil, &Error{File: name, Msg: "empty document"}
	}
	d := &decoder{name: name}
	if len(docs) > 1 {
		e := d.errAt(mappingStart(docs[1].Body), "more than one YAML document")
		if tk := docs[1].Start; tk != nil && tk.Position != nil {
			e.Line, e.Column = tk.Position.Line, tk.Position.Column
		}
		return nil, e
	}
	c, err := d.charter(docs[0].Body)
	if err != nil {
		return nil, err
	}
	c.name = name
	c.raw = append([]byte(nil), data...)
	c.sum = sha256.Sum256(data)
	return c, nil
}

// checkFlowDepth refuses documents whose [ and { nest deeper than
// MaxFlowDepth. It counts every bracket, even inside quotes and comments,
// so it over-estimates the nesting and a document cannot hide depth from it;
// a real charter is nowhere near the limit either way.
func checkFlowDepth(name string, data []byte) *Error {
	depth, line, col := 0, 1, 0
	for _, b := range data {
		if utf8.RuneStart(b) {
			col++
		}
		switch b {
		case '\n':
			line, col = line+1, 0
		case '[', '{':
			depth++
			if depth > MaxFlowDepth {
				return &Error{File: name, Line: line, Column: col, Msg: fmt.Sprintf("[ and { nested deeper than %d", MaxFlowDepth)}
			}
		case ']', '}':
			if depth > 0 {
				depth--
			}
		}
	}
	return nil
}

// parseYAML runs go-yaml's parser. Duplicate keys are let through so the
// walker reports them in its own words. go-yaml is not written for hostile
// input, and a panic in it must not take down a node that received a
// charter over the network, so it is recovered here (and only here, so
// the fuzzer still sees this package's own bugs).
func parseYAML(name string, data []byte) (f *ast.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, &Error{File: name, Msg: fmt.Sprintf("YAML parser failed: %v", r)}
		}
	}()
	f, err = parser.ParseBytes(data, 0, parser.AllowDuplicateMapKey())
	if err != nil {
		return nil, syntaxError(name, err)
	}
	return f, nil
}

// syntaxError turns a go-yaml error into a one-line positioned Error.
func syntaxError(name string, err error) error {
	var ye yaml.Error
	if errors.As(err, &ye) {
		e := &Error{File: name, Msg: firstLine(ye.GetMessage())}
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			e.Line, e.Column = tk.Position.Line, tk.Position.Column
		}
		return e
	}
	return &Error{File: name, Msg: firstLine(err.Error())}
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

type decoder struct {
	name string
}

type position struct{ line, col int }

// String is "line:col", as messages cite an earlier position.
func (p position) String() string { return fmt.Sprintf("%d:%d", p.line, p.col) }

func posOf(n ast.Node) position {
	if n == nil {
		return position{}
	}
	tk := n.GetToken()
	if tk == nil || tk.Position == nil {
		return position{}
	}
	return position{tk.Position.Line, tk.Position.Column}
}

func (d *decoder) errAt(n ast.Node, format string, args ...any) *Error {
	p := posOf(n)
	return &Error{File: d.name, Line: p.line, Column: p.col, Msg: fmt.Sprintf(format, args...)}
}

// kindOf names a node's YAML kind for "want X, got Y" messages.
func kindOf(n ast.Node) string {
	switch v := n.(type) {
	case nil, *ast.NullNode:
		return "null"
	case *ast.BoolNode:
		return fmt.Sprintf("boolean %v", v.Value)
	case *ast.IntegerNode:
		return fmt.Sprintf("integer %v", v.Value)
	case *ast.FloatNode:
		return "number " + v.GetToken().Value
	case *ast.InfinityNode:
		return "infinity"
	case *ast.NanNode:
		return "NaN"
	case *ast.StringNode:
		return fmt.Sprintf("string %q", truncate(v.Value))
	case *ast.LiteralNode:
		return "block string"
	case *ast.MappingNode, *ast.MappingValueNode:
		return "mapping"
	case *ast.SequenceNode:
		return "list"
	}
	return strings.ToLower(n.Type().String())
}

func truncate(s string) string {
	const max = 40
	if len(s) <= max {
		return s
	}
	i := max
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "..."
}

// plain rejects the YAML features a charter does not use. Every node the
// walker looks at passes through it.
func (d *decoder) plain(n ast.Node) error {
	switch n.(type) {
	case *ast.AnchorNode:
		return d.errAt(n, "anchors (&name) are not allowed in a charter")
	case *ast.AliasNode:
		return d.errAt(n, "aliases (*name) are not allowed in a charter")
	case *ast.TagNode:
		return d.errAt(n, "tags (!name) are not allowed in a charter")
	case *ast.MappingKeyNode:
		return d.errAt(n, "explicit keys (? key) are not allowed in a charter")
	case *ast.MergeKeyNode:
		return d.errAt(n, "merge keys (<<) are not allowed in a charter")
	case *ast.DirectiveNode:
		return d.errAt(n, "directives are not allowed in a charter")
	}
	return nil
}

// entry is one key/value pair of a mapping.
type entry struct {
	key   string
	keyN  ast.Node
	value ast.Node
}

// mapping calls fn for each entry of a mapping node in file order,
// refusing non-string and duplicate keys and, when known is non-nil,
// unknown ones. Each entry is checked and handed to fn before the next is
// looked at, so the error returned is always the first in the file.
func (d *decoder) mapping(n ast.Node, what string, known []string, fn func(entry) error) error {
	if err := d.plain(n); err != nil {
		return err
	}
	var values []*ast.MappingValueNode
	switch m := n.(type) {
	case *ast.MappingNode:
		values = m.Values
	case *ast.MappingValueNode:
		values = []*ast.MappingValueNode{m}
	default:
		return d.errAt(n, "%s: want a mapping, got %s", what, kindOf(n))
	}
	seen := make(map[string]ast.Node, len(values))
	for _, mv := range values {
		if err := d.plain(mv.Key); err != nil {
			return err
		}
		ks, ok := mv.Key.(*ast.StringNode)
		if !ok {
			return d.errAt(mv.Key, "%s: keys must be strings, got %s", what, kindOf(mv.Key))
		}
		if first, dup := seen[ks.Value]; dup {
			return d.errAt(ks, "duplicate key %q (first at %s)", ks.Value, posOf(first))
		}
		seen[ks.Value] = ks
		if known != nil && !containsString(known, ks.Value) {
			return d.errAt(ks, "unknown key %q in %s (want one of %s)", ks.Value, what, joinNames(known))
		}
		if err := d.plain(mv.Value); err != nil {
			return err
		}
		if err := fn(entry{key: ks.Value, keyN: ks, value: mv.Value}); err != nil {
			return err
		}
	}
	return nil
}

// mappingStart is where to point for a problem with a whole mapping (a
// missing key): the brace of a flow mapping, else its first key.
func mappingStart(n ast.Node) ast.Node {
	switch m := n.(type) {
	case *ast.MappingNode:
		if !m.IsFlowStyle && len(m.Values) > 0 {
			return m.Values[0].Key
		}
	case *ast.MappingValueNode:
		return m.Key
	}
	return n
}

func (d *decoder) sequence(n ast.Node, what string) ([]ast.Node, error) {
	s, ok := n.(*ast.SequenceNode)
	if !ok {
		return nil, d.errAt(n, "%s: want a list, got %s", what, kindOf(n))
	}
	for _, v := range s.Values {
		if err := d.plain(v); err != nil {
			return nil, err
		}
	}
	return s.Values, nil
}

func (d *decoder) str(n ast.Node, what string) (string, error) {
	switch v := n.(type) {
	case *ast.StringNode:
		return v.Value, nil
	case *ast.LiteralNode:
		if v.Value != nil {
			return v.Value.Value, nil
		}
		return "", nil
	}
	return "", d.errAt(n, "%s: want a string, got %s", what, kindOf(n))
}

// name reads a metric or category name: a scalar string in the charter's
// name syntax.
func (d *decoder) metricName(n ast.Node, what string) (string, error) {
	s, ok := n.(*ast.StringNode)
	if !ok {
		return "", d.errAt(n, "%s: want a name, got %s", what, kindOf(n))
	}
	if !ValidName(s.Value) {
		return "", d.errAt(n, "%s %q: names are lowercase letters, digits and _, start with a letter, at most %d bytes", what, truncate(s.Value), MaxNameLen)
	}
	return s.Value, nil
}

// ValidName reports whether s is a valid charter metric or category name:
// [a-z][a-z0-9_]*, at most MaxNameLen bytes.
func ValidName(s string) bool {
	if s == "" || len(s) > MaxNameLen || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		b := s[i]
		if (b < 'a' || b > 'z') && (b < '0' || b > '9') && b != '_' {
			return false
		}
	}
	return true
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// listing remembers where a metric name was first listed, to point at the
// second listing and name the first.
type listing struct {
	pos       position
	forbidden bool
	category  string
}

func (l listing) describe() string {
	if l.forbidden {
		return fmt.Sprintf("forbidden at %s", l.pos)
	}
	return fmt.Sprintf("allowed in category %q at %s", l.category, l.pos)
}

func (d *decoder) charter(body ast.Node) (*Charter, error) {
	c := &Charter{
		categories:  []Category{},
		forbidden:   []string{},
		allowed:     map[string]string{},
		forbiddenBy: map[string]struct{}{},
	}
	// Names are checked in file order across both lists, so the error
	// always points at the later listing.
	seen := map[string]listing{}
	present := map[string]bool{}
	err := d.mapping(body, "charter", topKeys, func(e entry) (err error) {
		present[e.key] = true
		switch e.key {
		case keyVersion:
			err = d.version(c, e.value)
		case keyDescription:
			c.description, err = d.str(e.value, keyDescription)
		case keyAllowed:
			err = d.allowed(c, e.value, seen)
		case keyForbidden:
			err = d.forbiddenList(c, e.value, seen)
		case keyRate:
			err = d.rate(c, e.value)
		case keyViolations:
			err = d.violations(c, e)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	for _, k := range requiredTop {
		if !present[k] {
			return nil, d.errAt(mappingStart(body), "missing required key %q", k)
		}
	}
	return c, nil
}

// yamlNumber is a YAML 1.2 core-schema number. go-yaml reads some of
// these (1e-9, integers past 64 bits) as plain strings; a charter reads
// them as the numbers they look like, so the error names the real problem.
var yamlNumber = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)

// plainNumber returns the text of an unquoted scalar that go-yaml left as a
// string although it is a YAML number.
func plainNumber(n ast.Node) (string, bool) {
	s, ok := n.(*ast.StringNode)
	if !ok || s.Token == nil || s.Token.Type != token.StringType || !yamlNumber.MatchString(s.Value) {
		return "", false
	}
	return s.Value, true
}

func (d *decoder) version(c *Charter, n ast.Node) error {
	if text, ok := plainNumber(n); ok {
		return d.errAt(n, "version: want a positive integer up to %d, got %s", maxVersion, truncate(text))
	}
	in, ok := n.(*ast.IntegerNode)
	if !ok {
		return d.errAt(n, "version: want a positive integer, got %s", kindOf(n))
	}
	var v int64
	switch x := in.Value.(type) {
	case int64:
		v = x
	case uint64:
		if x > maxVersion {
			v = maxVersion + 1
		} else {
			v = int64(x)
		}
	}
	if v < 1 || v > maxVersion {
		return d.errAt(n, "version: want a positive integer up to %d, got %v", maxVersion, in.Value)
	}
	c.version = int(v)
	return nil
}

func (d *decoder) allowed(c *Charter, n ast.Node, seen map[string]listing) error {
	return d.mapping(n, keyAllowed, nil, func(cat entry) error {
		if !ValidName(cat.key) {
			return d.errAt(cat.keyN, "category %q: names are lowercase letters, digits and _, start with a letter, at most %d bytes", truncate(cat.key), MaxNameLen)
		}
		items, err := d.sequence(cat.value, fmt.Sprintf("category %q", cat.key))
		if err != nil {
			return err
		}
		if len(items) == 0 {
			return d.errAt(cat.value, "category %q lists no metrics", cat.key)
		}
		names := make([]string, 0, len(items))
		for _, it := range items {
			m, err := d.metricName(it, "metric")
			if err != nil {
				return err
			}
			if prev, dup := seen[m]; dup {
				if prev.forbidden {
					return d.errAt(it, "metric %q is both forbidden (at %s) and allowed", m, prev.pos)
				}
				return d.errAt(it, "duplicate metric %q (already %s)", m, prev.describe())
			}
			seen[m] = listing{pos: posOf(it), category: cat.key}
			c.allowed[m] = cat.key
			names = append(names, m)
		}
		c.categories = append(c.categories, Category{Name: cat.key, Metrics: names})
		return nil
	})
}

func (d *decoder) forbiddenList(c *Charter, n ast.Node, seen map[string]listing) error {
	items, err := d.sequence(n, keyForbidden)
	if err != nil {
		return err
	}
	for _, it := range items {
		m, err := d.metricName(it, "metric")
		if err != nil {
			return err
		}
		if prev, dup := seen[m]; dup {
			if !prev.forbidden {
				return d.errAt(it, "metric %q is both allowed (in category %q at %s) and forbidden", m, prev.category, prev.pos)
			}
			return d.errAt(it, "duplicate metric %q (already %s)", m, prev.describe())
		}
		seen[m] = listing{pos: posOf(it), forbidden: true}
		c.forbiddenBy[m] = struct{}{}
		c.forbidden = append(c.forbidden, m)
	}
	return nil
}

func (d *decoder) rate(c *Charter, n ast.Node) error {
	var v float64
	switch x := n.(type) {
	case *ast.FloatNode:
		v = x.Value
	case *ast.IntegerNode:
		switch i := x.Value.(type) {
		case int64:
			v = float64(i)
		case uint64:
			v = float64(i)
		}
	default:
		text, ok := plainNumber(n)
		if !ok {
			return d.errAt(n, "%s: want a number, got %s", keyRate, kindOf(n))
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return d.errAt(n, "%s: %s is out of range", keyRate, truncate(text))
		}
		v = f
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return d.errAt(n, "%s: want a finite number", keyRate)
	}
	if v <= 0 {
		return d.errAt(n, "%s must be > 0, got %s", keyRate, n.GetToken().Value)
	}
	if v < MinCollectionRateHz || v > MaxCollectionRateHz {
		return d.errAt(n, "%s must be between %g and %g, got %s", keyRate, MinCollectionRateHz, MaxCollectionRateHz, n.GetToken().Value)
	}
	c.rateHz = v
	return nil
}

func (d *decoder) violations(c *Charter, ve entry) error {
	items, err := d.sequence(ve.value, keyViolations)
	if err != nil {
		return err
	}
	var where [len(violationNames)]ast.Node
	for _, it := range items {
		var r Rule
		var typeNode ast.Node
		got := map[string]bool{}
		err := d.mapping(it, "violation", violationKeys, func(f entry) error {
			got[f.key] = true
			s, err := d.str(f.value, f.key)
			if err != nil {
				return err
			}
			switch f.key {
			case keyType:
				t, err := ParseViolationType(s)
				if err != nil {
					return d.errAt(f.value, "%v", err)
				}
				if first := where[t]; first != nil {
					return d.errAt(f.value, "duplicate rule for violation type %q (first at %s)", s, posOf(first))
				}
				r.Type, typeNode = t, f.value
			case keySeverity:
				sev, err := ParseSeverity(s)
				if err != nil {
					return d.errAt(f.value, "%v", err)
				}
				r.Severity = sev
			case keyPenalty:
				p, err := ParsePenalty(s)
				if err != nil {
					return d.errAt(f.value, "%v", err)
				}
				r.Penalty = p
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range violationKeys {
			if !got[k] {
				return d.errAt(mappingStart(it), "violation: missing required key %q", k)
			}
		}
		where[r.Type] = typeNode
		c.rules[r.Type] = r
	}
	for _, t := range ViolationTypes() {
		if where[t] == nil {
			return d.errAt(ve.keyN, "violations: no rule for violation type %q", t.String())
		}
	}
	return nil
}
