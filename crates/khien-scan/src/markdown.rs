//! The Vietnamese classification report the Thanh Hóa directive §1 asks each unit to send the
//! provincial police ("Báo cáo kết quả rà soát, phân loại dữ liệu cá nhân"), as Markdown. The
//! official PDF/DOCX rendering is the forms capability's.

use std::collections::BTreeMap;
use std::fmt::Write;

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

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// Renders the report. `organisation` is the reporting unit's name; `date` the report's date
/// as it should be printed (`ngày 23 tháng 11 năm 2026`).
pub fn render(report: &Report, organisation: Option<&str>, date: &str) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "# BÁO CÁO KẾT QUẢ RÀ SOÁT, PHÂN LOẠI DỮ LIỆU CÁ NHÂN\n");
    if let Some(org) = organisation {
        let _ = writeln!(o, "**Đơn vị báo cáo:** {}  ", cell(org));
    }
    let _ = writeln!(o, "**Ngày lập:** {date}  ");
    let _ = writeln!(o, "**Căn cứ phân loại:** {}\n", regime_text(report.regime));

    let _ = writeln!(o, "## 1. Phạm vi rà soát\n");
    let _ = writeln!(
        o,
        "| Nguồn | Loại | Số tệp | Số bảng | Dung lượng (byte) | Số bản ghi đã đọc |"
    );
    let _ = writeln!(o, "|---|---|---:|---:|---:|---:|");
    for s in &report.sources {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {} |",
            cell(&s.source),
            s.kind,
            s.files,
            s.tables,
            s.bytes,
            s.records
        );
    }

    let sensitive = report
        .units
        .iter()
        .filter(|u| u.personal_data == "sensitive")
        .count();
    let basic = report
        .units
        .iter()
        .filter(|u| u.personal_data == "basic")
        .count();
    let none = report
        .units
        .iter()
        .filter(|u| u.personal_data == "none")
        .count();
    let _ = writeln!(o, "\n## 2. Tổng hợp kết quả\n");
    let _ = writeln!(
        o,
        "- Tệp, bảng chứa dữ liệu cá nhân nhạy cảm: **{sensitive}**"
    );
    let _ = writeln!(
        o,
        "- Tệp, bảng chỉ chứa dữ liệu cá nhân cơ bản: **{basic}**"
    );
    let _ = writeln!(
        o,
        "- Tệp, bảng không phát hiện dữ liệu cá nhân: **{none}**\n"
    );
    let mut by_detector: BTreeMap<&str, (u64, usize, &str, &str)> = BTreeMap::new();
    for f in &report.findings {
        let e = by_detector
            .entry(f.detector)
            .or_insert((0, 0, f.category, f.legal_basis));
        e.0 += f.count;
        e.1 += 1;
    }
    let _ = writeln!(
        o,
        "| Loại dữ liệu | Phân loại | Căn cứ | Số giá trị | Số vị trí |"
    );
    let _ = writeln!(o, "|---|---|---|---:|---:|");
    for d in khien_detect::Detector::ALL {
        if let Some((count, places, category, basis)) = by_detector.get(d.id()) {
            let _ = writeln!(
                o,
                "| {} | {} | {} | {count} | {places} |",
                d.label_vi(),
                if *category == "sensitive" {
                    "Nhạy cảm"
                } else {
                    "Cơ bản"
                },
                basis
            );
        }
    }

    let _ = writeln!(o, "\n## 3. Phân loại theo tệp, bảng dữ liệu\n");
    let _ = writeln!(
        o,
        "| Tệp / bảng | Định dạng | Số bản ghi | Phân loại | Loại dữ liệu phát hiện |"
    );
    let _ = writeln!(o, "|---|---|---:|---|---|");
    for u in &report.units {
        let class = match u.personal_data {
            "sensitive" => "Dữ liệu cá nhân nhạy cảm",
            "basic" => "Dữ liệu cá nhân cơ bản",
            _ => "Không phát hiện",
        };
        let labels: Vec<&str> = u
            .detectors
            .iter()
            .filter_map(|id| khien_detect::Detector::from_id(id).map(|d| d.label_vi()))
            .collect();
        let joined = if u.identity_with_sensitive {
            " (bản ghi gắn danh tính với dữ liệu nhạy cảm)"
        } else {
            ""
        };
        let _ = writeln!(
            o,
            "| {} | {} | {} | {class}{joined} | {} |",
            cell(&location_text(&u.location)),
            u.format,
            u.records,
            labels.join(", ")
        );
    }

    let _ = writeln!(o, "\n## 4. Chi tiết phát hiện\n");
    let _ = writeln!(
        o,
        "Giá trị mẫu đã được che; báo cáo không chứa dữ liệu cá nhân gốc.\n"
    );
    let _ = writeln!(
        o,
        "| Vị trí | Loại dữ liệu | Phân loại | Căn cứ | Số lượng | Độ tin cậy | Mẫu (đã che) |"
    );
    let _ = writeln!(o, "|---|---|---|---|---:|---:|---|");
    for f in &report.findings {
        let label =
            khien_detect::Detector::from_id(f.detector).map_or(f.detector, |d| d.label_vi());
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {:.2} | {} |",
            cell(&location_text(&f.location)),
            label,
            if f.category == "sensitive" {
                "Nhạy cảm"
            } else {
                "Cơ bản"
            },
            f.legal_basis,
            f.count,
            f.confidence,
            cell(&f.samples.join(", "))
        );
    }

    let _ = writeln!(
        o,
        "\n## 5. Dữ liệu quan trọng, dữ liệu cốt lõi: câu hỏi cần người phụ trách trả lời\n"
    );
    let _ = writeln!(
        o,
        "Việc xác định dữ liệu quan trọng (Điều 3) và dữ liệu cốt lõi (Điều 4) Nghị định 165/2025 căn cứ vào mức độ tác động khi dữ liệu bị thu thập, sử dụng trái phép, nên không thể kết luận chỉ từ mẫu dữ liệu. Với mỗi tệp, bảng chứa dữ liệu cá nhân ở mục 3, người phụ trách bảo vệ dữ liệu trả lời các câu hỏi sau; \"có thể gây\" tương ứng dữ liệu quan trọng, \"trực tiếp gây\" tương ứng dữ liệu cốt lõi:\n"
    );
    for (i, q) in IMPORTANCE_QUESTIONS.iter().enumerate() {
        let _ = writeln!(o, "{}. {}", i + 1, q.text);
    }
    let _ = writeln!(
        o,
        "\nCâu trả lời được ghi vào danh mục dữ liệu (khi quét với `--database`, mỗi tệp, bảng là một tài sản) bằng cách cập nhật tài sản: `PUT /api/v1/orgs/{{org_id}}/assets/{{asset_id}}` với `importance` = `important` hoặc `core` và `importance_criterion` = {}.",
        IMPORTANCE_QUESTIONS
            .iter()
            .map(|q| format!("`{}`", q.criterion))
            .collect::<Vec<_>>()
            .join(", ")
    );

    let _ = writeln!(o, "\n## 6. Trách nhiệm bảo vệ tương ứng\n");
    let _ = writeln!(
        o,
        "- Dữ liệu cá nhân nhạy cảm: thiết lập quy định hạn chế truy cập, quy trình xử lý và biện pháp bảo mật (Điều 4 khoản 2 Nghị định 356/2025); đánh giá tác động xử lý dữ liệu cá nhân."
    );
    let _ = writeln!(
        o,
        "- Dữ liệu cá nhân cơ bản: áp dụng các biện pháp bảo vệ chung, ghi nhận căn cứ xử lý và thời hạn lưu trữ."
    );

    let _ = writeln!(o, "\n## 7. Lỗi trong quá trình rà soát\n");
    if report.errors.is_empty() {
        let _ = writeln!(o, "Không có.");
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
        let _ = writeln!(o, "- {}: {}", cell(&place.join(" › ")), cell(&e.message));
    }
    o
}
