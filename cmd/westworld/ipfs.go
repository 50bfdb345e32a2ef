package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/x0tta6bl4/westworld/node"
)

func ipfsCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ipfs",
		Short: "Operate the node's embedded IPFS: add, get, pins, garbage collection",
		Long: `ipfs talks to the daemon's embedded IPFS (standard bitswap, DHT and UnixFS:
any IPFS implementation can fetch what it adds, and it can fetch theirs).
Files travel as bytes over the API, so the daemon may run as another user.`,
	}
	pin := &cobra.Command{Use: "pin", Short: "List, add and remove pins"}
	pin.AddCommand(ipfsPinLsCmd(g), ipfsPinAddCmd(g), ipfsPinRmCmd(g))
	cmd.AddCommand(ipfsAddCmd(g), ipfsGetCmd(g), pin, ipfsGCCmd(g))
	return cmd
}

func ipfsAddCmd(g *globals) *cobra.Command {
	var name string
	cmd := &cobra.Command{
		Use:   "add FILE",
		Short: "Add a file (streamed to the daemon), pin it, and print its CID",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			f, size, err := openInput(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			bar := g.bar(cmd, size, "adding")
			path := "/v1/ipfs/add"
			if name != "" {
				path += "?name=" + url.QueryEscape(name)
			}
			resp, err := c.SendRaw(cmd.Context(), http.MethodPost, path, progressReader(f, bar), size)
			finishBar(bar)
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			var res node.IPFSAddResult
			if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
				return fmt.Errorf("decode add response: %w", err)
			}
			if res.Size != size {
				return fmt.Errorf("the daemon stored %d bytes of the %d in %s", res.Size, size, args[0])
			}
			if g.json {
				return printJSON(cmd, res)
			}
			fmt.Fprintln(cmd.OutOrStdout(), res.Cid)
			return nil
		},
	}
	cmd.Flags().StringVar(&name, "name", "", "name to store with the pin")
	return cmd
}

func ipfsGetCmd(g *globals) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "get CID --out FILE",
		Short: "Fetch a file (from this node or the network) and write it to FILE",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return errors.New("--out FILE is required")
			}
			c, err := g.client()
			if err != nil {
				return err
			}
			resp, err := c.SendRaw(cmd.Context(), http.MethodGet, "/v1/ipfs/cat/"+url.PathEscape(args[0]), nil, 0)
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			n, err := download(g, cmd, resp, out, "fetching")
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, map[string]any{"cid": args[0], "out": out, "bytes": n})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s (%d bytes) to %s\n", args[0], n, out)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "file to write (replaced only once the whole file arrived)")
	return cmd
}

func ipfsPinLsCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "ls",
		Short: "List pins",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return show(g, cmd, "/v1/ipfs/pins", func(w io.Writer, pins []node.IPFSPin) error {
				return table(w, "", func(w io.Writer) {
					for _, p := range pins {
						fmt.Fprintf(w, "%s\t%s\t%s\n", p.Cid, p.Mode, p.Name)
					}
				})
			})
		},
	}
}

func ipfsPinAddCmd(g *globals) *cobra.Command {
	var name string
	cmd := &cobra.Command{
		Use:   "add CID",
		Short: "Fetch whatever is missing of CID and pin it",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			var res node.IPFSPin
			if err := c.Do(cmd.Context(), http.MethodPost, "/v1/ipfs/pins", node.IPFSPinRequest{Cid: args[0], Name: name}, &res); err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, res)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "pinned %s\n", res.Cid)
			return nil
		},
	}
	cmd.Flags().StringVar(&name, "name", "", "name to store with the pin")
	return cmd
}

func ipfsPinRmCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "rm CID",
		Short: "Remove a pin (the blocks stay until the next gc)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			if err := c.Do(cmd.Context(), http.MethodDelete, "/v1/ipfs/pins/"+url.PathEscape(args[0]), nil, nil); err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, map[string]string{"unpinned": args[0]})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "unpinned %s\n", args[0])
			return nil
		},
	}
}

func ipfsGCCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "gc",
		Short: "Delete every block no pin reaches",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return call(g, cmd, http.MethodPost, "/v1/ipfs/gc", nil, func(w io.Writer, res node.IPFSGCResult) error {
				_, err := fmt.Fprintf(w, "freed %d blocks (%s), kept %d, in %s\n", res.Blocks, humanBytes(res.Bytes), res.Kept, time.Duration(res.Duration))
				return err
			})
		},
	}
}

// openInput opens a file to upload and returns its size; a missing,
// unreadable or non-regular file is a one-line error.
func openInput(path string) (*os.File, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err // *PathError: "open PATH: reason"
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, 0, fmt.Errorf("%s is not a regular file", path)
	}
	// A file we may open but not read (a directory was caught above; this
	// is for special files and I/O errors): fail before the upload starts.
	var probe [1]byte
	if _, err := f.ReadAt(probe[:], 0); err != nil && !errors.Is(err, io.EOF) {
		f.Close()
		return nil, 0, fmt.Errorf("read %s: %w", path, err)
	}
	return f, st.Size(), nil
}

// bar returns a progress bar on stderr when it is a terminal and the output
// is not JSON; nil otherwise.
func (g *globals) bar(cmd *cobra.Command, size int64, what string) *progressbar.ProgressBar {
	if g.json || !term.IsTerminal(int(os.Stderr.Fd())) {
		return nil
	}
	return progressbar.NewOptions64(size,
		progressbar.OptionSetWriter(os.Stderr),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*1e6),
		progressbar.OptionShowCount(),
		progressbar.OptionClearOnFinish(),
	)
}

func finishBar(b *progressbar.ProgressBar) {
	if b != nil {
		_ = b.Finish()
	}
}

// progressReader advances bar as r is read.
func progressReader(r io.Reader, bar *progressbar.ProgressBar) io.Reader {
	if bar == nil {
		return r
	}
	pr := progressbar.NewReader(r, bar)
	return &pr
}

// download writes a raw response body to out through a temporary file in
// the same directory, renamed into place only when every byte the daemon
// announced arrived: an interrupted or failed transfer never leaves a
// partial file under the name.
func download(g *globals, cmd *cobra.Command, resp *http.Response, out, what string) (int64, error) {
	size := resp.ContentLength
	if h := resp.Header.Get("Content-Length"); h != "" {
		if v, err := strconv.ParseInt(h, 10, 64); err == nil {
			size = v
		}
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".part*")
	if err != nil {
		return 0, err
	}
	defer os.Remove(tmp.Name())
	bar := g.bar(cmd, size, what)
	var w io.Writer = tmp
	if bar != nil {
		w = io.MultiWriter(tmp, bar)
	}
	n, err := io.Copy(w, resp.Body)
	finishBar(bar)
	if err == nil && size >= 0 && n != size {
		err = io.ErrUnexpectedEOF
	}
	if err != nil {
		tmp.Close()
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, context.Canceled) {
			return n, fmt.Errorf("transfer stopped after %d of %d bytes (the daemon could not fetch or decrypt the rest; see its log); %s not written", n, size, out)
		}
		return n, fmt.Errorf("write %s: %w", out, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return n, err
	}
	if err := tmp.Close(); err != nil {
		return n, err
	}
	return n, os.Rename(tmp.Name(), out)
}
