package charter

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/x0tta6bl4/westworld/storage"
)

// Key layout inside the audit namespace (storage.PrefixAudit):
//
//	h/<hour>                  -> ""           an hour that holds entries
//	v/<hour><time><id>        -> JSON record  the violations, in time order
//	i/<id>                    -> <hour><time> idempotency index
//
// <hour> is 4 bytes and <time> 8 bytes, both big-endian with the sign bit
// flipped so byte order is time order; <id> is 16 bytes of
// SHA-256(node, seq, metric, type), the identity that makes Append
// idempotent. The namespace API iterates whole prefixes only, so List
// finds its starting point through the small hour index instead of
// scanning every entry.
var (
	auditHourPrefix  = []byte("h/")
	auditEntryPrefix = []byte("v/")
	auditIndexPrefix = []byte("i/")
)

const (
	auditIDLen   = 16
	auditTimeLen = 4 + 8
	// auditChunk bounds the keys one transaction writes, well inside
	// Badger's transaction size limit.
	auditChunk = 256
	// DefaultMaxAuditEntries is AuditLogConfig.MaxEntries when left zero.
	DefaultMaxAuditEntries = 1 << 20
)

// errStopIteration ends a namespace iteration early; it never escapes.
var errStopIteration = errors.New("stop iteration")

// AuditLogConfig configures an AuditLog.
type AuditLogConfig struct {
	// MaxEntries bounds the log; when an append goes past it the oldest
	// entries (and an extra 1/16 of the bound, to batch the deletes) are
	// dropped. 0 means DefaultMaxAuditEntries. A flood of violations from
	// a hostile peer therefore cannot fill the disk.
	MaxEntries int
}

// AuditLog is the node's persistent record of violations, kept in Badger
// under storage.PrefixAudit. It is safe for concurrent use; use one
// AuditLog per store, since it keeps its entry count in memory.
type AuditLog struct {
	ns  *storage.Namespace
	max int

	mu    sync.Mutex // serialises writers, so their transactions never conflict
	count int
}

// NewAuditLog opens the audit log in ns (the store's PrefixAudit namespace).
func NewAuditLog(cfg AuditLogConfig, ns *storage.Namespace) (*AuditLog, error) {
	if ns == nil {
		return nil, errors.New("open audit log: nil namespace")
	}
	if cfg.MaxEntries < 0 {
		return nil, fmt.Errorf("open audit log: negative MaxEntries %d", cfg.MaxEntries)
	}
	if cfg.MaxEntries == 0 {
		cfg.MaxEntries = DefaultMaxAuditEntries
	}
	n, err := ns.Count(auditEntryPrefix)
	if err != nil {
		return nil, fmt.Errorf("open audit log: count entries: %w", err)
	}
	return &AuditLog{ns: ns, max: cfg.MaxEntries, count: n}, nil
}

func auditID(v Violation) [auditIDLen]byte {
	h := sha256.New()
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(len(v.Node)))
	h.Write(b[:])
	h.Write([]byte(v.Node))
	binary.BigEndian.PutUint64(b[:], v.ReportSeq)
	h.Write(b[:])
	binary.BigEndian.PutUint64(b[:], uint64(len(v.Metric)))
	h.Write(b[:])
	h.Write([]byte(v.Metric))
	h.Write([]byte{byte(v.Type)})
	var id [auditIDLen]byte
	copy(id[:], h.Sum(nil))
	return id
}

var (
	minNanoTime = time.Unix(0, math.MinInt64)
	maxNanoTime = time.Unix(0, math.MaxInt64)
)

// auditTime encodes t as <hour><time>. Times outside what int64
// nanoseconds can hold (the zero Time, as List's "since the beginning")
// are clamped rather than wrapped.
func auditTime(t time.Time) [auditTimeLen]byte {
	var ns int64
	switch {
	case t.Before(minNanoTime):
		ns = math.MinInt64
	case t.After(maxNanoTime):
		ns = math.MaxInt64
	default:
		ns = t.UnixNano()
	}
	hour := ns / int64(time.Hour)
	if ns < 0 && ns%int64(time.Hour) != 0 {
		hour-- // floor, so an hour bucket holds exactly its own instants
	}
	var out [auditTimeLen]byte
	binary.BigEndian.PutUint32(out[:4], uint32(int32(hour))^(1<<31))
	binary.BigEndian.PutUint64(out[4:], uint64(ns)^(1<<63))
	return out
}

// Append records v. Appending the same (node, report seq, metric, type)
// again is a no-op, so a report delivered twice never lands twice.
func (l *AuditLog) Append(ctx context.Context, v Violation) error {
	_, err := l.AppendAll(ctx, []Violation{v})
	return err
}

