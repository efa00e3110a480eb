//! `khien serve`: open the registry, optionally create the first organisation, and serve the
//! API until Ctrl-C or SIGTERM.

use std::sync::Arc;

use anyhow::Context as _;
use khien_api::{ApiConfig, AppState, Metrics};

use crate::args::{Global, InitArgs, OrgFields, ReminderArgs, ServeArgs};
use crate::{context, operator};

pub(crate) async fn serve(g: &Global, args: ServeArgs) -> anyhow::Result<()> {
    let url = context::database_url(g)?;
    let (store, log) = khien_store_sql::open_with_log(
        &url,
        khien_store_sql::Migrations::Apply,
        &context::log_init(g)?,
    )
    .await?;
    let mut app = khien_app::App::new(store.clone(), log.clone())?;
    app.vault = Some(Arc::new(context::open_vault(g)?));
    if let (Some(url), Some(from)) = (&args.smtp_url, &args.mail_from) {
        app.mailer = Some(Arc::new(
            khien_app::mail::SmtpMailer::new(url, from)
                .map_err(|e| anyhow::anyhow!("--smtp-url: {e}"))?,
        ));
    }
    if let Some(url) = &args.consent_webhook {
        app.hooks = Some(Arc::new(
            khien_app::mail::WebhookHook::new(url)
                .map_err(|e| anyhow::anyhow!("--consent-webhook: {e}"))?,
        ));
    }
    // Destructions recorded outside the database are re-applied before anything is served
    // (a registry restored from an earlier backup, by Khiên or by the database's tools).
    let reapplied = app.reapply_destructions().await?;
    if reapplied > 0 {
        tracing::warn!(
            changed = reapplied,
            "destructions re-applied to the registry"
        );
    }
    let app = Arc::new(app);
    // Authenticated callers are kept in memory while the access epoch is followed.
    let _watch = AbortOnDrop(app.follow_access_changes());
    if let (Some(org_name), Some(admin_email)) = (&args.init_org, &args.admin_email) {
        if store.list_organisations(None).await?.is_empty() {
            let init = InitArgs {
                org_name: org_name.clone(),
                admin_email: admin_email.clone(),
                admin_name: None,
                org: OrgFields {
                    kind: "company".to_owned(),
                    tax_code: None,
                    province: None,
                    address: None,
                },
            };
            let password = operator::password_from_env_or_prompt("KHIEN_ADMIN_PASSWORD")?;
            let created = crate::init::init(&app, &init, password).await?;
            outln!(
                "Đã tạo tổ chức đầu tiên (first organisation created): {}",
                created.org
            );
        } else {
            outln!(
                "Cơ sở dữ liệu đã có tổ chức; bỏ qua --init-org (registry not empty; --init-org ignored)."
            );
        }
    }
    let users = store.count_users().await?;
    let state = AppState {
        app: app.clone(),
        metrics: Arc::new(Metrics::new()),
        config: ApiConfig {
            secure_cookies: args.secure_cookies,
            log_entries_public: args.log_entries_public,
        },
    };
    if args.reminder_interval > 0 {
        let (notifiers, leads) = reminder_setup(&args.reminders)?;
        let store = app.store.clone();
        let legal = app.legal.clone();
        let clock = app.clock.clone();
        let every = std::time::Duration::from_secs(args.reminder_interval);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                // Each pass in its own task: a failure in one pass never stops the next.
                let pass = {
                    let (store, legal, notifiers, leads) = (
                        store.clone(),
                        legal.clone(),
                        notifiers.clone(),
                        leads.clone(),
                    );
                    let now = clock.now();
                    tokio::spawn(async move {
                        khien_app::reminders::run_once(&*store, &legal, &notifiers, &leads, now)
                            .await
                    })
                };
                match pass.await {
                    Ok(Ok(0)) => {}
                    Ok(Ok(n)) => tracing::info!(reminders = n, "reminders sent"),
                    Ok(Err(e)) => tracing::error!(error = %e, "the reminder pass failed"),
                    Err(_) => tracing::error!("the reminder pass stopped unexpectedly"),
                }
            }
        });
    }
    let public_origin = args.public_url.as_deref().map(origin_of).transpose()?;
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(
            khien_api::tls_config(&khien_api::TlsFiles {
                cert: cert.clone(),
                key: key.clone(),
            })
            .context("cannot set up TLS")?,
        ),
        _ => None,
    };
    let secure = args.secure_cookies
        || tls.is_some()
        || public_origin
            .as_deref()
            .is_some_and(|o| o.starts_with("https://"));
    let mut roots = Vec::new();
    for r in &args.scan_root {
        roots.push(
            std::fs::canonicalize(r)
                .with_context(|| format!("--scan-root {}: no such folder", r.display()))?,
        );
    }
    if let Ok(mut p) = app.scans.policy.lock() {
        *p = khien_app::scans::ScanPolicy {
            roots,
            databases: args.scan_databases,
            isolate: std::env::current_exe().ok(),
        };
    }
    let console = khien_web::router(khien_web::WebState {
        app: app.clone(),
        config: Arc::new(khien_web::WebConfig {
            secure_cookies: secure,
            tls: tls.is_some(),
            public_origin,
        }),
    });
    let state = AppState {
        config: ApiConfig {
            secure_cookies: secure,
            ..state.config
        },
        ..state
    };
    let router = khien_api::router_with_console(state, console);
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    let addr = listener.local_addr()?;
    let base = format!("{}://{addr}", if tls.is_some() { "https" } else { "http" });
    outln!("Khiên đang chạy tại (listening on) {base}");
    outln!(
        "Cơ sở dữ liệu (registry): {}",
        khien_store_sql::redact_url(&url)
    );
    outln!("Bảng điều khiển (web console): {base}/");
    outln!("Tài liệu API (OpenAPI): {base}/api/openapi.json");
    outln!(
        "Nhật ký xử lý (processing log, C2SP tlog-tiles): {base}/log/checkpoint, khóa xác minh (verifier key): {}",
        khien_store::EventLog::verifier_key(&*log)
    );
    if users == 0 {
        outln!(
            "Chưa có tài khoản nào (no account yet). Tạo tổ chức đầu tiên (create the first organisation):\n  \
             khien init --org-name \"Tên tổ chức\" --admin-email dpo@example.vn\n\
             hoặc khởi động lại với (or restart with) --init-org \"Tên tổ chức\" --admin-email dpo@example.vn"
        );
    } else {
        outln!(
            "Mở trình duyệt và đăng nhập (open a browser and log in): {base}/\n\
             Hệ thống khác dùng API (systems use the API):\n  curl -s -X POST {base}/api/v1/auth/login -H 'content-type: application/json' \
             -d '{{\"email\":\"<thư điện tử>\",\"password\":\"<mật khẩu>\"}}'\n\
             rồi gửi (then send) Authorization: Bearer <token> tới (to) {base}/api/v1/me"
        );
    }
    tracing::info!(address = %addr, backend = %khien_store_sql::Backend::of_url(&url).map_or("?", |b| match b {
        khien_store_sql::Backend::Sqlite => "sqlite",
        khien_store_sql::Backend::Postgres => "postgres",
    }), "serving");
    match tls {
        Some(config) => khien_api::serve_tls(listener, router, config, shutdown_signal()).await,
        None => khien_api::serve(listener, router, shutdown_signal()).await,
    }
    .context("the server stopped with an error")?;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

