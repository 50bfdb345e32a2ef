package node

import (
	"fmt"
	"path/filepath"
	"time"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/x0tta6bl4/westworld/node/refuge"
)

// RefugeConfig configures refuge: this node's guardian role, the guardian
// set its publishes split keys among (from config until the on-chain
// GuardianRegistry is read), and the defaults of a publish.
type RefugeConfig struct {
	// Guardian makes this node hold shares (it needs an identity from
	// `westworld refuge guardian init`).
	Guardian bool `yaml:"guardian"`
	// Guardians is the guardian set of new publishes.
	Guardians []GuardianConfig `yaml:"guardians"`
	// Threshold is the default number of shares that release a document.
	Threshold int `yaml:"threshold"`
	// Replicas is the default number of peers that must hold a copy.
	Replicas int `yaml:"replicas"`
	// DeadMan is the default time without a check-in after which guardians
	// release; "0s" turns the switch off by default.
	DeadMan string `yaml:"dead_man"`
	// EmergencyRelease lets an executed emergency proposal release new
	// publishes.
	EmergencyRelease bool `yaml:"emergency_release"`
	// ReplicaTimeout bounds the wait for replicas in a publish, and the
	// fetch this node does when it replicates for others.
	ReplicaTimeout string `yaml:"replica_timeout"`
	// AcceptReplicas makes this node replicate what peers ask it to.
	AcceptReplicas bool `yaml:"accept_replicas"`
	// MaxReplicaMB is the largest document this node replicates.
	MaxReplicaMB int `yaml:"max_replica_mb"`
	// AnnounceInterval is how often manifests and released shares are
	// published again for nodes that were away.
	AnnounceInterval string `yaml:"announce_interval"`
	// CheckInterval is how often a guardian looks at dead-man deadlines.
	CheckInterval string `yaml:"check_interval"`
}

// GuardianConfig is one guardian of the configured set.
type GuardianConfig struct {
	PeerID     string `yaml:"peer_id"`
	Recipient  string `yaml:"recipient"`
	EthAddress string `yaml:"eth_address"`
}

func defaultRefugeConfig() RefugeConfig {
	return RefugeConfig{
		Guardians:        []GuardianConfig{},
		Threshold:        3,
		Replicas:         2,
		DeadMan:          "720h",
		EmergencyRelease: true,
		ReplicaTimeout:   "2m",
		AcceptReplicas:   true,
		MaxReplicaMB:     1024,
		AnnounceInterval: "10m",
		CheckInterval:    "1m",
	}
}

func (c RefugeConfig) validate(fail func(path, format string, args ...any) error) error {
	durations := []struct {
		path, val string
		min       time.Duration
		zeroOK    bool
	}{
		{"refuge.dead_man", c.DeadMan, time.Minute, true},
		{"refuge.replica_timeout", c.ReplicaTimeout, time.Second, false},
		{"refuge.announce_interval", c.AnnounceInterval, 100 * time.Millisecond, false},
		{"refuge.check_interval", c.CheckInterval, 10 * time.Millisecond, false},
	}
	for _, d := range durations {
		v, err := time.ParseDuration(d.val)
		if err != nil {
			return fail(d.path, "%s: %q is not a duration (examples: 30s, 5m, 720h)", d.path, d.val)
		}
		if v < d.min && !(d.zeroOK && v == 0) {
			return fail(d.path, "%s: %s is below the minimum %s", d.path, v, d.min)
		}
	}
	if len(c.Guardians) > refuge.MaxGuardians {
		return fail("refuge.guardians", "refuge.guardians: %d guardians, at most %d", len(c.Guardians), refuge.MaxGuardians)
	}
	seen := map[peer.ID]int{}
	for i, g := range c.Guardians {
		at := fmt.Sprintf("refuge.guardians[%d]", i)
		id, err := peer.Decode(g.PeerID)
		if err != nil {
			return fail(at+".peer_id", "%s.peer_id: %q is not a peer ID", at, g.PeerID)
		}
		if _, err := id.ExtractPublicKey(); err != nil {
			return fail(at+".peer_id", "%s.peer_id: %s does not embed its public key (westworld peer IDs are Ed25519)", at, g.PeerID)
		}
		if j, dup := seen[id]; dup {
			return fail(at+".peer_id", "%s.peer_id: %s is already guardian %d", at, g.PeerID, j+1)
		}
		seen[id] = i
		if _, err := age.ParseX25519Recipient(g.Recipient); err != nil {
			return fail(at+".recipient", "%s.recipient: %q is not an age X25519 recipient (age1...)", at, g.Recipient)
		}
		if g.EthAddress != "" && !common.IsHexAddress(g.EthAddress) {
			return fail(at+".eth_address", "%s.eth_address: %q is not an Ethereum address", at, g.EthAddress)
		}
	}
	if c.Threshold < 1 {
		return fail("refuge.threshold", "refuge.threshold %d must be at least 1", c.Threshold)
	}
	if n := len(c.Guardians); n > 0 && c.Threshold > n {
		return fail("refuge.threshold", "refuge.threshold %d is above the %d guardians listed", c.Threshold, n)
	}
	if c.Replicas < 0 || c.Replicas > 32 {
		return fail("refuge.replicas", "refuge.replicas %d is outside 0..32", c.Replicas)
	}
	if c.MaxReplicaMB < 1 {
		return fail("refuge.max_replica_mb", "refuge.max_replica_mb %d must be positive", c.MaxReplicaMB)
	}
	return nil
}

