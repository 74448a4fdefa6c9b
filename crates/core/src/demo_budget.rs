//! The demo district's budget (step 8): the year's activity plan for its four target
//! communes, the expenditures of the year so far (one commune close to its envelope,
//! one entry corrected by a reversal), and inputs given to the households of the SLGs
//! whose members planned production.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};

use crate::budget::{
    ActivityLine, BudgetPlanCellInput, BudgetPlanInput, DistributionInput, EventKind, EventLink,
    ExpenditureInput,
};
use crate::contract::Currency;
use crate::error::Result;
use crate::household::HouseholdQuery;
use crate::slg::SlgQuery;
use crate::store::Store;

/// Day of the year, activity line, commune, amount, currency (riel at 4,100 or cents),
/// payee, description, voucher.
type Spending = (
    i64,
    ActivityLine,
    &'static str,
    i64,
    Currency,
    &'static str,
    &'static str,
    &'static str,
);

#[rustfmt::skip]
const SPENDING: &[Spending] = &[
    (20, ActivityLine::Dissemination, "040610", 480_000, Currency::Khr, "ភោជនីយដ្ឋាន រលាប្អៀរ", "អាហារ និងភេសជ្ជៈ វគ្គផ្សព្វផ្សាយគោលការណ៍ណែនាំ", "D-001"),
    (21, ActivityLine::Dissemination, "040606", 6_000, Currency::Usd, "បុគ្គលិក ភ្នាក់ងារផ្សព្វផ្សាយឃុំ", "ថ្លៃធ្វើដំណើរ", "D-002"),
    (45, ActivityLine::MarketStudy, "040610", 12_000, Currency::Usd, "ក្រុមសិក្សាទីផ្សារ", "ថ្លៃធ្វើដំណើរ និងស្នាក់នៅ ចុះសិក្សាផ្សារ", "D-003"),
    (46, ActivityLine::MarketStudy, "040606", 410_000, Currency::Khr, "ហាងថតចម្លង សុភា", "បោះពុម្ពទម្រង់សម្ភាសន៍", "D-004"),
    (70, ActivityLine::SlgMeetings, "040608", 8_500, Currency::Usd, "មេក្រុម SLG", "អាហារសម្រន់ កិច្ចប្រជុំ SLG", "D-005"),
    (72, ActivityLine::SlgMeetings, "040612", 7_500, Currency::Usd, "មេក្រុម SLG", "អាហារសម្រន់ កិច្ចប្រជុំ SLG", "D-006"),
    (105, ActivityLine::Forum, "040610", 35_000, Currency::Usd, "សាលប្រជុំស្រុក", "ជួលសាល ម៉ាស៊ីនបញ្ចាំង អាហារ វេទិកា", "D-007"),
    (105, ActivityLine::Forum, "040606", 1_230_000, Currency::Khr, "ភោជនីយដ្ឋាន រលាប្អៀរ", "អាហារថ្ងៃត្រង់ វេទិកា", "D-008"),
    (150, ActivityLine::Extension, "040610", 18_000, Currency::Usd, "មន្ត្រីជំនាញ មន្ទីរកសិកម្ម", "វគ្គបណ្តុះបណ្តាល ការវេចខ្ចប់ និងដឹកជញ្ជូន", "D-009"),
    (151, ActivityLine::Extension, "040612", 9_000, Currency::Usd, "មន្ត្រីជំនាញ មន្ទីរកសិកម្ម", "វគ្គបណ្តុះបណ្តាល កត់ត្រាបញ្ជី", "D-010"),
    (190, ActivityLine::Contracts, "040610", 14_000, Currency::Usd, "ការិយាល័យកសិកម្មស្រុក", "កិច្ចប្រជុំចរចាកិច្ចសន្យា និងបោះពុម្ព", "D-011"),
    (230, ActivityLine::Monitoring, "040610", 6_500, Currency::Usd, "មន្ត្រីតាមដាន", "ចុះតាមដានការប្រគល់កសិផល", "D-012"),
    (231, ActivityLine::Monitoring, "040608", 4_000, Currency::Usd, "មន្ត្រីតាមដាន", "ចុះតាមដានក្រុមផលិត", "D-013"),
];

