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

/// Appends the folded form of `s` to `out`.
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        out.extend(s.chars().map(|c| c.to_ascii_lowercase()));
        return;
    }
    for c in s.nfd() {
        if is_mark(c) {
            continue;
        }
        match c {
            'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
            _ => out.extend(c.to_lowercase()),
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
