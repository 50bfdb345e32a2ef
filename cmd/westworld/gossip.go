package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/x0tta6bl4/westworld/node/api"
)

func gossipCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "gossip",
		Short: "Publish on and watch gossip topics",
	}
	cmd.AddCommand(gossipPublishCmd(g), gossipTailCmd(g))
	return cmd
}

func gossipPublishCmd(g *globals) *cobra.Command {
	var minPeers int
	var wait time.Duration
	cmd := &cobra.Command{
		Use:   "publish TOPIC MESSAGE",
		Short: "Publish a message on a topic (MESSAGE - reads standard input)",
		Long: `publish sends MESSAGE on TOPIC (a westworld/<name>/<version> topic). The
message passes the topic's validator on this node first, like any other.
--min-peers waits (up to --wait) until that many peers are on the topic.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			data := []byte(args[1])
			if args[1] == "-" {
				data, err = io.ReadAll(io.LimitReader(os.Stdin, 16<<20))
				if err != nil {
					return fmt.Errorf("read message: %w", err)
				}
			}
			err = c.Publish(cmd.Context(), api.PublishRequest{Topic: args[0], Data: data, MinPeers: minPeers, Wait: api.Duration(wait)})
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, map[string]any{"topic": args[0], "bytes": len(data)})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "published %d bytes on %s\n", len(data), args[0])
			return nil
		},
	}
	cmd.Flags().IntVar(&minPeers, "min-peers", 0, "wait until this many peers are on the topic before publishing")
	cmd.Flags().DurationVar(&wait, "wait", 30*time.Second, "how long --min-peers may wait")
	return cmd
}

func gossipTailCmd(g *globals) *cobra.Command {
	var count int
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "tail TOPIC",
		Short: "Print messages accepted on a topic as they arrive",
		Long: `tail subscribes to TOPIC and prints every message this node accepts on it,
until interrupted, --count messages have arrived, or --timeout passes.
With --json, each message is one JSON line.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			if timeout > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, timeout)
				defer cancel()
			}
			errDone := errors.New("done")
			seen := 0
			out := cmd.OutOrStdout()
			err = c.Tail(ctx, args[0], func(m api.GossipMessage) error {
				if g.json {
					b, _ := json.Marshal(m)
					fmt.Fprintln(out, string(b))
				} else {
					fmt.Fprintf(out, "%s %s %s\n", m.ReceivedAt.Format("15:04:05.000"), shortID(m.From), printable(m.Data))
				}
				seen++
				if count > 0 && seen >= count {
					return errDone
				}
				return nil
			})
			switch {
			case errors.Is(err, errDone):
				return nil
			case errors.Is(err, context.DeadlineExceeded) && timeout > 0:
				if count > 0 {
					return fmt.Errorf("tail %s: %d of %d messages before the %s timeout", args[0], seen, count, timeout)
				}
				return nil
			case errors.Is(err, context.Canceled):
				return nil
			}
			return err
		},
	}
	cmd.Flags().IntVar(&count, "count", 0, "exit after this many messages")
	cmd.Flags().DurationVar(&timeout, "timeout", 0, "exit after this long (an error if --count was not reached)")
	return cmd
}
