//! Spreadsheets as offices make them (tests/sheets: title blocks, headers on a later row or on
//! two rows, abbreviations, numbers that lost their leading zero, decoy columns of order
//! numbers, amounts and companies' tax codes), written by hand apart from the detectors, each
//! as a CSV file and as an XLSX workbook (cells of digits without a leading zero stored as
//! numbers, as a spreadsheet keeps them). Graded by column: for each sheet and detector, the
//! columns the scanner reports against the columns the truth gives that detector, printed by
//! `cargo test -p khien-scan --test sheets -- --nocapture`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod grading;
#[path = "sheets/held_out_1.rs"]
mod held_out_1;
#[path = "sheets/held_out_10.rs"]
mod held_out_10;
#[path = "sheets/held_out_11.rs"]
mod held_out_11;
#[path = "sheets/held_out_12.rs"]
mod held_out_12;
#[path = "sheets/held_out_2.rs"]
mod held_out_2;
#[path = "sheets/held_out_3.rs"]
mod held_out_3;
#[path = "sheets/held_out_4.rs"]
mod held_out_4;
#[path = "sheets/held_out_5.rs"]
mod held_out_5;
#[path = "sheets/held_out_6.rs"]
mod held_out_6;
#[path = "sheets/held_out_7.rs"]
mod held_out_7;
#[path = "sheets/held_out_8.rs"]
mod held_out_8;
#[path = "sheets/held_out_9.rs"]
mod held_out_9;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use grading::{CATEGORIES, MARKED, Score};
use held_out_1::{HELD_OUT_SHEETS_1, Sheet};
use khien_scan::{Options, Report};

/// The detectors the sheets are marked for; findings of others are not graded.
fn graded(d: &str) -> bool {
    MARKED.contains(&d) || CATEGORIES.contains(&d)
}

/// Identifiers, as the issue counts them apart from names and addresses.
fn group(detector: &str) -> &'static str {
    match detector {
        "person_name" | "vn.address" => "names and addresses",
        "gender" | "ethnicity" | "religion" | "nationality" | "marital_status" | "health" => {
            "categories"
        }
        _ => "identifiers",
    }
}

fn csv(sheet: &Sheet) -> String {
    let mut out = String::new();
    for row in sheet.rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| {
                if c.contains([',', '"', '\n']) {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    (*c).to_owned()
                }
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

fn xlsx(sheet: &Sheet, path: &std::path::Path) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (r, row) in sheet.rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            let number = !v.is_empty()
                && v.len() <= 15
                && !v.starts_with('0')
                && v.bytes().all(|b| b.is_ascii_digit());
            if number {
                ws.write_number(r, c, v.parse::<f64>().unwrap()).unwrap();
            } else if !v.is_empty() {
                ws.write_string(r, c, *v).unwrap();
            }
        }
    }
    wb.save(path).unwrap();
}

/// Detector → the columns (or fields) a file's findings put it in, with their samples.
fn columns_in(r: &Report, file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut m: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &r.findings {
        // Free text around the table (a title block, a signature under it) is no column: what
        // is found there is not graded.
        let Some(at) = f
            .location
            .column
            .clone()
            .or_else(|| f.location.field.clone())
        else {
            continue;
        };
        if f.location.file.as_deref() == Some(file) {
            m.entry(f.detector.to_owned())
                .or_default()
                .insert(format!("{at} [{}]", f.samples.join(", ")));
        }
    }
    m
}

#[tokio::test]
async fn first_held_out_sheets() {
    grade(HELD_OUT_SHEETS_1, 0.75).await;
}

/// A second set, written apart after the first set's fixes (a driving school's candidates, a
/// village's land register, a library's borrowers, a football club, storm aid by transfer, a
/// factory's visitor log, SIM registrations, an insurance agent's customers, a dormitory, a
/// temporary-residence register, blood donors, an e-commerce export). The bar was set before
/// its first run.
#[tokio::test]
async fn second_held_out_sheets() {
    grade(held_out_2::HELD_OUT_SHEETS_2, 0.75).await;
}

/// A third set, written apart after the second's fixes (a pharmacy's members, a court's
/// hearing schedule, an exam board's candidates, coach tickets, a gym's members, people with
/// disabilities, shareholders, job candidates, patients awaiting surgery, a parish's families, a
/// software's users, ride-hailing drivers). The bar was set before its first run.
#[tokio::test]
async fn third_held_out_sheets() {
    grade(held_out_3::HELD_OUT_SHEETS_3, 0.75).await;
}

