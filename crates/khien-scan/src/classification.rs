//! The Vietnamese classification report the Thanh Hóa directive §1 asks each unit to send the
//! provincial People's Committee through the provincial police ("Báo cáo kết quả rà soát,
//! phân loại dữ liệu cá nhân đã thu thập, xử lý"), laid out as an administrative document:
//! [`blocks`] is its content, which `khien_forms` renders as PDF or DOCX and `khien_doc` as Markdown.

use std::collections::BTreeMap;

use khien_doc::{Block, Run};

use crate::report::{Report, location_text};

/// A question on important or core data: pattern matching cannot decide it (Decree 165/2025
/// Art. 3 and 4 judge the harm if the data were misused), so the data protection officer
/// answers it for each asset.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct ImportanceQuestion {
    /// Stable id (`nd165.3.4`: Art. 3 clause 4).
    pub id: &'static str,
    /// The criterion code recorded with the answer (`life_health_rights`, ...).
    pub criterion: &'static str,
    /// The question.
    pub text: &'static str,
}

/// The four clauses of Art. 3 (important data, "may endanger") and Art. 4 (core data,
/// "directly endangers").
pub const IMPORTANCE_QUESTIONS: [ImportanceQuestion; 4] = [
    ImportanceQuestion {
        id: "nd165.3-4.1",
        criterion: "national_security",
        text: "Nếu bị thu thập, sử dụng trái phép, dữ liệu này có thể (hoặc trực tiếp) gây tác động nguy hiểm đến an ninh quốc gia, độc lập, chủ quyền, thống nhất, toàn vẹn lãnh thổ, an ninh chính trị, an ninh các lĩnh vực không? (Điều 3, Điều 4 khoản 1 Nghị định 165/2025)",
    },
    ImportanceQuestion {
        id: "nd165.3-4.2",
        criterion: "foreign_relations",
        text: "… đến quan hệ đối ngoại, lợi ích quốc gia, an ninh hợp tác quốc tế, dự án đầu tư ở nước ngoài, an ninh năng lượng, hàng hải không? (khoản 2)",
    },
    ImportanceQuestion {
        id: "nd165.3-4.3",
        criterion: "macroeconomy",
        text: "… đến kinh tế vĩ mô, ngành kinh tế quan trọng, tiền tệ, thương mại, xuất nhập khẩu, cung ứng hàng hóa, dịch vụ thiết yếu không? (khoản 3)",
    },
    ImportanceQuestion {
        id: "nd165.3-4.4",
        criterion: "life_health_rights",
        text: "… đến tính mạng, sức khỏe, danh dự, nhân phẩm, tài sản, quyền và lợi ích hợp pháp của tổ chức, cá nhân; phòng chống dịch bệnh; an toàn thực phẩm; cung ứng lao động, dịch vụ công không? (khoản 4)",
    },
];

fn regime_text(id: &str) -> &'static str {
    match id {
        "decree-13-2023" => "Nghị định số 13/2023/NĐ-CP (Điều 2 khoản 3, khoản 4)",
        _ => {
            "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định số 356/2025/NĐ-CP (Điều 3, Điều 4)"
        }
    }
}

/// What heads the report: who sends it, to whom, when. Anything missing stays a visible
/// blank for the person filing.
#[derive(Debug, Clone, Default)]
pub struct Heading {
    /// The reporting unit.
    pub organisation: Option<String>,
    /// The document number (`12/BC-...`).
    pub number: Option<String>,
    /// The place printed before the date (the unit's province or city).
    pub place: Option<String>,
    /// The date of the report.
    pub date: Option<time::Date>,
    /// "Kính gửi": by the directive, the provincial People's Committee through the provincial
    /// police.
    pub recipient: Option<String>,
    /// The head of the unit who signs.
    pub signer: Option<String>,
}

fn or_blank(v: &Option<String>) -> Run {
    v.as_ref()
        .filter(|s| !s.trim().is_empty())
        .map_or(Run::Blank, |s| Run::Value(s.clone()))
}

fn text(s: impl Into<String>) -> Vec<Run> {
    vec![Run::Label(s.into())]
}

fn table(headings: &[&str], rows: Vec<Vec<String>>) -> Block {
    Block::Table {
        headings: headings.iter().map(|h| (*h).to_owned()).collect(),
        rows: if rows.is_empty() {
            vec![headings.iter().map(|_| Run::Label("-".into())).collect()]
        } else {
            rows.into_iter()
                .map(|r| r.into_iter().map(Run::Value).collect())
                .collect()
        },
    }
}

/// A finding's legal basis as a Vietnamese citation: `Decree 356/2025 Art. 4(1)(i), (k)` →
/// `điểm i, k khoản 1 Điều 4 Nghị định 356/2025`. A basis of another shape is kept as it is.
pub fn basis_vi(basis: &str) -> String {
    let parse = || -> Option<String> {
        let rest = basis.strip_prefix("Decree ")?;
        let (doc, rest) = rest.split_once(" Art. ")?;
        let (article, rest) = rest.split_at(rest.find('(').unwrap_or(rest.len()));
        if article.is_empty() || !article.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mut parts = Vec::new();
        for piece in rest.split('(').skip(1) {
            let (inner, _) = piece.split_once(')')?;
            parts.push(inner.trim());
        }
        let mut out = String::new();
        if parts.len() > 1 {
            out.push_str(&format!("điểm {} ", parts[1..].join(", ")));
        }
        if let Some(clause) = parts.first() {
            out.push_str(&format!("khoản {clause} "));
        }
        out.push_str(&format!("Điều {article} Nghị định {doc}"));
        Some(out)
    };
    parse().unwrap_or_else(|| basis.to_owned())
}

