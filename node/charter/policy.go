package charter

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Sentinel errors for the policy vocabulary, so a caller (the API, the CLI's
// validate command) can tell a bad word from a bad file.
var (
	ErrUnknownViolationType = errors.New("unknown violation type")
	ErrUnknownSeverity      = errors.New("unknown severity")
	ErrBadPenalty           = errors.New("bad penalty")
	ErrBadDuration          = errors.New("bad duration")
)

// ViolationType names a breach of the charter. The zero value is not a
// valid type.
type ViolationType uint8

// The violation types a charter must give a rule for.
//
// ViolationForbiddenMetric is a forbidden metric that a node *reported*:
// the report itself is the evidence, and the auditor raises it.
// ViolationSilentCollection is a forbidden metric a node collected *without
// reporting it* (found by other means: a node's own /metrics filter holding
// back a forbidden family, or an operator's audit of a peer). The auditor
// never raises it from a report, because a reported metric is by definition
// not silent; other detectors build it with NewViolation. Charters usually
// punish it harder than the reported kind, since hiding is worse than
// confessing.
const (
	ViolationForbiddenMetric ViolationType = iota + 1
	ViolationSilentCollection
	ViolationUnlistedMetric
	ViolationOverCollectionRate
)

var violationNames = [...]string{
	ViolationForbiddenMetric:    "forbidden_metric",
	ViolationSilentCollection:   "silent_collection",
	ViolationUnlistedMetric:     "unlisted_metric",
	ViolationOverCollectionRate: "metric_over_collection_rate",
}

// ViolationTypes lists every valid type in declaration order.
func ViolationTypes() []ViolationType {
	return []ViolationType{ViolationForbiddenMetric, ViolationSilentCollection, ViolationUnlistedMetric, ViolationOverCollectionRate}
}

// String is the charter spelling, e.g. "forbidden_metric".
func (t ViolationType) String() string {
	if t.Valid() {
		return violationNames[t]
	}
	return "ViolationType(" + strconv.Itoa(int(t)) + ")"
}

// Valid reports whether t is one of the declared types.
func (t ViolationType) Valid() bool {
	return t >= ViolationForbiddenMetric && t <= ViolationOverCollectionRate
}

// ParseViolationType parses the charter spelling of a violation type.
func ParseViolationType(s string) (ViolationType, error) {
	for _, t := range ViolationTypes() {
		if violationNames[t] == s {
			return t, nil
		}
	}
	return 0, fmt.Errorf("%w %q (want one of %s)", ErrUnknownViolationType, s, joinNames(violationNames[1:]))
}

// MarshalText makes JSON carry the charter spelling.
func (t ViolationType) MarshalText() ([]byte, error) {
	if !t.Valid() {
		return nil, fmt.Errorf("%w: %d", ErrUnknownViolationType, uint8(t))
	}
	return []byte(t.String()), nil
}

// UnmarshalText parses the charter spelling.
func (t *ViolationType) UnmarshalText(b []byte) error {
	v, err := ParseViolationType(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// Severity ranks violations; higher is worse. The zero value is not valid.
type Severity uint8

// Severities in increasing order.
const (
	SeverityLow Severity = iota + 1
	SeverityMedium
	SeverityHigh
	SeverityCritical
)

var severityNames = [...]string{
	SeverityLow:      "low",
	SeverityMedium:   "medium",
	SeverityHigh:     "high",
	SeverityCritical: "critical",
}

// String is the charter spelling, e.g. "critical".
func (s Severity) String() string {
	if s.Valid() {
		return severityNames[s]
	}
	return "Severity(" + strconv.Itoa(int(s)) + ")"
}

// Valid reports whether s is one of the declared severities.
func (s Severity) Valid() bool { return s >= SeverityLow && s <= SeverityCritical }

// ParseSeverity parses the charter spelling of a severity.
func ParseSeverity(str string) (Severity, error) {
	for s := SeverityLow; s <= SeverityCritical; s++ {
		if severityNames[s] == str {
			return s, nil
		}
	}
	return 0, fmt.Errorf("%w %q (want one of %s)", ErrUnknownSeverity, str, joinNames(severityNames[1:]))
}

// MarshalText makes JSON carry the charter spelling.
func (s Severity) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, fmt.Errorf("%w: %d", ErrUnknownSeverity, uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses the charter spelling.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// PenaltyKind is what enforcement does to an offending node.
type PenaltyKind uint8

// Penalty kinds. Suspend drops all of the node's traffic for the duration,
// RateLimit throttles it, Warn only records the violation.
const (
	PenaltySuspend PenaltyKind = iota + 1
	PenaltyRateLimit
	PenaltyWarn
)

var penaltyKindNames = [...]string{
	PenaltySuspend:   "suspend",
	PenaltyRateLimit: "rate_limit",
	PenaltyWarn:      "warn",
}

// String is "suspend", "rate_limit" or "warn".
func (k PenaltyKind) String() string {
	if k >= PenaltySuspend && k <= PenaltyWarn {
		return penaltyKindNames[k]
	}
	return "PenaltyKind(" + strconv.Itoa(int(k)) + ")"
}

// MaxPenaltyDuration bounds a timed penalty: a year is the longest a charter
// may suspend or throttle a node for one violation.
const MaxPenaltyDuration = 365 * 24 * time.Hour

// Penalty is a parsed charter penalty. Duration is zero for PenaltyWarn and
// in (0, MaxPenaltyDuration] otherwise.
type Penalty struct {
	Kind     PenaltyKind
	Duration time.Duration
}

const (
	suspendPrefix   = "node_suspended_"
	rateLimitPrefix = "rate_limited_"
	warnWord        = "warn"
)

// ParsePenalty parses `node_suspended_<dur>`, `rate_limited_<dur>` or
// `warn`, where <dur> is a ParseDuration duration such as 30m, 24h or 7d.
func ParsePenalty(s string) (Penalty, error) {
	var kind PenaltyKind
	var rest string
	switch {
	case s == warnWord:
		return Penalty{Kind: PenaltyWarn}, nil
	case strings.HasPrefix(s, suspendPrefix):
		kind, rest = PenaltySuspend, s[len(suspendPrefix):]
	case strings.HasPrefix(s, rateLimitPrefix):
		kind, rest = PenaltyRateLimit, s[len(rateLimitPrefix):]
	default:
		return Penalty{}, fmt.Errorf("%w %q (want node_suspended_<duration>, rate_limited_<duration> or warn)", ErrBadPenalty, s)
	}
	d, err := ParseDuration(rest)
	if err != nil {
		return Penalty{}, fmt.Errorf("%w %q: %w", ErrBadPenalty, s, err)
	}
	if d > MaxPenaltyDuration {
		return Penalty{}, fmt.Errorf("%w %q: longer than %s", ErrBadPenalty, s, FormatDuration(MaxPenaltyDuration))
	}
	return Penalty{Kind: kind, Duration: d}, nil
}

// String is the canonical charter spelling, e.g. "node_suspended_24h".
func (p Penalty) String() string {
	switch p.Kind {
	case PenaltySuspend:
		return suspendPrefix + FormatDuration(p.Duration)
	case PenaltyRateLimit:
		return rateLimitPrefix + FormatDuration(p.Duration)
	case PenaltyWarn:
		return warnWord
	}
	return "Penalty(" + p.Kind.String() + ")"
}

// MarshalText makes JSON carry the charter spelling.
func (p Penalty) MarshalText() ([]byte, error) {
	if p.Kind < PenaltySuspend || p.Kind > PenaltyWarn {
		return nil, fmt.Errorf("%w: kind %d", ErrBadPenalty, uint8(p.Kind))
	}
	return []byte(p.String()), nil
}

// UnmarshalText parses the charter spelling.
func (p *Penalty) UnmarshalText(b []byte) error {
	v, err := ParsePenalty(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

var durationUnits = []struct {
	suffix byte
	unit   time.Duration
}{{'d', 24 * time.Hour}, {'h', time.Hour}, {'m', time.Minute}, {'s', time.Second}}

// ParseDuration parses a positive duration written as one or more
// <integer><unit> terms, unit one of d (24h), h, m, s, largest first and each
// unit at most once: "7d", "24h", "1h30m", "90s". Sub-second units and
// fractions are refused because a penalty is never that short, and a
// spelling that time.ParseDuration would read differently is never
// accepted silently.
func ParseDuration(s string) (time.Duration, error) {
	if s == "" {
		return 0, fmt.Errorf("%w: empty (want e.g. 30m, 24h, 7d)", ErrBadDuration)
	}
	var total time.Duration
	next := 0 // index into durationUnits of the largest unit still allowed
	rest := s
	for rest != "" {
		i := 0
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i == 0 {
			return 0, fmt.Errorf("%w %q: want <number><unit> with unit d, h, m or s", ErrBadDuration, s)
		}
		if i == len(rest) {
			return 0, fmt.Errorf("%w %q: missing unit (d, h, m or s)", ErrBadDuration, s)
		}
		if i > 9 {
			return 0, fmt.Errorf("%w %q: number too large", ErrBadDuration, s)
		}
		n, _ := strconv.Atoi(rest[:i]) // at most 9 digits: cannot fail or overflow
		u := -1
		for j := next; j < len(durationUnits); j++ {
			if durationUnits[j].suffix == rest[i] {
				u = j
				break
			}
		}
		if u < 0 {
			return 0, fmt.Errorf("%w %q: unit %q is unknown or out of order (units d, h, m, s, largest first, each once)", ErrBadDuration, s, rest[i])
		}
		part := time.Duration(n) * durationUnits[u].unit
		if part/durationUnits[u].unit != time.Duration(n) || total+part < total {
			return 0, fmt.Errorf("%w %q: too long", ErrBadDuration, s)
		}
		total += part
		next = u + 1
		rest = rest[i+1:]
	}
	if total <= 0 {
		return 0, fmt.Errorf("%w %q: must be positive", ErrBadDuration, s)
	}
	return total, nil
}

// FormatDuration writes d the way ParseDuration reads it. Whole days are
// written as days only from two days up, so the common "24h" keeps its
// familiar spelling; sub-second remainders are dropped.
func FormatDuration(d time.Duration) string {
	if d <= 0 {
		return "0s"
	}
	var b strings.Builder
	units := durationUnits
	if d < 48*time.Hour || d%(24*time.Hour) != 0 {
		units = units[1:]
	}
	for _, u := range units {
		if n := d / u.unit; n > 0 {
			b.WriteString(strconv.FormatInt(int64(n), 10))
			b.WriteByte(u.suffix)
			d -= n * u.unit
		}
	}
	if b.Len() == 0 {
		return "0s"
	}
	return b.String()
}

func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
