package governance

import (
	"bytes"
	"crypto/sha256"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/charter"
)

func sampleCharter() CharterAnnouncement {
	doc := charter.Default().Bytes()
	return CharterAnnouncement{CharterVersion: 1, SHA256: sha256.Sum256(doc), Document: doc, CID: "bafy"}
}

func sampleProposal() ProposalState {
	return ProposalState{Governor: common.HexToAddress("0x1234567890123456789012345678901234567890"), ID: big.NewInt(77),
		Kind: "charter_amendment", State: contracts.StateActive,
		Tally:       contracts.Tally{For: big.NewInt(10), Against: big.NewInt(3), Abstain: new(big.Int)},
		BlockNumber: 42, BlockHash: common.HexToHash("0xabcd"), Description: "charter v2"}
}

func sampleBallot(t testing.TB) SignedBallot {
	key, _ := crypto.GenerateKey()
	gov := common.HexToAddress("0x1234567890123456789012345678901234567890")
	b := contracts.Ballot{ProposalID: big.NewInt(77), Support: contracts.SupportFor, Voter: crypto.PubkeyToAddress(key.PublicKey), Nonce: big.NewInt(0)}
	sig, err := contracts.SignBallot(key, contracts.GovernorDomain("WestGovernor", 1337, gov), b)
	if err != nil {
		t.Fatal(err)
	}
	return SignedBallot{Governor: gov, ChainID: 1337, Ballot: b, Signature: sig}
}

func TestRoundTrips(t *testing.T) {
	a := sampleCharter()
	raw, err := EncodeCharter(a)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeCharter(raw)
	if err != nil || got.SHA256 != a.SHA256 || !bytes.Equal(got.Document, a.Document) || got.CID != "bafy" {
		t.Fatalf("charter: %v %+v", err, got)
	}
	p := sampleProposal()
	raw, _ = EncodeProposal(p)
	gp, err := DecodeProposal(raw)
	if err != nil || gp.ID.Cmp(p.ID) != 0 || gp.State != p.State || gp.Tally.For.Int64() != 10 || gp.BlockHash != p.BlockHash || gp.Governor != p.Governor {
		t.Fatalf("proposal: %v %+v", err, gp)
	}
	b := sampleBallot(t)
	raw, _ = EncodeBallot(b)
	gb, err := DecodeBallot(raw)
	if err != nil || gb.Ballot.Voter != b.Ballot.Voter || !bytes.Equal(gb.Signature, b.Signature) || gb.ChainID != 1337 {
		t.Fatalf("ballot: %v %+v", err, gb)
	}
}

func TestDecodeRejects(t *testing.T) {
	a := sampleCharter()
	a.Document = append(append([]byte(nil), a.Document...), '\n') // no longer hashes to SHA256
	raw, _ := EncodeCharter(a)
	if _, err := DecodeCharter(raw); err == nil {
		t.Fatal("charter with a mismatched hash decoded")
	}
	b := sampleBallot(t)
	b.Signature = b.Signature[:64]
	raw, _ = EncodeBallot(b)
	if _, err := DecodeBallot(raw); err == nil {
		t.Fatal("short signature decoded")
	}
	for _, junk := range [][]byte{nil, {0xff}, bytes.Repeat([]byte{0x0a, 0x01}, 100)} {
		if _, err := DecodeProposal(junk); err == nil {
			t.Fatalf("junk %x decoded as a proposal", junk)
		}
	}
}

func FuzzDecodeCharter(f *testing.F) {
	raw, _ := EncodeCharter(sampleCharter())
	f.Add(raw)
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := DecodeCharter(b)
		if err != nil {
			return
		}
		if sha256.Sum256(a.Document) != a.SHA256 {
			t.Fatal("decoded a document that does not match its hash")
		}
		again, err := EncodeCharter(a)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := DecodeCharter(again); err != nil {
			t.Fatal(err)
		}
	})
}

func FuzzDecodeProposal(f *testing.F) {
	raw, _ := EncodeProposal(sampleProposal())
	f.Add(raw)
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecodeProposal(b)
		if err != nil {
			return
		}
		if p.ID.Sign() <= 0 || p.ID.BitLen() > 256 || p.State > contracts.StateExecuted {
			t.Fatalf("accepted %+v", p)
		}
		if _, err := EncodeProposal(p); err != nil {
			t.Fatal(err)
		}
	})
}

func FuzzDecodeBallot(f *testing.F) {
	raw, _ := EncodeBallot(sampleBallot(f))
	f.Add(raw)
	f.Fuzz(func(t *testing.T, b []byte) {
		sb, err := DecodeBallot(b)
		if err != nil {
			return
		}
		if len(sb.Signature) != 65 || !sb.Ballot.Support.Valid() {
			t.Fatalf("accepted %+v", sb)
		}
		// Recovering from arbitrary bytes must not panic.
		_, _ = contracts.RecoverBallot(contracts.GovernorDomain("WestGovernor", sb.ChainID, sb.Governor), sb.Ballot, sb.Signature)
	})
}
