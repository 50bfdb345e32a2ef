package capability

import (
	"sync"
	"time"
)

// useWindow is one uses= counter: the times of the accepted requests of
// the last minute, at most limit of them, as a ring that grows only as
// requests arrive (a uses=100000/m macaroon used twice holds two entries).
type useWindow struct {
	limit int
	times []int64 // unix nanoseconds; oldest at head once full
	head  int
	last  int64
}

func (w *useWindow) room(now int64) bool {
	if len(w.times) < w.limit {
		return true
	}
	return now-w.times[w.head] >= int64(time.Minute)
}

func (w *useWindow) record(now int64) {
	w.last = now
	if len(w.times) < w.limit {
		w.times = append(w.times, now)
		return
	}
	w.times[w.head] = now
	w.head = (w.head + 1) % w.limit
}

// useLimiter enforces uses= caveats with an exact sliding one-minute
// window per counter. It is in memory: a restart resets every budget,
// which errs towards availability for a per-minute cap.
type useLimiter struct {
	mu        sync.Mutex
	windows   map[string]*useWindow
	lastSweep int64
}

func newUseLimiter() *useLimiter {
	return &useLimiter{windows: make(map[string]*useWindow)}
}

// useKey names one counter and its limit.
type useKey struct {
	key   string
	limit int
}

// allow admits one request against every counter in keys, or none: it
// returns the index of the first counter that is full, or -1 after
// recording the request in all of them.
func (l *useLimiter) allow(keys []useKey, now time.Time) int {
	t := now.UnixNano()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(t)
	ws := make([]*useWindow, len(keys))
	for i, k := range keys {
		w := l.windows[k.key]
		if w == nil {
			w = &useWindow{limit: k.limit}
			l.windows[k.key] = w
		}
		if !w.room(t) {
			return i
		}
		ws[i] = w
	}
	for _, w := range ws {
		w.record(t)
	}
	return -1
}

// sweep drops counters idle for a minute, at most once a minute, so the
// map holds only macaroons in use.
func (l *useLimiter) sweep(now int64) {
	if now-l.lastSweep < int64(time.Minute) {
		return
	}
	l.lastSweep = now
	for k, w := range l.windows {
		if now-w.last >= int64(time.Minute) {
			delete(l.windows, k)
		}
	}
}

// reset forgets every counter (after Rotate, no old macaroon can return).
func (l *useLimiter) reset() {
	l.mu.Lock()
	defer l.mu.Unlock()
	clear(l.windows)
}

func (l *useLimiter) len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.windows)
}
