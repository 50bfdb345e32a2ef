package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

const cradleGood = `version: 1
kind: CradleExperiment
metadata:
  name: cli
spec:
  duration: 2h
  nodes: 10
  params:
    gossip.d: 8
  chaos:
    - type: node_kill
      fraction: 0.2
  metrics:
    success_criteria:
      - metric: node_count
        min_value: 10
`

func writeSpec(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "spec.yaml")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCradleValidate(t *testing.T) {
	good := writeSpec(t, cradleGood)
	out := mustRun(t, "cradle", "validate", good)
	for _, want := range []string{"experiment default/cli: valid", "gossip.d 6 -> 8", "at 24m for 36m: node_kill 0.2 of the nodes (2:", "node_count >= 10 (nodes, min_window)"} {
		if !strings.Contains(out, want) {
			t.Errorf("validate output lacks %q:\n%s", want, out)
		}
	}
	var js struct {
		Spec struct {
			SHA256 string `json:"sha256"`
			Nodes  int    `json:"nodes"`
		} `json:"spec"`
		Schedule []struct {
			At    string `json:"at"`
			Nodes []int  `json:"nodes"`
		} `json:"schedule"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "cradle", "validate", good, "--json")), &js); err != nil {
		t.Fatal(err)
	}
	if len(js.Spec.SHA256) != 64 || js.Spec.Nodes != 10 || len(js.Schedule) != 1 || js.Schedule[0].At != "24m" || len(js.Schedule[0].Nodes) != 2 {
		t.Fatalf("validate --json %+v", js)
	}

	bad := writeSpec(t, strings.Replace(cradleGood, "gossip.d: 8", "gossip.d: 99", 1))
	_, errOut, code := run(t, "cradle", "validate", bad)
	want := "westworld: " + bad + ":9:15: spec.params: gossip.d 99 is out of range 1..64\n"
	if code != 1 || errOut != want {
		t.Fatalf("exit %d, stderr %q, want %q", code, errOut, want)
	}
	// The same error stops `run` before anything starts.
	dir := t.TempDir()
	_, errOut, code = run(t, "cradle", "run", bad, "--work-dir", dir)
	if code != 1 || errOut != want {
		t.Fatalf("run of a bad spec: exit %d, %q", code, errOut)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Fatalf("a bad spec created sandbox files: %v", ents)
	}
}

// TestCradleRunRefusals: options that cannot work are refused before any
// node starts.
func TestCradleRunRefusals(t *testing.T) {
	latency := writeSpec(t, strings.Replace(cradleGood, "    - type: node_kill\n      fraction: 0.2\n", "    - type: latency\n      delay: 50ms\n", 1))
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"cradle", "run", latency}, "spec.chaos[0] latency needs the netns backend"},
		{[]string{"cradle", "run", writeSpec(t, cradleGood), "--time-scale", "0.0001"}, "time scale 0.0001 makes the 2h run 720ms long; it needs at least 5s"},
		{[]string{"cradle", "run", writeSpec(t, cradleGood), "--backend", "docker"}, `backend "docker" is not local or netns`},
		{[]string{"cradle", "run", writeSpec(t, cradleGood), "--binary", "/nonexistent/westworld"}, "/nonexistent/westworld is not an executable"},
		{[]string{"cradle", "run", writeSpec(t, cradleGood), "--report", "/nonexistent/dir/r.json"}, "output /nonexistent/dir/r.json"},
	} {
		start := time.Now()
		_, errOut, code := run(t, tt.args...)
		if code != 1 || !strings.Contains(errOut, tt.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q, want %q", tt.args, code, errOut, tt.want)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%v: took %s: did it start a sandbox?", tt.args, d)
		}
	}
}

// TestCradleRunFailsExitCode is the spec meant to fail: node_count must
// stay at 10, but a fifth of the 10 nodes are killed. The runner exits 2
// and still writes the report and chart.
func TestCradleRunFailsExitCode(t *testing.T) {
	if testing.Short() {
		t.Skip("sandbox run: skipped with -short")
	}
	spec := writeSpec(t, cradleGood)
	dir := t.TempDir()
	report := filepath.Join(dir, "r.json")
	stdout, errOut, code := run(t, "cradle", "run", spec, "--time-scale", strconv.FormatFloat(12.0/7200, 'f', -1, 64),
		"--windows", "12", "--report", report)
	if code != exitExperimentFailed {
		t.Fatalf("exit %d (want %d)\n%s\n%s", code, exitExperimentFailed, stdout, errOut)
	}
	if !strings.Contains(stdout, "experiment default/cli: FAIL") || !strings.Contains(stdout, "FAIL node_count >= 10") ||
		!strings.Contains(errOut, "experiment default/cli failed its success criteria") {
		t.Fatalf("output:\n%s\n%s", stdout, errOut)
	}
	var rep struct {
		Pass     bool   `json:"pass"`
		Verdict  string `json:"verdict"`
		Criteria []struct {
			Metric   string   `json:"metric"`
			Measured *float64 `json:"measured"`
			Pass     bool     `json:"pass"`
		} `json:"success_criteria"`
		Environment struct {
			TimeScale float64 `json:"time_scale"`
			Backend   string  `json:"backend"`
		} `json:"environment"`
		Phases []struct {
			Name   string `json:"name"`
			Series []struct {
				NodeCount *float64 `json:"node_count"`
			} `json:"series"`
		} `json:"phases"`
	}
	b, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Pass || rep.Verdict != "fail" || len(rep.Criteria) != 1 || rep.Criteria[0].Pass ||
		rep.Criteria[0].Measured == nil || *rep.Criteria[0].Measured != 8 || rep.Environment.Backend != "local" ||
		rep.Environment.TimeScale != 12.0/7200 || len(rep.Phases) != 2 || len(rep.Phases[1].Series) != 12 {
		t.Fatalf("report %+v", rep)
	}
	svg, err := os.ReadFile(filepath.Join(dir, "r.svg"))
	if err != nil || !bytes.Contains(svg, []byte("<svg")) || !bytes.Contains(svg, []byte(">FAIL<")) {
		t.Fatalf("chart: %v", err)
	}
}

// pidsWith lists processes whose command line contains s.
func pidsWith(s string) []int {
	var out []int
	ents, _ := os.ReadDir("/proc")
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err == nil && strings.Contains(string(b), s) {
			out = append(out, pid)
		}
	}
	return out
}

// TestCradleInterrupt: a signal mid-run kills every node the runner
// started and removes its homes (and, for netns, its namespaces).
func TestCradleInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("sandbox run: skipped with -short")
	}
	for _, tc := range []struct {
		backend string
		sig     syscall.Signal
	}{{"local", syscall.SIGINT}, {"netns", syscall.SIGTERM}} {
		t.Run(tc.backend, func(t *testing.T) {
			if tc.backend == "netns" && os.Geteuid() != 0 {
				t.Skip("needs root: network namespaces")
			}
			spec := writeSpec(t, strings.Replace(cradleGood, "nodes: 10", "nodes: 5", 1))
			work, err := os.MkdirTemp("", "wwc-int-")
			if err != nil {
				t.Fatal(err)
			}
			defer os.RemoveAll(work)
			cmd := exec.Command(bin, "cradle", "run", spec, "--backend", tc.backend, "--work-dir", work,
				"--report", filepath.Join(work, "r.json"), "--time-scale", "0.05")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			homes := filepath.Join(work, "baseline") + "/"
			deadline := time.Now().Add(60 * time.Second)
			for len(pidsWith(homes)) < 5 {
				if time.Now().After(deadline) {
					cmd.Process.Kill()
					t.Fatalf("5 nodes never ran: %s", stderr.String())
				}
				select {
				case err := <-done:
					t.Fatalf("runner exited early: %v %s", err, stderr.String())
				case <-time.After(100 * time.Millisecond):
				}
			}
			nodes := pidsWith(homes)
			prefix := "wwc-" + strconv.Itoa(cmd.Process.Pid) + "-"
			if tc.backend == "netns" {
				if ns := netnsNamed(prefix); len(ns) != 6 {
					t.Fatalf("namespaces %v, want a hub and 5 nodes", ns)
				}
			}
			time.Sleep(time.Second) // mid-run: the mesh is forming or probing
			cmd.Process.Signal(tc.sig)
			select {
			case err := <-done:
				ee, ok := err.(*exec.ExitError)
				if !ok || ee.ExitCode() != 130 || !strings.Contains(stderr.String(), "interrupted") {
					t.Fatalf("exit %v, stderr %s", err, stderr.String())
				}
			case <-time.After(30 * time.Second):
				cmd.Process.Kill()
				t.Fatal("runner did not stop within 30s of the signal")
			}
			for _, pid := range nodes {
				if syscall.Kill(pid, 0) == nil {
					t.Errorf("node process %d survived", pid)
				}
			}
			if rest := pidsWith(work); len(rest) != 0 {
				t.Errorf("processes left: %v", rest)
			}
			if _, err := os.Stat(homes); !os.IsNotExist(err) {
				t.Errorf("sandbox homes left: %v", err)
			}
			if ns := netnsNamed(prefix); len(ns) != 0 {
				t.Errorf("namespaces left: %v", ns)
			}
			if _, err := os.Stat(filepath.Join(work, "r.json")); !os.IsNotExist(err) {
				t.Errorf("an interrupted run wrote a report")
			}
		})
	}
}

func netnsNamed(prefix string) []string {
	var out []string
	ents, _ := os.ReadDir("/run/netns")
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), prefix) {
			out = append(out, e.Name())
		}
	}
	return out
}