fn category_vi(c: &str) -> &'static str {
    if c == "sensitive" {
        "Nhạy cảm"
    } else {
        "Cơ bản"
    }
}

/// The report as blocks of an administrative document.
pub fn blocks(report: &Report, h: &Heading) -> Vec<Block> {
    let mut o = Vec::new();
    let place_date = match h.date {
        Some(d) => vec![
            or_blank(&h.place),
            Run::Label(format!(", {}", khien_doc::date_words(d))),
        ],
        None => vec![
            or_blank(&h.place),
            Run::Label(", ngày ".into()),
            Run::Blank,
            Run::Label(" tháng ".into()),
            Run::Blank,
            Run::Label(" năm ".into()),
            Run::Blank,
        ],
    };
    o.push(Block::Header {
        motto: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".into(),
        left: vec![or_blank(&h.organisation)],
        number: Some(or_blank(&h.number)),
        place_date,
    });
    o.push(Block::Title(vec![
        "BÁO CÁO".into(),
        "Kết quả rà soát, phân loại dữ liệu cá nhân đã thu thập, xử lý".into(),
    ]));
    o.push(Block::Recipient(vec![or_blank(&h.recipient)]));
    o.push(Block::Paragraph(vec![
        or_blank(&h.organisation),
        Run::Label(
            " báo cáo kết quả rà soát tổng thể, phân loại dữ liệu cá nhân đã thu thập, đang xử lý và trách nhiệm bảo vệ tương ứng với từng loại dữ liệu như sau:"
                .into(),
        ),
    ]));
    o.push(Block::Paragraph(text(format!(
        "Căn cứ phân loại: {}.",
        regime_text(report.regime)
    ))));

    o.push(Block::Heading(text("1. Phạm vi rà soát")));
    o.push(table(
        &[
            "Nguồn",
            "Loại",
            "Số tệp",
            "Số bảng",
            "Dung lượng (byte)",
            "Số bản ghi đã đọc",
        ],
        report
            .sources
            .iter()
            .map(|s| {
                vec![
                    s.source.clone(),
                    s.kind.to_owned(),
                    s.files.to_string(),
                    s.tables.to_string(),
                    s.bytes.to_string(),
                    s.records.to_string(),
                ]
            })
            .collect(),
    ));

    let count = |class: &str| {
        report
            .units
            .iter()
            .filter(|u| u.personal_data == class)
            .count()
    };
    o.push(Block::Heading(text("2. Tổng hợp kết quả")));
    for (label, class) in [
        ("Tệp, bảng chứa dữ liệu cá nhân nhạy cảm", "sensitive"),
        ("Tệp, bảng chỉ chứa dữ liệu cá nhân cơ bản", "basic"),
        ("Tệp, bảng không phát hiện dữ liệu cá nhân", "none"),
    ] {
        o.push(Block::Paragraph(text(format!(
            "- {label}: {}.",
            count(class)
        ))));
    }
    let mut by_detector: BTreeMap<&str, (u64, usize, &str, &str)> = BTreeMap::new();
    for f in &report.findings {
        let e = by_detector
            .entry(f.detector)
            .or_insert((0, 0, f.category, f.legal_basis));
        e.0 += f.count;
        e.1 += 1;
    }
    o.push(table(
        &[
            "Loại dữ liệu",
            "Phân loại",
            "Căn cứ",
            "Số giá trị",
            "Số vị trí",
        ],
        khien_detect::Detector::ALL
            .iter()
            .filter_map(|d| {
                by_detector
                    .get(d.id())
                    .map(|(count, places, category, basis)| {
                        vec![
                            d.label_vi().to_owned(),
                            category_vi(category).to_owned(),
                            basis_vi(basis),
                            count.to_string(),
                            places.to_string(),
                        ]
                    })
            })
            .collect(),
    ));

    o.push(Block::Heading(text("3. Phân loại theo tệp, bảng dữ liệu")));
    o.push(table(
        &[
            "Tệp / bảng",
            "Định dạng",
            "Số bản ghi",
            "Phân loại",
            "Loại dữ liệu phát hiện",
        ],
        report
            .units
            .iter()
            .map(|u| {
                let class = match u.personal_data {
                    "sensitive" => "Dữ liệu cá nhân nhạy cảm",
                    "basic" => "Dữ liệu cá nhân cơ bản",
                    _ => "Không phát hiện",
                };
                let joined = if u.identity_with_sensitive {
                    " (bản ghi gắn danh tính với dữ liệu nhạy cảm)"
                } else {
                    ""
                };
                let labels: Vec<&str> = u
                    .detectors
                    .iter()
                    .filter_map(|id| khien_detect::Detector::from_id(id).map(|d| d.label_vi()))
                    .collect();
                vec![
                    location_text(&u.location),
                    u.format.to_owned(),
                    u.records.to_string(),
                    format!("{class}{joined}"),
                    labels.join(", "),
                ]
            })
            .collect(),
    ));

    o.push(Block::Heading(text("4. Chi tiết phát hiện")));
    o.push(Block::Note(text(
        "Giá trị mẫu đã được che; báo cáo không chứa dữ liệu cá nhân gốc.",
    )));
    o.push(table(
        &[
            "Vị trí",
            "Loại dữ liệu",
            "Phân loại",
            "Căn cứ",
            "Số lượng",
            "Độ tin cậy",
            "Mẫu (đã che)",
        ],
        report
            .findings
            .iter()
            .map(|f| {
                vec![
                    location_text(&f.location),
                    khien_detect::Detector::from_id(f.detector)
                        .map_or(f.detector, |d| d.label_vi())
                        .to_owned(),
                    category_vi(f.category).to_owned(),
                    basis_vi(f.legal_basis),
                    f.count.to_string(),
                    format!("{:.2}", f.confidence),
                    f.samples.join(", "),
                ]
            })
            .collect(),
    ));

    o.push(Block::Heading(text(
        "5. Dữ liệu quan trọng, dữ liệu cốt lõi: câu hỏi cần người phụ trách trả lời",
    )));
    o.push(Block::Paragraph(text(
        "Việc xác định dữ liệu quan trọng (Điều 3) và dữ liệu cốt lõi (Điều 4) Nghị định 165/2025 căn cứ vào mức độ tác động khi dữ liệu bị thu thập, sử dụng trái phép, nên không thể kết luận chỉ từ mẫu dữ liệu. Với mỗi tệp, bảng chứa dữ liệu cá nhân ở mục 3, người phụ trách bảo vệ dữ liệu trả lời các câu hỏi sau; \"có thể gây\" tương ứng dữ liệu quan trọng, \"trực tiếp gây\" tương ứng dữ liệu cốt lõi:",
    )));
    o.push(Block::Numbered(
        IMPORTANCE_QUESTIONS
            .iter()
            .map(|q| Run::Label(q.text.to_owned()))
            .collect(),
    ));

    o.push(Block::Heading(text("6. Trách nhiệm bảo vệ tương ứng")));
    o.push(Block::Paragraph(text(
        "- Dữ liệu cá nhân nhạy cảm: thiết lập quy định hạn chế truy cập, quy trình xử lý và biện pháp bảo mật (Điều 4 khoản 2 Nghị định 356/2025); đánh giá tác động xử lý dữ liệu cá nhân.",
    )));
    o.push(Block::Paragraph(text(
        "- Dữ liệu cá nhân cơ bản: áp dụng các biện pháp bảo vệ chung, ghi nhận căn cứ xử lý và thời hạn lưu trữ.",
    )));

    o.push(Block::Heading(text("7. Lỗi trong quá trình rà soát")));
    if report.errors.is_empty() {
        o.push(Block::Paragraph(text("Không có.")));
    }
    for e in &report.errors {
        let place: Vec<&str> = [
            Some(e.source.as_str()),
            e.file.as_deref(),
            e.table.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect();
        o.push(Block::Paragraph(vec![
            Run::Label("- ".into()),
            Run::Value(format!("{}: {}", place.join(" › "), e.message)),
        ]));
    }
    o.push(Block::Signature {
        copies: vec!["Như trên;".into(), "Lưu: VT.".into()],
        signer: Some("THỦ TRƯỞNG ĐƠN VỊ".into()),
        note: Some("(Ký, ghi rõ họ tên, đóng dấu)".into()),
        name: or_blank(&h.signer),
    });
    o
}

/// The report as Markdown.
pub fn markdown(report: &Report, h: &Heading) -> String {
    khien_doc::markdown::render(&blocks(report, h))
}

#[cfg(test)]
mod tests {
    use super::basis_vi;

    #[test]
    fn legal_bases_read_as_vietnamese_citations() {
        for (basis, want) in [
            (
                "Decree 356/2025 Art. 3(7)",
                "khoản 7 Điều 3 Nghị định 356/2025",
            ),
            (
                "Decree 356/2025 Art. 4(1)(đ)",
                "điểm đ khoản 1 Điều 4 Nghị định 356/2025",
            ),
            (
                "Decree 356/2025 Art. 4(1)(i), (k)",
                "điểm i, k khoản 1 Điều 4 Nghị định 356/2025",
            ),
            (
                "Decree 13/2023 Art. 2(3)(a)",
                "điểm a khoản 3 Điều 2 Nghị định 13/2023",
            ),
            ("Law 91/2025", "Law 91/2025"),
            ("Decree 13/2023 Art. x(1)", "Decree 13/2023 Art. x(1)"),
            ("Decree 13/2023 Art. 2(3", "Decree 13/2023 Art. 2(3"),
        ] {
            assert_eq!(basis_vi(basis), want, "{basis}");
        }
    }
}
