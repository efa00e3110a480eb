//! `khien log`: the processing log from the command line: append events, print the signed
//! checkpoint and the verifier key, verify the whole log, issue and check offline receipts,
//! and apply the retention period.

use std::io::{BufRead as _, Read as _};
use std::sync::Arc;

use anyhow::{Context as _, anyhow, bail};
use khien_api::Clock as _;
use khien_log::event::EventInput;
use khien_log::keys::Verifier;
use khien_log::receipt::Receipt;
use khien_store::EventLog as _;
use khien_store_sql::log::SqlLog;

use crate::args::{Format, Global, HistoryArgs, LogCommand};
use crate::context;

pub(crate) async fn open(g: &Global) -> anyhow::Result<Arc<SqlLog>> {
    let url = context::database_url(g)?;
    let (_, log) = khien_store_sql::open_with_log(
        &url,
        khien_store_sql::Migrations::Apply,
        &context::log_init(g)?,
    )
    .await?;
    Ok(log)
}

pub(crate) async fn run(g: &Global, cmd: LogCommand) -> anyhow::Result<()> {
    match cmd {
        LogCommand::VerifyReceipt { file, key } => verify_receipt(&file, &key),
        LogCommand::Append => append(&open(g).await?).await,
        LogCommand::History(args) => history(g, args).await,
        LogCommand::Checkpoint => {
            let log = open(g).await?;
            print!("{}", log.checkpoint().await?);
            Ok(())
        }
        LogCommand::PublicKey => {
            let log = open(g).await?;
            outln!("{}", log.verifier_key());
            Ok(())
        }
        LogCommand::Verify {
            key,
            trusted,
            from_trusted,
            json,
        } => verify(&*open(g).await?, key, trusted, from_trusted, json).await,
        LogCommand::Proof { index, out } => {
            let log = open(g).await?;
            let receipt = log.receipt(index).await?.to_text();
            match out {
                Some(path) => std::fs::write(&path, receipt)
                    .with_context(|| format!("cannot write {}", path.display()))?,
                None => print!("{receipt}"),
            }
            Ok(())
        }
        LogCommand::Prune => {
            let log = open(g).await?;
            let p = log.prune(khien_api::SystemClock.now()).await?;
            match p.event {
                Some(i) => outln!(
                    "Đã xóa {} bản ghi quá thời hạn lưu giữ; sự kiện lưu giữ ở chỉ số {i} \
                     (removed {} entries past the retention period; retention event at index {i})",
                    p.entries,
                    p.entries
                ),
                None => outln!(
                    "Không có bản ghi nào quá thời hạn lưu giữ (nothing past the retention period)"
                ),
            }
            Ok(())
        }
        LogCommand::Bench {
            clients,
            appends,
            size,
        } => bench(&open(g).await?, clients, appends, size).await,
        LogCommand::Retention { months } => {
            let log = open(g).await?;
            log.set_retention(months).await?;
            outln!("Thời hạn lưu giữ (retention): {months} tháng (months)");
            Ok(())
        }
    }
}

