package cradle

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/x0tta6bl4/westworld/node/api"
)

// Backend names.
const (
	BackendLocal = "local"
	BackendNetns = "netns"
)

// ErrBadOptions is wrapped by errors in the run options.
var ErrBadOptions = errors.New("bad run options")

// MinRunLength is the shortest a scaled run may be: below it there is no
// room for windows before, during and after the chaos.
const MinRunLength = 5 * time.Second

// Options configures a sandbox run.
type Options struct {
	// Binary is the westworld binary the nodes run (required).
	Binary string
	// Backend is BackendLocal (default) or BackendNetns.
	Backend string
	// TimeScale multiplies every duration of the spec's schedule (the run
	// length, chaos start times and durations); 0.01 turns 2h into 72s.
	// Network properties (a latency's delay) are not scaled. Default 1.
	TimeScale float64
	// WorkDir is where the sandbox homes go (default: a new directory in
	// the system temp dir). It is removed after the run unless Keep.
	WorkDir string
	Keep    bool
	// Windows is how many windows each run's series has (default 20; fewer
	// when a window would be shorter than 500ms).
	Windows int
	// ProbeRounds is how many probes each node sends per window (default 2),
	// ProbeRate the most probes a second the whole run sends (default 50).
	ProbeRounds int
	ProbeRate   float64
	// ProbeDeadline is how long a probe may take before it counts as lost
	// (default 2s plus 8 times the largest latency chaos delay).
	ProbeDeadline time.Duration
	// ProbeSize pads probes to this many bytes (default 256).
	ProbeSize int
	// MeshTimeout bounds the wait for the mesh to form (default 90s).
	MeshTimeout time.Duration
	// Progress, when set, is called about four times a second.
	Progress func(Progress)
	Logger   *slog.Logger
}

// Progress is the state of a run, for a progress display.
type Progress struct {
	Phase     string        // "baseline" or "candidate"
	PhaseNum  int           // 1 or 2
	Step      string        // "starting", "mesh", "running", "draining", "stopping"
	Elapsed   time.Duration // into the running step
	Total     time.Duration // the scaled run length
	Nodes     int           // nodes running
	Sent      int           // probes sent
	Delivered int           // deliveries so far
	Chaos     []string      // active chaos
}

// Runner runs one experiment: the baseline and the candidate.
type Runner struct {
	spec   *Spec
	opt    Options
	log    *slog.Logger
	sched  []Event
	length time.Duration // scaled run length
	window time.Duration
	nwin   int
	probeE time.Duration // interval between probes
}

// NewRunner checks the options against the spec. Nothing starts until Run:
// an invalid combination (latency chaos on the local backend, a time
// scale that leaves no room) never starts a sandbox.
func NewRunner(spec *Spec, opt Options) (*Runner, error) {
	if spec == nil {
		return nil, fmt.Errorf("%w: no spec", ErrBadOptions)
	}
	if opt.Binary == "" {
		return nil, fmt.Errorf("%w: no westworld binary", ErrBadOptions)
	}
	if st, err := os.Stat(opt.Binary); err != nil || st.IsDir() || st.Mode()&0o111 == 0 {
		return nil, fmt.Errorf("%w: %s is not an executable", ErrBadOptions, opt.Binary)
	}
	if opt.Backend == "" {
		opt.Backend = BackendLocal
	}
	switch opt.Backend {
	case BackendLocal:
		for i, c := range spec.Chaos {
			if c.Kind.NeedsNetns() {
				return nil, fmt.Errorf("%w: spec.chaos[%d] %s %s", ErrBadOptions, i, c.Kind, ErrNeedsNetns)
			}
		}
	case BackendNetns:
		if os.Geteuid() != 0 {
			return nil, fmt.Errorf("%w: %w", ErrBadOptions, ErrNeedsRoot)
		}
	default:
		return nil, fmt.Errorf("%w: backend %q is not local or netns", ErrBadOptions, opt.Backend)
	}
	if opt.TimeScale == 0 {
		opt.TimeScale = 1
	}
	if !(opt.TimeScale > 0 && opt.TimeScale <= 1000) {
		return nil, fmt.Errorf("%w: time scale %v is outside (0, 1000]", ErrBadOptions, opt.TimeScale)
	}
	r := &Runner{spec: spec, opt: opt, log: opt.Logger}
	if r.log == nil {
		r.log = slog.Default()
	}
	r.length = r.scale(spec.Duration)
	if r.length < MinRunLength {
		return nil, fmt.Errorf("%w: time scale %v makes the %s run %s long; it needs at least %s",
			ErrBadOptions, opt.TimeScale, formatDuration(spec.Duration), r.length.Round(time.Millisecond), MinRunLength)
	}
	if r.opt.Windows <= 0 {
		r.opt.Windows = 20
	}
	r.nwin = min(r.opt.Windows, int(r.length/(500*time.Millisecond)))
	r.window = r.length / time.Duration(r.nwin)
	if r.opt.ProbeRounds <= 0 {
		r.opt.ProbeRounds = 2
	}
	if r.opt.ProbeRate <= 0 {
		r.opt.ProbeRate = 50
	}
	r.probeE = max(r.window/time.Duration(spec.Nodes*r.opt.ProbeRounds), time.Duration(float64(time.Second)/r.opt.ProbeRate))
	var maxDelay time.Duration
	for _, c := range spec.Chaos {
		maxDelay = max(maxDelay, c.Delay)
	}
	if r.opt.ProbeDeadline <= 0 {
		r.opt.ProbeDeadline = 2*time.Second + 8*maxDelay
	}
	if r.opt.ProbeSize <= 0 {
		r.opt.ProbeSize = 256
	}
	if r.opt.MeshTimeout <= 0 {
		r.opt.MeshTimeout = 90 * time.Second
	}
	for _, e := range spec.Schedule() {
		e.At, e.Duration = r.scale(e.At), r.scale(e.Duration)
		r.sched = append(r.sched, e)
	}
	return r, nil
}

