package content

import "testing"

func TestHostileDecodeUTF16Edges(t *testing.T) {
	for _, c := range []struct {
		in   []byte
		want string
	}{
		{[]byte{0xff, 0xfe}, ""},
		{[]byte{0xff, 0xfe, 'a', 0, 'b'}, "a\ufffd"},               // odd last byte
		{[]byte{0xff, 0xfe, 0x3d, 0xd8, 'a', 0}, "\ufffda"},        // high surrogate unpaired
		{[]byte{0xfe, 0xff, 0xdc, 0x00, 0, 'z'}, "\ufffdz"},        // lone low surrogate
		{[]byte{0xfe, 0xff, 0xd8, 0x3d, 0xdd, 0x11}, "\U0001f511"}, // a pair
	} {
		got, ok := decodeUTF16(c.in)
		if !ok || string(got) != c.want {
			t.Errorf("decodeUTF16(% x) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	if _, ok := decodeUTF16([]byte("plain")); ok {
		t.Error("decoded text without a BOM")
	}
}
