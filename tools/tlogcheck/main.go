// Command tlogcheck is an independent verifier for a transparency log served
// according to C2SP tlog-tiles (https://c2sp.org/tlog-tiles), with a
// checkpoint in C2SP tlog-checkpoint format signed as a C2SP signed note.
//
// It exists to cross-check Khiên's Rust implementation using a second,
// unrelated implementation of the Merkle tree maths: Go's
// golang.org/x/mod/sumdb/tlog and golang.org/x/mod/sumdb/note packages.
//
// Usage:
//
//	tlogcheck -url http://127.0.0.1:PORT/log/ -key 'name+hash+base64' \
//	    [-old-checkpoint FILE] [receipt.tlog-proof ...]
//
// Checks performed, in order:
//
//  1. The checkpoint at <url>checkpoint is a note signed by -key, and its
//     text is a valid tlog-checkpoint whose origin equals the key name.
//  2. Every entry bundle <url>tile/entries/<N>[.p/<W>] is fetched and holds
//     exactly the expected number of uint16-length-prefixed entries.
//  3. The RFC 6962 tree built from those entries has the checkpoint's root.
//  4. Every hash tile <url>tile/<L>/<N>[.p/<W>] (height 8) is byte-for-byte
//     identical to the tile computed from the entries.
//  5. With -old-checkpoint, the old (signed) checkpoint is consistent with
//     the current one.
//  6. Each receipt file (C2SP tlog-proof with an "extra" line carrying the
//     entry) holds a valid inclusion proof against its own signed checkpoint,
//     and that checkpoint and entry agree with the log that was fetched.
//
// One "ok ..." line is printed to stdout per passing check. Failures are
// printed to stderr as "FAIL: ..." and the exit status is 1. The exit status
// is 0 only if every check passed. Usage errors exit with status 2.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

const (
	// tileHeight is fixed by C2SP tlog-tiles: tiles are 2^8 = 256 hashes wide.
	tileHeight = 8
	tileWidth  = 1 << tileHeight

	// maxBody bounds any single HTTP response. A full entry bundle is at most
	// 256 * (2 + 65535) bytes, about 16 MiB.
	maxBody = 64 << 20

	// proofHeader is the first line of a C2SP tlog-proof.
	proofHeader = "c2sp.org/tlog-proof@v1"
)

// checkpoint is a parsed C2SP tlog-checkpoint.
type checkpoint struct {
	Origin     string
	Size       int64
	Root       tlog.Hash
	Extensions []string
}

// failures counts non-fatal failures; main exits 1 if it is non-zero.
var failures int

// fail reports a non-fatal failure: later checks still run, so that one run
// gives as much diagnostic information as possible.
func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "FAIL: "+format+"\n", args...)
	failures++
}

// fatal reports a failure after which no further check makes sense.
func fatal(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "FAIL: "+format+"\n", args...)
	os.Exit(1)
}

func ok(format string, args ...interface{}) {
	fmt.Printf("ok "+format+"\n", args...)
}

