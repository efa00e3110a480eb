//! E-mail messages (.eml): the people in the headers, the subject, the text and HTML bodies, and
//! every attachment handed over as a file of its own (a CV in DOCX, a list in XLSX, a forwarded
//! message). Parsing is mail-parser's (any MIME structure, any charset, RFC 2047 words).

use mail_parser::{MessageParser, MimeHeaders};

use crate::input::Input;
use crate::markup::{DocSink, html_into};
use crate::readers::{Ctx, Format, Nested};
use crate::unit::UnitScan;

/// Reads an e-mail message.
pub fn read_eml(
    input: Input<'_>,
    unit: &mut UnitScan,
    ctx: &Ctx<'_>,
    nested: &mut Nested<'_>,
) -> Result<(), String> {
    let bytes = input.read_capped(ctx.opts.max_whole_bytes, "an e-mail message")?;
    let msg = MessageParser::default()
        .parse(&bytes)
        .ok_or_else(|| "not an e-mail message (no headers)".to_owned())?;
    let mut sink = DocSink::new(unit, ctx.opts.max_fields);
    for (label, addrs) in [
        ("Từ", msg.from()),
        ("Gửi", msg.to()),
        ("Đồng gửi", msg.cc()),
        ("Trả lời", msg.reply_to()),
    ] {
        let Some(addrs) = addrs else { continue };
        for a in addrs.iter() {
            let mut line = format!("{label}:");
            if let Some(n) = a.name() {
                line.push(' ');
                line.push_str(n);
            }
            if let Some(e) = a.address() {
                line.push_str(&format!(" <{e}>"));
            }
            sink.text(&line);
            sink.newline();
        }
    }
    if let Some(s) = msg.subject() {
        sink.text(&format!("Tiêu đề: {s}"));
        sink.newline();
    }
    let texts = msg.text_body_count();
    let mut body = crate::readers::TextLines::new(ctx.opts.max_fields);
    for i in 0..texts {
        if let Some(t) = msg.body_text(i) {
            for line in t.lines() {
                body.line(sink.unit(), line);
            }
        }
    }
    let mut wide = body.finish(sink.unit());
    // HTML bodies only when there is no text alternative (it would count everything twice).
    if texts == 0 {
        for i in 0..msg.html_body_count() {
            if let Some(h) = msg.body_html(i) {
                html_into(&h, &mut sink);
                sink.newline();
            }
        }
    }
    wide |= sink.finish();
    for (k, part) in msg.attachments().enumerate() {
        if ctx.cancelled() {
            return Err("the scan was interrupted".to_owned());
        }
        let name = part.attachment_name().map_or_else(
            || {
                if part.is_message() {
                    format!("attachment-{}.eml", k + 1)
                } else {
                    format!("attachment-{}", k + 1)
                }
            },
            str::to_owned,
        );
        let contents = part.contents();
        if contents.len() as u64 > ctx.opts.max_entry_bytes {
            continue;
        }
        // An attachment whose name says nothing is read as text when it is text.
        let name = if Format::from_path(std::path::Path::new(&name)).is_none() && part.is_text() {
            format!("{name}.txt")
        } else {
            name
        };
        nested(&name, contents.to_vec());
    }
    if wide {
        return Err(crate::table::too_wide(ctx.opts.max_fields));
    }
    Ok(())
}
