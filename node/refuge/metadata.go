package refuge

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// ErrMalformedImage is returned by StripMetadata for a file that starts like
// a JPEG or PNG but does not parse as one. Its metadata cannot be removed
// with certainty, so it is not published.
var ErrMalformedImage = errors.New("malformed image")

// MetadataReport says what StripMetadata did: which format it recognised,
// whether it cleaned it, what it removed, and, for formats it does not clean,
// a warning that says so.
type MetadataReport struct {
	// Format is "jpeg", "png", or the name of another recognised format
	// ("pdf", "zip", ...), or "unknown".
	Format string `json:"format"`
	// Cleaned is true only for the formats the stripper understands (JPEG
	// and PNG), after it removed everything known to identify people.
	Cleaned bool `json:"cleaned"`
	// Removed lists what was taken out, one entry per segment or chunk.
	Removed []string `json:"removed,omitempty"`
	// Warning is set when the format was not cleaned.
	Warning string `json:"warning,omitempty"`
}

// CleanedFormats are the formats StripMetadata cleans.
var CleanedFormats = []string{"jpeg", "png"}

// stripBuffer is the read buffer of the stripper; large reads keep the
// pass-through of other formats at memory speed.
const stripBuffer = 256 << 10

// StripMetadata copies src to dst, removing from JPEG and PNG files the
// metadata known to identify people:
//
//   - JPEG: APP1..APP15 segments (Exif with GPS and camera serials, XMP,
//     ICC profiles, IPTC/Photoshop, MPF and the images it points to, vendor
//     notes), COM comments, JFIF thumbnails and JFXX extensions (a thumbnail
//     can show what a crop removed), and anything after the end of the image.
//     A standard 12-byte Adobe APP14 segment is kept: it holds only the
//     colour transform CMYK and YCCK images need to decode, no free text.
//   - PNG: tEXt, zTXt, iTXt, eXIf and tIME chunks, every ancillary chunk the
//     stripper does not know to be plain rendering data, and anything after
//     IEND.
//
// Every other format is copied unchanged and the report says so: it was
// not cleaned. A file that starts as a JPEG or PNG but does not parse is an
// error wrapping ErrMalformedImage, since it cannot be cleaned with
// certainty.
func StripMetadata(dst io.Writer, src io.Reader) (MetadataReport, error) {
	br := bufio.NewReaderSize(src, stripBuffer)
	head, err := br.Peek(16)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return MetadataReport{}, fmt.Errorf("read: %w", err)
	}
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xD8, 0xFF}):
		rep := MetadataReport{Format: "jpeg"}
		if err := stripJPEG(dst, br, &rep); err != nil {
			return rep, err
		}
		rep.Cleaned = true
		return rep, nil
	case bytes.HasPrefix(head, pngSignature):
		rep := MetadataReport{Format: "png"}
		if err := stripPNG(dst, br, &rep); err != nil {
			return rep, err
		}
		rep.Cleaned = true
		return rep, nil
	}
	f := sniffFormat(head)
	rep := MetadataReport{Format: f, Warning: fmt.Sprintf(
		"metadata NOT removed: only JPEG and PNG are cleaned, this file is %s; remove its metadata yourself before publishing (for example with mat2)", describeFormat(f))}
	if _, err := io.Copy(dst, br); err != nil {
		return rep, err
	}
	return rep, nil
}

