package bpf

import (
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
	"github.com/cilium/ebpf/rlimit"
	"golang.org/x/sys/unix"
)

// Mode is where the firewall program attaches on an interface.
type Mode string

const (
	// ModeAuto picks native XDP on physical NICs whose driver implements
	// it and tcx ingress everywhere else.
	ModeAuto Mode = "auto"
	// ModeXDP attaches in native (driver) XDP mode and fails where the
	// driver has none.
	ModeXDP Mode = "xdp"
	// ModeTCX attaches at tcx ingress (kernel 6.6+).
	ModeTCX Mode = "tcx"
	// ModeXDPGeneric is never configured; auto reports it for an
	// interface when the kernel has no tcx and the program runs as
	// generic (skb) XDP instead.
	ModeXDPGeneric Mode = "xdp-generic"
)

// Config configures the firewall.
type Config struct {
	// Interfaces to attach to, by name, in the calling thread's network
	// namespace. Empty loads the programs and maps and attaches nothing.
	Interfaces []string
	// Mode is the attach point; empty means ModeAuto.
	Mode   Mode
	Logger *slog.Logger
}

// Attachment records what the firewall attached to one interface and why.
type Attachment struct {
	Interface string
	Index     int
	Mode      Mode
	Reason    string
}

// Firewall is the loaded eBPF firewall: programs attached to interfaces
// through bpf_links and the maps that hold blocks, limits and counters.
//
// Nothing is pinned: when the process exits, however it exits, the kernel
// releases the links and the programs detach, so a restarted node attaches
// afresh. The maps start empty; the caller replays its blocks and limits.
// All methods are safe for concurrent use.
type Firewall struct {
	log *slog.Logger

	mu     sync.Mutex
	objs   firewallObjects
	links  []link.Link
	atts   []Attachment
	closed bool
}

// New loads the firewall objects and attaches them to cfg.Interfaces. When
// eBPF cannot be used on this host the error wraps ErrUnsupported; a
// missing interface wraps ErrNoInterface. On error nothing stays attached.
func New(cfg Config) (*Firewall, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Mode == "" {
		cfg.Mode = ModeAuto
	}
	switch cfg.Mode {
	case ModeAuto, ModeXDP, ModeTCX:
	default:
		return nil, fmt.Errorf("%w: mode %q (want auto, xdp or tcx)", ErrInvalid, cfg.Mode)
	}

	if err := rlimit.RemoveMemlock(); err != nil {
		return nil, fmt.Errorf("%w: remove memlock limit: %w", ErrUnsupported, err)
	}
	f := &Firewall{log: cfg.Logger.With("component", "bpf")}
	if err := loadFirewallObjects(&f.objs, nil); err != nil {
		var verr *ebpf.VerifierError
		if errors.As(err, &verr) {
			f.log.Debug("verifier rejected firewall program", "log", fmt.Sprintf("%+v", verr))
		}
		return nil, fmt.Errorf("%w: load firewall objects: %w", ErrUnsupported, err)
	}

	for _, name := range cfg.Interfaces {
		l, att, err := f.attach(name, cfg.Mode)
		if err != nil {
			f.Close()
			return nil, err
		}
		f.links = append(f.links, l)
		f.atts = append(f.atts, att)
		f.log.Info("firewall attached", "interface", att.Interface, "ifindex", att.Index, "mode", att.Mode, "reason", att.Reason)
	}
	return f, nil
}

