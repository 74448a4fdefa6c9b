//! Contracts on the demo district: the checklist, signing and its refusals, amendments
//! that keep the old text, deliveries and their rules, statuses, and fulfilment.

use chrono::{Duration, NaiveDate};

use super::checklist::checklist;
use super::fulfilment::{DeliveryFacts, Schedule, fulfil};
use super::*;
use crate::buyer::BuyerQuery;
use crate::contract::delivery::DeliveryGradeInput;
use crate::error::RuleCode;
use crate::producer_group::GroupStatus;
use crate::store::Store;
use crate::testing::now;

const CHICKENS_CHEA_ROV: &str = "ក្រុមផលិតមាន់ស្រែ ជារៅ";
const VEG_KRANG_LEAV: &str = "ក្រុមផលិតបន្លែ ក្រាំងលាវ";
const VEG_PRASNEB: &str = "ក្រុមផលិតបន្លែ ប្រស្នឹប";

/// Every violation of a refused input, with its parameters.
fn violations(err: &crate::error::CoreError) -> Vec<crate::error::Violation> {
    err.violations().to_vec()
}

fn demo() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.load_demo(now()).unwrap();
    store
}

fn group(store: &Store, name: &str) -> String {
    store
        .producer_groups(None, true)
        .unwrap()
        .into_iter()
        .find(|g| g.name == name)
        .unwrap()
        .id
}

fn buyer(store: &Store, name: &str) -> String {
    store
        .buyers(&BuyerQuery {
            search: name.into(),
            ..Default::default()
        })
        .unwrap()
        .rows
        .remove(0)
        .id
}

fn date(days_ago: i64) -> String {
    (now().date() - Duration::days(days_ago)).to_string()
}

/// Terms with every item the checklist asks for, from the template.
fn complete_terms(store: &Store, group_ids: &[String], buyer_id: &str) -> ContractTerms {
    let mut t = store.contract_template(group_ids, buyer_id).unwrap();
    t.group_rep.id_number = "040610998877".into();
    t.buyer_rep.id_number = "010200300".into();
    t.buyer_rep.role = "ម្ចាស់ហាង".into();
    t.variety = "ពូជក្នុងស្រុក".into();
    t.total_quantity = Some(1_000.0);
    t.quantity_per_delivery = Some(100.0);
    t.delivery_frequency = Some(DeliveryFrequency::Weekly);
    t.quality_standards = "ស្រស់ ស្អាត".into();
    t.price_mechanism = Some(PriceMechanism::Fixed);
    t.currency = Some(Currency::Khr);
    t.price = Some(2_500);
    t.delivery_schedule = "ថ្ងៃច័ន្ទ".into();
    t.delivery_place = "សាលាឃុំ".into();
    t.packaging = "កញ្ជើ".into();
    t.transport = Some(Transport::Buyer);
    t.payment_method = Some(ContractPayment::Cash);
    t.payment_days = Some(7);
    t.starts_on = date(30);
    t.ends_on = date(-300);
    t.witness_commune = "មេឃុំ".into();
    t
}

fn input(
    group_ids: Vec<String>,
    buyer_id: String,
    product: &str,
    terms: ContractTerms,
) -> ContractInput {
    ContractInput {
        id: None,
        group_ids,
        buyer_id,
        product_id: format!("seed-{product}"),
        terms,
        amendment_reason: String::new(),
    }
}

fn count(store: &Store) -> usize {
    store
        .contracts(&ContractQuery {
            include_archived: true,
            ..Default::default()
        })
        .unwrap()
        .len()
}

fn delivery(contract_id: &str, on: &str, quantity: f64, price: i64) -> DeliveryInput {
    DeliveryInput {
        id: None,
        contract_id: contract_id.into(),
        delivered_on: on.into(),
        grades: vec![DeliveryGradeInput {
            grade: String::new(),
            quantity: Some(quantity),
            price: Some(price),
        }],
        rejected_quantity: None,
        rejected_reason: String::new(),
        paid_amount: None,
        paid_on: String::new(),
        notes: String::new(),
    }
}

