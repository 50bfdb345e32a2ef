package contracts

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// TestBallotDigestMatchesGeth checks the hand-rolled EIP-712 hashing against go-ethereum's generic
// typed-data implementation.
func TestBallotDigestMatchesGeth(t *testing.T) {
	d := GovernorDomain(GovernorName, 1337, common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))
	for _, b := range []Ballot{
		{ProposalID: big.NewInt(1), Support: SupportFor, Voter: common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), Nonce: big.NewInt(0)},
		{ProposalID: math.MaxBig256, Support: SupportAbstain, Voter: common.HexToAddress("0x01"), Nonce: big.NewInt(7)},
	} {
		td := apitypes.TypedData{
			Types: apitypes.Types{
				"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
					{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
				"Ballot": {{Name: "proposalId", Type: "uint256"}, {Name: "support", Type: "uint8"},
					{Name: "voter", Type: "address"}, {Name: "nonce", Type: "uint256"}},
			},
			PrimaryType: "Ballot",
			Domain: apitypes.TypedDataDomain{Name: d.Name, Version: d.Version,
				ChainId: (*math.HexOrDecimal256)(d.ChainID), VerifyingContract: d.VerifyingContract.Hex()},
			Message: apitypes.TypedDataMessage{
				"proposalId": b.ProposalID.String(), "support": big.NewInt(int64(b.Support)).String(),
				"voter": b.Voter.Hex(), "nonce": b.Nonce.String(),
			},
		}
		want, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatal(err)
		}
		got, err := b.Digest(d)
		if err != nil {
			t.Fatal(err)
		}
		if got != common.BytesToHash(want) {
			t.Fatalf("digest %s, geth says %x", got, want)
		}
	}
}

func TestBallotSignRecover(t *testing.T) {
	key, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	voter := crypto.PubkeyToAddress(key.PublicKey)
	d := GovernorDomain(GovernorName, 1337, common.HexToAddress("0x1234"))
	b := Ballot{ProposalID: big.NewInt(42), Support: SupportFor, Voter: voter, Nonce: big.NewInt(3)}
	sig, err := SignBallot(key, d, b)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := RecoverBallot(d, b, sig); err != nil || got != voter {
		t.Fatalf("recover = %s, %v; want %s", got, err, voter)
	}
	if err := VerifyBallot(d, b, sig); err != nil {
		t.Fatalf("verify: %v", err)
	}
	if _, err := SignBallot(other, d, b); !errors.Is(err, ErrWrongSigner) {
		t.Fatalf("signing someone else's ballot: %v, want ErrWrongSigner", err)
	}

	highS := func(sig []byte) []byte {
		out := append([]byte(nil), sig...)
		s := new(big.Int).SetBytes(sig[32:64])
		copy(out[32:64], math.U256Bytes(new(big.Int).Sub(crypto.S256().Params().N, s)))
		out[64] ^= 1 // 27 <-> 28
		return out
	}
	tampered := func(f func(*Ballot, *Domain)) (Ballot, Domain) {
		b2, d2 := b, d
		b2.ProposalID, b2.Nonce = new(big.Int).Set(b.ProposalID), new(big.Int).Set(b.Nonce)
		d2.ChainID = new(big.Int).Set(d.ChainID)
		f(&b2, &d2)
		return b2, d2
	}
	cases := []struct {
		name string
		b    Ballot
		d    Domain
		sig  []byte
		want error
	}{
		{"other support", func() Ballot { x, _ := tampered(func(b *Ballot, _ *Domain) { b.Support = SupportAgainst }); return x }(), d, sig, ErrWrongSigner},
		{"other proposal", func() Ballot { x, _ := tampered(func(b *Ballot, _ *Domain) { b.ProposalID.SetInt64(43) }); return x }(), d, sig, ErrWrongSigner},
		{"other nonce", func() Ballot { x, _ := tampered(func(b *Ballot, _ *Domain) { b.Nonce.SetInt64(4) }); return x }(), d, sig, ErrWrongSigner},
		{"other chain", b, func() Domain { _, x := tampered(func(_ *Ballot, d *Domain) { d.ChainID.SetInt64(1) }); return x }(), sig, ErrWrongSigner},
		{"emergency governor domain", b, GovernorDomain(EmergencyGovernorName, 1337, d.VerifyingContract), sig, ErrWrongSigner},
		{"claims another voter", func() Ballot {
			x, _ := tampered(func(b *Ballot, _ *Domain) { b.Voter = common.HexToAddress("0x99") })
			return x
		}(), d, sig, ErrWrongSigner},
		{"high s", b, d, highS(sig), ErrBadSignature},
		{"v = 0", b, d, append(append([]byte(nil), sig[:64]...), sig[64]-27), ErrBadSignature},
		{"short", b, d, sig[:64], ErrBadSignature},
		{"long", b, d, append(append([]byte(nil), sig...), 0), ErrBadSignature},
		{"zero r", b, d, append(make([]byte, 32), sig[32:]...), ErrBadSignature},
		{"invalid support", func() Ballot { x, _ := tampered(func(b *Ballot, _ *Domain) { b.Support = 3 }); return x }(), d, sig, ErrBadSignature},
		{"negative nonce", func() Ballot { x, _ := tampered(func(b *Ballot, _ *Domain) { b.Nonce.SetInt64(-1) }); return x }(), d, sig, ErrBadSignature},
		{"zero proposal", func() Ballot { x, _ := tampered(func(b *Ballot, _ *Domain) { b.ProposalID.SetInt64(0) }); return x }(), d, sig, ErrBadSignature},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := VerifyBallot(c.d, c.b, c.sig); !errors.Is(err, c.want) {
				t.Fatalf("verify: %v, want %v", err, c.want)
			}
		})
	}
}

