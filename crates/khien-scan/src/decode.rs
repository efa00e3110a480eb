//! Text encodings: UTF-8 (with or without BOM), UTF-16 (LE/BE, with or without BOM) and
//! Windows-1258, the Vietnamese code page of older Windows exports. The first 64 KiB decide;
//! everything is decoded as it streams, never read whole.

use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::sync::atomic::{AtomicBool, Ordering};

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1258};

use crate::Progress;
use crate::input::ReadSeek;

/// How a file is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enc {
    /// UTF-8.
    Utf8,
    /// UTF-8 with a byte-order mark.
    Utf8Bom,
    /// UTF-16, little-endian.
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
    /// Windows-1258 (Vietnamese).
    Windows1258,
}

impl Enc {
    /// Name for reports.
    pub fn name(self) -> &'static str {
        match self {
            Enc::Utf8 => "utf-8",
            Enc::Utf8Bom => "utf-8-bom",
            Enc::Utf16Le => "utf-16le",
            Enc::Utf16Be => "utf-16be",
            Enc::Windows1258 => "windows-1258",
        }
    }

    fn encoding(self) -> Option<&'static Encoding> {
        match self {
            Enc::Utf8 | Enc::Utf8Bom => None,
            Enc::Utf16Le => Some(UTF_16LE),
            Enc::Utf16Be => Some(UTF_16BE),
            Enc::Windows1258 => Some(WINDOWS_1258),
        }
    }
}

/// Bytes read to decide the encoding.
pub const SNIFF: usize = 64 * 1024;

/// Decides the encoding from the first bytes of a file; `Err` for binary content.
pub fn sniff(head: &[u8]) -> Result<Enc, String> {
    if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Ok(Enc::Utf8Bom);
    }
    if head.starts_with(&[0xFF, 0xFE]) {
        return Ok(Enc::Utf16Le);
    }
    if head.starts_with(&[0xFE, 0xFF]) {
        return Ok(Enc::Utf16Be);
    }
    let zeros_even = head.iter().step_by(2).filter(|b| **b == 0).count();
    let zeros_odd = head.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
    let half = head.len() / 2;
    if half > 0 && zeros_odd * 10 > half * 3 && zeros_even * 10 < half {
        return Ok(Enc::Utf16Le);
    }
    if half > 0 && zeros_even * 10 > half * 3 && zeros_odd * 10 < half {
        return Ok(Enc::Utf16Be);
    }
    if zeros_even + zeros_odd > 0 {
        return Err("binary content (NUL bytes), not a text file".to_owned());
    }
    // UTF-8 unless invalid sequences outnumber the valid non-ASCII characters: a UTF-8 file
    // with a damaged line stays UTF-8 (and that line is reported), while Windows-1258 text,
    // whose letters are single bytes above 0x7F, is almost never valid UTF-8.
    let (mut valid, mut invalid) = (0usize, 0usize);
    let mut chunks = head.utf8_chunks().peekable();
    while let Some(c) = chunks.next() {
        valid += c.valid().chars().filter(|ch| !ch.is_ascii()).count();
        // A character cut at the end of the sample is not an error.
        if !c.invalid().is_empty() && chunks.peek().is_some() {
            invalid += 1;
        }
    }
    Ok(if invalid == 0 || valid > invalid {
        Enc::Utf8
    } else {
        Enc::Windows1258
    })
}

/// The first bytes of a file, decoded to text (for sniffing a delimiter or a header).
pub fn decode_head(head: &[u8], enc: Enc) -> String {
    match enc.encoding() {
        None => String::from_utf8_lossy(head.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(head))
            .into_owned(),
        Some(e) => e.decode_with_bom_removal(head).0.into_owned(),
    }
}

/// Opens a text input: its encoding and a reader of UTF-8 bytes (BOM removed) that counts
/// progress, stops when `cancel` is set, and refuses lines longer than `max_line` bytes.
pub fn open_text<'a>(
    mut f: Box<dyn ReadSeek + 'a>,
    max_line: usize,
    progress: &'a dyn Progress,
    cancel: &'a AtomicBool,
) -> io::Result<(Enc, String, Box<dyn Read + 'a>)> {
    let mut head = vec![0; SNIFF];
    let n = read_full(&mut f, &mut head)?;
    head.truncate(n);
    let enc = sniff(&head).map_err(|m| io::Error::new(io::ErrorKind::InvalidData, m))?;
    let head_text = decode_head(&head, enc);
    f.seek(SeekFrom::Start(0))?;
    let counted = Counting {
        inner: f,
        progress,
        cancel,
        pending: 0,
    };
    let reader: Box<dyn Read + 'a> = match enc.encoding() {
        None => {
            let mut r = BufReader::with_capacity(256 * 1024, counted);
            if enc == Enc::Utf8Bom {
                let mut bom = [0u8; 3];
                r.read_exact(&mut bom)?;
            }
            Box::new(r)
        }
        Some(e) => Box::new(
            encoding_rs_io::DecodeReaderBytesBuilder::new()
                .encoding(Some(e))
                .build(BufReader::with_capacity(256 * 1024, counted)),
        ),
    };
    Ok((
        enc,
        head_text,
        Box::new(LineLimit {
            inner: reader,
            since_newline: 0,
            max: max_line,
        }),
    ))
}

