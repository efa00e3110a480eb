//! Rendering time of one form: `cargo run --release -p khien-forms --example render_bench --
//! nd165-06 pdf 100`. Prints the first render (fonts and Typst's library loaded, cold) and the
//! median and p99 of the following ones, each from checked data to finished bytes. Each
//! render has different data (its first text value carries the iteration), and Typst's
//! memoization cache is emptied before each one, so no render reuses another's work.

#![allow(clippy::print_stdout, reason = "a benchmark prints")]

use std::time::Instant;

use khien_forms::{Catalogue, docx, layout, pdf};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let id = args.get(1).map_or("nd165-06", String::as_str);
    let format = args.get(2).map_or("pdf", String::as_str);
    let n: usize = args.get(3).map_or(Ok(100), |s| s.parse())?;
    let catalogue = Catalogue::builtin()?;
    let form = catalogue
        .get(id)
        .ok_or_else(|| anyhow::anyhow!("no form {id}"))?;
    let data = form.example();
    let mut times = Vec::with_capacity(n + 1);
    let mut size = 0;
    for i in 0..=n {
        let mut data = data.clone();
        mark_first_text(&mut data, i);
        typst::comemo::evict(0);
        let start = Instant::now();
        let filled = form.fill(&data)?;
        let blocks = layout::layout(&filled);
        let bytes = match format {
            "docx" => docx::render(&blocks)?,
            _ => pdf::render(&blocks)?,
        };
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        size = bytes.len();
    }
    let first = times.remove(0);
    times.sort_by(f64::total_cmp);
    let q = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "{id} {format}: {size} bytes; first {first:.1} ms; then n={n} p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        q(0.5),
        q(0.99),
        q(1.0)
    );
    Ok(())
}

/// Appends ` {i}` to the first string value of `v`; returns whether it found one.
fn mark_first_text(v: &mut serde_json::Value, i: usize) -> bool {
    match v {
        serde_json::Value::String(s) if s.starts_with("Giá trị") => {
            s.push_str(&format!(" {i}"));
            true
        }
        serde_json::Value::Object(m) => m.values_mut().any(|x| mark_first_text(x, i)),
        _ => false,
    }
}