// sniffFormat names common formats that carry metadata by their magic bytes,
// so the warning can say what the file is.
func sniffFormat(h []byte) string {
	switch {
	case bytes.HasPrefix(h, []byte("%PDF-")):
		return "pdf"
	case bytes.HasPrefix(h, []byte("PK\x03\x04")):
		return "zip" // also docx, xlsx, odt, epub
	case bytes.HasPrefix(h, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return "ole" // doc, xls, msg
	case bytes.HasPrefix(h, []byte("GIF87a")), bytes.HasPrefix(h, []byte("GIF89a")):
		return "gif"
	case bytes.HasPrefix(h, []byte("II*\x00")), bytes.HasPrefix(h, []byte("MM\x00*")):
		return "tiff"
	case len(h) >= 12 && bytes.Equal(h[0:4], []byte("RIFF")) && bytes.Equal(h[8:12], []byte("WEBP")):
		return "webp"
	case len(h) >= 12 && bytes.Equal(h[4:8], []byte("ftyp")):
		return "isobmff" // mp4, mov, heic, m4a
	case bytes.HasPrefix(h, []byte("ID3")), len(h) >= 2 && h[0] == 0xFF && h[1]&0xE0 == 0xE0:
		return "mp3"
	case bytes.HasPrefix(h, []byte("fLaC")), bytes.HasPrefix(h, []byte("OggS")):
		return "audio"
	case len(h) == 0:
		return "empty"
	}
	return "unknown"
}

func describeFormat(f string) string {
	switch f {
	case "empty":
		return "empty"
	case "unknown":
		return "of a format the node does not recognise"
	case "zip":
		return "a ZIP archive (docx, xlsx, odt and epub are ZIP archives with author metadata)"
	case "ole":
		return "an OLE document (doc, xls) with author metadata"
	case "isobmff":
		return "an MP4/MOV/HEIC file (these carry device and location metadata)"
	}
	return "a " + f + " file"
}

// JPEG markers.
const (
	mSOI  = 0xD8
	mEOI  = 0xD9
	mSOS  = 0xDA
	mAPP0 = 0xE0
	mAPPF = 0xEF
	mCOM  = 0xFE
	mTEM  = 0x01
)

func isRST(m byte) bool { return m >= 0xD0 && m <= 0xD7 }

// stripJPEG walks the marker segments of a JPEG, copying the ones that
// describe the image and dropping the ones that describe its author. The
// entropy-coded data after each SOS is scanned for the next marker, so
// segments between the scans of a progressive JPEG are handled too.
func stripJPEG(dst io.Writer, r *bufio.Reader, rep *MetadataReport) error {
	var off int64
	read := func(p []byte) error {
		n, err := io.ReadFull(r, p)
		off += int64(n)
		if err != nil {
			return fmt.Errorf("%w: JPEG truncated at byte %d", ErrMalformedImage, off)
		}
		return nil
	}
	var b2 [2]byte
	if err := read(b2[:]); err != nil {
		return err
	}
	if _, err := dst.Write(b2[:]); err != nil {
		return err
	}
	// marker is the next marker byte once known (after entropy data).
	var marker int = -1
	for {
		var m byte
		if marker >= 0 {
			m, marker = byte(marker), -1
		} else {
			var c [1]byte
			if err := read(c[:]); err != nil {
				return err
			}
			if c[0] != 0xFF {
				return fmt.Errorf("%w: JPEG: expected a marker at byte %d, found 0x%02X", ErrMalformedImage, off-1, c[0])
			}
			for {
				if err := read(c[:]); err != nil {
					return err
				}
				if c[0] != 0xFF { // 0xFF fill bytes may precede a marker
					break
				}
			}
			m = c[0]
		}
		switch {
		case m == 0x00 || m == mSOI:
			return fmt.Errorf("%w: JPEG: unexpected marker 0x%02X at byte %d", ErrMalformedImage, m, off-1)
		case isRST(m) || m == mTEM:
			if _, err := dst.Write([]byte{0xFF, m}); err != nil {
				return err
			}
			continue
		case m == mEOI:
			if _, err := dst.Write([]byte{0xFF, m}); err != nil {
				return err
			}
			n, err := io.Copy(io.Discard, r)
			if err != nil {
				return err
			}
			if n > 0 {
				rep.Removed = append(rep.Removed, fmt.Sprintf("%d bytes after the end of the image", n))
			}
			return nil
		}
		if err := read(b2[:]); err != nil {
			return err
		}
		length := int(binary.BigEndian.Uint16(b2[:]))
		if length < 2 {
			return fmt.Errorf("%w: JPEG: segment 0x%02X at byte %d has length %d", ErrMalformedImage, m, off-4, length)
		}
		body := make([]byte, length-2)
		if err := read(body); err != nil {
			return err
		}
		keep := true
		switch {
		case m == mAPP0:
			var out []byte
			out, keep = cleanAPP0(body, rep)
			if out != nil {
				body = out
			}
		case m > mAPP0 && m <= mAPPF:
			if m == 0xEE && isAdobeAPP14(body) {
				break
			}
			keep = false
			rep.Removed = append(rep.Removed, fmt.Sprintf("APP%d %s(%d bytes)", m-mAPP0, appName(body), len(body)))
		case m == mCOM:
			keep = false
			rep.Removed = append(rep.Removed, fmt.Sprintf("COM comment (%d bytes)", len(body)))
		}
		if keep {
			var hdr [4]byte
			hdr[0], hdr[1] = 0xFF, m
			binary.BigEndian.PutUint16(hdr[2:], uint16(len(body)+2))
			if _, err := dst.Write(hdr[:]); err != nil {
				return err
			}
			if _, err := dst.Write(body); err != nil {
				return err
			}
		}
		if m == mSOS {
			next, n, err := copyEntropy(dst, r)
			off += n
			if err != nil {
				return fmt.Errorf("%w: JPEG: scan data truncated at byte %d", ErrMalformedImage, off)
			}
			marker = int(next)
		}
	}
}

// copyEntropy copies entropy-coded scan data (with its 0xFF00 stuffing and
// RST markers) to dst and returns the marker that ends it, consumed but not
// written.
func copyEntropy(dst io.Writer, r *bufio.Reader) (byte, int64, error) {
	var n int64
	for {
		chunk, err := r.ReadSlice(0xFF)
		n += int64(len(chunk))
		if errors.Is(err, bufio.ErrBufferFull) {
			if _, err := dst.Write(chunk); err != nil {
				return 0, n, err
			}
			continue
		}
		if err != nil {
			return 0, n, err
		}
		if _, err := dst.Write(chunk[:len(chunk)-1]); err != nil {
			return 0, n, err
		}
		for {
			c, err := r.ReadByte()
			if err != nil {
				return 0, n, err
			}
			n++
			if c == 0xFF {
				continue // fill byte before a marker
			}
			if c == 0x00 || isRST(c) {
				if _, err := dst.Write([]byte{0xFF, c}); err != nil {
					return 0, n, err
				}
				break
			}
			return c, n, nil
		}
	}
}

// cleanAPP0 keeps a JFIF header without its thumbnail and drops everything
// else in APP0 (JFXX extensions carry thumbnails too).
func cleanAPP0(body []byte, rep *MetadataReport) ([]byte, bool) {
	if len(body) >= 14 && bytes.HasPrefix(body, []byte("JFIF\x00")) {
		if len(body) == 14 && body[12] == 0 && body[13] == 0 {
			return nil, true
		}
		out := append([]byte(nil), body[:14]...)
		out[12], out[13] = 0, 0 // no thumbnail
		rep.Removed = append(rep.Removed, fmt.Sprintf("JFIF thumbnail (%d bytes)", len(body)-14))
		return out, true
	}
	rep.Removed = append(rep.Removed, fmt.Sprintf("APP0 %s(%d bytes)", appName(body), len(body)))
	return nil, false
}

// isAdobeAPP14 recognises the fixed-size Adobe segment: "Adobe", version,
// two flag words, the transform byte.
func isAdobeAPP14(body []byte) bool {
	return len(body) == 12 && bytes.HasPrefix(body, []byte("Adobe"))
}

// appName names an APPn segment by its identifier string, for the report.
func appName(body []byte) string {
	known := []struct{ prefix, name string }{
		{"Exif\x00", "Exif"},
		{"http://ns.adobe.com/xap/1.0/\x00", "XMP"},
		{"http://ns.adobe.com/xmp/extension/\x00", "extended XMP"},
		{"ICC_PROFILE\x00", "ICC profile"},
		{"MPF\x00", "multi-picture index"},
		{"Photoshop 3.0\x00", "Photoshop/IPTC"},
		{"JFXX\x00", "JFXX thumbnail"},
		{"Adobe", "Adobe"},
		{"Ducky", "Ducky"},
	}
	for _, k := range known {
		if bytes.HasPrefix(body, []byte(k.prefix)) {
			return k.name + " "
		}
	}
	return ""
}

var pngSignature = []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}

