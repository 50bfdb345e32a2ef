package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"
)

func printJSON(cmd *cobra.Command, v any) error {
	enc := json.NewEncoder(cmd.OutOrStdout())
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func humanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

func shortID(id string) string {
	if len(id) <= 16 {
		return id
	}
	return id[:8] + "…" + id[len(id)-6:]
}

// printable renders gossip data as text when it is text, else as hex.
func printable(b []byte) string {
	if utf8.Valid(b) {
		ok := true
		for _, r := range string(b) {
			if r < 0x20 && r != '\n' && r != '\t' {
				ok = false
				break
			}
		}
		if ok {
			return string(b)
		}
	}
	return fmt.Sprintf("<%d bytes> %x", len(b), b)
}

func roundDur(d time.Duration) time.Duration {
	switch {
	case d > time.Hour:
		return d.Round(time.Minute)
	case d > time.Minute:
		return d.Round(time.Second)
	default:
		return d.Round(time.Millisecond)
	}
}

// show GETs path from the daemon into a T and prints it: as JSON with --json, else with text.
// Most read-only commands are exactly this.
func show[T any](g *globals, cmd *cobra.Command, path string, text func(w io.Writer, v T) error) error {
	return call(g, cmd, http.MethodGet, path, nil, text)
}

// call sends in (JSON, nil for none) to the daemon and prints the answer, a T: as JSON with
// --json, else with text.
func call[T any](g *globals, cmd *cobra.Command, method, path string, in any, text func(w io.Writer, v T) error) error {
	c, err := g.client()
	if err != nil {
		return err
	}
	var v T
	if err := c.Do(cmd.Context(), method, path, in, &v); err != nil {
		return err
	}
	if g.json {
		return printJSON(cmd, v)
	}
	return text(cmd.OutOrStdout(), v)
}

// table writes a header and rows through a tabwriter.
func table(w io.Writer, header string, rows func(tw io.Writer)) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if header != "" {
		fmt.Fprintln(tw, header)
	}
	rows(tw)
	return tw.Flush()
}
