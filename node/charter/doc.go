// Package charter is the node's data-rights policy: the charter document
// (which telemetry the mesh may collect), its strict loader, the auditor
// that judges every telemetry report against it, the telemetry wire format,
// the persistent audit log, and the /metrics filter.
//
// # The document
//
// A charter is YAML (see charter.example.yaml, embedded as Default):
//
//	version: 1                      # positive integer; on chain as its decimal string
//	description: text
//	allowed_metrics:                # category -> metric names; all else denied
//	  latency: [latency_p50, latency_p99]
//	forbidden_metrics: [user_location]
//	max_collection_rate_hz: 10      # per node, per metric
//	violations:                     # one rule for each of the four types
//	  - {type: forbidden_metric, severity: critical, penalty: node_suspended_24h}
//
// Parse reports every mistake as an *Error printing "file:line:col: msg":
// unknown or duplicate keys, wrong types, a missing required key (version,
// allowed_metrics, max_collection_rate_hz, violations), names outside
// [a-z][a-z0-9_]{0,63}, a metric listed twice (within or across
// categories) or both allowed and forbidden (the error points at the later
// listing), a rate <= 0, an unknown violation type or severity, a bad
// penalty or duration, a type without a rule or with two. Nothing is ever
// defaulted. The charter's identity is the SHA-256 of the exact file bytes.
//
// # Violations and penalties
//
//   - forbidden_metric: a node reported a forbidden metric (the report is
//     the evidence; raised by Audit).
//   - silent_collection: a node collected a forbidden metric without
//     reporting it, found by other means (never raised by Audit; see
//     NewViolation and MetricsFilter.LastWithheld).
//   - unlisted_metric: a metric the charter does not list (default deny).
//   - metric_over_collection_rate: one node reported one allowed metric
//     faster than max_collection_rate_hz, measured on the receiver's clock
//     with a GCRA limit (AuditorConfig.Burst).
//
// Penalties are node_suspended_<dur>, rate_limited_<dur> or warn, with
// <dur> like 30m, 24h, 7d or 1h30m. The default charter punishes
// forbidden_metric (critical) with node_suspended_24h, silent_collection
// (critical) with node_suspended_7d, unlisted_metric (medium) with warn and
// metric_over_collection_rate (high) with rate_limited_1h; the example file
// says why.
//
// # /metrics
//
// FilterGatherer wraps the node's Prometheus gatherer so that no family the
// charter does not allow is ever exported, whatever registered it. The rule
// (see Exportable): with no charter nothing is exported; a family whose
// name or any label name contains a forbidden metric name (ignoring case)
// is always withheld; a family named westworld_telemetry_<m> is exported
// only while the charter allows <m>; any other family is exported only if
// its name starts with westworld_, go_, process_, promhttp_ or libp2p_.
// Withheld families are counted in westworld_charter_metrics_withheld_total.
package charter
