package charter

import (
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestExportable(t *testing.T) {
	c := Default()
	tests := []struct {
		name string
		want bool
	}{
		{"westworld_telemetry_latency_p99", true},
		{"westworld_telemetry_uptime_percent", true},
		{"westworld_telemetry_user_location", false},     // forbidden
		{"westworld_telemetry_cpu_temperature", false},   // unlisted
		{"westworld_telemetry_", false},                  // empty charter name
		{"user_location_seen", false},                    // forbidden, no prefix
		{"westworld_gossip_user_location_total", false},  // forbidden inside an operational name
		{"libp2p_DEVICE_MAC_cache", false},               // forbidden, any case
		{"go_content_hash_seconds", false},               // forbidden, operational prefix
		{"westworld_peers_connected", true},              // operational
		{"go_goroutines", true},                          // runtime
		{"process_resident_memory_bytes", true},          // process
		{"promhttp_metric_handler_requests_total", true}, // handler
		{"libp2p_rcmgr_streams", true},                   // libp2p
		{"ipfs_bitswap_wantlist_total", false},           // no allowed prefix
		{"latency_p99", false},                           // a charter name outside the telemetry namespace
		{"node_exporter_build_info", false},              // no allowed prefix
		{WithheldMetricName, true},
	}
	for _, tt := range tests {
		if got := Exportable(c, tt.name); got != tt.want {
			t.Errorf("Exportable(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
	if Exportable(nil, "go_goroutines") {
		t.Error("nil charter exports")
	}
	if !slices.Equal(OperationalPrefixes(), []string{"westworld_", "go_", "process_", "promhttp_", "libp2p_"}) {
		t.Errorf("prefixes %v", OperationalPrefixes())
	}
	if TelemetryFamily("latency_p50") != "westworld_telemetry_latency_p50" {
		t.Error("TelemetryFamily")
	}
}

// newNodeRegistry registers what a node's registry might hold, including
// families that some careless component registered in breach of the charter.
func newNodeRegistry(t *testing.T) *prometheus.Registry {
	t.Helper()
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector())
	for _, name := range []string{
		"westworld_telemetry_latency_p99",
		"westworld_telemetry_node_count",
		"westworld_telemetry_user_location",
		"user_location_seen",
		"westworld_telemetry_cpu_temperature",
		"third_party_cache_hits",
	} {
		g := prometheus.NewGauge(prometheus.GaugeOpts{Name: name, Help: "test"})
		g.Set(1)
		reg.MustRegister(g)
	}
	peers := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "westworld_peers", Help: "test"}, []string{"transport"})
	peers.WithLabelValues("quic").Set(3)
	leaky := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "westworld_sessions", Help: "test"}, []string{"user_ip_history"})
	leaky.WithLabelValues("10.0.0.1").Set(1)
	reg.MustRegister(peers, leaky)
	return reg
}

func TestFilterGatherer(t *testing.T) {
	reg := newNodeRegistry(t)
	var cur atomic.Pointer[Charter]
	cur.Store(Default())
	f := FilterGatherer(reg, cur.Load)
	reg.MustRegister(f) // the withheld counter is exported through the filter itself

	withheld := []string{
		"third_party_cache_hits",
		"user_location_seen",
		"westworld_sessions",
		"westworld_telemetry_cpu_temperature",
		"westworld_telemetry_user_location",
	}
	mfs, err := f.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, mf := range mfs {
		names = append(names, mf.GetName())
	}
	for _, want := range []string{"westworld_telemetry_latency_p99", "westworld_telemetry_node_count", "westworld_peers", "go_goroutines", WithheldMetricName} {
		if !slices.Contains(names, want) {
			t.Errorf("%s is missing from %v", want, names)
		}
	}
	for _, bad := range withheld {
		if slices.Contains(names, bad) {
			t.Errorf("%s was exported", bad)
		}
	}
	if got := f.LastWithheld(); !slices.Equal(got, withheld) {
		t.Errorf("LastWithheld = %v, want %v", got, withheld)
	}
	if got := testutil.ToFloat64(f); got != 5 {
		t.Errorf("withheld counter = %v, want 5", got)
	}

	// A new charter takes effect on the next scrape: this one allows
	// cpu_temperature and forbids node_count.
	cur.Store(mustParse(t, strings.Replace(strings.Replace(swapCharter, "[packet_loss]", "[node_count]", 1), "cpu_temperature", "cpu_temperature, latency_p99", 1)))
	mfs, _ = f.Gather()
	names = names[:0]
	for _, mf := range mfs {
		names = append(names, mf.GetName())
	}
	if !slices.Contains(names, "westworld_telemetry_cpu_temperature") || slices.Contains(names, "westworld_telemetry_node_count") {
		t.Errorf("after charter change: %v", names)
	}
	// Fail closed without a charter.
	cur.Store(nil)
	if mfs, _ := f.Gather(); len(mfs) != 0 {
		t.Errorf("no charter: exported %d families", len(mfs))
	}
}

// TestFilterOverHTTP scrapes a real HTTP endpoint the way Prometheus would.
func TestFilterOverHTTP(t *testing.T) {
	reg := newNodeRegistry(t)
	f := FilterGatherer(reg, Default)
	reg.MustRegister(f)
	srv := httptest.NewServer(promhttp.HandlerFor(f, promhttp.HandlerOpts{}))
	defer srv.Close()
	var body string
	for range 2 { // the counter shows the first scrape's withholding on the second
		resp, err := http.Get(srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("scrape: %d, %v", resp.StatusCode, err)
		}
		body = string(b)
	}
	for _, forbidden := range Default().ForbiddenMetrics() {
		if strings.Contains(body, forbidden) {
			t.Errorf("scrape contains %q", forbidden)
		}
	}
	for _, want := range []string{"westworld_telemetry_latency_p99 1", `westworld_peers{transport="quic"} 3`, "go_goroutines", WithheldMetricName + " 5"} {
		if !strings.Contains(body, want) {
			t.Errorf("scrape lacks %q:\n%s", want, body)
		}
	}
	if strings.Contains(body, "cpu_temperature") || strings.Contains(body, "third_party") {
		t.Errorf("scrape contains an unlisted family")
	}
}