/// Lines are read and validated as they come; accepted events go to the sequencer in chunks
/// (several in flight, so that group commit has work), and the indexes are printed in input
/// order as the chunks become durable.
async fn append(log: &Arc<SqlLog>) -> anyhow::Result<()> {
    const CHUNK: usize = 512;
    const IN_FLIGHT: usize = 8;
    let (tx, mut rx) = tokio::sync::mpsc::channel::<(Vec<u8>, usize)>(CHUNK * IN_FLIGHT);
    // Reading standard input blocks: a thread of its own.
    let reader = std::thread::spawn(move || -> anyhow::Result<usize> {
        let stdin = std::io::stdin();
        let mut lines = stdin.lock();
        let mut buf = Vec::new();
        let mut n = 0usize;
        loop {
            buf.clear();
            let read = (&mut lines)
                .take(khien_log::MAX_ENTRY_BYTES as u64 * 4)
                .read_until(b'\n', &mut buf)
                .context("cannot read standard input")?;
            if read == 0 {
                break;
            }
            n += 1;
            if buf.last() != Some(&b'\n') && read as u64 == khien_log::MAX_ENTRY_BYTES as u64 * 4 {
                // Skip the rest of an over-long line.
                let mut rest = Vec::new();
                lines.read_until(b'\n', &mut rest)?;
                if tx.blocking_send((Vec::new(), n)).is_err() {
                    break;
                }
                continue;
            }
            if tx.blocking_send((buf.clone(), n)).is_err() {
                break;
            }
        }
        Ok(n)
    });
    let year = khien_api::SystemClock.now().year();
    let screen = khien_api::log::screen(year);
    // Recorded as the operator who pipes them in; each event's own actor is kept as
    // `claimed_actor`.
    let operator = khien_app::Caller::operator_from_env().actor();
    let mut pending: std::collections::VecDeque<
        tokio::task::JoinHandle<Result<u64, khien_store::LogError>>,
    > = std::collections::VecDeque::new();
    let mut pending_sizes: std::collections::VecDeque<usize> = std::collections::VecDeque::new();
    let mut chunk: Vec<khien_log::event::Entry> = Vec::with_capacity(CHUNK);
    let mut rejected = 0usize;
    let mut accepted = 0usize;
    let flush = |chunk: &mut Vec<khien_log::event::Entry>,
                 pending: &mut std::collections::VecDeque<_>,
                 sizes: &mut std::collections::VecDeque<usize>| {
        if chunk.is_empty() {
            return;
        }
        let entries = std::mem::take(chunk);
        sizes.push_back(entries.len());
        let log = log.clone();
        pending.push_back(tokio::spawn(async move {
            khien_store::EventLog::append(log.as_ref(), entries)
                .await
                .map(|indexes| indexes.first().copied().unwrap_or_default())
        }));
    };
    loop {
        // Print what is durable, in order, without waiting.
        while pending
            .front()
            .is_some_and(tokio::task::JoinHandle::is_finished)
        {
            print_front(&mut pending, &mut pending_sizes).await?;
        }
        let next = if chunk.is_empty() {
            rx.recv().await
        } else {
            match rx.try_recv() {
                Ok(v) => Some(v),
                Err(tokio::sync::mpsc::error::TryRecvError::Empty) => {
                    flush(&mut chunk, &mut pending, &mut pending_sizes);
                    rx.recv().await
                }
                Err(tokio::sync::mpsc::error::TryRecvError::Disconnected) => None,
            }
        };
        let Some((line, n)) = next else { break };
        let trimmed = line.trim_ascii();
        if trimmed.is_empty() && !line.is_empty() {
            continue; // blank line
        }
        let now = khien_api::SystemClock.now();
        let parsed = if line.is_empty() {
            Err(format!(
                "dòng dài quá giới hạn (line longer than {} bytes)",
                khien_log::MAX_ENTRY_BYTES * 4
            ))
        } else {
            EventInput::parse(trimmed)
                .and_then(|e| e.into_entry_as(operator.clone(), now, log.pseudonyms(), &screen))
                // Encoded once here so that an entry too large is this line's error, not
                // the chunk's.
                .and_then(|e| e.encode().map(|_| e))
                .map_err(|e| e.to_string())
        };
        match parsed {
            Ok(entry) => {
                accepted += 1;
                chunk.push(entry);
                if chunk.len() >= CHUNK {
                    flush(&mut chunk, &mut pending, &mut pending_sizes);
                }
            }
            Err(e) => {
                rejected += 1;
                eprintln!("dòng (line) {n}: {e}");
            }
        }
        while pending.len() >= IN_FLIGHT {
            print_front(&mut pending, &mut pending_sizes).await?;
        }
    }
    flush(&mut chunk, &mut pending, &mut pending_sizes);
    while !pending.is_empty() {
        print_front(&mut pending, &mut pending_sizes).await?;
    }
    match reader.join() {
        Ok(r) => {
            r?;
        }
        Err(_) => bail!("the input reader stopped unexpectedly"),
    }
    if rejected > 0 {
        bail!(
            "{rejected} dòng bị từ chối, {accepted} sự kiện đã ghi ({rejected} lines refused, {accepted} events written)"
        );
    }
    Ok(())
}

