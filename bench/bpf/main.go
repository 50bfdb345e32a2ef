// Command bpfbench measures the westworld eBPF firewall against iptables and
// nftables on a veth pair between two network namespaces, flooded with small
// UDP frames by bench/flood. Run it through run.sh (root).
//
// Every configuration runs once per round in a fresh namespace pair; the
// order rotates between rounds so slow drift on a shared machine spreads
// over all of them; the table reports medians.
//
// Drop configurations block the flood's source and report how many packets
// per second the filter dropped (from its own counter) and how many the
// sender pushed. Pass configurations leave the source alone and report how
// many packets per second reached the IP layer, to show what an attached
// program costs traffic it lets through.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
	"github.com/cilium/ebpf/rlimit"

	"github.com/x0tta6bl4/westworld/bpf"
)

// counter reads a monotonically growing packet count of the configuration
// under test.
type counter func() (uint64, error)

// variant is one configuration of the receiver.
type variant struct {
	name string
	// pass: the source is not blocked; measure what reaches IP.
	pass bool
	// apply sets the receiver up; it returns the filter's own counter of
	// the packets it dropped (nil if it has none) and a cleanup.
	apply func(e *env) (counter, func(), error)
}

func variants() []variant {
	return []variant{
		{name: "iptables-nft raw PREROUTING", apply: iptablesDrop("iptables-nft")},
		{name: "iptables-legacy raw PREROUTING", apply: iptablesDrop("iptables-legacy")},
		{name: "nft netdev ingress", apply: nftDrop("netdev", "type filter hook ingress device %s priority 0")},
		{name: "nft ip prerouting (raw prio)", apply: nftDrop("ip", "type filter hook prerouting priority -300")},
		{name: "westworld tcx", apply: westworld(bpf.ModeTCX, "block")},
		{name: "westworld xdp", apply: westworld(bpf.ModeXDP, "block")},
		{name: "westworld tcx 10k entries", apply: westworld(bpf.ModeTCX, "block10k")},
		{name: "westworld tcx rate-limited", apply: westworld(bpf.ModeTCX, "limit")},
		{name: "bare lookup tcx", apply: bare("tcx", true)},
		{name: "bare lookup xdp", apply: bare("xdp", true)},
		{name: "pass: no program", pass: true, apply: func(*env) (counter, func(), error) { return nil, func() {}, nil }},
		{name: "pass: westworld tcx", pass: true, apply: westworld(bpf.ModeTCX, "pass")},
		{name: "pass: westworld xdp", pass: true, apply: westworld(bpf.ModeXDP, "pass")},
		{name: "pass: bare lookup tcx", pass: true, apply: bare("tcx", false)},
	}
}

func iptablesDrop(tool string) func(e *env) (counter, func(), error) {
	return func(e *env) (counter, func(), error) {
		if _, err := shIn(e.rNS, "", tool, "-t", "raw", "-A", "PREROUTING", "-s", e.src, "-j", "DROP"); err != nil {
			return nil, nil, err
		}
		read := func() (uint64, error) {
			out, err := shIn(e.rNS, "", tool, "-t", "raw", "-L", "PREROUTING", "-v", "-x", "-n")
			if err != nil {
				return 0, err
			}
			for _, line := range strings.Split(out, "\n") {
				f := strings.Fields(line)
				if len(f) > 2 && f[2] == "DROP" {
					return strconv.ParseUint(f[0], 10, 64)
				}
			}
			return 0, fmt.Errorf("%s: no DROP rule in:\n%s", tool, out)
		}
		return read, func() {}, nil
	}
}

var nftCounter = regexp.MustCompile(`counter packets (\d+)`)

func nftDrop(family, hook string) func(e *env) (counter, func(), error) {
	return func(e *env) (counter, func(), error) {
		h := hook
		if strings.Contains(h, "%s") {
			h = fmt.Sprintf(h, e.rIf)
		}
		ruleset := fmt.Sprintf("table %s wwb {\n\tchain c {\n\t\t%s; policy accept;\n\t\tip saddr %s counter drop\n\t}\n}\n", family, h, e.src)
		if _, err := shIn(e.rNS, ruleset, "nft", "-f", "-"); err != nil {
			return nil, nil, err
		}
		read := func() (uint64, error) {
			out, err := shIn(e.rNS, "", "nft", "list", "chain", family, "wwb", "c")
			if err != nil {
				return 0, err
			}
			m := nftCounter.FindStringSubmatch(out)
			if m == nil {
				return 0, fmt.Errorf("no counter in:\n%s", out)
			}
			return strconv.ParseUint(m[1], 10, 64)
		}
		return read, func() {}, nil
	}
}

