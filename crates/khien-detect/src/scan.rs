//! Adding up: what a column, a field or a text holds, from its values one by one.

use std::collections::HashMap;

use crate::columns::{Hint, hint};
use crate::detector::{Category, DETECTOR_COUNT, Detector, Regime, classify};
use crate::text::{self, TextHit};
use crate::values::{self, Hit};

/// Whether a value that is not one piece of personal data is worth reading as a text: two
/// words or more under a header that names a kind ("Hộ chiếu C4827156" under "CCCD/CMND/Hộ
/// chiếu"), five or more under any other.
fn several_words(value: &str, named: bool) -> bool {
    let words = value.split_whitespace().take(5).count();
    words >= if named { 2 } else { 5 }
}

/// Whether a cell is a label and its value: "Mẹ: Hoàng Thị Mai" under "Bố/mẹ", "ĐT: 0912…":
/// one to three words of letters, a colon, then something.
fn labelled_cell(value: &str) -> bool {
    value.split_once(": ").is_some_and(|(label, rest)| {
        let words = label.split_whitespace().count();
        (1..=3).contains(&words)
            && label
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '/')
            && !rest.trim().is_empty()
    })
}

/// At most this many masked samples are kept per finding.
pub const SAMPLES: usize = 3;

/// How many of a detector's first values in a field may give its samples.
const SAMPLE_TRIES: u64 = 256;

/// What a value of a field was found to be.
#[derive(Debug, Clone, Copy)]
enum Outcome {
    /// A value of a detector.
    Hit(Hit),
    /// Guessed, at 0.6, from the value alone: a category's word, a date of birth.
    Guessed(Detector),
    /// Words to read as free text.
    Text,
    Nothing,
}

#[derive(Debug, Clone, Default)]
struct Tally {
    count: u64,
    confidence_sum: f64,
    samples: Vec<String>,
    /// Counted from free text (occurrences) rather than whole values.
    in_text: bool,
}

/// Statistics of one column or field (or of a whole text file, with no name).
#[derive(Debug, Clone)]
pub struct FieldStats {
    hint: Option<Hint>,
    values: u64,
    tallies: Vec<Tally>,
    hits: Vec<TextHit>,
    /// Results for values seen before: columns of categories (ethnic groups, statuses, blood
    /// types) repeat a few values many times, and detection is a pure function of the value.
    /// Keyed by a keyed hash of the value (SipHash with this column's random keys), never the
    /// value itself: the statistics hold no raw value (issue 13). Dropped when the column
    /// turns out to hold mostly distinct values.
    memo: Option<HashMap<u64, Outcome>>,
    memo_keys: std::hash::RandomState,
    memo_hits: u64,
    /// Values (dates of birth, CCCD numbers) of persons under 16 (Law 91/2025 Art. 24).
    minors: u64,
    /// Values of ten digits in a column whose header says nothing, and how many of them pass
    /// the tax code's check digit: one random number in eleven does, a column of tax codes
    /// nearly all.
    ten_digits: u64,
    tax_checked: u64,
    tax_samples: Vec<String>,
    /// The header names a date that is not a birth ("Ngày rửa tội", "Start date"): its whole
    /// dates are not read as dates of birth.
    other_date: bool,
    /// The given names of the persons named in full so far in this field (a file's text, or a
    /// column's long cells: "Thân Văn Quyết" gives "quyet"), so that "Quyết rủ Toàn …" later
    /// in the document is read as names; kept as keyed hashes, as the memo is (no raw value is
    /// held), at most [`GIVEN_CAPACITY`].
    given: std::collections::HashSet<u64>,
    /// Words that stood where a given name used alone would, before anyone with that given
    /// name was named in full ("Khánh đi học" before "Đinh Gia Khánh"): counted as names when
    /// such a person is named later in the field. Kept as keyed hashes of the keys they are
    /// looked up by and a masked sample, at most [`PENDING_CAPACITY`].
    pending: Vec<Pending>,
    unknown: Vec<std::ops::Range<usize>>,
    /// The header names a person and their birth ("Cha: họ tên, ngày sinh", "Họ tên, năm
    /// sinh"): a value "Huỳnh Văn Lợi, 12/12/1960" is a name, then a date of birth.
    name_and_birth: bool,
}

