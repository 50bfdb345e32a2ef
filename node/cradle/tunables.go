package cradle

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/x0tta6bl4/westworld/node"
)

// ErrUnknownTunable is returned for a parameter name that is not in Tunables.
var ErrUnknownTunable = errors.New("unknown tunable")

// ErrBadValue is wrapped by every out-of-range or wrongly typed parameter.
var ErrBadValue = errors.New("bad tunable value")

// Kind is the type of a tunable's value.
type Kind int

// The kinds of tunables.
const (
	KindInt Kind = iota + 1
	KindDuration
	KindBool
	KindEnum
)

func (k Kind) String() string {
	switch k {
	case KindInt:
		return "integer"
	case KindDuration:
		return "duration"
	case KindBool:
		return "boolean"
	case KindEnum:
		return "choice"
	}
	return "unknown"
}

// Tunable is one node setting an experiment may change. Name is the dotted
// path of its key in config.yaml; applying it sets Field of node.Config.
type Tunable struct {
	Name  string
	Field string // the node.Config field it sets, for the docs
	Kind  Kind
	// Min and Max bound integers, and durations in nanoseconds.
	Min, Max int64
	// Choices lists the values of an enum.
	Choices []string
	Doc     string

	get func(c *node.Config) Value
	set func(c *node.Config, v Value)
}

// Range describes the tunable's allowed values for people.
func (t Tunable) Range() string {
	switch t.Kind {
	case KindInt:
		return fmt.Sprintf("%d..%d", t.Min, t.Max)
	case KindDuration:
		return fmt.Sprintf("%s..%s", FormatDuration(time.Duration(t.Min)), FormatDuration(time.Duration(t.Max)))
	case KindBool:
		return "true, false"
	case KindEnum:
		return strings.Join(t.Choices, ", ")
	}
	return ""
}

// Get reads the tunable's value from a config.
func (t Tunable) Get(c node.Config) Value { return t.get(&c) }

// accessor reads and writes one node.Config field.
type accessor struct {
	get func(*node.Config) Value
	set func(*node.Config, Value)
}

func intField(p func(c *node.Config) *int) accessor {
	return accessor{func(c *node.Config) Value { return IntValue(int64(*p(c))) },
		func(c *node.Config, v Value) { *p(c) = int(v.i) }}
}

func durField(p func(c *node.Config) *string) accessor {
	return accessor{func(c *node.Config) Value {
		d, _ := time.ParseDuration(*p(c)) // configs are validated before use
		return DurationValue(d)
	}, func(c *node.Config, v Value) { *p(c) = v.d.String() }}
}

func boolField(p func(c *node.Config) *bool) accessor {
	return accessor{func(c *node.Config) Value { return BoolValue(*p(c)) },
		func(c *node.Config, v Value) { *p(c) = v.b }}
}

func strField(p func(c *node.Config) *string) accessor {
	return accessor{func(c *node.Config) Value { return EnumValue(*p(c)) },
		func(c *node.Config, v Value) { *p(c) = v.s }}
}

func tunable(name, field string, k Kind, min, max int64, doc string, a accessor) Tunable {
	return Tunable{Name: name, Field: field, Kind: k, Min: min, Max: max, Doc: doc, get: a.get, set: a.set}
}

