//! The same documents (tests/documents: a decision, a CV, a complaint letter, a bank form, a
//! discharge summary, written by hand) in every format the scanner reads: plain text, DOCX and
//! PDF (rendered by khien-forms' writers), ODT, HTML, RTF, an e-mail, and a ZIP holding the DOCX.
//! Each finding is graded against the marks in the documents, detector by detector and format
//! by format; the table is printed (`cargo test -p khien-scan --test formats -- --nocapture`).
//!
//! Grading is by counts per document and detector (the report keeps masked samples, never the
//! values): found beyond the truth are false positives, missing ones false negatives.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod documents;
mod grading;

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use documents::{DOCS, Doc};
use grading::{Score, in_file};
use khien_scan::{Options, Report};

fn zip_of(name: &str, bytes: &[u8]) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    z.start_file(name, zip::write::SimpleFileOptions::default())
        .unwrap();
    z.write_all(bytes).unwrap();
    z.finish().unwrap().into_inner()
}

const FORMATS: &[&str] = &["txt", "docx", "pdf", "odt", "html", "rtf", "eml", "zip"];

fn write_doc(dir: &std::path::Path, doc: &Doc) {
    let blocks = documents::blocks(doc);
    let docx = khien_forms::docx::render(&blocks).unwrap();
    let pdf = khien_forms::pdf::render(&blocks).unwrap();
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("txt", documents::plain(doc).into_bytes()),
        ("docx", docx.clone()),
        ("pdf", pdf),
        ("odt", documents::odt(doc)),
        ("html", documents::html(doc).into_bytes()),
        ("rtf", documents::rtf(doc).into_bytes()),
        ("eml", documents::eml(doc).into_bytes()),
        ("zip", zip_of(&format!("ho-so/{}.docx", doc.name), &docx)),
    ];
    for (ext, bytes) in files {
        std::fs::write(dir.join(format!("{}.{ext}", doc.name)), bytes).unwrap();
    }
}

/// Found per detector in a file and the files inside it.
fn found_in(r: &Report, file: &str) -> BTreeMap<String, u64> {
    let mut m = BTreeMap::new();
    for f in r.findings.iter().filter(|f| in_file(f, file)) {
        *m.entry(f.detector.to_owned()).or_insert(0) += f.count;
    }
    m
}

/// For reading a set's misses (`KHIEN_DEBUG_SET=6 cargo test -p khien-scan --test formats
/// paragraphs -- --ignored --nocapture`): each paragraph's marks and what the free-text rules
/// find in it, unmasked. Tables go through the column rules and are not shown.
#[test]
#[ignore]
fn paragraphs() {
    let set = match std::env::var("KHIEN_DEBUG_SET").as_deref() {
        Ok("1") => DOCS,
        Ok("2") => documents::HELD_OUT_2,
        Ok("3") => documents::HELD_OUT_3,
        Ok("4") => documents::HELD_OUT_4,
        Ok("5") => documents::HELD_OUT_5,
        Ok("6") => documents::HELD_OUT_6,
        Ok("7") => documents::HELD_OUT_7,
        Ok("8") => documents::HELD_OUT_8,
        Ok("9") => documents::HELD_OUT_9,
        Ok("10") => documents::HELD_OUT_10,
        Ok("11") => documents::HELD_OUT_11,
        Ok("12") => documents::HELD_OUT_12,
        Ok("13") => documents::HELD_OUT_13,
        Ok("14") => documents::HELD_OUT_14,
        Ok("15") => documents::HELD_OUT_15,
        Ok("16") => documents::HELD_OUT_16,
        Ok("17") => documents::HELD_OUT_17,
        Ok("18") => documents::HELD_OUT_18,
        Ok("19") => documents::HELD_OUT_19,
        Ok("20") => documents::HELD_OUT_20,
        Ok("21") => documents::HELD_OUT_21,
        Ok("22") => documents::HELD_OUT_22,
        Ok("23") => documents::HELD_OUT_23,
        _ => documents::HELD_OUT,
    };
    for d in set {
        for p in d.parts {
            let documents::Part::P(text) = p else {
                continue;
            };
            let (plain, marks) = documents::unmark(text);
            let mut hits = Vec::new();
            khien_detect::scan_text(&plain, 2026, &mut hits);
            let mut found: Vec<(String, String)> = hits
                .iter()
                .filter(|h| documents::MARKED.contains(&h.hit.detector.id()))
                .map(|h| {
                    (
                        h.hit.detector.id().to_owned(),
                        plain[h.range.clone()].to_owned(),
                    )
                })
                .collect();
            let mut marks = marks;
            found.sort();
            marks.sort();
            if found != marks {
                println!("{}: {plain}", d.name);
                for m in marks.iter().filter(|m| !found.contains(m)) {
                    println!("   missed {m:?}");
                }
                for f in found.iter().filter(|f| !marks.contains(f)) {
                    println!("   extra  {f:?}");
                }
            }
        }
    }
}

