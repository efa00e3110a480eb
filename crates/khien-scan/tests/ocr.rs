//! Pictures: read by OCR with Tesseract's Vietnamese model when it is installed (CI installs
//! tesseract-ocr and tesseract-ocr-vie), reported as skipped with the reason when it is not.
//! The picture is a mock ID card rendered from text (no real card): the scanner must tell it is
//! an ID-card image (sensitive, Decree 356/2025 Art. 4(1)(i)) and read the number on it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use khien_doc::{Block, Run};
use khien_scan::Options;

fn picture(blocks: &[Block]) -> Vec<u8> {
    let doc = khien_forms::pdf::document(blocks).unwrap();
    let opts = typst_render::RenderOptions {
        pixel_per_pt: 3.0.into(),
        render_bleed: false,
    };
    typst_render::render(&doc.pages()[0], &opts)
        .encode_png()
        .unwrap()
}

fn tesseract_vie() -> bool {
    Command::new("tesseract")
        .arg("--list-langs")
        .output()
        .is_ok_and(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .any(|l| l.trim() == "vie")
        })
}

#[tokio::test]
async fn pictures_are_read_by_ocr_or_skipped_with_the_reason() {
    let card = [
        Block::Title(vec![
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".to_owned(),
            "Độc lập - Tự do - Hạnh phúc".to_owned(),
            "CĂN CƯỚC CÔNG DÂN".to_owned(),
        ]),
        Block::Paragraph(vec![Run::Value(
            "Số định danh cá nhân: 001203012345".to_owned(),
        )]),
        Block::Paragraph(vec![Run::Value(
            "Họ, chữ đệm và tên: NGUYỄN VĂN AN".to_owned(),
        )]),
        Block::Paragraph(vec![Run::Value("Ngày sinh: 12/03/2003".to_owned())]),
    ];
    let notice = [
        Block::Title(vec!["THÔNG BÁO".to_owned()]),
        Block::Paragraph(vec![Run::Value(
            "Phòng họp tầng 3 sẽ được sửa chữa từ ngày 15 đến ngày 20 tháng 12.".to_owned(),
        )]),
    ];
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("the-can-cuoc.png"), picture(&card)).unwrap();
    std::fs::write(d.path().join("thong-bao.png"), picture(&notice)).unwrap();
    let mut o = Options::new(2026);
    o.threads = 2;
    let r = khien_scan::scan(
        vec![d.path().display().to_string()],
        o,
        Arc::new(khien_scan::NoProgress),
        Arc::new(AtomicBool::new(false)),
    )
    .await
    .unwrap();
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let found = |file: &str, det: &str| {
        r.findings.iter().any(|f| {
            f.location
                .file
                .as_deref()
                .is_some_and(|x| x.ends_with(file))
                && f.detector == det
        })
    };
    if tesseract_vie() {
        assert!(r.skipped.is_empty(), "{:?}", r.skipped);
        assert!(
            found("the-can-cuoc.png", "id_card_image"),
            "{:#?}",
            r.findings
        );
        assert!(found("the-can-cuoc.png", "vn.cccd"), "{:#?}", r.findings);
        let card_unit = r
            .units
            .iter()
            .find(|u| {
                u.location
                    .file
                    .as_deref()
                    .is_some_and(|x| x.ends_with("the-can-cuoc.png"))
            })
            .unwrap();
        assert_eq!(card_unit.personal_data, "sensitive");
        assert!(!found("thong-bao.png", "id_card_image"));
    } else {
        assert_eq!(r.skipped.len(), 2, "{:?}", r.skipped);
        assert!(
            r.skipped.iter().all(|s| s.reason.contains("tesseract")),
            "{:?}",
            r.skipped
        );
    }
}
