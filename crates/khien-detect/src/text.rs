//! Free text: identifiers, names and addresses inside sentences.
//!
//! The text is cut into whitespace-separated tokens. Addresses are found first (a span opened
//! by "địa chỉ", "trú tại", ... or by a house number before a street word, closed at the end of
//! the sentence or before the next labelled item) so that the streets named after people inside
//! them (Lê Lợi, Trần Hưng Đạo) are not counted as names. Numbers are tried with the words just
//! before them as their header ("CCCD số 0012…", "SĐT: 0912 345 678"), joining up to four
//! groups of digits; then e-mail and IP addresses, card codes, names (a surname and capitalised
//! syllables) and the words of sensitive categories.

use crate::columns::{Hint, hint};
use crate::detector::Detector as D;
use crate::detector::Detector;
use crate::fold::fold;
use crate::values::{self, Hit};

/// Something found in a text, with its byte range.
#[derive(Debug, Clone, PartialEq)]
pub struct TextHit {
    /// What and how sure.
    pub hit: Hit,
    /// Byte range in the text.
    pub range: std::ops::Range<usize>,
}

struct Token<'a> {
    start: usize,
    /// The token without surrounding punctuation.
    core: &'a str,
    core_start: usize,
    /// The folded core.
    folded: String,
    /// Ends a clause (`,` `;` `.` `:` after it) and how.
    trailing: &'a str,
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if start == i {
            break;
        }
        let Some(raw) = text.get(start..i) else {
            continue;
        };
        let lead = raw.len() - raw.trim_start_matches(['(', '"', '\'', '[', '“']).len();
        let trimmed = raw.trim_start_matches(['(', '"', '\'', '[', '“']);
        let core =
            trimmed.trim_end_matches([',', ';', ':', '.', ')', '"', '\'', ']', '”', '!', '?']);
        // Keep a dot that belongs to an abbreviation or a number: "P.13", "TP.HCM", "123.45".
        let trailing = trimmed.get(core.len()..).unwrap_or("");
        out.push(Token {
            start,
            core,
            core_start: start + lead,
            folded: fold(core),
            trailing,
        });
    }
    out
}

fn is_digitish(t: &str) -> bool {
    let t = t.strip_prefix('+').unwrap_or(t);
    !t.is_empty()
        && t.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
        && t.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

/// Words after which a span is an address.
const ADDRESS_OPENERS: &[&[&str]] = &[
    &["dia", "chi"],
    &["diachi"],
    &["tru", "tai"],
    &["cu", "tru", "tai"],
    &["song", "tai"],
    &["o", "tai"],
    &["que", "quan"],
    &["noi", "sinh"],
    &["thuong", "tru"],
    &["tam", "tru"],
    &["address"],
];

const STREET_WORDS: &[&str] = &["ngo", "ngach", "hem", "kiet", "pho", "duong", "d", "so"];

/// Abbreviations after which a dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "p", "q", "tp", "tx", "tt", "h", "x", "d", "f", "kp", "st", "t", "sn",
];

fn ends_sentence(t: &Token<'_>) -> bool {
    (t.trailing.contains('.') && !ABBREVIATIONS.contains(&t.folded.as_str()))
        || t.trailing.contains(';')
        || t.trailing.contains('!')
        || t.trailing.contains('?')
}

fn is_house_number(core: &str) -> bool {
    let mut chars = core.chars().peekable();
    if !chars.peek().is_some_and(char::is_ascii_digit) {
        return false;
    }
    core.chars().all(|c| c.is_ascii_alphanumeric() || c == '/')
        && core.chars().filter(char::is_ascii_alphabetic).count() <= 2
}