/// The masked samples of a detector's findings in a file, by location.
fn samples_in(r: &Report, file: &str, detector: &str) -> String {
    let mut out = Vec::new();
    for f in r.findings.iter().filter(|f| in_file(f, file)) {
        if f.detector == detector {
            let at = f
                .location
                .column
                .as_deref()
                .or(f.location.field.as_deref())
                .unwrap_or("text");
            out.push(format!("[{at}: {}]", f.samples.join(", ")));
        }
    }
    out.join(" ")
}

#[tokio::test]
async fn every_format_finds_what_the_documents_hold() {
    grade(DOCS, 0.9, None).await;
}

/// The documents written after the detectors were last changed: graded, never tuned on. The
/// bar was set before their first run.
#[tokio::test]
async fn held_out_documents() {
    grade(documents::HELD_OUT, 0.75, None).await;
}

/// A second set, written by someone who had not read the detectors (a review helper told not
/// to open them), after every change of issue 18: kinds of documents the others do not have
/// (a residence confirmation, a tour group's passports, a power of attorney, a loan
/// application, a hospital referral, residents' minutes, a payroll, a complaint typed without
/// diacritics) and the decoys real documents hold. The bar was set before its first run.
#[tokio::test]
async fn held_out_documents_written_apart() {
    grade(documents::HELD_OUT_2, 0.75, Some(documents::MARKED)).await;
}

/// `only`: the detectors the documents were marked for (the others' findings are not graded).
/// A third set by the same kind of reviewer, written after the fixes the second prompted
/// (a judgment, an admission list in capitals, a bilingual CV, an insurance claim, a land
/// transfer, a chat without diacritics, a visitor log, an obituary). The bar was set before
/// its first run.
#[tokio::test]
async fn third_held_out_set() {
    grade(documents::HELD_OUT_3, 0.75, Some(documents::MARKED)).await;
}

/// A fourth set, written after the third's fixes (a birth extract, a police summons, a shop's
/// customer export, a marriage registration, a scholarship letter, a hotel's guest
/// declaration with foreign guests, a discharge paper, an HR e-mail thread). Its writer also
/// marked foreign passports as passports and given names alone ("chị Lan") as names, which
/// the detectors do not claim to find. The bar was set before its first run.
#[tokio::test]
async fn fourth_held_out_set() {
    grade(documents::HELD_OUT_4, 0.75, Some(documents::MARKED)).await;
}

/// A fifth set, written after the fourth's fixes (a bank statement, an accident report, an
/// apartment building's residents, a test result sheet, an employee export whose numbers
/// lost their leading zero, a post selling a motorbike with its comments, a professor's
/// recommendation, an acknowledgment of debt). The bar was set before its first run.
#[tokio::test]
async fn fifth_held_out_set() {
    grade(documents::HELD_OUT_5, 0.75, Some(documents::MARKED)).await;
}

/// A sixth set, written apart in the same way after the fifth's first run (a commune's list of
/// social allowances, a children's prescription, a police record of a statement, a
/// kindergarten enrolment form, a car sale contract, a bilingual labour contract, a shop's Zalo
/// transcript, a tax finalisation authorisation). The bar was set before its first run.
#[tokio::test]
async fn sixth_held_out_set() {
    grade(documents::HELD_OUT_6, 0.75, Some(documents::MARKED)).await;
}

/// A seventh set, written apart after this stop's fixes for the sixth (a divorce petition, a
/// commune's mediation of a land dispute, a university's tuition exemptions, a parish's
/// baptism extract, a delivery driver's log, a dental clinic's messages, a neighbourhood's Zalo
/// group, a data breach notice). The bar was set before its first run.
#[tokio::test]
async fn seventh_held_out_set() {
    grade(documents::HELD_OUT_7, 0.75, Some(documents::MARKED)).await;
}

