package node

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// ErrNotRunning is returned by the runtime setters of a node that has not
// started the component they change.
var ErrNotRunning = errors.New("component not running")

// restartSignal carries restart requests from the rollout engine to
// whoever runs the node (the daemon).
type restartSignal struct {
	once sync.Once
	ch   chan string
}

func (r *restartSignal) c() chan string {
	r.once.Do(func() { r.ch = make(chan string, 1) })
	return r.ch
}

// RestartRequested delivers a reason each time something asked the node to
// be restarted: the rollout engine wrote params into config.yaml that only
// take effect when the node starts (gossip mesh degrees, the connection
// manager's water marks, ...). Whoever runs the node closes it and starts
// a new one from the re-read config; nothing restarts it otherwise. Requests
// not yet taken are coalesced into one (the latest reason is kept).
func (n *Node) RestartRequested() <-chan string { return n.rollout.restart.c() }

// RequestRestart asks whoever runs the node to restart it (see
// RestartRequested). It never blocks.
func (n *Node) RequestRestart(reason string) {
	ch := n.rollout.restart.c()
	for {
		select {
		case ch <- reason:
			n.log.Info("restart requested", "reason", reason)
			return
		default:
		}
		select {
		case <-ch: // replaced by the newer request
		default:
		}
	}
}

// SetTelemetryInterval changes how often the running node measures and
// publishes its telemetry (telemetry.interval) without a restart. With
// telemetry disabled there is nothing to change: the value applies when a
// restart enables it (it is in config.yaml).
func (n *Node) SetTelemetryInterval(d time.Duration) error {
	if n.charter == nil {
		return fmt.Errorf("set telemetry interval: %w", ErrNotRunning)
	}
	if n.charter.telem == nil {
		return nil
	}
	if err := n.charter.telem.SetInterval(d); err != nil {
		return fmt.Errorf("set telemetry interval: %w", err)
	}
	n.log.Info("telemetry interval changed", "interval", d)
	return nil
}

// TelemetryInterval is the interval the running collector measures at (0
// with telemetry disabled).
func (n *Node) TelemetryInterval() time.Duration {
	if n.charter == nil || n.charter.telem == nil {
		return 0
	}
	return n.charter.telem.Interval()
}

// SetRateLimitPPS changes enforce.rate_limit_pps on the running node: the
// rate charter-violation rate limits get from now on, and the rate of
// those already in force.
func (n *Node) SetRateLimitPPS(pps int) error {
	if n.enforcer == nil {
		return fmt.Errorf("set rate limit: %w", ErrNotRunning)
	}
	if pps < 1 || pps > 1_000_000 {
		return fmt.Errorf("set rate limit: %d is outside 1..1000000", pps)
	}
	return n.enforcer.SetRateLimitPPS(uint32(pps))
}
