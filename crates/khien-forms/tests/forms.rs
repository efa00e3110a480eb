//! Every form: transcription faithful to the official annex, a full example rendered with
//! every label in order, empty data giving the "to complete" list, bad data refused.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use khien_forms::model::{FieldType, Issuer};
use khien_forms::{Catalogue, Form, docx, layout, pdf};
use serde_json::{Value, json};
use unicode_normalization::UnicodeNormalization as _;

/// Whitespace collapsed, dotted leaders removed, NFC: how labels are compared.
fn norm(s: &str) -> String {
    let s: String = s.nfc().collect();
    // Dotted leaders and the boxes (☐) of the official text are blanks.
    let s = s.replace(['…', '\u{a0}', '☐', '□'], " ").replace("..", " ");
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn official(form: &Form) -> String {
    let text = if form.id.starts_with("nd165") {
        include_str!("../forms/official/nd165-phu-luc.txt")
    } else {
        include_str!("../forms/official/nd356-phu-luc.txt")
    };
    norm(text)
}

/// A value for every field of the form.
fn full_example(form: &Form) -> Value {
    form.example()
}

fn catalogue() -> Catalogue {
    Catalogue::builtin().unwrap()
}

#[test]
fn ids_follow_the_contract() {
    let c = catalogue();
    assert!(!c.forms().is_empty());
    for f in c.forms() {
        let ok = f.id.starts_with("nd165-") || f.id.starts_with("nd356-");
        assert!(ok, "{}", f.id);
        assert!(!f.title.is_empty() && !f.heading.is_empty(), "{}", f.id);
    }
}

#[test]
fn every_label_is_in_the_official_text_in_order() {
    for form in catalogue().forms() {
        let text = official(form);
        // The form's own section: from its title onwards.
        let start = text
            .find(&norm(&form.heading[0]))
            .unwrap_or_else(|| panic!("{}: title `{}` not in the annex", form.id, form.heading[0]));
        let mut at = start;
        for label in form
            .labels()
            .iter()
            .skip(2 + form.authority.len() + form.heading.len())
        {
            let l = norm(label);
            if l.is_empty() || l == "Kính gửi:" || l == "Nơi nhận:" {
                continue;
            }
            match text[at..].find(&l) {
                Some(i) => at += i + l.len(),
                None => panic!(
                    "{}: `{l}` is not in the official text after position {at} (or is out of order)",
                    form.id
                ),
            }
        }
    }
}

#[test]
fn a_full_example_renders_every_label_in_order_with_nothing_left() {
    for form in catalogue().forms() {
        let filled = form
            .fill(&full_example(form))
            .unwrap_or_else(|e| panic!("{}: {e}", form.id));
        assert!(
            filled.to_complete.is_empty(),
            "{}: {:?}",
            form.id,
            filled.to_complete
        );
        let blocks = layout::layout(&filled);
        let xml = docx::document_xml(&blocks);
        let text = norm(&docx::text_of(&xml).join("\n"));
        let mut at = 0;
        for label in form.labels() {
            let l = norm(&label);
            if l.is_empty() {
                continue;
            }
            match text[at..].find(&l) {
                Some(i) => at += i + l.len(),
                None => panic!(
                    "{}: label `{l}` missing or out of order in the DOCX",
                    form.id
                ),
            }
        }
        assert!(
            !text.contains(layout::BLANK),
            "{}: a blank left in a full example",
            form.id
        );
        // Every value appears.
        assert!(
            text.contains("dòng thứ hai")
                || !form.fields.values().any(|f| f.kind == FieldType::Multiline)
        );
        let bytes = docx::render(&blocks).unwrap();
        assert!(bytes.starts_with(b"PK"), "{}: not a zip", form.id);
    }
}

#[test]
fn empty_data_lists_every_required_blank() {
    for form in catalogue().forms() {
        let filled = form.fill(&json!({})).unwrap();
        let required =
            form.fields.values().filter(|f| !f.optional).count() + form.standard_fields().len();
        assert_eq!(
            filled.to_complete.len(),
            required,
            "{}: {:?}",
            form.id,
            filled.to_complete
        );
        let xml = docx::document_xml(&layout::layout(&filled));
        assert!(xml.contains(layout::BLANK), "{}", form.id);
        if form.issuer == Issuer::Organisation {
            assert!(filled.to_complete.iter().any(|t| t.field == "number"));
        }
    }
}

#[test]
fn bad_data_is_refused_with_the_field_named_and_never_repeated() {
    let c = catalogue();
    let form = c.get("nd165-01a").unwrap();
    let secret = "079201001234";
    let cases: Vec<(Value, &str)> = vec![
        (json!([]), "(gốc)"),
        (
            json!({"sender": {"name": 5, "nickname": secret}}),
            "sender.nickname",
        ),
        (json!({"unknown": secret}), "unknown"),
        (json!({"sender": {"unknown": {}}}), "sender.unknown"),
        (json!({"sender": {"phone": 912345678}}), "sender.phone"),
        (json!({"sender": {"name": ["x"]}}), "sender.name"),
        (json!({"sender": {"name": "a\u{0007}b"}}), "sender.name"),
        (
            json!({"sender": {"name": "x".repeat(10 * 1024 * 1024)}}),
            "sender.name",
        ),
        (
            json!({"sender": {"name": "dòng một\ndòng hai"}}),
            "sender.name",
        ),
        (
            json!({"sender": {"id_issued_on": "2026-02-30"}}),
            "sender.id_issued_on",
        ),
        (
            json!({"sender": {"email": "không phải email"}}),
            "sender.email",
        ),
        (json!({"sender": {"phone": "gọi tôi"}}), "sender.phone"),
        (json!({"documents": "một chuỗi"}), "documents"),
        (json!({"documents": ["ok", {"x": 1}]}), "documents[1]"),
        (json!({"date": "23/11/2026"}), "date"),
    ];
    for (data, field) in cases {
        let e = form.fill(&data).expect_err(&format!("accepted {field}"));
        assert_eq!(e.field, field, "{e}");
        assert!(!e.to_string().contains(secret), "{e}");
    }
}

#[test]
fn every_schema_is_valid_json_schema_shape_and_closed() {
    for form in catalogue().forms() {
        let s = form.schema();
        assert_eq!(s["type"], "object");
        assert_eq!(s["additionalProperties"], false);
        for path in form.fields.keys() {
            let mut node = &s;
            for part in path.split('.') {
                node = &node["properties"][part];
            }
            assert!(
                node.is_object(),
                "{}: {path} missing from the schema",
                form.id
            );
        }
    }
}

/// The labels of the form, in order, in `text`; panics naming the first missing. Text taken
/// out of a PDF has no reliable spaces where lines break (after "/" for instance) or where
/// paragraphs end, so both sides are compared without whitespace; letters and diacritics are
/// compared exactly.
fn assert_labels_in_order(form: &Form, text: &str, what: &str) {
    let squash = |s: &str| norm(s).replace(' ', "");
    let text = &squash(text);
    let mut at = 0;
    for label in form.labels() {
        let l = squash(&label);
        if l.is_empty() {
            continue;
        }
        match text[at..].find(&l) {
            Some(i) => at += i + l.len(),
            None => panic!(
                "{}: label `{l}` missing or out of order in the {what} (after: `{}`)",
                form.id,
                &text[at.saturating_sub(80).min(text.len())..at]
                    .chars()
                    .collect::<String>()
            ),
        }
    }
}

#[test]
fn a_full_example_renders_as_pdf_with_every_label_in_order_in_nfc() {
    for form in catalogue().forms() {
        let filled = form.fill(&full_example(form)).unwrap();
        let pdf = pdf::render(&layout::layout(&filled)).unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{}: not a PDF", form.id);
        let raw = pdf_extract::extract_text_from_mem(&pdf)
            .unwrap_or_else(|e| panic!("{}: text not extractable: {e}", form.id));
        // The text as stored in the PDF (its ToUnicode maps) is already composed: precomposed
        // Vietnamese letters, not base letters with combining marks.
        assert!(
            unicode_normalization::is_nfc(&raw),
            "{}: the PDF's text is not NFC",
            form.id
        );
        let text = norm(&raw);
        assert_labels_in_order(form, &text, "PDF");
        assert!(
            !text.contains("……"),
            "{}: a blank left in a full example",
            form.id
        );
    }
}

#[test]
fn an_empty_form_renders_as_pdf_with_visible_blanks() {
    for form in catalogue().forms() {
        let filled = form.fill(&json!({})).unwrap();
        assert!(!filled.to_complete.is_empty(), "{}", form.id);
        let pdf = pdf::render(&layout::layout(&filled)).unwrap();
        let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
        assert!(text.contains('…'), "{}: no visible blank", form.id);
    }
}

#[test]
fn values_are_text_never_markup() {
    // Typst markup, a function call and a raw block in values stay as typed.
    let c = catalogue();
    let form = c.get("nd165-01a").unwrap();
    let mut data = full_example(form);
    let hostile = r#"#panic("x") *đậm* $x^2$ `raw` \ "quoted" // not a comment"#;
    data["sender"]["name"] = json!(hostile);
    let pdf = pdf::render(&layout::layout(&form.fill(&data).unwrap())).unwrap();
    let text = norm(&pdf_extract::extract_text_from_mem(&pdf).unwrap());
    assert!(text.contains(&norm(hostile)), "{text}");
}

/// A page as 8-bit grey levels (width, height, pixels).
struct Grey(u32, u32, Vec<u8>);

impl Grey {
    fn of(page: &typst_layout::Page) -> Grey {
        let opts = typst_render::RenderOptions {
            pixel_per_pt: 1.0.into(),
            render_bleed: false,
        };
        let pixmap = typst_render::render(page, &opts);
        // Rendered on white, so the premultiplied colour is the colour.
        let grey = pixmap
            .data()
            .chunks_exact(4)
            .map(|p| ((u32::from(p[0]) * 3 + u32::from(p[1]) * 6 + u32::from(p[2])) / 10) as u8)
            .collect();
        Grey(pixmap.width(), pixmap.height(), grey)
    }

    fn png(&self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut enc = png::Encoder::new(&mut out, self.0, self.1);
        enc.set_color(png::ColorType::Grayscale);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::High);
        let mut w = enc.write_header().unwrap();
        w.write_image_data(&self.2).unwrap();
        w.finish().unwrap();
        out
    }

    fn load(path: &std::path::Path) -> Result<Grey, String> {
        let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
        let mut reader = png::Decoder::new(std::io::BufReader::new(file))
            .read_info()
            .map_err(|e| e.to_string())?;
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).map_err(|e| e.to_string())?;
        if info.color_type != png::ColorType::Grayscale || info.bit_depth != png::BitDepth::Eight {
            return Err("not an 8-bit grey PNG".into());
        }
        buf.truncate(info.buffer_size());
        Ok(Grey(info.width, info.height, buf))
    }

    /// Pixels that differ visibly (by more than a quarter of the grey scale).
    fn differing(&self, other: &Grey) -> usize {
        self.2
            .iter()
            .zip(&other.2)
            .filter(|(a, b)| a.abs_diff(**b) > 64)
            .count()
    }
}

