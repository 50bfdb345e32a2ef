package cradle

import (
	"math"
	"slices"
)

// The metrics a sandbox run measures. Their names are the charter's (the
// default charter allows all of them), so a success criterion and a
// rollout gate speak the same language as the mesh's telemetry.
const (
	MetricLatencyP50     = "latency_p50"
	MetricLatencyP99     = "latency_p99"
	MetricLatencyP999    = "latency_p999"
	MetricPacketLoss     = "packet_loss"
	MetricRouteStability = "route_stability"
	MetricNodeCount      = "node_count"
	MetricAvgDegree      = "avg_degree"
)

// Aggregate says how a run's series of windows becomes the one value a
// success criterion judges.
type Aggregate string

// The aggregates.
const (
	// AggRun: computed over every probe of the run at once (the latency
	// percentiles over all deliveries, the loss over all expected ones).
	AggRun Aggregate = "run"
	// AggMin: the worst (lowest) window: a mesh is as stable as its worst
	// moment.
	AggMin Aggregate = "min_window"
	// AggMean: the mean of the windows.
	AggMean Aggregate = "mean_window"
)

// MetricInfo describes one measured metric.
type MetricInfo struct {
	Name      string    `json:"name"`
	Unit      string    `json:"unit"`
	Aggregate Aggregate `json:"aggregate"`
	Doc       string    `json:"doc"`
}

var measured = []MetricInfo{
	{MetricLatencyP50, "ms", AggRun, "median probe delivery latency, publish call to receipt on another node"},
	{MetricLatencyP99, "ms", AggRun, "99th percentile probe delivery latency"},
	{MetricLatencyP999, "ms", AggRun, "99.9th percentile probe delivery latency"},
	{MetricPacketLoss, "ratio", AggRun, "share of (probe, live receiver) pairs not delivered within the probe deadline"},
	{MetricRouteStability, "ratio", AggMin, "share of live ordered node pairs (sender, receiver) with at least one probe delivered in the window"},
	{MetricNodeCount, "nodes", AggMin, "nodes answering their API with at least one connected peer (lowest sample in the window)"},
	{MetricAvgDegree, "peers", AggMean, "mean connected peers of the answering nodes"},
}

// MeasuredMetrics lists what a sandbox run measures.
func MeasuredMetrics() []MetricInfo { return slices.Clone(measured) }

// Measured reports whether a run measures metric.
func Measured(metric string) (MetricInfo, bool) {
	for _, m := range measured {
		if m.Name == metric {
			return m, true
		}
	}
	return MetricInfo{}, false
}

func measuredNames() []string {
	out := make([]string, len(measured))
	for i, m := range measured {
		out[i] = m.Name
	}
	return out
}

// percentile returns the q-quantile (0..1) of sorted values with the
// nearest-rank method, NaN for none.
func percentile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	rank := int(math.Ceil(q * float64(len(sorted))))
	if rank < 1 {
		rank = 1
	}
	if rank > len(sorted) {
		rank = len(sorted)
	}
	return sorted[rank-1]
}