func main() {
	baseURL := flag.String("url", "", "log prefix URL, e.g. http://127.0.0.1:8080/log/")
	key := flag.String("key", "", "signed-note verifier key of the log: name+hash+base64")
	oldCheckpointFile := flag.String("old-checkpoint", "", "file holding an earlier signed checkpoint to check consistency against")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: tlogcheck -url URL -key VKEY [-old-checkpoint FILE] [receipt files...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *baseURL == "" || *key == "" {
		flag.Usage()
		os.Exit(2)
	}
	prefix := *baseURL
	if !strings.HasSuffix(prefix, "/") {
		prefix += "/"
	}

	verifier, err := note.NewVerifier(*key)
	if err != nil {
		fmt.Fprintf(os.Stderr, "tlogcheck: bad -key: %v\n", err)
		os.Exit(2)
	}
	verifiers := note.VerifierList(verifier)

	// 1. Checkpoint.
	cpURL := prefix + "checkpoint"
	cpBytes, err := fetch(cpURL)
	if err != nil {
		fatal("checkpoint: %v", err)
	}
	cp, err := openCheckpoint(cpBytes, verifiers, verifier.Name())
	if err != nil {
		fatal("checkpoint %s: %v", cpURL, err)
	}
	ok("checkpoint size=%d", cp.Size)
	n := cp.Size

	// 2. Entry bundles, and 3. tree hash.
	entries, err := fetchEntries(prefix, n)
	if err != nil {
		fatal("%v", err)
	}
	store := newHashStore()
	for i, e := range entries {
		if err := store.addRecord(int64(i), e); err != nil {
			fatal("computing stored hashes for entry %d: %v", i, err)
		}
	}
	root, err := treeHash(n, store)
	if err != nil {
		fatal("computing tree hash: %v", err)
	}
	if root != cp.Root {
		fail("tree hash: root computed from %d entries is %v, checkpoint says %v", n, root, cp.Root)
	} else {
		ok("tree hash")
	}

	// 4. Hash tiles.
	checkTiles(prefix, n, store)

	// 5. Consistency with an older checkpoint.
	if *oldCheckpointFile != "" {
		checkConsistency(*oldCheckpointFile, verifiers, verifier.Name(), cp, store)
	}

	// 6. Receipts.
	for _, file := range flag.Args() {
		checkReceipt(file, verifiers, verifier.Name(), cp, store, entries)
	}

	if failures > 0 {
		fmt.Fprintf(os.Stderr, "FAIL: %d check(s) failed\n", failures)
		os.Exit(1)
	}
}

// ---------------------------------------------------------------------------
// HTTP

var client = &http.Client{Timeout: 60 * time.Second}

// fetch GETs url and returns the body; any status other than 200 is an error.
func fetch(url string) ([]byte, error) {
	resp, err := client.Get(url)
	if err != nil {
		return nil, fmt.Errorf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: HTTP status %s", url, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody+1))
	if err != nil {
		return nil, fmt.Errorf("GET %s: reading body: %v", url, err)
	}
	if len(body) > maxBody {
		return nil, fmt.Errorf("GET %s: body larger than %d bytes", url, maxBody)
	}
	return body, nil
}

// ---------------------------------------------------------------------------
// Checkpoints

// openCheckpoint verifies the signed note msg against verifiers and parses
// its text as a tlog-checkpoint whose origin must be wantOrigin.
func openCheckpoint(msg []byte, verifiers note.Verifiers, wantOrigin string) (*checkpoint, error) {
	n, err := note.Open(msg, verifiers)
	if err != nil {
		return nil, fmt.Errorf("signature verification: %v", err)
	}
	if len(n.Sigs) == 0 {
		// note.Open already refuses this, but be explicit.
		return nil, errors.New("signature verification: no signature by the log key")
	}
	cp, err := parseCheckpoint(n.Text)
	if err != nil {
		return nil, err
	}
	if cp.Origin != wantOrigin {
		return nil, fmt.Errorf("origin %q does not match key name %q", cp.Origin, wantOrigin)
	}
	return cp, nil
}

// parseCheckpoint parses the text of a C2SP tlog-checkpoint note:
//
//	<origin>\n<decimal size>\n<base64 root>\n[<extension>\n ...]
//
// tlog.ParseTree cannot be used: it expects the sumdb "go.sum database tree"
// header instead of an origin line.
func parseCheckpoint(text string) (*checkpoint, error) {
	if !strings.HasSuffix(text, "\n") {
		return nil, errors.New("checkpoint text does not end with a newline")
	}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if len(lines) < 3 {
		return nil, fmt.Errorf("checkpoint text has %d lines, want at least 3", len(lines))
	}
	cp := &checkpoint{Origin: lines[0]}
	if cp.Origin == "" {
		return nil, errors.New("checkpoint origin line is empty")
	}
	size, err := parseDecimal(lines[1])
	if err != nil {
		return nil, fmt.Errorf("checkpoint size line %q: %v", lines[1], err)
	}
	cp.Size = size
	cp.Root, err = parseHash(lines[2])
	if err != nil {
		return nil, fmt.Errorf("checkpoint root hash line %q: %v", lines[2], err)
	}
	for i, ext := range lines[3:] {
		if ext == "" {
			return nil, fmt.Errorf("checkpoint extension line %d is empty", i+4)
		}
		cp.Extensions = append(cp.Extensions, ext)
	}
	return cp, nil
}

// parseDecimal parses a non-negative ASCII decimal with no sign and no
// leading zeroes (other than "0" itself), as the C2SP formats require.
func parseDecimal(s string) (int64, error) {
	if s == "" {
		return 0, errors.New("empty number")
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, errors.New("not a decimal number")
		}
	}
	if len(s) > 1 && s[0] == '0' {
		return 0, errors.New("leading zero")
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, err
	}
	return v, nil
}

// parseHash decodes a standard-base64 SHA-256 hash.
func parseHash(s string) (tlog.Hash, error) {
	var h tlog.Hash
	b, err := base64.StdEncoding.Strict().DecodeString(s)
	if err != nil {
		return h, fmt.Errorf("bad base64: %v", err)
	}
	if len(b) != tlog.HashSize {
		return h, fmt.Errorf("hash is %d bytes, want %d", len(b), tlog.HashSize)
	}
	copy(h[:], b)
	return h, nil
}

// ---------------------------------------------------------------------------
// Tile and bundle paths

// encodeIndex encodes a tile index as C2SP tlog-tiles path elements:
// 3-digit groups, all but the last prefixed with "x".
// 0 -> "000", 1234067 -> "x001/x234/067".
func encodeIndex(n int64) string {
	s := fmt.Sprintf("%03d", n%1000)
	for n >= 1000 {
		n /= 1000
		s = fmt.Sprintf("x%03d/%s", n%1000, s)
	}
	return s
}

// tilePath returns the C2SP path, relative to the log prefix, of the tile or
// bundle at the given level and index with w hashes/entries. level is the
// decimal level for hash tiles, or "entries" for entry bundles. Unlike Go
// sumdb's tile/H/L/NNN, C2SP paths have no height component.
func tilePath(level string, index int64, w int) string {
	p := "tile/" + level + "/" + encodeIndex(index)
	if w != tileWidth {
		p += fmt.Sprintf(".p/%d", w)
	}
	return p
}

// currentTiles returns the hash tiles of a tree of size n, as C2SP
// tlog-tiles defines them: every full tile, plus at most one partial tile
// per level. tlog.NewTiles also lists every narrower width of each partial
// tile (sumdb publishes them all); only the widest one belongs to this tree.
func currentTiles(n int64) []tlog.Tile {
	all := tlog.NewTiles(tileHeight, 0, n)
	var tiles []tlog.Tile
	for i, t := range all {
		if i+1 < len(all) && all[i+1].L == t.L && all[i+1].N == t.N {
			continue // a wider version of the same tile follows
		}
		tiles = append(tiles, t)
	}
	return tiles
}

// ---------------------------------------------------------------------------
// Entries

// fetchEntries fetches all entry bundles of a tree of size n and returns the
// n entries in order.
func fetchEntries(prefix string, n int64) ([][]byte, error) {
	entries := make([][]byte, 0, n)
	for start := int64(0); start < n; start += tileWidth {
		index := start / tileWidth
		w := tileWidth
		if n-start < tileWidth {
			w = int(n - start)
		}
		path := tilePath("entries", index, w)
		body, err := fetch(prefix + path)
		if err != nil {
			return nil, fmt.Errorf("entry bundle %s: %v", path, err)
		}
		bundle, err := parseBundle(body)
		if err != nil {
			return nil, fmt.Errorf("entry bundle %s: %v", path, err)
		}
		if len(bundle) != w {
			return nil, fmt.Errorf("entry bundle %s: holds %d entries, want %d", path, len(bundle), w)
		}
		entries = append(entries, bundle...)
	}
	return entries, nil
}

// parseBundle splits an entry bundle into its big-endian uint16
// length-prefixed entries.
func parseBundle(data []byte) ([][]byte, error) {
	var entries [][]byte
	for off := 0; off < len(data); {
		if len(data)-off < 2 {
			return nil, fmt.Errorf("truncated length prefix at byte %d (entry %d)", off, len(entries))
		}
		l := int(binary.BigEndian.Uint16(data[off:]))
		off += 2
		if len(data)-off < l {
			return nil, fmt.Errorf("entry %d at byte %d claims %d bytes but only %d remain", len(entries), off-2, l, len(data)-off)
		}
		entries = append(entries, data[off:off+l])
		off += l
	}
	return entries, nil
}

// ---------------------------------------------------------------------------
// In-memory hash storage

// hashStore holds the stored hashes of a tree, in tlog's storage order
// (see tlog.StoredHashIndex), computed with tlog.StoredHashes.
type hashStore struct {
	hashes []tlog.Hash
}

func newHashStore() *hashStore { return &hashStore{} }

// ReadHashes implements tlog.HashReader.
func (s *hashStore) ReadHashes(indexes []int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(indexes))
	for i, x := range indexes {
		if x < 0 || x >= int64(len(s.hashes)) {
			return nil, fmt.Errorf("stored hash index %d out of range (have %d)", x, len(s.hashes))
		}
		out[i] = s.hashes[x]
	}
	return out, nil
}