// refugeConfig turns the validated config into refuge's, loading the
// guardian identity from the home when this node is a guardian.
func (c Config) refugeConfig(now func() time.Time) (refuge.Config, error) {
	rc := c.Refuge
	out := refuge.Config{
		Threshold:        rc.Threshold,
		Replicas:         rc.Replicas,
		DeadMan:          mustDuration(rc.DeadMan),
		Emergency:        rc.EmergencyRelease,
		ReplicaTimeout:   mustDuration(rc.ReplicaTimeout),
		AcceptReplicas:   rc.AcceptReplicas,
		MaxReplicaBytes:  int64(rc.MaxReplicaMB) << 20,
		AnnounceInterval: mustDuration(rc.AnnounceInterval),
		CheckInterval:    mustDuration(rc.CheckInterval),
		Now:              now,
	}
	for _, g := range rc.Guardians {
		id, _ := peer.Decode(g.PeerID) // validated
		gi := refuge.GuardianInfo{PeerID: id, Recipient: g.Recipient}
		if g.EthAddress != "" {
			gi.EthAddress = common.HexToAddress(g.EthAddress).Bytes()
		}
		out.Guardians = append(out.Guardians, gi)
	}
	if rc.Guardian {
		id, err := refuge.LoadIdentity(filepath.Join(c.Home, refuge.GuardianKeyFile))
		if err != nil {
			return refuge.Config{}, fmt.Errorf("refuge.guardian is true: %w", err)
		}
		out.Identity = id
	}
	return out, nil
}

// refugeConfigTemplate is the refuge section of the commented config.yaml.
const refugeConfigTemplate = `
refuge:
  # Hold shares of published documents and release them when a document's
  # policy says so. Needs an identity: run "westworld refuge guardian init",
  # then give the recipient it prints and this node's peer ID to the nodes
  # that publish (their refuge.guardians).
  guardian: {{.Refuge.Guardian}}
  # The guardians a document published from this node is split among (read
  # from here until the on-chain GuardianRegistry is used). Each has the
  # guardian node's peer ID, its age recipient, and optionally an Ethereum
  # address:
  #   - peer_id: 12D3KooW...
  #     recipient: age1...
  #     eth_address: "0x..."
  guardians:{{if not .Refuge.Guardians}} []{{else}}{{range .Refuge.Guardians}}
    - peer_id: {{.PeerID}}
      recipient: {{.Recipient}}{{if .EthAddress}}
      eth_address: "{{.EthAddress}}"{{end}}{{end}}{{end}}
  # Shares needed to release a document (refuge publish --threshold).
  threshold: {{.Refuge.Threshold}}
  # Peers that must acknowledge a copy of a published document before the
  # publish completes (refuge publish --replicas).
  replicas: {{.Refuge.Replicas}}
  # Guardians release a document when its publisher has not checked in
  # ("westworld refuge checkin ID") for this long (refuge publish
  # --dead-man). 0s: no dead-man switch by default.
  dead_man: {{.Refuge.DeadMan}}
  # Let an executed emergency proposal that names a document release it.
  emergency_release: {{.Refuge.EmergencyRelease}}
  # How long a publish waits for its replicas (it keeps asking in the
  # background afterwards), and how long this node spends fetching a
  # document it was asked to replicate.
  replica_timeout: {{.Refuge.ReplicaTimeout}}
  # Replicate documents that other nodes ask this node to keep, up to
  # max_replica_mb each.
  accept_replicas: {{.Refuge.AcceptReplicas}}
  max_replica_mb: {{.Refuge.MaxReplicaMB}}
  # How often a publisher announces its manifests (with its latest check-in)
  # and guardians their released shares again, for nodes that were away.
  # A guardian that just started waits this long before a dead-man release.
  announce_interval: {{.Refuge.AnnounceInterval}}
  # How often a guardian looks at dead-man deadlines.
  check_interval: {{.Refuge.CheckInterval}}
`
