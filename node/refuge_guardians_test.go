package node

import (
	"testing"
	"time"

	"filippo.io/age"
	ethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/refuge"
)

type testGuardian struct {
	peer      peer.ID
	recipient string // as configured
	chainKey  [32]byte
	account   string
}

func newTestGuardian(t *testing.T) testGuardian {
	t.Helper()
	_, pub, err := p2pcrypto.GenerateEd25519Key(nil)
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	old, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	rotated, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	key, err := refuge.RecipientKey(rotated.Recipient().String())
	if err != nil {
		t.Fatal(err)
	}
	ek, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return testGuardian{peer: id, recipient: old.Recipient().String(), chainKey: key, account: crypto.PubkeyToAddress(ek.PublicKey).Hex()}
}

// TestGuardianSetFromChain: the GuardianRegistry's set, bound to peer IDs by the configured
// eth_address, replaces the configured guardians and threshold of new publishes, keys rotated
// on chain included; a set that leaves fewer bound guardians than its threshold is refused.
func TestGuardianSetFromChain(t *testing.T) {
	g1, g2 := newTestGuardian(t), newTestGuardian(t)
	p := contracts.DevParams()
	p.GenesisCharter = chain.DefaultCharterRecord()
	p.Guardians = []contracts.Guardian{
		{Account: ethcommon.HexToAddress(g1.account), Recipient: g1.chainKey},
		{Account: ethcommon.HexToAddress(g2.account), Recipient: g2.chainKey},
	}
	p.GuardianThreshold = 2
	dc := devChainWith(t, func(c *chain.DevChainConfig) { c.Params = &p; c.Period = 250 * time.Millisecond })

	for _, tt := range []struct {
		name      string
		bindBoth  bool
		wantChain bool
	}{
		{"bound", true, true},
		{"one unbound", false, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig(t, t.TempDir(), 0)
			withChain(&cfg, dc)
			cfg.Refuge.Guardians = []GuardianConfig{
				{PeerID: g1.peer.String(), Recipient: g1.recipient, EthAddress: g1.account},
				{PeerID: g2.peer.String(), Recipient: g2.recipient},
			}
			if tt.bindBoth {
				cfg.Refuge.Guardians[1].EthAddress = g2.account
			}
			cfg.Refuge.Threshold = 1
			n := startNode(t, cfg)
			if !tt.wantChain {
				if err := n.Watcher().WaitIndexed(t.Context(), dc.Head()); err != nil {
					t.Fatal(err)
				}
				time.Sleep(300 * time.Millisecond) // the governance loop has seen the indexed set
				gs, th := n.Refuge().Guardians()
				if th != 1 || gs[0].Recipient != g1.recipient {
					t.Fatalf("a set below its threshold after binding was applied: %d guardians, threshold %d", len(gs), th)
				}
				return
			}
			eventually(t, 10*time.Second, "the chain's guardian set applied", func() bool {
				_, th := n.Refuge().Guardians()
				return th == 2
			})
			gs, _ := n.Refuge().Guardians()
			if len(gs) != 2 || gs[0].PeerID != g1.peer || gs[0].Recipient != refuge.RecipientFromKey(g1.chainKey) ||
				gs[1].Recipient != refuge.RecipientFromKey(g2.chainKey) {
				t.Fatalf("guardian set %+v", gs)
			}
		})
	}
}