// reader returns the store as a tlog.HashReaderFunc.
func (s *hashStore) reader() tlog.HashReader { return tlog.HashReaderFunc(s.ReadHashes) }

// addRecord appends record number n (which must be the next one) and all
// the interior hashes it completes.
func (s *hashStore) addRecord(n int64, data []byte) error {
	if want := tlog.StoredHashIndex(0, n); want != int64(len(s.hashes)) {
		return fmt.Errorf("record %d would be stored at %d, store has %d hashes", n, want, len(s.hashes))
	}
	hashes, err := tlog.StoredHashes(n, data, s.reader())
	if err != nil {
		return err
	}
	s.hashes = append(s.hashes, hashes...)
	return nil
}

// emptyRoot is the RFC 6962 hash of the empty tree, SHA-256 of "".
// tlog.TreeHash(0) returns the all-zero hash instead, so size 0 is special.
var emptyRoot = tlog.Hash(sha256.Sum256(nil))

// treeHash returns the RFC 6962 root of the first n records in s.
func treeHash(n int64, s *hashStore) (tlog.Hash, error) {
	if n == 0 {
		return emptyRoot, nil
	}
	return tlog.TreeHash(n, s.reader())
}

// ---------------------------------------------------------------------------
// Checks 4 to 6

// checkTiles fetches every hash tile of the tree of size n and compares it
// with the tile computed from the entries.
func checkTiles(prefix string, n int64, store *hashStore) {
	tiles := currentTiles(n)
	bad := 0
	for _, t := range tiles {
		path := tilePath(strconv.Itoa(t.L), t.N, t.W)
		want, err := tlog.ReadTileData(t, store.reader())
		if err != nil {
			fail("tile %s: computing expected data: %v", path, err)
			bad++
			continue
		}
		got, err := fetch(prefix + path)
		if err != nil {
			fail("tile %s: %v", path, err)
			bad++
			continue
		}
		if bytes.Equal(got, want) {
			continue
		}
		bad++
		if len(got) != len(want) {
			fail("tile %s: served %d bytes, want %d (%d hashes)", path, len(got), len(want), t.W)
			continue
		}
		// Same length: report the first differing hash and how many differ.
		first, count := -1, 0
		for i := 0; i < t.W; i++ {
			a, b := got[i*tlog.HashSize:(i+1)*tlog.HashSize], want[i*tlog.HashSize:(i+1)*tlog.HashSize]
			if !bytes.Equal(a, b) {
				if first < 0 {
					first = i
				}
				count++
			}
		}
		// Hash i of tile (L, N) covers entries [(N*256+i)*256^L, (N*256+i+1)*256^L).
		lo := (t.N*tileWidth + int64(first)) << (tileHeight * uint(t.L))
		hi := lo + 1<<(tileHeight*uint(t.L))
		if hi > n {
			hi = n
		}
		var what string
		if t.L == 0 {
			what = fmt.Sprintf("leaf hash of entry %d", lo)
		} else {
			what = fmt.Sprintf("hash of entries [%d, %d)", lo, hi)
		}
		var gotH, wantH tlog.Hash
		copy(gotH[:], got[first*tlog.HashSize:])
		copy(wantH[:], want[first*tlog.HashSize:])
		fail("tile %s: %d of %d hashes differ; first is #%d (%s): served %v, computed %v",
			path, count, t.W, first, what, gotH, wantH)
	}
	if bad == 0 {
		ok("tiles %d", len(tiles))
	}
}

