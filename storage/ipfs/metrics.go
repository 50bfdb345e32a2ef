package ipfs

import (
	"fmt"
	"sync"

	"github.com/ipfs/boxo/bitswap"
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the embedded IPFS's Prometheus series. Bitswap's counters are
// read from bitswap.Stat at scrape time (boxo keeps them anyway), so they
// cost nothing between scrapes; import and GC counters are kept here.
type metrics struct {
	addedBytes prometheus.Counter
	adds       prometheus.Counter
	gcRuns     prometheus.Counter
	gcBlocks   prometheus.Counter
	gcBytes    prometheus.Counter
	fetched    prometheus.Counter

	mu sync.Mutex
	bs *bitswap.Bitswap
}

var bitswapDescs = struct {
	blocksRecv, dataRecv, dupBlocks, dupData, msgs, blocksSent, dataSent, peers, wants *prometheus.Desc
}{
	blocksRecv: prometheus.NewDesc("westworld_ipfs_bitswap_blocks_received_total", "Blocks bitswap received.", nil, nil),
	dataRecv:   prometheus.NewDesc("westworld_ipfs_bitswap_received_bytes_total", "Block bytes bitswap received.", nil, nil),
	dupBlocks:  prometheus.NewDesc("westworld_ipfs_bitswap_duplicate_blocks_total", "Blocks received more than once.", nil, nil),
	dupData:    prometheus.NewDesc("westworld_ipfs_bitswap_duplicate_bytes_total", "Bytes of blocks received more than once.", nil, nil),
	msgs:       prometheus.NewDesc("westworld_ipfs_bitswap_messages_received_total", "Bitswap messages received.", nil, nil),
	blocksSent: prometheus.NewDesc("westworld_ipfs_bitswap_blocks_sent_total", "Blocks bitswap served to peers.", nil, nil),
	dataSent:   prometheus.NewDesc("westworld_ipfs_bitswap_sent_bytes_total", "Block bytes bitswap served to peers.", nil, nil),
	peers:      prometheus.NewDesc("westworld_ipfs_bitswap_peers", "Peers bitswap keeps a ledger for.", nil, nil),
	wants:      prometheus.NewDesc("westworld_ipfs_bitswap_wantlist_length", "Blocks this node is waiting for.", nil, nil),
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		addedBytes: prometheus.NewCounter(prometheus.CounterOpts{Name: "westworld_ipfs_added_bytes_total", Help: "File bytes imported by Add."}),
		adds:       prometheus.NewCounter(prometheus.CounterOpts{Name: "westworld_ipfs_adds_total", Help: "Completed Add calls."}),
		gcRuns:     prometheus.NewCounter(prometheus.CounterOpts{Name: "westworld_ipfs_gc_runs_total", Help: "Completed garbage collections."}),
		gcBlocks:   prometheus.NewCounter(prometheus.CounterOpts{Name: "westworld_ipfs_gc_freed_blocks_total", Help: "Blocks deleted by garbage collection."}),
		gcBytes:    prometheus.NewCounter(prometheus.CounterOpts{Name: "westworld_ipfs_gc_freed_bytes_total", Help: "Block bytes deleted by garbage collection."}),
		fetched:    prometheus.NewCounter(prometheus.CounterOpts{Name: "westworld_ipfs_fetched_bytes_total", Help: "Block bytes that Fetch and Get brought in from peers."}),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.addedBytes, m.adds, m.gcRuns, m.gcBlocks, m.gcBytes, m.fetched, m} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("ipfs metrics: %w", err)
		}
	}
	return m, nil
}

// bind points the bitswap series at bs; nil between Close and the next Start.
func (m *metrics) bind(bs *bitswap.Bitswap) {
	m.mu.Lock()
	m.bs = bs
	m.mu.Unlock()
}

// Describe implements prometheus.Collector.
func (m *metrics) Describe(ch chan<- *prometheus.Desc) {
	d := bitswapDescs
	for _, x := range []*prometheus.Desc{d.blocksRecv, d.dataRecv, d.dupBlocks, d.dupData, d.msgs, d.blocksSent, d.dataSent, d.peers, d.wants} {
		ch <- x
	}
}

// Collect implements prometheus.Collector.
func (m *metrics) Collect(ch chan<- prometheus.Metric) {
	m.mu.Lock()
	bs := m.bs
	m.mu.Unlock()
	if bs == nil {
		return
	}
	s, err := bs.Stat()
	if err != nil {
		return
	}
	d := bitswapDescs
	counter := func(desc *prometheus.Desc, v uint64) {
		ch <- prometheus.MustNewConstMetric(desc, prometheus.CounterValue, float64(v))
	}
	counter(d.blocksRecv, s.BlocksReceived)
	counter(d.dataRecv, s.DataReceived)
	counter(d.dupBlocks, s.DupBlksReceived)
	counter(d.dupData, s.DupDataReceived)
	counter(d.msgs, s.MessagesReceived)
	counter(d.blocksSent, s.BlocksSent)
	counter(d.dataSent, s.DataSent)
	ch <- prometheus.MustNewConstMetric(d.peers, prometheus.GaugeValue, float64(len(s.Peers)))
	ch <- prometheus.MustNewConstMetric(d.wants, prometheus.GaugeValue, float64(len(s.Wantlist)))
}
