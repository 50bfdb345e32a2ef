package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/x0tta6bl4/westworld/chain"
)

// keystoreDir is the wallet directory: --keystore, else home/keystore.
func (g *globals) keystoreDir(flag string) string {
	if flag != "" {
		return flag
	}
	return filepath.Join(g.home, "keystore")
}

func walletCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "wallet",
		Short: "Manage the Ethereum keys that vote and pay for transactions",
		Long: `wallet manages go-ethereum keystore files (the encrypted JSON geth, clef and
most Ethereum wallets read and write) in home/keystore (mode 0700). Copy a file
in or out of that directory to move a key between tools.

Passwords are asked on the terminal, or read from the first line of
--password-file.`,
	}
	cmd.AddCommand(walletNewCmd(g), walletImportCmd(g), walletListCmd(g))
	return cmd
}

type walletFlags struct {
	keystore     string
	passwordFile string
	lightKDF     bool
}

func (f *walletFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.keystore, "keystore", "", "keystore directory (default home/keystore)")
	cmd.Flags().StringVar(&f.passwordFile, "password-file", "", "read the password from the first line of this file")
	cmd.Flags().BoolVar(&f.lightKDF, "lightkdf", false, "encrypt with light scrypt parameters (fast, weaker; for test and dev keys)")
}

func (f *walletFlags) open(g *globals) (*chain.Wallet, error) {
	return chain.OpenWallet(chain.WalletConfig{Dir: g.keystoreDir(f.keystore), LightKDF: f.lightKDF})
}

func walletNewCmd(g *globals) *cobra.Command {
	var f walletFlags
	cmd := &cobra.Command{
		Use:   "new",
		Short: "Create a new key",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w, err := f.open(g)
			if err != nil {
				return err
			}
			pw, err := readPassword(cmd, f.passwordFile, "Password for the new key: ", true)
			if err != nil {
				return err
			}
			acc, err := w.New(pw)
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd, acc)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "created %s\n  key file: %s\n", acc.Address.Hex(), acc.File)
			return nil
		},
	}
	f.add(cmd)
	return cmd
}