/// A fourth set, written apart after this stop's document rules (a clinic's children's
/// vaccinations, an ISP's static-IP subscribers, unemployment benefits, a temple's prayer
/// requests, a bank's dormant accounts, a COD reconciliation, a hospital's discharges, a
/// border commune's marriages, a car rental's contracts, a tour's passengers). The bar was set
/// before its first run.
#[tokio::test]
async fn fourth_held_out_sheets() {
    grade(held_out_4::HELD_OUT_SHEETS_4, 0.75).await;
}

/// A fifth set, written apart after the fourteenth document set's rules (a commune's military
/// call-up list, a microfinance disbursement list, a lab's daily results in English, a
/// motorbike dealer's sales, election candidates, employees' dependants for the tax
/// deduction, a pawnshop's register, a fishing boat's crew list with no header, elderly people
/// on the social allowance, a cemetery's graves, a notary's register, a maternity ward's
/// births). The bar was set before its first run.
#[tokio::test]
async fn fifth_held_out_sheets() {
    grade(held_out_5::HELD_OUT_SHEETS_5, 0.75).await;
}

/// A sixth set, written apart after the fifth's fixes (a university's scholarships, a
/// broker's leads with no header, a charity's statement of donations, job applicants in
/// camelCase, a water company's route, a school's bus passes, a dentist's appointments, a
/// kindergarten's collectors, a building site's workers, land compensation, a vet's book, a
/// trail race's registrations). The bar was set before its first run.
#[tokio::test]
async fn sixth_held_out_sheets() {
    grade(held_out_6::HELD_OUT_SHEETS_6, 0.75).await;
}

/// A seventh set, written apart after the sixth's fixes (a garment company's report of workers
/// to social insurance, a volunteer campaign's Google Form responses, a village grocer's credit
/// book with no header, a consumer-finance company's collection allocation in English, a health
/// station's patients with high blood pressure and diabetes, trainees leaving for Japan, a tax
/// office's flat-rate household businesses, a car repair shop's history, a ward police's identity
/// card applicants, a commune's "trích ngang" list of officials, a family's wedding guests, an
/// English centre's class list). The bar was set before its first run.
#[tokio::test]
async fn seventh_held_out_sheets() {
    grade(held_out_7::HELD_OUT_SHEETS_7, 0.75).await;
}

/// An eighth set, written apart after the seventh's fixes (a bulk carrier's crew list after the
/// IMO FAL form, a pharmacy's register of controlled drugs, a methadone clinic's patients, a
/// ward's voter list, a commune's allowances for war invalids and martyrs' relatives, a
/// university's register of degrees, a traffic police team's violation records with headers
/// without diacritics, a staff trip's flight booking in English, an insurer's health-claims
/// payouts, a tailor's order book with no header, a factory's yearly health check, a developer's
/// flat buyers filing for their certificates). The bar was set before its first run.
#[tokio::test]
async fn eighth_held_out_sheets() {
    grade(held_out_8::HELD_OUT_SHEETS_8, 0.75).await;
}

/// A ninth set, written apart after the eighth's fixes (a lottery agent's prizes paid, a union's
/// Tết gifts for members in hardship, a Mường commune's register of deaths, a ward's social-housing
/// applicants, a market's stall holders, a hospital's passes for patients' carers, a car dealer's
/// test drives, a Hạ Long cruise's passenger manifest, a veterans' association's members, an
/// e-wallet's eKYC export in English, a swimming club's children's course, a factory's foreign
/// workers applying for work permits). The bar was set before its first run.
#[tokio::test]
async fn ninth_held_out_sheets() {
    grade(held_out_9::HELD_OUT_SHEETS_9, 0.75).await;
}

/// A tenth set, written apart after the ninth's fixes (a kindergarten's lunch allowance with the
/// children's carers, a hospital blood bank's issue log, a parish's marriage preparation course, a
/// security company's guards applying for support-tool licences, a ward's longevity gifts for the
/// elderly, a ward police's motorbike transfers with sellers and buyers, a phone shop's instalment
/// sales, a coffee cooperative's members and accounts, a landlady's tenants for the household
/// electricity tariff, a post office's voluntary social and household health insurance list, a
/// justice department's criminal-record requests, a securities company's KYC export with English
/// column codes). The bar was set before its first run.
#[tokio::test]
async fn tenth_held_out_sheets() {
    grade(held_out_10::HELD_OUT_SHEETS_10, 0.75).await;
}

