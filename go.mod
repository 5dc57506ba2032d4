module github.com/keysieve/keysieve

go 1.26.8

require (
	github.com/BurntSushi/toml v1.6.0
	github.com/fatih/color v1.19.0
	github.com/mattn/go-isatty v0.0.24
	github.com/petar-dambovaliev/aho-corasick v0.0.0-20250424160509-463d218d4745
	github.com/sourcegraph/conc v0.3.0
	github.com/spf13/pflag v1.1.0
	golang.org/x/crypto v0.59.0
)

require (
	github.com/mattn/go-colorable v0.1.14 // indirect
	github.com/stretchr/testify v1.11.1 // indirect
	golang.org/x/sys v0.50.0 // indirect
)
