package narrative

import (
	"embed"
	"errors"
	"fmt"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/x0tta6bl4/westworld/node/strictyaml"
)

// ErrStoryline wraps every storyline loading error.
var ErrStoryline = errors.New("invalid storyline")

//go:embed storylines/*.yaml
var storylineFS embed.FS

// DefaultStorylineFile is the embedded default storyline.
const DefaultStorylineFile = "storylines/default.yaml"

// MaxStorylineSize bounds a storyline file.
const MaxStorylineSize = 256 << 10

// Storyline is a sequence of chapters with goals over the evidence.
type Storyline struct {
	Name        string    `json:"name"`
	Title       string    `json:"title"`
	Description string    `json:"description,omitempty"`
	Chapters    []Chapter `json:"chapters"`
}

// Chapter is a set of goals and the badge for meeting all of them.
type Chapter struct {
	Name        string `json:"name"`
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
	Goals       []Goal `json:"goals"`
	Badge       Badge  `json:"badge"`
}

// Goal is "metric at least target" (for pins, optionally held for a while).
type Goal struct {
	Metric      string `json:"metric"`
	Description string `json:"description,omitempty"`
	// Target is in the metric's unit: seconds, bytes or a count.
	Target float64 `json:"target"`
	// TargetText is the target as written.
	TargetText string `json:"target_text"`
	// HeldFor is how long pins must have been held (refuge_pinned_bytes).
	HeldFor time.Duration `json:"held_for,omitempty"`
	kind    Kind
}

// Badge is what a completed chapter earns.
type Badge struct {
	Name  string `json:"name"`
	Title string `json:"title"`
}

// goalMetrics are what a goal can measure, with the unit of at_least.
var goalMetrics = map[string]struct {
	kind Kind
	unit string // "duration", "size", "count"
}{
	MetricUptime:    {KindUptime, "duration"},
	MetricGossip:    {KindGossip, "duration"},
	MetricRefugePin: {KindRefugePin, "size"},
	MetricGuardian:  {KindGuardian, "count"},
	MetricVote:      {KindVote, "count"},
	MetricCradle:    {KindCradle, "count"},
}

type storylineFile struct {
	Version     int           `yaml:"version"`
	Kind        string        `yaml:"kind"`
	Name        string        `yaml:"name"`
	Title       string        `yaml:"title"`
	Description string        `yaml:"description"`
	Chapters    []chapterFile `yaml:"chapters"`
}

type chapterFile struct {
	Name        string     `yaml:"name"`
	Title       string     `yaml:"title"`
	Description string     `yaml:"description"`
	Goals       []goalFile `yaml:"goals"`
	Badge       badgeFile  `yaml:"badge"`
}

type goalFile struct {
	Metric      string `yaml:"metric"`
	AtLeast     string `yaml:"at_least"`
	HeldFor     string `yaml:"held_for"`
	Description string `yaml:"description"`
}

type badgeFile struct {
	Name  string `yaml:"name"`
	Title string `yaml:"title"`
}

var slugRE = regexp.MustCompile(`^[a-z][a-z0-9-]{0,63}$`)

// LoadStoryline reads and parses a storyline file.
func LoadStoryline(path string, c Policy) (*Storyline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load storyline: %w", err)
	}
	return ParseStoryline(path, data, c)
}

// DefaultStoryline is the embedded default storyline, checked against c.
func DefaultStoryline(c Policy) (*Storyline, error) {
	data, err := storylineFS.ReadFile(DefaultStorylineFile)
	if err != nil {
		return nil, fmt.Errorf("default storyline: %w", err)
	}
	return ParseStoryline("default storyline", data, c)
}

