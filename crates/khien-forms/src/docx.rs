//! DOCX (Office Open XML) of a laid-out form, so that the person filing can edit it before
//! signing: A4, margins of Decree 30/2020 (top and bottom 20 mm, left 30 mm, right 15 mm),
//! Times New Roman 13 pt. Filled values are plain text; blanks are dotted leaders.

use std::io::{Cursor, Write as _};

use zip::write::SimpleFileOptions;

use crate::layout::{BLANK, Block, Run};

/// Why a document could not be written.
#[derive(Debug, thiserror::Error)]
#[error("không ghi được tệp DOCX (cannot write the DOCX): {0}")]
pub struct DocxError(String);

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[derive(Clone, Copy, Default)]
struct Style {
    bold: bool,
    italic: bool,
}

fn r(text: &str, st: Style) -> String {
    let mut props = String::new();
    if st.bold {
        props.push_str("<w:b/>");
    }
    if st.italic {
        props.push_str("<w:i/>");
    }
    // Line breaks inside a value become <w:br/>.
    let mut body = String::new();
    for (i, part) in text.split('\n').enumerate() {
        if i > 0 {
            body.push_str("<w:br/>");
        }
        body.push_str(&format!(r#"<w:t xml:space="preserve">{}</w:t>"#, esc(part)));
    }
    format!("<w:r><w:rPr>{props}</w:rPr>{body}</w:r>")
}

fn runs(rs: &[Run], st: Style) -> String {
    rs.iter()
        .map(|x| match x {
            Run::Label(t) | Run::Value(t) => r(t, st),
            Run::Blank => r(BLANK, st),
        })
        .collect()
}

fn p(content: &str, align: &str, indent_first: bool) -> String {
    let ind = if indent_first {
        r#"<w:ind w:firstLine="567"/>"#
    } else {
        ""
    };
    format!(
        r#"<w:p><w:pPr><w:spacing w:before="60" w:after="60"/>{ind}<w:jc w:val="{align}"/></w:pPr>{content}</w:p>"#
    )
}

fn cell(content: &str, width: u32, borders: bool) -> String {
    let b = if borders {
        ""
    } else {
        r#"<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders>"#
    };
    format!(r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{b}</w:tcPr>{content}</w:tc>"#)
}

fn table(rows: &[Vec<String>], widths: &[u32], borders: bool) -> String {
    let border = if borders { "single" } else { "nil" };
    let mut out = format!(
        r#"<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="{border}" w:sz="4"/><w:left w:val="{border}" w:sz="4"/><w:bottom w:val="{border}" w:sz="4"/><w:right w:val="{border}" w:sz="4"/><w:insideH w:val="{border}" w:sz="4"/><w:insideV w:val="{border}" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>"#
    );
    for w in widths {
        out.push_str(&format!(r#"<w:gridCol w:w="{w}"/>"#));
    }
    out.push_str("</w:tblGrid>");
    for row in rows {
        out.push_str("<w:tr>");
        for (i, c) in row.iter().enumerate() {
            out.push_str(&cell(c, widths.get(i).copied().unwrap_or(1000), borders));
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    out
}

/// Text width of the page between the margins, in twentieths of a point (210 − 45 mm).
const TEXT_WIDTH: u32 = 9355;

/// The `word/document.xml` of the blocks.
pub fn document_xml(blocks: &[Block]) -> String {
    let bold = Style {
        bold: true,
        italic: false,
    };
    let italic = Style {
        bold: false,
        italic: true,
    };
    let plain = Style::default();
    let mut body = String::new();
    for b in blocks {
        match b {
            Block::Header {
                motto,
                left,
                number,
                place_date,
            } => {
                let mut l = String::new();
                for x in left {
                    l.push_str(&p(&runs(std::slice::from_ref(x), bold), "center", false));
                }
                if let Some(n) = number {
                    l.push_str(&p(
                        &(r("Số: ", plain) + &runs(std::slice::from_ref(n), plain)),
                        "center",
                        false,
                    ));
                }
                if l.is_empty() {
                    l = p("", "center", false);
                }
                let right = p(&r(motto, bold), "center", false)
                    + &p(&r("Độc lập - Tự do - Hạnh phúc", bold), "center", false)
                    + &p(&runs(place_date, italic), "center", false);
                body.push_str(&table(&[vec![l, right]], &[3600, TEXT_WIDTH - 3600], false));
            }
            Block::Title(lines) => {
                for (i, t) in lines.iter().enumerate() {
                    let mut para = p(&r(t, bold), "center", false);
                    if i == 0 {
                        para = para.replacen(r#"w:before="60""#, r#"w:before="360""#, 1);
                    }
                    body.push_str(&para);
                }
            }
            Block::Recipient(rs) => {
                body.push_str(&p(
                    &(r("Kính gửi: ", plain) + &runs(rs, plain)),
                    "center",
                    false,
                ));
            }
            Block::Paragraph(rs) => body.push_str(&p(&runs(rs, plain), "both", true)),
            Block::Heading(rs) => body.push_str(&p(&runs(rs, bold), "both", true)),
            Block::Note(rs) => body.push_str(&p(&runs(rs, italic), "both", true)),
            Block::Numbered(items) => {
                for (i, it) in items.iter().enumerate() {
                    let content =
                        r(&format!("{}. ", i + 1), plain) + &runs(std::slice::from_ref(it), plain);
                    body.push_str(&p(&content, "both", true));
                }
            }
            Block::Table { headings, rows } => {
                let n = u32::try_from(headings.len().max(1)).unwrap_or(1);
                let widths: Vec<u32> = (0..n).map(|_| TEXT_WIDTH / n).collect();
                let mut all = vec![
                    headings
                        .iter()
                        .map(|h| p(&r(h, bold), "center", false))
                        .collect(),
                ];
                for row in rows {
                    all.push(
                        row.iter()
                            .map(|c| p(&runs(std::slice::from_ref(c), plain), "left", false))
                            .collect(),
                    );
                }
                body.push_str(&table(&all, &widths, true));
            }
            Block::Signature {
                copies,
                signer,
                note,
                name,
            } => {
                let mut l = String::new();
                if !copies.is_empty() {
                    l.push_str(&p(
                        &r(
                            "Nơi nhận:",
                            Style {
                                bold: true,
                                italic: true,
                            },
                        ),
                        "left",
                        false,
                    ));
                    for c in copies {
                        l.push_str(&p(&r(&format!("- {c}"), plain), "left", false));
                    }
                } else {
                    l.push_str(&p("", "left", false));
                }
                let mut right = String::new();
                if let Some(s) = signer {
                    right.push_str(&p(&r(s, bold), "center", false));
                }
                if let Some(n) = note {
                    right.push_str(&p(&r(n, italic), "center", false));
                }
                right.push_str(&p("", "center", false));
                right.push_str(&p("", "center", false));
                right.push_str(&p(&runs(std::slice::from_ref(name), bold), "center", false));
                body.push_str(&p("", "left", false));
                body.push_str(&table(
                    &[vec![l, right]],
                    &[TEXT_WIDTH / 2, TEXT_WIDTH / 2],
                    false,
                ));
            }
        }
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>"#
    )
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOC_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>"#;

/// The DOCX file of the blocks.
pub fn render(blocks: &[Block]) -> Result<Vec<u8>, DocxError> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let doc = document_xml(blocks);
    for (name, content) in [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/styles.xml", STYLES),
        ("word/document.xml", doc.as_str()),
    ] {
        zip.start_file(name, opts)
            .map_err(|e| DocxError(e.to_string()))?;
        zip.write_all(content.as_bytes())
            .map_err(|e| DocxError(e.to_string()))?;
    }
    let cursor = zip.finish().map_err(|e| DocxError(e.to_string()))?;
    Ok(cursor.into_inner())
}

/// The text of a `document.xml`, paragraph by paragraph (for checks).
pub fn text_of(document_xml: &str) -> Vec<String> {
    let mut out = Vec::new();
    let document_xml = document_xml.replace("<w:br/>", "<w:t>\n</w:t>");
    for para in document_xml.split("</w:p>") {
        let mut text = String::new();
        let mut rest = para;
        while let Some(i) = rest.find("<w:t") {
            let Some(open_end) = rest[i..].find('>') else {
                break;
            };
            let start = i + open_end + 1;
            let Some(close) = rest[start..].find("</w:t>") else {
                break;
            };
            text.push_str(&rest[start..start + close]);
            rest = &rest[start + close..];
        }
        let text = text
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&");
        if !text.trim().is_empty() {
            out.push(text);
        }
    }
    out
}
