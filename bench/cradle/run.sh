#!/usr/bin/env bash
# Cradle sandbox sizes on this machine.
#
#   bench/cradle/run.sh [SIZES] [IDLE] [PROBE]     e.g. bench/cradle/run.sh 10,25,50 15s 15s
#
# For each size N it starts a local sandbox of N real daemons (the way
# `westworld cradle run` does: init, sandbox config edits, node 0 first,
# four at a time), and reports:
#   start_s      launching every node until every API answers
#   mesh_s       then until a probe from node 0 reaches all N-1 others
#   rss_MB       resident memory of all nodes together
#   idle_cpu     CPU of all nodes together, in cores, with tails open and no probes
#   probe_cpu    the same while probing at the runner's default cap (50 probes/s,
#                256-byte probes, round robin), runner = the prober's own CPU
#   deliver/s    probe deliveries a second (probes x (N-1))
#   ms/1k_deliv  node CPU the probes add, ms per 1000 deliveries
# Then it times one whole `westworld cradle run` (baseline + candidate) of
# the largest size, start to verdict.
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=${1:-10,25,50}
IDLE=${2:-15s}
PROBE=${3:-15s}
WORK=$(mktemp -d /tmp/wwc-bench.XXXX)
trap 'rm -rf "$WORK"' EXIT
go build -o "$WORK/westworld" ./cmd/westworld
go build -o "$WORK/cradle-bench" ./bench/cradle
echo "== machine: $(nproc) CPUs, $(uname -r), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== sandbox start, mesh, idle cost and probe overhead"
"$WORK/cradle-bench" -binary "$WORK/westworld" -sizes "$SIZES" -idle "$IDLE" -probe "$PROBE" 2>"$WORK/bench.jsonl"
cat "$WORK/bench.jsonl" | grep '^{' || true

LARGEST=${SIZES##*,}
cat > "$WORK/spec.yaml" <<YAML
version: 1
kind: CradleExperiment
metadata: {name: bench-$LARGEST}
spec:
  duration: 2h
  nodes: $LARGEST
  params: {gossip.d: 8, gossip.d_high: 14}
  chaos:
    - {type: node_kill, fraction: 0.1}
    - {type: link_partition, fraction: 0.2, duration: 20m}
  metrics:
    success_criteria:
      - {metric: node_count, min_value: 1}
YAML
echo "== one full experiment on $LARGEST nodes (2h at time scale 0.005 = 36s per run, twice)"
start=$(date +%s.%N)
"$WORK/westworld" cradle run "$WORK/spec.yaml" --time-scale 0.005 --report "$WORK/r.json" >/dev/null || true
end=$(date +%s.%N)
python3 - "$WORK/r.json" "$start" "$end" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print("verdict %s, wall %.1fs" % (r["verdict"], float(sys.argv[3]) - float(sys.argv[2])))
for ph in r["phases"]:
    s = ph["summary"]
    print("  %-9s start %.1fs mesh %.1fs probes %d delivered %d/%d  p50 %s ms p99 %s ms loss %s stability(min) %s nodes(min) %s" % (
        ph["name"], ph["start_time"], ph["mesh_time"], ph["probes"]["sent"], ph["probes"]["delivered"],
        ph["probes"]["expected_deliveries"], s["latency_p50"], s["latency_p99"], s["packet_loss"],
        s["route_stability"], s["node_count"]))
PY
