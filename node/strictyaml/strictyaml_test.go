package strictyaml

import (
	"strings"
	"testing"
)

type doc struct {
	Name  string   `yaml:"name"`
	Count int      `yaml:"count"`
	Tags  []string `yaml:"tags"`
	Sub   struct {
		On bool `yaml:"on"`
	} `yaml:"sub"`
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"name: a\ncount: 2\ntags: [x, y]\nsub:\n  on: true\n", ""},
		{"name: a\nextra: 1\n", `f.yaml:2:1: unknown field "extra"`},
		{"count: many\n", `f.yaml:1:8: "many" is not an integer`},
		{"sub:\n  on: maybe\n", `f.yaml:2:7: "maybe" is not a boolean (true or false)`},
		{"name: a\nname: b\n", `f.yaml:2:1: mapping key "name" already defined at [1:1]`},
		{"tags: [x\n", `f.yaml:1:7: sequence end token ']' not found`},
		{"", `f.yaml: empty document`},
		{"name: a\n---\nname: b\n", `f.yaml:3:5: more than one YAML document`},
		{"tags:\n    !00\n0 0\n", ""}, // go-yaml panics on this: must be an error, not a crash
	}
	for _, tt := range tests {
		var d doc
		_, err := Decode("f.yaml", []byte(tt.in), &d)
		switch {
		case tt.want == "" && strings.Contains(tt.in, "!00"):
			if err == nil || strings.Contains(err.Error(), "\n") {
				t.Errorf("%q: %v", tt.in, err)
			}
		case tt.want == "":
			if err != nil || d.Count != 2 || len(d.Tags) != 2 || !d.Sub.On {
				t.Errorf("%q: %v %+v", tt.in, err, d)
			}
		case err == nil || err.Error() != tt.want:
			t.Errorf("%q:\n got %v\nwant %s", tt.in, err, tt.want)
		}
	}
}

func TestErrorfLocatesPaths(t *testing.T) {
	var d doc
	doc, err := Decode("f.yaml", []byte("name: a\ntags:\n  - x\n  - y\nsub:\n  on: true\n"), &d)
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		"tags[1]": "f.yaml:4:5: bad",
		"sub.on":  "f.yaml:6:7: bad",
		"tags[9]": "f.yaml:3:3: bad", // missing element: the list
		"version": "f.yaml:1:1: bad", // missing key: the top of the file
	} {
		if got := doc.Errorf(path, "bad").Error(); got != want {
			t.Errorf("%s: got %q want %q", path, got, want)
		}
	}
	if !doc.Has("sub.on") || doc.Has("sub.off") {
		t.Error("Has")
	}
}
