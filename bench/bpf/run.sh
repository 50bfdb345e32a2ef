#!/bin/sh
# Benchmark the eBPF firewall against iptables and nftables on a veth pair.
# Needs root, iproute2, iptables (nft and legacy backends) and nftables;
# no clang (the eBPF objects are committed). Extra arguments go to bpfbench, e.g.
#   bench/bpf/run.sh -rounds 7 -duration 5s -v
set -eu
cd "$(dirname "$0")/../.."
if [ "$(id -u)" != 0 ]; then
	echo "bench/bpf/run.sh: needs root" >&2
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
go build -o "$tmp/flood" ./bench/flood
go build -o "$tmp/bpfbench" ./bench/bpf
"$tmp/bpfbench" -flood "$tmp/flood" "$@"