/// An eighth set, written apart after the seventh's fixes (a notary's record of an estate's
/// division, a ward's list of Tết gifts, a vocational school's diploma register, motorbike
/// repair cards, a complaint to an airline, a youth union's members, a care home's residents, a
/// WhatsApp export with foreign tenants). The bar was set before its first run.
#[tokio::test]
async fn eighth_held_out_set() {
    grade(documents::HELD_OUT_8, 0.75, Some(documents::MARKED)).await;
}

/// A ninth set, written apart after the eighth's fixes (a residents' petition, a commune's
/// call-up list, a self-drive car rental contract, a blood donation register, an IT helpdesk
/// ticket, a life insurance application, a finance company's debt reminder, a pawnshop's
/// ledger). The bar was set before its first run.
#[tokio::test]
async fn ninth_held_out_set() {
    grade(documents::HELD_OUT_9, 0.75, Some(documents::MARKED)).await;
}

/// A tenth set, written apart after the ninth's fixes (a bank's home-loan appraisal memo, a
/// class's parents' meeting minutes, a pagoda's donor list, a household electricity contract,
/// a neighbourhood's notice board of lost papers, a property broker's notes without
/// diacritics, a card-dispute form, a maternity benefit application). The bar was set before
/// its first run.
#[tokio::test]
async fn tenth_held_out_set() {
    grade(documents::HELD_OUT_10, 0.75, Some(documents::MARKED)).await;
}

/// An eleventh set, written apart after the tenth's fixes (a gym's membership form, a
/// village's vaccination list with the reminder SMS, a farming cooperative's members, a
/// funeral home's service order, a coach's passenger list, a school's record of a scuffle, a
/// ride-hailing driver's sign-up with the support chat, a temporary residence form CT01). The
/// bar was set before its first run.
#[tokio::test]
async fn eleventh_held_out_set() {
    grade(documents::HELD_OUT_11, 0.75, Some(documents::MARKED)).await;
}

/// A twelfth set, written apart after the eleventh's fixes, weighted to the rarer identifiers
/// (a drink-driving violation record, a handwritten motorbike sale, a fibre internet sign-up
/// with a static IP and a card payment, a cyber police request about login IPs and the
/// provider's reply, trainees leaving for Japan with passports, a social insurance report
/// D02-LT, market stallholders' tax list, drivers' health checks with SMS). The bar was set
/// before its first run.
#[tokio::test]
async fn twelfth_held_out_set() {
    grade(documents::HELD_OUT_12, 0.75, Some(documents::MARKED)).await;
}

/// A thirteenth set, written apart after the twelfth's fixes and a review of them, mostly
/// free text (a Facebook post looking for a lost father, a parish's wedding banns, a
/// village's flood report, a tutoring class's Zalo group, siblings' e-mails about hospital
/// costs, a news report of a fraud ring, a request to recover a mistaken transfer, a
/// statement about a neighbours' scuffle). The bar was set before its first run.
#[tokio::test]
async fn thirteenth_held_out_set() {
    grade(documents::HELD_OUT_13, 0.75, Some(documents::MARKED)).await;
}

/// A fourteenth set, written apart after the thirteenth's fixes (a garment company's dismissal
/// decision, a Shopee complaint chat, a driving school's candidates with their Zalo group, an
/// online passport application with the portal's log, a lottery jackpot payout record, a
/// teacher's Facebook appeal for a sick pupil, a mother's e-mail to a law firm about child
/// support, a police wanted notice). The bar was set before its first run.
#[tokio::test]
async fn fourteenth_held_out_set() {
    grade(documents::HELD_OUT_14, 0.75, Some(documents::MARKED)).await;
}

/// A fifteenth set, mostly free text, written apart after the fourteenth's fixes (an
/// indictment of motorbike thieves, a newspaper feature about a village midwife, a handwritten
/// will, a headhunter's LinkedIn messages in two languages, a class reunion e-mail, a mother's
/// request to visit her son in prison, a Zalo chat hiring a domestic helper, a building's fire
/// report). The bar was set before its first run.
#[tokio::test]
async fn fifteenth_held_out_set() {
    grade(documents::HELD_OUT_15, 0.75, Some(documents::MARKED)).await;
}

