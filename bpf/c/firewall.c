// SPDX-License-Identifier: (GPL-2.0-only OR BSD-2-Clause)
//
// westworld ingress firewall: drops packets from blocked source prefixes and
// rate-limits sources with a per-address token bucket (GCRA).
//
// One object, two attach points that share every map: XDP (native, on NIC
// drivers that have it) and tcx ingress (SchedCLS, for veth and other virtual
// interfaces). The decision logic is the same function for both; only the
// context accessors and return codes differ.
//
// Built with -DFW_BARE, the object keeps only the parser and the blocklist
// lookup (no rate limit, no counters). bench/bpf uses that variant to measure
// what the full program costs on top of a bare lookup.

#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char __license[] SEC("license") = "Dual BSD/GPL";

// tcx return codes (linux/bpf.h from 6.6; Debian's headers are older).
#define FW_TCX_NEXT (-1)
#define FW_TCX_DROP 2

// How many expired, more specific entries a lookup steps over before it gives
// up and passes. Userspace prunes expired entries, so the chain stays short.
#define FW_MAX_SHADOW 4
// Compare-and-swap attempts on a contended bucket before the packet is
// treated as over the rate (contention itself means a flood).
#define FW_CAS_TRIES 4

// Bytes of headers the parser needs to see: Ethernet, two VLAN tags, IPv6.
#define FW_PARSE_LEN (14 + 4 + 4 + 40)

struct vlan_tag {
	__be16 tci;
	__be16 encap_proto;
};

// LPM trie keys: prefix length in bits, then the address in network order.
struct key_v4 {
	__u32 prefixlen;
	__u8 addr[4];
};

struct key_v6 {
	__u32 prefixlen;
	__u8 addr[16];
};

// A blocked prefix. expires_ns is CLOCK_MONOTONIC (bpf_ktime_get_ns), 0 means
// no expiry. prefixlen repeats the key's prefix length so that a lookup that
// lands on an expired entry can retry with a shorter prefix and find a less
// specific entry that still applies.
struct block_val {
	__u64 expires_ns;
	__u32 prefixlen;
	__u32 _pad;
};

// A rate-limited prefix. interval_ns = 1e9/pps and tolerance_ns =
// (burst-1)*interval_ns are precomputed by userspace; pps and burst are kept
// for listing.
struct limit_val {
	__u64 expires_ns;
	__u64 interval_ns;
	__u64 tolerance_ns;
	__u32 prefixlen;
	__u32 pps;
	__u32 burst;
	__u32 _pad;
};

// Bucket state per source address (IPv4 as ::ffff:a.b.c.d). tat is the GCRA
// theoretical arrival time in CLOCK_MONOTONIC ns.
struct bucket_key {
	__u8 addr[16];
};

struct bucket {
	__u64 tat;
};

enum fw_result {
	FW_PASS = 0,
	FW_DROP_BLOCKED = 1,
	FW_DROP_RATE = 2,
	FW_RESULTS = 3,
};

struct counter {
	__u64 packets;
	__u64 bytes;
};

struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__uint(max_entries, 65536);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, struct key_v4);
	__type(value, struct block_val);
} blocked_v4 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__uint(max_entries, 65536);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, struct key_v6);
	__type(value, struct block_val);
} blocked_v6 SEC(".maps");

#ifndef FW_BARE
struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__uint(max_entries, 16384);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, struct key_v4);
	__type(value, struct limit_val);
} limits_v4 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__uint(max_entries, 16384);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, struct key_v6);
	__type(value, struct limit_val);
} limits_v6 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 65536);
	__type(key, struct bucket_key);
	__type(value, struct bucket);
} buckets SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, FW_RESULTS);
	__type(key, __u32);
	__type(value, struct counter);
} counters SEC(".maps");
#endif

// A parsed source address. family is 4, 6, or 0 for anything the firewall
// does not judge (ARP, LLDP, truncated headers, three or more VLAN tags).
struct source {
	__u32 family;
	__u8 addr[16];
};

static __always_inline void parse(void *data, void *data_end, struct source *src)
{
	struct ethhdr *eth = data;
	src->family = 0;
	if ((void *)(eth + 1) > data_end)
		return;

	__be16 proto = eth->h_proto;
	void *pos = eth + 1;

#pragma unroll
	for (int i = 0; i < 2; i++) {
		if (proto != bpf_htons(ETH_P_8021Q) && proto != bpf_htons(ETH_P_8021AD))
			break;
		struct vlan_tag *tag = pos;
		if ((void *)(tag + 1) > data_end)
			return;
		proto = tag->encap_proto;
		pos = tag + 1;
	}

	if (proto == bpf_htons(ETH_P_IP)) {
		struct iphdr *ip = pos;
		if ((void *)(ip + 1) > data_end)
			return;
		src->family = 4;
		__builtin_memcpy(src->addr, &ip->saddr, 4);
	} else if (proto == bpf_htons(ETH_P_IPV6)) {
		struct ipv6hdr *ip6 = pos;
		if ((void *)(ip6 + 1) > data_end)
			return;
		src->family = 6;
		__builtin_memcpy(src->addr, &ip6->saddr, 16);
	}
}

// now_ns reads the clock once per packet, and only when an entry with an
// expiry or a rate limit needs it.
static __always_inline __u64 now_ns(__u64 *now)
{
	if (*now == 0)
		*now = bpf_ktime_get_ns();
	return *now;
}

static __always_inline int live(__u64 expires_ns, __u64 *now)
{
	return expires_ns == 0 || now_ns(now) < expires_ns;
}

