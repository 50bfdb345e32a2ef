package cradle

import (
	"fmt"
	"html"
	"io"
	"math"
	"strconv"
	"strings"
)

// chaosColors marks each kind of chaos the same way in every panel.
var chaosColors = map[ChaosKind]string{
	ChaosNodeKill:      "#d62728",
	ChaosLinkPartition: "#9467bd",
	ChaosLatency:       "#ff7f0e",
	ChaosPacketLoss:    "#8c564b",
}

type chartRow struct {
	metric string
	// dashed is a second metric drawn dashed on the same scale.
	dashed string
	title  string
	color  string
	min    float64 // fixed lower bound
	max    float64 // fixed upper bound; NaN: from the data
}

// WriteSVG draws the report's chart: latency p99, route stability and
// node count over time, baseline beside candidate on shared scales, with
// the chaos events shaded where they happened.
func (r *Report) WriteSVG(w io.Writer) error {
	rows := []chartRow{
		{MetricLatencyP99, MetricLatencyP50, "latency p99, p50 dashed (ms)", "#1f77b4", 0, math.NaN()},
		{MetricRouteStability, "", "route stability", "#2ca02c", 0, 1},
		{MetricNodeCount, "", "node count", "#17becf", 0, math.NaN()},
	}
	const (
		width   = 1200
		left    = 70
		right   = 20
		top     = 70
		rowH    = 170
		gapY    = 45
		gapX    = 60
		bottomM = 40
	)
	height := top + len(rows)*(rowH+gapY) + bottomM
	colW := (width - left - right - gapX) / 2
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	verdictColor := "#2ca02c"
	if !r.Pass {
		verdictColor = "#d62728"
	}
	fmt.Fprintf(&b, `<text x="%d" y="24" font-size="16" font-weight="bold">%s</text>`+"\n", left, esc("cradle experiment "+r.Experiment))
	fmt.Fprintf(&b, `<text x="%d" y="24" font-size="16" font-weight="bold" fill="%s" text-anchor="end">%s</text>`+"\n", width-right, verdictColor, esc(strings.ToUpper(r.Verdict)))
	fmt.Fprintf(&b, `<text x="%d" y="44" fill="#555">%s</text>`+"\n", left, esc(fmt.Sprintf("spec sha256 %s…  backend %s  time scale %g  %d nodes",
		shortHash(r.Spec.SHA256), r.Environment.Backend, r.Environment.TimeScale, r.nodes())))
	// Legend of chaos kinds present.
	lx := left
	seen := map[ChaosKind]bool{}
	for _, e := range r.Schedule {
		if seen[e.Kind] {
			continue
		}
		seen[e.Kind] = true
		fmt.Fprintf(&b, `<rect x="%d" y="8" width="12" height="10" fill="%s" fill-opacity="0.25" stroke="%s"/>`, lx+560, chaosColors[e.Kind], chaosColors[e.Kind])
		fmt.Fprintf(&b, `<text x="%d" y="17">%s</text>`+"\n", lx+576, esc(string(e.Kind)))
		lx += 115
	}
	phases := []*PhaseReport{r.Phase(PhaseBaseline), r.Phase(PhaseCandidate)}
	length := 0.0
	for _, ph := range phases {
		if ph != nil {
			length = math.Max(length, float64(ph.Length))
		}
	}
	if length <= 0 {
		length = 1
	}
	for ri, row := range rows {
		lo, hi := row.min, row.max
		if math.IsNaN(hi) {
			hi = 0
			for _, ph := range phases {
				if ph == nil {
					continue
				}
				for _, win := range ph.Series {
					if v := win.Value(row.metric); !math.IsNaN(v) {
						hi = math.Max(hi, v)
					}
				}
			}
			hi = niceCeil(hi)
		}
		y0 := top + ri*(rowH+gapY)
		for ci, ph := range phases {
			x0 := left + ci*(colW+gapX)
			name := []string{PhaseBaseline, PhaseCandidate}[ci]
			fmt.Fprintf(&b, `<text x="%d" y="%d" font-weight="bold">%s</text>`+"\n", x0, y0-8, esc(name+": "+row.title))
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#999"/>`+"\n", x0, y0, colW, rowH)
			xOf := func(s float64) float64 { return float64(x0) + s/length*float64(colW) }
			yOf := func(v float64) float64 { return float64(y0+rowH) - (v-lo)/(hi-lo)*float64(rowH) }
			// Gridlines and y ticks.
			for k := 0; k <= 4; k++ {
				v := lo + (hi-lo)*float64(k)/4
				y := yOf(v)
				fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#eee"/>`, x0, y, x0+colW, y)
				fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end" fill="#555">%s</text>`+"\n", x0-4, y+4, tick(v))
			}
			for k := 0; k <= 5; k++ {
				s := length * float64(k) / 5
				fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle" fill="#555">%ss</text>`, xOf(s), y0+rowH+14, tick(s))
			}
			b.WriteString("\n")
			if ph == nil {
				continue
			}
			for _, e := range ph.Events {
				c := chaosColors[e.Kind]
				x1, x2 := xOf(float64(e.Start)), xOf(math.Min(float64(e.End), length))
				fmt.Fprintf(&b, `<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s" fill-opacity="0.18" stroke="%s" stroke-opacity="0.5"><title>%s</title></rect>`+"\n",
					x1, y0, math.Max(x2-x1, 1), rowH, c, c, esc(fmt.Sprintf("%s %v %.1fs-%.1fs %s", e.Kind, e.Nodes, e.Start, e.End, e.Error)))
			}
			// The series as a line through window midpoints, broken where a
			// window has no value.
			for _, m := range []string{row.metric, row.dashed} {
				if m == "" {
					continue
				}
				style := `stroke-width="2"`
				if m == row.dashed {
					style = `stroke-width="1.5" stroke-dasharray="5,3"`
				}
				var pts []string
				flush := func() {
					if len(pts) > 1 {
						fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="%s" %s/>`+"\n", strings.Join(pts, " "), row.color, style)
					} else if len(pts) == 1 {
						xy := strings.Split(pts[0], ",")
						fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="2.5" fill="%s"/>`+"\n", xy[0], xy[1], row.color)
					}
					pts = pts[:0]
				}
				for _, win := range ph.Series {
					v := win.Value(m)
					if math.IsNaN(v) {
						flush()
						continue
					}
					v = math.Min(math.Max(v, lo), hi)
					mid := (float64(win.Start) + float64(win.End)) / 2
					pts = append(pts, fmt.Sprintf("%.1f,%.1f", xOf(mid), yOf(v)))
				}
				flush()
			}
		}
	}
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func (r *Report) nodes() int {
	if r.Spec.Parsed != nil {
		return r.Spec.Parsed.Nodes
	}
	return 0
}

func esc(s string) string { return html.EscapeString(s) }

func shortHash(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

// niceCeil rounds up to 1, 2 or 5 times a power of ten (at least 1).
func niceCeil(v float64) float64 {
	if v <= 1 || math.IsNaN(v) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}

func tick(v float64) string {
	if v == math.Trunc(v) {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'g', 3, 64)
}