/// Where reminders go, and how long before the due instant.
pub(crate) type ReminderSetup = (
    Vec<Arc<dyn khien_app::reminders::Notifier>>,
    Vec<time::Duration>,
);

/// The notifiers and lead times configured by the flags.
pub(crate) fn reminder_setup(args: &ReminderArgs) -> anyhow::Result<ReminderSetup> {
    use khien_app::reminders::{LogNotifier, Notifier, SmtpNotifier, WebhookNotifier, parse_leads};
    let leads =
        parse_leads(&args.reminder_leads).map_err(|e| anyhow::anyhow!("--reminder-leads: {e}"))?;
    let mut notifiers: Vec<Arc<dyn Notifier>> = vec![Arc::new(LogNotifier)];
    if let Some(url) = &args.reminder_webhook {
        notifiers.push(Arc::new(
            WebhookNotifier::new(url).map_err(|e| anyhow::anyhow!("--reminder-webhook: {e}"))?,
        ));
    }
    if let Some(url) = &args.reminder_smtp_url {
        let from = args.reminder_email_from.as_deref().ok_or_else(|| {
            anyhow::anyhow!("--reminder-email-from is needed with --reminder-smtp-url")
        })?;
        notifiers.push(Arc::new(
            SmtpNotifier::new(url, from, &args.reminder_email_to)
                .map_err(|e| anyhow::anyhow!("--reminder-smtp-url: {e}"))?,
        ));
    }
    Ok((notifiers, leads))
}

/// The origin (`scheme://host[:port]`) of a public URL.
fn origin_of(url: &str) -> anyhow::Result<String> {
    let (scheme, rest) = url
        .split_once("://")
        .filter(|(s, _)| *s == "http" || *s == "https")
        .context("--public-url must start with http:// or https://")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() {
        anyhow::bail!("--public-url has no host");
    }
    Ok(format!("{scheme}://{}", host.to_ascii_lowercase()))
}

/// Stops a background task when the server stops.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}