/// A signed contract of the formed Chea Rov chicken group for eggs.
fn signed(store: &mut Store) -> Contract {
    let g = vec![group(store, CHICKENS_CHEA_ROV)];
    let b = buyer(store, "ហាងលក់រាយ ស៊ឹម ម៉ាលី");
    let terms = complete_terms(store, &g, &b);
    let c = store
        .save_contract(&input(g, b, "chicken-egg", terms), now())
        .unwrap();
    store.sign_contract(&c.id, &date(31), now()).unwrap()
}

#[test]
fn a_template_draft_lists_what_is_missing_and_a_filled_one_is_complete() {
    let mut store = demo();
    let g = vec![group(&store, CHICKENS_CHEA_ROV)];
    let b = buyer(&store, "ហាងលក់រាយ ស៊ឹម ម៉ាលី");
    let template = store.contract_template(&g, &b).unwrap();
    assert!(
        !template.group_rep.name.is_empty(),
        "the chair's name comes from the committee"
    );
    assert_eq!(template.buyer_rep.name, "ស៊ឹម ម៉ាលី");
    let draft = store
        .save_contract(&input(g.clone(), b.clone(), "chicken-egg", template), now())
        .unwrap();
    assert_eq!(draft.status, ContractStatus::Draft);
    assert!(draft.number.starts_with("0406-2026-"), "{}", draft.number);
    assert!(!draft.complete);
    let missing: Vec<ContractItem> = draft
        .checklist
        .iter()
        .filter(|i| !i.ok)
        .map(|i| i.item)
        .collect();
    for item in [
        ContractItem::Quantity,
        ContractItem::Price,
        ContractItem::Duration,
        ContractItem::Quality,
    ] {
        assert!(missing.contains(&item), "{item:?} missing in {missing:?}");
    }
    for item in [
        ContractItem::Obligations,
        ContractItem::Disputes,
        ContractItem::ForceMajeure,
        ContractItem::Copies,
    ] {
        assert!(!missing.contains(&item), "the template carries {item:?}");
    }
    let parties = draft
        .checklist
        .iter()
        .find(|i| i.item == ContractItem::Parties)
        .unwrap();
    assert!(parties.missing.contains(&"groupRep.idNumber".to_owned()));

    let mut t = complete_terms(&store, &g, &b);
    let filled = store
        .save_contract(
            &ContractInput {
                id: Some(draft.id.clone()),
                ..input(g, b, "chicken-egg", t.clone())
            },
            now(),
        )
        .unwrap();
    assert!(filled.complete, "{:?}", filled.checklist);
    assert_eq!(filled.version, 1, "a draft is rewritten, not versioned");
    assert_eq!(store.contract_versions(&draft.id).unwrap().len(), 1);

    // Support from the buyer needs its repayment terms; a price per grade needs grades.
    t.buyer_support = "កូនមាន់ ២០០ ក្បាល".into();
    t.price_mechanism = Some(PriceMechanism::PerGrade);
    let items = checklist(&t);
    let not_ok: Vec<ContractItem> = items.iter().filter(|i| !i.ok).map(|i| i.item).collect();
    assert_eq!(not_ok, vec![ContractItem::Price, ContractItem::Support]);
    t.repayment_terms = "កាត់ពីប្រាក់ទិញ".into();
    t.grades = vec![ContractGrade {
        grade: "A".into(),
        description: String::new(),
        price: Some(3_000),
    }];
    assert!(checklist(&t).iter().all(|i| i.ok));
}