func (r *Runner) scale(d time.Duration) time.Duration {
	return time.Duration(float64(d) * r.opt.TimeScale)
}

// Length is the scaled length of one run (baseline or candidate).
func (r *Runner) Length() time.Duration { return r.length }

// Run runs the experiment twice in fresh sandboxes, baseline parameters
// then candidate, and judges the candidate against the success criteria.
// Cancelling ctx stops at once: every node is killed and every home and
// namespace removed before Run returns ctx's error.
func (r *Runner) Run(ctx context.Context) (*Report, error) {
	work := r.opt.WorkDir
	if work == "" {
		d, err := os.MkdirTemp("", "wwc-")
		if err != nil {
			return nil, err
		}
		work = d
		if !r.opt.Keep {
			defer os.RemoveAll(d)
		}
	}
	rep := r.newReport()
	phases := []struct {
		name   string
		params Params
	}{{PhaseBaseline, nil}, {PhaseCandidate, r.spec.Params}}
	for i, ph := range phases {
		pr, err := r.runPhase(ctx, i+1, ph.name, ph.params, filepath.Join(work, ph.name))
		if err != nil {
			return nil, fmt.Errorf("%s run: %w", ph.name, err)
		}
		rep.Phases = append(rep.Phases, *pr)
	}
	rep.Finished = time.Now().UTC()
	rep.judge()
	return rep, nil
}

// phase is one sandbox run's live state.
type phase struct {
	r      *Runner
	name   string
	num    int
	sb     *Sandbox
	run    RunID
	warm   RunID
	t0     time.Time
	nodes  int
	stats  func() map[string]int64
	mu     sync.Mutex
	probes []*probeRec
	live   [][]interval
	since  []time.Time // tail up since (zero: down)
	warmOK map[uint64]map[int]bool
	samp   []sample
	events []EventRecord
	active map[int]string
	errs   []string
	deliv  int
}

type probeRec struct {
	seq    uint64
	origin int
	sent   time.Time
	failed bool
	recv   []time.Time
}

type interval struct{ from, to time.Time }

type sample struct {
	at        time.Time
	answering int
	withPeers int
	degrees   int
}

func (r *Runner) newBackend() (Backend, error) {
	if r.opt.Backend == BackendNetns {
		return NewNetnsBackend(r.log)
	}
	return NewLocalBackend(r.log), nil
}

