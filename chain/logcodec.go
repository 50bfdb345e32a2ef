package chain

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The index journals every log it applied, so that a reorg can undo exactly what the abandoned
// blocks indexed. A journal entry is a log in a compact binary form (JSON would double the
// index's size at 50,000 votes):
//
//	version(1)=1 | address(20) | block number(8) | block hash(32) | tx hash(32) | tx index(4) |
//	log index(4) | topic count(1) | topics(32 each) | data length(4) | data
//
// Entries are read back from our own database, but a corrupt or truncated one must be an error,
// never a panic, so the decoder checks every length (FuzzDecodeLog).
const (
	logCodecVersion = 1
	logHeaderLen    = 1 + 20 + 8 + 32 + 32 + 4 + 4 + 1
	maxLogTopics    = 4
	// maxLogData bounds a log's data; the largest governance event (a ProposalCreated with
	// many actions) is far below it.
	maxLogData = 1 << 24
)

var errBadLogEntry = errors.New("bad journal entry")

// encodeLog serialises l. It fails only for logs no EVM can emit (more than four topics or
// indexes beyond 32 bits).
func encodeLog(l *types.Log) ([]byte, error) {
	if len(l.Topics) > maxLogTopics {
		return nil, fmt.Errorf("%w: %d topics", errBadLogEntry, len(l.Topics))
	}
	if l.TxIndex > 0xffffffff || l.Index > 0xffffffff || len(l.Data) > maxLogData {
		return nil, fmt.Errorf("%w: index or data out of range", errBadLogEntry)
	}
	b := make([]byte, 0, logHeaderLen+32*len(l.Topics)+4+len(l.Data))
	b = append(b, logCodecVersion)
	b = append(b, l.Address[:]...)
	b = binary.BigEndian.AppendUint64(b, l.BlockNumber)
	b = append(b, l.BlockHash[:]...)
	b = append(b, l.TxHash[:]...)
	b = binary.BigEndian.AppendUint32(b, uint32(l.TxIndex))
	b = binary.BigEndian.AppendUint32(b, uint32(l.Index))
	b = append(b, byte(len(l.Topics)))
	for _, t := range l.Topics {
		b = append(b, t[:]...)
	}
	b = binary.BigEndian.AppendUint32(b, uint32(len(l.Data)))
	b = append(b, l.Data...)
	return b, nil
}

// decodeLog parses what encodeLog wrote.
func decodeLog(b []byte) (*types.Log, error) {
	if len(b) < logHeaderLen {
		return nil, fmt.Errorf("%w: %d bytes, shorter than the %d-byte header", errBadLogEntry, len(b), logHeaderLen)
	}
	if b[0] != logCodecVersion {
		return nil, fmt.Errorf("%w: version %d", errBadLogEntry, b[0])
	}
	l := &types.Log{}
	p := 1
	copy(l.Address[:], b[p:p+20])
	p += 20
	l.BlockNumber = binary.BigEndian.Uint64(b[p:])
	p += 8
	copy(l.BlockHash[:], b[p:p+32])
	p += 32
	copy(l.TxHash[:], b[p:p+32])
	p += 32
	l.TxIndex = uint(binary.BigEndian.Uint32(b[p:]))
	p += 4
	l.Index = uint(binary.BigEndian.Uint32(b[p:]))
	p += 4
	n := int(b[p])
	p++
	if n > maxLogTopics {
		return nil, fmt.Errorf("%w: %d topics", errBadLogEntry, n)
	}
	if len(b) < p+32*n+4 {
		return nil, fmt.Errorf("%w: truncated topics", errBadLogEntry)
	}
	if n > 0 {
		l.Topics = make([]common.Hash, n)
		for i := range l.Topics {
			copy(l.Topics[i][:], b[p:p+32])
			p += 32
		}
	}
	dl := binary.BigEndian.Uint32(b[p:])
	p += 4
	if dl > maxLogData || uint64(len(b)-p) != uint64(dl) {
		return nil, fmt.Errorf("%w: data length %d, %d bytes left", errBadLogEntry, dl, len(b)-p)
	}
	if dl > 0 {
		l.Data = append([]byte(nil), b[p:]...)
	}
	return l, nil
}

// Offsets of the block hash in an encoded log, for reading it without decoding the rest.
const (
	logHashStart = 1 + 20 + 8
	logHashEnd   = logHashStart + 32
)
