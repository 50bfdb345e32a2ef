package bpf

import (
	"cmp"
	"errors"
	"fmt"
	"net/netip"
	"slices"
	"time"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"
)

// Kind is the kind of a firewall entry.
type Kind string

const (
	// KindBlock drops every packet from the prefix.
	KindBlock Kind = "block"
	// KindLimit rate-limits each address of the prefix.
	KindLimit Kind = "limit"
)

// Entry is one block or limit in the kernel maps.
type Entry struct {
	Prefix netip.Prefix
	Kind   Kind
	// Until is when the entry stops applying; zero means until lifted.
	Until time.Time
	// PPS and Burst are set for limits: each source address in Prefix may
	// send PPS packets per second on average and Burst back to back.
	PPS   uint32
	Burst uint32
}

// Stats are the firewall's packet counters, summed over CPUs, since load.
// Bytes are frame lengths at the attach point (Ethernet header included).
type Stats struct {
	Passed                  uint64
	PassedBytes             uint64
	DroppedBlocked          uint64
	DroppedBlockedBytes     uint64
	DroppedRateLimited      uint64
	DroppedRateLimitedBytes uint64
}

// Indexes into the counters map (enum fw_result in c/firewall.c).
const (
	resultPass        = 0
	resultDropBlocked = 1
	resultDropRate    = 2
)

// maxPPS keeps the GCRA interval (1e9/pps ns) at least one nanosecond.
const maxPPS = 1_000_000_000

// Block drops all traffic from p until the given time (zero: until Lift).
// Blocking a prefix that is already blocked replaces its expiry.
func (f *Firewall) Block(p netip.Prefix, until time.Time) error {
	p, err := normalize(p)
	if err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return ErrClosed
	}
	exp, err := toMono(until, time.Now(), monoNow())
	if err != nil {
		return fmt.Errorf("block %s: %w", p, err)
	}
	val := firewallBlockVal{ExpiresNs: exp, Prefixlen: uint32(p.Bits())}
	m, key := f.objs.BlockedV4, mapKey(p)
	if p.Addr().Is6() {
		m = f.objs.BlockedV6
	}
	if err := m.Update(key, &val, ebpf.UpdateAny); err != nil {
		return fmt.Errorf("block %s: %w", p, err)
	}
	return nil
}

// Limit rate-limits every source address in p to pps packets per second
// with bursts of up to burst packets (0 means one second's worth, pps),
// until the given time (zero: until Lift). Each address has its own bucket.
// A block on an address takes precedence over its limit.
func (f *Firewall) Limit(p netip.Prefix, pps, burst uint32, until time.Time) error {
	p, err := normalize(p)
	if err != nil {
		return err
	}
	if pps == 0 || pps > maxPPS {
		return fmt.Errorf("limit %s: %w: rate %d pps (want 1..%d; block instead of a zero rate)", p, ErrInvalid, pps, maxPPS)
	}
	if burst == 0 {
		burst = pps
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return ErrClosed
	}
	exp, err := toMono(until, time.Now(), monoNow())
	if err != nil {
		return fmt.Errorf("limit %s: %w", p, err)
	}
	interval := uint64(time.Second) / uint64(pps)
	val := firewallLimitVal{
		ExpiresNs:   exp,
		IntervalNs:  interval,
		ToleranceNs: uint64(burst-1) * interval,
		Prefixlen:   uint32(p.Bits()),
		Pps:         pps,
		Burst:       burst,
	}
	m, key := f.objs.LimitsV4, mapKey(p)
	if p.Addr().Is6() {
		m = f.objs.LimitsV6
	}
	if err := m.Update(key, &val, ebpf.UpdateAny); err != nil {
		return fmt.Errorf("limit %s: %w", p, err)
	}
	return nil
}

// Lift removes the block and the limit on exactly p (not on prefixes inside
// or around it) and forgets the rate state of the addresses in p. It
// returns ErrNotFound when p had neither.
func (f *Firewall) Lift(p netip.Prefix) error {
	p, err := normalize(p)
	if err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return ErrClosed
	}
	blocked, limits, key := f.objs.BlockedV4, f.objs.LimitsV4, mapKey(p)
	if p.Addr().Is6() {
		blocked, limits = f.objs.BlockedV6, f.objs.LimitsV6
	}
	var found bool
	for _, m := range []*ebpf.Map{blocked, limits} {
		err := m.Delete(key)
		switch {
		case err == nil:
			found = true
		case errors.Is(err, ebpf.ErrKeyNotExist):
		default:
			return fmt.Errorf("lift %s: %w", p, err)
		}
	}
	if err := f.forgetBuckets(p); err != nil {
		return fmt.Errorf("lift %s: %w", p, err)
	}
	if !found {
		return fmt.Errorf("lift %s: %w", p, ErrNotFound)
	}
	return nil
}

