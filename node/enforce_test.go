package node

import (
	"context"
	"errors"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/x0tta6bl4/westworld/bpf"
	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/enforce"
)

func TestEnforceConfigFiles(t *testing.T) {
	tests := []struct {
		file string
		want string // "" for a good file; else the exact error
	}{
		{"enforce_good.yaml", ""},
		{"enforce_mode.yaml", `enforce_mode.yaml:2:9: enforce.mode "kernel" is not one of auto, xdp, tcx, off`},
		{"enforce_iface_long.yaml", `enforce_iface_long.yaml:2:16: enforce.interfaces: "a-very-long-interface0" is longer than an interface name can be (15 bytes)`},
		{"enforce_iface_dup.yaml", `enforce_iface_dup.yaml:5:7: enforce.interfaces: "eth0" is listed twice`},
		{"enforce_iface_bad.yaml", `enforce_iface_bad.yaml:2:16: enforce.interfaces: "eth0:1" is not a valid interface name`},
		{"enforce_off_ifaces.yaml", `enforce_off_ifaces.yaml:3:15: enforce.interfaces is set but enforce.mode is off`},
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
					t.Fatal(err)
				}
				if cfg.Enforce.Mode != "xdp" || !slices.Equal(cfg.Enforce.Interfaces, []string{"eth0", "wg0"}) || cfg.Enforce.RateLimitPPS != 20 {
					t.Fatalf("enforce config %+v", cfg.Enforce)
				}
				return
			}
			if err == nil || err.Error() != tt.want {
				t.Fatalf("error:\n got %v\nwant %s", err, tt.want)
			}
		})
	}
	// The template shows the keys with their defaults, and reads back.
	text, err := RenderConfig(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"  mode: auto\n", "  interfaces: []\n", "tcx ingress on veth"} {
		if !strings.Contains(string(text), want) {
			t.Fatalf("rendered config lacks %q", want)
		}
	}
}

// A node on loopback only has nothing for the kernel to do: its peers are
// on this host. It enforces in userspace and says why.
func TestEnforceLoopbackOnlyIsUserspace(t *testing.T) {
	n := startNode(t, testConfig(t, t.TempDir(), 0))
	st := n.EnforceStatus()
	if st.Mode != EnforceUserspace || !strings.Contains(st.Reason, "loopback only") || n.Firewall() != nil {
		t.Fatalf("status %+v", st)
	}
}

// enforce.mode off: userspace only, and status says so.
func TestEnforceModeOff(t *testing.T) {
	cfg := testConfig(t, t.TempDir(), 0)
	cfg.Enforce.Mode = "off"
	n := startNode(t, cfg)
	st := n.EnforceStatus()
	if st.Mode != EnforceUserspace || st.Reason != "enforce.mode is off" || st.Kernel != nil || n.Firewall() != nil || n.Enforcer().Kernel() {
		t.Fatalf("status %+v", st)
	}
	sec := n.Status(context.Background()).Sections["enforce"].(map[string]any)
	if sec["mode"] != EnforceUserspace || sec["reason"] != "enforce.mode is off" {
		t.Fatalf("status section %+v", sec)
	}
}

