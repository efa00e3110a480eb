//! Hand-worked legal scenarios: each names the article, the event, and spells out the count.
//! Holidays of 2026 are the announced ones (overrides); later years follow the Labor Code rules.

use khien_calendar::{Calendar, Scope};
use time::OffsetDateTime;
use time::macros::datetime;

use super::*;

fn rules() -> Rules {
    Rules::builtin().unwrap()
}

/// (what and why, obligation, event, expected due instant)
type Scenario = (&'static str, &'static str, OffsetDateTime, OffsetDateTime);

const SCENARIOS: &[Scenario] = &[
    // Hours: from the instant, never moved off holidays (Civil Code Art. 147(1)).
    (
        "Law 91 Art. 23(1): 72 h from discovery Fri 13/2/2026 10:00 ends Mon 16/2 10:00 inside the Tết break, not moved",
        "law91.breach.notify-authority",
        datetime!(2026-02-13 10:00 +07:00),
        datetime!(2026-02-16 10:00 +07:00),
    ),
    (
        "Law 91 Art. 23(1): 72 h from Sat 31/1/2026 23:30 end Tue 3/2 23:30",
        "law91.breach.notify-authority",
        datetime!(2026-01-31 23:30 +07:00),
        datetime!(2026-02-03 23:30 +07:00),
    ),
    (
        "Decree 13 Art. 23(1): an occurrence on 30/12/2025 09:00 is judged by Decree 13: 72 h end 2/1/2026 09:00 though the law changed meanwhile",
        "d13.breach.notify-a05",
        datetime!(2025-12-30 09:00 +07:00),
        datetime!(2026-01-02 09:00 +07:00),
    ),
    (
        "Law 91 Art. 23(1): 17:30 UTC on 31/12/2025 is 00:30 on 1/1/2026 in Viet Nam, so Law 91 applies; +72 h = 4/1 00:30",
        "law91.breach.notify-authority",
        datetime!(2025-12-31 17:30 UTC),
        datetime!(2026-01-04 00:30 +07:00),
    ),
    (
        "Decree 165 Art. 13.1(b): erasure requested Wed 29/4/2026 15:00, 72 h across 30/4 and 1/5 end Sat 2/5 15:00",
        "d165.erasure.execute",
        datetime!(2026-04-29 15:00 +07:00),
        datetime!(2026-05-02 15:00 +07:00),
    ),
    (
        "Decree 13 Art. 16(5): deletion requested Thu 8/2/2024 08:00 (Tết eve 9/2) is due Sun 11/2 08:00",
        "d13.subject.delete",
        datetime!(2024-02-08 08:00 +07:00),
        datetime!(2024-02-11 08:00 +07:00),
    ),
    (
        "Decree 356 Art. 8(3): a financial-sector leak discovered Tue 1/9/2026 12:00 is notified by Fri 4/9 12:00 across the National Day",
        "d356.breach.financial-sector",
        datetime!(2026-09-01 12:00 +07:00),
        datetime!(2026-09-04 12:00 +07:00),
    ),
    (
        "Decree 13 Art. 9(6)(b): restriction requested 2024-04-30 07:00 UTC (14:00 local) ends 3/5 14:00 local",
        "d13.subject.restrict",
        datetime!(2024-04-30 07:00 UTC),
        datetime!(2024-05-03 14:00 +07:00),
    ),
    (
        "Decree 13 Art. 14(3): provision requested 2023-07-01 00:00, the first day Decree 13 applied: due 4/7 00:00",
        "d13.subject.provide",
        datetime!(2023-07-01 00:00 +07:00),
        datetime!(2023-07-04 00:00 +07:00),
    ),
    // Working days: counted from the next day, skipping weekends, holidays and swaps.
    (
        "Decree 356 Art. 5(2): respond within 2 working days of Fri 13/2/2026: 14-22/2 off, Mon 23 (1), Tue 24 (2)",
        "d356.subject.respond",
        datetime!(2026-02-13 16:30 +07:00),
        datetime!(2026-02-24 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 23.4(c): 3 working days from Wed 31/12/2025: 1/1 holiday, 2/1 swapped off, 3-4 weekend, Mon 5 (1), Tue 6 (2), Wed 7 (3)",
        "d165.exploitation.decide",
        datetime!(2025-12-31 09:00 +07:00),
        datetime!(2026-01-07 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 23.4(c): from Wed 7/1/2026: Thu 8 (1), Fri 9 (2), Sat 10, worked in exchange for 2/1 (3)",
        "d165.exploitation.decide",
        datetime!(2026-01-07 09:00 +07:00),
        datetime!(2026-01-10 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 5(3): from Thu 23/4/2026: Fri 24 (1), Sat 25, Sun 26 Giỗ Tổ, Mon 27 compensatory, Tue 28 (2)",
        "d356.subject.respond",
        datetime!(2026-04-23 10:00 +07:00),
        datetime!(2026-04-28 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 5(4): from Tue 28/4/2026: Wed 29 (1), 30/4 and 1/5 holidays, weekend, Mon 4/5 (2)",
        "d356.subject.respond",
        datetime!(2026-04-28 10:00 +07:00),
        datetime!(2026-05-04 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 23.4(c): from Mon 31/8/2026: Tue 1/9 (1), 2/9 and 3/9 off, Fri 4/9 (2), weekend, Mon 7/9 (3)",
        "d165.exploitation.decide",
        datetime!(2026-08-31 10:00 +07:00),
        datetime!(2026-09-07 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 5(5): a request received on Saturday 7/3/2026: Mon 9 (1), Tue 10 (2)",
        "d356.subject.respond",
        datetime!(2026-03-07 10:00 +07:00),
        datetime!(2026-03-10 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 5(2): 17:30 UTC Thu 5/3/2026 is Fri 6/3 00:30 local: Mon 9 (1), Tue 10 (2), not Fri 6 and Mon 9",
        "d356.subject.respond",
        datetime!(2026-03-05 17:30 UTC),
        datetime!(2026-03-10 23:59:59 +07:00),
    ),
    // Calendar days: from the next day, end at 24:00, a rest day or holiday moves to the next working day.
    (
        "Law 91 Art. 21(1): DPIA within 60 days of processing started Mon 5/1/2026: day 60 is Fri 6/3",
        "law91.dpia.submit",
        datetime!(2026-01-05 08:00 +07:00),
        datetime!(2026-03-06 23:59:59 +07:00),
    ),
    (
        "Law 91 Art. 20(2): 60 days from the first transfer on 1/7/2026: day 60 is Sun 30/8, moved to Mon 31/8",
        "law91.cross-border.dossier",
        datetime!(2026-07-01 08:00 +07:00),
        datetime!(2026-08-31 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 5(4): deletion within 20 days of 28/1/2026: day 20 is 17/2, Tết, moved past the break to Mon 23/2",
        "d356.subject.delete",
        datetime!(2026-01-28 08:00 +07:00),
        datetime!(2026-02-23 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 5(4): with processors, 30 days from 28/1/2026: day 30 is Fri 27/2",
        "d356.subject.delete.with-processors",
        datetime!(2026-01-28 08:00 +07:00),
        datetime!(2026-02-27 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 5(3): 10 days from Mon 20/4/2026: day 10 is 30/4, then 1/5 and the weekend: Mon 4/5",
        "d356.subject.view-correct-provide",
        datetime!(2026-04-20 08:00 +07:00),
        datetime!(2026-05-04 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 5(2): 15 days from 19/8/2026: day 15 is 3/9, the National Day's adjacent day: Fri 4/9",
        "d356.subject.withdraw-restrict-object",
        datetime!(2026-08-19 08:00 +07:00),
        datetime!(2026-09-04 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 20(2): 10 days from a reorganisation on 22/12/2026: day 10 is Fri 1/1/2027, then the weekend: Mon 4/1/2027",
        "d356.dossier.change-update",
        datetime!(2026-12-22 08:00 +07:00),
        datetime!(2027-01-04 23:59:59 +07:00),
    ),
    (
        "Decree 13 Art. 24(4): 60 days from processing started 1/7/2023: day 60 is Wed 30/8/2023",
        "d13.dpia.submit",
        datetime!(2023-07-01 08:00 +07:00),
        datetime!(2023-08-30 23:59:59 +07:00),
    ),
    (
        "Decree 13 Art. 25(6): 10 days from 25/8/2025: day 10 is Thu 4/9/2025, after the 1/9-2/9 holiday",
        "d13.dossier.complete",
        datetime!(2025-08-25 08:00 +07:00),
        datetime!(2025-09-04 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 12.5(c): 10 days from a complete dossier on 5/2/2026: day 10 is Sun 15/2 in the Tết break: Mon 23/2",
        "d165.cross-border.core.decision",
        datetime!(2026-02-05 08:00 +07:00),
        datetime!(2026-02-23 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 12.5(c): complex, 15 days from 5/2/2026: day 15 is Fri 20/2, a Tết day: Mon 23/2",
        "d165.cross-border.core.decision.complex",
        datetime!(2026-02-05 08:00 +07:00),
        datetime!(2026-02-23 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 12.12: 15 days after an exempt transfer on 11/4/2026: day 15 is Sun 26/4 Giỗ Tổ, Mon 27/4 compensatory: Tue 28/4",
        "d165.cross-border.exempt.dossier",
        datetime!(2026-04-11 08:00 +07:00),
        datetime!(2026-04-28 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 18(5): 15 days from 17/12/2026: day 15 is Fri 1/1/2027: Mon 4/1/2027",
        "d356.agency.assess-dossier",
        datetime!(2026-12-17 08:00 +07:00),
        datetime!(2027-01-04 23:59:59 +07:00),
    ),
    // Months and years: the same day number of the last month, or its last day (Art. 148).
    (
        "Decree 356 Art. 20(1): 6 months from a dossier filed 28/2/2026: Fri 28/8/2026",
        "d356.dossier.periodic-update",
        datetime!(2026-02-28 08:00 +07:00),
        datetime!(2026-08-28 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 19.8: a drill on 31/8/2026, the next within 6 months: 28/2/2027 (no 31st), a Sunday: Mon 1/3/2027",
        "d165.drill.semiannual",
        datetime!(2026-08-31 08:00 +07:00),
        datetime!(2027-03-01 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 17.11: a risk assessment on Tết 17/2/2026, the next by Wed 17/2/2027 (Tết 2027 is 6/2)",
        "d165.risk-assessment.annual",
        datetime!(2026-02-17 08:00 +07:00),
        datetime!(2027-02-17 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 18.5: training on 5/2/2027, the next by 5/2/2028, a Saturday: Mon 7/2/2028",
        "d165.training.annual",
        datetime!(2027-02-05 08:00 +07:00),
        datetime!(2028-02-07 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 17.11: an assessment on 29/2/2028, the next by 28/2/2029 (Wednesday)",
        "d165.risk-assessment.annual",
        datetime!(2028-02-29 08:00 +07:00),
        datetime!(2029-02-28 23:59:59 +07:00),
    ),
    // Before: the latest day, moved back to a working day.
    (
        "Decree 165 Art. 12.6: a dossier 15 days before processing abroad planned Sun 1/3/2026: 14/2 is in the Tết break: Fri 13/2",
        "d165.cross-border.important.dossier",
        datetime!(2026-03-01 08:00 +07:00),
        datetime!(2026-02-13 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 12.6: 15 days before Wed 20/5/2026: Tue 5/5",
        "d165.cross-border.important.dossier",
        datetime!(2026-05-20 08:00 +07:00),
        datetime!(2026-05-05 23:59:59 +07:00),
    ),
];

#[test]
fn hand_worked_scenarios() {
    let r = rules();
    let cal = Calendar::builtin().unwrap();
    for (what, id, event, want) in SCENARIOS {
        let got = r
            .deadline(&cal, Scope::StateAgencies, id, *event)
            .unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(got, *want, "{what}");
        assert_eq!(got.offset(), VN, "{what}: answered in +07:00");
    }
    assert!(SCENARIOS.len() >= 35);
}

/// An event is judged by the regime in force when it happened.
#[test]
fn regimes_apply_to_their_own_period() {
    let r = rules();
    let cal = Calendar::builtin().unwrap();
    let s = Scope::StateAgencies;
    // Law 91 did not exist on 30/12/2025; Decree 13 no longer applies from 1/1/2026 (local).
    let e = r.deadline(
        &cal,
        s,
        "law91.breach.notify-authority",
        datetime!(2025-12-30 09:00 +07:00),
    );
    assert!(
        matches!(&e, Err(RulesError::NotInForce { then, .. }) if then == "`decree-13-2023`"),
        "{e:?}"
    );
    let e = r.deadline(
        &cal,
        s,
        "d13.breach.notify-a05",
        datetime!(2025-12-31 17:30 UTC),
    );
    assert!(
        matches!(&e, Err(RulesError::NotInForce { then, .. }) if then == "`law-91-2025`"),
        "{e:?}"
    );
    let e = r.deadline(
        &cal,
        s,
        "d165.erasure.execute",
        datetime!(2025-06-30 09:00 +07:00),
    );
    assert!(
        matches!(&e, Err(RulesError::NotInForce { then, .. }) if then == "none"),
        "{e:?}"
    );
    assert!(matches!(
        r.deadline(&cal, s, "no.such", datetime!(2026-01-01 0:00 UTC)),
        Err(RulesError::UnknownObligation(_))
    ));
    assert_eq!(
        r.in_force("personal_data", time::macros::date!(2025 - 12 - 31))
            .unwrap()
            .id,
        "decree-13-2023"
    );
    assert_eq!(
        r.in_force("personal_data", time::macros::date!(2026 - 01 - 01))
            .unwrap()
            .id,
        "law-91-2025"
    );
}

#[test]
fn packs_are_checked() {
    let pack = |body: &str| ("x.toml".to_owned(), body.to_owned());
    let base = "id = \"a\"\ntitle = \"A\"\ndomain = \"d\"\nin_force_from = \"2026-01-01\"\n";
    let ok = format!(
        "{base}[[obligation]]\nid = \"a.1\"\ntitle = \"T\"\ntrigger = \"e\"\namount = 3\nunit = \"days\"\nproduces = \"p\"\nlegal_basis = \"Art. 1\"\n"
    );
    assert!(Rules::from_packs([pack(&ok)]).is_ok());
    // A new decree is a new file: no code change.
    let later = ok
        .replace("id = \"a\"", "id = \"b\"")
        .replace("a.1", "b.1")
        .replace("2026-01-01", "2030-01-01");
    let both = ok.replace(
        "in_force_from = \"2026-01-01\"",
        "in_force_from = \"2026-01-01\"\nin_force_until = \"2029-12-31\"",
    );
    let r = Rules::from_packs([pack(&both), pack(&later)]).unwrap();
    assert_eq!(
        r.in_force("d", time::macros::date!(2031 - 01 - 01))
            .unwrap()
            .id,
        "b"
    );
    for bad in [
        ok.replace("unit = \"days\"", "unit = \"fortnights\""),
        ok.replace("amount = 3", "amount = 0"),
        ok.replace("legal_basis = \"Art. 1\"", "legal_basis = \" \""),
        ok.replace("2026-01-01", "2026-13-01"),
        format!("{ok}surprise = 1\n"),
        "not toml at all [".to_owned(),
    ] {
        assert!(Rules::from_packs([pack(&bad)]).is_err(), "{bad}");
    }
    // Overlapping regimes of one domain, and duplicate ids, are refused.
    assert!(
        Rules::from_packs([pack(&ok), pack(&later.replace("2030-01-01", "2028-01-01"))]).is_err()
    );
    assert!(
        Rules::from_packs([
            pack(&ok),
            pack(&ok.replace("domain = \"d\"", "domain = \"e\""))
        ])
        .is_err()
    );
}

#[test]
fn every_builtin_obligation_cites_an_article_and_computes() {
    let r = rules();
    let cal = Calendar::builtin().unwrap();
    let mut n = 0;
    for regime in r.regimes() {
        let event = regime
            .in_force_from
            .with_hms(9, 0, 0)
            .unwrap()
            .assume_offset(VN);
        for o in &regime.obligations {
            assert!(o.legal_basis.contains("Art."), "{}", o.id);
            let due = r
                .deadline(&cal, Scope::StateAgencies, &o.id, event)
                .unwrap();
            match o.direction {
                Direction::After => assert!(due > event, "{}", o.id),
                Direction::Before => assert!(due < event, "{}", o.id),
            }
            n += 1;
        }
    }
    assert!(n >= 30, "{n} obligations");
}