#[test]
fn bad_terms_are_refused_with_every_reason_and_nothing_is_saved() {
    let mut store = demo();
    let before = count(&store);
    let chickens = group(&store, CHICKENS_CHEA_ROV);
    let b = buyer(&store, "ហាងលក់រាយ ស៊ឹម ម៉ាលី");
    let mut t = complete_terms(&store, std::slice::from_ref(&chickens), &b);
    t.quantity_per_delivery = Some(2_000.0);
    t.price = Some(0);
    t.ends_on = date(60);
    t.grades = vec![
        ContractGrade {
            grade: "A".into(),
            ..Default::default()
        },
        ContractGrade {
            grade: "a".into(),
            ..Default::default()
        },
    ];
    let veg = group(&store, VEG_PRASNEB);
    let err = store
        .save_contract(&input(vec![chickens, veg], b, "chicken-egg", t), now())
        .unwrap_err();
    let v = violations(&err);
    for (field, rule) in [
        ("terms.quantityPerDelivery", RuleCode::ExceedsTotal),
        ("terms.price", RuleCode::NotPositive),
        ("terms.endsOn", RuleCode::EndBeforeStart),
        ("terms.grades.1.grade", RuleCode::DuplicateEntry),
        ("productId", RuleCode::ProductNotInGroup),
        ("groupIds", RuleCode::GroupsNotInOneCluster),
    ] {
        assert!(
            v.iter().any(|x| x.field == field && x.rule == rule),
            "{field} {rule:?} in {v:?}"
        );
    }
    assert_eq!(count(&store), before);
}

#[test]
fn signing_needs_every_item_a_formed_group_and_adopted_bylaws() {
    let mut store = demo();
    // The vegetable group of Prasneb has draft by-laws only.
    let prasneb = vec![group(&store, VEG_PRASNEB)];
    let b = buyer(&store, "ហាងលក់ដុំបន្លែ ផ្សារកំពង់ឆ្នាំង");
    let terms = complete_terms(&store, &prasneb, &b);
    let c = store
        .save_contract(&input(prasneb, b.clone(), "cucumber", terms), now())
        .unwrap();
    let v = violations(&store.sign_contract(&c.id, &date(1), now()).unwrap_err());
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].rule, RuleCode::BylawsNotAdopted);
    assert_eq!(v[0].params["group"], VEG_PRASNEB);

    // Krang Leav adopted its by-laws but three members still lack a plan.
    let krang = vec![group(&store, VEG_KRANG_LEAV)];
    let mut terms = complete_terms(&store, &krang, &b);
    terms.witness_commune.clear();
    let c = store
        .save_contract(&input(krang, b, "cucumber", terms), now())
        .unwrap();
    let err = store.sign_contract(&c.id, &date(-1), now()).unwrap_err();
    let v = violations(&err);
    assert!(v.iter().any(|x| x.rule == RuleCode::GroupNotFormed));
    assert!(
        v.iter()
            .any(|x| x.field == "signedOn" && x.rule == RuleCode::DateInFuture)
    );
    assert!(
        v.iter()
            .any(|x| x.rule == RuleCode::ContractItemMissing && x.params["item"] == "witnesses")
    );
    assert_eq!(
        store.contract(&c.id).unwrap().status,
        ContractStatus::Draft,
        "nothing changed"
    );

    let s = signed(&mut store);
    assert_eq!(s.status, ContractStatus::Signed);
    assert_eq!(s.signed_on.as_deref(), Some(date(31).as_str()));
    assert_eq!(
        s.events.iter().map(|e| e.status).collect::<Vec<_>>(),
        [ContractStatus::Draft, ContractStatus::Signed]
    );
    assert_eq!(s.groups[0].status, GroupStatus::Contracted);
    let again = violations(&store.sign_contract(&s.id, &date(1), now()).unwrap_err());
    assert_eq!(again[0].rule, RuleCode::StatusTransition);
}

