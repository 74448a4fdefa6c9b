//! The market study as an office uses it: a campaign, interviews refused or kept, the
//! ranking moving with what is entered, a vendor becoming a buyer.

use super::*;
use crate::error::{CoreError, RuleCode};
use crate::market::{MarketInput, MarketKind};
use crate::people::Sex;
use crate::product::Unit;
use crate::store::Store;
use crate::testing::{broken, now, store_with_office};

fn market(store: &mut Store, name: &str, commune: &str) -> String {
    store
        .save_market(
            &MarketInput {
                id: None,
                name: name.into(),
                kind: Some(MarketKind::Commune),
                commune_code: commune.into(),
                village_code: None,
                market_days: String::new(),
                notes: String::new(),
            },
            now(),
        )
        .unwrap()
        .id
}

fn campaign(store: &mut Store) -> (String, String, String) {
    let a = market(store, "ផ្សាររលាប្អៀរ", "040610");
    let b = market(store, "ផ្សារក្រាំងលាវ", "040606");
    let c = store
        .save_campaign(
            &CampaignInput {
                id: None,
                name: "ការសិក្សាទីផ្សារ ២០២៦".into(),
                starts_on: "2026-02-01".into(),
                ends_on: "2026-02-28".into(),
                commune_codes: vec!["040610".into(), "040606".into()],
                team: vec![],
                markets: vec![
                    CampaignMarketInput {
                        market_id: a.clone(),
                        target: Some(3),
                    },
                    CampaignMarketInput {
                        market_id: b.clone(),
                        target: None,
                    },
                ],
                notes: String::new(),
            },
            now(),
        )
        .unwrap();
    (c.id, a, b)
}

fn line(product: &str, quantity: f64, unit: Unit, price: i64) -> InterviewLineInput {
    InterviewLineInput {
        product_id: Some(product.into()),
        quantity: Some(quantity),
        unit: Some(unit),
        per: Some(Per::Day),
        months: (1..=12).collect(),
        peak_months: vec![4],
        grade: String::new(),
        fresh: true,
        safe: false,
        packaging: String::new(),
        buy_price_khr: Some(price),
        sell_price_khr: None,
        source: Some(Source::Vietnam),
        willing: false,
        willing_quantity: None,
        payment: Some(Payment::Cash),
        payment_days: None,
    }
}

fn interview(
    campaign: &str,
    market: &str,
    vendor: &str,
    lines: Vec<InterviewLineInput>,
) -> InterviewInput {
    InterviewInput {
        id: None,
        campaign_id: campaign.into(),
        market_id: Some(market.into()),
        vendor_name: vendor.into(),
        sex: Some(Sex::Female),
        vendor_kind: Some(VendorKind::PermanentVendor),
        phone: "012 345 678".into(),
        interviewer_id: None,
        interviewed_on: "2026-02-10".into(),
        notes: String::new(),
        lines,
        confirmed: false,
    }
}

#[test]
fn a_campaign_counts_interviews_per_market_against_its_targets() {
    let mut store = store_with_office();
    let (c, a, _) = campaign(&mut store);
    store
        .save_interview(
            &interview(
                &c,
                &a,
                "សុខ ស្រីនាង",
                vec![line("seed-cucumber", 20.0, Unit::Kg, 2500)],
            ),
            now(),
        )
        .unwrap();
    let campaign = store.campaign(&c).unwrap();
    assert_eq!(campaign.interviews, 1);
    let progress: Vec<_> = campaign
        .markets
        .iter()
        .map(|m| (m.target, m.done))
        .collect();
    assert_eq!(progress, [(3, 1), (10, 0)], "the default target is 10");
    assert_eq!(campaign.communes.len(), 2);
}

#[test]
fn a_campaign_stays_in_the_district_and_in_time() {
    let mut store = store_with_office();
    let err = store
        .save_campaign(
            &CampaignInput {
                id: None,
                name: "x".into(),
                starts_on: "2026-03-01".into(),
                ends_on: "2026-02-01".into(),
                commune_codes: vec!["040301".into()],
                team: vec!["nobody".into()],
                markets: vec![],
                notes: String::new(),
            },
            now(),
        )
        .unwrap_err();
    assert_eq!(
        broken(&err),
        [
            ("endsOn", RuleCode::EndBeforeStart),
            ("communeCodes", RuleCode::CommuneNotInDistrict),
            ("team", RuleCode::UnknownRecord),
            ("markets", RuleCode::Required),
        ]
    );
}

