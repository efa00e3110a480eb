//! Printing registry records as tables (Vietnamese headings) or as JSON (the API's wire types,
//! so scripts see the same shapes from the CLI and the API).

use anyhow::{Context as _, anyhow};
use khien_api::dto::{
    ActivityDto, AssetDto, HolidayDto, MemberDto, ObligationDto, OrganisationDto, UserDto,
};
use khien_domain::{Code, DataAsset, Organisation, ProcessingActivity};
use khien_store::Member;
use serde::Serialize;

use crate::args::Format;

pub(crate) fn json<T: Serialize>(v: &T) -> anyhow::Result<()> {
    outln!("{}", serde_json::to_string_pretty(v)?);
    Ok(())
}

/// Prints rows under headings, columns padded to the widest cell.
pub(crate) fn table(headings: &[&str], rows: &[Vec<String>]) {
    let width = |s: &str| s.chars().count();
    let mut widths: Vec<usize> = headings.iter().map(|h| width(h)).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(width(cell));
            }
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w.saturating_sub(width(c)))))
            .collect();
        outln!("{}", padded.join("  ").trim_end());
    };
    line(headings.to_vec());
    line(
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect(),
    );
    for row in rows {
        line(row.iter().map(String::as_str).collect());
    }
    if rows.is_empty() {
        outln!("(không có bản ghi nào / no records)");
    }
}

fn or_dash(v: Option<String>) -> String {
    v.unwrap_or_else(|| "-".to_owned())
}

pub(crate) fn organisations(orgs: &[Organisation], f: Format) -> anyhow::Result<()> {
    if f == Format::Json {
        return json(&orgs.iter().map(OrganisationDto::from).collect::<Vec<_>>());
    }
    let rows: Vec<Vec<String>> = orgs
        .iter()
        .map(|o| {
            vec![
                o.id.to_string(),
                o.details.name.to_string(),
                o.details.kind.label_vi().to_owned(),
                or_dash(o.details.tax_code.as_ref().map(|t| t.as_str().to_owned())),
                or_dash(o.details.province.as_ref().map(ToString::to_string)),
                or_dash(o.designation.as_ref().map(|d| d.dpo_name.to_string())),
            ]
        })
        .collect();
    table(
        &[
            "Mã",
            "Tên tổ chức",
            "Loại hình",
            "Mã số thuế",
            "Tỉnh/thành",
            "Người chịu trách nhiệm BVDL",
        ],
        &rows,
    );
    Ok(())
}

pub(crate) fn organisation(o: &Organisation, f: Format) -> anyhow::Result<()> {
    if f == Format::Json {
        return json(&OrganisationDto::from(o));
    }
    let d = &o.details;
    let mut rows = vec![
        vec!["Mã".to_owned(), o.id.to_string()],
        vec!["Tên".to_owned(), d.name.to_string()],
        vec!["Loại hình".to_owned(), d.kind.label_vi().to_owned()],
        vec![
            "Mã số thuế".to_owned(),
            or_dash(d.tax_code.as_ref().map(|t| t.as_str().to_owned())),
        ],
        vec![
            "Tỉnh/thành".to_owned(),
            or_dash(d.province.as_ref().map(ToString::to_string)),
        ],
        vec![
            "Trụ sở".to_owned(),
            or_dash(d.head_office_address.as_ref().map(ToString::to_string)),
        ],
    ];
    match &o.designation {
        Some(g) => {
            rows.push(vec![
                "Người chịu trách nhiệm BVDL".to_owned(),
                g.dpo_name.to_string(),
            ]);
            rows.push(vec![
                "Bộ phận bảo vệ an toàn dữ liệu".to_owned(),
                g.unit_name.to_string(),
            ]);
            rows.push(vec![
                "Quyết định chỉ định".to_owned(),
                format!(
                    "{} ngày {}, hiệu lực từ {}",
                    g.document_number, g.document_date, g.since
                ),
            ]);
        }
        None => rows.push(vec![
            "Chỉ định (Điều 18 NĐ 165/2025)".to_owned(),
            "chưa ghi nhận (not recorded)".to_owned(),
        ]),
    }
    table(&["Trường", "Giá trị"], &rows);
    Ok(())
}

