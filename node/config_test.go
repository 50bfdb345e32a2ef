package node

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseConfig(t *testing.T) {
	tests := []struct {
		file string
		want string // "" for a good file; else the exact error
	}{
		{"good.yaml", ""},
		{"unknown_key.yaml", `unknown_key.yaml:4:3: unknown field "mdsn"`},
		{"wrong_type.yaml", `wrong_type.yaml:2:19: "lots" is not an integer`},
		{"bad_multiaddr.yaml", `bad_multiaddr.yaml:4:7: p2p.listen: "/ip4/999.0.0.1/tcp/1" is not a multiaddr: failed to parse multiaddr "/ip4/999.0.0.1/tcp/1": invalid value "999.0.0.1" for protocol ip4: failed to parse ip4 addr: 999.0.0.1`},
		{"bad_duration.yaml", `bad_duration.yaml:3:14: gossip.heartbeat: "1 second" is not a duration (examples: 500ms, 30s, 5m)`},
		{"bootstrap_no_peer.yaml", `bootstrap_no_peer.yaml:3:7: p2p.bootstrap: "/ip4/10.0.0.1/tcp/4141" does not end in /p2p/<peer id>: invalid p2p multiaddr`},
		{"duplicate_key.yaml", `duplicate_key.yaml:2:1: mapping key "log_level" already defined at [1:1]`},
		{"metrics_public.yaml", `metrics_public.yaml:2:11: metrics.listen "0.0.0.0:9464" must be a loopback address`},
		{"syntax.yaml", `syntax.yaml:2:11: sequence end token ']' not found`},
		{"water.yaml", `water.yaml:3:20: p2p: conn_high_water (40) must be above conn_low_water (50) and both positive`},
		{"log_level.yaml", `log_level.yaml:1:12: log_level "verbose" is not one of debug, info, warn, error`},
		{"empty.yaml", `empty.yaml: empty document`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "config", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			cfg, err := ParseConfig(tt.file, data)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if cfg.LogLevel != "debug" || cfg.P2P.MDNS || cfg.Gossip.Heartbeat != "500ms" || cfg.P2P.ConnHighWater != 96 {
					t.Fatalf("values not applied over defaults: %+v", cfg)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error; want %q", tt.want)
			}
			if err.Error() != tt.want {
				t.Fatalf("error:\n got %q\nwant %q", err.Error(), tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Fatal("error spans lines")
			}
		})
	}
}

func TestRenderedConfigRoundTrips(t *testing.T) {
	def := DefaultConfig()
	text, err := RenderConfig(def)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ParseConfig("config.yaml", text)
	if err != nil {
		t.Fatal(err)
	}
	got.Home = def.Home
	a, _ := RenderConfig(got)
	if string(a) != string(text) {
		t.Fatal("render -> parse -> render changed the file")
	}
	// Every key of the file carries a comment: the lines before each
	// top-level and nested key include one.
	for _, key := range []string{"log_level:", "listen:", "bootstrap:", "mdns:", "dht_mode:", "heartbeat:", "socket:", "cache_mb:"} {
		i := strings.Index(string(text), key)
		if i < 0 || !strings.Contains(string(text[max(0, i-200):i]), "#") {
			t.Errorf("key %s is not documented", key)
		}
	}
}

func TestLoadConfigMissingHome(t *testing.T) {
	_, err := LoadConfig(filepath.Join(t.TempDir(), "nope"))
	if err == nil || !strings.Contains(err.Error(), "run `westworld init`") {
		t.Fatalf("got %v", err)
	}
}

func TestInitRefusesExistingHome(t *testing.T) {
	home := t.TempDir()
	res, err := Init(home, DefaultConfig(), false)
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(res.Identity)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("identity mode %v, %v", st.Mode(), err)
	}
	if _, err := Init(home, DefaultConfig(), false); err == nil {
		t.Fatal("second init succeeded without --force")
	}
	res2, err := Init(home, DefaultConfig(), true)
	if err != nil {
		t.Fatal(err)
	}
	if res2.PeerID == res.PeerID || !res2.KeptData {
		t.Fatalf("force: %+v", res2)
	}
	if _, err := LoadConfig(home); err != nil {
		t.Fatal(err)
	}
}

func FuzzParseConfig(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "config", "*.yaml"))
	for _, p := range files {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	def, _ := RenderConfig(DefaultConfig())
	f.Add(def)
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := ParseConfig("fuzz.yaml", data)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error: %q", err)
			}
			return
		}
		// Whatever parses must validate and render back to a parsable file.
		if err := cfg.Validate(); err != nil {
			t.Fatalf("parsed config fails Validate: %v", err)
		}
		if _, err := RenderConfig(cfg); err != nil {
			t.Fatalf("parsed config does not render: %v", err)
		}
	})
}