async fn print_front(
    pending: &mut std::collections::VecDeque<
        tokio::task::JoinHandle<Result<u64, khien_store::LogError>>,
    >,
    sizes: &mut std::collections::VecDeque<usize>,
) -> anyhow::Result<()> {
    let (Some(task), Some(n)) = (pending.pop_front(), sizes.pop_front()) else {
        return Ok(());
    };
    let first = task.await.context("append task failed")??;
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    let mut text = String::with_capacity(n * 8);
    for i in first..first + n as u64 {
        text.push_str(&i.to_string());
        text.push('\n');
    }
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        return Err(e.into());
    }
    Ok(())
}

async fn verify(
    log: &SqlLog,
    key: Option<String>,
    trusted: Option<std::path::PathBuf>,
    from_trusted: bool,
    json: bool,
) -> anyhow::Result<()> {
    let key_text = key.unwrap_or_else(|| log.verifier_key().to_owned());
    let key = Verifier::parse(&key_text)?;
    let trusted = match trusted {
        Some(path) => {
            let note =
                std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
            Some(
                key.verify_checkpoint(&note)
                    .with_context(|| format!("the trusted checkpoint {}", path.display()))?,
            )
        }
        None => None,
    };
    let replay_from = if from_trusted {
        trusted.map_or(0, |t| t.size)
    } else {
        0
    };
    let bar = (!json && std::io::IsTerminal::is_terminal(&std::io::stderr())).then(|| {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} gói (bundles), còn {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let mut progress = |done: u64, total: u64| {
        if let Some(b) = &bar {
            b.set_length(total);
            b.set_position(done);
        }
    };
    let report = log.verify(key, trusted, replay_from, &mut progress).await?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if json {
        outln!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        outln!(
            "Kích thước (size): {}  gốc (root): {}\nĐã phát lại (replayed): {} bản ghi; từ giá trị băm lưu (from stored hashes): {}; điểm kiểm tra đã kiểm (checkpoints checked): {}",
            report.size,
            report.root,
            report.entries_replayed,
            report.entries_from_tiles,
            report.checkpoints_checked
        );
        if report.ok() {
            outln!("KẾT QUẢ: nhật ký toàn vẹn (OK: the log verifies)");
        } else {
            outln!(
                "KẾT QUẢ: phát hiện {} vấn đề (FAILED):",
                report.problems.len()
            );
            for p in &report.problems {
                outln!("  [{}] {}: {}", p.code, p.at, p.message);
            }
        }
    }
    if !report.ok() {
        bail!("nhật ký không toàn vẹn (the log does not verify)");
    }
    Ok(())
}

fn verify_receipt(file: &std::path::Path, key: &str) -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let key = Verifier::parse(key)?;
    let receipt = Receipt::parse(&text)?;
    let ok = receipt.check(&key)?;
    outln!(
        "Biên nhận hợp lệ (receipt valid): bản ghi {} thuộc nhật ký {} kích thước {}",
        ok.index,
        key.name(),
        ok.size
    );
    outln!("{}", String::from_utf8_lossy(&receipt.entry));
    Ok(())
}

/// The organisation of the benchmark's events.
const BENCH_ORG: &str = "6f0d5e6a-3c1b-4c8e-9a55-2f1d7c0b9e11";

/// The benchmark's asset number `n` (10 000 assets).
fn bench_asset(n: u64) -> String {
    format!("0a0b0c0d-0000-4000-8000-{:012}", n % 10_000)
}

/// Event `i`: one of 1 000 users reading one of 10 000 assets about one of 100 million people.
fn bench_entry(i: u64, at: time::OffsetDateTime) -> anyhow::Result<khien_log::event::Entry> {
    let line = format!(
        r#"{{"org_id":"{BENCH_ORG}","actor":{{"kind":"user","id":"nv-{}"}},"action":"access","asset_id":"{}","purpose":"Chăm sóc khách hàng","legal_basis":"Hợp đồng","data_subject":"0791{:08}","details":{{"rows":{}}}}}"#,
        i % 1000,
        bench_asset(i.wrapping_mul(2_654_435_761) % 10_000),
        i % 100_000_000,
        i % 1000
    );
    let key = khien_log::keys::PseudonymKey::new([1; 32]);
    Ok(EventInput::parse(line.as_bytes())?.into_entry(at, &key, &|_| None)?)
}

fn percentile(sorted: &[std::time::Duration], p: f64) -> std::time::Duration {
    if sorted.is_empty() {
        return std::time::Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// Measures with the monotonic clock (`Instant`), never the wall clock.
async fn bench(log: &Arc<SqlLog>, clients: usize, appends: usize, size: u64) -> anyhow::Result<()> {
    use std::time::Instant;
    let at = khien_api::SystemClock.now();
    let start_size = log.state().await?.size;
    outln!("start size {start_size}");
    // 1. Durable appends from concurrent clients.
    let per = appends.div_ceil(clients.max(1));
    let t0 = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..clients {
        let log = log.clone();
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::with_capacity(per);
            for k in 0..per {
                let e = bench_entry((c * per + k) as u64, at)?;
                let s = Instant::now();
                khien_store::EventLog::append(log.as_ref(), vec![e]).await?;
                lat.push(s.elapsed());
            }
            anyhow::Ok(lat)
        }));
    }
    let mut lat = Vec::new();
    for t in tasks {
        lat.extend(t.await??);
    }
    let secs = t0.elapsed().as_secs_f64();
    lat.sort();
    outln!(
        "appends: {} clients, {} durable appends in {secs:.2} s = {:.0}/s; ack latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        clients,
        lat.len(),
        lat.len() as f64 / secs,
        percentile(&lat, 0.50).as_secs_f64() * 1e3,
        percentile(&lat, 0.99).as_secs_f64() * 1e3,
        percentile(&lat, 1.0).as_secs_f64() * 1e3
    );
    // 2. Bulk load to `size`.
    let mut current = log.state().await?.size;
    if current < size {
        let t0 = Instant::now();
        let from = current;
        while current < size {
            let n = (size - current).min(16_384);
            let batch = (current..current + n)
                .map(|i| bench_entry(i, at))
                .collect::<anyhow::Result<Vec<_>>>()?;
            khien_store::EventLog::append(log.as_ref(), batch).await?;
            current += n;
        }
        let secs = t0.elapsed().as_secs_f64();
        outln!(
            "bulk load: {} entries in {secs:.1} s = {:.0}/s",
            current - from,
            (current - from) as f64 / secs
        );
    }
    // 3. Inclusion proofs (receipts) at this size: cold first, then 2 000 spread indexes.
    let n = log.state().await?.size;
    let t0 = Instant::now();
    log.receipt(n / 2).await?;
    let cold = t0.elapsed();
    let mut times = Vec::new();
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..2000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let i = x % n;
        let t = Instant::now();
        let r = log.receipt(i).await?;
        times.push(t.elapsed());
        if r.index != i {
            bail!("receipt for the wrong index");
        }
    }
    times.sort();
    outln!(
        "receipts (entry + inclusion proof) at size {n}: first (cold) {:.2} ms; 2000 random: p50 {:.3} ms, p99 {:.3} ms",
        cold.as_secs_f64() * 1e3,
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3
    );
    // 3b. The proofs alone, from the tiles (what a C2SP client computes; a receipt adds
    // reading the entry's bundle).
    let mut times = Vec::new();
    for _ in 0..2000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let i = x % n;
        let t = Instant::now();
        let (proof, _, _) = log.inclusion_proof(i).await?;
        times.push(t.elapsed());
        if proof.is_empty() && n > 1 {
            bail!("empty proof");
        }
    }
    times.sort();
    outln!(
        "inclusion proofs from tiles at size {n}, 2000 random: p50 {:.3} ms, p99 {:.3} ms",
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3
    );
    // 3c. The access history: a page of 100, filtered by user, then by asset, newest first
    // and from a cursor in the middle (Decree 165/2025 Art. 6.4(c): "who looked at this").
    let org = khien_domain::OrgId::from_uuid(
        BENCH_ORG
            .parse()
            .map_err(|_| anyhow!("the benchmark's organisation id"))?,
    );
    for (what, by_user) in [("user", true), ("asset", false)] {
        let mut times = Vec::new();
        let mut found = 0usize;
        for k in 0..2000u64 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let q = khien_store::HistoryQuery {
                org,
                actor: by_user.then(|| format!("nv-{}", x % 1000)),
                asset: (!by_user)
                    .then(|| bench_asset(x % 10_000).parse().ok())
                    .flatten()
                    .map(khien_domain::AssetId::from_uuid),
                subject: None,
                action: None,
                denied: None,
                from: None,
                to: None,
                before: (k % 2 == 1).then_some(n / 2),
                limit: 101,
            };
            let t = Instant::now();
            let page = khien_store::EventLog::history(log.as_ref(), &q).await?;
            times.push(t.elapsed());
            found += page.len();
        }
        times.sort();
        outln!(
            "access history by {what} at size {n}, 2000 pages of 100: p50 {:.3} ms, p95 {:.3} ms, p99 {:.3} ms ({found} entries)",
            percentile(&times, 0.5).as_secs_f64() * 1e3,
            percentile(&times, 0.95).as_secs_f64() * 1e3,
            percentile(&times, 0.99).as_secs_f64() * 1e3
        );
    }
    // 4. Full verification.
    let key = Verifier::parse(log.verifier_key())?;
    let t0 = Instant::now();
    let report = log.verify(key, None, 0, &mut |_, _| {}).await?;
    let secs = t0.elapsed().as_secs_f64();
    outln!(
        "verify: {} entries in {secs:.2} s = {:.0} entries/s; ok = {}",
        report.size,
        report.size as f64 / secs,
        report.ok()
    );
    Ok(())
}

