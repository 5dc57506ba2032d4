package cli

import (
	"runtime/debug"
)

// buildVersion is set at link time by release builds
// (`-ldflags "-X github.com/keysieve/keysieve/cli.buildVersion=v1.2.3"`,
// see .goreleaser.yaml) and never written at run time.
var buildVersion string

// version is the release version set at link time, else the module
// version for `go install`ed builds, else "dev".
func version() string {
	if buildVersion != "" {
		return buildVersion
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}
