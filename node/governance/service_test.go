package governance

import (
	"crypto/sha256"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/contracts/bindings/charterregistry"
)

func tally(f, a, b int64) contracts.Tally {
	return contracts.Tally{For: big.NewInt(f), Against: big.NewInt(a), Abstain: big.NewInt(b)}
}

func TestCheckProposalState(t *testing.T) {
	gov := common.HexToAddress("0x1")
	own := chain.Proposal{Governor: gov, State: contracts.StateQueued, Tally: tally(10, 2, 1)}
	tests := []struct {
		name  string
		got   ProposalState
		block uint64
		lie   bool
	}{
		{"same block, same reading", ProposalState{Governor: gov, State: contracts.StateQueued, Tally: tally(10, 2, 1), BlockNumber: 50}, 50, false},
		{"same block, other state", ProposalState{Governor: gov, State: contracts.StateExecuted, Tally: tally(10, 2, 1), BlockNumber: 50}, 50, true},
		{"same block, inflated tally", ProposalState{Governor: gov, State: contracts.StateQueued, Tally: tally(11, 2, 1), BlockNumber: 50}, 50, true},
		{"earlier, active with fewer votes", ProposalState{Governor: gov, State: contracts.StateActive, Tally: tally(5, 0, 1), BlockNumber: 40}, 50, false},
		{"earlier, succeeded", ProposalState{Governor: gov, State: contracts.StateSucceeded, Tally: tally(10, 2, 1), BlockNumber: 45}, 50, false},
		{"earlier, defeated (final) but now queued", ProposalState{Governor: gov, State: contracts.StateDefeated, Tally: tally(10, 2, 1), BlockNumber: 45}, 50, true},
		{"earlier, more votes than now", ProposalState{Governor: gov, State: contracts.StateActive, Tally: tally(10, 3, 1), BlockNumber: 40}, 50, true},
		{"earlier, already executed", ProposalState{Governor: gov, State: contracts.StateExecuted, Tally: tally(10, 2, 1), BlockNumber: 40}, 50, true},
		{"other governor", ProposalState{Governor: common.HexToAddress("0x2"), State: contracts.StateQueued, Tally: tally(10, 2, 1), BlockNumber: 50}, 50, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkProposalState(tt.got, own, tt.block)
			if tt.lie != (err != nil) || (err != nil && !errors.Is(err, ErrLie)) {
				t.Fatalf("lie=%v, err=%v", tt.lie, err)
			}
		})
	}
	// Succeeded is never on the way to defeated.
	def := chain.Proposal{Governor: gov, State: contracts.StateDefeated, Tally: tally(1, 5, 0)}
	if err := checkProposalState(ProposalState{Governor: gov, State: contracts.StateSucceeded, Tally: tally(1, 0, 0), BlockNumber: 1}, def, 9); !errors.Is(err, ErrLie) {
		t.Fatalf("succeeded before defeated: %v", err)
	}
}

func TestDecodeAmendCalldata(t *testing.T) {
	abi := charterregistry.NewCharterRegistry()
	h := common.Hash(sha256.Sum256([]byte("charter")))
	v, got, c, err := DecodeAmendCalldata(abi.PackAmend(7, h, "bafkreiexample"))
	if err != nil || v != 7 || got != h || c != "bafkreiexample" {
		t.Fatalf("decode: %d %s %q %v", v, got, c, err)
	}
	for name, data := range map[string][]byte{
		"empty":          nil,
		"other selector": abi.PackCurrent(),
		"truncated":      abi.PackAmend(7, h, "x")[:40],
	} {
		if _, _, _, err := DecodeAmendCalldata(data); err == nil {
			t.Errorf("%s: decoded", name)
		}
	}
}

func TestManifestIDOf(t *testing.T) {
	digest := sha256.Sum256([]byte("signed manifest"))
	id, err := ManifestIDOf(digest)
	if err != nil {
		t.Fatal(err)
	}
	c, err := cid.Decode(id)
	if err != nil || c.Version() != 1 || c.Type() != cid.Raw {
		t.Fatalf("%s: %v", id, err)
	}
	dm, err := mh.Decode(c.Hash())
	if err != nil || dm.Code != mh.SHA2_256 || [32]byte(dm.Digest) != digest {
		t.Fatalf("multihash %v %v", dm, err)
	}
}

// FuzzDecodeAmendCalldata: calldata read from proposals on chain is anyone's input (any holder
// above the threshold may propose); the decoder must never panic, and what it accepts must
// re-encode to the same call.
func FuzzDecodeAmendCalldata(f *testing.F) {
	abi := charterregistry.NewCharterRegistry()
	f.Add(abi.PackAmend(2, sha256.Sum256([]byte("x")), "bafkreiexample"))
	f.Add(abi.PackAmend(1<<63, [32]byte{}, ""))
	f.Add(abi.PackCurrent())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		v, h, c, err := DecodeAmendCalldata(data)
		if err != nil {
			return
		}
		v2, h2, c2, err := DecodeAmendCalldata(abi.PackAmend(v, h, c))
		if err != nil || v2 != v || h2 != h || c2 != c {
			t.Fatalf("re-encoding %d %s %q: %d %s %q %v", v, h, c, v2, h2, c2, err)
		}
	})
}