// westworld attaches the real firewall (package bpf). what: block (the
// source), block10k (the source among 10k other prefixes), limit (the
// source at 1000 pps), pass (an unrelated prefix blocked).
func westworld(mode bpf.Mode, what string) func(e *env) (counter, func(), error) {
	return func(e *env) (counter, func(), error) {
		var fw *bpf.Firewall
		err := inNetns(e.rNS, func() error {
			var err error
			fw, err = bpf.New(bpf.Config{Interfaces: []string{e.rIf}, Mode: mode, Logger: quiet})
			return err
		})
		if err != nil {
			return nil, nil, err
		}
		src := netip.PrefixFrom(netip.MustParseAddr(e.src), 32)
		switch what {
		case "block":
			err = fw.Block(src, time.Time{})
		case "block10k":
			for i := 0; i < 10000 && err == nil; i++ {
				err = fw.Block(netip.PrefixFrom(netip.AddrFrom4([4]byte{10, byte(i >> 8), byte(i), 1}), 32), time.Time{})
			}
			if err == nil {
				err = fw.Block(src, time.Time{})
			}
		case "limit":
			err = fw.Limit(src, 1000, 100, time.Time{})
		case "pass":
			err = fw.Block(netip.MustParsePrefix("192.0.2.0/24"), time.Time{})
		}
		if err != nil {
			fw.Close()
			return nil, nil, err
		}
		read := func() (uint64, error) {
			s, err := fw.Stats()
			return s.DroppedBlocked + s.DroppedRateLimited, err
		}
		if what == "pass" {
			read = nil
		}
		return read, func() { fw.Close() }, nil
	}
}

// bare attaches the -DFW_BARE build of the same C source: parser and
// blocklist lookup only, no rate limit and no counters.
func bare(at string, blockSrc bool) func(e *env) (counter, func(), error) {
	return func(e *env) (counter, func(), error) {
		var objs bareObjects
		if err := loadBareObjects(&objs, nil); err != nil {
			return nil, nil, fmt.Errorf("load bare objects: %w", err)
		}
		var l link.Link
		err := inNetns(e.rNS, func() error {
			ifc, err := net.InterfaceByName(e.rIf)
			if err != nil {
				return err
			}
			if at == "xdp" {
				l, err = link.AttachXDP(link.XDPOptions{Program: objs.XdpFirewall, Interface: ifc.Index, Flags: link.XDPDriverMode})
			} else {
				l, err = link.AttachTCX(link.TCXOptions{Program: objs.TcxFirewall, Interface: ifc.Index, Attach: ebpf.AttachTCXIngress})
			}
			return err
		})
		if err != nil {
			objs.Close()
			return nil, nil, err
		}
		p := netip.MustParsePrefix("192.0.2.0/24")
		if blockSrc {
			p = netip.PrefixFrom(netip.MustParseAddr(e.src), 32)
		}
		key := bareKeyV4{Prefixlen: uint32(p.Bits()), Addr: p.Addr().As4()}
		val := bareBlockVal{Prefixlen: uint32(p.Bits())}
		if err := objs.BlockedV4.Put(&key, &val); err != nil {
			l.Close()
			objs.Close()
			return nil, nil, err
		}
		return nil, func() { l.Close(); objs.Close() }, nil
	}
}

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// sample is one run of one variant. Rates are per wall-clock second; the
// per-CPU figures divide the same counts by the CPU time the flood and
// ksoftirqd used, which is what the receive path costs independent of how
// busy the (shared) machine was.
type sample struct {
	SentPPS float64 `json:"sent_pps"`
	HookPPS float64 `json:"hook_pps,omitempty"` // dropped per second by the filter's own counter
	IPPPS   float64 `json:"ip_pps"`             // reached ip_rcv per second
	CPUSec  float64 `json:"cpu_seconds"`
	Sent    uint64  `json:"sent"`
	Hook    uint64  `json:"hook"`
	IP      uint64  `json:"ip"`
}

// perCPU returns the variant's packet count per CPU-second: dropped by the
// filter when it counts, else reached IP for pass variants, else sent.
func (s sample) perCPU(pass bool) float64 {
	n := s.Sent
	switch {
	case pass:
		n = s.IP
	case s.Hook > 0:
		n = s.Hook
	}
	if s.CPUSec == 0 {
		return 0
	}
	return float64(n) / s.CPUSec
}

type floodResult struct {
	Sent       uint64  `json:"sent"`
	Seconds    float64 `json:"seconds"`
	PPS        float64 `json:"pps"`
	CPUSeconds float64 `json:"cpu_seconds"`
}