/// The first page of each form's full example, compared with the committed PNG in
/// `tests/snapshots/` (tolerance: 0.05 % of the pixels, about 250 of 500 000: less than one
/// word). `KHIEN_UPDATE_SNAPSHOTS=1` rewrites them; a failing comparison leaves the new
/// image beside the old as `<id>.new.png` to look at.
#[test]
fn the_first_page_of_each_form_matches_its_snapshot() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("KHIEN_UPDATE_SNAPSHOTS").is_some();
    let mut failures = Vec::new();
    for form in catalogue().forms() {
        let filled = form.fill(&full_example(form)).unwrap();
        let doc = pdf::document(&layout::layout(&filled)).unwrap();
        let got = Grey::of(&doc.pages()[0]);
        let path = dir.join(format!("{}.png", form.id));
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, got.png()).unwrap();
            continue;
        }
        let want = Grey::load(&path).unwrap_or_else(|e| {
            panic!(
                "{}: no snapshot ({e}); run with KHIEN_UPDATE_SNAPSHOTS=1 and look at it",
                path.display()
            )
        });
        let same_size = (want.0, want.1) == (got.0, got.1);
        if !same_size || want.differing(&got) > got.2.len() / 2000 {
            std::fs::write(dir.join(format!("{}.new.png", form.id)), got.png()).unwrap();
            failures.push(form.id.clone());
        }
    }
    assert!(
        failures.is_empty(),
        "pages differ from their snapshots: {failures:?}"
    );
}

