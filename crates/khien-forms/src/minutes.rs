//! The minutes confirming a personal data breach (biên bản xác nhận về việc xảy ra hành vi vi
//! phạm, Law 91/2025 Art. 23(2)), drawn up from the facts recorded on the breach case. The
//! texts prescribe no form for them: this is Khiên's document, laid out in the conventions of
//! administrative documents (Decree 30/2020/NĐ-CP) and stating what Decree 356/2025 Art.
//! 28(1) asks a breach notice to state. A fact not recorded stays a visible blank.

use khien_doc::{Block, Run};
use khien_domain::{BreachFacts, Code as _, Organisation};

fn text(s: impl Into<String>) -> Vec<Run> {
    vec![Run::Label(s.into())]
}

fn value(v: Option<String>) -> Run {
    match v.filter(|s| !s.trim().is_empty()) {
        Some(v) => Run::Value(v),
        None => Run::Blank,
    }
}

fn line(label: &str, v: Option<String>) -> Block {
    Block::Paragraph(vec![Run::Label(format!("- {label}: ")), value(v)])
}

fn when(t: time::OffsetDateTime) -> String {
    let t = t.to_offset(time::macros::offset!(+7));
    format!(
        "{:02} giờ {:02}, {}",
        t.hour(),
        t.minute(),
        khien_doc::date_words(t.date())
    )
}

/// The minutes as blocks: the organisation, the case's title, the facts.
pub fn breach_minutes(org: &Organisation, case_title: &str, f: &BreachFacts) -> Vec<Block> {
    let name = org.details.name.as_str().to_owned();
    let place_date = match f.minutes_date {
        Some(d) => vec![
            value(org.details.province.as_ref().map(|p| p.as_str().to_owned())),
            Run::Label(format!(", {}", khien_doc::date_words(d))),
        ],
        None => vec![
            value(org.details.province.as_ref().map(|p| p.as_str().to_owned())),
            Run::Label(", ngày ".into()),
            Run::Blank,
            Run::Label(" tháng ".into()),
            Run::Blank,
            Run::Label(" năm ".into()),
            Run::Blank,
        ],
    };
    let mut o = vec![
        Block::Header {
            motto: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".into(),
            left: vec![Run::Value(name.to_uppercase())],
            number: Some(value(f.minutes_number.clone())),
            place_date,
        },
        Block::Title(vec![
            "BIÊN BẢN".into(),
            "Xác nhận về việc xảy ra hành vi vi phạm quy định về bảo vệ dữ liệu cá nhân".into(),
        ]),
        Block::Paragraph(vec![
            Run::Label(
                "Căn cứ khoản 2 Điều 23 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Điều 28 \
                 Nghị định số 356/2025/NĐ-CP, "
                    .into(),
            ),
            Run::Value(name.clone()),
            Run::Label(" lập biên bản xác nhận sự việc: ".into()),
            Run::Value(case_title.to_owned()),
            Run::Label(".".into()),
        ]),
        Block::Heading(text("I. Thành phần lập biên bản")),
        line("Người lập, ký biên bản", f.minutes_participants.clone()),
        Block::Heading(text("II. Nội dung vi phạm")),
        line("Thời gian xảy ra", f.occurred_at.map(when)),
        line("Thời điểm phát hiện", f.discovered_at.map(when)),
        line("Hình thức phát hiện", f.discovered_how.clone()),
        line("Địa điểm", f.place.clone()),
        line("Hành vi", f.conduct.clone()),
        line("Tổ chức, cá nhân liên quan", f.parties.clone()),
        line(
            "Loại dữ liệu bị ảnh hưởng",
            (!f.data_kinds.is_empty()).then(|| {
                f.data_kinds
                    .iter()
                    .map(|k| k.label_vi())
                    .collect::<Vec<_>>()
                    .join("; ")
            }),
        ),
        line(
            "Các loại dữ liệu cá nhân và số lượng dữ liệu liên quan",
            f.data_description.clone(),
        ),
        line(
            "Số chủ thể dữ liệu bị ảnh hưởng",
            f.subjects_affected.map(|n| n.to_string()),
        ),
        line(
            "Mức độ nghiêm trọng",
            f.severity.map(|s| s.label_vi().to_owned()),
        ),
        line("Rủi ro đối với chủ thể dữ liệu", f.risks.clone()),
        line("Hậu quả, thiệt hại có thể xảy ra", f.consequences.clone()),
        Block::Heading(text("III. Biện pháp đã, đang và sẽ thực hiện")),
        Block::Paragraph(vec![value(f.measures.clone())]),
        Block::Heading(text("IV. Liên hệ")),
        Block::Paragraph(vec![value(f.contact.clone())]),
    ];
    if f.subjects_must_be_told() {
        o.push(Block::Note(text(
            "Sự cố liên quan đến dữ liệu vị trí, sinh trắc học hoặc dữ liệu nhạy cảm trong lĩnh \
             vực tài chính, ngân hàng: thông báo cho chủ thể dữ liệu bị ảnh hưởng trong thời \
             hạn 72 giờ kể từ khi phát hiện (khoản 3 Điều 8, Điều 29 Nghị định số \
             356/2025/NĐ-CP); hồ sơ vi phạm được lưu trữ tối thiểu 05 năm kể từ ngày khắc phục \
             xong sự cố.",
        )));
    }
    o.push(Block::Paragraph(text(
        "Biên bản được lập thành 02 bản có giá trị như nhau, gửi kèm thông báo vi phạm \
         (Mẫu số 08) đến cơ quan chuyên trách bảo vệ dữ liệu cá nhân và lưu hồ sơ vi phạm.",
    )));
    o.push(Block::Signature {
        copies: vec![
            "Cơ quan chuyên trách bảo vệ dữ liệu cá nhân, Bộ Công an;".into(),
            "Lưu: hồ sơ vi phạm.".into(),
        ],
        signer: Some("NGƯỜI LẬP BIÊN BẢN".into()),
        note: Some("(Ký, ghi rõ họ tên)".into()),
        name: Run::Blank,
    });
    o
}
