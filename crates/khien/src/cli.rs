//! The command line: flags as close to what the user typed as possible, turned into validated
//! values before anything touches the registry.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context as _, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use khien_domain::{Code, OrgId, OrgKind, Role};
use khien_store::Store;
use khien_store_sql::Migrations;

use crate::output::{self, Format};
use crate::{serve, setup};

/// Khiên: bảo vệ dữ liệu cá nhân và quản trị dữ liệu (data protection and data governance for
/// Vietnamese organisations).
#[derive(Debug, Parser)]
#[command(name = "khien", version, about, long_about = None)]
pub(crate) struct Cli {
    #[command(flatten)]
    pub(crate) global: Global,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Args)]
pub(crate) struct Global {
    /// Registry database: sqlite://PATH or postgres://USER@HOST:PORT/DB. Default: a SQLite
    /// file in the data directory.
    #[arg(long, global = true, env = "KHIEN_DATABASE_URL", value_name = "URL")]
    pub(crate) database: Option<String>,
    /// Data directory for the default SQLite registry.
    #[arg(long, global = true, env = "KHIEN_DATA_DIR", value_name = "DIR")]
    pub(crate) data_dir: Option<PathBuf>,
    /// Directory of the processing log's secret key files (default: `keys/` beside a SQLite
    /// database, else in the data directory).
    #[arg(long, global = true, env = "KHIEN_KEY_DIR", value_name = "DIR")]
    pub(crate) key_dir: Option<PathBuf>,
    /// Log format on standard error.
    #[arg(long, global = true, value_enum, default_value_t = LogFormat::Text)]
    pub(crate) log_format: LogFormat,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Serve the HTTP API.
    Serve(ServeArgs),
    /// Create the first organisation and its DPO account.
    Init(InitArgs),
    /// Bring the registry's schema up to date.
    Migrate,
    /// Organisations.
    #[command(subcommand)]
    Org(OrgCommand),
    /// Users and their roles.
    #[command(subcommand)]
    User(UserCommand),
    /// API tokens for systems.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Supervision of organisations by authorities (provincial police, A05).
    #[command(subcommand)]
    Supervision(SupervisionCommand),
    /// The catalogue of data assets.
    #[command(subcommand)]
    Asset(AssetCommand),
    /// Processing activities.
    #[command(subcommand)]
    Activity(ActivityCommand),
    /// The Vietnamese working-day calendar: holidays, working days, lunar dates.
    #[command(subcommand)]
    Calendar(CalendarCommand),
    /// The statutory obligations of the legal regimes (rule packs), with their periods.
    Obligations {
        /// Only this regime (decree-13-2023, law-91-2025, decree-165-2025, ...).
        #[arg(long)]
        regime: Option<String>,
        #[command(flatten)]
        format: FormatArg,
    },
    /// When an obligation triggered at an instant is due (RFC 3339, +07:00).
    Deadline {
        /// The obligation's id (see `khien obligations`).
        obligation: String,
        /// The triggering event, RFC 3339 (e.g. 2026-02-13T10:00:00+07:00).
        #[arg(long)]
        at: String,
        /// Check that the obligation belongs to this regime.
        #[arg(long)]
        regime: Option<String>,
        /// Whose calendar.
        #[arg(long, value_enum, default_value_t = ScopeArg::StateAgencies)]
        scope: ScopeArg,
    },
    /// Cases: breaches, data subject requests, cross-border transfers, impact assessments,
    /// periodic duties, information exploitation requests.
    #[command(subcommand)]
    Case(CaseCommand),
    /// What is due: every unfulfilled obligation of an organisation's open cases.
    Due {
        /// Organisation id.
        #[arg(long)]
        org: OrgId,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Send the reminders that are due now, once (the server does this on a timer).
    Remind {
        #[command(flatten)]
        reminders: ReminderArgs,
        /// Act as if it were this instant (RFC 3339), to check the reminders of a date.
        #[arg(long)]
        now: Option<String>,
    },
    /// Print the OpenAPI document.
    Openapi,
    /// Discovery: find and classify personal data in files, directories and databases.
    Scan(crate::scan::ScanArgs),
    /// The official forms (Decree 165/2025 Forms 01a–07b, Decree 356/2025 Forms 01a–10).
    #[command(subcommand)]
    Form(crate::forms::FormCommand),
    /// The processing log: append events, checkpoints, verification, receipts, retention
    /// (Decree 165/2025 Art. 17.10).
    #[command(subcommand)]
    Log(crate::log::LogCommand),
    /// The synthetic discovery corpus (with ground truth) and the scanner's benchmark on it.
    #[command(subcommand)]
    Corpus(crate::scan::CorpusCommand),
}

#[derive(Debug, Subcommand)]
pub(crate) enum CaseCommand {
    /// The kinds of case, their states, transitions and events.
    Kinds,
    /// List an organisation's cases.
    List {
        /// Organisation id.
        #[arg(long)]
        org: OrgId,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Show one case with its history and obligations (JSON).
    Show {
        /// Organisation id.
        #[arg(long)]
        org: OrgId,
        /// Case id.
        #[arg(long = "case")]
        case: khien_domain::CaseId,
    },
    /// Open a case.
    Open {
        /// Organisation id.
        #[arg(long)]
        org: OrgId,
        /// Kind of case (see `khien case kinds`).
        #[arg(long)]
        kind: String,
        /// A short title, without personal data.
        #[arg(long)]
        title: String,
        /// An event as TRIGGER=RFC3339 (repeatable), e.g. breach_discovered=2026-02-13T10:00:00+07:00.
        #[arg(long = "event")]
        events: Vec<String>,
        /// A field as NAME=VALUE (repeatable), see `khien case kinds`.
        #[arg(long = "field")]
        fields: Vec<String>,
    },
    /// Record an event on a case.
    Event {
        /// Organisation id.
        #[arg(long)]
        org: OrgId,
        /// Case id.
        #[arg(long = "case")]
        case: khien_domain::CaseId,
        /// The event as TRIGGER=RFC3339.
        event: String,
        /// A quantity it carries (e.g. records in one cross-border transfer).
        #[arg(long)]
        quantity: Option<u32>,
    },
    /// Apply a transition to a case.
    Transition {
        /// Organisation id.
        #[arg(long)]
        org: OrgId,
        /// Case id.
        #[arg(long = "case")]
        case: khien_domain::CaseId,
        /// The transition (see `khien case kinds`).
        transition: String,
        /// When it happened (RFC 3339); now when absent.
        #[arg(long)]
        at: Option<String>,
        /// A note, without personal data.
        #[arg(long)]
        note: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum ScopeArg {
    /// State agencies, civil servants and public employees.
    StateAgencies,
    /// Every employer (the Government's swaps for state agencies do not apply).
    All,
}

impl From<ScopeArg> for khien_calendar::Scope {
    fn from(s: ScopeArg) -> Self {
        match s {
            ScopeArg::StateAgencies => Self::StateAgencies,
            ScopeArg::All => Self::All,
        }
    }
}

#[derive(Debug, Subcommand)]
pub(crate) enum CalendarCommand {
    /// The days off of a year other than ordinary weekends: statutory holidays (Labor Code
    /// Art. 112), compensatory days and the Government's announced swaps.
    Holidays {
        /// The year.
        year: i32,
        /// Whose calendar.
        #[arg(long, value_enum, default_value_t = ScopeArg::StateAgencies)]
        scope: ScopeArg,
        #[command(flatten)]
        format: FormatArg,
    },
    /// The date N working days after DATE (the day itself not counted, Civil Code Art. 147).
    AddWorkingDays {
        /// The starting date, YYYY-MM-DD.
        date: String,
        /// How many working days.
        n: u32,
        /// Whose calendar.
        #[arg(long, value_enum, default_value_t = ScopeArg::StateAgencies)]
        scope: ScopeArg,
    },
    /// The lunar date (âm lịch, UTC+7) of a date.
    Lunar {
        /// The date, YYYY-MM-DD.
        date: String,
    },
}

#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, env = "KHIEN_LISTEN", default_value = "127.0.0.1:8080")]
    pub(crate) listen: SocketAddr,
    /// On an empty registry, first create this organisation (as `khien init` does).
    #[arg(long, value_name = "NAME", requires = "admin_email")]
    pub(crate) init_org: Option<String>,
    /// With --init-org: e-mail address of its DPO account. The password comes from
    /// KHIEN_ADMIN_PASSWORD or a prompt.
    #[arg(long, value_name = "EMAIL", requires = "init_org")]
    pub(crate) admin_email: Option<String>,
    /// Mark the session cookie Secure (serve behind HTTPS).
    #[arg(long, env = "KHIEN_SECURE_COOKIES")]
    pub(crate) secure_cookies: bool,
    #[command(flatten)]
    pub(crate) reminders: ReminderArgs,
    /// Serve the processing log's entry bundles under /log/tile/entries/ to anyone (the
    /// checkpoint and the hash tiles are always public).
    #[arg(long, env = "KHIEN_LOG_ENTRIES_PUBLIC")]
    pub(crate) log_entries_public: bool,
    /// Seconds between two reminder passes; 0 turns reminders off.
    #[arg(long, env = "KHIEN_REMINDER_INTERVAL", default_value_t = 60)]
    pub(crate) reminder_interval: u64,
}

#[derive(Debug, Args)]
pub(crate) struct ReminderArgs {
    /// How long before an obligation falls due to remind (comma separated; 0h = when due).
    #[arg(long, env = "KHIEN_REMINDER_LEADS", default_value = "72h,24h,2h,0h")]
    pub(crate) reminder_leads: String,
    /// Also POST each reminder as JSON to this URL.
    #[arg(long, env = "KHIEN_REMINDER_WEBHOOK", value_name = "URL")]
    pub(crate) reminder_webhook: Option<String>,
    /// Also e-mail each reminder through this SMTP server: smtps://user:pass@host:465,
    /// smtp://user:pass@host:587?tls=required, or smtp://host:25 for a local relay.
    #[arg(
        long,
        env = "KHIEN_REMINDER_SMTP_URL",
        value_name = "URL",
        hide_env_values = true
    )]
    pub(crate) reminder_smtp_url: Option<String>,
    /// Sender of reminder e-mails.
    #[arg(
        long,
        env = "KHIEN_REMINDER_EMAIL_FROM",
        value_name = "EMAIL",
        requires = "reminder_smtp_url"
    )]
    pub(crate) reminder_email_from: Option<String>,
    /// Recipient of reminder e-mails (repeatable, or comma separated in the variable).
    #[arg(
        long,
        env = "KHIEN_REMINDER_EMAIL_TO",
        value_name = "EMAIL",
        value_delimiter = ',',
        requires = "reminder_smtp_url"
    )]
    pub(crate) reminder_email_to: Vec<String>,
}