// tunables is the one table of what an experiment may change. The ranges
// are what a mesh can run with, tighter than what node.Config.Validate
// accepts where a value would only make sense as a mistake (a one-hour
// gossip heartbeat). Cross-key rules (d_low <= d <= d_high, low water below
// high water) are node.Config.Validate's, checked after applying.
var tunables = func() []Tunable {
	ms, s, m, h := int64(time.Millisecond), int64(time.Second), int64(time.Minute), int64(time.Hour)
	t := []Tunable{
		tunable("gossip.d", "Gossip.D", KindInt, 1, 64,
			"gossipsub mesh degree D: peers each node keeps in its mesh per topic",
			intField(func(c *node.Config) *int { return &c.Gossip.D })),
		tunable("gossip.d_low", "Gossip.DLow", KindInt, 1, 64,
			"gossipsub D_low: below this many mesh peers a heartbeat grafts more",
			intField(func(c *node.Config) *int { return &c.Gossip.DLow })),
		tunable("gossip.d_high", "Gossip.DHigh", KindInt, 1, 128,
			"gossipsub D_high: above this many mesh peers a heartbeat prunes",
			intField(func(c *node.Config) *int { return &c.Gossip.DHigh })),
		tunable("gossip.heartbeat", "Gossip.Heartbeat", KindDuration, 50*ms, 10*s,
			"gossipsub heartbeat interval (mesh maintenance and gossip emission)",
			durField(func(c *node.Config) *string { return &c.Gossip.Heartbeat })),
		tunable("gossip.flood_publish", "Gossip.FloodPublish", KindBool, 0, 0,
			"publish own messages to every topic peer, not only the mesh",
			boolField(func(c *node.Config) *bool { return &c.Gossip.FloodPublish })),
		tunable("gossip.max_message_size", "Gossip.MaxMessageSize", KindInt, 1<<10, 16<<20,
			"largest gossip message accepted on any topic, bytes",
			intField(func(c *node.Config) *int { return &c.Gossip.MaxMessageSize })),
		tunable("telemetry.enabled", "Telemetry.Enabled", KindBool, 0, 0,
			"measure and publish the node's own network telemetry",
			boolField(func(c *node.Config) *bool { return &c.Telemetry.Enabled })),
		tunable("telemetry.interval", "Telemetry.Interval", KindDuration, 100*ms, h,
			"how often the node measures and publishes its telemetry",
			durField(func(c *node.Config) *string { return &c.Telemetry.Interval })),
		tunable("p2p.conn_low_water", "P2P.ConnLowWater", KindInt, 1, 10000,
			"connection manager: trim down to this many connections",
			intField(func(c *node.Config) *int { return &c.P2P.ConnLowWater })),
		tunable("p2p.conn_high_water", "P2P.ConnHighWater", KindInt, 2, 10000,
			"connection manager: trim when above this many connections",
			intField(func(c *node.Config) *int { return &c.P2P.ConnHighWater })),
		tunable("p2p.conn_grace_period", "P2P.ConnGrace", KindDuration, 0, h,
			"connection manager: new connections are spared from trimming this long",
			durField(func(c *node.Config) *string { return &c.P2P.ConnGrace })),
		tunable("p2p.redial_min", "P2P.RedialMin", KindDuration, 10*ms, m,
			"first backoff before re-dialling a dropped bootstrap peer",
			durField(func(c *node.Config) *string { return &c.P2P.RedialMin })),
		tunable("p2p.redial_max", "P2P.RedialMax", KindDuration, 10*ms, h,
			"largest backoff between re-dials of a dropped bootstrap peer",
			durField(func(c *node.Config) *string { return &c.P2P.RedialMax })),
		tunable("p2p.dht_mode", "P2P.DHTMode", KindEnum, 0, 0,
			"Kademlia DHT mode",
			strField(func(c *node.Config) *string { return &c.P2P.DHTMode })),
		tunable("p2p.max_memory_mb", "P2P.MaxMemoryMB", KindInt, 64, 65536,
			"libp2p resource manager memory limit, MiB",
			intField(func(c *node.Config) *int { return &c.P2P.MaxMemoryMB })),
		tunable("p2p.max_file_descriptors", "P2P.MaxFDs", KindInt, 64, 1<<20,
			"libp2p resource manager file descriptor limit",
			intField(func(c *node.Config) *int { return &c.P2P.MaxFDs })),
		tunable("enforce.rate_limit_pps", "Enforce.RateLimitPPS", KindInt, 1, 1_000_000,
			"messages (and packets) a second a rate-limited peer keeps",
			intField(func(c *node.Config) *int { return &c.Enforce.RateLimitPPS })),
	}
	for i := range t {
		if t[i].Name == "p2p.dht_mode" {
			t[i].Choices = []string{"server", "client", "auto", "off"}
		}
	}
	slices.SortFunc(t, func(a, b Tunable) int { return strings.Compare(a.Name, b.Name) })
	return t
}()