pub(crate) fn members(members: &[Member], f: Format) -> anyhow::Result<()> {
    if f == Format::Json {
        let dtos: Vec<MemberDto> = members
            .iter()
            .map(|m| MemberDto {
                user: UserDto::from(&m.user),
                roles: m.roles.iter().map(|r| r.code()).collect(),
            })
            .collect();
        return json(&dtos);
    }
    let rows: Vec<Vec<String>> = members
        .iter()
        .map(|m| {
            vec![
                m.user.id.to_string(),
                m.user.email.as_str().to_owned(),
                m.user.display_name.to_string(),
                m.roles
                    .iter()
                    .map(|r| r.label_vi())
                    .collect::<Vec<_>>()
                    .join(", "),
                if m.user.disabled {
                    "đã khóa"
                } else {
                    "hoạt động"
                }
                .to_owned(),
            ]
        })
        .collect();
    table(
        &["Mã", "Thư điện tử", "Họ tên", "Vai trò", "Trạng thái"],
        &rows,
    );
    Ok(())
}

pub(crate) fn assets(assets: &[DataAsset], f: Format) -> anyhow::Result<()> {
    if f == Format::Json {
        return json(&assets.iter().map(AssetDto::from).collect::<Vec<_>>());
    }
    let rows: Vec<Vec<String>> = assets
        .iter()
        .map(|a| {
            let d = &a.details;
            let c = &d.classification;
            vec![
                a.id.to_string(),
                d.name.to_string(),
                d.kind.label_vi().to_owned(),
                c.personal_data.label_vi().to_owned(),
                c.importance.label_vi().to_owned(),
                or_dash(d.retention.map(|r| r.label_vi())),
                d.storage_country.to_string(),
                or_dash(d.data_subject_count.map(|n| n.to_string())),
            ]
        })
        .collect();
    table(
        &[
            "Mã",
            "Tên",
            "Loại",
            "Dữ liệu cá nhân",
            "Mức độ",
            "Lưu trữ",
            "Quốc gia",
            "Số chủ thể",
        ],
        &rows,
    );
    Ok(())
}

pub(crate) fn activities(list: &[ProcessingActivity], f: Format) -> anyhow::Result<()> {
    if f == Format::Json {
        return json(&list.iter().map(ActivityDto::from).collect::<Vec<_>>());
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|a| {
            let d = &a.details;
            vec![
                a.id.to_string(),
                d.name.to_string(),
                d.legal_basis.code().to_owned(),
                d.asset_ids.len().to_string(),
                d.recipients.len().to_string(),
                if d.cross_border { "có" } else { "không" }.to_owned(),
            ]
        })
        .collect();
    table(
        &[
            "Mã",
            "Hoạt động xử lý",
            "Cơ sở pháp lý",
            "Tài sản",
            "Bên nhận",
            "Xuyên biên giới",
        ],
        &rows,
    );
    Ok(())
}

fn parse_date(s: &str) -> anyhow::Result<time::Date> {
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(s, fmt).with_context(|| format!("`{s}` is not a date as YYYY-MM-DD"))
}

