package contracts

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

// Support is a vote's direction, as GovernorCountingSimple numbers it.
type Support uint8

// The three ways to vote.
const (
	SupportAgainst Support = 0
	SupportFor     Support = 1
	SupportAbstain Support = 2
)

// String returns "against", "for" or "abstain".
func (s Support) String() string {
	switch s {
	case SupportAgainst:
		return "against"
	case SupportFor:
		return "for"
	case SupportAbstain:
		return "abstain"
	}
	return fmt.Sprintf("support(%d)", uint8(s))
}

// Valid reports whether the governor accepts s.
func (s Support) Valid() bool { return s <= SupportAbstain }

// ParseSupport parses "for", "against" or "abstain" (any case).
func ParseSupport(s string) (Support, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "for":
		return SupportFor, nil
	case "against":
		return SupportAgainst, nil
	case "abstain":
		return SupportAbstain, nil
	}
	return 0, fmt.Errorf("vote %q: want for, against or abstain", s)
}

// Domain is a governor's EIP-712 domain. OpenZeppelin 5 governors use their name and version "1";
// the chain ID and address bind a signature to one governor on one chain.
type Domain struct {
	Name              string         `json:"name"`
	Version           string         `json:"version"`
	ChainID           *big.Int       `json:"chain_id"`
	VerifyingContract common.Address `json:"verifying_contract"`
}

// GovernorDomain is the domain of a westworld governor named name ("WestGovernor" or
// "WestEmergencyGovernor") at address on chainID.
func GovernorDomain(name string, chainID uint64, address common.Address) Domain {
	return Domain{Name: name, Version: "1", ChainID: new(big.Int).SetUint64(chainID), VerifyingContract: address}
}

// Governor names, which are also their EIP-712 domain names.
const (
	GovernorName          = "WestGovernor"
	EmergencyGovernorName = "WestEmergencyGovernor"
)

var (
	domainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	// BallotTypeHash is Governor.BALLOT_TYPEHASH.
	BallotTypeHash = crypto.Keccak256Hash([]byte("Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce)"))
)

// word encodes v as one ABI word; it fails for negative numbers and numbers over 256 bits.
func word(v *big.Int) ([]byte, error) {
	if v == nil {
		v = new(big.Int)
	}
	if v.Sign() < 0 || v.BitLen() > 256 {
		return nil, fmt.Errorf("%w: %s is not a uint256", ErrBadSignature, v)
	}
	return math.U256Bytes(new(big.Int).Set(v)), nil
}

// Separator is the EIP-712 domain separator.
func (d Domain) Separator() (common.Hash, error) {
	chain, err := word(d.ChainID)
	if err != nil {
		return common.Hash{}, fmt.Errorf("domain chain id: %w", err)
	}
	return crypto.Keccak256Hash(
		domainTypeHash[:],
		crypto.Keccak256([]byte(d.Name)),
		crypto.Keccak256([]byte(d.Version)),
		chain,
		common.LeftPadBytes(d.VerifyingContract[:], 32),
	), nil
}

// Ballot is the EIP-712 message castVoteBySig verifies. Nonce is the voter's current nonce on the
// governor (Governor.nonces), which each signed vote consumes.
type Ballot struct {
	ProposalID *big.Int       `json:"proposal_id"`
	Support    Support        `json:"support"`
	Voter      common.Address `json:"voter"`
	Nonce      *big.Int       `json:"nonce"`
}

// Digest is the hash a voter signs: keccak256("\x19\x01" || domainSeparator || hashStruct(ballot)).
func (b Ballot) Digest(d Domain) (common.Hash, error) {
	sep, err := d.Separator()
	if err != nil {
		return common.Hash{}, err
	}
	id, err := word(b.ProposalID)
	if err != nil {
		return common.Hash{}, fmt.Errorf("ballot proposal id: %w", err)
	}
	nonce, err := word(b.Nonce)
	if err != nil {
		return common.Hash{}, fmt.Errorf("ballot nonce: %w", err)
	}
	structHash := crypto.Keccak256(
		BallotTypeHash[:],
		id,
		common.LeftPadBytes([]byte{byte(b.Support)}, 32),
		common.LeftPadBytes(b.Voter[:], 32),
		nonce,
	)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash), nil
}

// SignatureLength is the length of a ballot signature: r || s || v.
const SignatureLength = 65

// SignBallot signs b for domain d with key, which must be the voter's. The signature is r || s || v
// with v = 27 or 28, the form OpenZeppelin's ECDSA.recover accepts.
func SignBallot(key *ecdsa.PrivateKey, d Domain, b Ballot) ([]byte, error) {
	if addr := crypto.PubkeyToAddress(key.PublicKey); addr != b.Voter {
		return nil, fmt.Errorf("sign ballot: key is %s, ballot voter is %s: %w", addr, b.Voter, ErrWrongSigner)
	}
	digest, err := b.Digest(d)
	if err != nil {
		return nil, fmt.Errorf("sign ballot: %w", err)
	}
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("sign ballot: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// RecoverBallot returns the address that signed b for domain d. It accepts exactly what the
// governor accepts: 65 bytes, v of 27 or 28, and s in the lower half of the curve order (no
// malleable twin of a signature is ever relayed).
func RecoverBallot(d Domain, b Ballot, sig []byte) (common.Address, error) {
	if len(sig) != SignatureLength {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want %d", ErrBadSignature, len(sig), SignatureLength)
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("%w: v is %d, want 27 or 28", ErrBadSignature, v)
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(v-27, r, s, true) {
		return common.Address{}, fmt.Errorf("%w: r or s out of range (or s not canonical)", ErrBadSignature)
	}
	digest, err := b.Digest(d)
	if err != nil {
		return common.Address{}, err
	}
	rsv := make([]byte, SignatureLength)
	copy(rsv, sig)
	rsv[64] = v - 27
	pub, err := crypto.SigToPub(digest[:], rsv)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// VerifyBallot checks that sig is the voter's signature of b for d and that b is a vote the
// governor accepts; a relayer calls it before gossiping or submitting a ballot. Whether the nonce
// is current and the voter has power and has not voted needs the chain (Governor).
func VerifyBallot(d Domain, b Ballot, sig []byte) error {
	if !b.Support.Valid() {
		return fmt.Errorf("%w: support %d is not against, for or abstain", ErrBadSignature, b.Support)
	}
	if b.ProposalID == nil || b.ProposalID.Sign() == 0 {
		return fmt.Errorf("%w: proposal id is zero", ErrBadSignature)
	}
	signer, err := RecoverBallot(d, b, sig)
	if err != nil {
		return err
	}
	if signer != b.Voter {
		return fmt.Errorf("%w: signed by %s, voter is %s", ErrWrongSigner, signer, b.Voter)
	}
	return nil
}
