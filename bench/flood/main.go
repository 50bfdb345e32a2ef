// Command flood sends small UDP/IPv4 frames out of an interface as fast as
// the machine can: one AF_PACKET socket per thread, each thread pinned to
// its own CPU, PACKET_QDISC_BYPASS so frames go straight to the driver, and
// sendmmsg so one system call carries a batch. It is the load generator of
// bench/bpf; on veth, the receiving side's processing runs in the sender's
// softirq, so the send rate is also the rate the receiver absorbs.
//
//	flood -iface veth0 -src 10.99.0.2 -dst 10.99.0.1 -dst-mac 02:99:00:00:00:01 -duration 3s
//
// It prints one JSON object: packets sent, seconds, packets per second and
// the CPU time it used.
package main

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/netip"
	"os"
	"runtime"
	"sync"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

type config struct {
	iface    string
	src      netip.Addr
	srcCount int
	dst      netip.Addr
	dstMAC   net.HardwareAddr
	dport    int
	size     int
	threads  int
	batch    int
	duration time.Duration
}

// Result is what flood prints.
type Result struct {
	Sent    uint64  `json:"sent"`
	Errors  uint64  `json:"errors"`
	Seconds float64 `json:"seconds"`
	PPS     float64 `json:"pps"`
	Threads int     `json:"threads"`
	// CPUSeconds is the process's user+system time. On veth the receive
	// path runs in the sender's softirq and is charged to it, so
	// Sent/CPUSeconds is the packet rate per fully used core, whatever
	// else the machine is doing.
	CPUSeconds float64 `json:"cpu_seconds"`
}

func main() {
	var cfg config
	var src, dst, dmac string
	flag.StringVar(&cfg.iface, "iface", "", "interface to send on")
	flag.StringVar(&src, "src", "", "IPv4 source address (the first of -src-count consecutive ones)")
	flag.IntVar(&cfg.srcCount, "src-count", 1, "number of consecutive source addresses to rotate through")
	flag.StringVar(&dst, "dst", "", "IPv4 destination address")
	flag.StringVar(&dmac, "dst-mac", "", "destination MAC (the receiving interface's)")
	flag.IntVar(&cfg.dport, "dport", 9, "UDP destination port")
	flag.IntVar(&cfg.size, "size", 60, "frame size in bytes without FCS (min 42)")
	flag.IntVar(&cfg.threads, "threads", runtime.NumCPU(), "sending threads, one per CPU")
	flag.IntVar(&cfg.batch, "batch", 256, "frames per sendmmsg call")
	flag.DurationVar(&cfg.duration, "duration", 3*time.Second, "how long to send")
	flag.Parse()

	var err error
	if cfg.src, err = netip.ParseAddr(src); err != nil || !cfg.src.Is4() {
		fatalf("-src: want an IPv4 address, got %q", src)
	}
	if cfg.dst, err = netip.ParseAddr(dst); err != nil || !cfg.dst.Is4() {
		fatalf("-dst: want an IPv4 address, got %q", dst)
	}
	if cfg.dstMAC, err = net.ParseMAC(dmac); err != nil {
		fatalf("-dst-mac: %v", err)
	}
	if cfg.size < 42 || cfg.size > 1514 {
		fatalf("-size: %d out of range 42..1514", cfg.size)
	}
	if cfg.threads < 1 || cfg.batch < 1 || cfg.srcCount < 1 {
		fatalf("-threads, -batch and -src-count must be positive")
	}
	res, err := flood(cfg)
	if err != nil {
		fatalf("%v", err)
	}
	json.NewEncoder(os.Stdout).Encode(res)
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "flood: "+format+"\n", args...)
	os.Exit(1)
}

func flood(cfg config) (Result, error) {
	ifc, err := net.InterfaceByName(cfg.iface)
	if err != nil {
		return Result{}, fmt.Errorf("interface %s: %w", cfg.iface, err)
	}
	ncpu := runtime.NumCPU()
	type threadResult struct {
		sent, errs uint64
		err        error
	}
	results := make([]threadResult, cfg.threads)
	var wg sync.WaitGroup
	start := make(chan struct{})
	var deadline time.Time
	for i := 0; i < cfg.threads; i++ {
		frames := buildFrames(cfg, ifc.HardwareAddr, i)
		fd, err := openSocket(ifc.Index)
		if err != nil {
			return Result{}, err
		}
		defer unix.Close(fd)
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Pinned for good: the thread exits locked with the goroutine,
			// so its CPU affinity never leaks back into the runtime's pool.
			runtime.LockOSThread()
			var set unix.CPUSet
			set.Set(i % ncpu)
			unix.SchedSetaffinity(0, &set) // best effort: a restricted cpuset still sends
			<-start
			results[i].sent, results[i].errs, results[i].err = sendLoop(fd, frames, deadline)
		}()
	}
	t0 := time.Now()
	deadline = t0.Add(cfg.duration)
	close(start)
	wg.Wait()
	elapsed := time.Since(t0)
	var res Result
	for _, r := range results {
		if r.err != nil {
			return Result{}, r.err
		}
		res.Sent += r.sent
		res.Errors += r.errs
	}
	res.Seconds = elapsed.Seconds()
	res.PPS = float64(res.Sent) / res.Seconds
	res.Threads = cfg.threads
	var ru unix.Rusage
	if err := unix.Getrusage(unix.RUSAGE_SELF, &ru); err == nil {
		res.CPUSeconds = time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
	}
	return res, nil
}

