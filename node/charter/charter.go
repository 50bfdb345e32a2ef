package charter

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"sync"
	"time"
)

// ErrInvalid is wrapped by every *Error, so callers can tell a bad charter
// (a client mistake) from an I/O failure with errors.Is.
var ErrInvalid = errors.New("invalid charter")

// Error is a problem at a place in a charter file. Line and Column are
// 1-based; both are 0 when the problem belongs to the whole file (too big,
// empty).
type Error struct {
	File   string
	Line   int
	Column int
	Msg    string
}

// Error prints "file:line:col: msg", the form editors jump to.
func (e *Error) Error() string {
	if e.Line == 0 {
		return e.File + ": " + e.Msg
	}
	return e.File + ":" + strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Column) + ": " + e.Msg
}

// Unwrap makes errors.Is(err, ErrInvalid) true.
func (e *Error) Unwrap() error { return ErrInvalid }

// MaxCharterSize bounds a charter document. Charters travel over gossip
// and go-yaml's parser is superlinear on some shapes (64 KiB of keys takes
// seconds), so Parse refuses anything bigger before the parser sees it. A
// charter is a policy, not a database: the default is 2.4 KiB.
const MaxCharterSize = 16 << 10

// MaxFlowDepth bounds the nesting of [ and { in a charter (a charter needs
// 3); deep flow nesting is go-yaml's slowest input.
const MaxFlowDepth = 16

// MaxNameLen bounds metric and category names in a charter. Names must match
// [a-z][a-z0-9_]* so that each is also a valid Prometheus name suffix.
const MaxNameLen = 64

// Rate bounds for max_collection_rate_hz. The lower bound keeps the implied
// interval inside time.Duration; the upper one is far above any telemetry
// need and keeps the auditor's arithmetic exact.
const (
	MinCollectionRateHz = 1e-6
	MaxCollectionRateHz = 1e6
)

// Category is a named group of allowed metrics, in file order.
type Category struct {
	Name    string   `json:"name"`
	Metrics []string `json:"metrics"`
}

// Rule is the charter's verdict for one violation type.
type Rule struct {
	Type     ViolationType `json:"type"`
	Severity Severity      `json:"severity"`
	Penalty  Penalty       `json:"penalty"`
}

// Charter is a parsed, validated charter. It is immutable: it is shared
// between the auditor, the /metrics filter and the API without locks, and
// its identity is the SHA-256 of the exact file bytes it was parsed from
// (what the CharterRegistry records on chain).
type Charter struct {
	name        string
	raw         []byte
	sum         [sha256.Size]byte
	version     int
	description string
	categories  []Category
	forbidden   []string
	rateHz      float64
	rules       [len(violationNames)]Rule

	allowed     map[string]string // metric -> category
	forbiddenBy map[string]struct{}
}

// Load reads and parses the charter file at path.
func Load(path string) (*Charter, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load charter %s: %w", path, err)
	}
	defer f.Close()
	// Read one byte past the limit so an oversized file is reported as such
	// rather than parsed truncated.
	data, err := io.ReadAll(io.LimitReader(f, MaxCharterSize+1))
	if err != nil {
		return nil, fmt.Errorf("load charter %s: %w", path, err)
	}
	return Parse(path, data)
}

//go:embed charter.example.yaml
var defaultCharter []byte

// DefaultName is the file name Default reports in errors and Name.
const DefaultName = "charter.example.yaml"

var defaultOnce = sync.OnceValue(func() *Charter {
	c, err := Parse(DefaultName, defaultCharter)
	if err != nil {
		panic("charter: embedded default charter is invalid: " + err.Error())
	}
	return c
})

// Default is the charter a node runs before governance has activated one:
// the embedded charter.example.yaml.
func Default() *Charter { return defaultOnce() }

// Name is the file name the charter was parsed under.
func (c *Charter) Name() string { return c.name }

// Bytes returns a copy of the exact document bytes; they are the canonical
// form, since the hash on chain is over them.
func (c *Charter) Bytes() []byte { return slices.Clone(c.raw) }