#[test]
fn an_amendment_is_a_new_version_with_its_reason_and_the_old_text_is_kept() {
    let mut store = demo();
    let s = signed(&mut store);
    store
        .save_delivery(&delivery(&s.id, &date(20), 300.0, 2_500), now())
        .unwrap();
    let mut amended = ContractInput {
        id: Some(s.id.clone()),
        group_ids: s.groups.iter().map(|g| g.id.clone()).collect(),
        buyer_id: s.buyer.id.clone(),
        product_id: s.product.id.clone(),
        terms: ContractTerms {
            price: Some(2_700),
            total_quantity: Some(250.0),
            ..s.terms.clone()
        },
        amendment_reason: String::new(),
    };
    let v = violations(&store.save_contract(&amended, now()).unwrap_err());
    assert!(
        v.iter()
            .any(|x| x.field == "amendmentReason" && x.rule == RuleCode::ReasonRequired)
    );
    assert!(v.iter().any(|x| x.field == "terms.totalQuantity"
        && x.rule == RuleCode::BelowDelivered
        && x.params["delivered"] == "300"));
    amended.amendment_reason = "តម្លៃទីផ្សារឡើង".into();
    amended.terms.total_quantity = Some(1_200.0);
    amended.terms.quantity_per_delivery = Some(100.0);
    let other_buyer = buyer(&store, "ផ្សារទំនើប ភ្នំពេញ");
    let v = violations(
        &store
            .save_contract(
                &ContractInput {
                    buyer_id: other_buyer,
                    ..amended.clone()
                },
                now(),
            )
            .unwrap_err(),
    );
    assert_eq!(v[0].rule, RuleCode::PartiesFixed);

    let c = store.save_contract(&amended, now()).unwrap();
    assert_eq!(
        (c.version, c.terms.price, c.version_reason.as_str()),
        (2, Some(2_700), "តម្លៃទីផ្សារឡើង")
    );
    assert_eq!(c.status, ContractStatus::Active, "still in force");
    let versions = store.contract_versions(&s.id).unwrap();
    assert_eq!(
        versions.iter().map(|v| v.version).collect::<Vec<_>>(),
        [2, 1]
    );
    assert_eq!(
        versions[1].terms.price,
        Some(2_500),
        "the signed text is kept"
    );
    assert_eq!(
        versions[1].terms.clauses.len(),
        template::REQUIRED_CLAUSES.len()
    );

    // An amendment may not drop an item the law asks for.
    let mut gap = amended.clone();
    gap.terms.clauses.retain(|c| c.clause != "disputes");
    let v = violations(&store.save_contract(&gap, now()).unwrap_err());
    assert!(
        v.iter()
            .any(|x| x.rule == RuleCode::ContractItemMissing && x.params["item"] == "disputes")
    );
    assert_eq!(store.contract(&s.id).unwrap().version, 2);
}

#[test]
fn deliveries_are_checked_priced_in_integers_and_make_the_contract_active() {
    let mut store = demo();
    let s = signed(&mut store);
    let mut bad = delivery(&s.id, &date(40), 0.0, -5);
    bad.rejected_quantity = Some(3.0);
    bad.paid_amount = Some(1_000);
    bad.paid_on = date(45);
    let v = violations(&store.save_delivery(&bad, now()).unwrap_err());
    for (field, rule) in [
        ("deliveredOn", RuleCode::BeforeContractStart),
        ("grades.0.quantity", RuleCode::NotPositive),
        ("grades.0.price", RuleCode::NotPositive),
        ("rejectedReason", RuleCode::ReasonRequired),
        ("paidOn", RuleCode::PaymentBeforeDelivery),
    ] {
        assert!(
            v.iter().any(|x| x.field == field && x.rule == rule),
            "{field} {rule:?} in {v:?}"
        );
    }
    let mut over = delivery(&s.id, &date(10), 10.0, 2_500);
    over.paid_amount = Some(30_000);
    over.paid_on = date(9);
    let v = violations(&store.save_delivery(&over, now()).unwrap_err());
    assert_eq!(
        (v[0].rule, v[0].params["amount"].as_str()),
        (RuleCode::PaidAboveAmount, "25000")
    );
    assert!(store.deliveries(&s.id).unwrap().is_empty(), "nothing saved");
    assert_eq!(
        store.contract(&s.id).unwrap().status,
        ContractStatus::Signed
    );

    let mut good = delivery(&s.id, &date(10), 12.345, 2_501);
    good.grades.push(DeliveryGradeInput {
        grade: "B".into(),
        quantity: Some(0.5),
        price: Some(1_999),
    });
    good.rejected_quantity = Some(1.5);
    good.rejected_reason = "ពងប្រេះ".into();
    let d = store.save_delivery(&good, now()).unwrap();
    // 12.345 × 2,501 = 30,874.845 → 30,875; 0.5 × 1,999 = 999.5 → 1,000.
    assert_eq!(d.amount, 31_875);
    assert_eq!(d.accepted, 12.845);
    assert_eq!(d.due_on, date(3));
    let c = store.contract(&s.id).unwrap();
    assert_eq!(c.status, ContractStatus::Active);
    assert_eq!(c.events.last().map(|e| e.on_date.clone()), Some(date(10)));

    // A grade the contract does not know is refused once the contract lists grades.
    let draft = store
        .contracts(&ContractQuery {
            status: Some(ContractStatus::Draft),
            ..Default::default()
        })
        .unwrap()
        .remove(0);
    let v = violations(
        &store
            .save_delivery(&delivery(&draft.id, &date(1), 5.0, 100), now())
            .unwrap_err(),
    );
    assert_eq!(v[0].rule, RuleCode::ContractNotInForce);
    let graded = store
        .contracts(&ContractQuery::default())
        .unwrap()
        .into_iter()
        .find(|c| c.buyer_name == "ផ្សារទំនើប ភ្នំពេញ")
        .unwrap();
    let mut wrong = delivery(&graded.id, &date(1), 5.0, 100);
    wrong.grades[0].grade = "C".into();
    let v = violations(&store.save_delivery(&wrong, now()).unwrap_err());
    assert_eq!(
        (v[0].rule, v[0].params["grades"].as_str()),
        (RuleCode::UnknownGrade, "A, B")
    );
}

