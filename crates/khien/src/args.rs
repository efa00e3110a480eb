//! The command line's clap types: flags as close to what the user typed as possible; the
//! commands turn them into validated values before anything touches the registry.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use khien_domain::OrgId;

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
    /// Back up the registry, its processing log and the vault (SQLite) into one file.
    Backup {
        /// The file to write (must not exist).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Restore a backup, then re-apply every destruction recorded since (stop servers first).
    Restore {
        /// The backup file.
        file: PathBuf,
        /// Replace an existing registry file.
        #[arg(long)]
        force: bool,
    },
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
    /// The registers the texts require: processors and contracts, agreements, confidentiality,
    /// training, drills, risks, contacts, master data, open data, provision requests, NDC
    /// accounts.
    #[command(subcommand)]
    Register(RegisterCommand),
    /// The Vietnamese working-day calendar: holidays, working days, lunar dates.
    #[command(subcommand)]
    Calendar(CalendarCommand),
    /// The statutory obligations of the legal regimes (rule packs), with their periods.
    Obligations {
        /// Only this regime (decree-13-2023, law-91-2025, decree-165-2025, ...).
        #[arg(long)]
        regime: Option<String>,
        /// Judge each obligation for this organisation (its profile, kind and catalogue): what
        /// applies and why (Law 91/2025 Art. 38; Decree 356/2025 Art. 41, 42(3), 8-12, 23).
        #[arg(long)]
        org: Option<OrgId>,
        /// With --org, also list what the organisation is exempt from.
        #[arg(long, requires = "org")]
        all: bool,
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
    Scan(ScanArgs),
    /// Read one file given as a scan job on standard input and write what it holds on
    /// standard output (used by `khien scan` to read crash-prone formats in a process of their
    /// own).
    #[command(hide = true)]
    ScanIsolated,
    /// Read the files of scans queued on NATS JetStream by `khien scan --queue` (run one or
    /// more per machine; the files must be at the same paths on every machine, e.g. one share
    /// mounted alike). Runs until Ctrl-C.
    ScanWorker {
        /// NATS server.
        #[arg(long, env = "KHIEN_NATS_URL", default_value = "nats://127.0.0.1:4222")]
        queue: String,
        /// Files read at once (default: one per core).
        #[arg(long, value_parser = clap::value_parser!(u16).range(1..=256))]
        threads: Option<u16>,
    },
    /// The official forms (Decree 165/2025 Forms 01a–07b, Decree 356/2025 Forms 01a–10).
    #[command(subcommand)]
    Form(FormCommand),
    /// The processing log: append events, checkpoints, verification, receipts, retention
    /// (Decree 165/2025 Art. 17.10).
    #[command(subcommand)]
    Log(LogCommand),
    /// The synthetic discovery corpus (with ground truth) and the scanner's benchmark on it.
    #[command(subcommand)]
    Corpus(CorpusCommand),
    /// Witness another Khiên's processing log (an authority over its units): cosign its
    /// checkpoints (C2SP tlog-witness, cosignature/v1), refusing a rewritten log.
    #[command(subcommand)]
    Witness(WitnessCommand),
    /// The vault's keys (Decree 165/2025 Art. 11): key-encryption keys, rotation, the
    /// organisation's signing identity.
    #[command(subcommand)]
    Vault(VaultCommand),
    /// Open or check what Khiên hands over: packages (CMS EnvelopedData around the
    /// organisation's SignedData) and destruction certificates (SignedData), offline, as the
    /// recipient does (Decree 165/2025 Art. 16.3(b)).
    #[command(subcommand)]
    Package(PackageCommand),
}

#[derive(Debug, Subcommand)]
pub(crate) enum PackageCommand {
    /// Decrypt a package with the recipient's key, check the organisation's signature and
    /// that it was made for this recipient, and write its content (JSON).
    Open {
        /// The package (DER, PEM or base64).
        file: std::path::PathBuf,
        /// The recipient's certificate (PEM or DER).
        #[arg(long, value_name = "PEM")]
        cert: std::path::PathBuf,
        /// The recipient's private key (PKCS#8, PKCS#1 or SEC1; PEM or DER).
        #[arg(long, value_name = "PEM")]
        key: std::path::PathBuf,
        /// The organisation's signing certificate (`GET /api/v1/orgs/{org}/signing-certificate`):
        /// the package must be signed by exactly it. Without it, only its integrity under
        /// the certificate it carries is checked (and said so).
        #[arg(long, value_name = "PEM")]
        signer: Option<std::path::PathBuf>,
        /// Write the content here (0600) instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
    },
    /// Check a destruction certificate or a package's signature and say what it attests;
    /// exits with 1 when it does not verify. A package needs --cert and --key.
    Verify {
        /// The certificate or package (DER, PEM or base64).
        file: std::path::PathBuf,
        /// The organisation's signing certificate.
        #[arg(long, value_name = "PEM")]
        signer: Option<std::path::PathBuf>,
        /// For a package: the recipient's certificate.
        #[arg(long, value_name = "PEM", requires = "key")]
        cert: Option<std::path::PathBuf>,
        /// For a package: the recipient's private key.
        #[arg(long, value_name = "PEM", requires = "cert")]
        key: Option<std::path::PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum VaultCommand {
    /// The keystore's key-encryption keys, the current one, and how many keys each wraps.
    Keys,
    /// Make a new key-encryption key current and re-wrap every data key and signing key
    /// under it (the data itself is not touched). Stop the servers first, or restart them
    /// after: a running server keeps wrapping under the KEK it opened with.
    RotateKey,
    /// Remove the key-encryption keys that are not current and wrap nothing any more
    /// (counted again now). Backups made before can then no longer be opened: that is the
    /// point of retiring a key. Run it only once every server was restarted after the
    /// rotation (before that, a server may still wrap new keys under the old KEK), after a
    /// second `rotate-key` if in doubt.
    RetireKeys,
    /// Destroy the data subjects all of whose records are past the retention period of
    /// their collection's asset (Decree 165/2025 Art. 5, 13), each with a signed
    /// certificate; run it daily (cron, a systemd timer).
    Expire {
        /// The organisation.
        #[arg(long)]
        org: OrgId,
        /// Only say who is due.
        #[arg(long)]
        dry_run: bool,
    },
    /// Replace an organisation's signing identity by one issued by a CA (a Vietnamese CA's
    /// certificate, RSA or ECDSA P-256): a PKCS#12 file (password from
    /// KHIEN_PKCS12_PASSWORD or a prompt), or a certificate chain and a key in PEM.
    ImportIdentity {
        /// The organisation.
        #[arg(long)]
        org: OrgId,
        /// A PKCS#12 file (.p12, .pfx).
        #[arg(long, value_name = "FILE", conflicts_with_all = ["cert", "key"])]
        pkcs12: Option<std::path::PathBuf>,
        /// The certificate, then its issuers, in PEM.
        #[arg(long, value_name = "PEM", requires = "key")]
        cert: Option<std::path::PathBuf>,
        /// The private key in PEM (PKCS#8, PKCS#1 or SEC1).
        #[arg(long, value_name = "PEM", requires = "cert")]
        key: Option<std::path::PathBuf>,
    },
    /// Replace an organisation's signing identity by a new ECDSA P-256 key generated in the
    /// PKCS#11 token (KHIEN_PKCS11_MODULE, KHIEN_PKCS11_TOKEN, KHIEN_PKCS11_PIN), with a
    /// self-issued certificate: the key never leaves the token. With a PKCS#11 keystore, new
    /// organisations get theirs there anyway; this moves an existing one (a CA-issued
    /// identity is replaced too). Restart running servers afterwards.
    TokenIdentity {
        /// The organisation.
        #[arg(long)]
        org: OrgId,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum WitnessCommand {
    /// Print this witness's verifier key (made on first use, in the key directory).
    Key {
        /// The witness's name.
        #[arg(long, default_value = "khien-witness/authority")]
        name: String,
    },
    /// Fetch a unit's checkpoint and the consistency proof from the last one witnessed, check
    /// them and cosign; the cosigned checkpoint is kept in --state. Exits with an error, and
    /// cosigns nothing, if the log was rewritten or rolled back.
    Observe {
        /// The unit's Khiên (`https://khien.unit.example.vn`).
        #[arg(long, value_name = "URL")]
        log: String,
        /// The unit's log verifier key (`khien log public-key` on its side).
        #[arg(long, value_name = "KEY")]
        log_key: String,
        /// Where the last cosigned checkpoint of this log is kept (created on first use).
        #[arg(long, value_name = "FILE")]
        state: std::path::PathBuf,
        /// The witness's name.
        #[arg(long, default_value = "khien-witness/authority")]
        name: String,
    },
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
    /// A folder the web console may scan (repeatable, or separated by `:` in the variable);
    /// without one, scans are started from the command line only.
    #[arg(
        long,
        env = "KHIEN_SCAN_ROOTS",
        value_name = "DIR",
        value_delimiter = ':'
    )]
    pub(crate) scan_root: Vec<std::path::PathBuf>,
    /// Serve HTTPS with this certificate chain (PEM; with --tls-key). Cookies are then Secure.
    #[arg(
        long,
        env = "KHIEN_TLS_CERT",
        value_name = "FILE",
        requires = "tls_key"
    )]
    pub(crate) tls_cert: Option<std::path::PathBuf>,
    /// The private key of --tls-cert (PEM: PKCS#8, PKCS#1 or SEC1).
    #[arg(
        long,
        env = "KHIEN_TLS_KEY",
        value_name = "FILE",
        requires = "tls_cert"
    )]
    pub(crate) tls_key: Option<std::path::PathBuf>,
    /// Let the web console scan databases by URL (the server connects to them, read-only).
    #[arg(long, env = "KHIEN_SCAN_DATABASES")]
    pub(crate) scan_databases: bool,
    /// The public URL when served behind a reverse proxy (`https://khien.example.vn`): the
    /// console accepts forms only from this origin, and marks cookies Secure if it is HTTPS.
    #[arg(long, env = "KHIEN_PUBLIC_URL", value_name = "URL")]
    pub(crate) public_url: Option<String>,
    /// SMTP server for messages to data subjects: one-time codes, answers to their requests,
    /// breach notices (`smtps://user:pass@host:465`, `smtp://host:25`). Without it, senders
    /// are verified in person.
    #[arg(
        long,
        env = "KHIEN_SMTP_URL",
        value_name = "URL",
        requires = "mail_from"
    )]
    pub(crate) smtp_url: Option<String>,
    /// Sender address of those messages.
    #[arg(
        long,
        env = "KHIEN_MAIL_FROM",
        value_name = "EMAIL",
        requires = "smtp_url"
    )]
    pub(crate) mail_from: Option<String>,
    /// URL the organisation's systems listen on: a JSON POST for each withdrawn consent (the
    /// subject by pseudonym, the purposes), so that they stop processing for them.
    #[arg(long, env = "KHIEN_CONSENT_WEBHOOK", value_name = "URL")]
    pub(crate) consent_webhook: Option<String>,
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
    /// Show the organisation's profile (the facts that decide which obligations apply).
    Profile {
        /// Organisation id.
        id: OrgId,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Set the organisation's profile, replacing it whole (see `khien obligations --org`).
    SetProfile {
        /// Organisation id.
        id: OrgId,
        /// Size class: household, micro, small, medium, large.
        #[arg(long)]
        size: Option<String>,
        /// A start-up (doanh nghiệp khởi nghiệp).
        #[arg(long)]
        startup: bool,
        /// A household business (hộ kinh doanh).
        #[arg(long)]
        household_business: bool,
        /// A sector (repeatable): finance, health, insurance, telecom, education, ai,
        /// blockchain, cloud, big_data, processing_service.
        #[arg(long = "sector")]
        sectors: Vec<String>,
        /// A competent state agency.
        #[arg(long)]
        state_agency: bool,
        /// Sells personal-data processing services.
        #[arg(long)]
        processing_service: bool,
        /// Directly processes sensitive personal data.
        #[arg(long)]
        processes_sensitive: bool,
        /// Data subjects processed, cumulatively (Decree 356/2025 Art. 41).
        #[arg(long)]
        subject_count: Option<u64>,
        /// Of which, with sensitive data.
        #[arg(long)]
        sensitive_subject_count: Option<u64>,
        #[command(flatten)]
        format: FormatArg,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum RegisterCommand {
    /// The registers with their entry counts, or one register's entries.
    List {
        /// Organisation id.
        #[arg(long)]
        org: OrgId,
        /// The register (processors, sharing-agreements, confidentiality, training, drills,
        /// risks, protection-contacts, master-data, open-data, provision-requests,
        /// ndc-accounts).
        register: Option<String>,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Add an entry from a JSON object of field values (a file, or - for standard input).
    Add {
        /// Organisation id.
        #[arg(long)]
        org: OrgId,
        /// The register.
        register: String,
        /// The JSON file.
        #[arg(long)]
        json: std::path::PathBuf,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// A table for people.
    Table,
    /// JSON for scripts.
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum DocFormat {
    /// PDF, fonts embedded, ready to print and sign.
    Pdf,
    /// Word document, editable before signing.
    Docx,
}

#[derive(Debug, Subcommand)]
pub(crate) enum FormCommand {
    /// The forms: id, number and title.
    List(FormatArg),
    /// The JSON Schema of a form's data.
    Schema {
        /// The form's id (`khien form list`).
        id: String,
    },
    /// Data with a value for every field, naming each: a template to edit for `--data`.
    Example {
        /// The form's id.
        id: String,
    },
    /// Render a form from JSON data; prints what is left to complete on standard error.
    Render {
        /// The form's id.
        id: String,
        /// The data, a JSON object (`-` for standard input); without it, an empty form.
        #[arg(long, value_name = "FILE")]
        data: Option<std::path::PathBuf>,
        /// Fill what the registry knows of this organisation first (name, addresses, tax
        /// code, province, the designated DPO); `--data` wins where both give a value.
        #[arg(long)]
        org: Option<khien_domain::OrgId>,
        /// The document's format.
        #[arg(long, value_enum, default_value_t = DocFormat::Docx)]
        format: DocFormat,
        /// Where to write it.
        #[arg(long, value_name = "PATH")]
        out: std::path::PathBuf,
    },
}

/// Filters of `khien log history`.
#[derive(Debug, clap::Args)]
pub(crate) struct HistoryArgs {
    /// The organisation.
    #[arg(long)]
    pub(crate) org: khien_domain::OrgId,
    /// Only this actor (a user's id, a system's name, an operator's OS user name).
    #[arg(long)]
    pub(crate) user: Option<String>,
    /// Only this asset.
    #[arg(long)]
    pub(crate) asset: Option<khien_domain::AssetId>,
    /// Only this data subject (an identifier, pseudonymised here and never stored, or a
    /// `ps1:` pseudonym).
    #[arg(long)]
    pub(crate) subject: Option<String>,
    /// Only this action (access, retrieval, creation, change, deletion, decryption, ...).
    #[arg(long)]
    pub(crate) action: Option<String>,
    /// Only `permit` or only `deny`.
    #[arg(long, value_parser = ["permit", "deny"])]
    pub(crate) decision: Option<String>,
    /// From this instant (RFC 3339).
    #[arg(long)]
    pub(crate) from: Option<String>,
    /// Before this instant (RFC 3339).
    #[arg(long)]
    pub(crate) to: Option<String>,
    /// The `next` cursor of the previous page.
    #[arg(long)]
    pub(crate) cursor: Option<u64>,
    /// Entries per page (1 to 1 000).
    #[arg(long, default_value_t = 100)]
    pub(crate) limit: u32,
    #[command(flatten)]
    pub(crate) format: FormatArg,
}

#[derive(Debug, Subcommand)]
pub(crate) enum LogCommand {
    /// Append events read from standard input, one JSON object per line; prints the index of
    /// each accepted event, in input order, once it is durable. Invalid lines are reported on
    /// standard error with their line number and nothing of theirs is written; the exit status
    /// is then 1.
    Append,
    /// The access history of an organisation (who accessed, retrieved, changed or was
    /// refused what), newest first; each entry's index can be proven with `khien log proof`.
    History(HistoryArgs),
    /// Print the current signed checkpoint (C2SP tlog-checkpoint, signed note).
    Checkpoint,
    /// Print the verifier key (`name+hash+base64`).
    PublicKey,
    /// Replay the whole log and report every inconsistency (exit status 1 if any).
    Verify {
        /// The verifier key you trust (default: the database's own, which proves less).
        #[arg(long, value_name = "KEY")]
        key: Option<String>,
        /// A checkpoint you kept earlier: the log's history must contain it (detects forks).
        #[arg(long, value_name = "FILE")]
        trusted: Option<std::path::PathBuf>,
        /// With --trusted: replay only the entries after it (trusting its tree).
        #[arg(long, requires = "trusted")]
        from_trusted: bool,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write an offline receipt (C2SP tlog-proof) for one entry.
    Proof {
        /// The entry's index.
        index: u64,
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
    },
    /// Check a receipt offline, without the database.
    VerifyReceipt {
        /// The receipt (C2SP tlog-proof).
        file: std::path::PathBuf,
        /// The log's verifier key (`name+hash+base64`).
        #[arg(long, value_name = "KEY", env = "KHIEN_LOG_KEY")]
        key: String,
    },
    /// Remove the entries older than the retention period (whole bundles of 256), recording
    /// the removal as an entry.
    Prune,
    /// Benchmark: durable appends from concurrent clients, bulk load, inclusion proofs and
    /// full verification, on the given database (use a fresh one).
    Bench {
        /// Concurrent clients, each appending one event at a time and waiting for it.
        #[arg(long, default_value_t = 1024)]
        clients: usize,
        /// Events appended by the clients in all.
        #[arg(long, default_value_t = 200_000)]
        appends: usize,
        /// Grow the log to this many entries (bulk, 16 384 per transaction) before measuring
        /// proofs and verification.
        #[arg(long, default_value_t = 1_000_000)]
        size: u64,
    },
    /// Set the retention period in months (at least 6, Decree 165/2025 Art. 17.10; it can
    /// only be lengthened).
    Retention {
        /// Months.
        months: u32,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum ScanFormat {
    /// One JSON document (the contract other tools read).
    Json,
    /// One CSV line per finding.
    Csv,
    /// A table for the terminal.
    Table,
    /// The Vietnamese classification report (Markdown; `--report` writes it as PDF or DOCX).
    Markdown,
}

#[derive(Debug, Args)]
pub(crate) struct ScanArgs {
    /// Files, directories, or database URLs (sqlite://, postgres://, mysql://, mariadb://).
    #[arg(required = true, value_name = "SOURCE")]
    pub(crate) sources: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ScanFormat::Table)]
    pub(crate) format: ScanFormat,
    /// Legal regime for classification: law-91-2025 (default) or decree-13-2023.
    #[arg(long, default_value = "law-91-2025")]
    pub(crate) regime: String,
    /// Rows sampled per database table.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u32).range(1..=10_000_000))]
    pub(crate) sample_rows: u32,
    /// Threads reading files (default: one per core).
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub(crate) threads: Option<u16>,
    /// Also write the Vietnamese classification report for the provincial police to this
    /// file: PDF (`.pdf`), editable Word (`.docx`) or Markdown (any other name). With
    /// --database, its header is filled from the organisation in the registry.
    #[arg(long, value_name = "PATH")]
    pub(crate) report: Option<std::path::PathBuf>,
    /// Organisation whose catalogue receives the results (with --database; default: the only
    /// organisation of the registry).
    #[arg(long)]
    pub(crate) org: Option<khien_domain::OrgId>,
    /// No progress bar.
    #[arg(long)]
    pub(crate) quiet: bool,
    /// Do not read pictures and scanned PDFs by OCR (they are reported as skipped). OCR needs
    /// Tesseract with its Vietnamese model (Debian: tesseract-ocr tesseract-ocr-vie) and, for
    /// scanned PDFs, pdftoppm (poppler-utils).
    #[arg(long)]
    pub(crate) no_ocr: bool,
    /// Share the reading of the files with `khien scan-worker` processes over NATS JetStream
    /// at this URL (e.g. nats://127.0.0.1:4222): this process queues the files, the workers
    /// read them, and this process gathers the report (and writes the registry). Databases
    /// are sampled here.
    #[arg(long, value_name = "NATS_URL")]
    pub(crate) queue: Option<String>,
    /// Files inside files (a DOCX in a ZIP attached to an e-mail) are read this deep.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(0..=16))]
    pub(crate) max_depth: u32,
}

#[derive(Debug, Subcommand)]
pub(crate) enum CorpusCommand {
    /// Write a synthetic corpus of Vietnamese personal data with its ground truth (truth.json).
    Generate {
        /// Directory to write (created).
        #[arg(long, value_name = "DIR")]
        out: std::path::PathBuf,
        /// Seed: the same seed writes the same bytes.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Rows per table.
        #[arg(long, default_value_t = 2000)]
        rows: usize,
        /// Size of the bulk CSV file in MiB (0: none).
        #[arg(long, default_value_t = 0)]
        bulk_mb: usize,
    },
    /// Scan a corpus and print per-detector precision and recall against its truth, and the
    /// throughput.
    Bench {
        /// Corpus directory (from `khien corpus generate`).
        dir: std::path::PathBuf,
        /// Threads (default 1, to measure per core).
        #[arg(long, default_value_t = 1)]
        threads: usize,
        /// Fail (exit 1) when a target is missed.
        #[arg(long)]
        check: bool,
    },
}