// pngKeep are the ancillary chunks that only affect rendering (colour,
// transparency, physical size, animation frames) and so are kept. Critical
// chunks (upper-case first letter) are always kept.
var pngKeep = map[string]bool{
	"tRNS": true, "gAMA": true, "cHRM": true, "sRGB": true, "iCCP": true,
	"sBIT": true, "bKGD": true, "pHYs": true, "hIST": true, "sPLT": true,
	"cICP": true, "mDCV": true, "cLLI": true, "mDCv": true, "cLLi": true,
	"acTL": true, "fcTL": true, "fdAT": true,
}

// maxPNGChunk is the PNG spec's limit on a chunk's length.
const maxPNGChunk = 1<<31 - 1

// stripPNG copies a PNG chunk by chunk, dropping text, time and Exif chunks
// and unknown ancillary chunks.
func stripPNG(dst io.Writer, r *bufio.Reader, rep *MetadataReport) error {
	sig := make([]byte, len(pngSignature))
	if _, err := io.ReadFull(r, sig); err != nil {
		return fmt.Errorf("%w: PNG truncated in its signature", ErrMalformedImage)
	}
	if _, err := dst.Write(sig); err != nil {
		return err
	}
	off := int64(len(sig))
	for {
		var hdr [8]byte
		if _, err := io.ReadFull(r, hdr[:]); err != nil {
			return fmt.Errorf("%w: PNG truncated at byte %d (no IEND chunk)", ErrMalformedImage, off)
		}
		length := binary.BigEndian.Uint32(hdr[:4])
		typ := string(hdr[4:8])
		if length > maxPNGChunk {
			return fmt.Errorf("%w: PNG chunk %q at byte %d claims %d bytes", ErrMalformedImage, printableType(typ), off, length)
		}
		for _, c := range hdr[4:8] {
			if (c < 'A' || c > 'Z') && (c < 'a' || c > 'z') {
				return fmt.Errorf("%w: PNG chunk at byte %d has an invalid type %q", ErrMalformedImage, off, printableType(typ))
			}
		}
		total := int64(length) + 4 // data and CRC
		critical := typ[0] >= 'A' && typ[0] <= 'Z'
		if critical || pngKeep[typ] {
			if _, err := dst.Write(hdr[:]); err != nil {
				return err
			}
			n, err := io.CopyN(dst, r, total)
			if err != nil {
				if errors.Is(err, io.EOF) {
					return fmt.Errorf("%w: PNG chunk %s at byte %d truncated", ErrMalformedImage, typ, off)
				}
				return err
			}
			off += 8 + n
		} else {
			n, err := io.CopyN(io.Discard, r, total)
			if err != nil {
				return fmt.Errorf("%w: PNG chunk %s at byte %d truncated", ErrMalformedImage, typ, off)
			}
			off += 8 + n
			rep.Removed = append(rep.Removed, fmt.Sprintf("%s %s(%d bytes)", typ, pngChunkName(typ), length))
		}
		if typ == "IEND" {
			n, err := io.Copy(io.Discard, r)
			if err != nil {
				return err
			}
			if n > 0 {
				rep.Removed = append(rep.Removed, fmt.Sprintf("%d bytes after IEND", n))
			}
			return nil
		}
	}
}

func pngChunkName(t string) string {
	switch t {
	case "tEXt", "zTXt", "iTXt":
		return "text "
	case "eXIf":
		return "Exif "
	case "tIME":
		return "modification time "
	}
	return "unknown ancillary chunk "
}

func printableType(t string) string {
	b := []byte(t)
	for i, c := range b {
		if c < 0x20 || c > 0x7E {
			b[i] = '?'
		}
	}
	return string(b)
}