#[test]
fn statuses_move_forward_only_and_a_closed_contract_takes_nothing_more() {
    let mut store = demo();
    let s = signed(&mut store);
    let v = violations(
        &store
            .set_contract_status(&s.id, ContractStatus::Completed, &date(1), "", now())
            .unwrap_err(),
    );
    assert_eq!(v[0].rule, RuleCode::StatusTransition);
    let v = violations(
        &store
            .set_contract_status(&s.id, ContractStatus::Terminated, &date(40), "", now())
            .unwrap_err(),
    );
    assert!(v.iter().any(|x| x.rule == RuleCode::ReasonRequired));
    assert!(v.iter().any(|x| x.rule == RuleCode::BeforeSigning));
    let t = store
        .set_contract_status(
            &s.id,
            ContractStatus::Terminated,
            &date(1),
            "អ្នកទិញបិទហាង",
            now(),
        )
        .unwrap();
    assert_eq!(
        t.events.last().map(|e| (e.status, e.reason.as_str())),
        Some((ContractStatus::Terminated, "អ្នកទិញបិទហាង"))
    );
    assert_eq!(
        t.groups[0].status,
        GroupStatus::Contracted,
        "its other contract is still in force"
    );
    let v = violations(
        &store
            .save_delivery(&delivery(&s.id, &date(1), 5.0, 100), now())
            .unwrap_err(),
    );
    assert_eq!(v[0].rule, RuleCode::ContractNotInForce);
    let v = violations(
        &store
            .save_contract(
                &ContractInput {
                    id: Some(s.id.clone()),
                    group_ids: s.groups.iter().map(|g| g.id.clone()).collect(),
                    buyer_id: s.buyer.id.clone(),
                    product_id: s.product.id.clone(),
                    terms: s.terms.clone(),
                    amendment_reason: "x".into(),
                },
                now(),
            )
            .unwrap_err(),
    );
    assert_eq!(v[0].rule, RuleCode::ContractClosed);
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn the_schedule_never_exceeds_the_total_and_months_end_where_they_end() {
    let weekly = Schedule {
        starts: day("2026-01-05"),
        ends: day("2026-12-31"),
        total_milli: 250_000,
        per_delivery_milli: 100_000,
        frequency: DeliveryFrequency::Weekly,
    };
    assert_eq!(
        weekly.deliveries(),
        [
            (day("2026-01-05"), 100_000),
            (day("2026-01-12"), 100_000),
            (day("2026-01-19"), 50_000)
        ]
    );
    let monthly = Schedule {
        starts: day("2026-01-31"),
        ends: day("2026-04-15"),
        total_milli: 10_000_000,
        per_delivery_milli: 1_000_000,
        frequency: DeliveryFrequency::Monthly,
    };
    let dates: Vec<NaiveDate> = monthly.deliveries().into_iter().map(|(d, _)| d).collect();
    assert_eq!(
        dates,
        [day("2026-01-31"), day("2026-02-28"), day("2026-03-31")],
        "stops at the end date"
    );
}

#[test]
fn fulfilment_flags_a_shortfall_after_the_grace_days_and_unpaid_deliveries_past_due() {
    let schedule = Schedule {
        starts: day("2026-09-01"),
        ends: day("2027-02-28"),
        total_milli: 1_200_000,
        per_delivery_milli: 200_000,
        frequency: DeliveryFrequency::Monthly,
    };
    let facts = |id: &str, on: &str, accepted: i128, amount: i64, paid: i64| DeliveryFacts {
        id: id.into(),
        delivered_on: day(on),
        accepted_milli: accepted,
        rejected_milli: 5_000,
        amount,
        paid,
    };
    let deliveries = [
        facts("d1", "2026-09-02", 200_000, 3_800_000, 3_800_000),
        facts("d2", "2026-10-01", 150_000, 2_850_000, 0),
    ];
    // 3 November: the November delivery is within its grace days; October is short by 50.
    let f = fulfil(
        "c",
        Some(Currency::Khr),
        Some(schedule),
        15,
        true,
        &deliveries,
        day("2026-11-03"),
    );
    assert_eq!(
        (f.due_by_today, f.delivered, f.shortfall),
        (400.0, 350.0, 50.0)
    );
    assert!(f.late_delivery);
    assert_eq!(f.late_since.as_deref(), Some("2026-10-01"));
    // d2 was due 15 days after delivery, on 16 October, and is unpaid.
    assert_eq!(f.late_payments.len(), 1);
    assert_eq!(
        (
            f.late_payments[0].delivery_id.as_str(),
            f.late_payments[0].due_on.as_str()
        ),
        ("d2", "2026-10-16")
    );
    assert_eq!(
        (f.amount, f.paid, f.payable_by_today),
        (6_650_000, 3_800_000, 6_650_000)
    );
    let months: Vec<(&str, f64, f64)> = f
        .months
        .iter()
        .map(|m| (m.month.as_str(), m.scheduled, m.delivered))
        .collect();
    assert_eq!(
        months,
        [
            ("2026-09", 200.0, 200.0),
            ("2026-10", 200.0, 150.0),
            ("2026-11", 200.0, 0.0),
            ("2026-12", 200.0, 0.0),
            ("2027-01", 200.0, 0.0),
            ("2027-02", 200.0, 0.0)
        ]
    );
    assert_eq!(
        f.months.iter().map(|m| m.amount).sum::<i64>(),
        f.amount,
        "months reconcile"
    );
    assert_eq!(f.rejected, 10.0);

    // Past the grace days the November delivery is due too.
    let f = fulfil(
        "c",
        Some(Currency::Khr),
        Some(schedule),
        15,
        true,
        &deliveries,
        day("2026-11-05"),
    );
    assert_eq!((f.due_by_today, f.shortfall), (600.0, 250.0));
    // A terminated contract is not flagged.
    let f = fulfil(
        "c",
        Some(Currency::Khr),
        Some(schedule),
        15,
        false,
        &deliveries,
        day("2026-11-05"),
    );
    assert!(!f.late_delivery && f.late_payments.is_empty());
    // On time and paid: nothing to flag.
    let paid = [
        facts("d1", "2026-09-02", 200_000, 1, 1),
        facts("d2", "2026-10-01", 200_000, 1, 1),
    ];
    let f = fulfil(
        "c",
        None,
        Some(schedule),
        15,
        true,
        &paid,
        day("2026-11-03"),
    );
    assert!(!f.late_delivery && f.late_payments.is_empty() && f.late_since.is_none());
}
