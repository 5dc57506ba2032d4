package rules

import (
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestCheckSupabaseServiceRole(t *testing.T) {
	g := fake.New(3)
	c := checkSupabaseServiceRole([]byte(g.SupabaseKey("service_role", "abcprojectref")))
	if !c.OK || c.Owner != "abcprojectref" {
		t.Errorf("got %+v, want OK with owner abcprojectref", c)
	}
	if checkSupabaseServiceRole([]byte(g.SupabaseKey("anon", "abcprojectref"))).OK {
		t.Error("anon key accepted")
	}
	if checkSupabaseServiceRole([]byte("eyJ" + g.Alnum(20) + ".eyJ" + g.Alnum(20) + "." + g.Alnum(20))).OK {
		t.Error("token that does not decode accepted")
	}
}