fn rfc3339(field: &str, v: Option<&str>) -> anyhow::Result<Option<time::OffsetDateTime>> {
    v.map(|s| {
        time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
            .map_err(|_| anyhow::anyhow!("--{field} is not an RFC 3339 instant"))
    })
    .transpose()
}

/// `khien log history`: the same use case as `GET /api/v1/orgs/{org_id}/access-history`, run
/// by the operator (and recorded as such).
async fn history(g: &Global, a: HistoryArgs) -> anyhow::Result<()> {
    let action = a
        .action
        .as_deref()
        .map(|s| {
            serde_json::from_value::<khien_log::event::Action>(serde_json::Value::String(
                s.to_owned(),
            ))
            .map_err(|_| anyhow::anyhow!("--action: not an action of the log (access, retrieval, creation, change, deletion, ...)"))
        })
        .transpose()?;
    let filter = khien_app::history::HistoryFilter {
        user: a.user,
        asset: a.asset,
        subject: a.subject,
        action,
        denied: a.decision.as_deref().map(|d| d == "deny"),
        from: rfc3339("from", a.from.as_deref())?,
        to: rfc3339("to", a.to.as_deref())?,
        cursor: a.cursor,
        limit: Some(a.limit),
    };
    let app = context::app(g).await?;
    let page = app
        .access_history(&khien_app::Caller::operator_from_env(), a.org, filter)
        .await?;
    let entries: Vec<serde_json::Value> = page
        .entries
        .iter()
        .map(|e| {
            serde_json::json!({
                "index": e.index,
                "at": e.at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
                "actor": e.actor,
                "action": e.action,
                "decision": if e.denied { "deny" } else { "permit" },
                "asset_id": e.asset_id.map(|a| a.as_uuid()),
                "subject": e.subject,
                "detail": e.detail,
            })
        })
        .collect();
    if a.format.format == Format::Json {
        outln!(
            "{}",
            serde_json::to_string_pretty(
                &serde_json::json!({"entries": entries, "next": page.next})
            )?
        );
        return Ok(());
    }
    let text = |v: &serde_json::Value| {
        v.as_str()
            .map(str::to_owned)
            .unwrap_or_else(|| v.to_string())
    };
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| {
            vec![
                e["index"].to_string(),
                text(&e["at"]),
                format!("{}:{}", text(&e["actor"]["kind"]), text(&e["actor"]["id"])),
                text(&e["action"]),
                if e["decision"] == "deny" {
                    "TỪ CHỐI".to_owned()
                } else {
                    "cho phép".to_owned()
                },
                e["detail"]["op"].as_str().unwrap_or("").to_owned(),
                e["asset_id"].as_str().unwrap_or("").to_owned(),
            ]
        })
        .collect();
    crate::output::table(
        &[
            "Chỉ số",
            "Thời điểm",
            "Chủ thể",
            "Hành động",
            "Quyết định",
            "Thao tác",
            "Tài sản",
        ],
        &rows,
    );
    if let Some(n) = page.next {
        eprintln!("Trang sau (next page): --cursor {n}");
    }
    Ok(())
}
