package gitpack

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/klauspost/compress/zlib"
)

// walkLoose hands every loose object (objects/xx/yyyy...) to fn.
func walkLoose(ctx context.Context, objDir string, opts Options, fn Handler, onErr ErrorHandler) error {
	dirs, _ := filepath.Glob(filepath.Join(objDir, "[0-9a-f][0-9a-f]"))
	for _, dir := range dirs {
		names, _ := os.ReadDir(dir)
		for _, name := range names {
			if err := ctx.Err(); err != nil {
				return err
			}
			var h Hash
			raw, err := hex.DecodeString(filepath.Base(dir) + name.Name())
			if err != nil || len(raw) != len(h) {
				continue
			}
			copy(h[:], raw)
			if opts.Skip != nil && opts.Skip(h) {
				continue
			}
			obj, err := readLoose(filepath.Join(dir, name.Name()), opts)
			if err != nil {
				onErr(h, fmt.Errorf("loose object: %w", err))
				continue
			}
			obj.Hash = h
			if !opts.Want(obj.Type) {
				continue
			}
			if err := fn(obj); err != nil {
				return err
			}
		}
	}
	return nil
}

// readLoose inflates a loose object: "type size\x00content". Only its
// header is read when its type is not wanted or it is over MaxSize.
func readLoose(path string, opts Options) (*Object, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := zlib.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("zlib: %w", err)
	}
	head := make([]byte, 0, 32)
	one := []byte{0}
	for {
		if _, err := io.ReadFull(zr, one); err != nil {
			return nil, fmt.Errorf("header: %w", err)
		}
		if one[0] == 0 {
			break
		}
		if len(head) == cap(head) {
			return nil, errors.New("bad header")
		}
		head = append(head, one[0])
	}
	kind, sizeText, ok := bytes.Cut(head, []byte(" "))
	size, err := strconv.ParseInt(string(sizeText), 10, 64)
	if !ok || err != nil || size < 0 {
		return nil, errors.New("bad header")
	}
	obj := &Object{Type: typeNamed(string(kind)), Size: size}
	if obj.Type == 0 {
		return nil, fmt.Errorf("unknown type %q", kind)
	}
	if !opts.Want(obj.Type) || opts.MaxSize > 0 && size > opts.MaxSize {
		return obj, nil
	}
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if size > maxInflated(info.Size()) {
		return nil, fmt.Errorf("header says %d bytes, more than %d compressed bytes can hold", size, info.Size())
	}
	obj.Data = make([]byte, size)
	if _, err := io.ReadFull(zr, obj.Data); err != nil {
		return nil, fmt.Errorf("inflate: %w", err)
	}
	if n, err := zr.Read(one); n != 0 || err != io.EOF {
		return nil, errors.New("inflate: corrupt stream or wrong size")
	}
	return obj, nil
}

func typeNamed(name string) Type {
	for _, t := range []Type{Commit, Tree, Blob, Tag} {
		if t.String() == name {
			return t
		}
	}
	return 0
}
