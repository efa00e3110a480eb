//! What the free-text rules find in each line of standard input, unmasked, for reading a
//! fixture's misses: `cargo run -q -p khien-detect --example probe < lines.txt`.

use std::io::BufRead;

fn main() -> std::io::Result<()> {
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let mut hits = Vec::new();
        khien_detect::scan_text(&line, 2026, &mut hits);
        println!("{line}");
        for h in hits {
            println!(
                "   {:<24} {}",
                h.hit.detector.id(),
                line.get(h.range).unwrap_or("")
            );
        }
    }
    Ok(())
}