// Tunables lists every tunable, sorted by name.
func Tunables() []Tunable { return slices.Clone(tunables) }

// LookupTunable finds a tunable by name.
func LookupTunable(name string) (Tunable, bool) {
	i, ok := slices.BinarySearchFunc(tunables, name, func(t Tunable, n string) int { return strings.Compare(t.Name, n) })
	if !ok {
		return Tunable{}, false
	}
	return tunables[i], true
}

// TunableNames lists the names, sorted.
func TunableNames() []string {
	out := make([]string, len(tunables))
	for i, t := range tunables {
		out[i] = t.Name
	}
	return out
}

// Value is a tunable's value: an integer, a duration, a boolean or a choice.
type Value struct {
	kind Kind
	i    int64
	d    time.Duration
	b    bool
	s    string
}

// IntValue, DurationValue, BoolValue and EnumValue make Values.
func IntValue(i int64) Value { return Value{kind: KindInt, i: i} }

// DurationValue makes a duration Value.
func DurationValue(d time.Duration) Value { return Value{kind: KindDuration, d: d} }

// BoolValue makes a boolean Value.
func BoolValue(b bool) Value { return Value{kind: KindBool, b: b} }

// EnumValue makes a choice Value.
func EnumValue(s string) Value { return Value{kind: KindEnum, s: s} }

// Kind is the value's kind.
func (v Value) Kind() Kind { return v.kind }

// String renders the value as config.yaml spells it.
func (v Value) String() string {
	switch v.kind {
	case KindInt:
		return strconv.FormatInt(v.i, 10)
	case KindDuration:
		return v.d.String()
	case KindBool:
		return strconv.FormatBool(v.b)
	case KindEnum:
		return v.s
	}
	return ""
}

// MarshalJSON writes integers and booleans as JSON numbers and booleans,
// durations and choices as strings.
func (v Value) MarshalJSON() ([]byte, error) {
	switch v.kind {
	case KindInt:
		return json.Marshal(v.i)
	case KindBool:
		return json.Marshal(v.b)
	}
	return json.Marshal(v.String())
}

// UnmarshalJSON reads what MarshalJSON wrote; the kind comes from the JSON
// type (a string that parses as a duration is a duration).
func (v *Value) UnmarshalJSON(b []byte) error {
	var raw any
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	switch x := raw.(type) {
	case float64:
		*v = IntValue(int64(x))
	case bool:
		*v = BoolValue(x)
	case string:
		if d, err := time.ParseDuration(x); err == nil {
			*v = DurationValue(d)
		} else {
			*v = EnumValue(x)
		}
	default:
		return fmt.Errorf("tunable value %s: want a number, boolean or string", b)
	}
	return nil
}

// Param is one tunable set to a value.
type Param struct {
	Name  string `json:"name"`
	Value Value  `json:"value"`
}

// Params is a set of parameters, sorted by name, each name once.
type Params []Param

// Get returns the value of a parameter.
func (ps Params) Get(name string) (Value, bool) {
	for _, p := range ps {
		if p.Name == name {
			return p.Value, true
		}
	}
	return Value{}, false
}

// MarshalJSON writes the params as one object, name -> value.
func (ps Params) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, p := range ps {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(p.Name)
		v, err := p.Value.MarshalJSON()
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

// UnmarshalJSON reads an object of name -> value and checks every entry
// against its tunable (so params gossiped by a rollout are held to the
// same rules as a spec file).
func (ps *Params) UnmarshalJSON(b []byte) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	out := Params{}
	for k, raw := range m {
		var generic any
		if err := json.Unmarshal(raw, &generic); err != nil {
			return err
		}
		v, err := ParseValue(k, generic)
		if err != nil {
			return err
		}
		out = append(out, Param{Name: k, Value: v})
	}
	slices.SortFunc(out, func(a, b Param) int { return strings.Compare(a.Name, b.Name) })
	*ps = out
	return nil
}

