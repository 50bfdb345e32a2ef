// Package governance binds the node to the chain's decisions: it gossips
// proposal state and charter documents, relays EIP-712 ballots, and
// activates a charter only when its hash is the one executed on chain.
package governance

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/governance/pb"
)

// Wire limits. The topic caps (p2p.Topics) bound whole messages; these
// bound fields so a decoder never holds more than it can check.
const (
	WireVersion        = 1
	MaxDocumentSize    = 200 << 10
	MaxDescriptionSize = 4 << 10
	MaxKindLen         = 64
	MaxCIDLen          = 128
)

// ErrMalformed wraps every decode failure.
var ErrMalformed = errors.New("malformed governance message")

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, args...))
}

// CharterAnnouncement is a charter document offered to the mesh.
type CharterAnnouncement struct {
	CharterVersion uint64
	SHA256         common.Hash
	Document       []byte
	CID            string
}

// ProposalState is one node's reading of a proposal on chain.
type ProposalState struct {
	Governor    common.Address
	ID          *big.Int
	Kind        string
	State       contracts.ProposalState
	Tally       contracts.Tally
	BlockNumber uint64
	BlockHash   common.Hash
	Description string
}

// SignedBallot is a ballot with its signature, for castVoteBySig.
type SignedBallot struct {
	Governor  common.Address
	ChainID   uint64
	Ballot    contracts.Ballot
	Signature []byte
}

func uint256Bytes(v *big.Int) []byte {
	if v == nil {
		return nil
	}
	return v.Bytes()
}

func readUint256(name string, b []byte) (*big.Int, error) {
	if len(b) > 32 {
		return nil, malformed("%s is %d bytes, more than a uint256", name, len(b))
	}
	return new(big.Int).SetBytes(b), nil
}

func readAddress(name string, b []byte) (common.Address, error) {
	if len(b) != common.AddressLength {
		return common.Address{}, malformed("%s is %d bytes, want %d", name, len(b), common.AddressLength)
	}
	return common.BytesToAddress(b), nil
}

// EncodeCharter encodes an announcement.
func EncodeCharter(a CharterAnnouncement) ([]byte, error) {
	if len(a.Document) > MaxDocumentSize {
		return nil, fmt.Errorf("charter document is %d bytes, more than %d", len(a.Document), MaxDocumentSize)
	}
	return proto.Marshal(&pb.CharterAnnouncement{Version: WireVersion, CharterVersion: a.CharterVersion,
		Sha256: a.SHA256[:], Document: a.Document, Cid: a.CID})
}

// DecodeCharter decodes an announcement and checks that the document
// hashes to the announced sha256.
func DecodeCharter(b []byte) (CharterAnnouncement, error) {
	var m pb.CharterAnnouncement
	if err := proto.Unmarshal(b, &m); err != nil {
		return CharterAnnouncement{}, malformed("%v", err)
	}
	if m.Version != WireVersion {
		return CharterAnnouncement{}, malformed("version %d, want %d", m.Version, WireVersion)
	}
	if len(m.Sha256) != 32 {
		return CharterAnnouncement{}, malformed("sha256 is %d bytes", len(m.Sha256))
	}
	if len(m.Document) == 0 || len(m.Document) > MaxDocumentSize {
		return CharterAnnouncement{}, malformed("document is %d bytes (1..%d)", len(m.Document), MaxDocumentSize)
	}
	if len(m.Cid) > MaxCIDLen || !utf8.ValidString(m.Cid) {
		return CharterAnnouncement{}, malformed("bad cid")
	}
	a := CharterAnnouncement{CharterVersion: m.CharterVersion, SHA256: common.BytesToHash(m.Sha256), Document: m.Document, CID: m.Cid}
	if sha256.Sum256(a.Document) != a.SHA256 {
		return CharterAnnouncement{}, malformed("document does not hash to the announced sha256")
	}
	return a, nil
}

// EncodeProposal encodes a proposal state.
func EncodeProposal(s ProposalState) ([]byte, error) {
	if s.ID == nil || s.ID.Sign() <= 0 || s.ID.BitLen() > 256 {
		return nil, errors.New("proposal state without a valid id")
	}
	if len(s.Description) > MaxDescriptionSize {
		s.Description = truncateUTF8(s.Description, MaxDescriptionSize)
	}
	return proto.Marshal(&pb.ProposalState{Version: WireVersion, Governor: s.Governor[:], ProposalId: s.ID.Bytes(),
		Kind: s.Kind, State: uint32(s.State), VotesFor: uint256Bytes(s.Tally.For), VotesAgainst: uint256Bytes(s.Tally.Against),
		VotesAbstain: uint256Bytes(s.Tally.Abstain), BlockNumber: s.BlockNumber, BlockHash: s.BlockHash[:], Description: s.Description})
}

