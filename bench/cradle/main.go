// Command cradle-bench measures cradle sandboxes on this machine: how long
// a sandbox of N real nodes takes to start and to form a mesh, what the
// nodes cost idle, and what the probe traffic adds (CPU of the nodes and of
// the runner, messages a second). Run it with bench/cradle/run.sh.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/cradle"
)

type result struct {
	Nodes         int     `json:"nodes"`
	StartSeconds  float64 `json:"start_s"`
	MeshSeconds   float64 `json:"mesh_s"`
	RSSMB         float64 `json:"rss_mb_total"`
	IdleCPU       float64 `json:"idle_cpu_cores"`  // all nodes, in cores
	ProbeCPU      float64 `json:"probe_cpu_cores"` // all nodes while probing
	RunnerCPU     float64 `json:"runner_cpu_cores"`
	ProbesPerSec  float64 `json:"probes_per_s"`
	DeliveriesSec float64 `json:"deliveries_per_s"`
	Delivered     float64 `json:"delivered_ratio"`
	CPUmsPer1k    float64 `json:"node_cpu_ms_per_1000_deliveries"`
	Error         string  `json:"error,omitempty"`
}

func main() {
	bin := flag.String("binary", "", "westworld binary")
	sizes := flag.String("sizes", "10,25,50", "sandbox sizes to try")
	idle := flag.Duration("idle", 15*time.Second, "idle measurement window")
	probe := flag.Duration("probe", 15*time.Second, "probing measurement window")
	rate := flag.Float64("rate", 50, "probes a second (the runner's default cap)")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	fmt.Printf("%6s %8s %7s %9s %10s %11s %10s %9s %11s %9s %12s\n",
		"nodes", "start_s", "mesh_s", "rss_MB", "idle_cpu", "probe_cpu", "runner", "probes/s", "deliver/s", "deliv%", "ms/1k_deliv")
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			fmt.Fprintln(os.Stderr, "bad size", s)
			os.Exit(2)
		}
		r := measure(*bin, n, *idle, *probe, *rate, log)
		if r.Error != "" {
			fmt.Printf("%6d  failed: %s\n", n, r.Error)
		} else {
			fmt.Printf("%6d %8.2f %7.2f %9.0f %10.3f %11.3f %10.3f %9.1f %11.0f %8.1f%% %12.1f\n",
				r.Nodes, r.StartSeconds, r.MeshSeconds, r.RSSMB, r.IdleCPU, r.ProbeCPU, r.RunnerCPU,
				r.ProbesPerSec, r.DeliveriesSec, 100*r.Delivered, r.CPUmsPer1k)
		}
		b, _ := json.Marshal(r)
		fmt.Fprintln(os.Stderr, string(b))
	}
}

