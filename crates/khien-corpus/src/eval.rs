//! Scoring a scanner's report against the truth.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

use crate::{Detector, Format, Truth};

/// True positives, false positives and false negatives, counted in values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    /// True positives.
    pub tp: u64,
    /// False positives.
    pub fp: u64,
    /// False negatives.
    #[serde(rename = "fn")]
    pub fn_: u64,
}

impl Score {
    /// TP / (TP + FP); 1.0 when nothing was reported.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// TP / (TP + FN); 1.0 when there was nothing to find.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn add(&mut self, other: Score) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
    fn is_empty(&self) -> bool {
        self.tp + self.fp + self.fn_ == 0
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// The score of one detector.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DetectorScore {
    /// The detector's report id (ids unknown to the corpus are kept as reported).
    pub detector: String,
    /// Its counts.
    pub score: Score,
}

/// Groups of detectors scored together (micro-averaged).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Group {
    /// Identifiers with a fixed structure (CCCD, phone, tax code, cards, e-mail, IP, ...).
    Structured,
    /// Person names and postal addresses.
    NamesAddresses,
}

impl Group {
    /// The detectors of the group.
    pub fn detectors(self) -> &'static [Detector] {
        use Detector::*;
        match self {
            Group::Structured => &[
                Cccd,
                Cmnd,
                Passport,
                Phone,
                TaxCode,
                SocialInsurance,
                HealthInsuranceCard,
                LicencePlate,
                DrivingLicence,
                PaymentCard,
                BankAccount,
                Email,
                IpAddress,
            ],
            Group::NamesAddresses => &[PersonName, Address],
        }
    }
    /// The precision and recall each detector of the group should reach.
    pub fn target(self) -> f64 {
        match self {
            Group::Structured => 0.98,
            Group::NamesAddresses => 0.90,
        }
    }
    fn label(self) -> &'static str {
        match self {
            Group::Structured => "structured identifiers",
            Group::NamesAddresses => "names and addresses",
        }
    }
    fn of(detector: &str) -> Option<Group> {
        [Group::Structured, Group::NamesAddresses]
            .into_iter()
            .find(|g| g.detectors().iter().any(|d| d.id() == detector))
    }
}

/// A location where the report and the truth disagree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Issue {
    /// The file, relative to the corpus (as reported when it is not in the corpus).
    pub file: String,
    /// Column or field; `None` for free text or a finding without one.
    pub location: Option<String>,
    /// The detector the truth expects there (`None`: a decoy or an unknown location).
    pub expected: Option<String>,
    /// True instances there (for free text: of every detector).
    pub values: u64,
    /// What the report counted there, per detector.
    pub reported: BTreeMap<String, u64>,
    /// False positives counted there.
    pub fp: u64,
    /// False negatives counted there.
    pub fn_: u64,
}

/// The scores of a report against a truth.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    detectors: Vec<DetectorScore>,
    issues: Vec<Issue>,
    report_errors: usize,
}

impl Evaluation {
    /// Per-detector scores, in the order of [`Detector::ALL`], then unknown ids.
    pub fn detectors(&self) -> &[DetectorScore] {
        &self.detectors
    }
    /// The score of one detector (zero when it was neither expected nor reported).
    pub fn detector(&self, d: Detector) -> Score {
        self.detectors
            .iter()
            .find(|s| s.detector == d.id())
            .map(|s| s.score)
            .unwrap_or_default()
    }
    /// The micro-averaged score of a group.
    pub fn group(&self, g: Group) -> Score {
        let mut total = Score::default();
        for s in &self.detectors {
            if Group::of(&s.detector) == Some(g) {
                total.add(s.score);
            }
        }
        total
    }
    /// Locations where the report and the truth disagree, worst first.
    pub fn issues(&self) -> &[Issue] {
        &self.issues
    }
    /// How many entries the report's `errors` array holds.
    pub fn report_errors(&self) -> usize {
        self.report_errors
    }
    /// Detectors with a target (see [`Group::target`]) whose precision or recall is below it.
    pub fn below_target(&self) -> Vec<&DetectorScore> {
        self.detectors
            .iter()
            .filter(|s| {
                Group::of(&s.detector).is_some_and(|g| {
                    !s.score.is_empty()
                        && (s.score.precision() < g.target() || s.score.recall() < g.target())
                })
            })
            .collect()
    }
    /// Whether every detector with a target reaches it.
    pub fn meets_targets(&self) -> bool {
        self.below_target().is_empty()
    }
}

