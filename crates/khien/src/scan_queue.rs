//! A scan shared by several machines over NATS JetStream (issue 18: a province scans its file
//! servers with several `khien scan-worker` processes reporting into one registry).
//!
//! `khien scan --queue URL` walks the sources as a local scan does, and publishes one job per
//! file on `khien.scan.work.<scan>` in the work-queue stream `KHIEN_SCAN_WORK`; every worker
//! pulls from one shared durable consumer, so each job goes to one worker (and to another if the
//! first dies before acknowledging it). A worker reads the file with the scanner's own readers
//! and publishes what it found (findings with masked samples, never a value) on
//! `khien.scan.result.<scan>` in the stream `KHIEN_SCAN_RESULTS`, then acknowledges the job.
//! The scanning process gathers one result per file, builds the report and, with
//! `--database`, writes the registry: one writer, whatever the number of workers.
//!
//! Workers need the files at the same paths (a share mounted alike on every machine).

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::{Context, anyhow};
use async_nats::jetstream::{self, consumer, stream};
use futures_util::StreamExt;
use khien_scan::{FileJob, FileResult, Progress};

const WORK_STREAM: &str = "KHIEN_SCAN_WORK";
const RESULT_STREAM: &str = "KHIEN_SCAN_RESULTS";
const WORKERS: &str = "khien-scan-workers";
/// A job not acknowledged within this time goes to another worker.
const ACK_WAIT: Duration = Duration::from_secs(30 * 60);
/// A worker reading one file this long tells the server it still has the job.
const PROGRESS_EVERY: Duration = Duration::from_secs(5 * 60);
/// The scanning process gives up when no result came for this long.
const RESULT_TIMEOUT: Duration = Duration::from_secs(60 * 60);
/// A job delivered this many times is reported as failed instead of being read again.
const MAX_DELIVER: i64 = 3;
/// Results larger than this are replaced by an error (NATS takes 1 MiB by default).
const MAX_RESULT: usize = 900 << 10;
/// Jobs and results older than this are dropped by the server.
const KEEP: Duration = Duration::from_secs(7 * 24 * 3600);

async fn connect(url: &str) -> anyhow::Result<jetstream::Context> {
    let client = async_nats::connect(url)
        .await
        .with_context(|| format!("cannot reach NATS at {url}"))?;
    Ok(jetstream::new(client))
}

async fn streams(js: &jetstream::Context) -> anyhow::Result<(stream::Stream, stream::Stream)> {
    let work = js
        .get_or_create_stream(stream::Config {
            name: WORK_STREAM.to_owned(),
            subjects: vec!["khien.scan.work.>".to_owned()],
            retention: stream::RetentionPolicy::WorkQueue,
            max_age: KEEP,
            ..Default::default()
        })
        .await
        .map_err(|e| anyhow!("cannot open the JetStream stream {WORK_STREAM}: {e}"))?;
    let results = js
        .get_or_create_stream(stream::Config {
            name: RESULT_STREAM.to_owned(),
            subjects: vec!["khien.scan.result.>".to_owned()],
            max_age: KEEP,
            ..Default::default()
        })
        .await
        .map_err(|e| anyhow!("cannot open the JetStream stream {RESULT_STREAM}: {e}"))?;
    Ok((work, results))
}

/// 128 random bits (each `RandomState` is keyed from the operating system's randomness).
fn scan_id() -> String {
    use std::hash::BuildHasher;
    let a = std::hash::RandomState::new().hash_one(std::process::id());
    let b = std::hash::RandomState::new().hash_one(0u8);
    format!("{a:016x}{b:016x}")
}

/// Queues `jobs` and waits for one result per job (the scanning side of `khien scan --queue`).
pub(crate) async fn read_over_queue(
    url: String,
    jobs: Vec<FileJob>,
    progress: Arc<dyn Progress>,
    cancel: Arc<AtomicBool>,
) -> Result<Vec<FileResult>, String> {
    read(&url, jobs, &*progress, &cancel)
        .await
        .map_err(|e| format!("{e:#}"))
}

async fn read(
    url: &str,
    jobs: Vec<FileJob>,
    progress: &dyn Progress,
    cancel: &AtomicBool,
) -> anyhow::Result<Vec<FileResult>> {
    if jobs.is_empty() {
        return Ok(Vec::new());
    }
    let js = connect(url).await?;
    let (work, results) = streams(&js).await?;
    let scan = scan_id();
    let work_subject = format!("khien.scan.work.{scan}");
    let result_subject = format!("khien.scan.result.{scan}");
    let r = gather(
        &js,
        &results,
        &work_subject,
        &result_subject,
        jobs,
        progress,
        cancel,
    )
    .await;
    // Whatever happened, nothing of this scan is left queued or kept.
    let _ = work.purge().filter(work_subject).await;
    let _ = results.purge().filter(result_subject).await;
    r
}

