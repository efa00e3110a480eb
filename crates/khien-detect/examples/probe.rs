//! What the free-text rules find in each line of standard input, unmasked, for reading a
//! fixture's misses: `cargo run -q -p khien-detect --example probe < lines.txt`. The lines are
//! read as one document: the given names of the people named in full on earlier lines are
//! known on later ones, as the scanner knows them within a file; a word that may be a given
//! name used alone before its bearer is named is printed as waiting. A line `H: header` prints
//! what a column under that header is taken to hold.

use std::collections::HashSet;
use std::io::BufRead;

fn main() -> std::io::Result<()> {
    let mut given: HashSet<String> = HashSet::new();
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        if let Some(header) = line.strip_prefix("H: ") {
            println!("{header}\n   {:?}", khien_detect::hint(header));
            continue;
        }
        let mut hits = Vec::new();
        let known = |w: &str| given.contains(w);
        let mut unknown = Vec::new();
        khien_detect::scan_text_deferring(&line, 2026, Some(&known), &mut hits, Some(&mut unknown));
        println!("{line}");
        for r in unknown {
            println!("   (waits for a full name)  {}", line.get(r).unwrap_or(""));
        }
        for h in hits {
            let found = line.get(h.range).unwrap_or("");
            println!("   {:<24} {found}", h.hit.detector.id());
            if h.hit.detector == khien_detect::Detector::PersonName {
                given.extend(khien_detect::given_keys_of(found));
            }
        }
    }
    Ok(())
}
