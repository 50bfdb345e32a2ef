package cradle

import (
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/x0tta6bl4/westworld/node"
)

// TestTunablesSetTheConfig applies one value to every tunable and reads
// it back from a config.yaml the node renders and parses: the table maps
// each name to the node.Config field that config.yaml key fills.
func TestTunablesSetTheConfig(t *testing.T) {
	examples := map[string]any{
		"enforce.rate_limit_pps":   uint64(9),
		"gossip.d":                 uint64(7),
		"gossip.d_high":            uint64(15),
		"gossip.d_low":             uint64(4),
		"gossip.flood_publish":     false,
		"gossip.heartbeat":         "350ms",
		"gossip.max_message_size":  uint64(65536),
		"p2p.conn_grace_period":    "7s",
		"p2p.conn_high_water":      uint64(50),
		"p2p.conn_low_water":       uint64(20),
		"p2p.dht_mode":             "client",
		"p2p.max_file_descriptors": uint64(2048),
		"p2p.max_memory_mb":        uint64(128),
		"p2p.redial_max":           "30s",
		"p2p.redial_min":           "250ms",
		"telemetry.enabled":        false,
		"telemetry.interval":       "2s",
	}
	if len(examples) != len(Tunables()) {
		t.Fatalf("%d examples for %d tunables", len(examples), len(Tunables()))
	}
	var ps Params
	for _, tn := range Tunables() {
		raw, ok := examples[tn.Name]
		if !ok {
			t.Fatalf("no example for %s", tn.Name)
		}
		if tn.Doc == "" || tn.Field == "" || tn.Range() == "" {
			t.Errorf("%s is undocumented", tn.Name)
		}
		v, err := ParseValue(tn.Name, raw)
		if err != nil {
			t.Fatalf("%s: %v", tn.Name, err)
		}
		if tn.Get(node.DefaultConfig()).String() == v.String() {
			t.Errorf("%s: example %v is the default; pick another", tn.Name, v)
		}
		ps = append(ps, Param{Name: tn.Name, Value: v})
	}
	cfg := node.DefaultConfig()
	cfg.Home = t.TempDir()
	if err := ps.Apply(&cfg); err != nil {
		t.Fatal(err)
	}
	text, err := node.RenderConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	back, err := node.ParseConfig("config.yaml", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		tn, _ := LookupTunable(p.Name)
		if got := tn.Get(back); got.String() != p.Value.String() {
			t.Errorf("%s: config.yaml has %v, want %v", p.Name, got, p.Value)
		}
		// Field names the real struct field.
		if fieldByPath(reflect.ValueOf(back), tn.Field).String() == "<invalid Value>" {
			t.Errorf("%s: node.Config has no field %s", p.Name, tn.Field)
		}
	}
	if back.Gossip.D != 7 || back.Gossip.Heartbeat != "350ms" || back.P2P.DHTMode != "client" || back.Telemetry.Enabled {
		t.Fatalf("config %+v", back)
	}
	// Baseline reads the defaults of the same tunables.
	base := ps.Baseline(node.DefaultConfig())
	if v, _ := base.Get("gossip.d"); v.String() != "6" {
		t.Fatalf("baseline gossip.d %v", v)
	}
}

func fieldByPath(v reflect.Value, path string) reflect.Value {
	for _, f := range splitDots(path) {
		v = v.FieldByName(f)
		if !v.IsValid() {
			return v
		}
	}
	return v
}

func splitDots(s string) []string {
	var out []string
	start := 0
	for i := range len(s) {
		if s[i] == '.' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func TestTunableRanges(t *testing.T) {
	for _, tn := range Tunables() {
		switch tn.Kind {
		case KindInt:
			for _, bad := range []int64{tn.Min - 1, tn.Max + 1} {
				if _, err := ParseValue(tn.Name, bad); !errors.Is(err, ErrBadValue) {
					t.Errorf("%s accepted %d: %v", tn.Name, bad, err)
				}
			}
			for _, good := range []int64{tn.Min, tn.Max} {
				if _, err := ParseValue(tn.Name, good); err != nil {
					t.Errorf("%s refused %d: %v", tn.Name, good, err)
				}
			}
			if _, err := ParseValue(tn.Name, 1.5); !errors.Is(err, ErrBadValue) {
				t.Errorf("%s accepted 1.5", tn.Name)
			}
		case KindDuration:
			over := (time.Duration(tn.Max) + time.Millisecond).String()
			if _, err := ParseValue(tn.Name, over); !errors.Is(err, ErrBadValue) {
				t.Errorf("%s accepted %s", tn.Name, over)
			}
			if _, err := ParseValue(tn.Name, uint64(5)); !errors.Is(err, ErrBadValue) {
				t.Errorf("%s accepted a bare number", tn.Name)
			}
		case KindBool:
			if _, err := ParseValue(tn.Name, "yes"); !errors.Is(err, ErrBadValue) {
				t.Errorf("%s accepted a string", tn.Name)
			}
		case KindEnum:
			if _, err := ParseValue(tn.Name, "nope"); !errors.Is(err, ErrBadValue) {
				t.Errorf("%s accepted nope", tn.Name)
			}
		}
	}
	if _, err := ParseValue("gossip.dd", 1); !errors.Is(err, ErrUnknownTunable) {
		t.Fatalf("unknown tunable: %v", err)
	}
}

func TestParamsJSON(t *testing.T) {
	ps := Params{
		{Name: "gossip.d", Value: IntValue(8)},
		{Name: "gossip.flood_publish", Value: BoolValue(false)},
		{Name: "gossip.heartbeat", Value: DurationValue(500 * time.Millisecond)},
		{Name: "p2p.dht_mode", Value: EnumValue("client")},
	}
	b, err := json.Marshal(ps)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"gossip.d":8,"gossip.flood_publish":false,"gossip.heartbeat":"500ms","p2p.dht_mode":"client"}`
	if string(b) != want {
		t.Fatalf("json %s", b)
	}
	var back Params
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	b2, _ := json.Marshal(back)
	if string(b2) != want {
		t.Fatalf("round trip %s", b2)
	}
	// Gossiped params are held to the same rules as a spec file.
	if err := json.Unmarshal([]byte(`{"gossip.d": 500}`), &back); !errors.Is(err, ErrBadValue) {
		t.Fatalf("out of range params decoded: %v", err)
	}
	if err := json.Unmarshal([]byte(`{"kernel.panic": 1}`), &back); !errors.Is(err, ErrUnknownTunable) {
		t.Fatalf("unknown tunable decoded: %v", err)
	}
}

// TestTunablesDocumented keeps the package doc's table in step with the
// code's table.
func TestTunablesDocumented(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(doc), "\n")
	for _, tn := range Tunables() {
		found := false
		for _, l := range lines {
			f := strings.Fields(strings.TrimPrefix(l, "//"))
			if len(f) >= 3 && f[0] == tn.Name {
				found = true
				if f[1] != tn.Field || strings.Join(f[2:], " ") != tn.Range() {
					t.Errorf("doc.go says %q, code says %s %s %s", l, tn.Name, tn.Field, tn.Range())
				}
			}
		}
		if !found {
			t.Errorf("doc.go does not document %s", tn.Name)
		}
	}
}
