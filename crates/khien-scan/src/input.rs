//! What a reader reads: a file on disk, or the bytes of a file found inside another (an entry
//! of a ZIP archive, an attachment of an e-mail), already bounded in size.

use std::fs::File;
use std::io::{self, BufReader, Cursor, Read, Seek};
use std::path::Path;

/// Readable and seekable (what calamine, zip and the text sniffer need).
pub trait ReadSeek: Read + Seek {}
impl<T: Read + Seek> ReadSeek for T {}

/// A file to read.
#[derive(Clone, Copy)]
pub enum Input<'a> {
    /// A file on disk.
    File(&'a Path),
    /// The bytes of a file held inside another.
    Bytes(&'a [u8]),
}

impl<'a> Input<'a> {
    /// A reader over the whole input.
    pub fn open(&self) -> io::Result<Box<dyn ReadSeek + 'a>> {
        Ok(match *self {
            Input::File(p) => Box::new(BufReader::with_capacity(256 * 1024, File::open(p)?)),
            Input::Bytes(b) => Box::new(Cursor::new(b)),
        })
    }

    /// Size in bytes.
    pub fn len(&self) -> u64 {
        match *self {
            Input::File(p) => std::fs::metadata(p).map_or(0, |m| m.len()),
            Input::Bytes(b) => b.len() as u64,
        }
    }

    /// The whole input in memory, refused when it is larger than `cap` bytes (the formats
    /// that cannot be streamed: PDF, RTF, HTML, e-mail).
    pub fn read_capped(&self, cap: u64, what: &str) -> Result<Vec<u8>, String> {
        let len = self.len();
        if len > cap {
            return Err(format!(
                "{what} of {} MiB: larger than the {} MiB read whole; not read",
                len >> 20,
                cap >> 20
            ));
        }
        match *self {
            Input::Bytes(b) => Ok(b.to_vec()),
            Input::File(p) => {
                let mut v = Vec::new();
                File::open(p)
                    .and_then(|f| f.take(cap + 1).read_to_end(&mut v))
                    .map_err(|e| e.to_string())?;
                if v.len() as u64 > cap {
                    return Err(format!("{what} grew past {} MiB while read", cap >> 20));
                }
                Ok(v)
            }
        }
    }
}