// ParseStoryline parses a storyline strictly: unknown keys, wrong types,
// unknown metrics, bad targets and goals over metrics the charter c forbids
// (or whose telemetry it does not allow) are errors with file:line:column.
func ParseStoryline(name string, data []byte, c Policy) (*Storyline, error) {
	if len(data) > MaxStorylineSize {
		return nil, fmt.Errorf("%w: %s: %d bytes, more than %d", ErrStoryline, name, len(data), MaxStorylineSize)
	}
	var f storylineFile
	doc, err := strictyaml.Decode(name, data, &f)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrStoryline, err)
	}
	fail := func(path, format string, args ...any) error {
		return fmt.Errorf("%w: %w", ErrStoryline, doc.Errorf(path, format, args...))
	}
	if f.Version != 1 {
		return nil, fail("version", "version %d is not supported (want 1)", f.Version)
	}
	if f.Kind != "Storyline" {
		return nil, fail("kind", "kind %q, want Storyline", f.Kind)
	}
	if !slugRE.MatchString(f.Name) {
		return nil, fail("name", "name %q must be lower-case letters, digits and '-', starting with a letter", f.Name)
	}
	if strings.TrimSpace(f.Title) == "" {
		return nil, fail("title", "missing title")
	}
	if len(f.Chapters) == 0 {
		return nil, fail("chapters", "a storyline has at least one chapter")
	}
	s := &Storyline{Name: f.Name, Title: f.Title, Description: strings.TrimSpace(f.Description)}
	names, badges := map[string]bool{}, map[string]bool{}
	for i, cf := range f.Chapters {
		at := fmt.Sprintf("chapters[%d]", i)
		if !slugRE.MatchString(cf.Name) {
			return nil, fail(at+".name", "chapter name %q must be lower-case letters, digits and '-'", cf.Name)
		}
		if names[cf.Name] {
			return nil, fail(at+".name", "chapter %q appears twice", cf.Name)
		}
		names[cf.Name] = true
		if strings.TrimSpace(cf.Title) == "" {
			return nil, fail(at+".title", "chapter %q has no title", cf.Name)
		}
		if !slugRE.MatchString(cf.Badge.Name) || strings.TrimSpace(cf.Badge.Title) == "" {
			return nil, fail(at+".badge", "chapter %q needs a badge with a name (lower-case slug) and a title", cf.Name)
		}
		if badges[cf.Badge.Name] {
			return nil, fail(at+".badge.name", "badge %q is earned twice", cf.Badge.Name)
		}
		badges[cf.Badge.Name] = true
		if len(cf.Goals) == 0 {
			return nil, fail(at+".goals", "chapter %q has no goals", cf.Name)
		}
		ch := Chapter{Name: cf.Name, Title: cf.Title, Description: strings.TrimSpace(cf.Description),
			Badge: Badge{Name: cf.Badge.Name, Title: cf.Badge.Title}}
		for j, gf := range cf.Goals {
			gat := fmt.Sprintf("%s.goals[%d]", at, j)
			gm, ok := goalMetrics[gf.Metric]
			if !ok {
				return nil, fail(gat+".metric", "unknown metric %q (known: %s)", gf.Metric, knownGoalMetrics())
			}
			if err := CheckPolicy(c, gm.kind, gf.Metric); err != nil {
				return nil, fail(gat+".metric", "goal over %s: %v", gf.Metric, err)
			}
			if gf.AtLeast == "" {
				return nil, fail(gat, "goal over %s has no at_least", gf.Metric)
			}
			target, err := parseTarget(gm.unit, gf.AtLeast)
			if err != nil {
				return nil, fail(gat+".at_least", "%v", err)
			}
			g := Goal{Metric: gf.Metric, Description: strings.TrimSpace(gf.Description), Target: target,
				TargetText: gf.AtLeast, kind: gm.kind}
			if gf.HeldFor != "" {
				if gm.kind != KindRefugePin {
					return nil, fail(gat+".held_for", "held_for applies to %s only", MetricRefugePin)
				}
				d, err := parseDuration(gf.HeldFor)
				if err != nil {
					return nil, fail(gat+".held_for", "%v", err)
				}
				g.HeldFor = d
			}
			ch.Goals = append(ch.Goals, g)
		}
		s.Chapters = append(s.Chapters, ch)
	}
	return s, nil
}

func knownGoalMetrics() string {
	return strings.Join([]string{MetricUptime, MetricGossip, MetricRefugePin, MetricGuardian, MetricVote, MetricCradle}, ", ")
}

var durationRE = regexp.MustCompile(`^([0-9]{1,6}d)?([0-9]{1,6}h)?([0-9]{1,6}m)?([0-9]{1,6}s)?$`)