impl Store {
    pub(crate) fn build_demo_budget(&mut self, now: NaiveDateTime) -> Result<()> {
        let office = self.require_office()?;
        let year = office.fiscal_year;
        let start = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(now.date());
        let today = now.date();
        // The year so far: the plan's days past, and never after today.
        let day = |n: i64| (start + Duration::days(n)).min(today);

        let plan: &[(ActivityLine, [i64; 4])] = &[
            (
                ActivityLine::Dissemination,
                [15_000, 10_000, 10_000, 10_000],
            ),
            (ActivityLine::MarketStudy, [25_000, 15_000, 10_000, 10_000]),
            (ActivityLine::SlgMeetings, [10_000, 15_000, 15_000, 15_000]),
            (ActivityLine::Forum, [30_000, 30_000, 20_000, 20_000]),
            (ActivityLine::Extension, [10_000, 15_000, 20_000, 20_000]),
            (ActivityLine::Contracts, [5_000, 10_000, 15_000, 15_000]),
            (ActivityLine::Monitoring, [5_000, 5_000, 10_000, 10_000]),
        ];
        let communes: Vec<String> = office
            .target_communes
            .iter()
            .map(|c| c.code.clone())
            .collect();
        let mut cells = Vec::new();
        for (line, amounts) in plan {
            for (commune, cents) in communes.iter().zip(amounts) {
                cells.push(BudgetPlanCellInput {
                    commune_code: commune.clone(),
                    line: *line,
                    usd_cents: Some(*cents),
                });
            }
        }
        self.save_budget_plan(
            &BudgetPlanInput {
                cells,
                confirmed: false,
            },
            now,
        )?;

        let study = self.campaigns(false)?.into_iter().next().map(|c| c.id);
        let forum = self.forums(false)?.into_iter().next().map(|f| f.id);
        let mut twice = None;
        for &(n, line, commune, amount, currency, payee, description, voucher) in SPENDING {
            if !communes.iter().any(|c| c == commune) || start + Duration::days(n) > today {
                continue;
            }
            let event = match line {
                ActivityLine::MarketStudy => study.clone().map(|id| EventLink {
                    kind: EventKind::Study,
                    id,
                }),
                ActivityLine::Forum => forum.clone().map(|id| EventLink {
                    kind: EventKind::Forum,
                    id,
                }),
                _ => None,
            };
            let e = self.save_expenditure(
                &ExpenditureInput {
                    spent_on: day(n).to_string(),
                    line: Some(line),
                    commune_code: commune.into(),
                    amount: Some(amount),
                    currency: Some(currency),
                    rate: (currency == Currency::Khr).then_some(4_100),
                    payee: payee.into(),
                    description: description.into(),
                    voucher: voucher.into(),
                    event,
                    over_reason: String::new(),
                    over_by: String::new(),
                    confirmed: false,
                },
                now,
            )?;
            if voucher == "D-008" {
                twice = Some(e.id);
            }
        }
        // The forum lunch was entered twice, and the second entry reversed.
        if let Some(first) = twice {
            let copy = self.expenditure(&first)?;
            let again = self.save_expenditure(
                &ExpenditureInput {
                    spent_on: copy.spent_on.clone(),
                    line: Some(copy.line),
                    commune_code: copy.commune.code.clone(),
                    amount: Some(copy.amount),
                    currency: Some(copy.currency),
                    rate: copy.rate,
                    payee: copy.payee.clone(),
                    description: copy.description.clone(),
                    voucher: copy.voucher.clone(),
                    event: copy.event.clone(),
                    over_reason: String::new(),
                    over_by: String::new(),
                    confirmed: false,
                },
                now,
            )?;
            self.reverse_expenditure(&again.id, "បញ្ចូលស្ទួន វិក្កយបត្រ D-008", now)?;
        }

        // Chicks and feed, or seed and compost, for the households of the SLGs whose
        // members made production plans, until about nine tenths of the envelope.
        let envelope = self.envelopes()?.slg_usd_cents;
        let slgs = self
            .slgs(&SlgQuery {
                page_size: 100,
                ..Default::default()
            })?
            .rows;
        for (k, slg) in slgs.iter().enumerate().take(4) {
            let homes = self
                .households(
                    &HouseholdQuery {
                        slg_id: Some(slg.id.clone()),
                        page_size: 40,
                        ..Default::default()
                    },
                    now,
                )?
                .rows;
            let chickens = slg.name.contains("មាន់");
            let mut given = 0;
            for (i, home) in homes.iter().enumerate() {
                let (item, quantity, unit, cost) = if chickens {
                    ("កូនមាន់ពូជ", 20.0, "ក្បាល", 4_500)
                } else if i % 2 == 0 {
                    ("គ្រាប់ពូជបន្លែ", 2.0, "កញ្ចប់", 12_000)
                } else {
                    ("ជីកំប៉ុស", 50.0, "គ.ក", 1_200)
                };
                let cents = crate::budget::to_usd_cents(
                    crate::production_plan::revenue_khr(
                        crate::production_plan::milli(quantity),
                        cost,
                    ),
                    Currency::Khr,
                    4_100,
                );
                if given + cents > envelope * 9 / 10 {
                    break;
                }
                let on = day(120 + 7 * k as i64);
                if on.year() != year {
                    break;
                }
                self.save_distribution(
                    &DistributionInput {
                        slg_id: slg.id.clone(),
                        household_id: home.id.clone(),
                        given_on: on.to_string(),
                        item: item.into(),
                        quantity: Some(quantity),
                        unit: unit.into(),
                        unit_cost: Some(cost),
                        currency: Some(Currency::Khr),
                        rate: Some(4_100),
                        supplier: if chickens {
                            "ហាងចំណីសត្វ កែវ បូរ៉ា"
                        } else {
                            "ហាងជី និងគ្រាប់ពូជ សុខា"
                        }
                        .into(),
                        over_reason: String::new(),
                        over_by: String::new(),
                        confirmed: false,
                    },
                    now,
                )?;
                given += cents;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::store::Store;
    use crate::testing::now;

    #[test]
    fn the_demo_district_spent_most_of_one_communes_envelope_and_gave_inputs() {
        let mut store = Store::open_in_memory().unwrap();
        store.load_demo(now()).unwrap();
        let b = store.budget_overview(2026).unwrap();
        assert_eq!(b.communes.len(), 4);
        assert_eq!(
            b.planned_cents, b.envelope_cents,
            "the plan uses every envelope"
        );
        let closest = b.communes.iter().map(|c| c.left_cents).min().unwrap();
        assert!(
            (0..=10_000).contains(&closest),
            "one commune close to its envelope: {closest}"
        );
        let journal = store.expenditures(2026, None).unwrap();
        assert_eq!(
            journal.iter().map(|e| e.usd_cents).sum::<i64>(),
            b.spent_cents,
            "reconciles"
        );
        assert_eq!(journal.iter().filter(|e| e.reverses.is_some()).count(), 1);
        assert!(b.distributed_cents > 0);
        assert!(b.slgs.iter().all(|s| s.left_cents >= 0));
        let events = store.budget_events(2026).unwrap();
        for kind in [
            crate::budget::EventKind::Study,
            crate::budget::EventKind::Forum,
            crate::budget::EventKind::Meeting,
        ] {
            assert!(events.iter().any(|e| e.kind == kind), "{kind:?}");
        }
    }
}
