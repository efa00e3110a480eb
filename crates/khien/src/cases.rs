//! `khien case ...` and `khien due`: the same operations as the API's, run by the operator.

use anyhow::{Context as _, anyhow};
use khien_api::dto::{CaseDto, CaseObligationDto, DueDto};
use khien_app::cases::{EventDraft, NewCase};
use khien_app::{App, Caller, Legal};
use khien_domain::{OrgId, Text};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::args::{CaseCommand, Format};
use crate::output::table;

fn instant(s: &str) -> anyhow::Result<OffsetDateTime> {
    OffsetDateTime::parse(s, &Rfc3339).with_context(|| {
        format!("`{s}` is not an RFC 3339 instant such as 2026-02-13T10:00:00+07:00")
    })
}

fn event(spec: &str) -> anyhow::Result<EventDraft> {
    let (trigger, at) = spec.split_once('=').ok_or_else(|| {
        anyhow!("an event is TRIGGER=RFC3339, e.g. breach_discovered=2026-02-13T10:00:00+07:00")
    })?;
    Ok(EventDraft {
        trigger: trigger.trim().to_owned(),
        at: instant(at.trim())?,
        note: None,
        quantity: None,
    })
}

async fn print_case(app: &App, case: &khien_domain::Case) -> anyhow::Result<()> {
    let scope = app.scope_of(case.org_id).await?;
    outln!(
        "{}",
        serde_json::to_string_pretty(&CaseDto::new(case, &app.legal, scope, app.now()))?
    );
    Ok(())
}

/// `khien case kinds`.
pub(crate) fn kinds() -> anyhow::Result<()> {
    let legal = Legal::builtin()?;
    for w in legal.workflows.all() {
        outln!("{} — {}", w.kind, w.title);
        outln!("  sự kiện (events): {}", w.triggers.join(", "));
        outln!(
            "  trạng thái (states): {} (đầu: {}; kết thúc: {})",
            w.states.join(", "),
            w.initial,
            w.final_states.join(", ")
        );
        for f in &w.fields {
            let req = if f.required {
                "bắt buộc"
            } else {
                "tùy chọn"
            };
            let choices = if f.choices.is_empty() {
                String::new()
            } else {
                format!(" [{}]", f.choices.join("|"))
            };
            outln!("  trường (field) {}: {} ({req}){choices}", f.name, f.title);
        }
        for t in &w.transitions {
            let to = t.to.as_deref().unwrap_or("(giữ nguyên)");
            outln!("  {}: {} -> {}", t.name, t.from.join("|"), to);
        }
    }
    Ok(())
}

/// The other `khien case` commands.
pub(crate) async fn command(app: &App, c: CaseCommand) -> anyhow::Result<()> {
    let me = Caller::operator_from_env();
    match c {
        CaseCommand::Kinds => kinds(),
        CaseCommand::List { org, format } => {
            let cases = app.list_cases(&me, org).await?;
            let sc = app.scope_of(org).await?;
            if format.format == Format::Json {
                let dtos: Vec<CaseDto> = cases
                    .iter()
                    .map(|c| CaseDto::new(c, &app.legal, sc, app.now()))
                    .collect();
                outln!("{}", serde_json::to_string_pretty(&dtos)?);
                return Ok(());
            }
            let rows: Vec<Vec<String>> = cases
                .iter()
                .map(|c| {
                    vec![
                        c.id.to_string(),
                        c.kind.clone(),
                        c.title.to_string(),
                        c.state.clone(),
                        c.opened_at.date().to_string(),
                    ]
                })
                .collect();
            table(&["Mã", "Loại", "Tiêu đề", "Trạng thái", "Mở ngày"], &rows);
            Ok(())
        }
        CaseCommand::Show { org, case } => {
            print_case(app, &app.get_case(&me, org, case).await?).await
        }
        CaseCommand::Open {
            org,
            kind,
            title,
            events,
            fields,
        } => {
            let fields = fields
                .iter()
                .map(|f| {
                    f.split_once('=')
                        .map(|(k, v)| (k.trim().to_owned(), v.to_owned()))
                        .ok_or_else(|| anyhow!("a field is NAME=VALUE"))
                })
                .collect::<anyhow::Result<std::collections::BTreeMap<_, _>>>()?;
            let title = Text::parse("title", &title, 300).map_err(|e| anyhow!("{e}"))?;
            let events = events
                .iter()
                .map(|e| event(e))
                .collect::<anyhow::Result<Vec<_>>>()?;
            let case = app
                .open_case(
                    &me,
                    org,
                    &NewCase {
                        kind,
                        title,
                        fields,
                        events,
                    },
                )
                .await?;
            print_case(app, &case).await
        }
        CaseCommand::Event {
            org,
            case,
            event: spec,
            quantity,
        } => {
            let mut e = event(&spec)?;
            e.quantity = quantity.map(i64::from);
            let case = app.record_case_event(&me, org, case, &e).await?;
            print_case(app, &case).await
        }
        CaseCommand::Transition {
            org,
            case,
            transition,
            at,
            note,
        } => {
            let at = at.as_deref().map(instant).transpose()?;
            let note =
                Text::parse_opt("note", note.as_deref(), 2_000).map_err(|e| anyhow!("{e}"))?;
            let case = app
                .apply_case_transition(&me, org, case, &transition, at, note)
                .await?;
            print_case(app, &case).await
        }
    }
}

/// `khien due`.
pub(crate) async fn due(app: &App, org: OrgId, format: Format) -> anyhow::Result<()> {
    let (items, _scope) = app.due(&Caller::operator_from_env(), org).await?;
    let now = app.now();
    let dtos: Vec<DueDto> = items
        .iter()
        .map(|d| DueDto {
            case_id: d.case_id.as_uuid(),
            case_kind: d.case_kind.clone(),
            case_title: d.case_title.clone(),
            obligation: CaseObligationDto::new(&d.obligation, now),
            applicability: d.status.code().to_owned(),
        })
        .collect();
    if format == Format::Json {
        outln!("{}", serde_json::to_string_pretty(&dtos)?);
        return Ok(());
    }
    let rows: Vec<Vec<String>> = dtos
        .iter()
        .map(|d| {
            let o = &d.obligation;
            let left = if o.overdue {
                format!("QUÁ HẠN {} giờ", (-o.seconds_left) / 3600)
            } else {
                format!("còn {} giờ", o.seconds_left / 3600)
            };
            vec![
                o.due.format(&Rfc3339).unwrap_or_default(),
                left,
                o.title.clone(),
                d.case_title.clone(),
                o.legal_basis.clone(),
            ]
        })
        .collect();
    table(
        &["Hạn", "Thời gian", "Nghĩa vụ", "Vụ việc", "Căn cứ"],
        &rows,
    );
    Ok(())
}