// parseDuration reads "7d", "24h", "1d12h", "90m": whole units, largest
// first, each at most once.
func parseDuration(s string) (time.Duration, error) {
	m := durationRE.FindStringSubmatch(s)
	if m == nil || s == "" {
		return 0, fmt.Errorf("duration %q: want whole units like 7d, 24h, 1d12h, 90m", s)
	}
	units := []time.Duration{24 * time.Hour, time.Hour, time.Minute, time.Second}
	var d time.Duration
	for i, part := range m[1:] {
		if part == "" {
			continue
		}
		n, _ := strconv.ParseInt(part[:len(part)-1], 10, 64)
		d += time.Duration(n) * units[i]
	}
	if d <= 0 {
		return 0, fmt.Errorf("duration %q is not positive", s)
	}
	return d, nil
}

var sizeRE = regexp.MustCompile(`^([0-9]{1,9})\s*(B|KiB|MiB|GiB|TiB)?$`)

// parseSize reads "1GiB", "500MiB", "4096".
func parseSize(s string) (float64, error) {
	m := sizeRE.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("size %q: want a whole number with B, KiB, MiB, GiB or TiB", s)
	}
	n, _ := strconv.ParseInt(m[1], 10, 64)
	shift := map[string]uint{"": 0, "B": 0, "KiB": 10, "MiB": 20, "GiB": 30, "TiB": 40}[m[2]]
	v := float64(n) * math.Exp2(float64(shift))
	if v <= 0 {
		return 0, fmt.Errorf("size %q is not positive", s)
	}
	return v, nil
}

func parseTarget(unit, s string) (float64, error) {
	switch unit {
	case "duration":
		d, err := parseDuration(s)
		return d.Seconds(), err
	case "size":
		return parseSize(s)
	default:
		n, err := strconv.ParseUint(s, 10, 31)
		if err != nil || n == 0 {
			return 0, fmt.Errorf("count %q: want a whole number from 1", s)
		}
		return float64(n), nil
	}
}

// GoalProgress is one goal's progress for a peer.
type GoalProgress struct {
	Goal
	Value    float64 `json:"value"`
	Fraction float64 `json:"fraction"`
	Done     bool    `json:"done"`
}

// ChapterProgress is one chapter's progress.
type ChapterProgress struct {
	Name     string         `json:"name"`
	Title    string         `json:"title"`
	Badge    Badge          `json:"badge"`
	Goals    []GoalProgress `json:"goals"`
	Complete bool           `json:"complete"`
	// Open is false while an earlier chapter is incomplete: chapters are
	// played in order.
	Open bool `json:"open"`
}

// StorylineProgress is a peer's progress through a storyline.
type StorylineProgress struct {
	Storyline string            `json:"storyline"`
	Title     string            `json:"title"`
	Chapters  []ChapterProgress `json:"chapters"`
	Badges    []Badge           `json:"badges"`
	Complete  bool              `json:"complete"`
}

// Progress is a peer's progress from its score at now. Goals count the
// undecayed totals of counted evidence: a badge, once earned, is not lost to
// decay.
func (s *Storyline) Progress(sc *Score, now time.Time) StorylineProgress {
	out := StorylineProgress{Storyline: s.Name, Title: s.Title, Chapters: []ChapterProgress{}, Badges: []Badge{}}
	open := true
	for _, ch := range s.Chapters {
		cp := ChapterProgress{Name: ch.Name, Title: ch.Title, Badge: ch.Badge, Open: open, Complete: true}
		for _, g := range ch.Goals {
			v := sc.Kind(g.kind).Total
			if g.HeldFor > 0 {
				v = float64(sc.PinnedFor(now, g.HeldFor))
			}
			gp := GoalProgress{Goal: g, Value: v, Fraction: math.Min(1, v/g.Target), Done: v >= g.Target}
			cp.Complete = cp.Complete && gp.Done
			cp.Goals = append(cp.Goals, gp)
		}
		if cp.Complete && open {
			out.Badges = append(out.Badges, ch.Badge)
		} else {
			cp.Complete = cp.Complete && open
			open = false
		}
		out.Chapters = append(out.Chapters, cp)
	}
	out.Complete = open
	return out
}
