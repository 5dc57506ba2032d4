// Package content is the one step from bytes to text that every source
// (files on disk, staged blobs, Git history) goes through: it reads up to
// the size limit, recognises Git LFS pointers, decodes UTF-16 with a byte
// order mark to UTF-8 and passes over binary content, naming each skip
// with a findings.SkipKind.
package content

import (
	"bytes"
	"encoding/binary"
	"io"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/keysieve/keysieve/findings"
)

// binarySniffLen is how much of the content is checked for a NUL byte.
const binarySniffLen = 8 << 10

// maxLFSPointer is the largest content taken for a Git LFS pointer.
const maxLFSPointer = 1024

// lfsPointerPrefix starts every Git LFS pointer file.
var lfsPointerPrefix = []byte("version https://git-lfs.github.com/spec/v1")

// Text is content made ready to scan, or the reason it is not scanned.
type Text struct {
	// Data is the text to scan (UTF-8 when the content was UTF-16); nil
	// when Skip is set.
	Data []byte
	// Skip is why the content is not scanned; empty when it is.
	Skip findings.SkipKind
	// Grew is set when the content was longer than the limit it was read
	// with (a file that grew while read): Data holds its start only.
	Grew bool
}

// Skipped returns the skipped entry for t's skip at path, or false when
// t is to be scanned.
func (t Text) Skipped(path string) (findings.Skipped, bool) {
	if t.Skip == "" {
		return findings.Skipped{}, false
	}
	return findings.Skip(path, t.Skip), true
}

// Read reads at most limit bytes of r, whose size was size when it was
// opened (a hint for the buffer), and turns them into text with Decode.
// More content than limit is cut at limit and reported by Text.Grew.
func Read(r io.Reader, size, limit int64) (Text, error) {
	data, err := readAtMost(r, make([]byte, 0, max(0, min(size, limit))+1), limit+1)
	if err != nil {
		return Text{}, err
	}
	grew := int64(len(data)) > limit
	if grew {
		data = data[:limit]
	}
	t := Decode(data)
	t.Grew = grew && t.Skip == ""
	return t, nil
}

// Decode returns the text to scan in data: a Git LFS pointer is skipped;
// UTF-16 with a byte order mark is decoded to UTF-8 (so that lines and
// columns are those of the decoded text); content with a NUL byte in its
// first binarySniffLen bytes is binary and skipped. Only content with a
// NUL byte is taken for UTF-16 (UTF-16 of any ASCII character has one):
// text that merely starts with the bytes FF FE, such as Latin-1 "ÿþ", is
// scanned as it is.
func Decode(data []byte) Text {
	if IsLFSPointer(data) {
		return Text{Skip: findings.SkipLFSPointer}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		if decoded, ok := decodeUTF16(data); ok {
			data = decoded
		}
	}
	if bytes.IndexByte(data[:min(len(data), binarySniffLen)], 0) >= 0 {
		return Text{Skip: findings.SkipBinary}
	}
	return Text{Data: data}
}

// IsLFSPointer reports whether data is a Git LFS pointer file.
func IsLFSPointer(data []byte) bool {
	return len(data) < maxLFSPointer && bytes.HasPrefix(data, lfsPointerPrefix)
}

// decodeUTF16 decodes data to UTF-8 when it starts with a UTF-16 byte
// order mark (FF FE little-endian, FE FF big-endian), dropping the mark.
// Unpaired surrogates and an odd last byte become U+FFFD.
func decodeUTF16(data []byte) ([]byte, bool) {
	if len(data) < 2 {
		return nil, false
	}
	var order binary.ByteOrder
	switch {
	case data[0] == 0xff && data[1] == 0xfe:
		order = binary.LittleEndian
	case data[0] == 0xfe && data[1] == 0xff:
		order = binary.BigEndian
	default:
		return nil, false
	}
	body := data[2:]
	out := make([]byte, 0, len(body)*3/2+utf8.UTFMax)
	var pending rune = -1 // a high surrogate waiting for its pair
	for i := 0; i+1 < len(body); i += 2 {
		r := rune(order.Uint16(body[i:]))
		switch {
		case pending >= 0 && utf16.IsSurrogate(r) && r >= 0xdc00:
			out = utf8.AppendRune(out, utf16.DecodeRune(pending, r))
			pending = -1
			continue
		case pending >= 0:
			out = utf8.AppendRune(out, utf8.RuneError)
			pending = -1
		}
		if utf16.IsSurrogate(r) && r < 0xdc00 {
			pending = r
			continue
		}
		out = utf8.AppendRune(out, r) // a lone low surrogate is written as U+FFFD
	}
	if pending >= 0 || len(body)%2 == 1 {
		out = utf8.AppendRune(out, utf8.RuneError)
	}
	return out, true
}

// readAtMost appends up to limit bytes of r to buf, reading in place.
func readAtMost(r io.Reader, buf []byte, limit int64) ([]byte, error) {
	for int64(len(buf)) < limit {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):min(int64(cap(buf)), limit)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
	return buf, nil
}
