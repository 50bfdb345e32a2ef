package node

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"text/template"
	"time"

	ma "github.com/multiformats/go-multiaddr"

	"github.com/x0tta6bl4/westworld/node/strictyaml"
	"github.com/x0tta6bl4/westworld/p2p"
)

// ConfigFile is the name of the config file inside a home.
const ConfigFile = "config.yaml"

// Config is the node's config.yaml. Durations and multiaddrs are kept as
// the strings the operator wrote so that a bad one is reported at its line
// and column by Validate; the parsed forms live in the methods below.
type Config struct {
	// Home is the directory the config was loaded from (not in the file).
	Home string `yaml:"-"`

	LogLevel        string `yaml:"log_level"`
	ShutdownTimeout string `yaml:"shutdown_timeout"`

	P2P       P2PConfig       `yaml:"p2p"`
	Gossip    GossipConfig    `yaml:"gossip"`
	API       APIConfig       `yaml:"api"`
	Metrics   MetricsConfig   `yaml:"metrics"`
	Datastore DatastoreConfig `yaml:"datastore"`
	IPFS      IPFSConfig      `yaml:"ipfs"`
	Telemetry TelemetryConfig `yaml:"telemetry"`
	Enforce   EnforceConfig   `yaml:"enforce"`
	Refuge    RefugeConfig    `yaml:"refuge"`
	Chain     ChainConfig     `yaml:"chain"`
	Narrative NarrativeConfig `yaml:"narrative"`

	// Governance: the gasless-ballot relay (governance_config.go).
	Governance GovernanceConfig `yaml:"governance"`
}

// TelemetryConfig configures the node's own network measurements.
type TelemetryConfig struct {
	Enabled  bool   `yaml:"enabled"`
	Interval string `yaml:"interval"`
}

// EnforceConfig configures how penalties are enforced.
type EnforceConfig struct {
	// Mode is where the eBPF firewall attaches: auto, xdp, tcx, or off
	// (userspace enforcement only).
	Mode string `yaml:"mode"`
	// Interfaces to attach the firewall to; empty means those carrying the
	// listen addresses.
	Interfaces []string `yaml:"interfaces"`
	// RateLimitPPS is the message (and packet) rate a rate_limited peer keeps.
	RateLimitPPS int `yaml:"rate_limit_pps"`
}

// IPFSConfig configures the embedded IPFS.
type IPFSConfig struct {
	// Profile is the UnixFS import profile: unixfs-v1-2025 (1 MiB chunks,
	// Kubo's modern profile) or cidv1-256k (Kubo's `--cid-version=1`).
	Profile string `yaml:"profile"`
	// Reprovide is how often pinned roots are announced again to the DHT.
	Reprovide string `yaml:"reprovide_interval"`
}

// P2PConfig configures the libp2p host.
type P2PConfig struct {
	Listen         []string `yaml:"listen"`
	Announce       []string `yaml:"announce"`
	Bootstrap      []string `yaml:"bootstrap"`
	MDNS           bool     `yaml:"mdns"`
	DHTMode        string   `yaml:"dht_mode"`
	ConnLowWater   int      `yaml:"conn_low_water"`
	ConnHighWater  int      `yaml:"conn_high_water"`
	ConnGrace      string   `yaml:"conn_grace_period"`
	MaxMemoryMB    int      `yaml:"max_memory_mb"`
	MaxFDs         int      `yaml:"max_file_descriptors"`
	AutoNAT        bool     `yaml:"autonat"`
	HolePunching   bool     `yaml:"hole_punching"`
	RelayClient    bool     `yaml:"relay_client"`
	RedialMin      string   `yaml:"redial_min"`
	RedialMax      string   `yaml:"redial_max"`
	PrivateNetwork bool     `yaml:"-"`
}

// GossipConfig configures gossipsub.
type GossipConfig struct {
	D              int    `yaml:"d"`
	DLow           int    `yaml:"d_low"`
	DHigh          int    `yaml:"d_high"`
	Heartbeat      string `yaml:"heartbeat"`
	MaxMessageSize int    `yaml:"max_message_size"`
	FloodPublish   bool   `yaml:"flood_publish"`
}

