package cradle

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Limits on gate expressions: a gate is one line an operator writes, and
// rollout gates arrive over gossip, so the parser bounds its work.
const (
	MaxGateLen   = 1024 // bytes of source
	MaxGateDepth = 16   // nested parentheses
	MaxGateTerms = 64   // comparisons
)

// ErrGateSyntax is wrapped by every parse error of a gate expression.
var ErrGateSyntax = errors.New("gate syntax")

// ErrMissingMetric is returned by Eval when a metric the gate names has no
// value (a rollout that has not heard from its cohort yet).
var ErrMissingMetric = errors.New("metric has no value")

// GateError is a parse error at a byte offset of the expression.
type GateError struct {
	Offset int // 0-based byte offset into the expression
	Msg    string
}

func (e *GateError) Error() string {
	return fmt.Sprintf("at column %d: %s", e.Offset+1, e.Msg)
}

// Unwrap makes every GateError an ErrGateSyntax.
func (e *GateError) Unwrap() error { return ErrGateSyntax }

// Gate is a parsed gate expression such as
// `packet_loss <= 0.01 && (latency_p99 < 200 || node_count >= 8)`:
// comparisons of a metric with a number, joined by && and || (&& binds
// tighter) and grouped with parentheses.
type Gate struct {
	src  string
	root gateNode
}

// gateNode is a comparison or a boolean operator over two nodes.
type gateNode struct {
	op          string // "&&", "||", or a comparison operator
	metric      string // comparisons only
	value       float64
	left, right *gateNode
}

// ParseGate parses a gate expression.
func ParseGate(src string) (*Gate, error) {
	if len(src) > MaxGateLen {
		return nil, &GateError{Offset: MaxGateLen, Msg: fmt.Sprintf("longer than %d bytes", MaxGateLen)}
	}
	p := &gateParser{src: src}
	p.next()
	if p.tok.kind == tokEOF {
		return nil, &GateError{Offset: 0, Msg: "empty expression (want e.g. latency_p99 < 200)"}
	}
	n, err := p.or(0)
	if err != nil {
		return nil, err
	}
	if p.tok.kind != tokEOF {
		return nil, p.errf("unexpected %s after a complete expression (join comparisons with && or ||)", p.tok.describe())
	}
	return &Gate{src: strings.TrimSpace(src), root: *n}, nil
}

// MustParseGate parses a gate known to be valid (tests, constants).
func MustParseGate(src string) *Gate {
	g, err := ParseGate(src)
	if err != nil {
		panic(fmt.Sprintf("gate %q: %v", src, err))
	}
	return g
}

// Source is the expression as written (trimmed).
func (g *Gate) Source() string { return g.src }

// String renders the expression canonically, fully parenthesised where
// precedence matters, so two spellings of one gate print the same.
func (g *Gate) String() string { return g.root.String() }

func (n *gateNode) String() string {
	switch n.op {
	case "&&", "||":
		l, r := n.left.String(), n.right.String()
		if n.op == "&&" {
			if n.left.op == "||" {
				l = "(" + l + ")"
			}
			if n.right.op == "||" {
				r = "(" + r + ")"
			}
		}
		return l + " " + n.op + " " + r
	}
	return n.metric + " " + n.op + " " + strconv.FormatFloat(n.value, 'g', -1, 64)
}

// Metrics lists the metrics the gate names, sorted, each once.
func (g *Gate) Metrics() []string {
	var out []string
	var walk func(n *gateNode)
	walk = func(n *gateNode) {
		if n.left != nil {
			walk(n.left)
			walk(n.right)
			return
		}
		out = append(out, n.metric)
	}
	walk(&g.root)
	slices.Sort(out)
	return slices.Compact(out)
}

// Eval evaluates the gate against metric values. Every metric the gate
// names must have a value (ErrMissingMetric otherwise), even one a
// short-circuit would skip: a gate holds only on complete data.
func (g *Gate) Eval(values map[string]float64) (bool, error) {
	for _, m := range g.Metrics() {
		v, ok := values[m]
		if !ok || math.IsNaN(v) {
			return false, fmt.Errorf("%s: %w", m, ErrMissingMetric)
		}
	}
	return g.root.eval(values), nil
}

func (n *gateNode) eval(values map[string]float64) bool {
	switch n.op {
	case "&&":
		return n.left.eval(values) && n.right.eval(values)
	case "||":
		return n.left.eval(values) || n.right.eval(values)
	}
	v := values[n.metric]
	switch n.op {
	case "<":
		return v < n.value
	case "<=":
		return v <= n.value
	case ">":
		return v > n.value
	case ">=":
		return v >= n.value
	case "==":
		return v == n.value
	case "!=":
		return v != n.value
	}
	return false
}

// MarshalText writes the gate as its source.
func (g *Gate) MarshalText() ([]byte, error) { return []byte(g.src), nil }

// UnmarshalText parses a gate.
func (g *Gate) UnmarshalText(b []byte) error {
	p, err := ParseGate(string(b))
	if err != nil {
		return err
	}
	*g = *p
	return nil
}

type tokKind int

const (
	tokEOF tokKind = iota
	tokIdent
	tokNumber
	tokCmp
	tokAnd
	tokOr
	tokLParen
	tokRParen
	tokBad
)