async fn gather(
    js: &jetstream::Context,
    results: &stream::Stream,
    work_subject: &str,
    result_subject: &str,
    jobs: Vec<FileJob>,
    progress: &dyn Progress,
    cancel: &AtomicBool,
) -> anyhow::Result<Vec<FileResult>> {
    // Listen before queueing, so that no result comes before its listener.
    let listener = results
        .create_consumer(consumer::pull::OrderedConfig {
            filter_subject: result_subject.to_owned(),
            ..Default::default()
        })
        .await
        .map_err(|e| anyhow!("cannot listen for results: {e}"))?;
    let mut messages = listener
        .messages()
        .await
        .map_err(|e| anyhow!("cannot listen for results: {e}"))?;
    let n = jobs.len();
    for job in &jobs {
        if cancel.load(Ordering::Relaxed) {
            return Ok(Vec::new());
        }
        let body = serde_json::to_vec(job)?;
        js.publish(work_subject.to_owned(), body.into())
            .await
            .map_err(|e| anyhow!("cannot queue a file: {e}"))?
            .await
            .map_err(|e| anyhow!("the queue did not take a file: {e}"))?;
    }
    progress.message(&format!("{n} tệp đã xếp hàng (files queued)"));
    let mut got: HashMap<usize, FileResult> = HashMap::with_capacity(n);
    let mut idle = Duration::ZERO;
    while got.len() < n {
        if cancel.load(Ordering::Relaxed) {
            break;
        }
        let next = match tokio::time::timeout(Duration::from_millis(500), messages.next()).await {
            Err(_) => {
                idle += Duration::from_millis(500);
                if idle >= RESULT_TIMEOUT {
                    return Err(anyhow!(
                        "no result for {} minutes: {} of {n} files read; are `khien scan-worker` processes running?",
                        RESULT_TIMEOUT.as_secs() / 60,
                        got.len()
                    ));
                }
                continue;
            }
            Ok(None) => return Err(anyhow!("the results stream ended")),
            Ok(Some(m)) => m.map_err(|e| anyhow!("reading a result: {e}"))?,
        };
        idle = Duration::ZERO;
        let Ok(r) = serde_json::from_slice::<FileResult>(&next.payload) else {
            progress.message("a worker sent a result this version cannot read; skipped");
            continue;
        };
        // A job delivered twice (its first worker died) may come back twice: the first counts.
        if r.position() < n
            && let std::collections::hash_map::Entry::Vacant(e) = got.entry(r.position())
        {
            progress.advance(r.bytes());
            e.insert(r);
        }
    }
    Ok(got.into_values().collect())
}

/// `khien scan-isolated`: reads the one file of the job on standard input and writes the
/// result on standard output (`khien_scan::read_job_isolated` runs it under a memory limit).
pub(crate) fn isolated() -> anyhow::Result<()> {
    use std::io::{Read, Write};
    let mut body = Vec::new();
    std::io::stdin()
        .take(1 << 20)
        .read_to_end(&mut body)
        .context("reading the job")?;
    let job: FileJob = serde_json::from_slice(&body).context("the job")?;
    let result = khien_scan::read_job(&job, &khien_scan::NoProgress, &AtomicBool::new(false));
    let mut out = std::io::stdout().lock();
    serde_json::to_writer(&mut out, &result)?;
    out.flush()?;
    Ok(())
}

/// `khien scan-worker`: reads queued files until Ctrl-C.
pub(crate) async fn worker(url: &str, threads: Option<u16>) -> anyhow::Result<()> {
    khien_scan::quiet_reader_panics();
    let threads = threads.map_or_else(
        || std::thread::available_parallelism().map_or(1, usize::from),
        usize::from,
    );
    let js = connect(url).await?;
    let (work, _) = streams(&js).await?;
    let jobs = work
        .get_or_create_consumer(
            WORKERS,
            consumer::pull::Config {
                durable_name: Some(WORKERS.to_owned()),
                filter_subject: "khien.scan.work.>".to_owned(),
                ack_policy: consumer::AckPolicy::Explicit,
                ack_wait: ACK_WAIT,
                max_deliver: MAX_DELIVER,
                ..Default::default()
            },
        )
        .await
        .map_err(|e| anyhow!("cannot join the workers: {e}"))?;
    eprintln!(
        "khien scan-worker: {threads} luồng (threads), đợi tệp từ (waiting for files on) {url}"
    );
    let cancel = Arc::new(AtomicBool::new(false));
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..threads {
        let (jobs, js, cancel) = (jobs.clone(), js.clone(), cancel.clone());
        tasks.spawn(async move { work_loop(jobs, js, cancel).await });
    }
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {
            cancel.store(true, Ordering::Relaxed);
            eprintln!("khien scan-worker: dừng (stopping)");
        }
        Some(r) = tasks.join_next() => {
            cancel.store(true, Ordering::Relaxed);
            r.map_err(|e| anyhow!("a worker task failed: {e}"))??;
        }
    }
    Ok(())
}