// APIConfig configures the local API.
type APIConfig struct {
	Socket string `yaml:"socket"`
	// TCP optionally serves the API on host:port too (macaroons only; TLS
	// unless the host is loopback).
	TCP string `yaml:"tcp_listen"`
}

// MetricsConfig configures the Prometheus endpoint.
type MetricsConfig struct {
	Listen string `yaml:"listen"`
}

// DatastoreConfig configures Badger.
type DatastoreConfig struct {
	CacheMB int `yaml:"cache_mb"`
}

// DefaultConfig is the configuration `westworld init` writes out.
func DefaultConfig() Config {
	return Config{
		LogLevel:        "info",
		ShutdownTimeout: "10s",
		P2P: P2PConfig{
			Listen: []string{
				"/ip4/0.0.0.0/tcp/4141",
				"/ip4/0.0.0.0/udp/4141/quic-v1",
				"/ip6/::/tcp/4141",
				"/ip6/::/udp/4141/quic-v1",
			},
			Announce:      []string{},
			Bootstrap:     []string{},
			MDNS:          true,
			DHTMode:       "server",
			ConnLowWater:  32,
			ConnHighWater: 96,
			ConnGrace:     "30s",
			MaxMemoryMB:   256,
			MaxFDs:        1024,
			AutoNAT:       true,
			HolePunching:  true,
			RelayClient:   true,
			RedialMin:     "1s",
			RedialMax:     "5m",
		},
		Gossip: GossipConfig{
			D:              6,
			DLow:           5,
			DHigh:          12,
			Heartbeat:      "700ms",
			MaxMessageSize: 1 << 20,
			FloodPublish:   true,
		},
		API:       APIConfig{Socket: "api.sock"},
		Metrics:   MetricsConfig{Listen: "127.0.0.1:9464"},
		Datastore: DatastoreConfig{CacheMB: 16},
		IPFS:      IPFSConfig{Profile: "unixfs-v1-2025", Reprovide: "22h"},
		Telemetry: TelemetryConfig{Enabled: true, Interval: "10s"},
		Enforce:   EnforceConfig{Mode: "auto", Interfaces: []string{}, RateLimitPPS: 5},
		Refuge:    defaultRefugeConfig(),
		Chain:     defaultChainConfig(),
		Narrative: defaultNarrativeConfig(),

		Governance: defaultGovernanceConfig(),
	}
}

// ErrNoHome is returned when the home has not been initialised.
var ErrNoHome = errors.New("no westworld home (run `westworld init`)")

// LoadConfig reads home/config.yaml. Keys left out of the file keep their
// defaults; every key present is checked.
func LoadConfig(home string) (Config, error) {
	path := filepath.Join(home, ConfigFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return Config{}, fmt.Errorf("%s: %w", home, ErrNoHome)
	}
	if err != nil {
		return Config{}, fmt.Errorf("read config: %w", err)
	}
	cfg, err := ParseConfig(path, data)
	if err != nil {
		return Config{}, err
	}
	cfg.Home = home
	return cfg, nil
}