#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// Official name of the organisation.
    #[arg(long, value_name = "NAME")]
    pub(crate) org_name: String,
    /// E-mail address of its DPO, the first account. The password comes from
    /// KHIEN_ADMIN_PASSWORD or a prompt.
    #[arg(long, value_name = "EMAIL")]
    pub(crate) admin_email: String,
    /// Name of the DPO shown to people.
    #[arg(long, value_name = "NAME")]
    pub(crate) admin_name: Option<String>,
    #[command(flatten)]
    pub(crate) org: OrgFields,
}

#[derive(Debug, Args)]
pub(crate) struct OrgFields {
    /// Kind: state_agency, state_enterprise, public_service_unit, company, authority, other.
    #[arg(long, default_value = "company", value_name = "KIND")]
    pub(crate) kind: String,
    /// Tax code.
    #[arg(long, value_name = "CODE")]
    pub(crate) tax_code: Option<String>,
    /// Province.
    #[arg(long)]
    pub(crate) province: Option<String>,
    /// Head office address.
    #[arg(long, value_name = "ADDRESS")]
    pub(crate) address: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct FormatArg {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub(crate) format: Format,
}

#[derive(Debug, Subcommand)]
pub(crate) enum OrgCommand {
    /// List organisations.
    List(FormatArg),
    /// Show one organisation with its designation.
    Show {
        /// Organisation id.
        id: OrgId,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Register another organisation (an operator command: no DPO is created).
    Add {
        /// Official name.
        #[arg(long)]
        name: String,
        #[command(flatten)]
        org: OrgFields,
        #[command(flatten)]
        format: FormatArg,
    },
    /// List an organisation's members and roles.
    Members {
        /// Organisation id.
        id: OrgId,
        #[command(flatten)]
        format: FormatArg,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum UserCommand {
    /// Create an account with roles in an organisation. The password comes from
    /// KHIEN_USER_PASSWORD or a prompt.
    Add {
        /// E-mail address (the login).
        #[arg(long)]
        email: String,
        /// Name shown to people.
        #[arg(long)]
        name: String,
        /// Organisation id.
        #[arg(long)]
        org: OrgId,
        /// Role (repeatable): dpo, protection_unit, staff, auditor, supervisor.
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Disable an account: it cannot log in, its sessions end and its API tokens stop working
    /// (for staff who leave or move, Decree 165/2025 Art. 18.4(a)).
    Disable {
        /// E-mail address of the account.
        #[arg(long)]
        email: String,
    },
    /// Enable a disabled account again.
    Enable {
        /// E-mail address of the account.
        #[arg(long)]
        email: String,
    },
    /// Set a new password (from KHIEN_USER_PASSWORD or a prompt); ends the account's sessions.
    Password {
        /// E-mail address of the account.
        #[arg(long)]
        email: String,
    },
    /// Grant a role to an existing account.
    Grant {
        /// E-mail address of the account.
        #[arg(long)]
        email: String,
        /// Organisation id.
        #[arg(long)]
        org: OrgId,
        /// Role.
        #[arg(long)]
        role: String,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum TokenCommand {
    /// Create an API token for an account; its secret is printed once.
    Create {
        /// E-mail address of the account the token acts for.
        #[arg(long)]
        email: String,
        /// What the token is for.
        #[arg(long)]
        name: String,
        /// Days until it stops working (1 to 3650; 90 when absent).
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=3650))]
        expires_in_days: Option<u32>,
        /// A role the token carries (repeat for several; each one the account holds); all of
        /// the account's roles when absent.
        #[arg(long = "role")]
        roles: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum SupervisionCommand {
    /// Put an organisation under an authority's supervision.
    Add {
        /// The authority (an organisation of kind `authority`).
        #[arg(long)]
        authority: OrgId,
        /// The supervised organisation.
        #[arg(long)]
        org: OrgId,
    },
    /// End a supervision.
    Remove {
        /// The authority.
        #[arg(long)]
        authority: OrgId,
        /// The supervised organisation.
        #[arg(long)]
        org: OrgId,
    },
    /// The organisations an authority oversees.
    List {
        /// The authority.
        #[arg(long)]
        authority: OrgId,
        #[command(flatten)]
        format: FormatArg,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum AssetCommand {
    /// List an organisation's data assets.
    List {
        /// Organisation id.
        #[arg(long)]
        org: OrgId,
        #[command(flatten)]
        format: FormatArg,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum ActivityCommand {
    /// List an organisation's processing activities.
    List {
        /// Organisation id.
        #[arg(long)]
        org: OrgId,
        #[command(flatten)]
        format: FormatArg,
    },
}

/// The registry URL: the flag, or a SQLite file in the data directory.
pub(crate) fn database_url(global: &Global) -> anyhow::Result<String> {
    if let Some(url) = &global.database {
        return Ok(url.clone());
    }
    let dir = match &global.data_dir {
        Some(d) => d.clone(),
        None => default_data_dir(),
    };
    std::fs::create_dir_all(&dir)
        .with_context(|| format!("cannot create the data directory {}", dir.display()))?;
    Ok(format!("sqlite://{}", dir.join("khien.db").display()))
}

/// Where the processing log's secret keys are kept (see `keys.rs`).
pub(crate) fn key_dir(global: &Global) -> anyhow::Result<PathBuf> {
    if let Some(d) = &global.key_dir {
        return Ok(d.clone());
    }
    let url = database_url(global)?;
    if let Some(path) = url.strip_prefix("sqlite://") {
        let file = std::path::Path::new(path.split('?').next().unwrap_or(path));
        if let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty()) {
            return Ok(parent.join("keys"));
        }
    }
    Ok(global
        .data_dir
        .clone()
        .unwrap_or_else(default_data_dir)
        .join("keys"))
}

fn default_data_dir() -> PathBuf {
    if let Some(x) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(x).join("khien");
    }
    if let Some(home) = std::env::var_os("HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(home).join(".local/share/khien");
    }
    PathBuf::from("khien-data")
}

/// The application over the registry and its processing log.
pub(crate) async fn app(global: &Global) -> anyhow::Result<khien_app::App> {
    let url = database_url(global)?;
    let (store, log) =
        khien_store_sql::open_with_log(&url, Migrations::Apply, &crate::log::log_init(global)?)
            .await?;
    Ok(khien_app::App::new(store, log)?)
}

pub(crate) async fn open(global: &Global) -> anyhow::Result<(String, Arc<dyn Store>)> {
    let url = database_url(global)?;
    let store = khien_store_sql::open(&url, Migrations::Apply).await?;
    Ok((url, store))
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

pub(crate) fn parse_kind(s: &str) -> anyhow::Result<OrgKind> {
    OrgKind::parse_code(s).map_err(|e| anyhow::anyhow!("{e}"))
}

pub(crate) fn parse_role(s: &str) -> anyhow::Result<Role> {
    Role::parse_code(s).map_err(|e| anyhow::anyhow!("{e}"))
}

pub(crate) async fn run(cli: Cli) -> anyhow::Result<()> {
    init_logging(cli.global.log_format);
    let g = &cli.global;
    match cli.command {
        Command::Serve(args) => serve::serve(g, args).await,
        Command::Init(args) => {
            let app = app(g).await?;
            let created = setup::init(
                &app,
                &args,
                setup::password_from_env_or_prompt("KHIEN_ADMIN_PASSWORD")?,
            )
            .await?;
            outln!("Đã tạo tổ chức (organisation created): {}", created.org);
            outln!("Tài khoản DPO (DPO account): {}", created.user);
            outln!("Chạy máy chủ (serve): khien serve");
            Ok(())
        }
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
        Command::Obligations { regime, format } => {
            crate::output::obligations(regime.as_deref(), format.format)
        }
        Command::Deadline {
            obligation,
            at,
            regime,
            scope,
        } => crate::output::deadline(&obligation, &at, regime.as_deref(), scope.into()),
        Command::Scan(args) => crate::scan::run(g, args).await,
        Command::Corpus(c) => crate::scan::corpus(c).await,
        Command::Log(c) => crate::log::run(g, c).await,
        Command::Form(c) => crate::forms::run(g, c).await,
        Command::Openapi => {
            outln!("{}", khien_api::openapi().to_pretty_json()?);
            Ok(())
        }
        Command::Org(c) => setup::org_command(&app(g).await?, c).await,
        Command::User(c) => setup::user_command(&app(g).await?, c).await,
        Command::Token(c) => setup::token_command(&app(g).await?, c).await,
        Command::Supervision(c) => setup::supervision_command(&app(g).await?, c).await,
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

/// Refuses a flag value that is blank.
pub(crate) fn non_blank(field: &str, v: &str) -> anyhow::Result<()> {
    if v.trim().is_empty() {
        bail!("--{field} must not be empty");
    }
    Ok(())
}