async fn work_loop(
    jobs: consumer::Consumer<consumer::pull::Config>,
    js: jetstream::Context,
    cancel: Arc<AtomicBool>,
) -> anyhow::Result<()> {
    loop {
        if cancel.load(Ordering::Relaxed) {
            return Ok(());
        }
        // One job asked for when this task is free, none held ahead: a worker busy with a
        // large file leaves the next jobs to the others.
        let mut batch = jobs
            .fetch()
            .max_messages(1)
            .expires(Duration::from_secs(5))
            .messages()
            .await
            .map_err(|e| anyhow!("cannot pull jobs: {e}"))?;
        let Some(m) = batch.next().await else {
            continue;
        };
        let m = m.map_err(|e| anyhow!("pulling a job: {e}"))?;
        let scan = m
            .subject
            .as_str()
            .strip_prefix("khien.scan.work.")
            .unwrap_or("")
            .to_owned();
        let job: FileJob = match serde_json::from_slice(&m.payload) {
            Ok(j) => j,
            Err(e) => {
                eprintln!("khien scan-worker: a job this version cannot read ({e}); dropped");
                let _ = m.ack().await;
                continue;
            }
        };
        let delivered = m.info().map_or(1, |i| i.delivered);
        let result = if delivered >= MAX_DELIVER {
            // The readers died on this file before (a crash is not a panic): report it.
            eprintln!(
                "khien scan-worker: {} failed {} times; reported",
                job.shown,
                delivered - 1
            );
            FileResult::failed(
                &job,
                "the reader stopped on this file on every worker that took it (a crash, or a file too large); not read",
            )
        } else {
            eprintln!("khien scan-worker: {}", job.shown);
            let c = cancel.clone();
            let j = job.clone();
            let mut reading = tokio::task::spawn_blocking(move || {
                // A named thread, so that the reader's panics stay off standard error.
                std::thread::Builder::new()
                    .name("khien-scan-worker".to_owned())
                    .spawn(move || match std::env::current_exe() {
                        Ok(program) if j.needs_isolation() => {
                            khien_scan::read_job_isolated(&j, &program, &c)
                        }
                        _ => khien_scan::read_job(&j, &khien_scan::NoProgress, &c),
                    })
                    .ok()
                    .and_then(|t| t.join().ok())
            });
            // A long read (OCR of a scanned PDF) tells the server the job is still in hand,
            // so that it is not given to another worker meanwhile.
            let mut beat = tokio::time::interval(PROGRESS_EVERY);
            beat.tick().await;
            let read = loop {
                tokio::select! {
                    r = &mut reading => break r.ok().flatten(),
                    _ = beat.tick() => {
                        let _ = m.ack_with(jetstream::AckKind::Progress).await;
                    }
                }
            };
            read.unwrap_or_else(|| FileResult::failed(&job, "the reader failed on this file"))
        };
        if cancel.load(Ordering::Relaxed) {
            // Not acknowledged: the job goes to another worker.
            let _ = m.ack_with(jetstream::AckKind::Nak(None)).await;
            return Ok(());
        }
        let mut body = serde_json::to_vec(&result)?;
        if body.len() > MAX_RESULT {
            body = serde_json::to_vec(&FileResult::failed(
                &job,
                &format!(
                    "what this file holds is too large to send back over NATS ({} KiB); scan it on one machine",
                    body.len() >> 10
                ),
            ))?;
        }
        let sent = match js
            .publish(format!("khien.scan.result.{scan}"), body.into())
            .await
        {
            Ok(ack) => ack.await.map(|_| ()).map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        match sent {
            // The job is done once its result is kept.
            Ok(()) => {
                let _ = m.ack().await;
            }
            Err(e) => {
                eprintln!(
                    "khien scan-worker: cannot send the result of {}: {e}",
                    job.shown
                );
                let _ = m.ack_with(jetstream::AckKind::Nak(None)).await;
            }
        }
    }
}