// ParseConfig parses and validates a config file's bytes.
func ParseConfig(name string, data []byte) (Config, error) {
	cfg := DefaultConfig()
	doc, err := strictyaml.Decode(name, data, &cfg)
	if err != nil {
		return Config{}, err
	}
	if err := cfg.validate(doc); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// Validate checks a config built in code (tests, devnet) the same way a file
// is checked, without positions.
func (c Config) Validate() error { return c.validate(nil) }

func (c Config) validate(doc *strictyaml.Document) error {
	fail := func(path, format string, args ...any) error {
		if doc != nil {
			return doc.Errorf(path, format, args...)
		}
		return fmt.Errorf("config %s: %s", path, fmt.Sprintf(format, args...))
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		return fail("log_level", "log_level %q is not one of debug, info, warn, error", c.LogLevel)
	}
	durations := []struct {
		path, val string
		min       time.Duration
	}{
		{"shutdown_timeout", c.ShutdownTimeout, time.Second},
		{"p2p.conn_grace_period", c.P2P.ConnGrace, 0},
		{"p2p.redial_min", c.P2P.RedialMin, 10 * time.Millisecond},
		{"p2p.redial_max", c.P2P.RedialMax, 10 * time.Millisecond},
		{"gossip.heartbeat", c.Gossip.Heartbeat, 10 * time.Millisecond},
		{"ipfs.reprovide_interval", c.IPFS.Reprovide, time.Minute},
		{"telemetry.interval", c.Telemetry.Interval, 10 * time.Millisecond},
	}
	for _, d := range durations {
		v, err := time.ParseDuration(d.val)
		if err != nil {
			return fail(d.path, "%s: %q is not a duration (examples: 500ms, 30s, 5m)", d.path, d.val)
		}
		if v < d.min {
			return fail(d.path, "%s: %s is below the minimum %s", d.path, v, d.min)
		}
	}
	for i, s := range c.P2P.Listen {
		if _, err := ma.NewMultiaddr(s); err != nil {
			return fail(fmt.Sprintf("p2p.listen[%d]", i), "p2p.listen: %q is not a multiaddr: %v", s, err)
		}
	}
	for i, s := range c.P2P.Announce {
		if _, err := ma.NewMultiaddr(s); err != nil {
			return fail(fmt.Sprintf("p2p.announce[%d]", i), "p2p.announce: %q is not a multiaddr: %v", s, err)
		}
	}
	for i, s := range c.P2P.Bootstrap {
		if _, err := p2p.ParsePeerAddr(s); err != nil {
			return fail(fmt.Sprintf("p2p.bootstrap[%d]", i), "p2p.bootstrap: %v", err)
		}
	}
	switch c.P2P.DHTMode {
	case "auto", "server", "client", "off":
	default:
		return fail("p2p.dht_mode", "p2p.dht_mode %q is not one of auto, server, client, off", c.P2P.DHTMode)
	}
	if c.P2P.ConnLowWater < 1 || c.P2P.ConnHighWater <= c.P2P.ConnLowWater {
		return fail("p2p.conn_high_water", "p2p: conn_high_water (%d) must be above conn_low_water (%d) and both positive", c.P2P.ConnHighWater, c.P2P.ConnLowWater)
	}
	if c.P2P.MaxMemoryMB < 64 {
		return fail("p2p.max_memory_mb", "p2p.max_memory_mb %d is below 64", c.P2P.MaxMemoryMB)
	}
	if c.P2P.MaxFDs < 64 {
		return fail("p2p.max_file_descriptors", "p2p.max_file_descriptors %d is below 64", c.P2P.MaxFDs)
	}
	if g := c.Gossip; g.DLow < 1 || g.DLow > g.D || g.D > g.DHigh {
		return fail("gossip.d", "gossip: need 1 <= d_low (%d) <= d (%d) <= d_high (%d)", g.DLow, g.D, g.DHigh)
	}
	if c.Gossip.MaxMessageSize < 1<<10 || c.Gossip.MaxMessageSize > 16<<20 {
		return fail("gossip.max_message_size", "gossip.max_message_size %d is outside 1 KiB..16 MiB", c.Gossip.MaxMessageSize)
	}
	if c.API.Socket == "" {
		return fail("api.socket", "api.socket is empty")
	}
	if c.API.TCP != "" {
		if _, _, err := net.SplitHostPort(c.API.TCP); err != nil {
			return fail("api.tcp_listen", "api.tcp_listen %q is not host:port: %v", c.API.TCP, err)
		}
	}
	if c.Metrics.Listen != "" {
		host, _, err := net.SplitHostPort(c.Metrics.Listen)
		if err != nil {
			return fail("metrics.listen", "metrics.listen %q is not host:port: %v", c.Metrics.Listen, err)
		}
		if ip, err := netip.ParseAddr(host); err != nil || !ip.IsLoopback() {
			if host != "localhost" {
				return fail("metrics.listen", "metrics.listen %q must be a loopback address", c.Metrics.Listen)
			}
		}
	}
	switch c.IPFS.Profile {
	case "unixfs-v1-2025", "cidv1-256k":
	default:
		return fail("ipfs.profile", "ipfs.profile %q is not one of unixfs-v1-2025, cidv1-256k", c.IPFS.Profile)
	}
	if err := c.Enforce.validate(fail); err != nil {
		return err
	}
	if err := c.Refuge.validate(fail); err != nil {
		return err
	}
	if err := c.Chain.validate(fail); err != nil {
		return err
	}
	if err := c.Narrative.validate(fail); err != nil {
		return err
	}
	if err := c.Governance.validate(fail); err != nil {
		return err
	}
	if c.Enforce.RateLimitPPS < 1 || c.Enforce.RateLimitPPS > 1_000_000 {
		return fail("enforce.rate_limit_pps", "enforce.rate_limit_pps %d is outside 1..1000000", c.Enforce.RateLimitPPS)
	}
	if c.Datastore.CacheMB < 1 {
		return fail("datastore.cache_mb", "datastore.cache_mb %d must be positive", c.Datastore.CacheMB)
	}
	return nil
}

func mustDuration(s string) time.Duration {
	d, err := time.ParseDuration(s)
	if err != nil {
		panic(fmt.Sprintf("unvalidated duration %q", s)) // Validate ran first
	}
	return d
}

// SocketPath is the API socket's absolute path.
func (c Config) SocketPath() string {
	if filepath.IsAbs(c.API.Socket) {
		return c.API.Socket
	}
	return filepath.Join(c.Home, c.API.Socket)
}

// RenderConfig writes c as a commented config.yaml.
func RenderConfig(c Config) ([]byte, error) {
	var buf bytes.Buffer
	q := func(ss []string) string {
		if len(ss) == 0 {
			return " []"
		}
		var b strings.Builder
		for _, s := range ss {
			b.WriteString("\n    - " + s)
		}
		return b.String()
	}
	t := template.Must(template.New("config").Funcs(template.FuncMap{"list": q}).Parse(configTemplate + refugeConfigTemplate + chainConfigTemplate + governanceConfigTemplate + narrativeConfigTemplate))
	if err := t.Execute(&buf, c); err != nil {
		return nil, err
	}
	// Never write a file we would refuse to read back.
	if _, err := ParseConfig(ConfigFile, buf.Bytes()); err != nil {
		return nil, fmt.Errorf("render config: %w", err)
	}
	return buf.Bytes(), nil
}

const configTemplate = `# westworld node configuration.
# Every key is shown with its value; a key you delete falls back to the
# default shown here. Unknown keys are an error, never ignored.

# Log level: debug, info, warn or error. --log-level overrides it.
log_level: {{.LogLevel}}
# How long a SIGINT/SIGTERM shutdown may take before the process exits anyway.
shutdown_timeout: {{.ShutdownTimeout}}

p2p:
  # Multiaddrs to listen on (TCP and QUIC-v1). --listen overrides them.
  listen:{{list .P2P.Listen}}
  # Extra addresses to announce to peers (for example a public address
  # behind port forwarding). Empty: announce what the host observes.
  announce:{{list .P2P.Announce}}
  # Peers to connect to at start and re-dial whenever the connection drops
  # (full multiaddrs ending in /p2p/<peer id>). --bootstrap adds to them.
  bootstrap:{{list .P2P.Bootstrap}}
  # Find peers on the local network with mDNS.
  mdns: {{.P2P.MDNS}}
  # Kademlia DHT mode: server (answer DHT queries: a community mesh needs its
  # nodes to serve), auto (server only once AutoNAT finds us publicly
  # reachable), client, or off.
  dht_mode: {{.P2P.DHTMode}}
  # Connection manager: above conn_high_water connections, trim down to
  # conn_low_water, sparing connections younger than the grace period.
  conn_low_water: {{.P2P.ConnLowWater}}
  conn_high_water: {{.P2P.ConnHighWater}}
  conn_grace_period: {{.P2P.ConnGrace}}
  # Resource manager limits for all of libp2p (memory in MiB and file
  # descriptors); per-peer and per-protocol limits scale from these.
  max_memory_mb: {{.P2P.MaxMemoryMB}}
  max_file_descriptors: {{.P2P.MaxFDs}}
  # NAT traversal: AutoNAT reachability checks, hole punching (DCUtR), and
  # reserving slots on circuit relays when we are not publicly reachable.
  autonat: {{.P2P.AutoNAT}}
  hole_punching: {{.P2P.HolePunching}}
  relay_client: {{.P2P.RelayClient}}
  # Bootstrap peers that drop are re-dialled with exponential backoff
  # between these bounds.
  redial_min: {{.P2P.RedialMin}}
  redial_max: {{.P2P.RedialMax}}

gossip:
  # Gossipsub mesh degree: target d, kept between d_low and d_high.
  d: {{.Gossip.D}}
  d_low: {{.Gossip.DLow}}
  d_high: {{.Gossip.DHigh}}
  # Gossipsub heartbeat interval.
  heartbeat: {{.Gossip.Heartbeat}}
  # Largest message accepted on any topic, in bytes (topics have lower caps).
  max_message_size: {{.Gossip.MaxMessageSize}}
  # Publish our own messages to every peer on the topic, not only the mesh.
  flood_publish: {{.Gossip.FloodPublish}}

api:
  # Unix socket of the local API (relative to the home). Mode 0600.
  socket: {{.API.Socket}}
  # Also serve the API on TCP (empty: off). Every request needs a macaroon.
  # A loopback address (127.0.0.1:9470) is plain HTTP; any other address is
  # TLS with a self-signed certificate written to api-tls.crt in the home,
  # which clients pin with --api-cert.
  tcp_listen: "{{.API.TCP}}"

metrics:
  # Prometheus /metrics on a loopback host:port. Empty turns it off.
  listen: "{{.Metrics.Listen}}"

datastore:
  # Badger block cache in MiB.
  cache_mb: {{.Datastore.CacheMB}}

ipfs:
  # UnixFS import profile: unixfs-v1-2025 (CIDv1, raw leaves, 1 MiB chunks:
  # Kubo's modern profile) or cidv1-256k (what ipfs add --cid-version=1 makes).
  profile: {{.IPFS.Profile}}
  # How often pinned content is announced again to the DHT.
  reprovide_interval: {{.IPFS.Reprovide}}

telemetry:
  # Measure this node's view of the network (pings to peers, peer count,
  # uptime) and publish the metrics the active charter allows on
  # westworld/telemetry/1. Other nodes audit every report against the charter.
  enabled: {{.Telemetry.Enabled}}
  interval: {{.Telemetry.Interval}}

enforce:
  # Where the eBPF firewall drops and rate-limits punished peers' packets:
  # auto (native XDP on NIC drivers that implement it, tcx ingress on veth,
  # bridges, tunnels and other virtual interfaces), xdp, tcx, or off. Where
  # eBPF cannot load (not root, no CAP_BPF, an old kernel) the node says why
  # in the log and in "westworld enforce status" and enforces in userspace
  # only (the connection gater and the per-peer message limit), which it
  # always does as well.
  mode: {{.Enforce.Mode}}
  # Interfaces to attach to, by name. Empty: the interfaces that carry the
  # p2p.listen addresses (all that are up, except loopback, for 0.0.0.0/::);
  # a node that listens on loopback only enforces in userspace.
  interfaces:{{list .Enforce.Interfaces}}
  # Messages per second a peer under a rate_limited_<dur> penalty may still
  # send (gossip), and packets per second in the kernel where eBPF runs.
  rate_limit_pps: {{.Enforce.RateLimitPPS}}
`
