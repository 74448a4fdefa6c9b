//! The budget of Rolea B'ier: rates and rounding, the rules of an expenditure, the
//! envelope that needs a reason to exceed, reversals, the SLG envelopes and totals
//! that reconcile to the cent.

use super::*;
use crate::error::{CoreError, ErrorCode};
use crate::household::HouseholdQuery;
use crate::slg::SlgQuery;
use crate::testing::{broken, now, store_with_office};

fn spend(
    commune: &str,
    line: ActivityLine,
    amount: i64,
    currency: Currency,
    rate: Option<i64>,
) -> ExpenditureInput {
    ExpenditureInput {
        spent_on: "2026-05-12".into(),
        line: Some(line),
        commune_code: commune.into(),
        amount: Some(amount),
        currency: Some(currency),
        rate,
        payee: "ហាងលក់សម្ភារៈ សុខា".into(),
        description: "ស្នាក់នៅ និងអាហារ".into(),
        voucher: "V-0012".into(),
        event: None,
        over_reason: String::new(),
        over_by: String::new(),
        confirmed: false,
    }
}

const KAMPONG: &str = "040610";

#[test]
fn riel_become_cents_at_the_recorded_rate_rounded_half_away_from_zero() {
    assert_eq!(to_usd_cents(41_000, Currency::Khr, 4_100), 1_000);
    // 4,150 riel at 4,100 = 1.0122 dollars → 101 cents; 4,120 riel at 4,000 = 103 cents.
    assert_eq!(to_usd_cents(4_150, Currency::Khr, 4_100), 101);
    assert_eq!(to_usd_cents(4_120, Currency::Khr, 4_000), 103);
    // Exactly half a cent rounds away from zero, both ways, so a reversal cancels.
    assert_eq!(to_usd_cents(20, Currency::Khr, 4_000), 1);
    assert_eq!(to_usd_cents(-20, Currency::Khr, 4_000), -1);
    assert_eq!(to_usd_cents(12_345, Currency::Usd, 4_100), 12_345);
    assert_eq!(dollars(123_456), "1234.56");
    assert_eq!(dollars(-5), "-0.05");
}

#[test]
fn a_bad_expenditure_is_refused_with_every_reason_and_nothing_is_written() {
    let mut store = store_with_office();
    let mut bad = spend("040101", ActivityLine::Forum, 0, Currency::Khr, None);
    bad.spent_on = "2025-12-30".into();
    bad.payee.clear();
    bad.event = Some(EventLink {
        kind: EventKind::Forum,
        id: "no-such-forum".into(),
    });
    let err = store.save_expenditure(&bad, now()).unwrap_err();
    let v = broken(&err);
    for expected in [
        ("spentOn", RuleCode::DateOutsideFiscalYear),
        ("communeCode", RuleCode::NotATargetCommune),
        ("amount", RuleCode::NotPositive),
        ("rate", RuleCode::Required),
        ("payee", RuleCode::Required),
        ("event", RuleCode::UnknownRecord),
    ] {
        assert!(v.contains(&expected), "{expected:?} in {v:?}");
    }
    let mut future = spend(KAMPONG, ActivityLine::Forum, 1_000, Currency::Usd, None);
    future.spent_on = "2026-12-01".into();
    assert_eq!(
        broken(&store.save_expenditure(&future, now()).unwrap_err()),
        [("spentOn", RuleCode::DateInFuture)]
    );
    assert!(store.expenditures(2026, None).unwrap().is_empty());
}

#[test]
fn a_rate_far_from_the_usual_asks_before_it_is_saved() {
    let mut store = store_with_office();
    let mut input = spend(
        KAMPONG,
        ActivityLine::MarketStudy,
        410_000,
        Currency::Khr,
        Some(3_500),
    );
    let err = store.save_expenditure(&input, now()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NeedsConfirmation);
    assert_eq!(broken(&err), [("rate", RuleCode::RateUnusual)]);
    assert!(store.expenditures(2026, None).unwrap().is_empty());
    input.confirmed = true;
    let e = store.save_expenditure(&input, now()).unwrap();
    // 410,000 riel at 3,500 = 117.142… dollars.
    assert_eq!(
        (e.amount, e.rate, e.usd_cents),
        (410_000, Some(3_500), 11_714)
    );
    let absurd = spend(
        KAMPONG,
        ActivityLine::MarketStudy,
        410_000,
        Currency::Khr,
        Some(41),
    );
    assert_eq!(
        broken(&store.save_expenditure(&absurd, now()).unwrap_err()),
        [("rate", RuleCode::OutOfRange)]
    );
}

