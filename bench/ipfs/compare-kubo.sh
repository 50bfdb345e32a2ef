#!/usr/bin/env bash
# Imports the same 256 MiB file with westworld's embedded IPFS (Badger,
# synced writes) and with Kubo's `ipfs add` (default flatfs datastore, synced)
# under the same UnixFS settings, and prints both rates side by side.
#
# Usage: bench/ipfs/compare-kubo.sh [SIZE_MIB]   (run from the repository root)
# Env:   WESTWORLD_KUBO=/path/to/ipfs to skip building Kubo; RUNS (default 3).
set -euo pipefail

size_mib=${1:-256}
runs=${RUNS:-3}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
kubo=${WESTWORLD_KUBO:-$("$here/build-kubo.sh")}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file=$work/input
head -c "$((size_mib << 20))" /dev/urandom >"$file"
bytes=$(stat -c %s "$file")

# westworld: go test benchmark importing $file (GC between runs so nothing
# dedups). It runs twice: the first benchmark in a fresh process pays for
# growing the Go heap, so the second is the steady rate; both are printed.
echo "westworld: importing $size_mib MiB, $runs runs per profile" >&2
ww=$(cd "$root" && WESTWORLD_BENCH_FILE=$file go test -run '^$' \
	-bench 'BenchmarkAdd/(v1-2025|cidv1-256k)/^sync$' -benchtime "${runs}x" -count 2 ./storage/ipfs |
	awk '/^BenchmarkAdd/ { split($1, p, "/"); print p[2], $(NF-1) }')

# Kubo: in-process `ipfs add` (no daemon) into a fresh repo per profile.
kubo_rate() { # args: ipfs add flags...
	local repo=$work/kubo-repo best=0
	rm -rf "$repo"
	IPFS_PATH=$repo "$kubo" init --profile=test --empty-repo >/dev/null
	for _ in $(seq "$runs"); do
		local t0 t1
		t0=$(date +%s.%N)
		IPFS_PATH=$repo "$kubo" add -Q --pin=false "$@" "$file" >/dev/null
		t1=$(date +%s.%N)
		IPFS_PATH=$repo "$kubo" repo gc -q >/dev/null
		awk -v b="$bytes" -v t0="$t0" -v t1="$t1" 'BEGIN { printf "%.2f\n", b / (t1 - t0) / 1e6 }'
	done | awk '{ s += $1; n++ } END { printf "%.2f", s / n }'
}
echo "kubo: importing $size_mib MiB, $runs runs per profile" >&2
k256=$(kubo_rate --cid-version=1)
k1m=$(kubo_rate --cid-version=1 --raw-leaves --chunker=size-1048576 --max-file-links=1024)

printf '\n%-26s %14s %14s\n' "import of ${size_mib} MiB" "westworld MB/s" "kubo MB/s"
rates() { awk -v p="$1" '$1==p { r = r (r ? " / " : "") $2 } END { print r }' <<<"$ww"; }
printf '%-26s %14s %14s\n' "" "(run 1 / run 2)" ""
printf '%-26s %14s %14s\n' "cidv1, 256 KiB, 174 links" "$(rates cidv1-256k)" "$k256"
printf '%-26s %14s %14s\n' "unixfs-v1-2025 (1 MiB)" "$(rates v1-2025)" "$k1m"