#[test]
fn bad_interview_lines_are_all_reported_and_nothing_is_written() {
    let mut store = store_with_office();
    let (c, a, b) = campaign(&mut store);
    let mut zero = line("seed-cucumber", 0.0, Unit::Kg, 2500);
    zero.months = vec![];
    let mut bunch = line("seed-tomato", 5.0, Unit::Bunch, 3000);
    bunch.peak_months = vec![13];
    let mut late_peak = line("seed-chili", 2.0, Unit::Kg, 8000);
    late_peak.months = vec![1, 2, 3];
    late_peak.peak_months = vec![6];
    late_peak.buy_price_khr = None;
    let dup = line("seed-cucumber", 3.0, Unit::Kg, 2500);
    let mut input = interview(&c, &b, "", vec![zero, bunch, late_peak, dup]);
    input.interviewed_on = "2026-03-15".into();
    input.sex = None;
    let err = store.save_interview(&input, now()).unwrap_err();
    assert_eq!(
        broken(&err),
        [
            ("vendorName", RuleCode::Required),
            ("sex", RuleCode::Required),
            ("interviewedOn", RuleCode::DateOutsideCampaign),
            ("lines.0.quantity", RuleCode::NotPositive),
            ("lines.0.months", RuleCode::MonthsRequired),
            ("lines.1.unit", RuleCode::UnitNotConvertible),
            ("lines.1.peakMonths", RuleCode::OutOfRange),
            ("lines.2.peakMonths", RuleCode::PeakOutsideMonths),
            ("lines.2.buyPriceKhr", RuleCode::Required),
            ("lines.3.productId", RuleCode::DuplicateProduct),
        ]
    );
    let _ = a;
    assert_eq!(store.campaign(&c).unwrap().interviews, 0);
}

#[test]
fn a_price_far_from_the_usual_asks_to_confirm_then_saves() {
    let mut store = store_with_office();
    let (c, a, _) = campaign(&mut store);
    // 25,000 riel a kilo of cucumber: a typing slip for 2,500, or a very special cucumber.
    let input = interview(
        &c,
        &a,
        "ចាន់ ធីតា",
        vec![line("seed-cucumber", 20.0, Unit::Kg, 25_000)],
    );
    let err = store.save_interview(&input, now()).unwrap_err();
    assert!(matches!(err, CoreError::NeedsConfirmation(_)));
    assert_eq!(
        broken(&err),
        [("lines.0.buyPriceKhr", RuleCode::PriceImplausible)]
    );
    assert_eq!(err.violations()[0].params["max"], "6000");
    assert_eq!(
        store.campaign(&c).unwrap().interviews,
        0,
        "nothing written before confirming"
    );
    let saved = store
        .save_interview(
            &InterviewInput {
                confirmed: true,
                ..input
            },
            now(),
        )
        .unwrap();
    assert_eq!(saved.lines[0].buy_price_khr, Some(25_000));
    // A tonne price is checked against the kilo range times 1,000.
    let tonne = interview(
        &c,
        &a,
        "ហេង ដារា",
        vec![line("seed-cucumber", 1.0, Unit::Tonne, 2_500_000)],
    );
    assert!(store.save_interview(&tonne, now()).is_ok());
}

#[test]
fn the_same_vendor_twice_in_a_campaign_is_refused() {
    let mut store = store_with_office();
    let (c, a, b) = campaign(&mut store);
    let first = interview(
        &c,
        &a,
        "សុខ ស្រីនាង",
        vec![line("seed-cucumber", 20.0, Unit::Kg, 2500)],
    );
    let saved = store.save_interview(&first, now()).unwrap();
    let again = interview(
        &c,
        &a,
        "  សុខ  ស្រីនាង ",
        vec![line("seed-tomato", 5.0, Unit::Kg, 3000)],
    );
    let err = store.save_interview(&again, now()).unwrap_err();
    assert_eq!(broken(&err), [("vendorName", RuleCode::DuplicateVendor)]);
    assert_eq!(err.violations()[0].params["market"], "ផ្សាររលាប្អៀរ");
    // Same name, same phone, another market: the same middleman.
    let elsewhere = InterviewInput {
        market_id: Some(b.clone()),
        ..again.clone()
    };
    assert!(store.save_interview(&elsewhere, now()).is_err());
    // A namesake with another phone at another market is another person.
    let namesake = InterviewInput {
        market_id: Some(b),
        phone: "097 111 2222".into(),
        ..again
    };
    assert!(store.save_interview(&namesake, now()).is_ok());
    // Editing the first interview is not a duplicate of itself.
    let edit = InterviewInput {
        id: Some(saved.id),
        ..first
    };
    assert!(store.save_interview(&edit, now()).is_ok());
}