// TestCastVoteBySig relays a Go-signed ballot through another account and checks it counts for the
// voter, that a replay and a second vote revert, and that the chain agrees with the off-chain checks.
func TestCastVoteBySig(t *testing.T) {
	e := newEnv(t, testParams())
	p, _ := e.d.CharterAmendment(1, sha("v1"), "", "ballot test")
	id := p.ID()
	lc := &lifecycle{}
	lc.propose = e.mine(e.gov.Propose(e.ctx, e.D.auth, p))
	snap, _ := e.gov.Snapshot(e.ctx, id)
	e.advanceTo(snap + 1)

	b, dom, err := e.gov.NewBallot(e.ctx, id, SupportFor, e.A.addr)
	if err != nil {
		t.Fatal(err)
	}
	if want := GovernorDomain(GovernorName, e.d.ChainID, e.d.Governor); dom.Name != want.Name || dom.Version != "1" ||
		dom.ChainID.Cmp(want.ChainID) != 0 || dom.VerifyingContract != want.VerifyingContract {
		t.Fatalf("domain from chain %+v, want %+v", dom, want)
	}
	sig, err := SignBallot(e.A.key, dom, b)
	if err != nil {
		t.Fatal(err)
	}
	if signer, err := RecoverBallot(dom, b, sig); err != nil || signer != e.A.addr {
		t.Fatalf("off-chain recover = %s, %v; want A %s", signer, err, e.A.addr)
	}

	// A malleated (high-s) twin is refused by the chain as well as off-chain.
	twin := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(sig[32:64])
	copy(twin[32:64], math.U256Bytes(new(big.Int).Sub(crypto.S256().Params().N, s)))
	twin[64] ^= 1
	if _, err := RecoverBallot(dom, b, twin); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("off-chain accepted a high-s signature: %v", err)
	}
	_, err = e.gov.CastVoteBySig(e.ctx, e.relayer.auth, b, twin)
	wantRevert(t, err, "GovernorInvalidSignature")

	r := e.mine(e.gov.CastVoteBySig(e.ctx, e.relayer.auth, b, sig))
	evs, err := NewEventDecoder(e.d).DecodeReceipt(r)
	if err != nil {
		t.Fatal(err)
	}
	vc := one[*VoteCast](t, evs)
	if vc.Voter != e.A.addr || vc.Support != SupportFor || vc.Weight.Cmp(Tokens(100)) != 0 {
		t.Fatalf("VoteCast %+v, want A For 100 tokens", vc)
	}
	if voted, _ := e.gov.HasVoted(e.ctx, id, e.A.addr); !voted {
		t.Fatal("hasVoted(A) = false after the relayed ballot")
	}
	if voted, _ := e.gov.HasVoted(e.ctx, id, e.relayer.addr); voted {
		t.Fatal("the relayer's vote was counted")
	}
	if tally, _ := e.gov.Tally(e.ctx, id); tally.For.Cmp(Tokens(100)) != 0 {
		t.Fatalf("tally %+v, want For = 100 tokens", tally)
	}

	// Replaying the same signature fails: the nonce moved, so it recovers to someone else.
	_, err = e.gov.CastVoteBySig(e.ctx, e.relayer.auth, b, sig)
	wantRevert(t, err, "GovernorInvalidSignature")
	// A fresh, correctly signed second ballot fails because A already voted.
	b2, dom2, err := e.gov.NewBallot(e.ctx, id, SupportAgainst, e.A.addr)
	if err != nil {
		t.Fatal(err)
	}
	if b2.Nonce.Cmp(new(big.Int).Add(b.Nonce, big.NewInt(1))) != 0 {
		t.Fatalf("nonce after a signed vote %s, want %s+1", b2.Nonce, b.Nonce)
	}
	sig2, _ := SignBallot(e.A.key, dom2, b2)
	if err := VerifyBallot(dom2, b2, sig2); err != nil {
		t.Fatal(err)
	}
	_, err = e.gov.CastVoteBySig(e.ctx, e.relayer.auth, b2, sig2)
	wantRevert(t, err, "GovernorAlreadyCastVote")
	_, err = e.gov.CastVote(e.ctx, e.A.auth, id, SupportAgainst, "changed my mind")
	wantRevert(t, err, "GovernorAlreadyCastVote")

	// B's key signing a ballot that names C: off-chain and on-chain both reject it.
	forged := Ballot{ProposalID: id, Support: SupportFor, Voter: e.C.addr, Nonce: big.NewInt(0)}
	digest, _ := forged.Digest(dom)
	fsig, _ := crypto.Sign(digest[:], e.B.key)
	fsig[64] += 27
	if err := VerifyBallot(dom, forged, fsig); !errors.Is(err, ErrWrongSigner) {
		t.Fatalf("verify forged ballot: %v, want ErrWrongSigner", err)
	}
	_, err = e.gov.CastVoteBySig(e.ctx, e.relayer.auth, forged, fsig)
	wantRevert(t, err, "GovernorInvalidSignature")

	// The same ballot signed for the emergency governor's domain does not count on the regular one.
	edom := GovernorDomain(EmergencyGovernorName, e.d.ChainID, e.d.EmergencyGovernor)
	bc := Ballot{ProposalID: id, Support: SupportFor, Voter: e.C.addr, Nonce: big.NewInt(0)}
	esig, _ := SignBallot(e.C.key, edom, bc)
	_, err = e.gov.CastVoteBySig(e.ctx, e.relayer.auth, bc, esig)
	wantRevert(t, err, "GovernorInvalidSignature")
	// Signed for the right domain, C's ballot counts.
	csig, _ := SignBallot(e.C.key, dom, bc)
	e.mine(e.gov.CastVoteBySig(e.ctx, e.relayer.auth, bc, csig))
	if tally, _ := e.gov.Tally(e.ctx, id); tally.For.Cmp(Tokens(130)) != 0 {
		t.Fatalf("tally %+v, want For = 130 tokens", tally)
	}
}

func TestParseSupport(t *testing.T) {
	for in, want := range map[string]Support{"for": SupportFor, " Against ": SupportAgainst, "ABSTAIN": SupportAbstain} {
		if got, err := ParseSupport(in); err != nil || got != want {
			t.Errorf("ParseSupport(%q) = %v, %v", in, got, err)
		}
		if s := want.String(); s != map[Support]string{0: "against", 1: "for", 2: "abstain"}[want] {
			t.Errorf("String() = %q", s)
		}
	}
	if _, err := ParseSupport("yes"); err == nil {
		t.Error("ParseSupport(yes) succeeded")
	}
}
