package node

import (
	"context"
	"fmt"
	"strings"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/node/refuge"
)

// applyGuardianSet makes an executed GuardianRegistry set the guardian set of new publishes.
// The registry names guardians by Ethereum account and age key; refuge reaches guardians by
// peer ID, which the chain does not carry, so the binding comes from refuge.guardians
// entries with an eth_address. The chain decides who guards and with which key (a key
// rotated by a vote replaces the configured one); an account with no binding is left out
// and logged, and a set that leaves fewer bound guardians than its threshold is refused
// (the previous set stays) rather than silently lowering what a release needs.
func (n *Node) applyGuardianSet(_ context.Context, set chain.GuardianSet) error {
	bound := map[string]peer.ID{}
	for _, g := range n.cfg.Refuge.Guardians {
		if g.EthAddress == "" {
			continue
		}
		id, err := peer.Decode(g.PeerID)
		if err != nil {
			continue // validated at load
		}
		bound[strings.ToLower(g.EthAddress)] = id
	}
	var gs []refuge.GuardianInfo
	var unbound []string
	for _, g := range set.Guardians {
		id, ok := bound[strings.ToLower(g.Account.Hex())]
		if !ok {
			unbound = append(unbound, g.Account.Hex())
			continue
		}
		gs = append(gs, refuge.GuardianInfo{
			PeerID:     id,
			Recipient:  refuge.RecipientFromKey(g.Recipient),
			EthAddress: g.Account.Bytes(),
		})
	}
	if len(unbound) > 0 {
		n.log.Warn("guardians on chain without a peer ID in refuge.guardians (add an entry with their eth_address)",
			"epoch", set.Epoch, "accounts", unbound)
	}
	if len(gs) < int(set.Threshold) || len(gs) == 0 {
		return fmt.Errorf("guardian set epoch %d: %d of %d guardians have a peer ID binding, below the threshold %d",
			set.Epoch, len(gs), len(set.Guardians), set.Threshold)
	}
	return n.refuge.SetGuardians(gs, int(set.Threshold))
}