type token struct {
	kind tokKind
	text string
	pos  int
}

func (t token) describe() string {
	switch t.kind {
	case tokEOF:
		return "end of expression"
	case tokIdent:
		return fmt.Sprintf("metric %q", t.text)
	case tokNumber:
		return fmt.Sprintf("number %s", t.text)
	}
	return fmt.Sprintf("%q", t.text)
}

type gateParser struct {
	src   string
	pos   int
	tok   token
	terms int
}

func (p *gateParser) errf(format string, args ...any) error {
	return &GateError{Offset: p.tok.pos, Msg: fmt.Sprintf(format, args...)}
}

func (p *gateParser) next() {
	s := p.src
	for p.pos < len(s) && (s[p.pos] == ' ' || s[p.pos] == '\t' || s[p.pos] == '\n' || s[p.pos] == '\r') {
		p.pos++
	}
	start := p.pos
	if p.pos >= len(s) {
		p.tok = token{kind: tokEOF, pos: start}
		return
	}
	c := s[p.pos]
	two := ""
	if p.pos+1 < len(s) {
		two = s[p.pos : p.pos+2]
	}
	switch {
	case two == "&&":
		p.pos += 2
		p.tok = token{tokAnd, two, start}
	case two == "||":
		p.pos += 2
		p.tok = token{tokOr, two, start}
	case two == "<=" || two == ">=" || two == "==" || two == "!=":
		p.pos += 2
		p.tok = token{tokCmp, two, start}
	case c == '<' || c == '>':
		p.pos++
		p.tok = token{tokCmp, string(c), start}
	case c == '(':
		p.pos++
		p.tok = token{tokLParen, "(", start}
	case c == ')':
		p.pos++
		p.tok = token{tokRParen, ")", start}
	case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_':
		for p.pos < len(s) && isIdentByte(s[p.pos]) {
			p.pos++
		}
		p.tok = token{tokIdent, s[start:p.pos], start}
	case c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+':
		p.pos++
		for p.pos < len(s) {
			b := s[p.pos]
			if b >= '0' && b <= '9' || b == '.' || b == 'e' || b == 'E' ||
				(b == '-' || b == '+') && (s[p.pos-1] == 'e' || s[p.pos-1] == 'E') {
				p.pos++
				continue
			}
			break
		}
		p.tok = token{tokNumber, s[start:p.pos], start}
	default:
		p.pos++
		p.tok = token{tokBad, string(c), start}
		if c >= 0x80 {
			p.tok.text = fmt.Sprintf("\\x%02x", c)
		}
	}
}

func isIdentByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

func (p *gateParser) or(depth int) (*gateNode, error) {
	l, err := p.and(depth)
	if err != nil {
		return nil, err
	}
	for p.tok.kind == tokOr {
		p.next()
		r, err := p.and(depth)
		if err != nil {
			return nil, err
		}
		l = &gateNode{op: "||", left: l, right: r}
	}
	return l, nil
}

func (p *gateParser) and(depth int) (*gateNode, error) {
	l, err := p.primary(depth)
	if err != nil {
		return nil, err
	}
	for p.tok.kind == tokAnd {
		p.next()
		r, err := p.primary(depth)
		if err != nil {
			return nil, err
		}
		l = &gateNode{op: "&&", left: l, right: r}
	}
	return l, nil
}

func (p *gateParser) primary(depth int) (*gateNode, error) {
	switch p.tok.kind {
	case tokLParen:
		if depth >= MaxGateDepth {
			return nil, p.errf("parentheses nested deeper than %d", MaxGateDepth)
		}
		p.next()
		n, err := p.or(depth + 1)
		if err != nil {
			return nil, err
		}
		if p.tok.kind != tokRParen {
			return nil, p.errf("expected \")\", found %s", p.tok.describe())
		}
		p.next()
		return n, nil
	case tokIdent:
		return p.comparison()
	case tokAnd, tokOr:
		return nil, p.errf("%q needs a comparison on its left", p.tok.text)
	}
	return nil, p.errf("expected a comparison such as latency_p99 < 200, found %s", p.tok.describe())
}

func (p *gateParser) comparison() (*gateNode, error) {
	p.terms++
	if p.terms > MaxGateTerms {
		return nil, p.errf("more than %d comparisons", MaxGateTerms)
	}
	metric := p.tok.text
	if !validMetricName(metric) {
		return nil, p.errf("%q is not a metric name (lower case letters, digits and _)", metric)
	}
	p.next()
	if p.tok.kind != tokCmp {
		if p.tok.kind == tokBad && p.tok.text == "=" {
			return nil, p.errf("\"=\" is not a comparison (use ==)")
		}
		return nil, p.errf("expected a comparison operator (<, <=, >, >=, ==, !=) after %q, found %s", metric, p.tok.describe())
	}
	op := p.tok.text
	p.next()
	if p.tok.kind != tokNumber {
		return nil, p.errf("expected a number after %q, found %s", op, p.tok.describe())
	}
	v, err := strconv.ParseFloat(p.tok.text, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return nil, p.errf("%q is not a finite number", p.tok.text)
	}
	p.next()
	return &gateNode{op: op, metric: metric, value: v}, nil
}

// validMetricName is the charter's metric name shape.
func validMetricName(s string) bool {
	if s == "" || len(s) > 64 || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}
