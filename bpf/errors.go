package bpf

import "errors"

// ErrUnsupported means eBPF cannot be used on this host (not root, no
// CAP_BPF/CAP_NET_ADMIN, a kernel without the needed program or map types,
// memlock). It wraps the cause; the caller falls back to userspace
// enforcement.
var ErrUnsupported = errors.New("ebpf firewall unsupported on this host")

// ErrNoInterface means a configured interface does not exist.
var ErrNoInterface = errors.New("no such interface")

// ErrNotFound is returned by Lift when the prefix has neither a block nor a
// limit.
var ErrNotFound = errors.New("no firewall entry for prefix")

// ErrExpired is returned when an expiry is already in the past.
var ErrExpired = errors.New("expiry is in the past")

// ErrInvalid is returned for arguments the firewall cannot represent (an
// invalid prefix, a rate of zero, an unknown mode).
var ErrInvalid = errors.New("invalid argument")

// ErrClosed is returned by methods called after Close.
var ErrClosed = errors.New("firewall is closed")