func (r *Runner) runPhase(ctx context.Context, num int, name string, params Params, dir string) (pr *PhaseReport, err error) {
	b, err := r.newBackend()
	if err != nil {
		return nil, err
	}
	p := &phase{r: r, name: name, num: num, nodes: r.spec.Nodes, active: map[int]string{}, warmOK: map[uint64]map[int]bool{}}
	if s, ok := b.(interface{ Stats() map[string]int64 }); ok {
		p.stats = s.Stats
	}
	_, _ = rand.Read(p.run[:])
	_, _ = rand.Read(p.warm[:])
	p.live = make([][]interval, p.nodes)
	p.since = make([]time.Time, p.nodes)
	sb, err := NewSandbox(SandboxConfig{Dir: dir, Binary: r.opt.Binary, Nodes: r.spec.Nodes, Params: params, Keep: r.opt.Keep, Logger: r.log}, b)
	if err != nil {
		return nil, err
	}
	p.sb = sb
	defer func() {
		if cerr := sb.Close(); cerr != nil {
			r.log.Warn("sandbox cleanup", "phase", name, "err", cerr)
			if err == nil {
				err = fmt.Errorf("sandbox cleanup: %w", cerr)
			}
		}
	}()

	// Progress reporting runs for the whole phase.
	pctx, stopProgress := context.WithCancel(ctx)
	step := &stepState{name: "starting"}
	progressDone := make(chan struct{})
	go func() {
		defer close(progressDone)
		p.progressLoop(pctx, step)
	}()
	defer func() {
		stopProgress()
		<-progressDone
	}()

	startAt := time.Now()
	if err := sb.Start(ctx); err != nil {
		return nil, err
	}
	startTook := time.Since(startAt)

	// Tail every node for the whole phase.
	tctx, stopTails := context.WithCancel(ctx)
	var tails sync.WaitGroup
	for i := range p.nodes {
		tails.Add(1)
		go func() {
			defer tails.Done()
			p.tailLoop(tctx, i)
		}()
	}
	defer func() {
		stopTails()
		tails.Wait()
	}()

	step.set("mesh")
	meshAt := time.Now()
	if err := p.waitMesh(ctx); err != nil {
		return nil, err
	}
	meshTook := time.Since(meshAt)

	// The measured run.
	step.set("running")
	p.mu.Lock()
	p.t0 = time.Now()
	p.mu.Unlock()
	step.setStart(p.t0)
	end := p.t0.Add(r.length)
	rctx, stopRun := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(2 + len(r.sched))
	go func() { defer wg.Done(); p.probeLoop(rctx, end) }()
	go func() { defer wg.Done(); p.sampleLoop(rctx, end) }()
	for _, e := range r.sched {
		go func() { defer wg.Done(); p.inject(rctx, e) }()
	}
	select {
	case <-time.After(time.Until(end)):
	case <-ctx.Done():
	}
	// Let the last probes arrive, then stop.
	step.set("draining")
	select {
	case <-time.After(r.opt.ProbeDeadline):
	case <-ctx.Done():
	}
	stopRun()
	wg.Wait()
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	step.set("stopping")
	stopTails()
	tails.Wait()
	rep := p.report()
	rep.StartTime = Seconds(startTook.Seconds())
	rep.MeshTime = Seconds(meshTook.Seconds())
	return rep, nil
}

type stepState struct {
	mu    sync.Mutex
	name  string
	start time.Time
}

func (s *stepState) set(name string) {
	s.mu.Lock()
	s.name = name
	s.mu.Unlock()
}

func (s *stepState) setStart(t time.Time) {
	s.mu.Lock()
	s.start = t
	s.mu.Unlock()
}

func (s *stepState) get() (string, time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.name, s.start
}

func (p *phase) progressLoop(ctx context.Context, step *stepState) {
	if p.r.opt.Progress == nil {
		return
	}
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		name, start := step.get()
		pr := Progress{Phase: p.name, PhaseNum: p.num, Step: name, Total: p.r.length}
		if !start.IsZero() {
			pr.Elapsed = min(time.Since(start), p.r.length)
		}
		for _, n := range p.sb.Nodes() {
			if n != nil && n.Up() {
				pr.Nodes++
			}
		}
		p.mu.Lock()
		pr.Sent = len(p.probes)
		pr.Delivered = p.deliv
		for _, k := range sortedKeys(p.active) {
			pr.Chaos = append(pr.Chaos, p.active[k])
		}
		p.mu.Unlock()
		p.r.opt.Progress(pr)
	}
}