func truncateUTF8(s string, n int) string {
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// DecodeProposal decodes a proposal state.
func DecodeProposal(b []byte) (ProposalState, error) {
	var m pb.ProposalState
	if err := proto.Unmarshal(b, &m); err != nil {
		return ProposalState{}, malformed("%v", err)
	}
	if m.Version != WireVersion {
		return ProposalState{}, malformed("version %d, want %d", m.Version, WireVersion)
	}
	gov, err := readAddress("governor", m.Governor)
	if err != nil {
		return ProposalState{}, err
	}
	s := ProposalState{Governor: gov, Kind: m.Kind, State: contracts.ProposalState(m.State),
		BlockNumber: m.BlockNumber, Description: m.Description}
	if m.State > uint32(contracts.StateExecuted) {
		return ProposalState{}, malformed("state %d", m.State)
	}
	if len(m.Kind) > MaxKindLen || !utf8.ValidString(m.Kind) || len(m.Description) > MaxDescriptionSize || !utf8.ValidString(m.Description) {
		return ProposalState{}, malformed("kind or description too long or not UTF-8")
	}
	if len(m.BlockHash) != 32 {
		return ProposalState{}, malformed("block hash is %d bytes", len(m.BlockHash))
	}
	s.BlockHash = common.BytesToHash(m.BlockHash)
	if s.ID, err = readUint256("proposal id", m.ProposalId); err != nil {
		return ProposalState{}, err
	}
	if s.ID.Sign() == 0 {
		return ProposalState{}, malformed("proposal id is zero")
	}
	if s.Tally.For, err = readUint256("votes for", m.VotesFor); err != nil {
		return ProposalState{}, err
	}
	if s.Tally.Against, err = readUint256("votes against", m.VotesAgainst); err != nil {
		return ProposalState{}, err
	}
	if s.Tally.Abstain, err = readUint256("votes abstain", m.VotesAbstain); err != nil {
		return ProposalState{}, err
	}
	return s, nil
}

// EncodeBallot encodes a signed ballot.
func EncodeBallot(b SignedBallot) ([]byte, error) {
	if b.Ballot.ProposalID == nil || b.Ballot.Nonce == nil {
		return nil, errors.New("ballot without proposal id or nonce")
	}
	return proto.Marshal(&pb.Ballot{Version: WireVersion, Governor: b.Governor[:], ProposalId: b.Ballot.ProposalID.Bytes(),
		Support: uint32(b.Ballot.Support), Voter: b.Ballot.Voter[:], Nonce: b.Ballot.Nonce.Bytes(), Signature: b.Signature, ChainId: b.ChainID})
}

// DecodeBallot decodes a signed ballot. It does not check the signature
// (that needs the governor's EIP-712 domain): see Relay.
func DecodeBallot(data []byte) (SignedBallot, error) {
	var m pb.Ballot
	if err := proto.Unmarshal(data, &m); err != nil {
		return SignedBallot{}, malformed("%v", err)
	}
	if m.Version != WireVersion {
		return SignedBallot{}, malformed("version %d, want %d", m.Version, WireVersion)
	}
	gov, err := readAddress("governor", m.Governor)
	if err != nil {
		return SignedBallot{}, err
	}
	voter, err := readAddress("voter", m.Voter)
	if err != nil {
		return SignedBallot{}, err
	}
	if m.Support > uint32(contracts.SupportAbstain) {
		return SignedBallot{}, malformed("support %d", m.Support)
	}
	if len(m.Signature) != contracts.SignatureLength {
		return SignedBallot{}, malformed("signature is %d bytes", len(m.Signature))
	}
	id, err := readUint256("proposal id", m.ProposalId)
	if err != nil {
		return SignedBallot{}, err
	}
	if id.Sign() == 0 {
		return SignedBallot{}, malformed("proposal id is zero")
	}
	nonce, err := readUint256("nonce", m.Nonce)
	if err != nil {
		return SignedBallot{}, err
	}
	return SignedBallot{Governor: gov, ChainID: m.ChainId, Signature: m.Signature,
		Ballot: contracts.Ballot{ProposalID: id, Support: contracts.Support(m.Support), Voter: voter, Nonce: nonce}}, nil
}