/// A sixteenth set, written apart after the fifteenth's fixes (given names used alone after
/// the full name among them): a hospital social worker's note about an abandoned newborn, a
/// university's report on exam impersonation, a travel blog about a homestay, a newspaper
/// feature about a veteran finding a fallen comrade's sister, a bank's suspicious-transaction
/// report, a labour inspection's record of a fall). The bar was set before its first run.
#[tokio::test]
async fn sixteenth_held_out_set() {
    grade(documents::HELD_OUT_16, 0.75, Some(documents::MARKED)).await;
}

/// A seventeenth set, mostly free text, written apart after the sixteenth (a clan's genealogy
/// with the dead of seven generations, a mother's request to rename her son, a Tết carpool
/// Facebook group, e-mails between a worker in Taiwan and his wife, a half marathon's runners
/// with an incident report, a surgical consent for a minor, a women's union's record of domestic
/// violence, an apartment handover). The bar was set before its first run.
#[tokio::test]
async fn seventeenth_held_out_set() {
    grade(documents::HELD_OUT_17, 0.75, Some(documents::MARKED)).await;
}

/// An eighteenth set, mostly free text, written apart after the seventeenth (an adoption
/// application with the ward's verification, parents' financial support letter for a student
/// visa with the agent's e-mails, a radio call-in legal programme's transcript, a vet's record
/// of a dog that bit a child with the owner's Zalo chat, a football team's registration with its
/// Zalo group, a homeroom teacher's notes on home visits, a building permit with a party-wall
/// agreement, a newspaper's report of a hụi organiser's trial). The bar was set before its first
/// run.
#[tokio::test]
async fn eighteenth_held_out_set() {
    grade(documents::HELD_OUT_18, 0.75, Some(documents::MARKED)).await;
}

/// A nineteenth set, mostly free text, written apart after the eighteenth (a labour mediation
/// record with a pregnant worker's Zalo messages, a Huế wedding gift ledger with the family's
/// Zalo group, an Ê Đê village's election of its head, a fishing boat's crew list with the border
/// station's radio log, a guesthouse's report of a guest's forgotten ID card, a paternity DNA test
/// request with the lab's e-mails, an organ and body donation registration, a gold shop's customer
/// identification register). The bar was set before its first run.
#[tokio::test]
async fn nineteenth_held_out_set() {
    grade(documents::HELD_OUT_19, 0.75, Some(documents::MARKED)).await;
}

/// A twentieth set, mostly free text, written apart after the nineteenth's rules (a landlord's
/// notice ending a lease with the tenant's reply and SMS, a microfinance officer's field notes
/// on a women's borrowing group, a K-pop fan club's registrations with Facebook comments, a
/// private tutor's contract with Zalo messages about fees, a homestay's booking e-mails with
/// foreign guests, a Khmer pagoda's register of boys entering the monastery for the summer, a
/// speeding notice from a traffic camera with the former owner's statement, a hospital's record
/// of a patient taken home before paying). The bar was set before its first run.
#[tokio::test]
async fn twentieth_held_out_set() {
    grade(documents::HELD_OUT_20, 0.75, Some(documents::MARKED)).await;
}

/// A twenty-first set, written apart after the twentieth's rules (an IVF consultation, a
/// complaint against a labour-export broker, a romance scam report, a pepper agent's book of
/// advances to J'rai households, a buffalo sale at a Mông market, loan-app debt collectors, a
/// Hoa association's notice on moving graves, a Nùng woman's household business, a rescue of
/// hikers lost in fog). The bar was set before its first run.
#[tokio::test]
async fn twenty_first_held_out_set() {
    grade(documents::HELD_OUT_21, 0.75, Some(documents::MARKED)).await;
}

/// A twenty-second set, written apart late in stop 37 after the rules of the twenty-first (a
/// court's record of an agreed divorce, a condominium's minutes on a water leak, a scholarship
/// decision with its list, a candidate's CV and interview notes, a bank's reply about a card
/// copied at an ATM, a land deposit with a broker's Zalo chat, a kindergarten's pick-up
/// authorisations). The bar was set before its first run.
#[tokio::test]
async fn twenty_second_held_out_set() {
    grade(documents::HELD_OUT_22, 0.75, Some(documents::MARKED)).await;
}