func sortedKeys(m map[int]string) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// tailLoop keeps a tail stream open to node i whenever it runs, recording
// when the node could receive (its subscription existed) and every probe.
func (p *phase) tailLoop(ctx context.Context, i int) {
	n := p.sb.Node(i)
	for ctx.Err() == nil {
		if n.Up() {
			err := n.tail(ctx, ProbeTopic, func() {
				p.mu.Lock()
				p.since[i] = time.Now()
				p.mu.Unlock()
			}, func(m api.GossipMessage) { p.deliver(i, m) })
			now := time.Now()
			p.mu.Lock()
			if !p.since[i].IsZero() {
				p.live[i] = append(p.live[i], interval{p.since[i], now})
				p.since[i] = time.Time{}
			}
			p.mu.Unlock()
			if err != nil && ctx.Err() == nil && n.Up() {
				p.r.log.Debug("tail ended", "node", i, "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func (p *phase) deliver(i int, m api.GossipMessage) {
	if m.Local {
		return
	}
	pr, err := DecodeProbe(m.Data)
	if err != nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	switch pr.Run {
	case p.warm:
		if set, ok := p.warmOK[pr.Seq]; ok {
			set[i] = true
		}
	case p.run:
		if pr.Seq == 0 || pr.Seq > uint64(len(p.probes)) {
			return
		}
		rec := p.probes[pr.Seq-1]
		if rec.origin != pr.Origin || i == rec.origin || !rec.recv[i].IsZero() {
			return
		}
		rec.recv[i] = m.ReceivedAt
		p.deliv++
	}
}

// waitMesh publishes warm-up probes from node 0 until one reaches every
// other node: the mesh has formed and every tail is subscribed.
func (p *phase) waitMesh(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, p.r.opt.MeshTimeout)
	defer cancel()
	var seq uint64
	for {
		seq++
		p.mu.Lock()
		p.warmOK[seq] = map[int]bool{}
		p.mu.Unlock()
		data, err := EncodeProbe(Probe{Run: p.warm, Seq: seq, Origin: 0, Sent: time.Now()}, p.r.opt.ProbeSize)
		if err != nil {
			return err
		}
		pctx, pcancel := context.WithTimeout(ctx, 2*time.Second)
		_ = p.sb.Node(0).Client().Publish(pctx, api.PublishRequest{Topic: ProbeTopic, Data: data})
		pcancel()
		select {
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return fmt.Errorf("the mesh did not form within %s: %s", p.r.opt.MeshTimeout, p.meshGap())
			}
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
		p.mu.Lock()
		done := false
		for _, set := range p.warmOK {
			if len(set) >= p.nodes-1 {
				done = true
			}
		}
		p.mu.Unlock()
		if done {
			return nil
		}
	}
}

func (p *phase) meshGap() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	best := map[int]bool{}
	for _, set := range p.warmOK {
		if len(set) > len(best) {
			best = set
		}
	}
	var missing []string
	for i := 1; i < p.nodes; i++ {
		if !best[i] {
			missing = append(missing, itoa(i))
		}
	}
	return fmt.Sprintf("node 0's probes never reached nodes %s", strings.Join(missing, ", "))
}

// probeLoop publishes probes round-robin from the running nodes.
func (p *phase) probeLoop(ctx context.Context, end time.Time) {
	t := time.NewTicker(p.r.probeE)
	defer t.Stop()
	next := 0
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			if !now.Before(end) {
				return
			}
		}
		origin := -1
		for k := range p.nodes {
			i := (next + k) % p.nodes
			if p.sb.Node(i).Up() {
				origin = i
				break
			}
		}
		next++
		if origin < 0 {
			continue
		}
		next = origin + 1
		p.mu.Lock()
		rec := &probeRec{seq: uint64(len(p.probes) + 1), origin: origin, sent: time.Now(), recv: make([]time.Time, p.nodes)}
		p.probes = append(p.probes, rec)
		p.mu.Unlock()
		data, err := EncodeProbe(Probe{Run: p.run, Seq: rec.seq, Origin: origin, Sent: rec.sent}, p.r.opt.ProbeSize)
		if err != nil {
			p.mu.Lock()
			rec.failed = true
			p.mu.Unlock()
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
			defer cancel()
			if err := p.sb.Node(origin).Client().Publish(pctx, api.PublishRequest{Topic: ProbeTopic, Data: data}); err != nil {
				p.mu.Lock()
				rec.failed = true
				p.mu.Unlock()
			}
		}()
	}
}

// sampleLoop asks every running node for its status twice a window.
func (p *phase) sampleLoop(ctx context.Context, end time.Time) {
	every := max(p.r.window/2, 250*time.Millisecond)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		p.sampleOnce(ctx)
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			if !now.Before(end) {
				return
			}
		}
	}
}