// ParseValue checks a raw value (as a YAML or JSON decoder produced it)
// against the named tunable: its type and its range.
func ParseValue(name string, raw any) (Value, error) {
	t, ok := LookupTunable(name)
	if !ok {
		return Value{}, fmt.Errorf("%w %q (known: %s)", ErrUnknownTunable, name, strings.Join(TunableNames(), ", "))
	}
	switch t.Kind {
	case KindInt:
		i, ok := asInt(raw)
		if !ok {
			return Value{}, fmt.Errorf("%w: %s needs an integer, not %s", ErrBadValue, name, describeRaw(raw))
		}
		if i < t.Min || i > t.Max {
			return Value{}, fmt.Errorf("%w: %s %d is out of range %s", ErrBadValue, name, i, t.Range())
		}
		return IntValue(i), nil
	case KindDuration:
		s, ok := raw.(string)
		if !ok {
			return Value{}, fmt.Errorf("%w: %s needs a duration such as 700ms or 30s, not %s", ErrBadValue, name, describeRaw(raw))
		}
		d, err := time.ParseDuration(s)
		if err != nil {
			return Value{}, fmt.Errorf("%w: %s: %q is not a duration (examples: 500ms, 30s, 5m)", ErrBadValue, name, s)
		}
		if int64(d) < t.Min || int64(d) > t.Max {
			return Value{}, fmt.Errorf("%w: %s %s is out of range %s", ErrBadValue, name, d, t.Range())
		}
		return DurationValue(d), nil
	case KindBool:
		b, ok := raw.(bool)
		if !ok {
			return Value{}, fmt.Errorf("%w: %s needs true or false, not %s", ErrBadValue, name, describeRaw(raw))
		}
		return BoolValue(b), nil
	case KindEnum:
		s, ok := raw.(string)
		if !ok || !slices.Contains(t.Choices, s) {
			return Value{}, fmt.Errorf("%w: %s must be one of %s, not %s", ErrBadValue, name, t.Range(), describeRaw(raw))
		}
		return EnumValue(s), nil
	}
	return Value{}, fmt.Errorf("%w: %s has no kind", ErrBadValue, name)
}

func asInt(raw any) (int64, bool) {
	switch x := raw.(type) {
	case int:
		return int64(x), true
	case int64:
		return x, true
	case uint64:
		if x > math.MaxInt64 {
			return 0, false
		}
		return int64(x), true
	case float64:
		if x != math.Trunc(x) || math.Abs(x) > 1<<53 {
			return 0, false
		}
		return int64(x), true
	}
	return 0, false
}

func describeRaw(raw any) string {
	switch x := raw.(type) {
	case nil:
		return "nothing"
	case string:
		return strconv.Quote(x)
	case bool, int, int64, uint64, float64:
		return fmt.Sprint(x)
	case []any:
		return "a list"
	case map[string]any:
		return "a mapping"
	}
	return fmt.Sprintf("%v", raw)
}

// Apply writes the params into cfg and checks the result with the node's
// own validation, so a combination the node would refuse (d_low above d)
// is refused here. The error names the first parameter involved.
func (ps Params) Apply(cfg *node.Config) error {
	for _, p := range ps {
		t, ok := LookupTunable(p.Name)
		if !ok {
			return fmt.Errorf("%w %q", ErrUnknownTunable, p.Name)
		}
		if p.Value.kind != t.Kind {
			return fmt.Errorf("%w: %s needs a %s value, not a %s", ErrBadValue, p.Name, t.Kind, p.Value.kind)
		}
		t.set(cfg, p.Value)
	}
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("%w: %v", ErrBadValue, err)
	}
	return nil
}

// Baseline returns, for each param's tunable, its value in cfg: what the
// experiment compares the candidate against.
func (ps Params) Baseline(cfg node.Config) Params {
	out := make(Params, 0, len(ps))
	for _, p := range ps {
		if t, ok := LookupTunable(p.Name); ok {
			out = append(out, Param{Name: p.Name, Value: t.Get(cfg)})
		}
	}
	return out
}