fn pdf_is_whole(pdf: &[u8]) -> bool {
    pdf.starts_with(b"%PDF-")
        && pdf[pdf.len().saturating_sub(16)..]
            .windows(5)
            .any(|w| w == b"%%EOF")
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 16, ..Default::default() })]

    /// Whatever text arrives, the form either refuses it naming the field or renders a whole
    /// PDF and DOCX: never a panic, never a broken file.
    #[test]
    fn any_text_is_refused_or_rendered_whole(name in "\\PC{0,40}", address in "(?s).{0,40}") {
        let c = catalogue();
        let form = c.get("nd165-01a").unwrap();
        let data = json!({"sender": {"name": name, "address": address}});
        match form.fill(&data) {
            Err(e) => proptest::prop_assert!(e.field.starts_with("sender."), "{e}"),
            Ok(filled) => {
                let blocks = layout::layout(&filled);
                proptest::prop_assert!(pdf_is_whole(&pdf::render(&blocks).unwrap()));
                proptest::prop_assert!(docx::render(&blocks).unwrap().starts_with(b"PK"));
            }
        }
    }

    /// Vietnamese text, with the characters Typst's markup and string syntax use, comes out of
    /// the PDF as it went in.
    #[test]
    fn vietnamese_text_comes_out_of_the_pdf_as_typed(
        name in "[a-zA-Z0-9 àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĐƯƠÂÊÔĂẠỆỘ,.;:()/#$*_\"\\\\-]{1,40}"
    ) {
        proptest::prop_assume!(!name.trim().is_empty());
        let c = catalogue();
        let form = c.get("nd165-01a").unwrap();
        let filled = form.fill(&json!({"sender": {"name": name}})).unwrap();
        let pdf = pdf::render(&layout::layout(&filled)).unwrap();
        proptest::prop_assert!(pdf_is_whole(&pdf));
        let text = norm(&pdf_extract::extract_text_from_mem(&pdf).unwrap()).replace(' ', "");
        let want = norm(&name).replace(' ', "");
        proptest::prop_assert!(text.contains(&want), "{want:?} not in the PDF");
    }
}
