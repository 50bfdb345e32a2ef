// Package cradle tries a change to the mesh's behaviour on a throw-away
// sandbox of real nodes under injected failure before it may reach real
// nodes: the experiment spec and its strict loader, the tunables a spec may
// change, the gate expressions rollout stages are judged by, the sandbox
// runner (two backends), chaos injection, probe measurement, and the report
// with its chart. The staged rollout of an approved experiment reuses Spec
// (Stages, Params), Params.Apply, ParseGate/Gate.Eval and InCohort.
//
// # The spec
//
//	version: 1
//	kind: CradleExperiment
//	metadata: {name: gossip-d8, namespace: mesh}   # name: [a-z0-9-], namespace defaults to "default"
//	spec:
//	  description: text
//	  duration: 2h                 # 10s..7d; Go durations plus a leading days term (1d12h)
//	  nodes: 10                    # 2..256
//	  params: {gossip.d: 8}        # the candidate change (tunables below)
//	  chaos:
//	    - {type: node_kill, fraction: 0.2}                       # optional: at, duration
//	    - {type: link_partition, fraction: 0.3, duration: 10m}   # optional: at
//	    - {type: latency, delay: 150ms}                          # netns only; optional: at, duration
//	    - {type: packet_loss, rate: 0.05}                        # netns only; optional: at, duration
//	  metrics:
//	    success_criteria:
//	      - {metric: latency_p99, max_value: 200}
//	      - {metric: node_count, min_value: 8}
//	  rollout:
//	    stages:
//	      - {name: canary, node_fraction: 0.1, duration: 1h, gate: "latency_p99 < 200 && packet_loss <= 0.01"}
//
// LoadSpec reports every mistake as "file:line:col: msg" (a
// *strictyaml.Error): unknown keys, wrong types, an unknown tunable, a value
// out of its range or a combination the node would refuse (d_low above d),
// a fraction outside (0, 1], a rate outside (0, 1), a bad duration, a chaos
// key its type does not take or a missing one, an event that ends after the
// run or overlaps another of its kind, a criterion without bounds or with
// min above max, a criterion or gate naming a metric the charter forbids or
// does not allow (default deny), a criterion on a metric a sandbox does not
// measure, a gate that does not parse, stage names repeated, stage
// fractions that shrink. The spec's identity is the SHA-256 of its bytes.
//
// # Tunables
//
// spec.params may set only these node settings; each is the config.yaml
// key of the same dotted name and sets the node.Config field shown.
// Applying params writes them into each sandbox node's config.yaml (and,
// in a rollout, into a node's running config); node.Config.Validate then
// checks the combination. In a rollout the telemetry interval and the
// enforcer's rate limit take effect at once; every other tunable makes the
// daemon restart the node in-process (ApplyModeConfig).
//
//	name                      node.Config field        range
//	gossip.d                  Gossip.D                 1..64
//	gossip.d_low              Gossip.DLow              1..64
//	gossip.d_high             Gossip.DHigh             1..128
//	gossip.heartbeat          Gossip.Heartbeat         50ms..10s
//	gossip.flood_publish      Gossip.FloodPublish      true, false
//	gossip.max_message_size   Gossip.MaxMessageSize    1024..16777216
//	telemetry.enabled         Telemetry.Enabled        true, false
//	telemetry.interval        Telemetry.Interval       100ms..1h
//	p2p.conn_low_water        P2P.ConnLowWater         1..10000
//	p2p.conn_high_water       P2P.ConnHighWater        2..10000
//	p2p.conn_grace_period     P2P.ConnGrace            0s..1h
//	p2p.redial_min            P2P.RedialMin            10ms..1m
//	p2p.redial_max            P2P.RedialMax            10ms..1h
//	p2p.dht_mode              P2P.DHTMode              server, client, auto, off
//	p2p.max_memory_mb         P2P.MaxMemoryMB          64..65536
//	p2p.max_file_descriptors  P2P.MaxFDs               64..1048576
//	enforce.rate_limit_pps    Enforce.RateLimitPPS     1..1000000
//
// # Gates
//
// A gate compares metrics with numbers: `metric op number` with op one of
// < <= > >= == !=, joined by && and || (&& binds tighter), grouped with
// parentheses; at most 1024 bytes, 64 comparisons, 16 levels of nesting.
// Eval needs a value for every metric the gate names (ErrMissingMetric
// otherwise): a gate holds only on complete data. Latencies are in ms.
//
// # The sandbox run
//
// Runner.Run starts spec.nodes daemons of the westworld binary, each with
// its own home (`westworld init`, then SandboxConfigEdits: one TCP listen
// address, node 0 as everyone's bootstrap, mDNS, metrics and NAT traversal
// off, userspace enforcement, warn logs), waits until a probe from node 0
// reaches every other node (the mesh has formed), then measures for the
// scaled spec.duration while the chaos runs, and does it all twice in fresh
// sandboxes: the baseline (defaults) and the candidate (spec.params).
//
// Backends: local runs the daemons on 127.0.0.1 and partitions through the
// nodes' own enforcement (every node outside the cut suspends the cut
// nodes' peer IDs over its API, as `westworld enforce suspend PEER --for D
// --reason cradle --force` does, and lifts them to heal); latency and
// packet_loss are refused there. netns (root) puts each node in its own
// network namespace with a veth on a bridge inside a hub namespace (nothing
// of the host network is touched): partitions are an nftables set of
// addresses each node drops, loss an nftables numgen rule on each node's
// egress, latency an NFQUEUE rule whose packets the runner releases after
// the delay (this project's kernels lack tc netem). Namespaces are named
// wwc-<runner pid>-..., and a later run removes those of a dead runner.
//
// Chaos: an event with `at` starts there; the others share the middle of
// the run (20% to 80% of spec.duration) in equal consecutive slots, in file
// order. An event without `duration` lasts half a slot. node_kill SIGKILLs
// round(fraction x nodes) nodes (at least 1, never node 0, the bootstrap)
// and restarts them on the same home at the end; link_partition cuts as
// many off until the end. Targets come from a PRNG seeded by the spec hash
// and the event index: the same in both runs and in every run of the spec.
// --time-scale multiplies every schedule duration (0.01 turns 2h into 72s),
// not network properties such as a latency's delay.
//
// # Metrics
//
// The runner publishes probes (protobuf, pb/probe.proto) on ProbeTopic
// through the nodes' APIs, round-robin over the running nodes, and tails
// the topic on every node. A probe is expected at every other node whose
// tail was subscribed from its publication until the probe deadline
// (default 2s plus eight times the largest latency delay); it is delivered
// if it arrives within the deadline. Each run is cut into windows (default
// 20); per window, by publication time:
//
//	latency_p50/p99/p999  ms from the publish call to receipt, over the window's deliveries
//	packet_loss           1 - delivered / expected
//	route_stability       ordered pairs (origin, receiver) with a delivery / pairs with an expectation
//	node_count            nodes answering their API with at least one peer (lowest sample; two samples a window)
//	avg_degree            mean connected peers of the answering nodes (mean of the samples)
//
// A success criterion judges one value per run: the latency percentiles
// and packet_loss over every probe of the run at once; route_stability and
// node_count the worst (lowest) window; avg_degree the mean of the windows.
// The verdict is the candidate's: pass when every criterion holds on the
// candidate run and every chaos event was injected and undone. The report
// also carries the baseline's values beside them.
package cradle