func walletImportCmd(g *globals) *cobra.Command {
	var f walletFlags
	var newPasswordFile string
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Import a keystore JSON file or a hex private key",
		Long: `import adds an existing key to the wallet. FILE (or - for standard input) holds
either a keystore JSON file made by geth or another wallet, or a private key
written as 64 hex digits. A private key is never taken as an argument, so it
does not end up in the shell history or the process list.

A keystore file is decrypted with its password (--password-file or a prompt) and
stored re-encrypted with --new-password-file (default: the same password). A hex
key is stored encrypted with the password given (asked twice on a terminal).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := readKeyInput(cmd, args[0])
			if err != nil {
				return err
			}
			defer clear(data)
			w, err := f.open(g)
			if err != nil {
				return err
			}
			var acc chain.Account
			if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '{' {
				pw, err := readPassword(cmd, f.passwordFile, "Password of the key file: ", false)
				if err != nil {
					return err
				}
				newPW := ""
				if newPasswordFile != "" {
					if newPW, err = readPassword(cmd, newPasswordFile, "", false); err != nil {
						return err
					}
				}
				acc, err = w.ImportJSON(trimmed, pw, newPW)
				if err != nil {
					return err
				}
			} else {
				if _, err := chain.ParseHexKey(string(data)); err != nil {
					return fmt.Errorf("%s is neither a keystore JSON file nor a hex private key: %w", args[0], err)
				}
				pw, err := readPassword(cmd, f.passwordFile, "Password to encrypt the key with: ", true)
				if err != nil {
					return err
				}
				acc, err = w.ImportHex(string(data), pw)
				if err != nil {
					return err
				}
			}
			if g.json {
				return printJSON(cmd, acc)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "imported %s\n  key file: %s\n", acc.Address.Hex(), acc.File)
			return nil
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&newPasswordFile, "new-password-file", "", "re-encrypt an imported keystore file with the password in this file")
	return cmd
}

// readKeyInput reads an import's input: a file, or standard input for "-".
func readKeyInput(cmd *cobra.Command, name string) ([]byte, error) {
	var r io.Reader
	if name == "-" {
		r = cmd.InOrStdin()
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("read key: %w", err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, 64<<10+1))
	if err != nil {
		return nil, fmt.Errorf("read key: %w", err)
	}
	if len(data) > 64<<10 {
		return nil, errors.New("read key: input larger than a key file")
	}
	return data, nil
}

func walletListCmd(g *globals) *cobra.Command {
	var f walletFlags
	var rpc, deployment string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the wallet's accounts (with balances given --rpc)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w, err := f.open(g)
			if err != nil {
				return err
			}
			accs, err := w.List()
			if err != nil {
				return err
			}
			type row struct {
				chain.Account
				Balance *chain.TokenBalance `json:"balance,omitempty"`
			}
			rows := make([]row, len(accs))
			for i, a := range accs {
				rows[i].Account = a
			}
			if rpc != "" {
				c, dep, err := g.dialWithDeployment(cmd, rpc, deployment, false)
				if err != nil {
					return err
				}
				defer c.Close()
				for i := range rows {
					b, err := chain.ReadBalance(cmd.Context(), c, dep, rows[i].Address)
					if err != nil {
						return err
					}
					rows[i].Balance = &b
				}
			}
			if g.json {
				if rows == nil {
					rows = []row{}
				}
				return printJSON(cmd, rows)
			}
			if len(rows) == 0 {
				fmt.Fprintf(cmd.OutOrStdout(), "no accounts in %s (create one with: westworld wallet new)\n", w.Dir())
				return nil
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			if rpc != "" {
				fmt.Fprintln(tw, "ADDRESS\tETH\tWEST\tVOTES")
				for _, r := range rows {
					west, votes := "-", "-"
					if r.Balance.Tokens != nil {
						west, votes = chain.FormatEther(r.Balance.Tokens), chain.FormatEther(r.Balance.Votes)
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Address.Hex(), chain.FormatEther(r.Balance.Ether), west, votes)
				}
			} else {
				fmt.Fprintln(tw, "ADDRESS\tFILE")
				for _, r := range rows {
					fmt.Fprintf(tw, "%s\t%s\n", r.Address.Hex(), r.File)
				}
			}
			return tw.Flush()
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&rpc, "rpc", "", "show ether, WEST and voting power read from this JSON-RPC endpoint")
	cmd.Flags().StringVar(&deployment, "deployment", "", "deployment file for the WEST balances (default home/deployment.json if it exists)")
	return cmd
}

// readPassword reads a password from the first line of file, or asks on the terminal (twice
// when confirm). Without a terminal and a file it fails rather than read a password from a pipe
// by surprise.
func readPassword(cmd *cobra.Command, file, prompt string, confirm bool) (string, error) {
	if file != "" {
		f, err := os.Open(file)
		if err != nil {
			return "", fmt.Errorf("password file: %w", err)
		}
		defer f.Close()
		line, err := bufio.NewReader(io.LimitReader(f, 4096)).ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return "", fmt.Errorf("password file: %w", err)
		}
		pw := strings.TrimRight(line, "\r\n")
		if pw == "" {
			return "", fmt.Errorf("password file %s: the first line is empty", file)
		}
		return pw, nil
	}
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return "", errors.New("no terminal to ask for the password on: use --password-file")
	}
	errw := cmd.ErrOrStderr()
	fmt.Fprint(errw, prompt)
	b, err := term.ReadPassword(fd)
	fmt.Fprintln(errw)
	if err != nil {
		return "", fmt.Errorf("read password: %w", err)
	}
	pw := string(b)
	if pw == "" {
		return "", errors.New("empty password")
	}
	if confirm {
		fmt.Fprint(errw, "Repeat the password: ")
		b2, err := term.ReadPassword(fd)
		fmt.Fprintln(errw)
		if err != nil {
			return "", fmt.Errorf("read password: %w", err)
		}
		if string(b2) != pw {
			return "", errors.New("the passwords do not match")
		}
	}
	return pw, nil
}

// unlockSigner opens the keystore and unlocks an account (the only one if account is empty).
func (g *globals) unlockSigner(cmd *cobra.Command, keystore, account, passwordFile string) (*chain.Signer, error) {
	w, err := chain.OpenWallet(chain.WalletConfig{Dir: g.keystoreDir(keystore)})
	if err != nil {
		return nil, err
	}
	var addr common.Address
	if account != "" {
		if !common.IsHexAddress(account) {
			return nil, fmt.Errorf("--account %q is not an address", account)
		}
		addr = common.HexToAddress(account)
	}
	acc, err := w.Default(addr)
	if err != nil {
		return nil, err
	}
	pw, err := readPassword(cmd, passwordFile, fmt.Sprintf("Password of %s: ", acc.Address.Hex()), false)
	if err != nil {
		return nil, err
	}
	return w.Unlock(acc.Address, pw)
}
