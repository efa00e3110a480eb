//! `khien form`: the official forms: list them, print the JSON Schema of their data, render
//! one from JSON data.

use std::io::Read as _;

use anyhow::{Context as _, bail};
use khien_forms::{Catalogue, docx, layout, pdf};

use crate::args::{DocFormat, FormCommand, Format, Global};

/// Largest data file read, in bytes.
const MAX_DATA: u64 = 16 * 1024 * 1024;

pub(crate) async fn run(g: &Global, cmd: FormCommand) -> anyhow::Result<()> {
    let catalogue = Catalogue::builtin().context("the form files do not load")?;
    let get = |id: &str| {
        catalogue
            .get(id)
            .with_context(|| format!("không có mẫu `{id}` (no such form; see `khien form list`)"))
    };
    match cmd {
        FormCommand::List(f) => {
            match f.format {
                Format::Json => {
                    let list: Vec<serde_json::Value> = catalogue
                        .forms()
                        .iter()
                        .map(|f| serde_json::json!({"id": f.id, "number": f.number, "title": f.title, "source": f.source}))
                        .collect();
                    outln!("{}", serde_json::to_string_pretty(&list)?);
                }
                _ => {
                    for f in catalogue.forms() {
                        outln!("{:<10}  {:<11}  {}", f.id, f.number, f.title);
                    }
                }
            }
            Ok(())
        }
        FormCommand::Schema { id } => {
            outln!("{}", serde_json::to_string_pretty(&get(&id)?.schema())?);
            Ok(())
        }
        FormCommand::Example { id } => {
            outln!("{}", serde_json::to_string_pretty(&get(&id)?.example())?);
            Ok(())
        }
        FormCommand::Render {
            id,
            data,
            org,
            format,
            out,
        } => {
            let form = get(&id)?;
            let value: serde_json::Value = match data {
                None => serde_json::json!({}),
                Some(path) => {
                    let mut raw = Vec::new();
                    let read = if path.as_os_str() == "-" {
                        std::io::stdin().take(MAX_DATA + 1).read_to_end(&mut raw)
                    } else {
                        std::fs::File::open(&path)
                            .with_context(|| format!("cannot open {}", path.display()))?
                            .take(MAX_DATA + 1)
                            .read_to_end(&mut raw)
                    };
                    read.context("cannot read the data")?;
                    if raw.len() as u64 > MAX_DATA {
                        bail!("dữ liệu lớn quá 16 MiB (data larger than 16 MiB)");
                    }
                    serde_json::from_slice(&raw).map_err(|e| {
                        anyhow::anyhow!("dữ liệu không phải JSON hợp lệ (data is not valid JSON): dòng {} cột {}", e.line(), e.column())
                    })?
                }
            };
            // With an organisation, the application drafts from everything its registry holds
            // (and records that the operator did).
            let filled = match org {
                Some(org) => {
                    let app = crate::context::app(g).await?;
                    app.fill_form(
                        &khien_app::Caller::operator_from_env(),
                        org,
                        &form.id,
                        &value,
                    )
                    .await?
                }
                None => form.fill(&value)?,
            };
            let blocks = layout::layout(&filled);
            let bytes = match format {
                DocFormat::Docx => docx::render(&blocks)?,
                DocFormat::Pdf => pdf::render(&blocks)?,
            };
            write_whole(&out, &bytes).with_context(|| format!("cannot write {}", out.display()))?;
            if filled.to_complete.is_empty() {
                eprintln!("Đã điền đủ (complete).");
            } else {
                eprintln!(
                    "Cần bổ sung (to complete) {} mục:",
                    filled.to_complete.len()
                );
                for t in &filled.to_complete {
                    eprintln!("  - {} ({})", t.label, t.field);
                }
            }
            outln!("{}", out.display());
            Ok(())
        }
    }
}

/// Writes `bytes` to a temporary file beside `path`, then renames it: never a broken file at
/// `path`.
pub(crate) fn write_whole(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("khien-tmp");
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
