// Package netns runs code inside a Linux network namespace: the firewall's tests, the packet
// benchmarks, the rogue-peer test and the cradle's netns backend all need sockets, links and
// ifindex lookups that belong to a namespace other than the process's.
package netns

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"golang.org/x/sys/unix"
)

// Path is the file `ip netns add NAME` creates for a named namespace.
func Path(name string) string { return filepath.Join("/run/netns", name) }

// Do runs fn on an OS thread that has joined the network namespace at path (Path(name) for a
// named one). Sockets created in fn belong to that namespace for their whole life, wherever
// they are used afterwards. If the thread cannot return to its own namespace it stays locked,
// so the runtime discards it when fn's goroutine ends instead of reusing it in the wrong one.
func Do(path string, fn func() error) error {
	errc := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		orig, err := os.Open("/proc/thread-self/ns/net")
		if err != nil {
			runtime.UnlockOSThread()
			errc <- err
			return
		}
		defer orig.Close()
		target, err := os.Open(path)
		if err != nil {
			runtime.UnlockOSThread()
			errc <- err
			return
		}
		defer target.Close()
		if err := unix.Setns(int(target.Fd()), unix.CLONE_NEWNET); err != nil {
			runtime.UnlockOSThread()
			errc <- fmt.Errorf("setns %s: %w", path, err)
			return
		}
		ferr := fn()
		if err := unix.Setns(int(orig.Fd()), unix.CLONE_NEWNET); err != nil {
			errc <- errors.Join(ferr, fmt.Errorf("restore netns: %w", err))
			return
		}
		runtime.UnlockOSThread()
		errc <- ferr
	}()
	return <-errc
}
