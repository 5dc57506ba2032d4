package rules

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// macaroon field types of the version 2 binary format.
const (
	macaroonEOS       = 0
	macaroonLocation  = 1
	macaroonID        = 2
	macaroonVID       = 4
	macaroonSignature = 6
)

// checkPyPIMacaroon decodes a PyPI token (pypi- and a base64url macaroon
// in the version 2 binary format) and checks its structure: header,
// caveats and a 32-byte signature. The owner hint is the index and the
// projects the token is scoped to.
func checkPyPIMacaroon(secret []byte) Check {
	raw, ok := decodeBase64(strings.TrimPrefix(string(secret), "pypi-"), b64Any)
	if !ok {
		return Check{}
	}
	m, err := parseMacaroon(raw)
	if err != nil {
		return Check{}
	}
	owner := m.location
	if projects := pypiProjects(m.caveats); len(projects) > 0 {
		owner += " projects " + strings.Join(projects, ",")
	}
	return Check{OK: true, Owner: owner}
}

type macaroon struct {
	location string
	caveats  [][]byte
}

// parseMacaroon parses a version 2 binary macaroon.
func parseMacaroon(raw []byte) (*macaroon, error) {
	if len(raw) == 0 || raw[0] != 2 {
		return nil, errors.New("not a version 2 macaroon")
	}
	r := &macaroonReader{b: raw[1:]}
	header, err := r.section()
	if err != nil || header[macaroonID] == nil {
		return nil, fmt.Errorf("macaroon header: %w", errors.Join(err, errors.New("no identifier")))
	}
	m := &macaroon{location: string(header[macaroonLocation])}
	for {
		caveat, err := r.section()
		if err != nil {
			return nil, fmt.Errorf("macaroon caveat: %w", err)
		}
		if len(caveat) == 0 {
			break
		}
		m.caveats = append(m.caveats, caveat[macaroonID])
	}
	typ, sig, err := r.field()
	if err != nil || typ != macaroonSignature || len(sig) != 32 {
		return nil, errors.New("macaroon signature missing")
	}
	return m, nil
}

// macaroonReader reads the type-length-value fields of a binary macaroon.
type macaroonReader struct{ b []byte }

// field reads one field; an end-of-section marker has type 0 and no data.
func (r *macaroonReader) field() (byte, []byte, error) {
	typ, n := binary.Uvarint(r.b)
	if n <= 0 || typ > 127 {
		return 0, nil, errors.New("bad field type")
	}
	r.b = r.b[n:]
	if typ == macaroonEOS {
		return 0, nil, nil
	}
	size, n := binary.Uvarint(r.b)
	if n <= 0 || size > uint64(len(r.b)-n) {
		return 0, nil, errors.New("bad field length")
	}
	data := r.b[n : n+int(size)]
	r.b = r.b[n+int(size):]
	return byte(typ), data, nil
}

// section reads fields up to the end-of-section marker.
func (r *macaroonReader) section() (map[byte][]byte, error) {
	fields := map[byte][]byte{}
	for {
		typ, data, err := r.field()
		if err != nil {
			return nil, err
		}
		if typ == macaroonEOS {
			return fields, nil
		}
		if typ != macaroonLocation && typ != macaroonID && typ != macaroonVID {
			return nil, fmt.Errorf("unexpected field type %d", typ)
		}
		fields[typ] = data
	}
}

// pypiProjects lists the project names in PyPI caveats, both the legacy
// {"permissions": {"projects": [...]}} form and the [1, [...]] form.
func pypiProjects(caveats [][]byte) []string {
	var names []string
	for _, c := range caveats {
		var legacy struct {
			Permissions struct {
				Projects []string `json:"projects"`
			} `json:"permissions"`
		}
		if json.Unmarshal(c, &legacy) == nil {
			names = append(names, legacy.Permissions.Projects...)
			continue
		}
		var tagged []json.RawMessage
		var projects []string
		if json.Unmarshal(c, &tagged) == nil && len(tagged) == 2 && string(tagged[0]) == "1" &&
			json.Unmarshal(tagged[1], &projects) == nil {
			names = append(names, projects...)
		}
	}
	return names
}