// forgetBuckets deletes the rate state of every address in p, so that a
// later limit starts from a full bucket.
func (f *Firewall) forgetBuckets(p netip.Prefix) error {
	if p.IsSingleIP() {
		k := firewallBucketKey{Addr: p.Addr().As16()} // IPv4 as ::ffff:a.b.c.d, like the kernel
		if err := f.objs.Buckets.Delete(&k); err != nil && !errors.Is(err, ebpf.ErrKeyNotExist) {
			return fmt.Errorf("delete bucket: %w", err)
		}
		return nil
	}
	// A wider prefix: walk the table (at most its 65536 entries).
	var (
		k    firewallBucketKey
		v    firewallBucket
		gone []firewallBucketKey
	)
	it := f.objs.Buckets.Iterate()
	for it.Next(&k, &v) {
		if p.Contains(netip.AddrFrom16(k.Addr).Unmap()) {
			gone = append(gone, k)
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("iterate buckets: %w", err)
	}
	for _, k := range gone {
		if err := f.objs.Buckets.Delete(&k); err != nil && !errors.Is(err, ebpf.ErrKeyNotExist) {
			return fmt.Errorf("delete bucket: %w", err)
		}
	}
	return nil
}

// Entries lists the blocks and limits that still apply, ordered by prefix
// and kind. Expired entries are left out (see Prune).
func (f *Firewall) Entries() ([]Entry, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return nil, ErrClosed
	}
	all, err := f.entries()
	if err != nil {
		return nil, err
	}
	mono := monoNow()
	now := time.Now()
	out := all[:0]
	for _, e := range all {
		if e.expires == 0 || e.expires > mono {
			if e.expires != 0 {
				e.Until = fromMono(e.expires, now, mono)
			}
			out = append(out, e)
		}
	}
	res := make([]Entry, len(out))
	for i, e := range out {
		res[i] = e.Entry
	}
	slices.SortFunc(res, func(a, b Entry) int {
		if c := a.Prefix.Addr().Compare(b.Prefix.Addr()); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Prefix.Bits(), b.Prefix.Bits()); c != 0 {
			return c
		}
		return cmp.Compare(a.Kind, b.Kind)
	})
	return res, nil
}

// Prune deletes entries whose expiry has passed and returns how many. The
// kernel already ignores them; pruning keeps the maps small and the
// lookup's walk past expired, more specific entries short.
func (f *Firewall) Prune() (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return 0, ErrClosed
	}
	all, err := f.entries()
	if err != nil {
		return 0, err
	}
	mono := monoNow()
	n := 0
	for _, e := range all {
		if e.expires == 0 || e.expires > mono {
			continue
		}
		if err := e.m.Delete(e.key); err != nil && !errors.Is(err, ebpf.ErrKeyNotExist) {
			return n, fmt.Errorf("prune %s %s: %w", e.Kind, e.Prefix, err)
		}
		n++
	}
	return n, nil
}

type rawEntry struct {
	Entry
	expires uint64
	m       *ebpf.Map
	key     any
}

