#!/usr/bin/env bash
# Daemon start-to-ready time and idle memory with 10 peers.
#
#   bench/daemon/run.sh [ROUNDS]
#
# Start-to-ready is the wall time from exec to the first successful
# `westworld status` over the API socket (median of ROUNDS fresh starts of an
# initialised home). Idle RSS is VmRSS of a node with 10 connected peers
# after 30 s without traffic. If KUBO points to an `ipfs` binary, the same
# two numbers are taken for `ipfs daemon --offline`-free Kubo on loopback,
# side by side (bench/ipfs/build-kubo.sh builds one).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-7}
WORK=$(mktemp -d /tmp/ww-bench-daemon.XXXX)
BIN=$WORK/westworld
trap 'for f in "$WORK"/*.pid; do kill "$(cat "$f")" 2>/dev/null || true; done; kill $(jobs -p) 2>/dev/null || true; sleep 0.5; rm -rf "$WORK"' EXIT
go build -o "$BIN" ./cmd/westworld

now_ns() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# ready_ms HOME ARGS...: start a daemon, print ms until status answers, leave it running.
start_ready() {
  local home=$1; shift
  local t0 t1
  t0=$(now_ns)
  "$BIN" daemon --home "$home" --listen /ip4/127.0.0.1/tcp/0 --mdns=false --metrics off "$@" >/dev/null 2>>"$home.log" &
  echo $! > "$home.pid"
  until "$BIN" status --home "$home" >/dev/null 2>&1; do sleep 0.005; done
  t1=$(now_ns)
  echo $(( (t1 - t0) / 1000000 ))
}

echo "== westworld daemon start-to-ready ($ROUNDS rounds)"
"$BIN" init --home "$WORK/ready" >/dev/null
samples=()
for _ in $(seq "$ROUNDS"); do
  ms=$(start_ready "$WORK/ready")
  samples+=("$ms")
  pid=$(cat "$WORK/ready.pid"); kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.01; done
done
ready=$(printf '%s\n' "${samples[@]}" | median)
echo "samples (ms): ${samples[*]}"
echo "westworld start-to-ready median: ${ready} ms"

echo "== westworld idle RSS with 10 peers"
"$BIN" init --home "$WORK/hub" >/dev/null
start_ready "$WORK/hub" >/dev/null
BOOT=$("$BIN" status --home "$WORK/hub" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["addrs"][0])')
for i in $(seq 10); do
  "$BIN" init --home "$WORK/p$i" >/dev/null
  start_ready "$WORK/p$i" --bootstrap "$BOOT" >/dev/null
done
for _ in $(seq 100); do
  n=$("$BIN" status --home "$WORK/hub" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["peer_count"])')
  [ "$n" -ge 10 ] && break; sleep 0.2
done
echo "hub peers: $n"
sleep 30
rss_kb=$(awk '/VmRSS/ {print $2}' /proc/"$(cat "$WORK/hub.pid")"/status)
echo "westworld idle RSS with $n peers: $((rss_kb / 1024)) MiB"

if [ -n "${KUBO:-}" ] && [ -x "$KUBO" ]; then
  echo "== kubo ($("$KUBO" version)) side by side"
  export IPFS_PATH=$WORK/kubo
  "$KUBO" init --profile test >/dev/null 2>&1
  "$KUBO" config --json Addresses.Swarm '["/ip4/127.0.0.1/tcp/0"]' >/dev/null
  "$KUBO" config Addresses.API /ip4/127.0.0.1/tcp/0 >/dev/null
  "$KUBO" config Addresses.Gateway "" >/dev/null
  ks=()
  for _ in $(seq "$ROUNDS"); do
    t0=$(now_ns)
    "$KUBO" daemon >/dev/null 2>&1 & kp=$!
    until "$KUBO" id >/dev/null 2>&1; do sleep 0.005; done
    t1=$(now_ns); ks+=($(( (t1 - t0) / 1000000 )))
    kill -TERM $kp; wait $kp 2>/dev/null || true
  done
  echo "kubo samples (ms): ${ks[*]}"
  echo "kubo start-to-ready median: $(printf '%s\n' "${ks[@]}" | median) ms"
  "$KUBO" daemon >/dev/null 2>&1 & kp=$!
  until "$KUBO" id >/dev/null 2>&1; do sleep 0.01; done
  for i in $(seq 10); do
    addr=$("$BIN" status --home "$WORK/p$i" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["addrs"][0])')
    "$KUBO" swarm connect "$addr" >/dev/null 2>&1 || true
  done
  sleep 30
  echo "kubo idle RSS with $("$KUBO" swarm peers | wc -l) peers: $(( $(awk '/VmRSS/ {print $2}' /proc/$kp/status) / 1024 )) MiB"
  kill -TERM $kp; wait $kp 2>/dev/null || true
fi
