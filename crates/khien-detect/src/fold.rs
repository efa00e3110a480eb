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
    nfc_cow(s).into_owned()
}

/// A word or a text as written, in lower case: NFC, then lower case ("Trường" and
/// "TRƯỜNG" decomposed give "trường"), for the rules that tell words apart by their
/// diacritics.
pub fn lower(s: &str) -> String {
    nfc_cow(s).to_lowercase()
}

/// [`nfc`] without a copy when `s` is already in NFC (nearly always).
fn nfc_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii()
        || unicode_normalization::is_nfc_quick(s.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.nfc().collect())
}

/// The length in bytes of the white-space character (`char::is_whitespace`) that starts at
/// byte `at` of `s`, or 0: the test of `str::split_whitespace` made on bytes, without
/// decoding the letters around it (U+0085, U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029,
/// U+202F, U+205F and U+3000 are the white space beyond ASCII).
pub(crate) fn space_at(s: &[u8], at: usize) -> usize {
    match s.get(at..).unwrap_or(&[]) {
        [b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ', ..] => 1,
        [0xC2, 0x85 | 0xA0, ..] => 2,
        [0xE1, 0x9A, 0x80, ..]
        | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..]
        | [0xE2, 0x81, 0x9F, ..]
        | [0xE3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}

/// `s.split_whitespace()`, cut on bytes (see [`space_at`]).
pub(crate) fn split_space(s: &str) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            let n = space_at(b, i);
            if n == 0 {
                break;
            }
            i += n;
        }
        let start = i;
        while i < b.len() && space_at(b, i) == 0 {
            i += 1;
        }
        s.get(start..i).filter(|w| !w.is_empty())
    })
}

/// FNV-1a, for the word lists' hash sets: they are built once from the detectors' own lists
/// and the words of a text are only looked up in them, never inserted, so no input can fill
/// a bucket; SipHash cost more than the comparisons the sets replaced.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash set or map keyed by words, hashed with [`Fnv`].
pub type WordHasher = std::hash::BuildHasherDefault<Fnv>;

/// The words of a folded string: runs of ASCII letters and digits (`"so_cccd"` → `so`, `cccd`;
/// `"SốCCCD"` folds to one word `socccd`).
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    // Cut on bytes: a run of ASCII letters and digits starts and ends at character boundaries
    // (every byte of a character beyond ASCII is none of them), so no character is decoded.
    let bytes = folded.as_bytes();
    let word = |b: &u8| b.is_ascii_alphanumeric();
    let mut i = 0;
    std::iter::from_fn(move || {
        while bytes.get(i).is_some_and(|b| !word(b)) {
            i += 1;
        }
        let start = i;
        while bytes.get(i).is_some_and(word) {
            i += 1;
        }
        folded.get(start..i).filter(|w| !w.is_empty())
    })
}

/// `char::is_alphabetic`, answered without Unicode's tables for the letters of Vietnamese
/// (Latin-1, Latin Extended-A and B, Latin Extended Additional: every one a letter), which
/// are most of what the names' rules test.
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{00C0}'..='\u{024F}' => c != '×' && c != '÷',
        '\u{1E00}'..='\u{1EFF}' => true,
        _ if c.is_ascii() => false,
        _ => c.is_alphabetic(),
    }
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
        assert_eq!(
            words("sđt/zalo: 09ab ưu").collect::<Vec<_>>(),
            ["s", "t", "zalo", "09ab", "u"]
        );
    }

    proptest::proptest! {
        /// Cutting at white space on bytes gives what `split_whitespace` gives.
        #[test]
        fn split_space_is_split_whitespace(
            s in "[a-zA-Zđễ \t\n\u{85}\u{a0}\u{1680}\u{2000}-\u{200b}\u{2028}\u{2029}\u{202f}\u{205f}\u{3000}\u{3001}\u{e1}\u{1e9a}]{0,30}"
        ) {
            proptest::prop_assert_eq!(
                split_space(&s).collect::<Vec<_>>(),
                s.split_whitespace().collect::<Vec<_>>()
            );
        }

        /// Cutting on bytes gives the words that cutting on characters gives, whatever the
        /// text (letters beyond ASCII, marks, emoji).
        #[test]
        fn words_cut_on_bytes_as_on_characters(s in "[a-z0-9 _/:.ăâđêôơưạếờ😀\u{0301}]{0,40}") {
            let by_chars: Vec<&str> = s
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            proptest::prop_assert_eq!(words(&s).collect::<Vec<_>>(), by_chars);
        }
    }
}