// ksoftirqdSeconds sums the CPU time of the ksoftirqd threads: softirq work
// the kernel deferred there instead of running it in the sender's context.
func ksoftirqdSeconds() float64 {
	ents, _ := os.ReadDir("/proc")
	var ticks uint64
	for _, e := range ents {
		comm, err := os.ReadFile("/proc/" + e.Name() + "/comm")
		if err != nil || !strings.HasPrefix(string(comm), "ksoftirqd/") {
			continue
		}
		stat, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		// Fields after the parenthesised comm: state is 3rd, utime 14th, stime 15th.
		rest := string(stat)
		if i := strings.LastIndexByte(rest, ')'); i >= 0 {
			rest = rest[i+1:]
		}
		f := strings.Fields(rest)
		if len(f) < 13 {
			continue
		}
		u, _ := strconv.ParseUint(f[11], 10, 64)
		st, _ := strconv.ParseUint(f[12], 10, 64)
		ticks += u + st
	}
	return float64(ticks) / 100 // USER_HZ
}

func runOnce(id int, v variant, floodBin string, threads int, d time.Duration) (sample, error) {
	e, err := newEnv(id)
	if err != nil {
		return sample{}, err
	}
	defer e.close()
	read, cleanup, err := v.apply(e)
	if err != nil {
		return sample{}, fmt.Errorf("%s: %w", v.name, err)
	}
	defer cleanup()

	var before uint64
	if read != nil {
		if before, err = read(); err != nil {
			return sample{}, err
		}
	}
	ipBefore, err := e.ipInReceives()
	if err != nil {
		return sample{}, err
	}
	softBefore := ksoftirqdSeconds()
	out, err := shIn(e.sNS, "", floodBin, "-iface", e.sIf, "-src", e.src, "-dst", e.dst, "-dst-mac", e.rMAC,
		"-threads", strconv.Itoa(threads), "-duration", d.String())
	if err != nil {
		return sample{}, err
	}
	var fr floodResult
	if err := json.Unmarshal([]byte(out), &fr); err != nil {
		return sample{}, fmt.Errorf("flood output %q: %w", out, err)
	}
	s := sample{SentPPS: fr.PPS, Sent: fr.Sent, CPUSec: fr.CPUSeconds + ksoftirqdSeconds() - softBefore}
	ipAfter, err := e.ipInReceives()
	if err != nil {
		return sample{}, err
	}
	s.IP = ipAfter - ipBefore
	s.IPPPS = float64(s.IP) / fr.Seconds
	if read != nil {
		after, err := read()
		if err != nil {
			return sample{}, err
		}
		s.Hook = after - before
		s.HookPPS = float64(s.Hook) / fr.Seconds
	}
	return s, nil
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func main() {
	floodBin := flag.String("flood", "", "path to the bench/flood binary (run.sh builds it)")
	rounds := flag.Int("rounds", 5, "rounds; each runs every variant once")
	dur := flag.Duration("duration", 3*time.Second, "flood duration per run")
	threads := flag.Int("threads", runtime.NumCPU(), "flood threads (one per core)")
	only := flag.String("only", "", "regexp: run only variants whose name matches")
	jsonOut := flag.String("json", "", "also write all samples to this file")
	verbose := flag.Bool("v", false, "print every sample")
	flag.Parse()
	if os.Geteuid() != 0 {
		fmt.Fprintln(os.Stderr, "bpfbench: needs root (network namespaces, eBPF, netfilter)")
		os.Exit(1)
	}
	if *floodBin == "" {
		fmt.Fprintln(os.Stderr, "bpfbench: -flood is required")
		os.Exit(2)
	}
	if _, err := exec.LookPath(*floodBin); err != nil {
		fmt.Fprintln(os.Stderr, "bpfbench:", err)
		os.Exit(2)
	}
	if err := rlimit.RemoveMemlock(); err != nil {
		fmt.Fprintln(os.Stderr, "bpfbench:", err)
		os.Exit(1)
	}
	sweepStale()

	vs := variants()
	if *only != "" {
		re := regexp.MustCompile(*only)
		vs = slices.DeleteFunc(vs, func(v variant) bool { return !re.MatchString(v.name) })
	}
	samples := make(map[string][]sample)
	id := 0
	for r := 0; r < *rounds; r++ {
		for i := range vs {
			v := vs[(i+r)%len(vs)] // rotate the order each round
			id++
			s, err := runOnce(id, v, *floodBin, *threads, *dur)
			if err != nil {
				fmt.Fprintf(os.Stderr, "bpfbench: round %d %s: %v\n", r+1, v.name, err)
				os.Exit(1)
			}
			samples[v.name] = append(samples[v.name], s)
			if *verbose {
				fmt.Fprintf(os.Stderr, "round %d %-32s sent %6.3f Mpps  hook %6.3f Mpps  ip %6.3f Mpps  cpu %5.2fs  %6.3f Mpps/core\n",
					r+1, v.name, s.SentPPS/1e6, s.HookPPS/1e6, s.IPPPS/1e6, s.CPUSec, s.perCPU(v.pass)/1e6)
			}
		}
	}
	if *jsonOut != "" {
		b, _ := json.MarshalIndent(samples, "", "  ")
		if err := os.WriteFile(*jsonOut, b, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "bpfbench:", err)
		}
	}
	report(os.Stdout, vs, samples, *rounds, *dur, *threads)
}

