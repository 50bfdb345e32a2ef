//go:build linux

package cradle

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/x0tta6bl4/westworld/bpf/netns"
)

// A userspace packet delayer over netfilter's NFQUEUE: the kernel hands
// each queued packet's ID to us, and we give the verdict (accept) only
// after the delay. It stands in for tc netem, which this project's kernels
// do not build (CONFIG_NET_SCH_NETEM is off): the effect on the wire is
// the same constant one-way delay per packet, in order.

// nfnetlink_queue constants (linux/netfilter/nfnetlink_queue.h); x/sys/unix
// has the subsystem but not these.
const (
	nfqMsgPacket  = 0
	nfqMsgVerdict = 1
	nfqMsgConfig  = 2

	nfqaPacketHdr  = 1
	nfqaVerdictHdr = 2

	nfqaCfgCmd      = 1
	nfqaCfgParams   = 2
	nfqaCfgQueueMax = 3
	nfqaCfgMask     = 4
	nfqaCfgFlags    = 5

	nfqCmdBind   = 1
	nfqCopyMeta  = 1
	nfqFailOpen  = 1
	nfAccept     = 1
	nfqQueueSize = 16384
)

type heldPacket struct {
	id uint32
	at time.Time
}

// nfQueue holds the packets of one queue for a delay.
type nfQueue struct {
	fd    int
	num   uint16
	delay atomic.Int64
	held  chan heldPacket
	stop  chan struct{}
	wg    sync.WaitGroup
	seq   atomic.Uint32
	once  sync.Once

	mu  sync.Mutex // serialises sends on fd
	err atomic.Value
	// counter, when set, counts the packets held.
	counter *atomic.Int64
}

// openNFQueue binds queue num inside the network namespace at nsPath
// ("" for the current one) and starts delaying its packets, counting them
// in counter when it is not nil.
func openNFQueue(nsPath string, num uint16, delay time.Duration, counter *atomic.Int64) (*nfQueue, error) {
	fd, err := socketIn(nsPath, unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC, unix.NETLINK_NETFILTER)
	if err != nil {
		return nil, fmt.Errorf("nfqueue socket in %s: %w", nsPath, err)
	}
	q := &nfQueue{fd: fd, num: num, held: make(chan heldPacket, nfqQueueSize), stop: make(chan struct{}), counter: counter}
	q.delay.Store(int64(delay))
	fail := func(err error) (*nfQueue, error) {
		unix.Close(fd)
		return nil, err
	}
	if err := unix.Bind(fd, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		return fail(fmt.Errorf("nfqueue bind: %w", err))
	}
	_ = unix.SetsockoptInt(fd, unix.SOL_NETLINK, unix.NETLINK_NO_ENOBUFS, 1)
	_ = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_RCVBUF, 4<<20)
	tv := unix.NsecToTimeval(int64(100 * time.Millisecond))
	if err := unix.SetsockoptTimeval(fd, unix.SOL_SOCKET, unix.SO_RCVTIMEO, &tv); err != nil {
		return fail(fmt.Errorf("nfqueue timeout: %w", err))
	}
	be16 := func(v uint16) []byte { return binary.BigEndian.AppendUint16(nil, v) }
	be32 := func(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }
	configs := [][]byte{
		nlattr(nfqaCfgCmd, append([]byte{nfqCmdBind, 0}, be16(0)...)),
		nlattr(nfqaCfgParams, append(be32(0), nfqCopyMeta)),
		nlattr(nfqaCfgQueueMax, be32(nfqQueueSize)),
		append(nlattr(nfqaCfgMask, be32(nfqFailOpen)), nlattr(nfqaCfgFlags, be32(nfqFailOpen))...),
	}
	for _, attrs := range configs {
		if err := q.request(nfqMsgConfig, attrs); err != nil {
			return fail(fmt.Errorf("nfqueue %d config: %w", num, err))
		}
	}
	q.wg.Add(2)
	go q.read()
	go q.release()
	return q, nil
}

// socketIn opens a socket inside the network namespace at nsPath ("" for this process's).
func socketIn(nsPath string, domain, typ, proto int) (int, error) {
	if nsPath == "" {
		return unix.Socket(domain, typ, proto)
	}
	fd := -1
	err := netns.Do(nsPath, func() error {
		var err error
		fd, err = unix.Socket(domain, typ, proto)
		return err
	})
	if err != nil && fd >= 0 {
		// The socket was made but the thread could not get back: do not hand out a
		// socket of a half-failed call.
		unix.Close(fd)
		fd = -1
	}
	return fd, err
}

func nlattr(typ uint16, val []byte) []byte {
	l := 4 + len(val)
	b := make([]byte, (l+3)&^3)
	binary.NativeEndian.PutUint16(b[0:], uint16(l))
	binary.NativeEndian.PutUint16(b[2:], typ)
	copy(b[4:], val)
	return b
}

