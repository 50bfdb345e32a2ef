package chain

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"

	"github.com/x0tta6bl4/westworld/storage"
)

// Key layout. The index lives under PrefixGovernance + "ix/", the watcher's cursor and recent
// block hashes under PrefixChain + "watch/"; both are written in one Badger transaction per
// batch, which is why this package writes through the *badger.DB rather than two Namespaces.
// Numbers are big-endian so that keys sort by block.
//
//	ix/meta                               deployment fingerprint the index was built for
//	ix/l/<block 8><logidx 4>              journal: every applied log (logcodec.go)
//	ix/p/<pk 33>                          proposal creation record; pk = governor tag + id
//	ix/pc/<block 8><logidx 4>             creation order -> pk
//	ix/t/<pk>                             tally
//	ix/pq/<pk>, ix/px/<pk>, ix/pk/<pk>    queued, executed, canceled
//	ix/qu/<pk>                            quorum at the snapshot (read from the governor)
//	ix/oq/<voteStart 8><pk>               quorum still to be read
//	ix/vs/<voteStart 8><pk>               every proposal by snapshot (to redo quorums after a reorg)
//	ix/ve/<voteEnd 8><pk>                 every proposal by deadline (VoteClosed notifications)
//	ix/v/<pk><voter 20>                   vote
//	ix/vv/<voter 20><pk>                  votes by voter
//	ix/ch/<version 8>                     charter record
//	ix/x/<experiment 32><block 8><idx 4>  experiment history
//	ix/g/<epoch 8>                        guardian set
//	ix/m/<manifest 32>                    released manifest
//	ix/s/<peer hash 32><block 8><idx 4>   suspension history
//	ix/r/<block 8><idx 4>                 role grant or revocation
//	watch/cursor                          next block to scan and the hash of the one before
//	watch/h/<block 8>                     hashes of the last ReorgWindow scanned blocks
var (
	ixPrefix    = []byte(string(storage.PrefixGovernance) + "ix/")
	watchPrefix = []byte(string(storage.PrefixChain) + "watch/")
)

const (
	tagGovernor  byte = 0
	tagEmergency byte = 1
	pkLen             = 33
)

func ixKey(parts ...[]byte) []byte {
	n := len(ixPrefix)
	for _, p := range parts {
		n += len(p)
	}
	k := make([]byte, 0, n)
	k = append(k, ixPrefix...)
	for _, p := range parts {
		k = append(k, p...)
	}
	return k
}

func watchKey(parts ...[]byte) []byte {
	k := append([]byte(nil), watchPrefix...)
	for _, p := range parts {
		k = append(k, p...)
	}
	return k
}

func be64(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

func blockIdx(block uint64, idx uint) []byte {
	return binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint64(nil, block), uint32(idx))
}

var (
	segMeta       = []byte("meta")
	segJournal    = []byte("l/")
	segProposal   = []byte("p/")
	segOrder      = []byte("pc/")
	segTally      = []byte("t/")
	segQueued     = []byte("pq/")
	segExecuted   = []byte("px/")
	segCanceled   = []byte("pk/")
	segQuorum     = []byte("qu/")
	segOpenQuorum = []byte("oq/")
	segVoteStart  = []byte("vs/")
	segVoteEnd    = []byte("ve/")
	segVote       = []byte("v/")
	segVoterVote  = []byte("vv/")
	segCharter    = []byte("ch/")
	segExperiment = []byte("x/")
	segGuardians  = []byte("g/")
	segManifest   = []byte("m/")
	segSuspension = []byte("s/")
	segRole       = []byte("r/")

	segCursor = []byte("cursor")
	segHash   = []byte("h/")
)

func kJournal(block uint64, idx uint) []byte { return ixKey(segJournal, blockIdx(block, idx)) }
func kProposal(pk []byte) []byte             { return ixKey(segProposal, pk) }
func kOrder(block uint64, idx uint) []byte   { return ixKey(segOrder, blockIdx(block, idx)) }
func kTally(pk []byte) []byte                { return ixKey(segTally, pk) }
func kQueued(pk []byte) []byte               { return ixKey(segQueued, pk) }
func kExecuted(pk []byte) []byte             { return ixKey(segExecuted, pk) }
func kCanceled(pk []byte) []byte             { return ixKey(segCanceled, pk) }
func kQuorum(pk []byte) []byte               { return ixKey(segQuorum, pk) }
func kOpenQuorum(start uint64, pk []byte) []byte {
	return ixKey(segOpenQuorum, be64(start), pk)
}
func kVoteStart(start uint64, pk []byte) []byte { return ixKey(segVoteStart, be64(start), pk) }
func kVoteEnd(end uint64, pk []byte) []byte     { return ixKey(segVoteEnd, be64(end), pk) }
func kVote(pk []byte, voter common.Address) []byte {
	return ixKey(segVote, pk, voter[:])
}
func kVoterVote(voter common.Address, pk []byte) []byte {
	return ixKey(segVoterVote, voter[:], pk)
}
func kCharter(version uint64) []byte { return ixKey(segCharter, be64(version)) }
func kExperiment(id common.Hash, block uint64, idx uint) []byte {
	return ixKey(segExperiment, id[:], blockIdx(block, idx))
}
func kGuardians(epoch uint64) []byte  { return ixKey(segGuardians, be64(epoch)) }
func kManifest(id common.Hash) []byte { return ixKey(segManifest, id[:]) }
func kSuspension(peer common.Hash, block uint64, idx uint) []byte {
	return ixKey(segSuspension, peer[:], blockIdx(block, idx))
}
func kRole(block uint64, idx uint) []byte { return ixKey(segRole, blockIdx(block, idx)) }

func kCursor() []byte           { return watchKey(segCursor) }
func kHash(block uint64) []byte { return watchKey(segHash, be64(block)) }