#[test]
fn spending_beyond_the_envelope_needs_a_reason_and_who_allowed_it() {
    let mut store = store_with_office();
    store
        .save_expenditure(
            &spend(KAMPONG, ActivityLine::Forum, 90_000, Currency::Usd, None),
            now(),
        )
        .unwrap();
    let over = spend(
        KAMPONG,
        ActivityLine::Contracts,
        820_000,
        Currency::Khr,
        Some(4_100),
    );
    let err = store.save_expenditure(&over, now()).unwrap_err();
    let CoreError::Invalid(v) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        (v[0].field.as_str(), v[0].rule),
        ("overReason", RuleCode::OverEnvelope)
    );
    assert_eq!(
        (v[0].params["left"].as_str(), v[0].params["amount"].as_str()),
        ("100.00", "200.00")
    );
    let mut half = over.clone();
    half.over_reason = "វេទិកាបន្ថែមតាមសំណើខេត្ត".into();
    assert_eq!(
        broken(&store.save_expenditure(&half, now()).unwrap_err())[0].1,
        RuleCode::OverEnvelope
    );
    half.over_by = "ប្រធានការិយាល័យ".into();
    let e = store.save_expenditure(&half, now()).unwrap();
    assert_eq!((e.usd_cents, e.over_by.as_str()), (20_000, "ប្រធានការិយាល័យ"));
    // Another commune's envelope is untouched.
    store
        .save_expenditure(
            &spend("040606", ActivityLine::Forum, 10_000, Currency::Usd, None),
            now(),
        )
        .unwrap();

    let overview = store.budget_overview(2026).unwrap();
    let kampong = overview
        .communes
        .iter()
        .find(|c| c.commune.code == KAMPONG)
        .unwrap();
    assert_eq!(
        (kampong.spent_cents, kampong.left_cents),
        (110_000, -10_000)
    );
    let line = |l: ActivityLine| {
        kampong
            .lines
            .iter()
            .find(|x| x.line == l)
            .unwrap()
            .spent_cents
    };
    assert_eq!(
        (line(ActivityLine::Forum), line(ActivityLine::Contracts)),
        (90_000, 20_000)
    );
    assert_eq!(overview.envelope_cents, 4 * COMMUNE_ENVELOPE_DEFAULT);
    assert_eq!(overview.spent_cents, 120_000);
}

#[test]
fn a_correction_is_a_reversing_entry_made_once() {
    let mut store = store_with_office();
    let e = store
        .save_expenditure(
            &spend(
                KAMPONG,
                ActivityLine::Forum,
                123_457,
                Currency::Khr,
                Some(4_100),
            ),
            now(),
        )
        .unwrap();
    assert_eq!(
        broken(&store.reverse_expenditure(&e.id, " ", now()).unwrap_err()),
        [("reason", RuleCode::ReasonRequired)]
    );
    let r = store.reverse_expenditure(&e.id, "វិក្កយបត្រស្ទួន", now()).unwrap();
    assert_eq!(
        (r.amount, r.usd_cents, r.reverses.as_deref()),
        (-123_457, -e.usd_cents, Some(e.id.as_str()))
    );
    assert_eq!(
        store.expenditure(&e.id).unwrap().reversed_by.as_deref(),
        Some(r.id.as_str())
    );
    assert_eq!(
        store.budget_overview(2026).unwrap().spent_cents,
        0,
        "reconciles to the cent"
    );
    assert_eq!(
        store.expenditures(2026, None).unwrap().len(),
        2,
        "the history stays"
    );
    for id in [&e.id, &r.id] {
        assert_eq!(
            broken(&store.reverse_expenditure(id, "again", now()).unwrap_err()),
            [("id", RuleCode::AlreadyReversed)]
        );
    }
}