/// `khien calendar ...`.
pub(crate) fn calendar(c: crate::args::CalendarCommand) -> anyhow::Result<()> {
    use crate::args::CalendarCommand;
    let cal = khien_calendar::Calendar::builtin()?;
    match c {
        CalendarCommand::Holidays {
            year,
            scope,
            format,
        } => {
            if !(1900..=2099).contains(&year) {
                return Err(anyhow!("the calendar covers 1900 to 2099"));
            }
            let days = cal.holidays(year, scope.into());
            if format.format == Format::Json {
                let dtos: Vec<HolidayDto> = days
                    .into_iter()
                    .map(|h| HolidayDto {
                        date: h.date,
                        name: h.name,
                    })
                    .collect();
                return json(&dtos);
            }
            let rows: Vec<Vec<String>> = days
                .iter()
                .map(|h| {
                    vec![
                        h.date.to_string(),
                        weekday_vi(h.date.weekday()).to_owned(),
                        h.name.clone(),
                    ]
                })
                .collect();
            table(&["Ngày", "Thứ", "Ngày nghỉ"], &rows);
            Ok(())
        }
        CalendarCommand::AddWorkingDays { date, n, scope } => {
            let d = parse_date(&date)?;
            let due = cal
                .add_working_days(d, n, scope.into())
                .ok_or_else(|| anyhow!("the result is past the end of the calendar"))?;
            outln!("{due}");
            Ok(())
        }
        CalendarCommand::Lunar { date } => {
            let d = parse_date(&date)?;
            let l = khien_calendar::lunar::to_lunar(d);
            let leap = if l.leap { " nhuận" } else { "" };
            outln!("{:02}/{:02}{leap}/{} âm lịch", l.day, l.month, l.year);
            Ok(())
        }
    }
}

fn weekday_vi(w: time::Weekday) -> &'static str {
    match w {
        time::Weekday::Monday => "Thứ Hai",
        time::Weekday::Tuesday => "Thứ Ba",
        time::Weekday::Wednesday => "Thứ Tư",
        time::Weekday::Thursday => "Thứ Năm",
        time::Weekday::Friday => "Thứ Sáu",
        time::Weekday::Saturday => "Thứ Bảy",
        time::Weekday::Sunday => "Chủ Nhật",
    }
}

/// `khien obligations`.
pub(crate) fn obligations(regime: Option<&str>, f: Format) -> anyhow::Result<()> {
    let rules = khien_rules::Rules::builtin()?;
    let regimes: Vec<&khien_rules::Regime> = match regime {
        Some(id) => vec![rules.regime(id)?],
        None => rules.regimes().iter().collect(),
    };
    let list: Vec<ObligationDto> = regimes
        .iter()
        .flat_map(|r| {
            r.obligations.iter().map(|o| ObligationDto {
                id: o.id.clone(),
                regime: r.id.clone(),
                title: o.title.clone(),
                trigger: o.trigger.clone(),
                period: o.amount,
                unit: o.unit.code(),
                start: o.unit.start_rule(),
                direction: match o.direction {
                    khien_rules::Direction::After => "after",
                    khien_rules::Direction::Before => "before",
                },
                produces: o.produces.clone(),
                legal_basis: o.legal_basis.clone(),
            })
        })
        .collect();
    if f == Format::Json {
        return json(&list);
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|o| {
            let before = if o.direction == "before" {
                " trước"
            } else {
                ""
            };
            vec![
                o.id.clone(),
                o.title.clone(),
                format!("{} {}{before}", o.period, unit_vi(o.unit)),
                o.legal_basis.clone(),
            ]
        })
        .collect();
    table(&["Mã", "Nghĩa vụ", "Thời hạn", "Căn cứ"], &rows);
    Ok(())
}

fn unit_vi(unit: &str) -> &'static str {
    match unit {
        "hours" => "giờ",
        "days" => "ngày",
        "working_days" => "ngày làm việc",
        "months" => "tháng",
        _ => "năm",
    }
}

/// `khien deadline`.
pub(crate) fn deadline(
    obligation: &str,
    at: &str,
    regime: Option<&str>,
    scope: khien_calendar::Scope,
) -> anyhow::Result<()> {
    let rules = khien_rules::Rules::builtin()?;
    let event = time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339)
        .with_context(|| {
            format!("`{at}` is not an RFC 3339 instant such as 2026-02-13T10:00:00+07:00")
        })?;
    if let Some(r) = regime {
        let (own, _) = rules.obligation(obligation)?;
        if own.id != r {
            rules.regime(r)?;
            return Err(anyhow!("`{obligation}` belongs to `{}`, not `{r}`", own.id));
        }
    }
    let cal = khien_calendar::Calendar::builtin()?;
    let due = rules.deadline(&cal, scope, obligation, event)?;
    outln!(
        "{}",
        due.format(&time::format_description::well_known::Rfc3339)?
    );
    Ok(())
}
