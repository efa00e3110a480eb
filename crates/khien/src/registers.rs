//! `khien obligations --org`, `khien org profile|set-profile`, `khien register`: who must do
//! what, and the registers the texts require (issue 16).

use std::io::Read as _;

use anyhow::Context as _;
use khien_api::dto::{ApplicabilityDto, ProfileDto, RegisterDto, RegisterEntryDto};
use khien_app::{App, Caller};
use khien_domain::{OrgId, OrgProfile};
use time::OffsetDateTime;

use crate::args::{Format, RegisterCommand};
use crate::output::{json, table};

/// `khien org profile`.
pub(crate) fn profile(p: &OrgProfile, at: Option<OffsetDateTime>, f: Format) -> anyhow::Result<()> {
    let dto = ProfileDto::new(p, at);
    if f == Format::Json {
        return json(&dto);
    }
    let yes = |b: bool| if b { "có" } else { "không" }.to_owned();
    let n = |v: Option<u64>| v.map_or_else(|| "—".to_owned(), |n| n.to_string());
    let rows = vec![
        vec![
            "Quy mô (size)".to_owned(),
            dto.size.clone().unwrap_or_else(|| "—".into()),
        ],
        vec!["Khởi nghiệp (startup)".to_owned(), yes(dto.startup)],
        vec![
            "Hộ kinh doanh (household_business)".to_owned(),
            yes(dto.household_business),
        ],
        vec!["Lĩnh vực (sectors)".to_owned(), dto.sectors.join(", ")],
        vec![
            "Cơ quan nhà nước (state_agency)".to_owned(),
            yes(dto.state_agency),
        ],
        vec![
            "Dịch vụ xử lý DLCN (processing_service)".to_owned(),
            yes(dto.processing_service),
        ],
        vec![
            "Xử lý DLCN nhạy cảm (processes_sensitive)".to_owned(),
            yes(dto.processes_sensitive),
        ],
        vec![
            "Số chủ thể (subject_count)".to_owned(),
            n(dto.subject_count),
        ],
        vec![
            "  trong đó nhạy cảm".to_owned(),
            n(dto.sensitive_subject_count),
        ],
        vec![
            "Cập nhật (updated_at)".to_owned(),
            at.map_or_else(|| "chưa khai báo".to_owned(), |t| t.date().to_string()),
        ],
    ];
    table(&["Thông tin", "Giá trị"], &rows);
    Ok(())
}

/// `khien obligations --org`: what applies to the organisation and why.
pub(crate) async fn obligations(
    app: &App,
    org: OrgId,
    regime: Option<&str>,
    all: bool,
    f: Format,
) -> anyhow::Result<()> {
    if let Some(r) = regime {
        app.legal.rules.regime(r)?;
    }
    let view = app.applicability(&Caller::operator_from_env(), org).await?;
    let mut dto = ApplicabilityDto::new(&view, &app.legal);
    dto.obligations
        .retain(|o| regime.is_none_or(|r| o.regime == r) && (all || o.status != "exempt"));
    if f == Format::Json {
        return json(&dto);
    }
    if !dto.profile_set {
        outln!(
            "Tổ chức chưa khai báo hồ sơ (khien org set-profile): chỉ dựa vào loại tổ chức và danh mục dữ liệu."
        );
    }
    let facts: Vec<String> = dto.facts.iter().map(|f| f.label.clone()).collect();
    outln!(
        "Ngày {}; căn cứ hồ sơ: {}",
        dto.as_of,
        if facts.is_empty() {
            "—".to_owned()
        } else {
            facts.join("; ")
        }
    );
    let rows: Vec<Vec<String>> = dto
        .obligations
        .iter()
        .map(|o| {
            let status = match o.status.as_str() {
                "applies" => "áp dụng".to_owned(),
                "optional" => match o.until {
                    Some(u) => format!("tự chọn đến {u}"),
                    None => "tự chọn".to_owned(),
                },
                _ => "miễn".to_owned(),
            };
            vec![o.id.clone(), status, o.basis.clone(), o.reason.clone()]
        })
        .collect();
    table(&["Mã", "Áp dụng", "Căn cứ", "Lý do"], &rows);
    Ok(())
}

/// `khien register`.
pub(crate) async fn run(app: &App, c: RegisterCommand) -> anyhow::Result<()> {
    let me = Caller::operator_from_env();
    match c {
        RegisterCommand::List {
            org,
            register: None,
            format,
        } => {
            let counts = app.register_counts(&me, org).await?;
            let list: Vec<RegisterDto> = app
                .legal
                .registers
                .all()
                .iter()
                .map(|r| RegisterDto::new(r, counts.get(&r.id).copied().unwrap_or(0)))
                .collect();
            if format.format == Format::Json {
                return json(&list);
            }
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|r| {
                    vec![
                        r.id.clone(),
                        r.title.clone(),
                        r.entries.to_string(),
                        r.retention_years
                            .map_or_else(|| "—".to_owned(), |y| format!("{y} năm")),
                        r.basis.clone(),
                    ]
                })
                .collect();
            table(&["Sổ", "Tên", "Số mục", "Lưu giữ", "Căn cứ"], &rows);
            Ok(())
        }
        RegisterCommand::List {
            org,
            register: Some(register),
            format,
        } => {
            let entries = app.register_entries(&me, org, &register).await?;
            let dtos: Vec<RegisterEntryDto> = entries.iter().map(Into::into).collect();
            if format.format == Format::Json {
                return json(&dtos);
            }
            let rows: Vec<Vec<String>> = dtos
                .iter()
                .map(|e| {
                    vec![
                        e.id.to_string(),
                        e.summary.clone(),
                        e.recorded_at.date().to_string(),
                        e.retain_until
                            .map_or_else(|| "—".to_owned(), |d| d.to_string()),
                    ]
                })
                .collect();
            table(&["Mã", "Nội dung", "Ghi ngày", "Lưu đến"], &rows);
            Ok(())
        }
        RegisterCommand::Add {
            org,
            register,
            json: path,
            format,
        } => {
            let mut text = String::new();
            if path.as_os_str() == "-" {
                std::io::stdin().read_to_string(&mut text)?;
            } else {
                text = std::fs::read_to_string(&path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
            }
            let value: serde_json::Value =
                serde_json::from_str(&text).context("the file is not JSON")?;
            let serde_json::Value::Object(map) = value else {
                anyhow::bail!("expected a JSON object of field values");
            };
            let input = khien_api::dto::raw_values(&map).map_err(|e| anyhow::anyhow!(e))?;
            let e = app.add_register_entry(&me, org, &register, &input).await?;
            let dto = RegisterEntryDto::from(&e);
            if format.format == Format::Json {
                return json(&dto);
            }
            outln!("Đã ghi {} vào sổ {}: {}", dto.id, register, dto.summary);
            Ok(())
        }
    }
}