// message builds an nfnetlink message for this queue.
func (q *nfQueue) message(msgType uint16, flags uint16, attrs []byte) []byte {
	n := unix.NLMSG_HDRLEN + 4 + len(attrs)
	b := make([]byte, n)
	binary.NativeEndian.PutUint32(b[0:], uint32(n))
	binary.NativeEndian.PutUint16(b[4:], unix.NFNL_SUBSYS_QUEUE<<8|msgType)
	binary.NativeEndian.PutUint16(b[6:], flags)
	binary.NativeEndian.PutUint32(b[8:], q.seq.Add(1))
	b[16] = unix.AF_UNSPEC
	b[17] = unix.NFNETLINK_V0
	binary.BigEndian.PutUint16(b[18:], q.num)
	copy(b[20:], attrs)
	return b
}

// request sends a config message and waits for its acknowledgement.
func (q *nfQueue) request(msgType uint16, attrs []byte) error {
	msg := q.message(msgType, unix.NLM_F_REQUEST|unix.NLM_F_ACK, attrs)
	if err := unix.Sendto(q.fd, msg, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		return err
	}
	buf := make([]byte, 8192)
	deadline := time.Now().Add(2 * time.Second)
	for time.Now().Before(deadline) {
		n, _, err := unix.Recvfrom(q.fd, buf, 0)
		if errors.Is(err, unix.EAGAIN) || errors.Is(err, unix.EINTR) {
			continue
		}
		if err != nil {
			return err
		}
		msgs, err := syscall.ParseNetlinkMessage(buf[:n])
		if err != nil {
			return err
		}
		for _, m := range msgs {
			if m.Header.Type == syscall.NLMSG_ERROR && len(m.Data) >= 4 {
				if code := int32(binary.NativeEndian.Uint32(m.Data[:4])); code != 0 {
					return unix.Errno(-code)
				}
				return nil
			}
		}
	}
	return errors.New("no acknowledgement from the kernel")
}

func (q *nfQueue) read() {
	defer q.wg.Done()
	buf := make([]byte, 1<<16)
	for {
		select {
		case <-q.stop:
			return
		default:
		}
		n, _, err := unix.Recvfrom(q.fd, buf, 0)
		now := time.Now()
		if err != nil {
			if errors.Is(err, unix.EAGAIN) || errors.Is(err, unix.EINTR) || errors.Is(err, unix.ENOBUFS) {
				continue
			}
			q.err.Store(err)
			return
		}
		msgs, err := syscall.ParseNetlinkMessage(buf[:n])
		if err != nil {
			continue
		}
		for _, m := range msgs {
			if m.Header.Type != unix.NFNL_SUBSYS_QUEUE<<8|nfqMsgPacket || len(m.Data) < 4 {
				continue
			}
			id, ok := packetID(m.Data[4:])
			if !ok {
				continue
			}
			if q.counter != nil {
				q.counter.Add(1)
			}
			select {
			case q.held <- heldPacket{id, now}:
			case <-q.stop:
				return
			}
		}
	}
}

// packetID finds NFQA_PACKET_HDR's packet_id in a packet message's attributes.
func packetID(attrs []byte) (uint32, bool) {
	for len(attrs) >= 4 {
		l := int(binary.NativeEndian.Uint16(attrs[0:]))
		typ := binary.NativeEndian.Uint16(attrs[2:]) & 0x3fff
		if l < 4 || l > len(attrs) {
			return 0, false
		}
		if typ == nfqaPacketHdr && l >= 8 {
			return binary.BigEndian.Uint32(attrs[4:8]), true
		}
		attrs = attrs[min((l+3)&^3, len(attrs)):]
	}
	return 0, false
}

func (q *nfQueue) release() {
	defer q.wg.Done()
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	for {
		var p heldPacket
		select {
		case p = <-q.held:
		case <-q.stop:
			q.drain()
			return
		}
		if wait := time.Until(p.at.Add(time.Duration(q.delay.Load()))); wait > 0 {
			timer.Reset(wait)
			select {
			case <-timer.C:
			case <-q.stop:
				q.verdict(p.id)
				q.drain()
				return
			}
		}
		q.verdict(p.id)
	}
}

// drain accepts whatever is still held, so closing never loses packets.
func (q *nfQueue) drain() {
	for {
		select {
		case p := <-q.held:
			q.verdict(p.id)
		default:
			return
		}
	}
}

func (q *nfQueue) verdict(id uint32) {
	v := binary.BigEndian.AppendUint32(nil, nfAccept)
	v = binary.BigEndian.AppendUint32(v, id)
	msg := q.message(nfqMsgVerdict, unix.NLM_F_REQUEST, nlattr(nfqaVerdictHdr, v))
	q.mu.Lock()
	defer q.mu.Unlock()
	_ = unix.Sendto(q.fd, msg, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK})
}

// Close accepts every held packet and unbinds the queue (closing the
// socket unbinds it; packets the kernel still queues then bypass).
func (q *nfQueue) Close() error {
	q.once.Do(func() {
		close(q.stop)
		q.wg.Wait()
		unix.Close(q.fd)
	})
	return nil
}