func report(w io.Writer, vs []variant, samples map[string][]sample, rounds int, d time.Duration, threads int) {
	med := func(name string, f func(sample) float64) float64 {
		var xs []float64
		for _, s := range samples[name] {
			xs = append(xs, f(s))
		}
		return median(xs)
	}
	pass := make(map[string]bool)
	for _, v := range vs {
		pass[v.name] = v.pass
	}
	core := func(n string) float64 { return med(n, func(s sample) float64 { return s.perCPU(pass[n]) }) }

	fmt.Fprintf(w, "veth flood, 60-byte UDP frames, %d sender threads, %d rounds x %s, medians\n", threads, rounds, d)
	fmt.Fprintf(w, "Mpps/core: packets dropped by the filter (pass variants: reaching IP; bare: sent)\n")
	fmt.Fprintf(w, "per CPU-second of sender + ksoftirqd, the figure that does not depend on machine load\n\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "variant\tMpps/core\twall: sent Mpps\tdropped Mpps\treached IP Mpps\tCPU s\t")
	for _, v := range vs {
		hook := "-"
		if h := med(v.name, func(s sample) float64 { return s.HookPPS }); h > 0 {
			hook = fmt.Sprintf("%.3f", h/1e6)
		}
		reached := "-"
		if v.pass {
			reached = fmt.Sprintf("%.3f", med(v.name, func(s sample) float64 { return s.IPPPS })/1e6)
		}
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%s\t%s\t%.2f\t\n", v.name, core(v.name)/1e6,
			med(v.name, func(s sample) float64 { return s.SentPPS })/1e6, hook, reached,
			med(v.name, func(s sample) float64 { return s.CPUSec }))
	}
	tw.Flush()

	fmt.Fprintln(w, "\nratios of Mpps/core medians:")
	for _, r := range []struct {
		label, a, b, aim string
	}{
		{"tcx drop / iptables-nft raw drop", "westworld tcx", "iptables-nft raw PREROUTING", "aim >= 1.05"},
		{"tcx drop / iptables-legacy raw drop", "westworld tcx", "iptables-legacy raw PREROUTING", ""},
		{"tcx drop / nft netdev ingress drop", "westworld tcx", "nft netdev ingress", ""},
		{"tcx drop / nft prerouting drop", "westworld tcx", "nft ip prerouting (raw prio)", ""},
		{"xdp drop / iptables-nft raw drop", "westworld xdp", "iptables-nft raw PREROUTING", ""},
		{"tcx drop / xdp drop", "westworld tcx", "westworld xdp", ""},
		{"tcx, 10k entries / tcx, 1 entry", "westworld tcx 10k entries", "westworld tcx", ""},
		{"tcx rate-limit drop / tcx block drop", "westworld tcx rate-limited", "westworld tcx", ""},
		{"full tcx / bare lookup tcx (drop)", "westworld tcx", "bare lookup tcx", "aim >= 0.90"},
		{"full xdp / bare lookup xdp (drop)", "westworld xdp", "bare lookup xdp", ""},
		{"pass: tcx / no program", "pass: westworld tcx", "pass: no program", ""},
		{"pass: xdp / no program", "pass: westworld xdp", "pass: no program", ""},
		{"pass: full tcx / bare lookup tcx", "pass: westworld tcx", "pass: bare lookup tcx", "aim >= 0.90"},
	} {
		if len(samples[r.a]) == 0 || len(samples[r.b]) == 0 || core(r.b) == 0 {
			continue
		}
		fmt.Fprintf(w, "  %-40s %5.2fx  %s\n", r.label, core(r.a)/core(r.b), r.aim)
	}
}
