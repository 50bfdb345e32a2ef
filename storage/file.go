package storage

import (
	"fmt"
	"os"
	"path/filepath"
)

// WriteFile replaces path with data (mode perm) so that a crash at any point leaves either the
// old file or the new one, whole: it writes a temporary file in the same directory, syncs it,
// renames it over path, and syncs the directory so the rename itself survives a power cut.
// Config files, keys, keystore entries and macaroons are written this way.
func WriteFile(path string, data []byte, perm os.FileMode) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("write %s: %w", path, err)
		}
	}()
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	d, err := os.Open(filepath.Dir(path))
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
