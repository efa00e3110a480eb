//! `khien scan`: discovery from the command line.

use std::io::IsTerminal as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context as _, bail};
use khien_detect::Regime;
use khien_scan::{Options, Progress, Report};

use crate::args::{CorpusCommand, Global, ScanArgs, ScanFormat};

struct Bar(indicatif::ProgressBar);

impl Progress for Bar {
    fn add_total(&self, bytes: u64) {
        self.0.inc_length(bytes);
    }
    fn advance(&self, bytes: u64) {
        self.0.inc(bytes);
    }
    fn message(&self, what: &str) {
        let short: String = what
            .chars()
            .rev()
            .take(48)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        self.0.set_message(short);
    }
}

pub(crate) async fn run(g: &Global, a: ScanArgs) -> anyhow::Result<()> {
    let Some(regime) = Regime::from_id(&a.regime) else {
        bail!(
            "unknown regime `{}`: expected law-91-2025 or decree-13-2023",
            a.regime
        );
    };
    let now = khien_api::Clock::now(&khien_api::SystemClock);
    let mut opts = Options::new(now.year());
    opts.regime = regime;
    opts.sample_rows = a.sample_rows;
    opts.ocr = !a.no_ocr;
    // PDF, XLS and Parquet are read by `khien scan-isolated`: a crash is that file's error.
    opts.isolate = std::env::current_exe().ok();
    opts.max_depth = a.max_depth;
    khien_scan::quiet_reader_panics();
    if let Some(t) = a.threads {
        opts.threads = usize::from(t);
    }
    let progress: Arc<dyn Progress> = if !a.quiet && std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, còn {eta}) {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Arc::new(Bar(bar))
    } else {
        Arc::new(khien_scan::NoProgress)
    };
    let cancel = Arc::new(AtomicBool::new(false));
    {
        let cancel = cancel.clone();
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                cancel.store(true, Ordering::Relaxed);
            }
        });
    }
    let report = match &a.queue {
        None => khien_scan::scan(a.sources.clone(), opts, progress.clone(), cancel.clone())
            .await
            .map_err(|_| khien_scan::ScanFailed::Interrupted),
        Some(url) => {
            let (url, p, c) = (url.clone(), progress.clone(), cancel.clone());
            khien_scan::scan_with(
                a.sources.clone(),
                opts,
                progress.clone(),
                cancel.clone(),
                move |jobs| crate::scan_queue::read_over_queue(url, jobs, p, c),
            )
            .await
        }
    };
    progress.message("");
    let report = match report {
        Ok(r) => r,
        Err(khien_scan::ScanFailed::Interrupted) => {
            bail!("quét bị dừng (scan interrupted): nothing was written to the registry")
        }
        Err(e) => {
            bail!("quét không hoàn thành (scan failed): {e}; nothing was written to the registry")
        }
    };
    if cancel.load(Ordering::Relaxed) {
        bail!("quét bị dừng (scan interrupted): nothing was written to the registry");
    }
    let local = now.to_offset(khien_calendar::period::VN).date();
    let mut heading = khien_scan::classification::Heading {
        date: Some(local),
        ..Default::default()
    };
    if g.database.is_some() {
        let (written, org) = crate::scan_registry::record(g, a.org, &report, &a.sources).await?;
        eprintln!("{written}");
        heading.organisation = Some(org.details.name.as_str().to_owned());
        if let Some(p) = &org.details.province {
            heading.place = Some(p.as_str().to_owned());
            heading.recipient = Some(format!("Ủy ban nhân dân {0} (qua Công an {0})", p.as_str()));
        }
    }
    if let Some(path) = &a.report {
        write_report(path, &report, &heading)?;
    }
    print(&report, a.format, &heading)
}

/// Writes the classification report whole, or not at all.
fn write_report(
    path: &std::path::Path,
    report: &Report,
    heading: &khien_scan::classification::Heading,
) -> anyhow::Result<()> {
    let blocks = khien_scan::classification::blocks(report, heading);
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let bytes = match ext.as_deref() {
        Some("pdf") => khien_forms::pdf::render(&blocks)?,
        Some("docx") => khien_forms::docx::render(&blocks)?,
        _ => khien_forms::markdown::render(&blocks).into_bytes(),
    };
    crate::forms::write_whole(path, &bytes)
        .with_context(|| format!("cannot write the report {}", path.display()))
}

fn print(
    report: &Report,
    format: ScanFormat,
    heading: &khien_scan::classification::Heading,
) -> anyhow::Result<()> {
    match format {
        ScanFormat::Json => outln!("{}", serde_json::to_string_pretty(report)?),
        ScanFormat::Csv => outln!("{}", report.to_csv().trim_end()),
        ScanFormat::Table => outln!("{}", report.to_table().trim_end()),
        ScanFormat::Markdown => outln!(
            "{}",
            khien_scan::classification::markdown(report, heading).trim_end()
        ),
    }
    Ok(())
}

pub(crate) async fn corpus(c: CorpusCommand) -> anyhow::Result<()> {
    match c {
        CorpusCommand::Generate {
            out,
            seed,
            rows,
            bulk_mb,
        } => {
            let truth = khien_corpus::generate(
                &out,
                &khien_corpus::Options {
                    seed,
                    rows,
                    bulk_mb,
                },
            )
            .with_context(|| format!("cannot write the corpus in {}", out.display()))?;
            outln!(
                "{} files written in {} (truth: truth.json)",
                truth.files.len(),
                out.display()
            );
            Ok(())
        }
        CorpusCommand::Bench {
            dir,
            threads,
            check,
        } => {
            let truth = khien_corpus::read_truth(&dir)?;
            let now = khien_api::Clock::now(&khien_api::SystemClock);
            let mut opts = Options::new(now.year());
            opts.threads = threads.max(1);
            let mut sources = Vec::new();
            let mut bytes = 0u64;
            for f in &truth.files {
                let p = dir.join(&f.file);
                bytes += std::fs::metadata(&p).map(|m| m.len()).unwrap_or(0);
                sources.push(p.display().to_string());
            }
            let started = std::time::Instant::now();
            let report = khien_scan::scan(
                sources,
                opts,
                Arc::new(khien_scan::NoProgress),
                Arc::new(AtomicBool::new(false)),
            )
            .await
            .map_err(|_| anyhow::anyhow!("interrupted"))?;
            let secs = started.elapsed().as_secs_f64();
            let eval = khien_corpus::evaluate(&truth, &serde_json::to_value(&report)?);
            outln!("{eval}");
            let mb = bytes as f64 / (1024.0 * 1024.0);
            outln!(
                "throughput: {mb:.1} MiB in {secs:.2} s = {:.1} MiB/s on {threads} thread(s) ({:.1} MiB/s per thread)",
                mb / secs,
                mb / secs / threads.max(1) as f64
            );
            if !report.errors.is_empty() {
                outln!("scan errors: {}", report.errors.len());
                for e in &report.errors {
                    outln!("  {:?} {:?}: {}", e.file, e.table, e.message);
                }
            }
            if check && !eval.meets_targets() {
                bail!("precision/recall targets missed");
            }
            Ok(())
        }
    }
}
