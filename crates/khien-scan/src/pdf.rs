//! PDF files and pictures. A PDF's text layer is read with pdf-extract, its ruled tables
//! rebuilt into rows and cells from the lines drawn around them (`pdf_layout`) and read as
//! tables; a PDF without one (a
//! scan) and a picture are read by OCR with Tesseract's Vietnamese model when `tesseract` (and,
//! for PDFs, `pdftoppm`) are installed (Debian: tesseract-ocr, tesseract-ocr-vie,
//! poppler-utils), and reported as skipped with the reason when they are not. A picture of an
//! ID card (CCCD, CMND: the card's title and the national motto read on it) is reported as an
//! ID-card image, sensitive data (Decree 356/2025 Art. 4(1)(i)).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use khien_detect::{Detector, Hit, fold};

use crate::input::Input;
use crate::readers::Ctx;
use crate::unit::{FieldKey, UnitScan};

/// Pages of a scanned PDF read by OCR at most.
const MAX_OCR_PAGES: usize = 30;
/// Time one OCR run may take.
const OCR_TIMEOUT: Duration = Duration::from_secs(120);

/// The Tesseract languages to use ("vie+eng", "vie"), or why OCR cannot run.
fn tesseract() -> Result<&'static str, &'static str> {
    static LANGS: OnceLock<Result<&'static str, &'static str>> = OnceLock::new();
    *LANGS.get_or_init(|| {
        let out = Command::new("tesseract")
            .arg("--list-langs")
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output();
        match out {
            Err(_) => Err("tesseract is not installed (Debian: tesseract-ocr tesseract-ocr-vie)"),
            Ok(o) => {
                let langs = String::from_utf8_lossy(&o.stdout);
                let has = |l: &str| langs.lines().any(|x| x.trim() == l);
                match (has("vie"), has("eng")) {
                    (true, true) => Ok("vie+eng"),
                    (true, false) => Ok("vie"),
                    _ => Err("Tesseract has no Vietnamese model (Debian: tesseract-ocr-vie)"),
                }
            }
        }
    })
}

fn has_pdftoppm() -> bool {
    static HAS: OnceLock<bool> = OnceLock::new();
    *HAS.get_or_init(|| {
        Command::new("pdftoppm")
            .arg("-v")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok()
    })
}

/// A private directory for files handed to OCR, removed with everything in it when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Result<Self, String> {
        static N: AtomicU64 = AtomicU64::new(0);
        let dir = std::env::temp_dir().join(format!(
            "khien-ocr-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let mut b = std::fs::DirBuilder::new();
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
        b.create(&dir)
            .map_err(|e| format!("cannot make a scratch directory: {e}"))?;
        Ok(Scratch(dir))
    }

    fn write(&self, name: &str, bytes: &[u8]) -> Result<PathBuf, String> {
        let p = self.0.join(name);
        let mut f = std::fs::File::create(&p).map_err(|e| e.to_string())?;
        f.write_all(bytes).map_err(|e| e.to_string())?;
        Ok(p)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs a command, killing it after `timeout`; its standard output. Called on the scanner's
/// reader threads (plain threads under `spawn_blocking`), never on an async worker, so it may
/// sleep while it polls.
#[allow(clippy::disallowed_methods)]
fn run(cmd: &mut Command, timeout: Duration) -> Result<Vec<u8>, String> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut stdout = child.stdout.take();
    let reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(s) = stdout.as_mut() {
            let _ = std::io::Read::read_to_end(s, &mut v);
        }
        v
    });
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                let out = reader.join().unwrap_or_default();
                return if status.success() {
                    Ok(out)
                } else {
                    Err(format!("exited with {status}"))
                };
            }
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("took more than {} s; stopped", timeout.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(e.to_string()),
        }
    }
}

fn ocr_file(path: &Path, langs: &str) -> Result<String, String> {
    let out = run(
        Command::new("tesseract")
            .arg(path)
            .arg("stdout")
            .args(["-l", langs]),
        OCR_TIMEOUT,
    )
    .map_err(|e| format!("OCR failed: {e}"))?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// Whether OCR text reads as an ID card: the card's title and the national motto or header.
fn id_card(text: &str) -> bool {
    let f = fold(text);
    let title = [
        "can cuoc",
        "citizen identity",
        "chung minh nhan dan",
        "identity card",
    ]
    .iter()
    .any(|w| f.contains(w));
    let state = [
        "cong hoa xa hoi chu nghia",
        "socialist republic",
        "doc lap tu do hanh phuc",
        "independence freedom happiness",
    ]
    .iter()
    .any(|w| f.contains(w));
    title && state
}

/// A PDF's text as pdf-extract lays it out, made into lines of sentences: a line that ends
/// with a space was wrapped by the layout and goes on on the next; sentences the layout glued
/// together ("Kinh.Mã số", "2025.Chẩn đoán") are parted again.
fn unwrap_layout(text: &str) -> String {
    let joined = text.replace(" \n", " ");
    let mut out = String::with_capacity(joined.len() + 64);
    let mut prev: Option<char> = None;
    let mut chars = joined.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if matches!(c, '.' | ';' | ':')
            && prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit())
            && chars.peek().is_some_and(|n| n.is_uppercase())
        {
            out.push(' ');
        }
        prev = Some(c);
    }
    out
}

