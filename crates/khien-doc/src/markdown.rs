//! Markdown of laid-out blocks: the same content as the PDF and DOCX, for a terminal, a wiki
//! or a diff. Values are escaped so that they stay text (`|`, `*`, `_`, `#`, … cannot start
//! markup) and newlines inside a table cell become spaces.

use std::fmt::Write as _;

use crate::{BLANK, Block, Run};

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn runs(rs: &[Run]) -> String {
    rs.iter()
        .map(|r| match r {
            Run::Label(t) => escape(t).replace('\n', "  \n"),
            Run::Value(t) => escape(t).replace('\n', "  \n"),
            Run::Blank => BLANK.to_owned(),
        })
        .collect()
}

fn cell(r: &Run) -> String {
    runs(std::slice::from_ref(r)).replace("  \n", " ")
}

/// The blocks as Markdown.
pub fn render(blocks: &[Block]) -> String {
    let mut o = String::new();
    for b in blocks {
        match b {
            Block::Header {
                motto,
                left,
                number,
                place_date,
            } => {
                for l in left {
                    let _ = writeln!(o, "**{}**  ", cell(l));
                }
                if let Some(n) = number {
                    let _ = writeln!(o, "Số: {}  ", cell(n));
                }
                let _ = writeln!(o, "**{}**  ", escape(motto));
                let _ = writeln!(o, "**Độc lập - Tự do - Hạnh phúc**  ");
                let _ = writeln!(o, "_{}_\n", runs(place_date));
            }
            Block::Title(lines) => {
                let _ = writeln!(
                    o,
                    "# {}\n",
                    lines
                        .iter()
                        .map(|l| escape(l))
                        .collect::<Vec<_>>()
                        .join(" ")
                );
            }
            Block::Recipient(r) => {
                let _ = writeln!(o, "Kính gửi: {}\n", runs(r));
            }
            Block::Paragraph(r) => {
                let _ = writeln!(o, "{}\n", runs(r));
            }
            Block::Heading(r) => {
                let _ = writeln!(o, "## {}\n", runs(r));
            }
            Block::Note(r) => {
                let _ = writeln!(o, "_{}_\n", runs(r));
            }
            Block::Numbered(items) => {
                for (i, it) in items.iter().enumerate() {
                    let _ = writeln!(o, "{}. {}", i + 1, cell(it));
                }
                o.push('\n');
            }
            Block::Table { headings, rows } => {
                let _ = writeln!(
                    o,
                    "| {} |",
                    headings
                        .iter()
                        .map(|h| escape(h))
                        .collect::<Vec<_>>()
                        .join(" | ")
                );
                let _ = writeln!(o, "|{}", "---|".repeat(headings.len()));
                for row in rows {
                    let _ = writeln!(
                        o,
                        "| {} |",
                        row.iter().map(cell).collect::<Vec<_>>().join(" | ")
                    );
                }
                o.push('\n');
            }
            Block::Signature {
                copies,
                signer,
                note,
                name,
            } => {
                if !copies.is_empty() {
                    let _ = writeln!(o, "**Nơi nhận:**\n");
                    for c in copies {
                        let _ = writeln!(o, "- {}", escape(c));
                    }
                    o.push('\n');
                }
                if let Some(s) = signer {
                    let _ = writeln!(o, "**{}**  ", escape(s));
                }
                if let Some(n) = note {
                    let _ = writeln!(o, "_{}_  ", escape(n));
                }
                let _ = writeln!(o, "\n{}", cell(name));
            }
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_cannot_start_markup() {
        let md = render(&[
            Block::Paragraph(vec![
                Run::Label("Tên: ".into()),
                Run::Value("*a* | # b_c".into()),
            ]),
            Block::Table {
                headings: vec!["A".into()],
                rows: vec![vec![Run::Value("x|y\nz".into())], vec![Run::Blank]],
            },
        ]);
        assert!(md.contains(r"Tên: \*a\* \| \# b\_c"), "{md}");
        assert!(md.contains(r"| x\|y z |"), "{md}");
        assert!(md.contains(&format!("| {BLANK} |")), "{md}");
    }
}
