//! Any string scanned as free text or as a value under any header: no panic.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        let mut out = Vec::new();
        khien_detect::scan_text(s, 2026, &mut out);
        let (header, value) = s.split_at(s.len() / 2);
        let _ = khien_detect::detect(value, khien_detect::hint(header), 2026);
    }
});