func measure(bin string, n int, idle, probe time.Duration, rate float64, log *slog.Logger) (res result) {
	res.Nodes = n
	dir, err := os.MkdirTemp("", "wwc-bench-")
	if err != nil {
		res.Error = err.Error()
		return
	}
	defer os.RemoveAll(dir)
	sb, err := cradle.NewSandbox(cradle.SandboxConfig{Dir: filepath.Join(dir, "s"), Binary: bin, Nodes: n, Logger: log}, cradle.NewLocalBackend(log))
	if err != nil {
		res.Error = err.Error()
		return
	}
	defer sb.Close()
	ctx := context.Background()
	t0 := time.Now()
	if err := sb.Start(ctx); err != nil {
		res.Error = err.Error()
		return
	}
	res.StartSeconds = time.Since(t0).Seconds()

	// Tail every node; count what arrives.
	var delivered atomic.Int64
	var meshSeen sync.Map // warm-up seq -> *atomic.Int64
	tctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		stop()
		wg.Wait()
	}()
	for _, nd := range sb.Nodes() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = nd.Client().Tail(tctx, cradle.ProbeTopic, func(m api.GossipMessage) error {
				if m.Local {
					return nil
				}
				p, err := cradle.DecodeProbe(m.Data)
				if err != nil {
					return nil
				}
				if p.Run[0] == 'w' {
					if c, ok := meshSeen.Load(p.Seq); ok {
						c.(*atomic.Int64).Add(1)
					}
					return nil
				}
				delivered.Add(1)
				return nil
			})
		}()
	}
	// The mesh has formed when a probe from node 0 reaches all others.
	t1 := time.Now()
	for seq := uint64(1); ; seq++ {
		c := &atomic.Int64{}
		meshSeen.Store(seq, c)
		data, _ := cradle.EncodeProbe(cradle.Probe{Run: cradle.RunID{'w'}, Seq: seq, Sent: time.Now()}, 256)
		_ = sb.Node(0).Client().Publish(ctx, api.PublishRequest{Topic: cradle.ProbeTopic, Data: data})
		time.Sleep(500 * time.Millisecond)
		done := false
		meshSeen.Range(func(_, v any) bool {
			if v.(*atomic.Int64).Load() >= int64(n-1) {
				done = true
			}
			return !done
		})
		if done {
			break
		}
		if time.Since(t1) > 2*time.Minute {
			res.Error = "mesh did not form in 2m"
			return
		}
	}
	res.MeshSeconds = time.Since(t1).Seconds()
	time.Sleep(2 * time.Second) // let start-up work settle

	pids := make([]int, 0, n)
	for _, nd := range sb.Nodes() {
		pids = append(pids, nd.PID())
	}
	// Idle: no probes, tails open.
	c0, wall0 := cpuOf(pids), time.Now()
	time.Sleep(idle)
	res.IdleCPU = (cpuOf(pids) - c0) / time.Since(wall0).Seconds()
	res.RSSMB = rssOf(pids) / (1 << 20)

	// Probing at the runner's rate, round robin over the nodes.
	self0 := cpuOf([]int{os.Getpid()})
	c0, wall0 = cpuOf(pids), time.Now()
	before := delivered.Load()
	tick := time.NewTicker(time.Duration(float64(time.Second) / rate))
	var sent int
	end := time.Now().Add(probe)
	var pw sync.WaitGroup
	for now := range tick.C {
		if now.After(end) {
			break
		}
		sent++
		origin := sent % n
		data, _ := cradle.EncodeProbe(cradle.Probe{Run: cradle.RunID{'p'}, Seq: uint64(sent), Origin: origin, Sent: now}, 256)
		pw.Add(1)
		go func() {
			defer pw.Done()
			pctx, cancel := context.WithTimeout(ctx, 2*time.Second)
			defer cancel()
			_ = sb.Node(origin).Client().Publish(pctx, api.PublishRequest{Topic: cradle.ProbeTopic, Data: data})
		}()
	}
	tick.Stop()
	pw.Wait()
	time.Sleep(time.Second) // the last deliveries
	wall := time.Since(wall0).Seconds()
	res.ProbeCPU = (cpuOf(pids) - c0) / wall
	res.RunnerCPU = (cpuOf([]int{os.Getpid()}) - self0) / wall
	got := delivered.Load() - before
	res.ProbesPerSec = float64(sent) / probe.Seconds()
	res.DeliveriesSec = float64(got) / wall
	res.Delivered = float64(got) / float64(sent*(n-1))
	if got > 0 {
		res.CPUmsPer1k = (res.ProbeCPU - res.IdleCPU) * wall * 1000 / float64(got) * 1000
	}
	return res
}

// cpuOf sums user+system CPU seconds of the processes.
func cpuOf(pids []int) float64 {
	const hz = 100 // USER_HZ on Linux
	var total float64
	for _, pid := range pids {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			continue
		}
		s := string(b)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
		if len(f) < 13 {
			continue
		}
		ut, _ := strconv.ParseFloat(f[11], 64)
		st, _ := strconv.ParseFloat(f[12], 64)
		total += (ut + st) / hz
	}
	return total
}

// rssOf sums resident memory in bytes.
func rssOf(pids []int) float64 {
	var total float64
	for _, pid := range pids {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "VmRSS:") {
				f := strings.Fields(l)
				if len(f) >= 2 {
					kb, _ := strconv.ParseFloat(f[1], 64)
					total += kb * 1024
				}
			}
		}
	}
	return total
}