/// A reader of bytes `start..start + len` of a text file already sniffed as `enc` (a
/// single-byte line break: UTF-8 or Windows-1258), decoded to UTF-8, counting progress and
/// refusing long lines as [`open_text`] does: one part of a large file read by one thread.
pub fn open_range<'a>(
    path: &std::path::Path,
    start: u64,
    len: u64,
    enc: Enc,
    max_line: usize,
    progress: &'a dyn Progress,
    cancel: &'a AtomicBool,
) -> io::Result<Box<dyn Read + 'a>> {
    let mut f = std::fs::File::open(path)?;
    f.seek(SeekFrom::Start(start))?;
    let counted = Counting {
        inner: f.take(len),
        progress,
        cancel,
        pending: 0,
    };
    let reader: Box<dyn Read + 'a> = match enc.encoding() {
        None => Box::new(BufReader::with_capacity(256 * 1024, counted)),
        Some(e) => Box::new(
            encoding_rs_io::DecodeReaderBytesBuilder::new()
                .encoding(Some(e))
                .build(BufReader::with_capacity(256 * 1024, counted)),
        ),
    };
    Ok(Box::new(LineLimit {
        inner: reader,
        since_newline: 0,
        max: max_line,
    }))
}

/// Decodes a whole text held in memory (HTML, RTF fallbacks, e-mail parts): the encoding is
/// sniffed as for files; binary content is an error.
pub fn decode_all(bytes: &[u8]) -> Result<(Enc, String), String> {
    let head = bytes.get(..SNIFF.min(bytes.len())).unwrap_or(bytes);
    let enc = sniff(head)?;
    Ok((enc, decode_head(bytes, enc)))
}

fn read_full(f: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match f.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

/// Reports bytes read and stops on Ctrl-C.
struct Counting<'a, R> {
    inner: R,
    progress: &'a dyn Progress,
    cancel: &'a AtomicBool,
    pending: u64,
}

/// The error a reader returns when the scan is interrupted.
pub fn interrupted() -> io::Error {
    io::Error::new(io::ErrorKind::Interrupted, "the scan was interrupted")
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(interrupted());
        }
        let n = self.inner.read(buf)?;
        self.pending += n as u64;
        if self.pending >= 1 << 20 || n == 0 {
            self.progress.advance(self.pending);
            self.pending = 0;
        }
        Ok(n)
    }
}

/// Refuses a line longer than `max` bytes, so that a file without line breaks cannot make a
/// reader buffer it whole.
struct LineLimit<R> {
    inner: R,
    since_newline: usize,
    max: usize,
}

impl<R: Read> Read for LineLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let chunk = buf.get(..n).unwrap_or(&[]);
        match memrchr(b'\n', chunk) {
            Some(i) => self.since_newline = n - i - 1,
            None => self.since_newline += n,
        }
        if self.since_newline > self.max {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "a line longer than {} MiB: not a line-oriented file, or damaged",
                    self.max >> 20
                ),
            ));
        }
        Ok(n)
    }
}

fn memrchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().rposition(|b| *b == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_encodings() {
        assert_eq!(sniff(b"\xEF\xBB\xBFho_ten\n"), Ok(Enc::Utf8Bom));
        assert_eq!(sniff(b"\xFF\xFEh\x00o\x00"), Ok(Enc::Utf16Le));
        assert_eq!(sniff(b"\xFE\xFF\x00h\x00o"), Ok(Enc::Utf16Be));
        assert_eq!(sniff("Họ tên".as_bytes()), Ok(Enc::Utf8));
        assert_eq!(sniff(b"h\x00o\x00_\x00t\x00e\x00n\x00"), Ok(Enc::Utf16Le));
        // "Hà" in Windows-1258: 0xE0 is "à".
        assert_eq!(sniff(b"H\xE0 N\xF4\xD2i"), Ok(Enc::Windows1258));
        assert!(sniff(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00").is_err());
        // A character cut at the end of the sample is still UTF-8.
        let s = "Nguyễn".as_bytes();
        assert_eq!(sniff(&s[..s.len() - 1]), Ok(Enc::Utf8));
    }
}