/// Finds personal data in one piece of text (a line, a cell, a JSON string).
pub fn scan(text: &str, current_year: i32, out: &mut Vec<TextHit>) {
    let toks = tokens(text);
    let n = toks.len();
    let mut used = vec![false; n];

    // 1. Addresses.
    let mut i = 0;
    while i < n {
        let opener_len = ADDRESS_OPENERS.iter().find_map(|o| {
            let fits = o
                .iter()
                .enumerate()
                .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.folded == *w));
            fits.then_some(o.len())
        });
        let start = match opener_len {
            Some(k) => i + k,
            None => {
                let street_next = toks.get(i + 1).is_some_and(|t| {
                    STREET_WORDS.contains(&t.folded.as_str()) || t.folded.starts_with("p.")
                });
                if is_house_number(toks[i].core) && street_next && toks[i].trailing.is_empty() {
                    i
                } else {
                    i += 1;
                    continue;
                }
            }
        };
        if opener_len.is_some() && toks.get(start.saturating_sub(1)).is_some_and(ends_sentence) {
            i += 1;
            continue;
        }
        let mut end = start;
        while end < n {
            let t = &toks[end];
            if end > start && toks[end - 1].trailing.contains(',') {
                // A labelled item after a comma ends the address ("…, SĐT 0912…").
                let label = format!(
                    "{} {}",
                    t.folded,
                    toks.get(end + 1).map_or("", |u| u.folded.as_str())
                );
                if matches!(hint(&label), Some(Hint::Is(d)) if d != D::Address)
                    || ADDRESS_OPENERS.iter().any(|o| {
                        o.first() == Some(&t.folded.as_str())
                            && o.len() > 1
                            && toks.get(end + 1).is_some_and(|u| u.folded == o[1])
                    })
                {
                    break;
                }
            }
            end += 1;
            if ends_sentence(t) {
                break;
            }
        }
        if end > start {
            let (a, b) = (
                toks[start].core_start,
                toks[end - 1].core_start + toks[end - 1].core.len(),
            );
            if let Some(span) = text.get(a..b)
                && let Some(c) = values::address(span)
                && c >= 0.8
            {
                out.push(TextHit {
                    hit: Hit {
                        detector: D::Address,
                        confidence: c,
                    },
                    range: a..b,
                });
                for u in used.iter_mut().take(end).skip(i) {
                    *u = true;
                }
                i = end;
                continue;
            }
        }
        i += 1;
    }

    // 2. Numbers, with the words before them as their label.
    let mut i = 0;
    while i < n {
        if used[i] || !is_digitish(toks[i].core) {
            i += 1;
            continue;
        }
        let mut found = None;
        // Longest run of digit groups first (at most 4 groups, not across punctuation).
        let mut max = 1;
        while max < 4
            && i + max < n
            && !used[i + max]
            && toks[i + max - 1].trailing.is_empty()
            && is_digitish(toks[i + max].core)
        {
            max += 1;
        }
        let label = context(&toks, i);
        for len in (1..=max).rev() {
            let (a, b) = (
                toks[i].core_start,
                toks[i + len - 1].core_start + toks[i + len - 1].core.len(),
            );
            let Some(candidate) = text.get(a..b) else {
                continue;
            };
            if let Some(h) = values::detect(candidate, label, current_year) {
                found = Some((
                    len,
                    TextHit {
                        hit: h,
                        range: a..b,
                    },
                ));
                break;
            }
        }
        match found {
            Some((len, h)) => {
                out.push(h);
                for u in used.iter_mut().skip(i).take(len) {
                    *u = true;
                }
                i += len;
            }
            None => i += 1,
        }
    }

    // 3. Tokens that identify themselves: e-mail, IP, BHYT card, passport and plate with a label.
    for k in 0..n {
        if used[k] {
            continue;
        }
        let t = &toks[k];
        let core = t.core;
        if core.len() < 5 {
            continue;
        }
        let h = if core.contains('@') {
            values::email(core).then_some(Hit {
                detector: D::Email,
                confidence: 0.95,
            })
        } else if core.contains(':') || core.matches('.').count() == 3 {
            values::ip(core).map(|_| Hit {
                detector: D::IpAddress,
                confidence: 0.9,
            })
        } else if core.bytes().any(|b| b.is_ascii_uppercase())
            && core.bytes().any(|b| b.is_ascii_digit())
        {
            let label = context(&toks, k);
            match label {
                Some(Hint::Is(d @ (D::Passport | D::LicencePlate | D::HealthInsuranceCard))) => {
                    values::detect(core, Some(Hint::Is(d)), current_year)
                }
                _ if values::bhyt(core) => Some(Hit {
                    detector: D::HealthInsuranceCard,
                    confidence: 0.9,
                }),
                _ => None,
            }
        } else {
            None
        };
        if let Some(h) = h {
            used[k] = true;
            out.push(TextHit {
                hit: h,
                range: t.core_start..t.core_start + core.len(),
            });
        }
    }

    // 4. Names: a surname and capitalised syllables, not after a street or unit word.
    const NOT_BEFORE_NAMES: &[&str] = &[
        "duong", "pho", "d", "ngo", "hem", "phuong", "p", "quan", "q", "huyen", "xa", "tinh", "tp",
        "truong", "vien", "ty", "cong", "benh", "cau", "cho", "nga", "ben", "thpt", "thcs",
    ];
    let mut k = 0;
    while k < n {
        if used[k] || !toks[k].core.chars().next().is_some_and(char::is_uppercase) {
            k += 1;
            continue;
        }
        let mut end = k + 1;
        while end < n
            && end - k < 5
            && !used[end]
            && toks[end - 1].trailing.is_empty()
            && toks[end]
                .core
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && toks[end].core.chars().all(char::is_alphabetic)
        {
            end += 1;
        }
        let after_street = k > 0 && NOT_BEFORE_NAMES.contains(&toks[k - 1].folded.as_str());
        if end - k >= 2 && !after_street {
            let (a, b) = (
                toks[k].core_start,
                toks[end - 1].core_start + toks[end - 1].core.len(),
            );
            if let Some(span) = text.get(a..b)
                && let Some(c) = values::name(span)
            {
                out.push(TextHit {
                    hit: Hit {
                        detector: D::PersonName,
                        confidence: c,
                    },
                    range: a..b,
                });
                for u in used.iter_mut().skip(k).take(end - k) {
                    *u = true;
                }
                k = end;
                continue;
            }
        }
        k += 1;
    }

    // 5. Words of sensitive categories.
    const KEYWORDS: &[(&[&str], Detector)] = &[
        (&["chan", "doan"], D::Health),
        (&["benh", "an"], D::Health),
        (&["xet", "nghiem"], D::Health),
        (&["nhom", "mau"], D::Health),
        (&["tien", "an"], D::CriminalRecord),
        (&["tien", "su"], D::CriminalRecord),
        (&["ly", "lich", "tu", "phap"], D::CriminalRecord),
        (&["truy", "na"], D::CriminalRecord),
        (&["dan", "toc"], D::Ethnicity),
        (&["ton", "giao"], D::Religion),
        (&["van", "tay"], D::Biometric),
        (&["mat", "khau"], D::Credential),
    ];
    for k in 0..n {
        for (words, d) in KEYWORDS {
            let fits = words.iter().enumerate().all(|(j, w)| {
                toks.get(k + j)
                    .is_some_and(|t| t.folded == *w && !used[k + j])
            });
            // "tiền sử bệnh" is health, not a criminal record.
            let health_history = *d == D::CriminalRecord
                && words == &["tien", "su"]
                && toks.get(k + 2).is_some_and(|t| t.folded == "benh");
            if fits && !health_history {
                let last = &toks[k + words.len() - 1];
                out.push(TextHit {
                    hit: Hit {
                        detector: *d,
                        confidence: 0.6,
                    },
                    range: toks[k].start..last.core_start + last.core.len(),
                });
            }
        }
    }
}