/// A PDF's text layer, its ruled tables as tab-separated rows ([`crate::pdf_layout`]).
fn layout_text(bytes: &[u8]) -> Result<String, String> {
    let mut doc =
        pdf_extract::Document::load_mem(bytes).map_err(|e| format!("cannot read the PDF: {e}"))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err("the PDF is encrypted with a password".to_owned());
    }
    let mut layout = crate::pdf_layout::Layout::new();
    pdf_extract::output_doc(&doc, &mut layout).map_err(|e| format!("cannot read the PDF: {e}"))?;
    Ok(layout.into_text())
}

/// A text layer's lines: runs of tab-separated rows are read as tables, as in a text file;
/// whether a table was wider than the cap.
fn feed_layout(unit: &mut UnitScan, text: &str, max_columns: usize) -> bool {
    let mut lines = crate::readers::TextLines::new(max_columns);
    for line in unwrap_layout(text).lines() {
        lines.line(unit, line);
    }
    lines.finish(unit)
}

/// Text read by OCR, a line at a time, in the field "ocr".
fn feed_text(unit: &mut UnitScan, text: &str) {
    let year = unit.year;
    let key = FieldKey {
        field: Some("ocr".to_owned()),
        ..FieldKey::default()
    };
    for line in text.lines() {
        if line.trim().is_empty() {
            continue;
        }
        unit.records += 1;
        unit.field(key.clone(), None).add_text(line, year);
    }
    if id_card(text) {
        unit.field(key, None).add_hit(
            Hit {
                detector: Detector::IdCardImage,
                confidence: 0.9,
            },
            "ảnh căn cước",
        );
    }
}

/// Reads a PDF (`pdf`) or a picture. `Ok(Some(reason))` when it was skipped.
pub fn read(
    input: Input<'_>,
    pdf: bool,
    unit: &mut UnitScan,
    ctx: &Ctx<'_>,
) -> Result<Option<String>, String> {
    if pdf {
        let bytes = input.read_capped(ctx.opts.max_pdf_bytes, "a PDF")?;
        if !bytes.starts_with(b"%PDF") {
            return Err("not a PDF (no %PDF header)".to_owned());
        }
        let text = layout_text(&bytes)?;
        let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
        if letters >= 32 {
            return match feed_layout(unit, &text, ctx.opts.max_fields) {
                false => Ok(None),
                true => Err(crate::table::too_wide(ctx.opts.max_fields)),
            };
        }
        // A scan: its pages are pictures.
        if !ctx.opts.ocr {
            return Ok(Some(
                "a scanned PDF without a text layer; OCR is turned off".to_owned(),
            ));
        }
        let langs = match tesseract() {
            Ok(l) => l,
            Err(why) => return Ok(Some(format!("a scanned PDF without a text layer: {why}"))),
        };
        if !has_pdftoppm() {
            return Ok(Some(
                "a scanned PDF without a text layer: pdftoppm is not installed (Debian: poppler-utils)"
                    .to_owned(),
            ));
        }
        let scratch = Scratch::new()?;
        let src = scratch.write("input.pdf", &bytes)?;
        run(
            Command::new("pdftoppm")
                // 200 dpi, but never more than 3 000 pixels on a side (a page may declare
                // any size).
                .args(["-r", "200", "-scale-to", "3000", "-gray", "-png", "-l"])
                .arg(MAX_OCR_PAGES.to_string())
                .arg(&src)
                .arg(scratch.0.join("page")),
            OCR_TIMEOUT,
        )
        .map_err(|e| format!("cannot render the PDF's pages: {e}"))?;
        let mut pages: Vec<PathBuf> = std::fs::read_dir(&scratch.0)
            .map_err(|e| e.to_string())?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "png"))
            .collect();
        pages.sort();
        for p in pages {
            if ctx.cancelled() {
                return Err("the scan was interrupted".to_owned());
            }
            let text = ocr_file(&p, langs)?;
            feed_text(unit, &text);
        }
        return Ok(None);
    }
    if !ctx.opts.ocr {
        return Ok(Some("a picture; OCR is turned off".to_owned()));
    }
    let langs = match tesseract() {
        Ok(l) => l,
        Err(why) => return Ok(Some(format!("a picture: {why}"))),
    };
    let text = match input {
        Input::File(p) => ocr_file(p, langs)?,
        Input::Bytes(b) => {
            let scratch = Scratch::new()?;
            let p = scratch.write("image", b)?;
            ocr_file(&p, langs)?
        }
    };
    feed_text(unit, &text);
    Ok(None)
}

#[cfg(test)]
mod tests {
    #[test]
    fn id_cards_are_told_by_title_and_motto() {
        assert!(super::id_card(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nCĂN CƯỚC CÔNG DÂN\nSố: 001203012345"
        ));
        assert!(!super::id_card(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQUYẾT ĐỊNH về việc khen thưởng"
        ));
    }
}