/// Whether a header asks for a name and a birth together: "Mẹ: họ tên, ngày sinh", "Họ và
/// tên, năm sinh".
fn names_name_and_birth(name: &str) -> bool {
    let folded = crate::fold::fold(name);
    let words: Vec<&str> = crate::fold::words(&folded).collect();
    let named = words.contains(&"ten");
    let birth = words
        .windows(2)
        .any(|w| w[1] == "sinh" && matches!(w[0], "ngay" | "nam"));
    named && birth
}

/// Whether a column's name says its values are dates of something other than a birth.
fn names_another_date(name: &str) -> bool {
    let folded = crate::fold::fold(name);
    let words: Vec<&str> = crate::fold::words(&folded).collect();
    words
        .iter()
        .any(|w| matches!(*w, "ngay" | "date" | "thoi" | "time" | "han" | "dated"))
        && !words.iter().any(|w| matches!(*w, "sinh" | "birth" | "dob"))
}

/// Words whose whole column is a gender, a marital status, an ethnic group or a religion,
/// whatever the header ("Kinh", "Tày", "Phật giáo" under "DT", "TG", "Thông tin 5"). "Không"
/// (none) is a religion's value only under a religion's header: alone it answers any question,
/// as "Có" does.
fn category_word(v: &str) -> Option<Detector> {
    let folded = crate::fold::fold(v.trim());
    match folded.as_str() {
        // An airline's or a crew list's title says the sex too.
        "nam" | "nu" | "male" | "female" | "mr" | "mrs" | "ms" | "miss" | "mstr" => {
            Some(Detector::Gender)
        }
        "doc than" | "da ket hon" | "chua ket hon" | "ly hon" | "ly than" | "goa"
        | "da lap gia dinh" | "chua lap gia dinh" | "single" | "married" | "divorced"
        | "widowed" => Some(Detector::MaritalStatus),
        // "Có" (yes) folds like the Co people's name; "Khác" (other) is in the list of groups
        // but answers any question.
        "khong" | "none" | "co" | "khac" | "thanh phan khac" => None,
        f if f.len() > 30 || f.bytes().any(|b| b.is_ascii_digit()) => None,
        f => {
            let key = crate::lexicon::normalise_key(f);
            // With diacritics, as the list writes the name: "Kính" (glasses), "Tây" (West)
            // fold like "Kinh", "Tày".
            // (Only for a value whose folded form is in a list: most are not.)
            let written = |set: &std::collections::HashSet<String, crate::fold::WordHasher>| {
                v.is_ascii() || set.contains(&crate::fold::lower(v.trim()))
            };
            if crate::lexicon::ethnic_groups().contains(&key)
                && written(crate::lexicon::ethnic_groups_written())
            {
                Some(Detector::Ethnicity)
            } else if crate::lexicon::religions().contains(&key)
                && written(crate::lexicon::religions_written())
            {
                Some(Detector::Religion)
            } else {
                None
            }
        }
    }
}

/// Values remembered per column.
const MEMO_CAPACITY: usize = 2048;

/// Given names remembered per field.
const GIVEN_CAPACITY: usize = 4096;

/// Words waiting for a full name per field.
const PENDING_CAPACITY: usize = 256;

/// A word that may be a given name used alone (see [`FieldStats::pending`]).
#[derive(Debug, Clone, PartialEq)]
struct Pending {
    /// The keyed hash of the folded word, then of its keys as written.
    folded: u64,
    keys: [u64; 2],
    sample: String,
}

/// What was found in one column, field or text.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldFinding {
    /// Which kind.
    pub detector: Detector,
    /// Values (or, in free text, occurrences) found.
    pub count: u64,
    /// How sure, 0 to 1, two decimals.
    pub confidence: f32,
    /// Masked samples, never a raw value.
    pub samples: Vec<String>,
}

