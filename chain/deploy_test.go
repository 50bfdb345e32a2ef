package chain

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/x0tta6bl4/westworld/contracts"
)

// TestDeployGasBound measures the gas of a whole deployment and checks DeployGas covers it, so
// the funds check before `chain deploy` never passes an account that then runs dry.
func TestDeployGasBound(t *testing.T) {
	for _, p := range []struct {
		name string
		p    contracts.Params
	}{{"dev", contracts.DevParams()}, {"public", contracts.PublicParams()}, {"genesis", genesisParams()}} {
		t.Run(p.name, func(t *testing.T) {
			s := newSimChain(t, p.p, 0)
			var total uint64
			for n := s.d.StartBlock; n <= s.head(); n++ {
				b, err := s.client.BlockByNumber(s.ctx, bigU(n))
				s.must(err)
				for _, tx := range b.Transactions() {
					r, err := s.client.TransactionReceipt(s.ctx, tx.Hash())
					s.must(err)
					total += r.GasUsed
				}
			}
			bound := DeployGasFor(p.p)
			t.Logf("deployment used %d gas (bound %d)", total, bound)
			if total == 0 || total > bound {
				t.Fatalf("deployment used %d gas, DeployGasFor says %d", total, bound)
			}
		})
	}
}

// genesisParams deploy with the a genesis state: 16 guardians and a charter.
func genesisParams() contracts.Params {
	p := contracts.DevParams()
	for i := 0; i < 16; i++ {
		p.Guardians = append(p.Guardians, contracts.Guardian{Account: addr(testKey(100 + i)),
			Recipient: crypto.Keccak256Hash([]byte{byte(i)})})
	}
	p.GuardianThreshold = 3
	p.GenesisCharter = &contracts.CharterRecord{Version: 1, DocumentHash: crypto.Keccak256Hash([]byte("charter")),
		CID: strings.Repeat("b", contracts.MaxCIDLength)}
	return p
}