#[test]
fn entering_an_interview_moves_the_ranking() {
    let mut store = store_with_office();
    let (c, a, _) = campaign(&mut store);
    store
        .save_interview(
            &interview(
                &c,
                &a,
                "ក",
                vec![line("seed-cucumber", 30.0, Unit::Kg, 2500)],
            ),
            now(),
        )
        .unwrap();
    let mut eggs = line("seed-chicken-egg", 10.0, Unit::Dozen, 6600);
    eggs.source = Some(Source::SameDistrict);
    store
        .save_interview(&interview(&c, &a, "ខ", vec![eggs]), now())
        .unwrap();
    let ranked = |store: &Store| -> Vec<String> {
        store
            .campaign_analysis(&c, None)
            .unwrap()
            .products
            .into_iter()
            .map(|p| p.product.id)
            .collect()
    };
    assert_eq!(ranked(&store), ["seed-cucumber", "seed-chicken-egg"]);
    // Three vendors willing to buy eggs from a group, 200 pieces a day each.
    for vendor in ["គ", "ឃ", "ង"] {
        let mut eggs = line("seed-chicken-egg", 200.0, Unit::Piece, 600);
        eggs.source = Some(Source::OtherProvince);
        eggs.willing = true;
        eggs.willing_quantity = Some(100.0);
        store
            .save_interview(&interview(&c, &a, vendor, vec![eggs]), now())
            .unwrap();
    }
    assert_eq!(ranked(&store), ["seed-chicken-egg", "seed-cucumber"]);
    let analysis = store.campaign_analysis(&c, None).unwrap();
    assert_eq!((analysis.interviews, analysis.willing_vendors), (5, 3));
    let eggs = &analysis.products[0];
    assert!((eggs.weekly_quantity - (7.0 * 120.0 + 3.0 * 1400.0)).abs() < 1e-6);
    // Saved weights rank the next analysis (and the printed brief).
    let demand_only = Weights {
        demand: 10,
        gap: 0,
        price: 0,
        willing: 0,
    };
    store.set_campaign_weights(&c, &demand_only, now()).unwrap();
    assert_eq!(
        store.campaign_analysis(&c, None).unwrap().weights,
        demand_only
    );
}

#[test]
fn a_willing_vendor_becomes_a_buyer_once() {
    let mut store = store_with_office();
    let (c, a, _) = campaign(&mut store);
    let mut eggs = line("seed-chicken-egg", 200.0, Unit::Piece, 600);
    eggs.willing = true;
    let mut input = interview(
        &c,
        &a,
        "ម៉ៅ សុផល",
        vec![eggs, line("seed-cucumber", 10.0, Unit::Kg, 2500)],
    );
    input.vendor_kind = Some(VendorKind::Collector);
    let saved = store.save_interview(&input, now()).unwrap();
    let willing = store.willing_vendors(&c).unwrap();
    assert_eq!(willing.len(), 1);
    assert_eq!(
        willing[0].products.len(),
        1,
        "only the products they would buy"
    );
    let buyer = store.buyer_from_interview(&saved.id, now()).unwrap();
    assert_eq!(buyer.name, "ម៉ៅ សុផល");
    assert_eq!(buyer.kind, crate::buyer::BuyerKind::Collector);
    assert_eq!(buyer.products, "ពងមាន់");
    assert_eq!(
        buyer.location_path.last().map(|p| p.code.as_str()),
        Some("040610")
    );
    let again = store.buyer_from_interview(&saved.id, now()).unwrap();
    assert_eq!(again.id, buyer.id);
    assert_eq!(
        store.willing_vendors(&c).unwrap()[0].buyer_id.as_deref(),
        Some(buyer.id.as_str())
    );
    assert_eq!(store.buyers(&Default::default()).unwrap().total, 1);
}

#[test]
fn the_demo_district_has_a_finished_study() {
    let mut store = Store::open_in_memory().unwrap();
    store.load_demo(now()).unwrap();
    let campaigns = store.campaigns(false).unwrap();
    assert_eq!(campaigns.len(), 1);
    let c = &campaigns[0];
    assert_eq!(c.markets.len(), 4);
    assert_eq!(c.interviews, 40);
    let a = store.campaign_analysis(&c.id, None).unwrap();
    assert!(a.products.len() >= 12, "{} products", a.products.len());
    assert!(a.willing_vendors >= 8, "{} willing", a.willing_vendors);
    assert!(
        a.products.iter().any(|p| p.import_share > 0.3),
        "some products come from Vietnam"
    );
    assert_eq!(a.unconverted_lines, 0);
    let linked = store
        .willing_vendors(&c.id)
        .unwrap()
        .iter()
        .filter(|v| v.buyer_id.is_some())
        .count();
    assert_eq!(linked, 2);
}

#[test]
fn a_product_counted_in_kilos_cannot_become_a_product_counted_in_bunches() {
    let mut store = store_with_office();
    let (c, a, _) = campaign(&mut store);
    store
        .save_interview(
            &interview(
                &c,
                &a,
                "ក",
                vec![line("seed-cucumber", 1.0, Unit::Tonne, 2_500_000)],
            ),
            now(),
        )
        .unwrap();
    let cucumber = store.product("seed-cucumber").unwrap();
    let input = crate::product::ProductInput {
        id: Some(cucumber.id.clone()),
        name_km: cucumber.name_km.clone(),
        name_en: cucumber.name_en.clone(),
        category: Some(cucumber.category),
        unit: Some(Unit::Bunch),
        price_min_khr: Some(cucumber.price_min_khr),
        price_max_khr: Some(cucumber.price_max_khr),
    };
    let err = store.save_product(&input, now()).unwrap_err();
    assert_eq!(broken(&err), [("unit", RuleCode::UnitNotConvertible)]);
    assert_eq!(store.product("seed-cucumber").unwrap().unit, Unit::Kg);
}