/// The label before token `i`: up to four words back, not across a clause end.
fn context(toks: &[Token<'_>], i: usize) -> Option<Hint> {
    let mut words: Vec<&str> = Vec::new();
    let mut k = i;
    while k > 0 && words.len() < 4 {
        k -= 1;
        let t = &toks[k];
        if !t.trailing.is_empty() && !t.trailing.starts_with(':') {
            break;
        }
        words.push(&t.folded);
    }
    if words.is_empty() {
        return None;
    }
    words.reverse();
    hint(&words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        scan(text, 2026, &mut out);
        out.into_iter()
            .map(|h| (h.hit.detector.id(), text[h.range].to_owned()))
            .collect()
    }

    #[test]
    fn sentences() {
        let f = found(
            "Khách hàng Nguyễn Văn An, SĐT 0912 345 678, email an.nv@gmail.com, CCCD số 001203012345, địa chỉ 12 Ngõ 34 Phố Huế, Phường Phạm Đình Hổ, Hà Nội.",
        );
        assert_eq!(
            f,
            vec![
                (
                    "vn.address",
                    "12 Ngõ 34 Phố Huế, Phường Phạm Đình Hổ, Hà Nội".to_owned()
                ),
                ("vn.phone", "0912 345 678".to_owned()),
                ("vn.cccd", "001203012345".to_owned()),
                ("email", "an.nv@gmail.com".to_owned()),
                ("person_name", "Nguyễn Văn An".to_owned()),
            ]
        );
    }

    #[test]
    fn labels_decide_ambiguous_numbers() {
        assert_eq!(
            found("CMND số 123456789 cấp năm 2010"),
            vec![("vn.cmnd", "123456789".to_owned())]
        );
        assert_eq!(
            found("STK: 0123456789012 tại Vietcombank"),
            vec![("vn.bank_account", "0123456789012".to_owned())]
        );
        assert_eq!(
            found("MST 0100109106"),
            vec![("vn.tax_code", "0100109106".to_owned())]
        );
        assert_eq!(
            found("hộ chiếu số B1234567"),
            vec![("vn.passport", "B1234567".to_owned())]
        );
        assert!(found("Đơn hàng số 202501151230 trị giá 1.250.000 đồng").is_empty());
        assert!(found("Tổng cộng 123456789 đồng").is_empty());
    }

    #[test]
    fn streets_named_after_people_are_not_people() {
        let f = found("Cửa hàng trên đường Lê Lợi mở cửa lúc 8 giờ.");
        assert!(f.is_empty(), "{f:?}");
        let f = found("Trú tại 123/4A Lê Văn Sỹ, P.13, Q.3, TP.HCM; gọi 0987654321");
        assert_eq!(
            f,
            vec![
                (
                    "vn.address",
                    "123/4A Lê Văn Sỹ, P.13, Q.3, TP.HCM".to_owned()
                ),
                ("vn.phone", "0987654321".to_owned())
            ]
        );
    }

    #[test]
    fn never_panics_on_odd_text() {
        for t in [
            "",
            " ",
            "@",
            "..",
            "Đ",
            "0",
            "+",
            "1/2/3/4",
            "ngõ",
            "địa chỉ",
            "địa chỉ:",
            "\u{0301}",
            "A B C D E F G",
        ] {
            found(t);
        }
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    proptest! {
        /// Any text, however odd, is scanned without a panic, and every range found lies on
        /// character boundaries inside it.
        #[test]
        fn any_text_scans(s in "\\PC{0,200}") {
            let mut out = Vec::new();
            super::scan(&s, 2026, &mut out);
            for h in out {
                prop_assert!(s.get(h.range.clone()).is_some());
            }
        }

        /// Vietnamese-looking text with digits and punctuation, the inputs the rules care about.
        #[test]
        fn vietnamese_like_text_scans(s in "[0-9A-Za-zĐđÀ-ỹ .,;:/@+()-]{0,120}") {
            let mut out = Vec::new();
            super::scan(&s, 2026, &mut out);
            for h in out {
                prop_assert!(s.get(h.range.clone()).is_some());
            }
        }

        /// Any value under any header is classified without a panic.
        #[test]
        fn any_value_detects(v in "\\PC{0,80}", h in "[a-zA-Zđ_ ]{0,20}") {
            let _ = crate::detect(&v, crate::hint(&h), 2026);
        }
    }
}
