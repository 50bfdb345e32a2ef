package bpf

import "github.com/prometheus/client_golang/prometheus"

// StatsSource is what the collector reads; *Firewall implements it.
type StatsSource interface {
	Stats() (Stats, error)
}

// Collector exports the firewall counters to Prometheus as
// westworld_bpf_packets_total and westworld_bpf_bytes_total, labelled by
// result (passed, dropped_blocked, dropped_rate_limited). It reads the
// kernel counters at scrape time, so there is nothing to keep in sync.
type Collector struct {
	src     StatsSource
	packets *prometheus.Desc
	bytes   *prometheus.Desc
}

// NewCollector returns a collector over src.
func NewCollector(src StatsSource) *Collector {
	return &Collector{
		src: src,
		packets: prometheus.NewDesc("westworld_bpf_packets_total",
			"Packets judged by the eBPF firewall, by result.", []string{"result"}, nil),
		bytes: prometheus.NewDesc("westworld_bpf_bytes_total",
			"Bytes (frame lengths) judged by the eBPF firewall, by result.", []string{"result"}, nil),
	}
}

// Describe implements prometheus.Collector.
func (c *Collector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.packets
	ch <- c.bytes
}

// Collect implements prometheus.Collector.
func (c *Collector) Collect(ch chan<- prometheus.Metric) {
	s, err := c.src.Stats()
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.packets, err)
		return
	}
	for _, r := range []struct {
		result         string
		packets, bytes uint64
	}{
		{"passed", s.Passed, s.PassedBytes},
		{"dropped_blocked", s.DroppedBlocked, s.DroppedBlockedBytes},
		{"dropped_rate_limited", s.DroppedRateLimited, s.DroppedRateLimitedBytes},
	} {
		ch <- prometheus.MustNewConstMetric(c.packets, prometheus.CounterValue, float64(r.packets), r.result)
		ch <- prometheus.MustNewConstMetric(c.bytes, prometheus.CounterValue, float64(r.bytes), r.result)
	}
}
