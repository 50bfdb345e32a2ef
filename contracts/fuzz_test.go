package contracts

import (
	"encoding/json"
	"errors"
	"math/big"
	"reflect"
	"testing"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// fuzzKey signs the well-formed ballots FuzzRecoverBallot builds from its inputs.
var fuzzKey, _ = crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")

// FuzzRecoverBallot feeds arbitrary ballots and signatures (what a gossip peer can send) to the
// recovery code: it must never panic, must only accept canonical 65-byte signatures, and a ballot
// signed by fuzzKey must verify and recover to its voter.
func FuzzRecoverBallot(f *testing.F) {
	voter := crypto.PubkeyToAddress(fuzzKey.PublicKey)
	d := GovernorDomain(GovernorName, 1337, common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))
	good := Ballot{ProposalID: big.NewInt(12345), Support: SupportFor, Voter: voter, Nonce: big.NewInt(0)}
	sig, _ := SignBallot(fuzzKey, d, good)
	f.Add(good.ProposalID.Bytes(), uint8(1), voter.Bytes(), []byte{}, sig, uint64(1337))
	f.Add([]byte{}, uint8(0), []byte{}, []byte{}, []byte{}, uint64(0))
	f.Add(make([]byte, 33), uint8(255), make([]byte, 20), make([]byte, 40), make([]byte, 65), uint64(1))
	f.Fuzz(func(t *testing.T, id []byte, support uint8, voterBytes, nonce, sig []byte, chainID uint64) {
		dom := d
		dom.ChainID = new(big.Int).SetUint64(chainID)
		b := Ballot{ProposalID: new(big.Int).SetBytes(id), Support: Support(support),
			Voter: common.BytesToAddress(voterBytes), Nonce: new(big.Int).SetBytes(nonce)}
		signer, err := RecoverBallot(dom, b, sig)
		if err == nil {
			if len(sig) != SignatureLength || (sig[64] != 27 && sig[64] != 28) {
				t.Fatalf("accepted a %d-byte signature with v=%d", len(sig), sig[len(sig)-1])
			}
			if s := new(big.Int).SetBytes(sig[32:64]); s.Cmp(new(big.Int).Rsh(crypto.S256().Params().N, 1)) > 0 {
				t.Fatal("accepted a high-s signature")
			}
			if signer == (common.Address{}) {
				t.Fatal("recovered the zero address")
			}
		}
		if verr := VerifyBallot(dom, b, sig); verr == nil && (err != nil || signer != b.Voter) {
			t.Fatalf("verify accepted what recover says is %s, %v", signer, err)
		}
		// The same ballot, properly signed, verifies whenever it is a valid vote.
		if len(id) > 32 || len(nonce) > 32 {
			return
		}
		b.Voter = voter
		own, err := SignBallot(fuzzKey, dom, b)
		if err != nil {
			t.Fatal(err)
		}
		got, err := RecoverBallot(dom, b, own)
		if err != nil || got != voter {
			t.Fatalf("own signature recovered %s, %v", got, err)
		}
		verr := VerifyBallot(dom, b, own)
		if wantOK := b.Support.Valid() && b.ProposalID.Sign() != 0; (verr == nil) != wantOK {
			t.Fatalf("verify own ballot %+v: %v", b, verr)
		}
	})
}

// FuzzParseAgeRecipient checks the recipient decoder against age's own parser: the same strings are
// accepted (except the zero key, which the registry refuses) and they round-trip exactly.
func FuzzParseAgeRecipient(f *testing.F) {
	id, _ := age.GenerateX25519Identity()
	f.Add(id.Recipient().String())
	f.Add(FormatAgeRecipient(sha("seed")))
	f.Add("age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq")
	f.Add("AGE1")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		key, err := ParseAgeRecipient(s)
		r, aerr := age.ParseX25519Recipient(s)
		if err == nil {
			if aerr != nil {
				t.Fatalf("accepted %q, which age rejects: %v", s, aerr)
			}
			if FormatAgeRecipient(key) != s || r.String() != s {
				t.Fatalf("%q does not round-trip", s)
			}
			return
		}
		if !errors.Is(err, ErrInvalidRecipient) {
			t.Fatalf("error %v is not ErrInvalidRecipient", err)
		}
		if aerr == nil && r.String() == s && s != FormatAgeRecipient(common.Hash{}) {
			t.Fatalf("rejected %q, which age accepts: %v", s, err)
		}
	})
}

