//! ZIP archives, and the ZIP containers of office documents, read within bounds: an entry may
//! expand to `Options::max_entry_bytes` at most and by `Options::max_ratio` times its
//! compressed size at most (a ZIP bomb expands by thousands), and everything expanded under one
//! file given to the scan adds up to `Options::max_expanded_bytes` at most. Sizes an entry
//! declares are checked first and the bytes actually expanded are counted too, since a crafted
//! archive can declare less than it holds.

use std::io::Read;

use zip::ZipArchive;

use crate::Options;
use crate::input::{Input, ReadSeek};
use crate::readers::{Ctx, Format, Nested};

const MIB: u64 = 1 << 20;

fn check_entry(name: &str, size: u64, compressed: u64, opts: &Options) -> Result<(), String> {
    if size > opts.max_entry_bytes {
        return Err(format!(
            "{name}: {} MiB once expanded, over the {} MiB read per entry",
            size / MIB,
            opts.max_entry_bytes / MIB
        ));
    }
    if size > MIB && size / compressed.max(1) > opts.max_ratio {
        return Err(format!(
            "{name}: expands {} times its compressed size (over {}): a ZIP bomb, not read",
            size / compressed.max(1),
            opts.max_ratio
        ));
    }
    Ok(())
}

/// Checks the ZIP container of an office document before a library reads it: every entry
/// within the bounds, and all of them together within `max_expanded_bytes`.
pub fn guard(r: Box<dyn ReadSeek + '_>, opts: &Options) -> Result<(), String> {
    let mut z = ZipArchive::new(r).map_err(|e| format!("not a readable ZIP container: {e}"))?;
    let mut total = 0u64;
    for i in 0..z.len() {
        let f = z
            .by_index_raw(i)
            .map_err(|e| format!("entry {i} of the container: {e}"))?;
        let name = f.name().map(|n| n.into_owned()).unwrap_or_default();
        check_entry(&name, f.size(), f.compressed_size(), opts)?;
        total = total.saturating_add(f.size());
    }
    if total > opts.max_expanded_bytes {
        return Err(format!(
            "the container expands to {} MiB, over the {} MiB read per file",
            total / MIB,
            opts.max_expanded_bytes / MIB
        ));
    }
    Ok(())
}

/// Reads one entry of a container whole, within the bounds (for the XML parts of office
/// documents, which are parsed as they stream from the returned bytes).
pub fn entry<R: std::io::Read + std::io::Seek>(
    z: &mut ZipArchive<R>,
    name: &str,
    opts: &Options,
) -> Result<Option<Vec<u8>>, String> {
    let f = match z.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("{name}: {e}")),
    };
    check_entry(name, f.size(), f.compressed_size(), opts)?;
    let mut v = Vec::new();
    f.take(opts.max_entry_bytes + 1)
        .read_to_end(&mut v)
        .map_err(|e| format!("{name}: {e}"))?;
    if v.len() as u64 > opts.max_entry_bytes {
        return Err(format!(
            "{name}: expands past the {} MiB read per entry",
            opts.max_entry_bytes / MIB
        ));
    }
    Ok(Some(v))
}

/// Reads a ZIP archive: each entry whose name says a format the scanner reads is expanded (in
/// bounds) and handed to `nested`. Returns the entries read, the entries skipped, and the
/// problems met with single entries (the archive was read on past them).
pub fn read_zip(
    input: Input<'_>,
    ctx: &Ctx<'_>,
    nested: &mut Nested<'_>,
) -> Result<(u64, u64, Option<String>), String> {
    let opts = ctx.opts;
    let r = input.open().map_err(|e| e.to_string())?;
    let mut z = ZipArchive::new(r).map_err(|e| format!("not a readable ZIP archive: {e}"))?;
    let (mut read, mut skipped) = (0u64, 0u64);
    let mut problems: Vec<String> = Vec::new();
    for i in 0..z.len() {
        if ctx.cancelled() {
            return Err("the scan was interrupted".to_owned());
        }
        let f = match z.by_index(i) {
            Ok(f) => f,
            Err(e) => {
                problems.push(format!("entry {i}: {e}"));
                continue;
            }
        };
        if f.is_dir() {
            continue;
        }
        let name = f
            .name()
            .map(|n| n.into_owned())
            .unwrap_or_else(|_| format!("entry {i}"));
        if Format::from_path(std::path::Path::new(&name)).is_none() {
            skipped += 1;
            continue;
        }
        if f.encrypted() {
            problems.push(format!("{name}: encrypted, not read"));
            continue;
        }
        if let Err(e) = check_entry(&name, f.size(), f.compressed_size(), opts) {
            problems.push(e);
            continue;
        }
        let left = opts.max_expanded_bytes.saturating_sub(ctx.expanded.get());
        if f.size() > left {
            problems.push(format!(
                "the archive expands past {} MiB: {name} and the entries after it were not read",
                opts.max_expanded_bytes / MIB
            ));
            break;
        }
        let cap = opts.max_entry_bytes.min(left);
        let mut v = Vec::with_capacity(f.size().min(64 * MIB) as usize);
        let compressed = f.compressed_size();
        if let Err(e) = f.take(cap + 1).read_to_end(&mut v) {
            problems.push(format!("{name}: {e}"));
            continue;
        }
        ctx.expanded.set(ctx.expanded.get() + v.len() as u64);
        if v.len() as u64 > cap {
            problems.push(format!(
                "{name}: expands past what it declared and past the bounds; not read"
            ));
            continue;
        }
        if let Err(e) = check_entry(&name, v.len() as u64, compressed, opts) {
            problems.push(e);
            continue;
        }
        read += 1;
        nested(&name, v);
    }
    let error = (!problems.is_empty()).then(|| {
        let n = problems.len();
        let mut shown: Vec<String> = problems.into_iter().take(5).collect();
        if n > 5 {
            shown.push(format!("and {} more", n - 5));
        }
        shown.join("; ")
    });
    Ok((read, skipped, error))
}
