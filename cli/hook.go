package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/keysieve/keysieve/gitsource"
)

// hookMarker marks hook scripts that keysieve wrote, and may so replace or remove.
const hookMarker = "# keysieve-hook: written by `keysieve hook install`; remove with `keysieve hook uninstall`"

// runHook installs or removes keysieve's Git hooks (keysieve hook).
func runHook(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, "usage: keysieve hook install [--commit-msg] [--force] | keysieve hook uninstall\n")
		return exitFailure
	}
	if isHelp(args[0]) {
		writeHelp(stdout, "keysieve hook", nil)
		return 0
	}
	var commitMsg, force bool
	fs := newFlagSet("keysieve hook "+args[0], stdout, stderr)
	if args[0] == "install" {
		fs.BoolVar(&commitMsg, "commit-msg", false, "also install a commit-msg hook that scans commit messages")
		fs.BoolVar(&force, "force", false, "replace hooks that keysieve did not write")
	}
	if code := parseFlags(fs, args[1:]); code >= 0 {
		return code
	}
	dir, err := gitsource.HooksDir(".")
	if err != nil {
		return fail(stderr, err)
	}
	switch args[0] {
	case "install":
		err = installHooks(dir, commitMsg, force, stdout)
	case "uninstall":
		err = uninstallHooks(dir, stdout)
	default:
		err = fmt.Errorf("hook: unknown command %q (want install or uninstall)", args[0])
	}
	if err != nil {
		return fail(stderr, err)
	}
	return 0
}

// hookScripts returns the hooks to install, by name.
func hookScripts(commitMsg bool) map[string]string {
	self, err := os.Executable()
	if err != nil {
		self = "keysieve"
	}
	run := fmt.Sprintf("keysieve=%s\n[ -x \"$keysieve\" ] || keysieve=keysieve\n", shellQuote(self))
	hooks := map[string]string{
		"pre-commit": "#!/bin/sh\n" + hookMarker + "\n" + run + "exec \"$keysieve\" staged --quiet\n",
	}
	if commitMsg {
		hooks["commit-msg"] = "#!/bin/sh\n" + hookMarker + "\n" + run + "exec \"$keysieve\" staged --quiet --commit-msg \"$1\"\n"
	}
	return hooks
}

// installHooks writes the hooks, refusing to replace one keysieve did not
// write unless force is set.
func installHooks(dir string, commitMsg, force bool, stdout io.Writer) error {
	hooks := hookScripts(commitMsg)
	for name := range hooks {
		path := filepath.Join(dir, name)
		if data, err := os.ReadFile(path); err == nil && !bytes.Contains(data, []byte(hookMarker)) && !force {
			return fmt.Errorf("%s exists and was not written by keysieve; use --force to replace it", path)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create hooks directory: %w", err)
	}
	for _, name := range []string{"pre-commit", "commit-msg"} {
		script, ok := hooks[name]
		if !ok {
			continue
		}
		path := filepath.Join(dir, name)
		if err := writeHook(path, script); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "installed %s\n", path)
	}
	return nil
}

// writeHook writes an executable hook script, replacing any file there.
func writeHook(path, script string) error {
	tmp := path + ".keysieve-tmp"
	if err := os.WriteFile(tmp, []byte(script), 0o755); err != nil {
		return fmt.Errorf("write hook: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write hook: %w", err)
	}
	return nil
}

// uninstallHooks removes the hooks keysieve wrote and leaves others alone.
func uninstallHooks(dir string, stdout io.Writer) error {
	for _, name := range []string{"pre-commit", "commit-msg"} {
		path := filepath.Join(dir, name)
		data, err := os.ReadFile(path)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("read hook: %w", err)
		}
		if !bytes.Contains(data, []byte(hookMarker)) {
			fmt.Fprintf(stdout, "left %s: not written by keysieve\n", path)
			continue
		}
		if err := os.Remove(path); err != nil {
			return fmt.Errorf("remove hook: %w", err)
		}
		fmt.Fprintf(stdout, "removed %s\n", path)
	}
	return nil
}

// shellQuote quotes s for a POSIX shell.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
