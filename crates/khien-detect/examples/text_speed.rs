//! Speed of the free-text rules alone, line by line, without reading files or keeping
//! findings: `cargo run --release -p khien-detect --example text_speed -- FILE [ROUNDS]`.
//! Prints MiB/s on one thread and the number of hits (which must not change with a speed-up).

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: text_speed FILE [ROUNDS]")?;
    let rounds: u32 = args.next().map_or(Ok(1), |r| r.parse())?;
    let text = std::fs::read_to_string(&path)?;
    let mut hits = Vec::new();
    let mut found = 0usize;
    let started = Instant::now();
    for _ in 0..rounds {
        for line in text.lines() {
            hits.clear();
            khien_detect::scan_text(line, 2026, &mut hits);
            found += hits.len();
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let mib = text.len() as f64 * f64::from(rounds) / f64::from(1 << 20);
    println!(
        "{path}: {mib:.1} MiB in {secs:.2} s = {:.1} MiB/s; {found} hits",
        mib / secs
    );
    Ok(())
}
