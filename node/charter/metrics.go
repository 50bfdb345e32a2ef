package charter

import (
	"slices"
	"strings"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

// TelemetryPrefix is the exported-name namespace of charter metrics: the
// charter metric latency_p99 is exported as westworld_telemetry_latency_p99.
const TelemetryPrefix = "westworld_telemetry_"

// WithheldMetricName is the counter of families the filter held back.
const WithheldMetricName = "westworld_charter_metrics_withheld_total"

// operationalPrefixes are the families a node exports about itself as a
// program (not about the network or its users): its own westworld_*
// families and those of the Go runtime, the process, the HTTP handler and
// libp2p. Kept unexported so nothing can widen it at run time.
var operationalPrefixes = []string{"westworld_", "go_", "process_", "promhttp_", "libp2p_"}

// OperationalPrefixes returns the fixed list of prefixes rule 4 of
// Exportable admits.
func OperationalPrefixes() []string { return slices.Clone(operationalPrefixes) }

// TelemetryFamily is the exported name of charter metric m.
func TelemetryFamily(m string) string { return TelemetryPrefix + m }

// Exportable reports whether a metric family called name may appear on the
// node's /metrics under charter c. The rule, applied in order:
//
//  1. With no charter (c == nil) nothing is exported: the filter fails
//     closed.
//  2. A name that contains a forbidden metric name anywhere, ignoring case,
//     is withheld, whoever registered it (westworld_telemetry_user_location,
//     user_location_seen, libp2p_device_mac_cache all are).
//  3. A name under TelemetryPrefix is exported only if the rest of it is a
//     metric the charter allows: westworld_telemetry_latency_p99 is exported
//     while latency_p99 is allowed, westworld_telemetry_foo never is.
//  4. Any other name is exported only if it starts with one of the
//     OperationalPrefixes (westworld_, go_, process_, promhttp_, libp2p_);
//     everything else is withheld, so a dependency that registers a new
//     family cannot export it by accident.
//
// The filter also withholds a family whose label names contain a forbidden
// name (rule 2 applied to labels), since a label is as much a channel as a
// name.
func Exportable(c *Charter, name string) bool {
	if c == nil {
		return false
	}
	if c.containsForbidden(name) {
		return false
	}
	if rest, ok := strings.CutPrefix(name, TelemetryPrefix); ok {
		return c.Allows(rest)
	}
	for _, p := range operationalPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

func (c *Charter) containsForbidden(s string) bool {
	if len(c.forbidden) == 0 {
		return false
	}
	lower := strings.ToLower(s)
	for _, f := range c.forbidden {
		if strings.Contains(lower, f) {
			return true
		}
	}
	return false
}

func exportableFamily(c *Charter, mf *dto.MetricFamily) bool {
	if !Exportable(c, mf.GetName()) {
		return false
	}
	for _, m := range mf.GetMetric() {
		for _, lp := range m.GetLabel() {
			if c.containsForbidden(lp.GetName()) {
				return false
			}
		}
	}
	return true
}

// MetricsFilter is a prometheus.Gatherer that passes on only the families
// Exportable admits under the charter in force at each scrape. It is also a
// prometheus.Collector of its own counter, WithheldMetricName: the number
// of families withheld, summed over scrapes (so a steady non-zero rate
// means some component keeps registering something the charter does not
// allow). Register the filter in the registry it wraps to export the
// counter; the value shown lags one scrape, because the counter is read
// while the registry is gathered, before this scrape's filtering.
type MetricsFilter struct {
	g        prometheus.Gatherer
	src      func() *Charter
	withheld prometheus.Counter

	mu   sync.Mutex
	last []string
}

// FilterGatherer wraps g so that every scrape is filtered by the charter
// src returns at that moment (e.g. (*Auditor).Charter, which follows
// SetCharter). A nil src, or a src returning nil, exports nothing.
func FilterGatherer(g prometheus.Gatherer, src func() *Charter) *MetricsFilter {
	return &MetricsFilter{
		g:   g,
		src: src,
		withheld: prometheus.NewCounter(prometheus.CounterOpts{
			Name: WithheldMetricName,
			Help: "Metric families withheld from /metrics because the active charter does not allow them, summed over scrapes.",
		}),
	}
}

// Gather gathers the wrapped registry and drops what the charter does not
// allow. Families the wrapped gatherer returned with an error are filtered
// the same way and the error is passed on.
func (f *MetricsFilter) Gather() ([]*dto.MetricFamily, error) {
	mfs, err := f.g.Gather()
	var c *Charter
	if f.src != nil {
		c = f.src()
	}
	out := make([]*dto.MetricFamily, 0, len(mfs))
	var held []string
	for _, mf := range mfs {
		if exportableFamily(c, mf) {
			out = append(out, mf)
		} else {
			held = append(held, mf.GetName())
		}
	}
	f.withheld.Add(float64(len(held)))
	f.mu.Lock()
	f.last = held
	f.mu.Unlock()
	return out, err
}

// LastWithheld returns the names withheld by the latest scrape, for the
// node to log or to raise a silent_collection against itself.
func (f *MetricsFilter) LastWithheld() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.last)
}

// Describe implements prometheus.Collector.
func (f *MetricsFilter) Describe(ch chan<- *prometheus.Desc) { f.withheld.Describe(ch) }

// Collect implements prometheus.Collector.
func (f *MetricsFilter) Collect(ch chan<- prometheus.Metric) { f.withheld.Collect(ch) }