// A configured interface that does not exist stops the start, whoever runs it.
func TestEnforceUnknownInterface(t *testing.T) {
	cfg := testConfig(t, t.TempDir(), 0)
	cfg.Enforce.Interfaces = []string{"nosuch0"}
	if _, err := Init(cfg.Home, cfg, false); err != nil {
		t.Fatal(err)
	}
	n, err := New(cfg, WithLogger(testLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	err = n.Start(context.Background())
	if !errors.Is(err, bpf.ErrNoInterface) || !strings.Contains(err.Error(), "nosuch0") {
		t.Fatalf("start: %v, want ErrNoInterface naming nosuch0", err)
	}
}

// The API over a real node: kernel mode on the loopback interface as root
// (userspace otherwise, with the reason), operator penalties reach the
// kernel maps, and each kind of bad request has its status.
func TestEnforceAPI(t *testing.T) {
	cfg := testConfig(t, t.TempDir(), 0)
	cfg.Enforce.Mode, cfg.Enforce.Interfaces = "tcx", []string{"lo"}
	n := startNode(t, cfg)
	nodes := []*Node{n, startNode(t, testConfig(t, t.TempDir(), 0, n.Host().FullAddrs()[0]))}
	eventually(t, 10*time.Second, "connected", func() bool { return len(nodes[1].Host().Network().Peers()) == 1 })
	c := adminClient(t, n)
	ctx := context.Background()

	var st EnforceStatus
	if err := c.Do(ctx, http.MethodGet, "/v1/enforce", nil, &st); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		if st.Mode != EnforceKernel || len(st.Interfaces) != 1 || st.Interfaces[0].Name != "lo" || st.Interfaces[0].Attach != "tcx" || st.Kernel == nil {
			t.Fatalf("as root on loopback: %+v", st)
		}
	} else if st.Mode != EnforceUserspace || st.Reason == "" {
		t.Fatalf("not root: %+v", st)
	}

	var res EnforceResult
	req := EnforceRequest{Target: "198.51.100.0/24", For: "30m", Reason: "scanner"}
	if err := c.Do(ctx, http.MethodPost, "/v1/enforce/suspend", req, &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Entries) != 1 || res.Entries[0].Source.Kind != enforce.SourceOperator || res.Entries[0].Source.Reason != "scanner" {
		t.Fatalf("suspend result %+v", res)
	}
	pfx := netip.MustParsePrefix("198.51.100.0/24")
	if fw := n.Firewall(); fw != nil {
		es, err := fw.Entries()
		if err != nil || len(es) != 1 || es[0].Prefix != pfx || es[0].Kind != bpf.KindBlock {
			t.Fatalf("kernel entries %+v %v", es, err)
		}
		if d := time.Until(es[0].Until); d < 29*time.Minute || d > 30*time.Minute {
			t.Fatalf("kernel block ends in %s", d)
		}
	}
	if !n.Host().Gater().AddrBlocked(netip.MustParseAddr("198.51.100.200")) {
		t.Fatal("gater does not block the prefix")
	}

	other := nodes[1].ID().String()
	if err := c.Do(ctx, http.MethodPost, "/v1/enforce/limit", EnforceRequest{Target: other, For: "1h", PPS: 9}, &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Entries) != 1 || res.Entries[0].PPS != 9 || !slices.Contains(res.Entries[0].Addrs, netip.MustParseAddr("127.0.0.1")) {
		t.Fatalf("limit result %+v", res)
	}

	bad := []struct {
		name, path string
		req        EnforceRequest
		code       int
		want       string
	}{
		{"malformed CIDR", "/v1/enforce/suspend", EnforceRequest{Target: "10.0.0.0/40", For: "1h", Reason: "x"}, 400, "malformed CIDR"},
		{"malformed duration", "/v1/enforce/suspend", EnforceRequest{Target: "10.0.0.0/8", For: "soon", Reason: "x"}, 400, "--for"},
		{"no reason", "/v1/enforce/suspend", EnforceRequest{Target: "10.0.0.0/8", For: "1h"}, 400, "needs a reason"},
		{"zero rate", "/v1/enforce/limit", EnforceRequest{Target: other, For: "1h"}, 400, "--pps 0"},
		{"unknown peer", "/v1/enforce/suspend", EnforceRequest{Target: "12D3KooWPjceQrSwdWXPyLLeABRXmuqt69Rg3sBYbU1Nft9HyQ6X", For: "1h", Reason: "x"}, 422, "no known address"},
		{"self", "/v1/enforce/suspend", EnforceRequest{Target: n.ID().String(), For: "1h", Reason: "x"}, 409, "use --force"},
		{"own address", "/v1/enforce/suspend", EnforceRequest{Target: "127.0.0.1", For: "1h", Reason: "x"}, 409, "use --force"},
		{"lift nothing", "/v1/enforce/lift", EnforceRequest{Target: "10.0.0.0/8"}, 404, "no such enforcement entry"},
	}
	for _, b := range bad {
		t.Run(b.name, func(t *testing.T) {
			err := c.Do(ctx, http.MethodPost, b.path, b.req, nil)
			var he *api.HTTPError
			if !errors.As(err, &he) || he.Code != b.code || !strings.Contains(err.Error(), b.want) {
				t.Fatalf("got %v, want %d with %q", err, b.code, b.want)
			}
		})
	}

	for _, target := range []string{"198.51.100.0/24", other} {
		if err := c.Do(ctx, http.MethodPost, "/v1/enforce/lift", EnforceRequest{Target: target}, &res); err != nil {
			t.Fatal(err)
		}
	}
	if fw := n.Firewall(); fw != nil {
		if es, _ := fw.Entries(); len(es) != 0 {
			t.Fatalf("kernel entries after lift: %+v", es)
		}
	}
	if err := c.Do(ctx, http.MethodGet, "/v1/enforce", nil, &st); err != nil || len(st.Entries) != 0 {
		t.Fatalf("after lift: %v %+v", err, st.Entries)
	}
}