/// A twenty-third set, written apart at the start of stop 38 (a social-housing application
/// with a Zalo chat, an IELTS registration with a birth date typed month first, a hijacked game
/// account with its login log, a commune's citizen reception book, a wedding studio's contract
/// and refund, a pension authorisation with the post office's list, three friends' café
/// contract, an Ê Đê mother's school-transfer application). The bar was set before its first
/// run.
#[tokio::test]
async fn twenty_third_held_out_set() {
    grade(documents::HELD_OUT_23, 0.75, Some(documents::MARKED)).await;
}

async fn grade(docs: &[Doc], bar: f64, only: Option<&[&str]>) {
    let dir = tempfile::tempdir().unwrap();
    for d in docs {
        write_doc(dir.path(), d);
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
    // detector → format → score, and format → score.
    let mut by_detector: BTreeMap<String, BTreeMap<&str, Score>> = BTreeMap::new();
    let mut by_format: BTreeMap<&str, Score> = BTreeMap::new();
    let mut misses = Vec::new();
    for d in docs {
        let mut truth = documents::truth(d);
        for ext in FORMATS {
            let file = dir.path().join(format!("{}.{ext}", d.name));
            let found = found_in(&r, &file.display().to_string());
            if *ext == "eml" {
                // The sender's and the recipient's addresses are in the headers.
                *truth.entry("email".to_owned()).or_insert(0) += 2;
            }
            let mut keys: Vec<&String> = truth.keys().chain(found.keys()).collect();
            keys.sort();
            keys.dedup();
            keys.retain(|k| only.is_none_or(|o| o.contains(&k.as_str())));
            for k in keys {
                let (f, t) = (
                    found.get(k).copied().unwrap_or(0),
                    truth.get(k).copied().unwrap_or(0),
                );
                by_detector
                    .entry(k.clone())
                    .or_default()
                    .entry(ext)
                    .or_default()
                    .add(f, t);
                by_format.entry(ext).or_default().add(f, t);
                if f != t {
                    // What was found (masked samples), to tell which value was missed or
                    // taken by mistake.
                    let samples = samples_in(&r, &file.display().to_string(), k);
                    misses.push(format!(
                        "{}.{ext}: {k} found {f}, marked {t}; found: {samples}",
                        d.name
                    ));
                }
            }
            if *ext == "eml" {
                *truth.entry("email".to_owned()).or_insert(0) -= 2;
            }
        }
    }
    println!("\nprecision / recall by detector and format (count-graded)\n");
    print!("{:<28}", "detector");
    for ext in FORMATS {
        print!("{ext:>12}");
    }
    println!();
    for (d, per) in &by_detector {
        print!("{d:<28}");
        for ext in FORMATS {
            match per.get(ext) {
                Some(s) => print!("{:>12}", format!("{:.2}/{:.2}", s.precision(), s.recall())),
                None => print!("{:>12}", "-"),
            }
        }
        println!();
    }
    print!("{:<28}", "F1 (all detectors)");
    for ext in FORMATS {
        print!("{:>12.3}", by_format[ext].f1());
    }
    println!("\n");
    for m in &misses {
        println!("  {m}");
    }
    for ext in FORMATS {
        let f1 = by_format[ext].f1();
        assert!(
            f1 >= bar,
            "{ext}: F1 {f1:.3} under {bar}; misses:\n{}",
            misses.join("\n")
        );
    }
    // The same documents give the same findings in every format as in plain text: recall
    // within five points, twenty for PDF. A PDF's ruled tables are rebuilt from the ruling
    // lines (src/pdf_layout.rs), which brought PDF within 0.03 of plain text on the first four
    // sets; the fifth set's first run left its PDF 0.11 under: in a sixteen-column export the
    // header cells "ma_nv" and "ho_ten" came out in one cell (pdf-extract reports no advance
    // for Typst's glyphs, so a run of text drawn at once has one position), the header was
    // lost and the columns with it.
    let txt = by_format["txt"].recall();
    for ext in FORMATS {
        let r = by_format[ext].recall();
        println!("{ext}: recall {r:.3}, plain text {txt:.3}");
        let within = if *ext == "pdf" { 0.2 } else { 0.05 };
        assert!(
            (r - txt).abs() <= within,
            "{ext}: recall {r:.3}, plain text {txt:.3}"
        );
    }
}
