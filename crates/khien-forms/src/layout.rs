//! The document as blocks, in the conventions of Vietnamese administrative documents
//! (Decree 30/2020/NĐ-CP, Annex I): issuer and number on the left, the national title and
//! motto on the right, place and date, the title, "Kính gửi", the body, then "Nơi nhận" on
//! the left and the signature block on the right. Both renderers read these blocks.

use crate::data::{Filled, Filled1};
use crate::model::{Issuer, Line, Piece};

pub use khien_doc::{BLANK, Block, Run, date_words};

fn run(filled: &Filled<'_>, path: &str) -> Run {
    filled.text(path).map_or(Run::Blank, Run::Value)
}

fn runs(filled: &Filled<'_>, pieces: &[Piece]) -> Vec<Run> {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => Run::Label(t.clone()),
            Piece::Blank(b) => run(filled, b),
        })
        .collect()
}

/// Lays the filled form out.
pub fn layout(filled: &Filled<'_>) -> Vec<Block> {
    let form = filled.form;
    let mut out = Vec::new();
    let left = match form.issuer {
        Issuer::Person => Vec::new(),
        Issuer::Organisation => vec![run(filled, "org_name")],
        Issuer::Authority => form
            .authority
            .iter()
            .map(|l| Run::Label(l.clone()))
            .collect(),
    };
    let number = form.number_line.then(|| run(filled, "number"));
    let place_date = match filled.values.get("date") {
        Some(Filled1::Date(d)) => vec![
            run(filled, "place"),
            Run::Label(format!(", {}", date_words(*d))),
        ],
        _ => vec![
            run(filled, "place"),
            Run::Label(", ngày ".to_owned()),
            Run::Blank,
            Run::Label(" tháng ".to_owned()),
            Run::Blank,
            Run::Label(" năm ".to_owned()),
            Run::Blank,
        ],
    };
    if !form.bare {
        out.push(Block::Header {
            motto: form.motto.clone(),
            left,
            number,
            place_date,
        });
    }
    out.push(Block::Title(form.heading.clone()));
    if let Some(r) = &form.recipient {
        out.push(Block::Recipient(vec![Run::Label(r.clone())]));
    } else if let Some(f) = &form.recipient_field {
        out.push(Block::Recipient(vec![run(filled, f)]));
    }
    for line in &form.body {
        out.push(match line {
            Line::Paragraph(p) => Block::Paragraph(runs(filled, p)),
            Line::Heading(p) => Block::Heading(runs(filled, p)),
            Line::Note(p) => Block::Note(runs(filled, p)),
            Line::List(f) => Block::Numbered(match filled.values.get(f) {
                Some(Filled1::List(items)) => items.iter().map(|i| Run::Value(i.clone())).collect(),
                _ => vec![Run::Blank, Run::Blank],
            }),
            Line::Table { headings, field } => Block::Table {
                headings: headings.clone(),
                rows: match filled.values.get(field) {
                    Some(Filled1::Table(rows)) => rows
                        .iter()
                        .map(|r| {
                            r.iter()
                                .map(|c| {
                                    if c.is_empty() {
                                        Run::Blank
                                    } else {
                                        Run::Value(c.clone())
                                    }
                                })
                                .collect()
                        })
                        .collect(),
                    _ => vec![headings.iter().map(|_| Run::Blank).collect()],
                },
            },
        });
    }
    if form.bare {
        return out;
    }
    out.push(Block::Signature {
        copies: form.copies.clone(),
        signer: form.signer.clone(),
        note: form.signer_note.clone(),
        name: run(filled, "signer_name"),
    });
    out
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    /// Decree 30/2020/NĐ-CP, Annex I, Part I, II.4(b).
    #[test]
    fn dates_follow_decree_30() {
        for (d, want) in [
            (date!(2026 - 01 - 05), "ngày 05 tháng 01 năm 2026"),
            (date!(2026 - 02 - 28), "ngày 28 tháng 02 năm 2026"),
            (date!(2026 - 03 - 09), "ngày 09 tháng 3 năm 2026"),
            (date!(2026 - 11 - 23), "ngày 23 tháng 11 năm 2026"),
            (date!(2026 - 12 - 10), "ngày 10 tháng 12 năm 2026"),
        ] {
            assert_eq!(super::date_words(d), want);
        }
    }
}
