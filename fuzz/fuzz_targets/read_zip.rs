//! Any bytes given to the zip reader end in findings or an error message, never a panic.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = khien_scan::read_bytes(khien_scan::Format::Zip, data);
});
