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
    // More: year ends, Tết 2027 by the rules (eve Fri 5/2, Tết Sat 6/2, weekend Tết days
    // compensated Wed 10 and Thu 11), the swapped Saturday, Decree 13 periods.
    (
        "Law 91 Art. 21(1): 60 days from processing started 23/11/2026: day 60 is Fri 22/1/2027",
        "law91.dpia.submit",
        datetime!(2026-11-23 14:00 +07:00),
        datetime!(2027-01-22 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 5(2): from Thu 31/12/2026: Fri 1/1/2027 holiday, weekend, Mon 4/1 (1), Tue 5/1 (2)",
        "d356.subject.respond",
        datetime!(2026-12-31 10:00 +07:00),
        datetime!(2027-01-05 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 5(2): from Thu 4/2/2027: Fri 5/2 eve, 6-9/2 Tết, 10-11/2 compensatory, Fri 12 (1), Mon 15 (2)",
        "d356.subject.respond",
        datetime!(2027-02-04 10:00 +07:00),
        datetime!(2027-02-15 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 23.4(c): from Mon 9/2/2026: Tue 10 (1), Wed 11 (2), Thu 12 (3)",
        "d165.exploitation.decide",
        datetime!(2026-02-09 10:00 +07:00),
        datetime!(2026-02-12 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 23.4(c): from Thu 12/2/2026: Fri 13 (1), the Tết break 14-22, Mon 23 (2), Tue 24 (3)",
        "d165.exploitation.decide",
        datetime!(2026-02-12 10:00 +07:00),
        datetime!(2026-02-24 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 5(3): from Fri 9/1/2026 for a state agency: Sat 10 is worked (1), Mon 12 (2)",
        "d356.subject.respond",
        datetime!(2026-01-09 10:00 +07:00),
        datetime!(2026-01-12 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 5(2): 15 days from 15/4/2026: day 15 is 30/4, then 1/5 and the weekend: Mon 4/5",
        "d356.subject.withdraw-restrict-object",
        datetime!(2026-04-15 10:00 +07:00),
        datetime!(2026-05-04 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 5(5): 15 days from 1/6/2026: Tue 16/6",
        "d356.subject.protective-measures",
        datetime!(2026-06-01 10:00 +07:00),
        datetime!(2026-06-16 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 5(4): 20 days from 13/8/2026: day 20 is 2/9, then 3/9: Fri 4/9",
        "d356.subject.delete",
        datetime!(2026-08-13 10:00 +07:00),
        datetime!(2026-09-04 23:59:59 +07:00),
    ),
    (
        "Law 91 Art. 20(2): a first transfer on Tết 17/2/2026, 60 days: day 60 is Sat 18/4: Mon 20/4",
        "law91.cross-border.dossier",
        datetime!(2026-02-17 10:00 +07:00),
        datetime!(2026-04-20 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 20(2): 10 days from 16/4/2026: day 10 is Sun 26/4 Giỗ Tổ, Mon 27 compensatory: Tue 28/4",
        "d356.dossier.change-update",
        datetime!(2026-04-16 10:00 +07:00),
        datetime!(2026-04-28 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 20(1): 6 months from 31/3/2026: Wed 30/9/2026 (no 31st)",
        "d356.dossier.periodic-update",
        datetime!(2026-03-31 10:00 +07:00),
        datetime!(2026-09-30 23:59:59 +07:00),
    ),
    (
        "Law 91 Art. 23(1): 72 h from discovery on New Year's Eve 31/12/2026 20:00 end Sun 3/1/2027 20:00",
        "law91.breach.notify-authority",
        datetime!(2026-12-31 20:00 +07:00),
        datetime!(2027-01-03 20:00 +07:00),
    ),
    (
        "Decree 13 Art. 23(1): 72 h from an occurrence on the Tết eve 9/2/2024 18:00 end 12/2/2024 18:00",
        "d13.breach.notify-a05",
        datetime!(2024-02-09 18:00 +07:00),
        datetime!(2024-02-12 18:00 +07:00),
    ),
    (
        "Decree 13 Art. 9(8)(b): an objection received 29/4/2025 08:00, 72 h: 2/5/2025 08:00",
        "d13.subject.object",
        datetime!(2025-04-29 08:00 +07:00),
        datetime!(2025-05-02 08:00 +07:00),
    ),
    (
        "Decree 13 Art. 25(6): 10 days from 10/10/2023: Fri 20/10/2023",
        "d13.dossier.complete",
        datetime!(2023-10-10 10:00 +07:00),
        datetime!(2023-10-20 23:59:59 +07:00),
    ),
    (
        "Decree 13 Art. 25(3): 60 days from 1/8/2023: day 60 is Sat 30/9/2023: Mon 2/10/2023",
        "d13.cross-border.dossier",
        datetime!(2023-08-01 10:00 +07:00),
        datetime!(2023-10-02 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 13.1(b): 72 h from 23:59 on the Tết eve 16/2/2026: 19/2 23:59",
        "d165.erasure.execute",
        datetime!(2026-02-16 23:59 +07:00),
        datetime!(2026-02-19 23:59 +07:00),
    ),
    (
        "Decree 165 Art. 12.5(c): 10 days from 24/8/2026: day 10 is 3/9, off: Fri 4/9",
        "d165.cross-border.core.decision",
        datetime!(2026-08-24 10:00 +07:00),
        datetime!(2026-09-04 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 12.12: 15 days from 20/12/2026: Mon 4/1/2027",
        "d165.cross-border.exempt.dossier",
        datetime!(2026-12-20 10:00 +07:00),
        datetime!(2027-01-04 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 19.8: a drill on 23/2/2026, the next within 6 months: Sun 23/8: Mon 24/8",
        "d165.drill.semiannual",
        datetime!(2026-02-23 10:00 +07:00),
        datetime!(2026-08-24 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 18.5: training on 30/4/2026, the next by 30/4/2027: a holiday, then Sat 1/5 and its compensatory Mon 3/5: Tue 4/5/2027",
        "d165.training.annual",
        datetime!(2026-04-30 10:00 +07:00),
        datetime!(2027-05-04 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 12.6: 15 days before Wed 16/9/2026: Tue 1/9",
        "d165.cross-border.important.dossier",
        datetime!(2026-09-16 10:00 +07:00),
        datetime!(2026-09-01 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 12.6: 15 days before Fri 18/9/2026: 3/9 and 2/9 are off: back to Tue 1/9",
        "d165.cross-border.important.dossier",
        datetime!(2026-09-18 10:00 +07:00),
        datetime!(2026-09-01 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 23.4(c): from Wed 29/4/2026: 30/4, 1/5, weekend, Mon 4/5 (1), Tue 5 (2), Wed 6 (3)",
        "d165.exploitation.decide",
        datetime!(2026-04-29 10:00 +07:00),
        datetime!(2026-05-06 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 5(2): received Sun 22/2/2026, the last day of the Tết break: Mon 23 (1), Tue 24 (2)",
        "d356.subject.respond",
        datetime!(2026-02-22 10:00 +07:00),
        datetime!(2026-02-24 23:59:59 +07:00),
    ),
    // The supervising authority's clocks on the dossiers units send it (`dossier_review`):
    // calendar days, so a last day in the Tết break of 2027 (Fri 5/2 to Thu 11/2) moves to Fri 12/2.
    (
        "Decree 165 Art. 12.5(c): core data, complete and valid Mon 6/7/2026: evaluated within 10 days, Thu 16/7",
        "d165.cross-border.core.decision",
        datetime!(2026-07-06 10:00 +07:00),
        datetime!(2026-07-16 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 12.5(c): complete Wed 27/1/2027: day 10 is Sat 6/2, Tết 2027: Fri 12/2",
        "d165.cross-border.core.decision",
        datetime!(2027-01-27 10:00 +07:00),
        datetime!(2027-02-12 23:59:59 +07:00),
    ),
    (
        "Decree 165 Art. 12.5(c): complex, 15 days from Wed 27/1/2027: day 15 is Thu 11/2, compensatory for Tết: Fri 12/2",
        "d165.cross-border.core.decision.complex",
        datetime!(2027-01-27 10:00 +07:00),
        datetime!(2027-02-12 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 18(5): a cross-border dossier received Mon 2/3/2026, result within 15 days: Tue 17/3",
        "d356.agency.assess-dossier",
        datetime!(2026-03-02 09:00 +07:00),
        datetime!(2026-03-17 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 19(5): a DPIA dossier received Fri 22/1/2027: day 15 is Sat 6/2, Tết 2027: Fri 12/2",
        "d356.agency.assess-dossier",
        datetime!(2027-01-22 09:00 +07:00),
        datetime!(2027-02-12 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 18(6): completion asked Tue 3/3/2026, the sender's 30 days: Thu 2/4",
        "d356.dossier.complete",
        datetime!(2026-03-03 09:00 +07:00),
        datetime!(2026-04-02 23:59:59 +07:00),
    ),
    (
        "Decree 356 Art. 19(6): completion asked Mon 11/1/2027: day 30 is Wed 10/2, compensatory for Tết: Fri 12/2",
        "d356.dossier.complete",
        datetime!(2027-01-11 09:00 +07:00),
        datetime!(2027-02-12 23:59:59 +07:00),
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
    assert!(SCENARIOS.len() >= 60, "{} scenarios", SCENARIOS.len());
}

/// The Government's swaps bind state agencies, not every employer (Decree 356 Art. 5 for a
/// private controller, on the default Monday-Friday week).
#[test]
fn scope_decides_whether_a_swapped_saturday_counts() {
    let r = rules();
    let cal = Calendar::builtin().unwrap();
    let event = datetime!(2026-01-09 10:00 +07:00);
    let state = r
        .deadline(&cal, Scope::StateAgencies, "d356.subject.respond", event)
        .unwrap();
    let all = r
        .deadline(&cal, Scope::All, "d356.subject.respond", event)
        .unwrap();
    assert_eq!(
        state,
        datetime!(2026-01-12 23:59:59 +07:00),
        "Sat 10 (1), Mon 12 (2)"
    );
    assert_eq!(
        all,
        datetime!(2026-01-13 23:59:59 +07:00),
        "Mon 12 (1), Tue 13 (2)"
    );
    // And the swapped Friday 2/1 is a working day for them: 3 working days from Wed 31/12/2025.
    let all = r
        .deadline(
            &cal,
            Scope::All,
            "d165.exploitation.decide",
            datetime!(2025-12-31 09:00 +07:00),
        )
        .unwrap();
    assert_eq!(
        all,
        datetime!(2026-01-06 23:59:59 +07:00),
        "Fri 2 (1), Mon 5 (2), Tue 6 (3)"
    );
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
                Direction::After if o.amount == 0 => assert_eq!(due, event, "{}", o.id),
                Direction::After => assert!(due > event, "{}", o.id),
                Direction::Before => assert!(due <= event, "{}", o.id),
            }
            n += 1;
        }
    }
    assert!(n >= 30, "{n} obligations");
}

/// Decree 165/2025 Art. 12.5: a transfer of core data starts only once the Ministry approved
/// it; other transfers may start at once.
#[test]
fn a_core_data_transfer_starts_only_once_approved() {
    use crate::cases::{CaseError, Workflows};
    let rules = Rules::builtin().unwrap();
    let w = Workflows::builtin(&rules).unwrap();
    let t = w.get("cross_border_transfer").unwrap();
    let core: std::collections::BTreeMap<String, String> =
        [("data_level".to_owned(), "core".to_owned())].into();
    let personal: std::collections::BTreeMap<String, String> =
        [("data_level".to_owned(), "personal".to_owned())].into();
    for state in ["planned", "dossier_filed"] {
        assert!(
            matches!(
                t.apply_to(state, "start_transfer", &core),
                Err(CaseError::Restricted { .. })
            ),
            "{state}"
        );
        assert_eq!(
            t.apply_to(state, "start_transfer", &personal),
            Ok("transferring")
        );
    }
    assert_eq!(
        t.apply_to("approved", "start_transfer", &core),
        Ok("transferring")
    );
    // Without the field, as before.
    assert_eq!(t.apply("planned", "start_transfer"), Ok("transferring"));
}