#[test]
fn the_plan_stays_in_target_communes_and_asks_beyond_the_envelope() {
    let mut store = store_with_office();
    let cell = |commune: &str, line, cents| BudgetPlanCellInput {
        commune_code: commune.into(),
        line,
        usd_cents: Some(cents),
    };
    let mut input = BudgetPlanInput {
        cells: vec![
            cell(KAMPONG, ActivityLine::Forum, 60_000),
            cell(KAMPONG, ActivityLine::MarketStudy, 50_000),
            cell("040101", ActivityLine::Forum, 1_000),
        ],
        confirmed: false,
    };
    assert_eq!(
        broken(&store.save_budget_plan(&input, now()).unwrap_err()),
        [
            ("cells.2.communeCode", RuleCode::NotATargetCommune),
            ("communes.040610", RuleCode::OverEnvelope)
        ]
    );
    input.cells.pop();
    let err = store.save_budget_plan(&input, now()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NeedsConfirmation);
    input.confirmed = true;
    assert_eq!(store.save_budget_plan(&input, now()).unwrap().len(), 2);
    let overview = store.budget_overview(2026).unwrap();
    assert_eq!(overview.planned_cents, 110_000);
}

#[test]
fn inputs_go_to_households_of_the_slg_and_draw_on_its_envelope() {
    let mut store = Store::open_in_memory().unwrap();
    store.load_demo(now()).unwrap();
    let slgs = store.slgs(&SlgQuery::default()).unwrap().rows;
    let (slg, other) = (&slgs[0], &slgs[1]);
    let households = |store: &Store, slg: &str| {
        store
            .households(
                &HouseholdQuery {
                    slg_id: Some(slg.into()),
                    page_size: 5,
                    ..Default::default()
                },
                now(),
            )
            .unwrap()
            .rows
    };
    let home = households(&store, &slg.id).remove(0);
    let stranger = households(&store, &other.id).remove(0);
    let left = store.slg_left(2026, &slg.id).unwrap();
    let give = |household: &str, quantity: f64, unit_cost: i64| DistributionInput {
        slg_id: slg.id.clone(),
        household_id: household.into(),
        given_on: "2026-06-02".into(),
        item: "កូនមាន់".into(),
        quantity: Some(quantity),
        unit: "ក្បាល".into(),
        unit_cost: Some(unit_cost),
        currency: Some(Currency::Khr),
        rate: Some(4_100),
        supplier: "ហាងចំណីសត្វ កែវ បូរ៉ា".into(),
        over_reason: String::new(),
        over_by: String::new(),
        confirmed: false,
    };
    assert_eq!(
        broken(
            &store
                .save_distribution(&give(&stranger.id, 10.0, 5_000), now())
                .unwrap_err()
        ),
        [("householdId", RuleCode::NotInSlg)]
    );
    assert_eq!(
        broken(
            &store
                .save_distribution(&give(&home.id, 0.0, 5_000), now())
                .unwrap_err()
        ),
        [("quantity", RuleCode::NotPositive)]
    );
    let d = store
        .save_distribution(&give(&home.id, 25.0, 4_900), now())
        .unwrap();
    // 25 × 4,900 = 122,500 riel = 29.878… dollars.
    assert_eq!((d.amount, d.usd_cents), (122_500, 2_988));
    assert_eq!(store.slg_left(2026, &slg.id).unwrap(), left - 2_988);
    // What is left, and a little more, needs a reason.
    let too_much = give(&home.id, 1.0, (left - 2_988 + 1) * 41);
    assert_eq!(
        broken(&store.save_distribution(&too_much, now()).unwrap_err())[0].1,
        RuleCode::OverEnvelope
    );
    let r = store
        .reverse_distribution(&d.id, "ផ្តល់ខុសគ្រួសារ", now())
        .unwrap();
    assert_eq!(
        (r.quantity, r.usd_cents, r.note.as_str()),
        (-25.0, -2_988, "ផ្តល់ខុសគ្រួសារ")
    );
    assert_eq!(store.slg_left(2026, &slg.id).unwrap(), left);
    let envelopes = store.slg_envelopes(2026, "0406").unwrap();
    let mine = envelopes.iter().find(|e| e.slg_id == slg.id).unwrap();
    assert_eq!(mine.left_cents, left);
    assert!(
        envelopes.iter().any(|e| e.planned_cents > 0),
        "the demo's plans ask for inputs"
    );
}
