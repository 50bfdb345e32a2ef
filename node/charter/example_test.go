package charter_test

import (
	"fmt"
	"time"

	"github.com/x0tta6bl4/westworld/node/charter"
)

// The telemetry validator's path: decode what a peer sent, audit it under
// the active charter, act on the verdicts.
func ExampleAuditor_Audit() {
	wire, _ := charter.EncodeReport(charter.Report{
		Node: "12D3KooWGzxzKZYveHXtpG6AsrUJBcWxHBFS2HsEoGTxrMLvKXtf",
		Seq:  1,
		Time: time.Now(),
		Metrics: []charter.Metric{
			{Name: "latency_p99", Value: 41.5},
			{Name: "user_location", Value: 51.5},
			{Name: "cpu_temperature", Value: 60},
		},
	})
	r, err := charter.DecodeReport(wire)
	if err != nil {
		fmt.Println(err)
		return
	}
	a, _ := charter.NewAuditor(charter.AuditorConfig{}, charter.Default())
	for _, v := range a.Audit(r) {
		fmt.Println(v.Metric, v.Type, v.Severity, v.Penalty)
	}
	// Output:
	// user_location forbidden_metric critical node_suspended_24h
	// cpu_temperature unlisted_metric medium warn
}

func ExampleParse() {
	_, err := charter.Parse("amendment.yaml", []byte("version: 2\nallowed_metrics:\n  latency: [latency_p50]\nforbidden_metrics: [latency_p50]\n"))
	fmt.Println(err)
	// Output:
	// amendment.yaml:4:21: metric "latency_p50" is both allowed (in category "latency" at 3:13) and forbidden
}