// entries reads all four maps; the caller holds f.mu.
func (f *Firewall) entries() ([]rawEntry, error) {
	var out []rawEntry
	{
		var k firewallKeyV4
		var v firewallBlockVal
		it := f.objs.BlockedV4.Iterate()
		for it.Next(&k, &v) {
			p := netip.PrefixFrom(netip.AddrFrom4(k.Addr), int(k.Prefixlen))
			out = append(out, rawEntry{Entry{Prefix: p, Kind: KindBlock}, v.ExpiresNs, f.objs.BlockedV4, k})
		}
		if err := it.Err(); err != nil {
			return nil, fmt.Errorf("iterate blocked_v4: %w", err)
		}
	}
	{
		var k firewallKeyV6
		var v firewallBlockVal
		it := f.objs.BlockedV6.Iterate()
		for it.Next(&k, &v) {
			p := netip.PrefixFrom(netip.AddrFrom16(k.Addr), int(k.Prefixlen))
			out = append(out, rawEntry{Entry{Prefix: p, Kind: KindBlock}, v.ExpiresNs, f.objs.BlockedV6, k})
		}
		if err := it.Err(); err != nil {
			return nil, fmt.Errorf("iterate blocked_v6: %w", err)
		}
	}
	{
		var k firewallKeyV4
		var v firewallLimitVal
		it := f.objs.LimitsV4.Iterate()
		for it.Next(&k, &v) {
			p := netip.PrefixFrom(netip.AddrFrom4(k.Addr), int(k.Prefixlen))
			out = append(out, rawEntry{Entry{Prefix: p, Kind: KindLimit, PPS: v.Pps, Burst: v.Burst}, v.ExpiresNs, f.objs.LimitsV4, k})
		}
		if err := it.Err(); err != nil {
			return nil, fmt.Errorf("iterate limits_v4: %w", err)
		}
	}
	{
		var k firewallKeyV6
		var v firewallLimitVal
		it := f.objs.LimitsV6.Iterate()
		for it.Next(&k, &v) {
			p := netip.PrefixFrom(netip.AddrFrom16(k.Addr), int(k.Prefixlen))
			out = append(out, rawEntry{Entry{Prefix: p, Kind: KindLimit, PPS: v.Pps, Burst: v.Burst}, v.ExpiresNs, f.objs.LimitsV6, k})
		}
		if err := it.Err(); err != nil {
			return nil, fmt.Errorf("iterate limits_v6: %w", err)
		}
	}
	return out, nil
}

// Stats sums the per-CPU counters.
func (f *Firewall) Stats() (Stats, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return Stats{}, ErrClosed
	}
	var sums [3]firewallCounter
	for i := range sums {
		var perCPU []firewallCounter
		if err := f.objs.Counters.Lookup(uint32(i), &perCPU); err != nil {
			return Stats{}, fmt.Errorf("read counters: %w", err)
		}
		for _, c := range perCPU {
			sums[i].Packets += c.Packets
			sums[i].Bytes += c.Bytes
		}
	}
	return Stats{
		Passed:                  sums[resultPass].Packets,
		PassedBytes:             sums[resultPass].Bytes,
		DroppedBlocked:          sums[resultDropBlocked].Packets,
		DroppedBlockedBytes:     sums[resultDropBlocked].Bytes,
		DroppedRateLimited:      sums[resultDropRate].Packets,
		DroppedRateLimitedBytes: sums[resultDropRate].Bytes,
	}, nil
}

// normalize turns p into the form the maps key on: IPv4-mapped IPv6
// prefixes become IPv4, zones are dropped, host bits are cleared.
func normalize(p netip.Prefix) (netip.Prefix, error) {
	if !p.IsValid() {
		return netip.Prefix{}, fmt.Errorf("%w: prefix %s", ErrInvalid, p)
	}
	a, bits := p.Addr().WithZone(""), p.Bits()
	if a.Is4In6() {
		if bits < 96 {
			return netip.Prefix{}, fmt.Errorf("%w: prefix %s mixes IPv4-mapped and IPv6 space", ErrInvalid, p)
		}
		a, bits = a.Unmap(), bits-96
	}
	return netip.PrefixFrom(a, bits).Masked(), nil
}

// mapKey is the LPM trie key of a normalized prefix: a key_v4 or a key_v6.
func mapKey(p netip.Prefix) any {
	if p.Addr().Is4() {
		return firewallKeyV4{Prefixlen: uint32(p.Bits()), Addr: p.Addr().As4()}
	}
	return firewallKeyV6{Prefixlen: uint32(p.Bits()), Addr: p.Addr().As16()}
}

// monoNow reads CLOCK_MONOTONIC, the clock bpf_ktime_get_ns reads.
func monoNow() uint64 {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts); err != nil {
		// CLOCK_MONOTONIC cannot fail on Linux; a zero would make every
		// expiry land in the past, which Block reports.
		return 0
	}
	return uint64(ts.Nano())
}

// toMono converts a wall-clock expiry into kernel monotonic ns, given the
// same instant on both clocks. The zero time means no expiry (0).
func toMono(until, now time.Time, mono uint64) (uint64, error) {
	if until.IsZero() {
		return 0, nil
	}
	d := until.Sub(now)
	if d <= 0 {
		return 0, fmt.Errorf("%w: %s", ErrExpired, until.Format(time.RFC3339Nano))
	}
	return mono + uint64(d), nil
}

// fromMono is the inverse of toMono for listing.
func fromMono(exp uint64, now time.Time, mono uint64) time.Time {
	if exp >= mono {
		return now.Add(time.Duration(exp - mono))
	}
	return now.Add(-time.Duration(mono - exp))
}
