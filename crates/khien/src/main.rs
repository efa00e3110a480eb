//! `khien`: the one binary. Glue only: it parses the command line, opens the registry, and
//! either serves the HTTP API or runs an operator command against the registry.

#![forbid(unsafe_code)]

/// mimalloc instead of the system allocator: the server allocates and frees many small
/// buffers per request from many threads (BENCHMARKS.md, "The vault": protected reads went
/// from about 8 000/s to 10 000/s).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Prints a line on standard output; a closed pipe (`khien ... | head`) ends the program
/// quietly instead of panicking.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let mut out = std::io::stdout().lock();
        if let Err(e) = writeln!(out, $($arg)*) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                std::process::exit(0);
            }
        }
    }};
}

mod args;
mod backup;
mod cases;
mod context;
mod forms;
mod init;
mod keys;
mod log;
mod operator;
mod org;
mod output;
mod package;
mod registers;
mod scan;
mod scan_queue;
mod scan_registry;
mod serve;
mod supervision;
mod token;
mod user;
mod vault;
mod witness;

use std::process::ExitCode;

use clap::Parser as _;
use khien_store_sql::Migrations;

use crate::args::{ActivityCommand, AssetCommand, CaseCommand, Cli, Command, LogFormat};
use crate::context::{app, database_url, open};

fn main() -> ExitCode {
    let args = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("lỗi: không khởi động được bộ thực thi (cannot start the runtime): {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lỗi (error): {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("KHIEN_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
    };
}

pub(crate) async fn run(cli: Cli) -> anyhow::Result<()> {
    init_logging(cli.global.log_format);
    let g = &cli.global;
    match cli.command {
        Command::Serve(args) => serve::serve(g, args).await,
        Command::Init(args) => {
            let app = app(g).await?;
            let created = init::init(
                &app,
                &args,
                operator::password_from_env_or_prompt("KHIEN_ADMIN_PASSWORD")?,
            )
            .await?;
            outln!("Đã tạo tổ chức (organisation created): {}", created.org);
            outln!("Tài khoản DPO (DPO account): {}", created.user);
            outln!("Chạy máy chủ (serve): khien serve");
            Ok(())
        }
        Command::Backup { out } => backup::backup(g, &out).await,
        Command::Restore { file, force } => backup::restore(g, &file, force).await,
        Command::Migrate => {
            let url = database_url(g)?;
            khien_store_sql::open(&url, Migrations::Apply).await?;
            outln!(
                "Cơ sở dữ liệu đã được cập nhật (registry schema is up to date): {}",
                khien_store_sql::redact_url(&url)
            );
            Ok(())
        }
        Command::Calendar(c) => crate::output::calendar(c),
        Command::Case(c) => {
            if matches!(c, CaseCommand::Kinds) {
                return crate::cases::kinds();
            }
            crate::cases::command(&app(g).await?, c).await
        }
        Command::Remind { reminders, now } => {
            let (_, store) = open(g).await?;
            let now = match now {
                Some(n) => {
                    time::OffsetDateTime::parse(&n, &time::format_description::well_known::Rfc3339)
                        .map_err(|_| anyhow::anyhow!("`--now` is not an RFC 3339 instant"))?
                }
                None => khien_app::Clock::now(&khien_app::SystemClock),
            };
            let (notifiers, leads) = crate::serve::reminder_setup(&reminders)?;
            let legal = khien_app::Legal::builtin()?;
            let n =
                khien_app::reminders::run_once(&*store, &legal, &notifiers, &leads, now).await?;
            outln!("Đã gửi {n} lời nhắc (reminders sent).");
            Ok(())
        }
        Command::Due { org, format } => crate::cases::due(&app(g).await?, org, format.format).await,
        Command::Obligations {
            regime,
            org: Some(org),
            all,
            format,
        } => {
            crate::registers::obligations(
                &app(g).await?,
                org,
                regime.as_deref(),
                all,
                format.format,
            )
            .await
        }
        Command::Obligations {
            regime,
            org: None,
            format,
            ..
        } => crate::output::obligations(regime.as_deref(), format.format),
        Command::Register(c) => crate::registers::run(&app(g).await?, c).await,
        Command::Deadline {
            obligation,
            at,
            regime,
            scope,
        } => crate::output::deadline(&obligation, &at, regime.as_deref(), scope.into()),
        Command::Scan(args) => crate::scan::run(g, args).await,
        Command::ScanWorker { queue, threads } => crate::scan_queue::worker(&queue, threads).await,
        Command::ScanIsolated => crate::scan_queue::isolated(),
        Command::Corpus(c) => crate::scan::corpus(c).await,
        Command::Log(c) => crate::log::run(g, c).await,
        Command::Witness(c) => crate::witness::run(g, c).await,
        Command::Vault(c) => crate::vault::run(g, &c).await,
        Command::Package(c) => crate::package::run(&c),
        Command::Form(c) => crate::forms::run(g, c).await,
        Command::Openapi => {
            outln!("{}", khien_api::openapi().to_pretty_json()?);
            Ok(())
        }
        Command::Org(c) => org::org_command(&app(g).await?, c).await,
        Command::User(c) => user::user_command(&app(g).await?, c).await,
        Command::Token(c) => token::token_command(&app(g).await?, c).await,
        Command::Supervision(c) => supervision::supervision_command(&app(g).await?, c).await,
        Command::Asset(AssetCommand::List { org, format }) => {
            let assets = app(g)
                .await?
                .list_assets(&khien_app::Caller::operator_from_env(), org)
                .await?;
            output::assets(&assets, format.format)
        }
        Command::Activity(ActivityCommand::List { org, format }) => {
            let list = app(g)
                .await?
                .list_activities(&khien_app::Caller::operator_from_env(), org)
                .await?;
            output::activities(&list, format.format)
        }
    }
}