// checkConsistency verifies the old checkpoint in file and checks that the
// current tree (size cp.Size, root cp.Root) extends it.
func checkConsistency(file string, verifiers note.Verifiers, origin string, cp *checkpoint, store *hashStore) {
	msg, err := os.ReadFile(file)
	if err != nil {
		fail("old checkpoint: %v", err)
		return
	}
	old, err := openCheckpoint(msg, verifiers, origin)
	if err != nil {
		fail("old checkpoint %s: %v", file, err)
		return
	}
	m, n := old.Size, cp.Size
	switch {
	case m > n:
		fail("consistency %d->%d: old checkpoint is larger than the current one (log shrank?)", m, n)
		return
	case m == 0:
		// Every tree extends the empty tree; its root must still be right.
		if old.Root != emptyRoot {
			fail("consistency 0->%d: old checkpoint of size 0 has root %v, want empty-tree hash %v", n, old.Root, emptyRoot)
			return
		}
	default:
		// The proof is computed from our own tree; checking it against both
		// signed roots shows that the old signed root is a prefix of the new
		// signed root (a fork or rewrite makes this fail).
		proof, err := tlog.ProveTree(n, m, store.reader())
		if err != nil {
			fail("consistency %d->%d: computing proof: %v", m, n, err)
			return
		}
		if err := tlog.CheckTree(proof, n, cp.Root, m, old.Root); err != nil {
			// Say which side is wrong if we can.
			detail := ""
			if r, err2 := treeHash(m, store); err2 == nil && r != old.Root {
				detail = fmt.Sprintf("; the first %d entries served hash to %v but the old checkpoint says %v", m, r, old.Root)
			}
			fail("consistency %d->%d: %v%s", m, n, err, detail)
			return
		}
	}
	ok("consistency %d->%d", m, n)
}

