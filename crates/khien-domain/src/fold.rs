//! Diacritic folding: the one form in which Vietnamese words are compared.
//!
//! People write the same word in NFC (`ễ` as one code point), in NFD (`e` + circumflex + tilde),
//! without diacritics (`Nguyen`), in capitals, and with `đ`/`Đ` (which Unicode does not
//! decompose). [`fold`] maps all of them to one lower-case ASCII-ish form: canonical
//! decomposition, combining marks dropped, `đ` → `d`, lower case. The detectors compare column
//! names in this form and the registry searches asset names in it.

use unicode_normalization::UnicodeNormalization;

/// Whether a character is a combining mark that folding drops.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}')
}

/// The folds of the Latin letters Vietnamese uses (U+00C0–U+024F and U+1E00–U+1EFF, which
/// hold every precomposed Vietnamese letter) to one ASCII letter, computed once from the rule
/// below; 0 where a letter does not fold to one ASCII letter.
struct Table {
    latin: [u8; 0x250 - 0xC0],
    additional: [u8; 0x100],
}

fn slow_fold(c: char, out: &mut String) {
    for d in std::iter::once(c).nfd() {
        if is_mark(d) {
            continue;
        }
        match d {
            'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
            _ => out.extend(d.to_lowercase()),
        }
    }
}

fn table() -> &'static Table {
    static T: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let one = |c: u32| -> u8 {
            let Some(c) = char::from_u32(c) else { return 0 };
            let mut s = String::new();
            slow_fold(c, &mut s);
            match s.as_bytes() {
                [b] if b.is_ascii() => *b,
                _ => 0,
            }
        };
        let mut t = Table {
            latin: [0; 0x250 - 0xC0],
            additional: [0; 0x100],
        };
        for (i, slot) in t.latin.iter_mut().enumerate() {
            *slot = one(0xC0 + i as u32);
        }
        for (i, slot) in t.additional.iter_mut().enumerate() {
            *slot = one(0x1E00 + i as u32);
        }
        t
    })
}

/// Appends the folded form of `s` to `out`.
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        // One copy, then lower case in place (this runs for every word of every text).
        let from = out.len();
        out.push_str(s);
        if let Some(tail) = out.get_mut(from..) {
            tail.make_ascii_lowercase();
        }
        return;
    }
    let t = table();
    for c in s.chars() {
        let u = c as u32;
        let fast = match u {
            0..=0x7F => Some(c.to_ascii_lowercase() as u8),
            0xC0..=0x24F => t
                .latin
                .get((u - 0xC0) as usize)
                .copied()
                .filter(|b| *b != 0),
            0x1E00..=0x1EFF => t
                .additional
                .get((u - 0x1E00) as usize)
                .copied()
                .filter(|b| *b != 0),
            _ if is_mark(c) => continue,
            _ => None,
        };
        match fast {
            Some(b) => out.push(char::from(b)),
            None => slow_fold(c, out),
        }
    }
}

/// The folded form of `s`: `"Nguyễn Văn Đức"` → `"nguyen van duc"`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The folding as first written: the whole string decomposed, marks dropped.
    fn reference(s: &str) -> String {
        let mut out = String::new();
        for c in s.nfd() {
            if is_mark(c) {
                continue;
            }
            match c {
                'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
                _ => out.extend(c.to_lowercase()),
            }
        }
        out
    }

    /// The table is only a shortcut: every character up to U+2FFF folds as the reference does,
    /// alone and after a letter.
    #[test]
    fn the_table_folds_as_the_rule() {
        for u in 0..0x3000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            for s in [c.to_string(), format!("a{c}"), format!("{c}\u{301}b")] {
                assert_eq!(fold(&s), reference(&s), "U+{u:04X}");
            }
        }
    }

    #[test]
    fn folds_every_spelling_to_one_form() {
        let nfc = "Nguyễn Văn Đức";
        let nfd: String = nfc.nfd().collect();
        assert_ne!(nfc, nfd);
        for s in [
            nfc,
            nfd.as_str(),
            "NGUYỄN VĂN ĐỨC",
            "Nguyen Van Duc",
            "nguyen van duc",
        ] {
            assert_eq!(fold(s), "nguyen van duc", "{s:?}");
        }
        assert_eq!(fold("Số CCCD"), "so cccd");
        assert_eq!(fold("Ngày sinh"), "ngay sinh");
        assert_eq!(fold("dân_tộc"), "dan_toc");
    }
}
