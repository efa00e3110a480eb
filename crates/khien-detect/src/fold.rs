//! Diacritic folding (defined in `khien_domain::fold`, re-exported here), NFC and words.
//!
//! People write the same word in NFC (`ễ` as one code point), in NFD (`e` + circumflex + tilde),
//! without diacritics (`Nguyen`), in capitals, and with `đ`/`Đ` (which Unicode does not
//! decompose). [`fold`] maps all of them to one lower-case ASCII-ish form: canonical
//! decomposition, combining marks dropped, `đ` → `d`, lower case.

use unicode_normalization::UnicodeNormalization;

pub use khien_domain::fold::fold;

/// `s` in NFC, the form in which text is reported (a column name read from a Windows-1258
/// file arrives decomposed).
pub fn nfc(s: &str) -> String {
    if s.is_ascii()
        || unicode_normalization::is_nfc_quick(s.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        return s.to_owned();
    }
    s.nfc().collect()
}

/// The words of a folded string: runs of ASCII letters and digits (`"so_cccd"` → `so`, `cccd`;
/// `"SốCCCD"` folds to one word `socccd`).
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    // The fold itself is tested in khien_domain::fold.
    #[test]
    fn words_are_runs_of_letters_and_digits() {
        assert_eq!(
            words("ho_va_ten (khai sinh)").collect::<Vec<_>>(),
            ["ho", "va", "ten", "khai", "sinh"]
        );
    }
}
