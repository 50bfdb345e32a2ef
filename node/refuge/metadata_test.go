package refuge

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"
)

// The identifying strings the fixtures hide in metadata; none may survive.
var secrets = []string{"Jane Doe", "GPS 51.5074N 0.1278W", "SN-12345", "TRAILER"}

func testImage() image.Image {
	img := image.NewRGBA(image.Rect(0, 0, 64, 48))
	for y := range 48 {
		for x := range 64 {
			img.Set(x, y, color.RGBA{uint8(x * 4), uint8(y * 5), uint8(x ^ y), 255})
		}
	}
	return img
}

func jpegSegment(marker byte, body []byte) []byte {
	out := []byte{0xFF, marker, 0, 0}
	binary.BigEndian.PutUint16(out[2:], uint16(len(body)+2))
	return append(out, body...)
}

// jpegFixture is a real JPEG (from image/jpeg) carrying every kind of
// metadata the stripper removes: a JFIF thumbnail, Exif with GPS and a
// serial number, XMP, Photoshop/IPTC, an ICC profile, comments before and
// after the scan, and bytes after the end of the image. It keeps an Adobe
// APP14 segment, which must survive.
func jpegFixture(t testing.TB) (withMeta, plain []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, testImage(), &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	plain = buf.Bytes()
	body := plain[2:] // after SOI
	eoi := bytes.LastIndex(body, []byte{0xFF, 0xD9})
	jfif := append([]byte("JFIF\x00\x01\x01\x00\x00\x01\x00\x01"), 2, 1) // 2x1 thumbnail
	jfif = append(jfif, []byte("Jane Doe")[:6]...)                       // 6 bytes of RGB thumbnail
	var f bytes.Buffer
	f.Write([]byte{0xFF, 0xD8})
	f.Write(jpegSegment(0xE0, jfif))
	f.Write(jpegSegment(0xE1, []byte("Exif\x00\x00MM\x00*GPS 51.5074N 0.1278W BodySerialNumber SN-12345")))
	f.Write(jpegSegment(0xE1, []byte("http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta><dc:creator>Jane Doe</dc:creator></x:xmpmeta>")))
	f.Write(jpegSegment(0xED, []byte("Photoshop 3.0\x008BIM\x04\x04By-line: Jane Doe")))
	f.Write(jpegSegment(0xE2, []byte("ICC_PROFILE\x00\x01\x01desc: Jane Doe's camera")))
	f.Write(jpegSegment(0xEE, []byte("Adobe\x00\x64\x00\x00\x00\x00\x01"))) // standard 12 bytes
	f.Write(jpegSegment(0xFE, []byte("shot by Jane Doe")))
	f.Write(body[:eoi])
	f.Write(jpegSegment(0xFE, []byte("after the scan: Jane Doe")))
	f.Write([]byte{0xFF, 0xFF, 0xD9}) // a fill byte before EOI
	f.Write([]byte("TRAILER Jane Doe"))
	return f.Bytes(), plain
}

func pngChunk(typ string, data []byte) []byte {
	out := binary.BigEndian.AppendUint32(nil, uint32(len(data)))
	out = append(out, typ...)
	out = append(out, data...)
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(append([]byte(typ), data...)))
}

// pngFixture is a real PNG (from image/png) with text, compressed text,
// international text (XMP), Exif, modification time and a private chunk,
// plus rendering chunks (gAMA, pHYs) that must survive.
func pngFixture(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, testImage()); err != nil {
		t.Fatal(err)
	}
	src := buf.Bytes()
	ihdrEnd := 8 + 8 + 13 + 4
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write([]byte("Owner: Jane Doe"))
	zw.Close()
	var f bytes.Buffer
	f.Write(src[:ihdrEnd])
	f.Write(pngChunk("gAMA", []byte{0, 0, 0xB1, 0x8F}))
	f.Write(pngChunk("tEXt", []byte("Author\x00Jane Doe")))
	f.Write(pngChunk("zTXt", append([]byte("Comment\x00\x00"), z.Bytes()...)))
	f.Write(pngChunk("iTXt", []byte("XML:com.adobe.xmp\x00\x00\x00\x00\x00<x:xmpmeta>GPS 51.5074N 0.1278W</x:xmpmeta>")))
	f.Write(pngChunk("eXIf", []byte("MM\x00*SN-12345")))
	f.Write(pngChunk("tIME", []byte{0x07, 0xE9, 1, 2, 3, 4, 5}))
	f.Write(pngChunk("pHYs", []byte{0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1}))
	f.Write(pngChunk("prVt", []byte("Jane Doe")))
	f.Write(src[ihdrEnd:])
	f.WriteString("TRAILER")
	return f.Bytes()
}

func strip(t testing.TB, in []byte) ([]byte, MetadataReport, error) {
	t.Helper()
	var out bytes.Buffer
	rep, err := StripMetadata(&out, bytes.NewReader(in))
	return out.Bytes(), rep, err
}

func samePixels(t *testing.T, a, b image.Image) {
	t.Helper()
	if a.Bounds() != b.Bounds() {
		t.Fatalf("bounds %v vs %v", a.Bounds(), b.Bounds())
	}
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				t.Fatalf("pixel %d,%d differs", x, y)
			}
		}
	}
}