func (f *Firewall) attach(name string, mode Mode) (link.Link, Attachment, error) {
	ifc, err := lookupInterface(name)
	if err != nil {
		return nil, Attachment{}, err
	}
	att := Attachment{Interface: name, Index: ifc.Index}

	switch mode {
	case ModeTCX:
		att.Mode, att.Reason = ModeTCX, "configured mode tcx"
		l, err := f.attachTCX(ifc.Index)
		if err != nil {
			return nil, att, attachErr(name, ModeTCX, err)
		}
		return l, att, nil
	case ModeXDP:
		att.Mode, att.Reason = ModeXDP, "configured mode xdp (native)"
		l, err := f.attachXDP(ifc.Index, link.XDPDriverMode)
		if err != nil {
			return nil, att, attachErr(name, ModeXDP, err)
		}
		return l, att, nil
	}

	info := probeInterface(ifc)
	choice, reason := chooseMode(info)
	if choice == ModeXDP {
		l, err := f.attachXDP(ifc.Index, link.XDPDriverMode)
		if err == nil {
			att.Mode, att.Reason = ModeXDP, reason
			return l, att, nil
		}
		if permissionErr(err) {
			return nil, att, attachErr(name, ModeXDP, err)
		}
		reason = fmt.Sprintf("%s, but native XDP attach failed (%v): tcx ingress", reason, err)
	}
	l, err := f.attachTCX(ifc.Index)
	if err == nil {
		att.Mode, att.Reason = ModeTCX, reason
		return l, att, nil
	}
	if !errors.Is(err, ebpf.ErrNotSupported) {
		return nil, att, attachErr(name, ModeTCX, err)
	}
	// Kernels before 6.6 have no tcx; generic XDP runs on every driver.
	tcxErr := err
	l, err = f.attachXDP(ifc.Index, link.XDPGenericMode)
	if err != nil {
		return nil, att, attachErr(name, ModeXDPGeneric, err)
	}
	att.Mode = ModeXDPGeneric
	att.Reason = fmt.Sprintf("%s; kernel has no tcx (%v): generic XDP", reason, tcxErr)
	return l, att, nil
}

// attachTCX puts the program at the head of the interface's tcx ingress
// chain, so that blocked traffic is dropped before any other program (a
// CNI's, say) spends time on it.
func (f *Firewall) attachTCX(ifindex int) (link.Link, error) {
	return link.AttachTCX(link.TCXOptions{
		Interface: ifindex,
		Program:   f.objs.TcxFirewall,
		Attach:    ebpf.AttachTCXIngress,
		Anchor:    link.Head(),
	})
}

func (f *Firewall) attachXDP(ifindex int, flags link.XDPAttachFlags) (link.Link, error) {
	return link.AttachXDP(link.XDPOptions{
		Interface: ifindex,
		Program:   f.objs.XdpFirewall,
		Flags:     flags,
	})
}

func permissionErr(err error) bool {
	return errors.Is(err, unix.EPERM) || errors.Is(err, unix.EACCES)
}

// attachErr classifies an attach failure: missing privileges or a kernel
// without the attach type mean eBPF is unusable here (ErrUnsupported); an
// interface that already has an XDP program is named as such.
func attachErr(name string, mode Mode, err error) error {
	switch {
	case permissionErr(err), errors.Is(err, ebpf.ErrNotSupported):
		return fmt.Errorf("%w: attach %s to %s: %w", ErrUnsupported, mode, name, err)
	case errors.Is(err, unix.EBUSY) || errors.Is(err, unix.EEXIST):
		return fmt.Errorf("attach %s to %s: interface already has an XDP program from another loader: %w", mode, name, err)
	default:
		return fmt.Errorf("attach %s to %s: %w", mode, name, err)
	}
}

// Attachments returns, per interface, where the program is attached and why.
func (f *Firewall) Attachments() []Attachment {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.atts)
}

// Close detaches the programs and frees the maps. It is safe to call twice.
func (f *Firewall) Close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return nil
	}
	f.closed = true
	var errs []error
	for i, l := range f.links {
		if err := l.Close(); err != nil {
			errs = append(errs, fmt.Errorf("detach %s: %w", f.atts[i].Interface, err))
		}
	}
	f.links = nil
	if err := f.objs.Close(); err != nil {
		errs = append(errs, fmt.Errorf("close firewall objects: %w", err))
	}
	return errors.Join(errs...)
}