// FuzzDecodeLog gives the event decoder logs with known event signatures and arbitrary topics and
// data, as a hostile RPC endpoint could: it must never panic, and what it decodes must be consistent.
func FuzzDecodeLog(f *testing.F) {
	d := &Deployment{Governor: common.Address{1}, EmergencyGovernor: common.Address{2}, CharterRegistry: common.Address{3},
		ExperimentRegistry: common.Address{4}, GuardianRegistry: common.Address{5}, Emergency: common.Address{6}, Timelock: common.Address{7}}
	dec := NewEventDecoder(d)
	n := len(dec.topics)
	word := func(v int64) []byte { return common.LeftPadBytes(big.NewInt(v).Bytes(), 32) }
	f.Add(uint8(1), uint8(0), uint8(1), []byte{}, word(5))
	f.Add(uint8(6), uint8(3), uint8(2), []byte("topic-bytes-topic-bytes-topic-by"), append(word(32), word(0)...))
	f.Add(uint8(5), uint8(10), uint8(2), []byte{}, append(append(word(1<<40), word(1)...), word(64)...))
	f.Fuzz(func(t *testing.T, addr, topic, ntopics uint8, topicBytes, data []byte) {
		l := types.Log{Address: common.Address{addr % 9}, Data: data}
		l.Topics = append(l.Topics, dec.topics[int(topic)%n])
		for i := 0; i < int(ntopics%5); i++ {
			var h common.Hash
			if len(topicBytes) > 0 {
				copy(h[:], topicBytes[(i*7)%len(topicBytes):])
			}
			l.Topics = append(l.Topics, h)
		}
		ev, err := dec.Decode(&l)
		if err != nil {
			if !errors.Is(err, ErrUnknownEvent) && !errors.Is(err, ErrMalformedEvent) {
				t.Fatalf("error %v is neither unknown nor malformed", err)
			}
			return
		}
		if ev.Log().Address != l.Address {
			t.Fatal("decoded event lost its address")
		}
		switch e := ev.(type) {
		case *ProposalCreated:
			if e.ProposalID == nil || len(e.Targets) != len(e.Values) || len(e.Targets) != len(e.Calldatas) {
				t.Fatalf("inconsistent ProposalCreated %+v", e)
			}
			for _, v := range e.Values {
				if v == nil {
					t.Fatal("nil value")
				}
			}
		case *VoteCast:
			if e.ProposalID == nil || e.Weight == nil {
				t.Fatal("nil in VoteCast")
			}
		case *ProposalQueued:
			if e.ProposalID == nil {
				t.Fatal("nil in ProposalQueued")
			}
		}
	})
}

// FuzzParseDeployment checks the deployment-file parser: no panics, and whatever it accepts
// survives an encode/decode round trip unchanged.
func FuzzParseDeployment(f *testing.F) {
	good := Deployment{ChainID: 1337, StartBlock: 1, Token: common.Address{1}, Timelock: common.Address{2},
		Governor: common.Address{3}, EmergencyGovernor: common.Address{4}, CharterRegistry: common.Address{5},
		ExperimentRegistry: common.Address{6}, GuardianRegistry: common.Address{7}, Emergency: common.Address{8},
		Params: DevParams()}
	data, _ := json.Marshal(good)
	f.Add(data)
	f.Add([]byte(`{"chain_id": 1}`))
	f.Add([]byte(`{"params": {"initial_supply": 1e999}}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		d, err := ParseDeployment(in)
		if err != nil {
			if !errors.Is(err, ErrInvalidDeployment) {
				t.Fatalf("error %v is not ErrInvalidDeployment", err)
			}
			return
		}
		out, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		d2, err := ParseDeployment(out)
		if err != nil {
			t.Fatalf("re-parse: %v", err)
		}
		if !reflect.DeepEqual(d, d2) {
			t.Fatalf("round trip changed the deployment:\n%+v\n%+v", d, d2)
		}
	})
}