// receipt is a parsed C2SP tlog-proof.
type receipt struct {
	Extra      []byte
	Index      int64
	Proof      tlog.RecordProof
	Checkpoint []byte // the signed note, verbatim
}

// parseReceipt parses a C2SP tlog-proof (https://c2sp.org/tlog-proof).
// The "extra" line is required here, since it carries the entry itself.
func parseReceipt(data []byte) (*receipt, error) {
	// The proof part ends at the first empty line; the rest is the
	// checkpoint note. Proof lines are never empty, so this split is exact.
	split := bytes.Index(data, []byte("\n\n"))
	if split < 0 {
		return nil, errors.New("no empty line separating the proof from the checkpoint")
	}
	lines := strings.Split(string(data[:split]), "\n")
	r := &receipt{Checkpoint: data[split+2:]}

	if lines[0] != proofHeader {
		return nil, fmt.Errorf("line 1 is %q, want %q", lines[0], proofHeader)
	}
	lines = lines[1:]

	if len(lines) == 0 || !strings.HasPrefix(lines[0], "extra ") {
		return nil, errors.New(`line 2 must be "extra <base64 entry>" (required by tlogcheck)`)
	}
	extra, err := base64.StdEncoding.Strict().DecodeString(strings.TrimPrefix(lines[0], "extra "))
	if err != nil {
		return nil, fmt.Errorf("extra line: bad base64: %v", err)
	}
	r.Extra = extra
	lines = lines[1:]

	if len(lines) == 0 || !strings.HasPrefix(lines[0], "index ") {
		return nil, errors.New(`line 3 must be "index <decimal>"`)
	}
	r.Index, err = parseDecimal(strings.TrimPrefix(lines[0], "index "))
	if err != nil {
		return nil, fmt.Errorf("index line %q: %v", lines[0], err)
	}
	lines = lines[1:]

	for i, l := range lines {
		h, err := parseHash(l)
		if err != nil {
			return nil, fmt.Errorf("inclusion proof hash %d (line %d): %v", i, i+4, err)
		}
		r.Proof = append(r.Proof, h)
	}
	return r, nil
}

// checkReceipt verifies a receipt file: its checkpoint signature, its
// inclusion proof, and its agreement with the log that was fetched.
func checkReceipt(file string, verifiers note.Verifiers, origin string, cp *checkpoint, store *hashStore, entries [][]byte) {
	data, err := os.ReadFile(file)
	if err != nil {
		fail("receipt %s: %v", file, err)
		return
	}
	r, err := parseReceipt(data)
	if err != nil {
		fail("receipt %s: %v", file, err)
		return
	}
	rcp, err := openCheckpoint(r.Checkpoint, verifiers, origin)
	if err != nil {
		fail("receipt %s: embedded checkpoint: %v", file, err)
		return
	}
	if r.Index >= rcp.Size {
		fail("receipt %s: index %d is not below checkpoint size %d", file, r.Index, rcp.Size)
		return
	}
	leaf := tlog.RecordHash(r.Extra)
	if err := tlog.CheckRecord(r.Proof, rcp.Size, rcp.Root, r.Index, leaf); err != nil {
		fail("receipt %s: inclusion proof of entry %d (leaf hash %v, %d proof hashes) against checkpoint size %d root %v: %v",
			file, r.Index, leaf, len(r.Proof), rcp.Size, rcp.Root, err)
		return
	}

	// Cross-check with the fetched log: the receipt's checkpoint must be a
	// prefix of the current tree and the entry must be the one served.
	if rcp.Size > cp.Size {
		fail("receipt %s: its checkpoint size %d is larger than the log's current checkpoint size %d", file, rcp.Size, cp.Size)
		return
	}
	if root, err := treeHash(rcp.Size, store); err != nil || root != rcp.Root {
		fail("receipt %s: its checkpoint (size %d, root %v) does not match the log: the first %d entries served hash to %v (err=%v)",
			file, rcp.Size, rcp.Root, rcp.Size, root, err)
		return
	}
	if !bytes.Equal(entries[r.Index], r.Extra) {
		fail("receipt %s: extra data differs from entry %d served by the log", file, r.Index)
		return
	}
	ok("receipt %s index=%d", file, r.Index)
}