static __always_inline int is_blocked(struct source *src, __u64 *now)
{
	struct block_val *v;

	if (src->family == 4) {
		struct key_v4 k = { .prefixlen = 32 };
		__builtin_memcpy(k.addr, src->addr, 4);
#pragma unroll
		for (int i = 0; i < FW_MAX_SHADOW; i++) {
			v = bpf_map_lookup_elem(&blocked_v4, &k);
			if (!v)
				return 0;
			if (live(v->expires_ns, now))
				return 1;
			if (v->prefixlen == 0)
				return 0;
			k.prefixlen = v->prefixlen - 1;
		}
		return 0;
	}

	struct key_v6 k = { .prefixlen = 128 };
	__builtin_memcpy(k.addr, src->addr, 16);
#pragma unroll
	for (int i = 0; i < FW_MAX_SHADOW; i++) {
		v = bpf_map_lookup_elem(&blocked_v6, &k);
		if (!v)
			return 0;
		if (live(v->expires_ns, now))
			return 1;
		if (v->prefixlen == 0)
			return 0;
		k.prefixlen = v->prefixlen - 1;
	}
	return 0;
}

#ifndef FW_BARE
static __always_inline struct limit_val *find_limit(struct source *src, __u64 *now)
{
	struct limit_val *v;

	if (src->family == 4) {
		struct key_v4 k = { .prefixlen = 32 };
		__builtin_memcpy(k.addr, src->addr, 4);
#pragma unroll
		for (int i = 0; i < FW_MAX_SHADOW; i++) {
			v = bpf_map_lookup_elem(&limits_v4, &k);
			if (!v)
				return 0;
			if (live(v->expires_ns, now))
				return v;
			if (v->prefixlen == 0)
				return 0;
			k.prefixlen = v->prefixlen - 1;
		}
		return 0;
	}

	struct key_v6 k = { .prefixlen = 128 };
	__builtin_memcpy(k.addr, src->addr, 16);
#pragma unroll
	for (int i = 0; i < FW_MAX_SHADOW; i++) {
		v = bpf_map_lookup_elem(&limits_v6, &k);
		if (!v)
			return 0;
		if (live(v->expires_ns, now))
			return v;
		if (v->prefixlen == 0)
			return 0;
		k.prefixlen = v->prefixlen - 1;
	}
	return 0;
}

// over_rate runs GCRA (the virtual-scheduling form of a token bucket) on the
// source's bucket. A packet conforms when its theoretical arrival time is at
// most tolerance_ns ahead of now; conforming moves the TAT one interval on.
// The TAT is advanced with compare-and-swap so that CPUs receiving the same
// source concurrently cannot admit more than the rate between them.
static __always_inline int over_rate(struct source *src, struct limit_val *lim, __u64 *now)
{
	struct bucket_key bk = {};
	if (src->family == 4) {
		bk.addr[10] = 0xff;
		bk.addr[11] = 0xff;
		__builtin_memcpy(&bk.addr[12], src->addr, 4);
	} else {
		__builtin_memcpy(bk.addr, src->addr, 16);
	}

	__u64 t = now_ns(now);
	__u64 interval = lim->interval_ns;
	__u64 tolerance = lim->tolerance_ns;

	struct bucket *b = bpf_map_lookup_elem(&buckets, &bk);
	if (!b) {
		struct bucket fresh = { .tat = t + interval };
		if (bpf_map_update_elem(&buckets, &bk, &fresh, BPF_NOEXIST) == 0)
			return 0;
		// Another CPU created it first: fall through to the shared state.
		b = bpf_map_lookup_elem(&buckets, &bk);
		if (!b)
			return 1;
	}

#pragma unroll
	for (int i = 0; i < FW_CAS_TRIES; i++) {
		__u64 old = *(volatile __u64 *)&b->tat;
		__u64 tat = old > t ? old : t;
		if (tat - t > tolerance)
			return 1;
		if (__sync_val_compare_and_swap(&b->tat, old, tat + interval) == old)
			return 0;
	}
	return 1;
}

static __always_inline void count(__u32 result, __u64 bytes)
{
	struct counter *c = bpf_map_lookup_elem(&counters, &result);
	if (c) {
		c->packets++;
		c->bytes += bytes;
	}
}
#endif

static __always_inline __u32 decide(void *data, void *data_end, __u64 bytes)
{
	struct source src;
	__u64 now = 0;
	__u32 result = FW_PASS;

	parse(data, data_end, &src);
	if (src.family != 0) {
		if (is_blocked(&src, &now)) {
			result = FW_DROP_BLOCKED;
		}
#ifndef FW_BARE
		else {
			struct limit_val *lim = find_limit(&src, &now);
			if (lim && over_rate(&src, lim, &now))
				result = FW_DROP_RATE;
		}
#endif
	}
#ifndef FW_BARE
	count(result, bytes);
#endif
	return result;
}

SEC("xdp")
int xdp_firewall(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;

	if (decide(data, data_end, data_end - data) != FW_PASS)
		return XDP_DROP;
	return XDP_PASS;
}

SEC("tc")
int tcx_firewall(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;

	// Headers split across fragments are rare (GRO on some drivers); make
	// the part the parser reads linear before judging.
	if (data + FW_PARSE_LEN > data_end && skb->len > data_end - data) {
		__u32 want = skb->len < FW_PARSE_LEN ? skb->len : FW_PARSE_LEN;
		// The helper invalidates packet pointers whether or not it
		// succeeds; on failure the parser sees what is linear and passes.
		bpf_skb_pull_data(skb, want);
		data = (void *)(long)skb->data;
		data_end = (void *)(long)skb->data_end;
	}

	if (decide(data, data_end, skb->len) != FW_PASS)
		return FW_TCX_DROP;
	return FW_TCX_NEXT;
}
