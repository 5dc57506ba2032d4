package content_test

import (
	"fmt"

	"github.com/keysieve/keysieve/content"
)

func ExampleDecode() {
	utf16 := []byte{0xff, 0xfe, 'k', 0, '=', 0, 'v', 0, '\n', 0}
	for _, data := range [][]byte{[]byte("k=v\n"), utf16, {0, 1, 2}} {
		t := content.Decode(data)
		fmt.Printf("%q skip=%q\n", t.Data, t.Skip)
	}
	// Output:
	// "k=v\n" skip=""
	// "k=v\n" skip=""
	// "" skip="binary"
}