impl fmt::Display for Evaluation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let row = |f: &mut fmt::Formatter<'_>, name: &str, s: &Score| {
            writeln!(
                f,
                "{name:<26} {:>9} {:>9} {:>9} {:>10.3} {:>8.3}",
                s.tp,
                s.fp,
                s.fn_,
                s.precision(),
                s.recall()
            )
        };
        writeln!(
            f,
            "{:<26} {:>9} {:>9} {:>9} {:>10} {:>8}",
            "detector", "TP", "FP", "FN", "precision", "recall"
        )?;
        writeln!(f, "{}", "-".repeat(76))?;
        for s in &self.detectors {
            row(f, &s.detector, &s.score)?;
        }
        writeln!(f, "{}", "-".repeat(76))?;
        for g in [Group::Structured, Group::NamesAddresses] {
            row(f, g.label(), &self.group(g))?;
        }
        let below = self.below_target();
        if below.is_empty() {
            writeln!(
                f,
                "all detectors with a target reach it (structured >= 0.98, names and addresses >= 0.90)"
            )?;
        } else {
            let list: Vec<String> = below
                .iter()
                .map(|s| {
                    format!(
                        "{} (P {:.3}, R {:.3})",
                        s.detector,
                        s.score.precision(),
                        s.score.recall()
                    )
                })
                .collect();
            writeln!(f, "BELOW TARGET: {}", list.join(", "))?;
        }
        if self.report_errors > 0 {
            writeln!(f, "the report lists {} errors", self.report_errors)?;
        }
        if !self.issues.is_empty() {
            writeln!(f, "worst locations:")?;
        }
        for i in self.issues.iter().take(20) {
            let reported: Vec<String> =
                i.reported.iter().map(|(d, n)| format!("{d} {n}")).collect();
            writeln!(
                f,
                "  {} [{}] expected {} x{}: reported {}; FP {}, FN {}",
                i.file,
                i.location.as_deref().unwrap_or("-"),
                i.expected.as_deref().unwrap_or("nothing"),
                i.values,
                if reported.is_empty() {
                    "nothing".to_owned()
                } else {
                    reported.join(", ")
                },
                i.fp,
                i.fn_
            )?;
        }
        Ok(())
    }
}

type Counts = BTreeMap<String, u64>;