func htons(v uint16) uint16 { return v<<8 | v>>8 }

// openSocket returns an AF_PACKET socket bound to the interface that
// bypasses the qdisc layer. Protocol 0 means it receives nothing.
func openSocket(ifindex int) (int, error) {
	fd, err := unix.Socket(unix.AF_PACKET, unix.SOCK_RAW|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return -1, fmt.Errorf("AF_PACKET socket (needs CAP_NET_RAW): %w", err)
	}
	if err := unix.Bind(fd, &unix.SockaddrLinklayer{Protocol: htons(unix.ETH_P_IP), Ifindex: ifindex}); err != nil {
		unix.Close(fd)
		return -1, fmt.Errorf("bind AF_PACKET: %w", err)
	}
	if err := unix.SetsockoptInt(fd, unix.SOL_PACKET, unix.PACKET_QDISC_BYPASS, 1); err != nil {
		unix.Close(fd)
		return -1, fmt.Errorf("PACKET_QDISC_BYPASS: %w", err)
	}
	return fd, nil
}

// buildFrames makes one batch of distinct frames for a thread: source
// addresses rotate through -src-count, source ports differ per frame and
// per thread so that flows spread as they would in a real flood.
func buildFrames(cfg config, srcMAC net.HardwareAddr, thread int) [][]byte {
	frames := make([][]byte, cfg.batch)
	src := cfg.src.As4()
	base := binary.BigEndian.Uint32(src[:])
	for i := range frames {
		f := make([]byte, cfg.size)
		copy(f[0:6], cfg.dstMAC)
		copy(f[6:12], srcMAC)
		binary.BigEndian.PutUint16(f[12:], 0x0800)
		ip := f[14:34]
		ip[0] = 0x45
		binary.BigEndian.PutUint16(ip[2:], uint16(cfg.size-14))
		ip[8] = 64
		ip[9] = unix.IPPROTO_UDP
		binary.BigEndian.PutUint32(ip[12:], base+uint32(i%cfg.srcCount))
		d := cfg.dst.As4()
		copy(ip[16:], d[:])
		binary.BigEndian.PutUint16(ip[10:], ipChecksum(ip))
		udp := f[34:42]
		binary.BigEndian.PutUint16(udp[0:], uint16(1024+thread*cfg.batch+i))
		binary.BigEndian.PutUint16(udp[2:], uint16(cfg.dport))
		binary.BigEndian.PutUint16(udp[4:], uint16(cfg.size-34))
		// UDP checksum 0: none, which IPv4 allows.
		frames[i] = f
	}
	return frames
}

func ipChecksum(h []byte) uint16 {
	var sum uint32
	for i := 0; i+1 < len(h); i += 2 {
		sum += uint32(binary.BigEndian.Uint16(h[i:]))
	}
	for sum > 0xffff {
		sum = sum&0xffff + sum>>16
	}
	return ^uint16(sum)
}

// mmsghdr is struct mmsghdr; x/sys/unix has no sendmmsg wrapper.
type mmsghdr struct {
	hdr unix.Msghdr
	len uint32
	_   [4]byte
}

func sendLoop(fd int, frames [][]byte, deadline time.Time) (sent, errs uint64, err error) {
	iovs := make([]unix.Iovec, len(frames))
	msgs := make([]mmsghdr, len(frames))
	for i, f := range frames {
		iovs[i].Base = &f[0]
		iovs[i].SetLen(len(f))
		msgs[i].hdr.Iov = &iovs[i]
		msgs[i].hdr.SetIovlen(1)
	}
	for time.Now().Before(deadline) {
		n, _, e := unix.Syscall6(unix.SYS_SENDMMSG, uintptr(fd), uintptr(unsafe.Pointer(&msgs[0])), uintptr(len(msgs)), 0, 0, 0)
		switch {
		case e == 0:
			sent += uint64(n)
		case errors.Is(e, unix.ENOBUFS), errors.Is(e, unix.EAGAIN), errors.Is(e, unix.EINTR):
			errs++
		default:
			return sent, errs, fmt.Errorf("sendmmsg: %w", e)
		}
	}
	runtime.KeepAlive(frames)
	runtime.KeepAlive(iovs)
	return sent, errs, nil
}