func TestStripJPEG(t *testing.T) {
	in, plain := jpegFixture(t)
	before, err := jpeg.Decode(bytes.NewReader(in))
	if err != nil {
		t.Fatalf("fixture does not decode: %v", err)
	}
	out, rep, err := strip(t, in)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Format != "jpeg" || !rep.Cleaned || rep.Warning != "" {
		t.Fatalf("report %+v", rep)
	}
	for _, s := range secrets {
		if bytes.Contains(out, []byte(s)) {
			t.Errorf("%q survived", s)
		}
	}
	removed := strings.Join(rep.Removed, "; ")
	for _, want := range []string{"JFIF thumbnail (6 bytes)", "APP1 Exif", "APP1 XMP", "APP13 Photoshop/IPTC", "APP2 ICC profile",
		"COM comment (16 bytes)", "COM comment (24 bytes)", "16 bytes after the end of the image"} {
		if !strings.Contains(removed, want) {
			t.Errorf("report does not list %q: %s", want, removed)
		}
	}
	if !bytes.Contains(out, []byte("Adobe\x00\x64")) {
		t.Error("the Adobe colour-transform segment was removed")
	}
	after, err := jpeg.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("stripped JPEG does not decode: %v", err)
	}
	samePixels(t, before, after)
	// The scan data went through untouched: the encoder's own file, minus
	// nothing, is contained in the output from its first table on.
	if !bytes.Contains(out, plain[2:len(plain)-2]) {
		t.Error("the image data changed")
	}
	// Idempotent: a clean file stays as it is.
	again, rep2, err := strip(t, out)
	if err != nil || !bytes.Equal(again, out) || len(rep2.Removed) != 0 {
		t.Fatalf("second strip: err %v, changed %v, removed %v", err, !bytes.Equal(again, out), rep2.Removed)
	}
}

func TestStripPNG(t *testing.T) {
	in := pngFixture(t)
	before, err := png.Decode(bytes.NewReader(in))
	if err != nil {
		t.Fatalf("fixture does not decode: %v", err)
	}
	out, rep, err := strip(t, in)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Format != "png" || !rep.Cleaned {
		t.Fatalf("report %+v", rep)
	}
	for _, s := range append(secrets, "Owner") {
		if bytes.Contains(out, []byte(s)) {
			t.Errorf("%q survived", s)
		}
	}
	removed := strings.Join(rep.Removed, "; ")
	for _, want := range []string{"tEXt text", "zTXt text", "iTXt text", "eXIf Exif", "tIME modification time",
		"prVt unknown ancillary chunk", "7 bytes after IEND"} {
		if !strings.Contains(removed, want) {
			t.Errorf("report does not list %q: %s", want, removed)
		}
	}
	for _, keep := range []string{"gAMA", "pHYs", "IHDR", "IDAT", "IEND"} {
		if !bytes.Contains(out, []byte(keep)) {
			t.Errorf("chunk %s removed", keep)
		}
	}
	after, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("stripped PNG does not decode: %v", err)
	}
	samePixels(t, before, after)
	again, rep2, err := strip(t, out)
	if err != nil || !bytes.Equal(again, out) || len(rep2.Removed) != 0 {
		t.Fatalf("second strip: err %v, removed %v", err, rep2.Removed)
	}
}

func TestStripOtherFormatsWarn(t *testing.T) {
	tests := []struct {
		name, format string
		data         []byte
	}{
		{"pdf", "pdf", []byte("%PDF-1.7\n1 0 obj << /Author (Jane Doe) >> endobj\n")},
		{"docx", "zip", append([]byte("PK\x03\x04"), "docProps/core.xml Jane Doe"...)},
		{"mp4", "isobmff", append([]byte{0, 0, 0, 0x18}, "ftypmp42 GPS 51.5074N 0.1278W"...)},
		{"gif", "gif", []byte("GIF89a Jane Doe")},
		{"text", "unknown", []byte("a plain letter from Jane Doe")},
		{"random", "unknown", randomBytes(3, 1<<20)},
		{"empty", "empty", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, rep, err := strip(t, tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out, tt.data) {
				t.Fatal("a format that is not cleaned was changed")
			}
			if rep.Format != tt.format || rep.Cleaned || !strings.Contains(rep.Warning, "metadata NOT removed") ||
				!strings.Contains(rep.Warning, "only JPEG and PNG are cleaned") {
				t.Fatalf("report %+v", rep)
			}
		})
	}
}

func TestStripMalformed(t *testing.T) {
	jpg, _ := jpegFixture(t)
	pngf := pngFixture(t)
	badType := bytes.Clone(pngf)
	copy(badType[8+4:], "I\x00DR")
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"jpeg truncated in a segment", jpg[:30], "JPEG truncated"},
		{"jpeg truncated in the scan", jpg[:len(jpg)-60], "scan data truncated"},
		{"jpeg without markers", []byte{0xFF, 0xD8, 0xFF, 0xE0, 0x00}, "JPEG truncated"},
		{"jpeg garbage after SOI", []byte{0xFF, 0xD8, 0xFF, 0x00, 0x01, 0x02}, "unexpected marker 0x00"},
		{"jpeg short length", []byte{0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x01}, "has length 1"},
		{"jpeg data instead of a marker", []byte{0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x02, 0x42}, "expected a marker"},
		{"png truncated", pngf[:40], "truncated"},
		{"png without IEND", pngf[:len(pngf)-19], "truncated"},
		{"png bad chunk type", badType, "invalid type"},
		{"png signature only", pngSignature, "no IEND"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := strip(t, tt.data)
			if !errors.Is(err, ErrMalformedImage) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err %v, want ErrMalformedImage with %q", err, tt.want)
			}
		})
	}
}

func BenchmarkStripPassThrough(b *testing.B) {
	data := randomBytes(9, 64<<20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := StripMetadata(discard{}, bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStripJPEG(b *testing.B) {
	in, _ := jpegFixture(b)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := StripMetadata(discard{}, bytes.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
