package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/refuge"
	"github.com/x0tta6bl4/westworld/p2p"
)

func refugeCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "refuge",
		Short: "Publish documents whose key only a threshold of guardians can release",
		Long: `refuge publishes a document through this node: metadata known to identify
people is stripped (JPEG, PNG; other formats are reported as NOT cleaned), the
document is encrypted, stored in the embedded IPFS and replicated to peers, and
its key is split among the configured guardians. Guardians release their shares
when the publisher stops checking in (dead-man switch), asks for release, or an
executed emergency proposal names the document; any threshold of shares
decrypts it. See "Threat model" in the README for what this does not protect.`,
	}
	guardian := &cobra.Command{Use: "guardian", Short: "This node's guardian identity"}
	guardian.AddCommand(refugeGuardianInitCmd(g))
	cmd.AddCommand(refugePublishCmd(g), refugeListCmd(g), refugeStatusCmd(g), refugeFetchCmd(g),
		refugeCheckinCmd(g), refugeReleaseCmd(g), guardian)
	return cmd
}

func refugePublishCmd(g *globals) *cobra.Command {
	var threshold, replicas int
	var deadMan time.Duration
	cmd := &cobra.Command{
		Use:   "publish FILE",
		Short: "Strip, encrypt, store, replicate and split the key of FILE",
		Long: `publish streams FILE to the daemon (bytes, not a path: the daemon may run as
another user), which strips metadata, encrypts it under a fresh key, stores and
pins the ciphertext, asks --replicas peers to keep a copy and waits for their
signed acknowledgements, splits the key --threshold of the configured
guardians, and announces the manifest. It prints the manifest ID that status,
fetch, checkin and release take.

Without a check-in for --dead-man the guardians release the key (0s: never).
Defaults come from the refuge section of config.yaml.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			q := url.Values{}
			if cmd.Flags().Changed("threshold") {
				if threshold < 1 {
					return fmt.Errorf("--threshold %d: must be at least 1", threshold)
				}
				q.Set("threshold", strconv.Itoa(threshold))
			}
			if cmd.Flags().Changed("dead-man") {
				if deadMan < 0 || (deadMan > 0 && deadMan < time.Minute) {
					return fmt.Errorf("--dead-man %s: must be 0s (off) or at least 1m", deadMan)
				}
				q.Set("dead_man", deadMan.String())
			}
			if cmd.Flags().Changed("replicas") {
				if replicas < 0 {
					return fmt.Errorf("--replicas %d: must be zero or more", replicas)
				}
				q.Set("replicas", strconv.Itoa(replicas))
			}
			c, err := g.client()
			if err != nil {
				return err
			}
			f, size, err := openInput(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			bar := g.bar(cmd, size, "encrypting and storing")
			path := "/v1/refuge/publish"
			if len(q) > 0 {
				path += "?" + q.Encode()
			}
			resp, err := c.SendRaw(cmd.Context(), http.MethodPost, path, progressReader(f, bar), size)
			finishBar(bar)
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			res, err := readPublishEvents(g, resp.Body)
			if err != nil {
				return err
			}
			if res.PlaintextSize > size {
				return fmt.Errorf("the daemon reports %d bytes published of the %d in %s", res.PlaintextSize, size, args[0])
			}
			if g.json {
				return printJSON(cmd, res)
			}
			for _, w := range res.Warnings {
				fmt.Fprintln(cmd.ErrOrStderr(), "warning: "+w)
			}
			out := cmd.OutOrStdout()
			fmt.Fprintln(out, res.ID)
			md := "metadata: " + res.Metadata.Format
			if res.Metadata.Cleaned {
				md += fmt.Sprintf(", cleaned (%d items removed)", len(res.Metadata.Removed))
			} else {
				md += ", NOT cleaned"
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "published %s: %s, key split %d of %d guardians, %d of %d replicas, dead-man %s; %s\n",
				args[0], humanBytes(res.PlaintextSize), res.Threshold, res.Guardians, len(res.Replicas), res.ReplicasWanted, res.DeadMan, md)
			return nil
		},
	}
	// Zero defaults so that cobra prints none: the real defaults are the
	// daemon's config (refuge.threshold, refuge.dead_man, refuge.replicas).
	cmd.Flags().IntVar(&threshold, "threshold", 0, "guardian shares needed to release (default: refuge.threshold in config.yaml)")
	cmd.Flags().DurationVar(&deadMan, "dead-man", 0, "release after this long without a check-in; 0s: never (default: refuge.dead_man)")
	cmd.Flags().IntVar(&replicas, "replicas", 0, "peers that must acknowledge a copy; 0: none (default: refuge.replicas)")
	return cmd
}

// readPublishEvents reads the publish response: progress lines while the
// daemon waits for replicas, then the result or an error.
func readPublishEvents(g *globals, body io.Reader) (*refuge.PublishResult, error) {
	sc := bufio.NewScanner(body)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	tty := !g.json && term.IsTerminal(int(os.Stderr.Fd()))
	for sc.Scan() {
		var ev node.PublishEvent
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			return nil, fmt.Errorf("decode publish response: %w", err)
		}
		switch {
		case ev.Error != "":
			if tty {
				fmt.Fprintln(os.Stderr)
			}
			return nil, errors.New(ev.Error)
		case ev.Result != nil:
			if tty {
				fmt.Fprint(os.Stderr, "\r\033[K")
			}
			return ev.Result, nil
		case ev.Progress != nil && tty:
			fmt.Fprintf(os.Stderr, "\r\033[Kwaiting for replicas: %d of %d acknowledged", ev.Progress.Acks, ev.Progress.Wanted)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read publish response: %w", err)
	}
	return nil, errors.New("the daemon ended the publish without a result (see its log)")
}

func refugeListCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the documents this node knows (published here, guarded, replicated or seen)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return show(g, cmd, "/v1/refuge", func(w io.Writer, list []refuge.Summary) error {
				return table(w, "ID\tROLE\tSIZE\tCREATED\tACKS\tSHARES\tSTATE", func(tw io.Writer) { refugeRows(tw, list) })
			})
		},
	}
}

func refugeRows(tw io.Writer, list []refuge.Summary) {
	for _, s := range list {
		state := "sealed"
		switch {
		case s.Decryptable:
			state = "decryptable"
		case s.Released:
			state = "released"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d/%d\t%d/%d\t%s\n", s.ID, s.Role, humanBytes(s.Size),
			s.Created.Local().Format("2006-01-02 15:04"), s.Acks, s.Guardians, s.SharesValid, s.Threshold, state)
	}
}

func refugeStatusCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "status ID",
		Short: "Show replicas, guardian acknowledgements, release state and shares of a document",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return show(g, cmd, "/v1/refuge/"+url.PathEscape(args[0]), func(w io.Writer, st refuge.Status) error {
				printRefugeStatus(w, &st)
				return nil
			})
		},
	}
}

func printRefugeStatus(w io.Writer, st *refuge.Status) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "manifest\t%s\n", st.ID)
	fmt.Fprintf(tw, "this node\t%s\n", st.Role)
	fmt.Fprintf(tw, "size\t%s (ciphertext %s, %s)\n", humanBytes(st.PlaintextSize), humanBytes(st.CiphertextSize), st.Ciphertext)
	fmt.Fprintf(tw, "created\t%s\n", st.Created.Local().Format(time.RFC3339))
	fmt.Fprintf(tw, "guardians\t%d of %d needed; %d acknowledged their share\n", st.Threshold, len(st.Guardians), st.Acks)
	if st.Role == "publisher" {
		var peers []string
		for _, r := range st.Replicas {
			peers = append(peers, shortID(r.Peer))
		}
		fmt.Fprintf(tw, "replicas\t%d of %d acknowledged %s\n", len(st.Replicas), st.ReplicasWanted, strings.Join(peers, ", "))
		if st.Metadata != nil {
			if st.Metadata.Cleaned {
				fmt.Fprintf(tw, "metadata\t%s, cleaned: %s\n", st.Metadata.Format, strings.Join(st.Metadata.Removed, "; "))
			} else {
				fmt.Fprintf(tw, "metadata\t%s, NOT cleaned\n", st.Metadata.Format)
			}
		}
	}
	if st.Deadline != nil {
		left := time.Until(*st.Deadline)
		when := "passed"
		if left > 0 {
			when = "in " + roundDur(left).String()
		}
		fmt.Fprintf(tw, "dead-man\t%s; last check-in %s; fires %s (%s)\n", st.DeadMan,
			st.LastCheckin.Local().Format(time.RFC3339), st.Deadline.Local().Format(time.RFC3339), when)
	} else {
		fmt.Fprintf(tw, "dead-man\toff\n")
	}
	if st.Release != nil {
		r := st.Release.Reason
		if st.Release.Proposal != "" {
			r += " " + st.Release.Proposal
		}
		fmt.Fprintf(tw, "release\treleased (%s), seen %s\n", r, st.Release.At.Local().Format(time.RFC3339))
	} else {
		fmt.Fprintf(tw, "release\tnot released\n")
	}
	fmt.Fprintf(tw, "shares\t%d valid of %d needed\n", st.SharesValid, st.SharesNeeded)
	for _, r := range st.RejectedShares {
		fmt.Fprintf(tw, "rejected\tguardian %d (%s): %s\n", r.Index, r.PeerID, r.Reason)
	}
	if st.Decryptable {
		fmt.Fprintf(tw, "decrypt\tyes: refuge fetch gives the plaintext\n")
	} else {
		fmt.Fprintf(tw, "decrypt\tno: refuge fetch gives the ciphertext\n")
	}
	tw.Flush()
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "\n#\tGUARDIAN\tACKNOWLEDGED\tSHARE")
	for _, gs := range st.Guardians {
		acked := "-"
		if gs.AckedAt != nil {
			acked = gs.AckedAt.Local().Format("2006-01-02 15:04:05")
		}
		share := "-"
		switch {
		case gs.Rejected != "":
			share = "REJECTED"
		case gs.Released:
			share = "released"
		}
		id := gs.PeerID
		if gs.Self {
			id += " (this node)"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", gs.Index, id, acked, share)
	}
	tw.Flush()
}

func refugeFetchCmd(g *globals) *cobra.Command {
	var out string
	var plaintext, ciphertext bool
	cmd := &cobra.Command{
		Use:   "fetch ID --out FILE",
		Short: "Write a document to FILE: the plaintext once it can be decrypted, else the ciphertext",
		Long: `fetch writes the plaintext when this node can reconstruct the key (enough valid
guardian shares were released), and otherwise the ciphertext, saying so.
--plaintext fails instead of falling back; --ciphertext always gives the
ciphertext. FILE appears only once every byte arrived.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return errors.New("--out FILE is required")
			}
			if plaintext && ciphertext {
				return errors.New("--plaintext and --ciphertext exclude each other")
			}
			want := ""
			switch {
			case plaintext:
				want = "?want=plaintext"
			case ciphertext:
				want = "?want=ciphertext"
			}
			c, err := g.client()
			if err != nil {
				return err
			}
			resp, err := c.SendRaw(cmd.Context(), http.MethodGet, "/v1/refuge/"+url.PathEscape(args[0])+"/content"+want, nil, 0)
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			var info node.ContentInfo
			if err := json.Unmarshal([]byte(resp.Header.Get(node.RefugeContentHeader)), &info); err != nil {
				return fmt.Errorf("the daemon did not say what it sends: %w", err)
			}
			n, err := download(g, cmd, resp, out, "fetching "+info.Kind)
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, map[string]any{"id": args[0], "out": out, "bytes": n, "kind": info.Kind,
					"why": info.Why, "rejected_shares": info.Rejected})
			}
			for _, r := range info.Rejected {
				fmt.Fprintf(cmd.ErrOrStderr(), "warning: guardian %d (%s) published a share that failed verification; it was not used\n", r.Index, r.PeerID)
			}
			if info.Kind == "plaintext" {
				fmt.Fprintf(cmd.OutOrStdout(), "wrote the PLAINTEXT of %s (%s) to %s\n", args[0], humanBytes(n), out)
				return nil
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote the CIPHERTEXT of %s (%s, encrypted, not readable) to %s: %s\n", args[0], humanBytes(n), out, info.Why)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "file to write")
	cmd.Flags().BoolVar(&plaintext, "plaintext", false, "fail unless the plaintext is available")
	cmd.Flags().BoolVar(&ciphertext, "ciphertext", false, "write the ciphertext even if the plaintext is available")
	return cmd
}

func refugeCheckinCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "checkin ID",
		Short: "Prove the publisher alive: postpone the dead-man release of a document published here",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return call(g, cmd, http.MethodPost, "/v1/refuge/"+url.PathEscape(args[0])+"/checkin", nil, func(w io.Writer, res node.CheckinResult) error {
				if res.Deadline == nil {
					_, err := fmt.Fprintf(w, "checked in %s (its dead-man switch is off)\n", res.ID)
					return err
				}
				_, err := fmt.Fprintf(w, "checked in %s; the dead-man switch now fires at %s\n", res.ID, res.Deadline.Local().Format(time.RFC3339))
				return err
			})
		},
	}
}

func refugeReleaseCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "release ID",
		Short: "Ask the guardians to release a document published here, now",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			if err := c.Do(cmd.Context(), http.MethodPost, "/v1/refuge/"+url.PathEscape(args[0])+"/release", nil, nil); err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, map[string]string{"id": args[0], "release": "requested"})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "release of %s requested: guardians now publish their shares\n", args[0])
			return nil
		},
	}
}

func refugeGuardianInitCmd(g *globals) *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Create this node's guardian identity (age X25519) and print its recipient",
		Long: `init writes a new age X25519 identity to refuge-guardian.key in the home (mode
0600) and prints its recipient. Give the recipient and this node's peer ID to
the nodes that publish (their refuge.guardians), set refuge.guardian: true in
this node's config.yaml and restart the daemon. --force replaces an existing
identity: shares encrypted to the old one can no longer be opened.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := node.LoadConfig(g.home)
			if err != nil {
				return err
			}
			key, err := p2p.LoadIdentity(filepath.Join(cfg.Home, node.IdentityFile))
			if err != nil {
				return err
			}
			path := filepath.Join(cfg.Home, refuge.GuardianKeyFile)
			id, err := refuge.GenerateIdentity(path, force, time.Now())
			if err != nil {
				return err
			}
			peerID := p2p.PeerIDOf(key).String()
			if g.json {
				return printJSON(cmd, map[string]string{"recipient": id.Recipient().String(), "peer_id": peerID, "identity": path})
			}
			fmt.Fprintln(cmd.OutOrStdout(), id.Recipient().String())
			fmt.Fprintf(cmd.ErrOrStderr(), `wrote %s
Add this node to the refuge.guardians of the nodes that publish:
    - peer_id: %s
      recipient: %s
and set refuge.guardian: true in %s, then restart the daemon.
`, path, peerID, id.Recipient(), filepath.Join(cfg.Home, node.ConfigFile))
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "replace an existing guardian identity")
	return cmd
}