// SHA256 is the hash of the exact document bytes.
func (c *Charter) SHA256() [sha256.Size]byte { return c.sum }

// SHA256Hex is SHA256 in lowercase hex.
func (c *Charter) SHA256Hex() string { return hex.EncodeToString(c.sum[:]) }

// Version is the charter's version number. Versions are positive integers
// so amendments are totally ordered; on chain the version is carried as
// its decimal string (VersionString).
func (c *Charter) Version() int { return c.version }

// VersionString is the version as the CharterRegistry stores it.
func (c *Charter) VersionString() string { return strconv.Itoa(c.version) }

// Description is the human-readable purpose of the charter.
func (c *Charter) Description() string { return c.description }

// Categories returns the allowed metrics grouped by category, in file order.
func (c *Charter) Categories() []Category {
	out := make([]Category, len(c.categories))
	for i, cat := range c.categories {
		out[i] = Category{Name: cat.Name, Metrics: slices.Clone(cat.Metrics)}
	}
	return out
}

// AllowedMetrics returns every allowed metric name in file order.
func (c *Charter) AllowedMetrics() []string {
	var out []string
	for _, cat := range c.categories {
		out = append(out, cat.Metrics...)
	}
	return out
}

// ForbiddenMetrics returns the forbidden metric names in file order.
func (c *Charter) ForbiddenMetrics() []string { return slices.Clone(c.forbidden) }

// MaxCollectionRateHz is the most often one node may report one metric.
func (c *Charter) MaxCollectionRateHz() float64 { return c.rateHz }

// MinInterval is 1/MaxCollectionRateHz as a duration.
func (c *Charter) MinInterval() time.Duration {
	return time.Duration(float64(time.Second) / c.rateHz)
}

// Allows reports whether metric may be collected and reported. The node's
// own telemetry publisher must drop anything this refuses.
func (c *Charter) Allows(metric string) bool {
	_, ok := c.allowed[metric]
	return ok
}

// Forbids reports whether metric is explicitly forbidden.
func (c *Charter) Forbids(metric string) bool {
	_, ok := c.forbiddenBy[metric]
	return ok
}

// CategoryOf returns the category an allowed metric belongs to.
func (c *Charter) CategoryOf(metric string) (string, bool) {
	cat, ok := c.allowed[metric]
	return cat, ok
}

// Rule returns the rule for t. Every valid charter has one for every type.
func (c *Charter) Rule(t ViolationType) (Rule, bool) {
	if !t.Valid() {
		return Rule{}, false
	}
	return c.rules[t], true
}

// Rules returns the violation rules in ViolationTypes order.
func (c *Charter) Rules() []Rule {
	out := make([]Rule, 0, len(c.rules)-1)
	for _, t := range ViolationTypes() {
		out = append(out, c.rules[t])
	}
	return out
}

// Summary is the JSON form of a charter (`westworld charter show --json`).
// It is a plain struct so an API client can decode it.
type Summary struct {
	Name                string     `json:"name"`
	Version             int        `json:"version"`
	SHA256              string     `json:"sha256"`
	Size                int        `json:"size"`
	Description         string     `json:"description"`
	AllowedMetrics      []Category `json:"allowed_metrics"`
	ForbiddenMetrics    []string   `json:"forbidden_metrics"`
	MaxCollectionRateHz float64    `json:"max_collection_rate_hz"`
	Violations          []Rule     `json:"violations"`
}

// Summary returns the charter's JSON form.
func (c *Charter) Summary() Summary {
	return Summary{
		Name:                c.name,
		Version:             c.version,
		SHA256:              c.SHA256Hex(),
		Size:                len(c.raw),
		Description:         c.description,
		AllowedMetrics:      c.Categories(),
		ForbiddenMetrics:    c.ForbiddenMetrics(),
		MaxCollectionRateHz: c.rateHz,
		Violations:          c.Rules(),
	}
}

// MarshalJSON encodes Summary.
func (c *Charter) MarshalJSON() ([]byte, error) { return json.Marshal(c.Summary()) }