func (p *phase) sampleOnce(ctx context.Context) {
	at := time.Now()
	s := sample{at: at}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, n := range p.sb.Nodes() {
		if !n.Up() {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			sctx, cancel := context.WithTimeout(ctx, time.Second)
			defer cancel()
			st, err := n.Client().Status(sctx)
			if err != nil {
				return
			}
			mu.Lock()
			s.answering++
			s.degrees += st.PeerCount
			if st.PeerCount > 0 {
				s.withPeers++
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		return
	}
	p.mu.Lock()
	p.samp = append(p.samp, s)
	p.mu.Unlock()
}

// inject runs one chaos event: apply at its time, revert at its end.
func (p *phase) inject(ctx context.Context, e Event) {
	start := p.t0.Add(e.At)
	select {
	case <-ctx.Done():
		return
	case <-time.After(time.Until(start)):
	}
	rec := EventRecord{Index: e.Index, Kind: e.Kind, Nodes: e.Nodes, Delay: Dur(e.Delay), Rate: e.Rate,
		PlannedAt: Seconds(e.At.Seconds()), PlannedDuration: Seconds(e.Duration.Seconds())}
	rec.Start = Seconds(time.Since(p.t0).Seconds())
	desc := describeEvent(e)
	var before map[string]int64
	if p.stats != nil {
		before = p.stats()
	}
	p.mu.Lock()
	p.active[e.Index] = desc
	p.mu.Unlock()
	p.r.log.Info("chaos", "phase", p.name, "event", desc, "at", time.Since(p.t0).Round(time.Millisecond).String())
	var errs []error
	applied := true
	cctx := context.WithoutCancel(ctx) // a revert must run even while stopping
	switch e.Kind {
	case ChaosNodeKill:
		for _, i := range e.Nodes {
			if err := p.sb.Kill(i); err != nil && !errors.Is(err, ErrNodeDown) {
				errs = append(errs, err)
			}
		}
	case ChaosLinkPartition:
		if err := p.sb.Partition(cctx, e.Nodes, e.Duration); err != nil {
			errs = append(errs, err)
		}
	case ChaosLatency:
		if err := p.sb.Backend().SetLatency(cctx, e.Delay); err != nil {
			errs, applied = append(errs, err), false
		}
	case ChaosPacketLoss:
		if err := p.sb.Backend().SetLoss(cctx, e.Rate); err != nil {
			errs, applied = append(errs, err), false
		}
	}
	select {
	case <-ctx.Done():
	case <-time.After(time.Until(start.Add(e.Duration))):
	}
	switch e.Kind {
	case ChaosNodeKill:
		var wg sync.WaitGroup
		var mu sync.Mutex
		for _, i := range e.Nodes {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := p.sb.Restart(cctx, i); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
	case ChaosLinkPartition:
		if err := p.sb.Heal(cctx); err != nil {
			errs = append(errs, err)
		}
	case ChaosLatency:
		if applied {
			if err := p.sb.Backend().SetLatency(cctx, 0); err != nil {
				errs = append(errs, err)
			}
		}
	case ChaosPacketLoss:
		if applied {
			if err := p.sb.Backend().SetLoss(cctx, 0); err != nil {
				errs = append(errs, err)
			}
		}
	}
	rec.End = Seconds(time.Since(p.t0).Seconds())
	if p.stats != nil {
		after := p.stats()
		var parts []string
		for _, k := range []string{"delayed_packets", "dropped_packets"} {
			if d := after[k] - before[k]; d > 0 {
				parts = append(parts, fmt.Sprintf("%s=%d", k, d))
			}
		}
		rec.Detail = strings.Join(parts, " ")
	}
	if len(errs) > 0 {
		rec.Error = errors.Join(errs...).Error()
	}
	p.mu.Lock()
	delete(p.active, e.Index)
	p.events = append(p.events, rec)
	if rec.Error != "" && ctx.Err() == nil {
		p.errs = append(p.errs, fmt.Sprintf("%s: chaos %s: %s", p.name, desc, rec.Error))
	}
	p.mu.Unlock()
}

func describeEvent(e Event) string {
	switch e.Kind {
	case ChaosNodeKill:
		return fmt.Sprintf("node_kill %v", e.Nodes)
	case ChaosLinkPartition:
		return fmt.Sprintf("link_partition %v", e.Nodes)
	case ChaosLatency:
		return fmt.Sprintf("latency %s", e.Delay)
	case ChaosPacketLoss:
		return fmt.Sprintf("packet_loss %g", e.Rate)
	}
	return string(e.Kind)
}