impl FieldStats {
    /// Statistics for a column or field named `name` (`None` for free text).
    pub fn new(name: Option<&str>) -> Self {
        FieldStats {
            hint: name.and_then(hint),
            values: 0,
            tallies: vec![Tally::default(); DETECTOR_COUNT],
            hits: Vec::new(),
            memo: Some(HashMap::new()),
            memo_keys: std::hash::RandomState::new(),
            memo_hits: 0,
            minors: 0,
            ten_digits: 0,
            tax_checked: 0,
            tax_samples: Vec::new(),
            other_date: name.is_some_and(names_another_date),
            name_and_birth: name.is_some_and(names_name_and_birth),
            given: std::collections::HashSet::new(),
            pending: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Non-blank values seen.
    pub fn values(&self) -> u64 {
        self.values
    }

    /// Values of persons under 16: a date of birth or a CCCD number (its birth year) less
    /// than 16 years before the current year (Law 91/2025 Art. 24: a child's data needs the
    /// consent of a parent or guardian).
    pub fn minors(&self) -> u64 {
        self.minors
    }

    /// Records a finding made outside the value and text rules (an ID card read by OCR).
    pub fn add_hit(&mut self, h: Hit, raw: &str) {
        self.values += 1;
        self.record(h, raw, true, 0);
    }

    fn record(&mut self, h: Hit, raw: &str, in_text: bool, current_year: i32) {
        self.record_masked(h, raw, in_text, current_year, || crate::mask(raw.trim()));
    }

    /// [`Self::record`], the sample masked by `masked` when the tally has room for one.
    fn record_masked(
        &mut self,
        h: Hit,
        raw: &str,
        in_text: bool,
        current_year: i32,
        masked: impl FnOnce() -> String,
    ) {
        let year = match h.detector {
            Detector::DateOfBirth => values::year_of(raw, current_year),
            Detector::Cccd => crate::cccd(raw, current_year).map(|c| c.birth_year),
            _ => None,
        };
        if let Some(y) = year
            && current_year - y < 16
        {
            self.minors += 1;
        }
        let Some(t) = self.tallies.get_mut(h.detector.index()) else {
            return;
        };
        t.count += 1;
        t.confidence_sum += f64::from(h.confidence);
        t.in_text |= in_text;
        // Samples come from the first values: a column whose values all mask alike
        // ("u1@gmail.com", "u2@gmail.com": "u***@gmail.com") is not masked again for each.
        if t.samples.len() < SAMPLES && t.count <= SAMPLE_TRIES {
            let m = masked();
            if !t.samples.contains(&m) {
                t.samples.push(m);
            }
        }
    }

    /// Adds one value of the column. Long values with many words are read as free text.
    pub fn add(&mut self, value: &str, current_year: i32) {
        if values::is_blank(value) {
            return;
        }
        self.values += 1;
        // "Huỳnh Văn Lợi, 12/12/1960" under "Cha: họ tên, ngày sinh": the dates after the last
        // commas are births, what comes before them the value (Decree 356 Art. 3(1), (3)).
        let mut value = value;
        while self.name_and_birth
            && let Some((head, tail)) = value.rsplit_once(',')
            && !values::is_blank(head)
            && values::date(tail, current_year)
        {
            self.record(
                Hit {
                    detector: Detector::DateOfBirth,
                    confidence: 0.9,
                },
                tail,
                false,
                current_year,
            );
            value = head;
        }
        let long_text = value.len() > 64 && value.bytes().filter(|b| *b == b' ').count() >= 5;
        if long_text && !matches!(self.hint, Some(Hint::Is(_))) {
            self.add_text(value, current_year);
            return;
        }
        // What the value is, remembered by its hash while the column repeats itself.
        let outcome = match &mut self.memo {
            // Hashed only while the column is remembered: a column of distinct values (names,
            // numbers) is not hashed at all once its memo is dropped.
            Some(memo) => {
                let key = std::hash::BuildHasher::hash_one(&self.memo_keys, value);
                match memo.get(&key) {
                    Some(o) => {
                        self.memo_hits += 1;
                        *o
                    }
                    None => {
                        let o = Self::outcome(value, self.hint, self.other_date, current_year);
                        if memo.len() < MEMO_CAPACITY && value.len() <= 64 {
                            memo.insert(key, o);
                        } else if self.memo_hits * 2 < self.values {
                            // Mostly distinct values: remembering them costs more than it saves.
                            self.memo = None;
                        }
                        o
                    }
                }
            }
            None => Self::outcome(value, self.hint, self.other_date, current_year),
        };
        if self.hint.is_none() {
            let v = value.trim();
            if v.len() == 10 && v.bytes().all(|b| b.is_ascii_digit()) {
                self.ten_digits += 1;
                if !matches!(outcome, Outcome::Hit(_)) && crate::tax_code(v).is_some() {
                    self.tax_checked += 1;
                    if self.tax_samples.len() < SAMPLES {
                        self.tax_samples.push(crate::mask(v));
                    }
                }
            }
        }
        match outcome {
            Outcome::Hit(h) => self.record(h, value, false, current_year),
            Outcome::Guessed(d) => self.record(
                Hit {
                    detector: d,
                    confidence: 0.6,
                },
                value,
                false,
                current_year,
            ),
            Outcome::Text => self.add_text(value, current_year),
            Outcome::Nothing => {}
        }
    }

    /// What one value of a field is, from the value and what the field's name says (the same
    /// value under the same name is always the same: [`Self::add`] remembers it).
    fn outcome(value: &str, hint: Option<Hint>, other_date: bool, current_year: i32) -> Outcome {
        if let Some(h) = values::detect(value, hint, current_year) {
            return Outcome::Hit(h);
        }
        // A column whose header says nothing ("Cột C") of whole dates between 16 and 100
        // years ago: dates of birth, at a confidence that says it was guessed (the findings
        // leave it out when few of the column's values are such dates).
        // "Nam", "Nữ", "Độc thân" under "Thông tin 3": a gender, a marital status (the
        // findings leave them out when they are few in the column, as a name "Nam" is).
        // A short header that says a phone ("DT") over words of a category: "DT" is also
        // "dân tộc" (an ethnic group).
        if matches!(hint, None | Some(Hint::Is(Detector::Phone)))
            && let Some(d) = category_word(value)
        {
            return Outcome::Guessed(d);
        }
        if hint.is_none() && !other_date && values::birth_like(value, current_year) {
            return Outcome::Guessed(Detector::DateOfBirth);
        }
        // A cell that is not one value but a few words holding some: "Đoàn Quốc Bảo - Lưu
        // Thị Hải Yến" under "Họ và tên", "Bà Trần Thị Nhàn, sinh năm 1941", "giao cho anh
        // Nguyễn Văn Nam trước 10 giờ" under "Ghi chú": read as free text.
        // Not under a header that says the column is no one's ("Bưu cục phát": "BC Đống
        // Đa - 024 3856 1207" is a post office's line).
        if hint != Some(Hint::NotPersonal)
            && (several_words(value, matches!(hint, Some(Hint::Is(_)))) || labelled_cell(value))
        {
            return Outcome::Text;
        }
        Outcome::Nothing
    }

    /// Adds a piece of free text: every occurrence counts.
    pub fn add_text(&mut self, text: &str, current_year: i32) {
        let mut hits = std::mem::take(&mut self.hits);
        hits.clear();
        let keys = &self.memo_keys;
        let given = &self.given;
        let known = |w: &str| given.contains(&std::hash::BuildHasher::hash_one(keys, w));
        let mut unknown = std::mem::take(&mut self.unknown);
        unknown.clear();
        text::scan_deferring(
            text,
            current_year,
            (!given.is_empty()).then_some(&known as &dyn Fn(&str) -> bool),
            &mut hits,
            Some(&mut unknown),
        );
        for r in &unknown {
            if self.pending.len() >= PENDING_CAPACITY {
                break;
            }
            if let Some(word) = text.get(r.clone()) {
                let hash = |w: &str| std::hash::BuildHasher::hash_one(&self.memo_keys, w);
                let [a, b] = text::given_candidate_keys(word);
                // The second key is "a:" and the folded word: no second fold.
                self.pending.push(Pending {
                    folded: hash(b.strip_prefix("a:").unwrap_or(&b)),
                    keys: [hash(&a), hash(&b)],
                    sample: crate::mask(word),
                });
            }
        }
        self.unknown = unknown;
        let known_before = self.given.len();
        for h in &hits {
            if let Some(raw) = text.get(h.range.clone()) {
                if h.hit.detector == Detector::PersonName {
                    for g in text::given_keys_of(raw) {
                        if self.given.len() >= GIVEN_CAPACITY {
                            break;
                        }
                        self.given.insert(std::hash::BuildHasher::hash_one(
                            &self.memo_keys,
                            g.as_str(),
                        ));
                    }
                }
                self.record(h.hit, raw, true, current_year);
            }
        }
        self.hits = hits;
        // A given name not known before: the words that waited for it are names. (A word
        // waits only when the names known at its text did not have it, so only a new given
        // name can end its wait; a text naming people already known costs nothing here.)
        if self.given.len() > known_before && !self.pending.is_empty() {
            let mut waiting = std::mem::take(&mut self.pending);
            let given = &self.given;
            let mut now = Vec::new();
            waiting.retain_mut(|p| {
                let named = given.contains(&p.folded) && p.keys.iter().any(|k| given.contains(k));
                if named {
                    now.push(std::mem::take(&mut p.sample));
                }
                !named
            });
            self.pending = waiting;
            for sample in now {
                let hit = Hit {
                    detector: Detector::PersonName,
                    confidence: 0.7,
                };
                self.record_masked(hit, "", true, current_year, || sample);
            }
        }
    }

    /// Merges statistics of the same column read by another worker.
    pub fn merge(&mut self, other: FieldStats) {
        self.values += other.values;
        self.minors += other.minors;
        self.ten_digits += other.ten_digits;
        self.tax_checked += other.tax_checked;
        for m in other.tax_samples {
            if self.tax_samples.len() < SAMPLES && !self.tax_samples.contains(&m) {
                self.tax_samples.push(m);
            }
        }
        for (a, b) in self.tallies.iter_mut().zip(other.tallies) {
            a.count += b.count;
            a.confidence_sum += b.confidence_sum;
            a.in_text |= b.in_text;
            for s in b.samples {
                if a.samples.len() < SAMPLES && !a.samples.contains(&s) {
                    a.samples.push(s);
                }
            }
        }
    }

    /// The findings. A detector that matched only a few scattered values of a column whose
    /// name says nothing about it (under a tenth of the values) is noise and left out: an
    /// order-number column in which one number in fifty happens to pass a phone check is not a
    /// column of phone numbers. Matches in free text always count.
    pub fn findings(&self) -> Vec<FieldFinding> {
        let said = match self.hint {
            Some(Hint::Is(d)) => Some(d),
            _ => None,
        };
        let mut out = Vec::new();
        for (d, t) in Detector::ALL.iter().zip(&self.tallies) {
            if t.count == 0 {
                continue;
            }
            let ratio = t.count as f64 / self.values.max(1) as f64;
            let named = said == Some(*d);
            if !named && !t.in_text && self.values >= 10 && ratio < 0.1 {
                continue;
            }
            let mut c = t.confidence_sum / t.count as f64;
            if !named && !t.in_text && ratio < 0.5 {
                c *= 0.5 + ratio;
            }
            let confidence = ((c * 100.0).round() / 100.0).clamp(0.0, 1.0) as f32;
            out.push(FieldFinding {
                detector: *d,
                count: t.count,
                confidence,
                samples: t.samples.clone(),
            });
        }
        // A column of ten-digit numbers nearly all of which pass the tax code's check digit
        // (at least nine in ten, five or more, and half the column): tax codes, whatever
        // the header ("Thông tin 8").
        if self.tax_checked >= 5
            && self.tax_checked * 10 >= self.ten_digits * 9
            && self.ten_digits * 2 >= self.values
            && !out.iter().any(|f| f.detector == Detector::TaxCode)
        {
            out.push(FieldFinding {
                detector: Detector::TaxCode,
                count: self.tax_checked,
                confidence: 0.7,
                samples: self.tax_samples.clone(),
            });
        }
        out
    }
}

/// What a whole file or table is, from its findings: the highest category, and whether a
/// record there joins an identity with sensitive data (reference §7: such records are
/// sensitive as a whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rollup {
    /// `None` when nothing personal was found.
    pub category: Option<Category>,
    /// The detectors found.
    pub detectors: Vec<Detector>,
    /// An identifying detector sits beside a sensitive one.
    pub identity_with_sensitive: bool,
}

/// Rolls up the detectors found in one file or table under a regime.
pub fn rollup(found: impl IntoIterator<Item = Detector>, regime: Regime) -> Rollup {
    let mut detectors: Vec<Detector> = found.into_iter().collect();
    detectors.sort();
    detectors.dedup();
    let category = detectors.iter().map(|d| classify(*d, regime).0).max();
    let identity = detectors.iter().any(|d| d.identifies());
    let sensitive = detectors
        .iter()
        .any(|d| classify(*d, regime).0 == Category::Sensitive);
    Rollup {
        category,
        identity_with_sensitive: identity && sensitive,
        detectors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A given name used alone before its bearer is named in full in the same field counts
    /// once they are; a capitalised word whose bearer never comes does not.
    #[test]
    fn given_name_before_the_full_name() {
        let names = |texts: &[&str]| {
            let mut f = FieldStats::new(None);
            for t in texts {
                f.add_text(t, 2026);
            }
            f.findings()
                .iter()
                .find(|x| x.detector == Detector::PersonName)
                .map_or(0, |x| x.count)
        };
        assert_eq!(
            names(&[
                "Tháng này Khánh đi học thêm buổi chiều.",
                "Cô giáo gọi Khánh lên bảng.",
                "Con trai chúng tôi là Đinh Gia Khánh, sinh ngày 09/09/2015.",
            ]),
            3
        );
        // In one text, the full name after the given name.
        assert_eq!(
            names(&["Hôm qua Tùng đi làm muộn; anh Hà Văn Tùng nói xe hỏng."]),
            2
        );
        assert_eq!(
            names(&["Tháng này Khánh đi học thêm.", "Ông Lê Văn Nam ký nhận."]),
            1
        );
        // A motto's word, a compound's first word: no given name waits there.
        assert_eq!(
            names(&[
                "Độc lập - Tự do - Hạnh phúc",
                "Xe của Trung tâm đưa đón.",
                "Vợ tôi là bà Lê Thị Hạnh; con rể là anh Võ Quốc Trung.",
            ]),
            2
        );
    }

    /// A field that asks for a name and a birth together holds both: "Huỳnh Văn Lợi,
    /// 12/12/1960" under "Cha: họ tên, ngày sinh" is a name and a date of birth (the passport
    /// form TK01 and the residence form CT01 ask so for each parent).
    #[test]
    fn name_then_birth_in_one_field() {
        let found = |header: &str, value: &str| {
            let mut f = FieldStats::new(Some(header));
            f.add(value, 2026);
            let mut d: Vec<&str> = f.findings().iter().map(|x| x.detector.id()).collect();
            d.sort_unstable();
            d
        };
        assert_eq!(
            found("Mẹ: họ tên, ngày sinh", "Trần Thị Mỹ, 1963"),
            vec!["date_of_birth", "person_name"]
        );
        assert_eq!(
            found("Họ và tên, năm sinh", "Nguyễn Văn Bình, 02/09/1955"),
            vec!["date_of_birth", "person_name"]
        );
        // A date after a name under a header that asks for no birth is not read as one.
        assert!(
            !found("Họ tên, ngày nhận", "Nguyễn Văn Bình, 02/09/1985").contains(&"date_of_birth")
        );
    }

    /// Columns whose header says nothing: tax codes told by their check digits, dates of birth
    /// by the ages they give; not ten-digit numbers at random, nor recent dates.
    #[test]
    fn columns_told_by_their_values_alone() {
        let detectors = |values: &[&str]| {
            let mut f = FieldStats::new(None);
            for v in values {
                f.add(v, 2026);
            }
            f.findings().iter().map(|x| x.detector).collect::<Vec<_>>()
        };
        let taxes = [
            "8982597913",
            "8074833787",
            "8762328601",
            "8669725107",
            "8734646867",
            "8589693509",
        ];
        assert_eq!(detectors(&taxes), vec![Detector::TaxCode]);
        let random: Vec<String> = (0..40u64)
            .map(|i| format!("{}", 3_600_000_000 + i * 7_919_113))
            .collect();
        let random: Vec<&str> = random.iter().map(String::as_str).collect();
        assert!(!detectors(&random).contains(&Detector::TaxCode));
        assert_eq!(
            detectors(&["13/08/1998", "2/5/1996", "21/01/2001", "07/11/1999"]),
            vec![Detector::DateOfBirth]
        );
        assert!(detectors(&["02/10/2025", "03/10/2025", "06/10/2025"]).is_empty());
        assert_eq!(
            detectors(&["Nam", "Nữ", "Nữ", "Nam"]),
            vec![Detector::Gender]
        );
        assert_eq!(
            detectors(&["MR", "MS", "MRS", "MR", "MSTR"]),
            vec![Detector::Gender]
        );
        assert_eq!(
            detectors(&["Độc thân", "Đã kết hôn", "Đã lập gia đình"]),
            vec![Detector::MaritalStatus]
        );
        // Ethnic groups and religions under a header that says nothing, or under "DT" (read
        // as a phone's, "điện thoại", but also "dân tộc"); "Không" alone is no religion.
        assert_eq!(
            detectors(&["Kinh", "Tày", "Kinh", "Ê Đê", "Kinh"]),
            vec![Detector::Ethnicity]
        );
        assert_eq!(
            detectors(&["Không", "Phật giáo", "Công giáo", "Không"]),
            vec![Detector::Religion]
        );
        let yes_no = detectors(&["Không", "Không", "Có", "Không"]);
        assert!(yes_no.is_empty(), "{yes_no:?}");
        let others = detectors(&["Nam", "Nữ", "Khác", "Nữ", "Khác"]);
        assert_eq!(others, vec![Detector::Gender]);
        let glasses = detectors(&["Kính", "Tây", "Kính", "Tây"]);
        assert!(glasses.is_empty(), "{glasses:?}");
        let mut dt = FieldStats::new(Some("DT"));
        for v in ["Kinh", "Kinh", "Tày", "Nùng"] {
            dt.add(v, 2026);
        }
        assert_eq!(
            dt.findings().iter().map(|x| x.detector).collect::<Vec<_>>(),
            vec![Detector::Ethnicity]
        );
        // A header naming another date: its old dates are not births.
        let mut baptisms = FieldStats::new(Some("Ngày rửa tội"));
        for v in ["25/04/1965", "20/10/1968", "02/09/2001"] {
            baptisms.add(v, 2026);
        }
        assert!(baptisms.findings().is_empty());
    }

    /// A cell of a label and its value under a header that says nothing ("Bố/mẹ": "Mẹ: Hoàng
    /// Thị Mai") is read as text.
    #[test]
    fn labelled_cells_are_text() {
        let mut f = FieldStats::new(Some("Bố/mẹ"));
        f.add("Mẹ: Hoàng Thị Mai", 2026);
        f.add("Bố: Lò Văn Páo", 2026);
        let names = f
            .findings()
            .iter()
            .find(|x| x.detector == Detector::PersonName)
            .map(|x| x.count);
        assert_eq!(names, Some(2));
        assert!(!labelled_cell("Ghi chú"));
        // A column the header says is no one's is not read as text.
        let mut post = FieldStats::new(Some("Bưu cục phát"));
        post.add("BC Đống Đa - ĐT 024 3856 1207, anh Hùng", 2026);
        assert!(post.findings().is_empty());
        assert!(!labelled_cell("Lúc 10:30 sáng"));
    }

    #[test]
    fn a_phone_column_and_a_noisy_order_column() {
        let mut phones = FieldStats::new(Some("sdt"));
        let mut orders = FieldStats::new(Some("col_9"));
        for i in 0..100u32 {
            phones.add(&format!("09123{:05}", i), 2026);
            // One order number in a hundred is a valid mobile number.
            orders.add(
                &if i == 7 {
                    "0987654321".to_owned()
                } else {
                    format!("7{:09}", i)
                },
                2026,
            );
        }
        let f = phones.findings();
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].detector, f[0].count), (Detector::Phone, 100));
        assert!(f[0].confidence >= 0.95);
        assert!(
            f[0].samples.iter().all(|s| s.contains('*')),
            "{:?}",
            f[0].samples
        );
        assert!(orders.findings().is_empty());
    }

    #[test]
    fn samples_are_masked_and_merge_adds_up() {
        let mut a = FieldStats::new(Some("email"));
        let mut b = FieldStats::new(Some("email"));
        a.add("an.nguyen@gmail.com", 2026);
        b.add("binh.tran@yahoo.com", 2026);
        a.merge(b);
        let f = a.findings();
        assert_eq!(f[0].count, 2);
        assert_eq!(f[0].samples, ["a***@gmail.com", "b***@yahoo.com"]);
    }

    /// A record joining an identity with health data is sensitive as a whole (reference §7;
    /// Decree 356/2025 Art. 4(1)(d)).
    #[test]
    fn rollups() {
        let r = rollup([Detector::PersonName, Detector::Health], Regime::Law91);
        assert_eq!(r.category, Some(Category::Sensitive));
        assert!(r.identity_with_sensitive);
        let r = rollup([Detector::PersonName, Detector::Phone], Regime::Law91);
        assert_eq!(r.category, Some(Category::Basic));
        assert!(!r.identity_with_sensitive);
        assert_eq!(rollup([], Regime::Law91).category, None);
        // Credentials: sensitive now, basic under Decree 13.
        assert_eq!(
            rollup([Detector::Credential], Regime::Decree13).category,
            Some(Category::Basic)
        );
    }
}