/// Scores `report` (the scanner's JSON document) against `truth`.
///
/// A finding's `location.file` is matched to a corpus file by path suffix (equal, or ending
/// with `/` and the relative path; `\` is read as `/`). For tables the location is
/// `location.column`, for JSON `location.field` (either is accepted for both); names are
/// compared in NFC. For free text the location is ignored and counts are added up per file.
/// A missing `count` counts as 1. Findings in `truth.json` are ignored: it is the answer key,
/// not corpus data.
///
/// Per column or field expecting detector D with n values: TP_D += min(reported D, n), FN_D
/// += the rest; whatever another detector reports there is its FP. On decoys, at locations
/// the truth does not know and in unknown files, every count is FP. In free text: TP +=
/// min(found, truth), FN += truth − that, FP += found − that.
pub fn evaluate(truth: &Truth, report: &Value) -> Evaluation {
    let findings = report
        .get("findings")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    let report_errors = report
        .get("errors")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    let mut at: BTreeMap<(usize, Option<String>), Counts> = BTreeMap::new();
    let mut stray: BTreeMap<(String, Option<String>), Counts> = BTreeMap::new();
    for finding in findings {
        let Some(detector) = finding.get("detector").and_then(Value::as_str) else {
            continue;
        };
        let count = finding.get("count").and_then(Value::as_u64).unwrap_or(1);
        let loc = finding.get("location");
        let text = |key: &str| loc.and_then(|l| l.get(key)).and_then(Value::as_str);
        let file = text("file")
            .or_else(|| finding.get("source").and_then(Value::as_str))
            .unwrap_or("")
            .replace('\\', "/");
        let norm = |s: &str| s.trim().nfc().collect::<String>();
        let index = truth
            .files
            .iter()
            .position(|t| file == t.file || file.ends_with(&format!("/{}", t.file)));
        let (column, field) = (text("column").map(norm), text("field").map(norm));
        let key = match index.map(|i| truth.files[i].format) {
            Some(Format::Text) => None,
            Some(Format::Json | Format::Ndjson) => field.or(column),
            _ => column.or(field),
        };
        let counts = match index {
            Some(i) => at.entry((i, key)).or_default(),
            None if file == "truth.json" || file.ends_with("/truth.json") => continue,
            None => stray.entry((file, key)).or_default(),
        };
        *counts.entry(detector.to_owned()).or_default() += count;
    }

    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    let mut issues = Vec::new();
    let mut score = |d: &str, s: Score| scores.entry(d.to_owned()).or_default().add(s);
    for (i, file) in truth.files.iter().enumerate() {
        if file.format == Format::Text {
            let found = at.remove(&(i, None)).unwrap_or_default();
            let ids: BTreeSet<&String> = file.mentions.keys().chain(found.keys()).collect();
            let (mut fp, mut fn_) = (0, 0);
            for d in ids {
                let want = file.mentions.get(d).copied().unwrap_or(0);
                let got = found.get(d).copied().unwrap_or(0);
                let tp = want.min(got);
                score(
                    d,
                    Score {
                        tp,
                        fp: got - tp,
                        fn_: want - tp,
                    },
                );
                fp += got - tp;
                fn_ += want - tp;
            }
            if fp + fn_ > 0 {
                let values = file.mentions.values().sum();
                issues.push(Issue {
                    file: file.file.clone(),
                    location: None,
                    expected: None,
                    values,
                    reported: found,
                    fp,
                    fn_,
                });
            }
            continue;
        }
        let locations = file
            .columns
            .iter()
            .map(|c| (&c.column, c.detector, c.values))
            .chain(file.fields.iter().map(|c| (&c.field, c.detector, c.values)));
        for (name, expected, n) in locations {
            let found = at.remove(&(i, Some(name.clone()))).unwrap_or_default();
            let mut issue = Score::default();
            if let Some(d) = expected {
                let tp = found.get(d.id()).copied().unwrap_or(0).min(n);
                score(
                    d.id(),
                    Score {
                        tp,
                        fp: 0,
                        fn_: n - tp,
                    },
                );
                issue.fn_ = n - tp;
            }
            for (d, &got) in &found {
                if Some(d.as_str()) != expected.map(Detector::id) {
                    score(
                        d,
                        Score {
                            tp: 0,
                            fp: got,
                            fn_: 0,
                        },
                    );
                    issue.fp += got;
                }
            }
            if issue.fp + issue.fn_ > 0 {
                issues.push(Issue {
                    file: file.file.clone(),
                    location: Some(name.clone()),
                    expected: expected.map(|d| d.id().to_owned()),
                    values: n,
                    reported: found,
                    fp: issue.fp,
                    fn_: issue.fn_,
                });
            }
        }
    }
    let unknown = at
        .into_iter()
        .map(|((i, loc), found)| (truth.files[i].file.clone(), loc, found))
        .chain(
            stray
                .into_iter()
                .map(|((file, loc), found)| (file, loc, found)),
        );
    for (file, location, found) in unknown {
        let fp = found.values().sum();
        for (d, &got) in &found {
            score(
                d,
                Score {
                    tp: 0,
                    fp: got,
                    fn_: 0,
                },
            );
        }
        issues.push(Issue {
            file,
            location,
            expected: None,
            values: 0,
            reported: found,
            fp,
            fn_: 0,
        });
    }
    issues.sort_by_key(|i| std::cmp::Reverse(i.fp + i.fn_));

    let mut detectors: Vec<DetectorScore> = Detector::ALL
        .iter()
        .filter_map(|d| {
            scores.remove(d.id()).map(|score| DetectorScore {
                detector: d.id().to_owned(),
                score,
            })
        })
        .collect();
    detectors.extend(
        scores
            .into_iter()
            .map(|(detector, score)| DetectorScore { detector, score }),
    );
    Evaluation {
        detectors,
        issues,
        report_errors,
    }
}
