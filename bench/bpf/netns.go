package main

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/x0tta6bl4/westworld/bpf/netns"
)

// inNetns runs fn inside the named network namespace; sockets, links and ifindex lookups
// made in fn belong to it.
func inNetns(name string, fn func() error) error { return netns.Do(netns.Path(name), fn) }

func sh(name string, args ...string) (string, error) {
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("%s %s: %w: %s", name, strings.Join(args, " "), err, strings.TrimSpace(string(out)))
	}
	return string(out), nil
}

func shIn(ns, stdin string, name string, args ...string) (string, error) {
	cmd := exec.Command("ip", append([]string{"netns", "exec", ns, name}, args...)...)
	if stdin != "" {
		cmd.Stdin = strings.NewReader(stdin)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("%s %s in %s: %w: %s", name, strings.Join(args, " "), ns, err, strings.TrimSpace(string(out)))
	}
	return string(out), nil
}

// env is one fresh sender/receiver namespace pair joined by a veth. Every
// run gets its own, so that no netfilter table, hook or program of one
// configuration survives into the next.
type env struct {
	sNS, rNS   string
	sIf, rIf   string
	sMAC, rMAC string
	src, dst   string
}

func newEnv(id int) (*env, error) {
	e := &env{
		sNS:  fmt.Sprintf("wwb-%d-%d-s", os.Getpid(), id),
		rNS:  fmt.Sprintf("wwb-%d-%d-r", os.Getpid(), id),
		sIf:  "wwbs",
		rIf:  "wwbr",
		sMAC: "02:99:00:00:00:02",
		rMAC: "02:99:00:00:00:01",
		src:  "10.99.0.2",
		dst:  "10.99.0.1",
	}
	steps := [][]string{
		{"ip", "netns", "add", e.sNS},
		{"ip", "netns", "add", e.rNS},
		{"ip", "link", "add", e.sIf, "address", e.sMAC, "netns", e.sNS, "type", "veth",
			"peer", "name", e.rIf, "address", e.rMAC, "netns", e.rNS},
	}
	for _, s := range steps {
		if _, err := sh(s[0], s[1:]...); err != nil {
			e.close()
			return nil, err
		}
	}
	for _, side := range []struct{ ns, ifname, addr, peer, peerMAC string }{
		{e.sNS, e.sIf, e.src, e.dst, e.rMAC},
		{e.rNS, e.rIf, e.dst, e.src, e.sMAC},
	} {
		err := inNetns(side.ns, func() error {
			for _, kv := range [][2]string{
				{"ipv6/conf/all/disable_ipv6", "1"},
				{"ipv6/conf/default/disable_ipv6", "1"},
				{"ipv4/conf/all/rp_filter", "0"},
				{"ipv4/conf/" + side.ifname + "/rp_filter", "0"},
			} {
				if err := os.WriteFile("/proc/sys/net/"+kv[0], []byte(kv[1]), 0); err != nil {
					return fmt.Errorf("sysctl %s: %w", kv[0], err)
				}
			}
			return nil
		})
		if err != nil {
			e.close()
			return nil, err
		}
		batch := strings.Join([]string{
			fmt.Sprintf("addr add %s/24 dev %s", side.addr, side.ifname),
			fmt.Sprintf("link set %s up", side.ifname),
			"link set lo up",
			fmt.Sprintf("neigh replace %s lladdr %s dev %s nud permanent", side.peer, side.peerMAC, side.ifname),
		}, "\n") + "\n"
		cmd := exec.Command("ip", "-n", side.ns, "-batch", "-")
		cmd.Stdin = strings.NewReader(batch)
		if out, err := cmd.CombinedOutput(); err != nil {
			e.close()
			return nil, fmt.Errorf("configure %s: %w: %s", side.ns, err, out)
		}
	}
	return e, nil
}

func (e *env) close() {
	exec.Command("ip", "netns", "del", e.sNS).Run()
	exec.Command("ip", "netns", "del", e.rNS).Run()
}

// ipInReceives reads Ip InReceives (packets that reached ip_rcv) in the
// receiver namespace.
func (e *env) ipInReceives() (uint64, error) {
	var v uint64
	err := inNetns(e.rNS, func() error {
		b, err := os.ReadFile("/proc/thread-self/net/snmp")
		if err != nil {
			return err
		}
		var header []string
		for _, line := range strings.Split(string(b), "\n") {
			f := strings.Fields(line)
			if len(f) == 0 || f[0] != "Ip:" {
				continue
			}
			if header == nil {
				header = f
				continue
			}
			for i, h := range header {
				if h == "InReceives" && i < len(f) {
					v, err = strconv.ParseUint(f[i], 10, 64)
					return err
				}
			}
		}
		return fmt.Errorf("no Ip InReceives in snmp")
	})
	return v, err
}

// sweepStale removes namespaces an earlier, killed run left behind.
func sweepStale() {
	ents, _ := os.ReadDir("/run/netns")
	for _, en := range ents {
		rest, ok := strings.CutPrefix(en.Name(), "wwb-")
		if !ok {
			continue
		}
		pid, err := strconv.Atoi(strings.Split(rest, "-")[0])
		if err != nil || pid == os.Getpid() {
			continue
		}
		if unix.Kill(pid, 0) == unix.ESRCH {
			exec.Command("ip", "netns", "del", en.Name()).Run()
		}
	}
}