/// An eleventh set, written apart after the tenth's rules (a detention camp's book of visits,
/// bidders at a land auction, a cataract-surgery camp, student loans, farmers paid for pigs
/// destroyed, a rabies vaccination book, owners at a residents' meeting, organ-donation
/// pledges). The bar was set before its first run.
#[tokio::test]
async fn eleventh_held_out_sheets() {
    grade(held_out_11::HELD_OUT_SHEETS_11, 0.75).await;
}

/// A twelfth set, written apart at the start of stop 38 (tuberculosis patients treated in the
/// community, a gold shop's book of large transactions, grade-1 applications, a haulier's
/// owner-drivers, debtors who cannot yet pay, learners paid a meal allowance, motor-liability
/// certificates, teachers proposed for their salary step). The bar was set before its first
/// run.
#[tokio::test]
async fn twelfth_held_out_sheets() {
    grade(held_out_12::HELD_OUT_SHEETS_12, 0.75).await;
}

async fn grade(sheets: &[Sheet], bar: f64) {
    let dir = tempfile::tempdir().unwrap();
    for s in sheets {
        assert!(
            s.columns.iter().all(|c| *c == "-" || graded(c)),
            "{}: a column marked with an unknown detector",
            s.name
        );
        std::fs::write(dir.path().join(format!("{}.csv", s.name)), csv(s)).unwrap();
        xlsx(s, &dir.path().join(format!("{}.xlsx", s.name)));
    }
    let mut o = Options::new(2026);
    o.threads = 2;
    let r = khien_scan::scan(
        vec![dir.path().display().to_string()],
        o,
        Arc::new(khien_scan::NoProgress),
        Arc::new(AtomicBool::new(false)),
    )
    .await
    .unwrap();
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let mut by_detector: BTreeMap<&str, BTreeMap<&str, Score>> = BTreeMap::new();
    let mut by_group: BTreeMap<(&str, &str), Score> = BTreeMap::new();
    let mut misses = Vec::new();
    for s in sheets {
        let mut truth: BTreeMap<&str, u64> = BTreeMap::new();
        for c in s.columns.iter().filter(|c| **c != "-") {
            *truth.entry(c).or_default() += 1;
        }
        for ext in ["csv", "xlsx"] {
            let file = dir.path().join(format!("{}.{ext}", s.name));
            let found = columns_in(&r, &file.display().to_string());
            for d in MARKED.iter().chain(CATEGORIES) {
                let f = found.get(*d).map_or(0, |c| c.len() as u64);
                let t = truth.get(d).copied().unwrap_or(0);
                if f == 0 && t == 0 {
                    continue;
                }
                by_detector
                    .entry(d)
                    .or_default()
                    .entry(ext)
                    .or_default()
                    .add(f, t);
                by_group.entry((group(d), ext)).or_default().add(f, t);
                if f != t {
                    let at: Vec<&String> = found
                        .get(*d)
                        .map(|c| c.iter().collect())
                        .unwrap_or_default();
                    misses.push(format!(
                        "{}.{ext}: {d} in {f} columns, marked {t}: {at:?}",
                        s.name
                    ));
                }
            }
        }
    }
    println!("\ncolumns: precision / recall by detector\n");
    println!("{:<28}{:>12}{:>12}", "detector", "csv", "xlsx");
    for (d, per) in &by_detector {
        print!("{d:<28}");
        for ext in ["csv", "xlsx"] {
            match per.get(ext) {
                Some(s) => print!("{:>12}", format!("{:.2}/{:.2}", s.precision(), s.recall())),
                None => print!("{:>12}", "-"),
            }
        }
        println!();
    }
    println!();
    let mut all: BTreeMap<&str, Score> = BTreeMap::new();
    for ((g, ext), s) in &by_group {
        println!("F1 {g:<24} {ext:>5}: {:.3}", s.f1());
        let a = all.entry(ext).or_default();
        a.tp += s.tp;
        a.fp += s.fp;
        a.fn_ += s.fn_;
    }
    println!();
    for m in &misses {
        println!("  {m}");
    }
    for (ext, s) in &all {
        println!("F1 all columns {ext}: {:.3}", s.f1());
        assert!(
            s.f1() >= bar,
            "{ext}: F1 {:.3} under {bar}; misses:\n{}",
            s.f1(),
            misses.join("\n")
        );
    }
}