// AppendAll records vs (typically one report's violations) with one disk
// sync per few hundred entries, and returns how many were new.
func (l *AuditLog) AppendAll(ctx context.Context, vs []Violation) (int, error) {
	for i := range vs {
		if !vs[i].Type.Valid() {
			return 0, fmt.Errorf("append violation %d: %w: %d", i, ErrUnknownViolationType, uint8(vs[i].Type))
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	added := 0
	for start := 0; start < len(vs); start += auditChunk {
		if err := ctx.Err(); err != nil {
			return added, fmt.Errorf("append violations: %w", err)
		}
		chunk := vs[start:min(start+auditChunk, len(vs))]
		n := 0
		err := l.ns.Update(func(tx *storage.Tx) error {
			n = 0
			for _, v := range chunk {
				id := auditID(v)
				ikey := append(bytes.Clone(auditIndexPrefix), id[:]...)
				if _, err := tx.Get(ikey); err == nil {
					continue
				} else if !errors.Is(err, storage.ErrNotFound) {
					return err
				}
				val, err := json.Marshal(v)
				if err != nil {
					return fmt.Errorf("encode violation: %w", err)
				}
				tk := auditTime(v.Time)
				key := make([]byte, 0, len(auditEntryPrefix)+auditTimeLen+auditIDLen)
				key = append(append(append(key, auditEntryPrefix...), tk[:]...), id[:]...)
				if err := tx.Put(key, val); err != nil {
					return err
				}
				if err := tx.Put(ikey, tk[:]); err != nil {
					return err
				}
				if err := tx.Put(append(bytes.Clone(auditHourPrefix), tk[:4]...), nil); err != nil {
					return err
				}
				n++
			}
			return nil
		})
		if err != nil {
			return added, fmt.Errorf("append violations: %w", err)
		}
		added += n
		l.count += n
	}
	if l.count > l.max {
		excess := l.count - l.max + max(1, l.max/16)
		if _, err := l.dropOldest(ctx, excess, time.Time{}, false); err != nil {
			return added, fmt.Errorf("append violations: enforce MaxEntries: %w", err)
		}
	}
	return added, nil
}

// List returns up to limit violations seen at or after since, oldest first.
// limit <= 0 means no limit.
func (l *AuditLog) List(ctx context.Context, since time.Time, limit int) ([]Violation, error) {
	from := auditTime(since)
	out := []Violation{}
	err := l.ns.View(func(tx *storage.Tx) error {
		var hours [][]byte
		err := tx.Iterate(auditHourPrefix, func(key, _ []byte) error {
			h := key[len(auditHourPrefix):]
			if bytes.Compare(h, from[:4]) >= 0 {
				hours = append(hours, bytes.Clone(h))
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, h := range hours {
			if err := ctx.Err(); err != nil {
				return err
			}
			err := tx.Iterate(append(bytes.Clone(auditEntryPrefix), h...), func(key, val []byte) error {
				tk := key[len(auditEntryPrefix) : len(auditEntryPrefix)+auditTimeLen]
				if bytes.Compare(tk, from[:]) < 0 {
					return nil
				}
				var v Violation
				if err := json.Unmarshal(val, &v); err != nil {
					return fmt.Errorf("decode entry %x: %w", key, err)
				}
				out = append(out, v)
				if limit > 0 && len(out) >= limit {
					return errStopIteration
				}
				return nil
			})
			if errors.Is(err, errStopIteration) {
				return nil
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list violations: %w", err)
	}
	return out, nil
}

// Count returns the number of violations in the log.
func (l *AuditLog) Count(ctx context.Context) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("count violations: %w", err)
	}
	n, err := l.ns.Count(auditEntryPrefix)
	if err != nil {
		return 0, fmt.Errorf("count violations: %w", err)
	}
	return n, nil
}

// Prune deletes the violations seen before before and returns how many.
// Once an entry is pruned, the same violation may be appended again.
func (l *AuditLog) Prune(ctx context.Context, before time.Time) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n, err := l.dropOldest(ctx, -1, before, true)
	if err != nil {
		return n, fmt.Errorf("prune violations: %w", err)
	}
	return n, nil
}

// dropOldest deletes entries oldest first: at most limit of them (limit < 0:
// no limit) and, when useBefore is set, only those before before. The
// caller holds l.mu.
func (l *AuditLog) dropOldest(ctx context.Context, limit int, before time.Time, useBefore bool) (int, error) {
	cut := auditTime(before)
	dropped := 0
	for limit < 0 || dropped < limit {
		if err := ctx.Err(); err != nil {
			return dropped, err
		}
		want := auditChunk
		if limit >= 0 {
			want = min(want, limit-dropped)
		}
		// Collect one chunk of victims, oldest first.
		var victims [][]byte
		var hours [][]byte
		err := l.ns.View(func(tx *storage.Tx) error {
			return tx.Iterate(auditHourPrefix, func(hkey, _ []byte) error {
				h := hkey[len(auditHourPrefix):]
				if useBefore && bytes.Compare(h, cut[:4]) > 0 {
					return errStopIteration
				}
				emptied := true
				err := tx.Iterate(append(bytes.Clone(auditEntryPrefix), h...), func(key, _ []byte) error {
					tk := key[len(auditEntryPrefix) : len(auditEntryPrefix)+auditTimeLen]
					if len(victims) >= want || (useBefore && bytes.Compare(tk, cut[:]) >= 0) {
						emptied = false
						return errStopIteration
					}
					victims = append(victims, bytes.Clone(key))
					return nil
				})
				if err != nil && !errors.Is(err, errStopIteration) {
					return err
				}
				if emptied {
					hours = append(hours, bytes.Clone(hkey))
				}
				if len(victims) >= want {
					return errStopIteration
				}
				return nil
			})
		})
		if err != nil && !errors.Is(err, errStopIteration) {
			return dropped, err
		}
		if len(victims) == 0 && len(hours) == 0 {
			return dropped, nil
		}
		err = l.ns.Update(func(tx *storage.Tx) error {
			for _, k := range victims {
				id := k[len(auditEntryPrefix)+auditTimeLen:]
				if err := tx.Delete(k); err != nil {
					return err
				}
				if err := tx.Delete(append(bytes.Clone(auditIndexPrefix), id...)); err != nil {
					return err
				}
			}
			for _, h := range hours {
				if err := tx.Delete(h); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return dropped, err
		}
		dropped += len(victims)
		l.count -= len(victims)
		if len(victims) < want {
			return dropped, nil
		}
	}
	return dropped, nil
}
