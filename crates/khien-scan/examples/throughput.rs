//! Throughput of the scanner on one source, without the rest of Khiên:
//! `cargo run --release -p khien-scan --example throughput -- PATH [THREADS]`.
//! Prints MiB read, seconds, MiB/s, and the findings and errors counted.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: throughput PATH [THREADS]")?;
    let threads: usize = args.next().map_or(Ok(1), |t| t.parse())?;
    let mut opts = khien_scan::Options::new(2026);
    opts.threads = threads;
    let started = std::time::Instant::now();
    let r = khien_scan::scan(
        vec![path.clone()],
        opts,
        Arc::new(khien_scan::NoProgress),
        Arc::new(AtomicBool::new(false)),
    )
    .await
    .map_err(|e| e.to_string())?;
    let secs = started.elapsed().as_secs_f64();
    let mib = r.sources.iter().map(|s| s.bytes).sum::<u64>() as f64 / f64::from(1 << 20);
    let found: u64 = r.findings.iter().map(|f| f.count).sum();
    println!(
        "{path}: {mib:.1} MiB in {secs:.2} s = {:.1} MiB/s on {threads} thread(s); {} findings ({found} values), {} errors, {} skipped",
        mib / secs,
        r.findings.len(),
        r.errors.len(),
        r.skipped.len()
    );
    Ok(())
}
