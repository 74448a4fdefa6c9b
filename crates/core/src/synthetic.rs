//! A synthetic national-size register (every commune of the gazetteer, Khmer names)
//! for the benchmarks: the shapes the screens and exports must stay fast with.
//! Deterministic for a seed. Not for an office's database.

use std::collections::HashSet;

use crate::demo_names::{FAMILY, FEMALE, MALE};
use crate::error::Result;
use crate::household::HouseholdInput;
use crate::people::{IdPoor, Sex};
use crate::slg::SlgInput;
use crate::store::Store;

/// `count` SLGs spread over every commune that has villages, each in one of its
/// villages.
pub fn slgs(store: &Store, count: usize, seed: u64) -> Result<Vec<SlgInput>> {
    let mut communes = Vec::new();
    for p in store.provinces()? {
        for d in store.districts(&p.code)? {
            for c in store.communes(&d.code)? {
                let villages = store.villages(&c.code)?;
                if !villages.is_empty() {
                    communes.push((c.code, villages));
                }
            }
        }
    }
    let mut rng = fastrand::Rng::with_seed(seed);
    Ok((0..count)
        .map(|i| {
            let (commune, villages) = &communes[i % communes.len()];
            SlgInput {
                id: None,
                name: format!("ក្រុមកសិករ {i}"),
                commune_code: commune.clone(),
                village_code: Some(villages[rng.usize(..villages.len())].code.clone()),
                cew_id: None,
                formed_on: Some("2025-03-01".into()),
            }
        })
        .collect())
}

/// `per_slg` member households for each imported SLG (`ids` in the order of `slgs`).
/// A second head with the same name and birth year in a village would be refused as a
/// likely duplicate, so such draws are drawn again.
pub fn households(
    slgs: &[SlgInput],
    ids: &[String],
    per_slg: usize,
    seed: u64,
) -> Vec<(HouseholdInput, Option<String>)> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut seen = HashSet::new();
    let mut rows = Vec::with_capacity(slgs.len() * per_slg);
    for (slg, id) in slgs.iter().zip(ids) {
        let village = slg.village_code.clone().unwrap_or_default();
        for k in 0..per_slg {
            let (sex, family, given) = loop {
                let sex = if rng.bool() { Sex::Female } else { Sex::Male };
                let family = FAMILY[rng.usize(..FAMILY.len())];
                let names = if sex == Sex::Female { FEMALE } else { MALE };
                let given = names[rng.usize(..names.len())];
                if seen.insert((village.clone(), family.0, given.0, k)) {
                    break (sex, family, given);
                }
            };
            let size = rng.i32(1..10);
            rows.push((
                HouseholdInput {
                    id: None,
                    head_name_km: format!("{} {}", family.0, given.0),
                    head_name_latin: format!("{} {}", family.1, given.1),
                    sex: Some(sex),
                    birth_year: Some(1950 + k as i32 % 60),
                    size: Some(size),
                    women: Some(rng.i32(0..=size)),
                    village_code: village.clone(),
                    phone: format!("0{}{:07}", rng.u32(10..99), rng.u32(0..10_000_000)),
                    id_card: if k % 3 == 0 {
                        format!("{:09}", rng.u32(0..1_000_000_000))
                    } else {
                        String::new()
                    },
                    id_poor: [IdPoor::None, IdPoor::None, IdPoor::Level1, IdPoor::Level2]
                        [rng.usize(..4)],
                    indigenous: rng.u32(0..20) == 0,
                },
                Some(id.clone()),
            ));
        }
    }
    rows
}

/// A national-size market study in the office's district: `markets` markets across the
/// country, one campaign covering them, `interviews` interviews of `lines` products each
/// (units and prices within the catalogue's ranges), entered through the same rules as
/// typed-in interviews, in one transaction. Returns the campaign's id.
pub fn market_study(
    store: &mut Store,
    markets: usize,
    interviews: usize,
    lines: usize,
    seed: u64,
    now: chrono::NaiveDateTime,
) -> Result<String> {
    use crate::market::{MarketInput, MarketKind};
    use crate::study::{
        CampaignInput, CampaignMarketInput, InterviewInput, InterviewLineInput, Payment, Per,
        Source, VendorKind,
    };
    let office = store.require_office()?;
    let communes: Vec<String> = store
        .provinces()?
        .iter()
        .flat_map(|p| store.districts(&p.code).unwrap_or_default())
        .flat_map(|d| store.communes(&d.code).unwrap_or_default())
        .map(|c| c.code)
        .collect();
    let products = store.products(false)?;
    let mut rng = fastrand::Rng::with_seed(seed);
    store.atomically(|store| {
        let mut market_ids = Vec::new();
        for i in 0..markets {
            let m = store.save_market(
                &MarketInput {
                    id: None,
                    name: format!("ផ្សារ {i}"),
                    kind: Some(MarketKind::ALL[i % MarketKind::ALL.len()]),
                    commune_code: communes[(i * 7) % communes.len()].clone(),
                    village_code: None,
                    market_days: String::new(),
                    notes: String::new(),
                },
                now,
            )?;
            market_ids.push(m.id);
        }
        let per_market = interviews.div_ceil(markets.max(1)) as u32;
        let campaign = store.save_campaign(
            &CampaignInput {
                id: None,
                name: "ការសិក្សាទីផ្សារថ្នាក់ជាតិ".into(),
                starts_on: "2026-01-01".into(),
                ends_on: "2026-12-31".into(),
                commune_codes: office
                    .target_communes
                    .iter()
                    .map(|c| c.code.clone())
                    .collect(),
                team: Vec::new(),
                markets: market_ids
                    .iter()
                    .map(|m| CampaignMarketInput {
                        market_id: m.clone(),
                        target: Some(per_market),
                    })
                    .collect(),
                notes: String::new(),
            },
            now,
        )?;
        for i in 0..interviews {
            let mut picks: Vec<usize> = (0..products.len()).collect();
            rng.shuffle(&mut picks);
            let lines = picks[..lines.min(products.len())]
                .iter()
                .map(|&p| {
                    let product = &products[p];
                    let span = (product.price_max_khr - product.price_min_khr).max(1);
                    let willing = rng.u32(0..4) == 0;
                    InterviewLineInput {
                        product_id: Some(product.id.clone()),
                        quantity: Some(f64::from(1 + rng.u32(0..100))),
                        unit: Some(product.unit),
                        per: Some([Per::Day, Per::Week, Per::Month][rng.usize(0..3)]),
                        months: (1..=12).filter(|_| rng.u32(0..4) > 0).collect::<Vec<u8>>(),
                        peak_months: Vec::new(),
                        grade: String::new(),
                        fresh: rng.bool(),
                        safe: rng.bool(),
                        packaging: String::new(),
                        buy_price_khr: Some(product.price_min_khr + rng.i64(0..span)),
                        sell_price_khr: None,
                        source: Some(Source::ALL[rng.usize(0..Source::ALL.len())]),
                        willing,
                        willing_quantity: willing.then_some(10.0),
                        payment: Some(Payment::Cash),
                        payment_days: None,
                    }
                })
                .map(|mut l| {
                    if l.months.is_empty() {
                        l.months = vec![1];
                    }
                    l
                })
                .collect();
            let (name, _) = crate::demo::person(&mut rng, Sex::Female);
            store.save_interview(
                &InterviewInput {
                    id: None,
                    campaign_id: campaign.id.clone(),
                    market_id: Some(market_ids[i % market_ids.len()].clone()),
                    vendor_name: format!("{name} {i}"),
                    sex: Some(Sex::Female),
                    vendor_kind: Some(VendorKind::ALL[i % VendorKind::ALL.len()]),
                    phone: String::new(),
                    interviewer_id: None,
                    interviewed_on: format!("2026-{:02}-{:02}", 1 + i % 12, 1 + i % 28),
                    notes: String::new(),
                    lines,
                    confirmed: true,
                },
                now,
            )?;
        }
        Ok(campaign.id)
    })
}

/// A national set of producer groups for the supply-plan benchmark: `plans` households
/// (SLGs of 30 across every commune, imported through the register's rules), gathered
/// into `groups` groups of neighbouring households in their SLG's commune, each
/// household with one production plan for season "2026". Groups, members and plans are
/// written by bulk helpers without the rules (a benchmark's setup only); the values
/// drawn keep to what the rules allow.
pub fn producer_groups(
    store: &mut Store,
    groups: usize,
    plans: usize,
    seed: u64,
    now: chrono::NaiveDateTime,
) -> Result<()> {
    use rusqlite::params;

    use crate::error::DbContext;
    use crate::meeting::CapacityKind;
    use crate::product::Category;
    use crate::production_plan::BulkPlan;
    use crate::store::{new_id, stamp};

    const PER_SLG: usize = 30;
    let slg_inputs = slgs(store, plans.div_ceil(PER_SLG), seed)?;
    let slg_ids = store.import_slgs(&slg_inputs, now)?;
    let first: i64 = store
        .conn
        .query_row("SELECT coalesce(max(rowid), 0) FROM households", [], |r| {
            r.get(0)
        })
        .ctx("reading the last household row")?;
    store.import_households(&households(&slg_inputs, &slg_ids, PER_SLG, seed), now)?;
    let homes: Vec<(String, String)> = store
        .conn
        .prepare(
            "SELECT h.id, s.commune_code FROM households h JOIN slgs s ON s.id = h.slg_id
             WHERE h.rowid > ?1 ORDER BY h.rowid",
        )
        .ctx("preparing the new households")?
        .query_map([first], |r| Ok((r.get(0)?, r.get(1)?)))
        .ctx("listing the new households")?
        .collect::<Result<_, _>>()
        .ctx("reading the new households")?;
    let homes = &homes[..plans.min(homes.len())];
    let products = store.products(false)?;
    let mut rng = fastrand::Rng::with_seed(seed);
    let groups = groups.clamp(1, homes.len().max(1));
    let group_ids: Vec<String> = (0..groups).map(|_| new_id()).collect();
    let group_of = |k: usize| &group_ids[k * groups / homes.len().max(1)];
    let stamp = stamp(now);
    let mut bulk = Vec::with_capacity(homes.len());
    let tx = store.conn.savepoint().ctx("starting the group import")?;
    {
        let mut group = tx
            .prepare(
                "INSERT INTO producer_groups (id, name, commune_code, formed_on, created_at, updated_at)
                 VALUES (?1, ?2, ?3, '2026-03-01', ?4, ?4)",
            )
            .ctx("preparing the group import")?;
        let mut member = tx
            .prepare(
                "INSERT INTO producer_group_members (group_id, household_id, joined_on, reason)
                 VALUES (?1, ?2, '2026-03-01', '')",
            )
            .ctx("preparing the member import")?;
        let mut product = tx
            .prepare("INSERT OR IGNORE INTO producer_group_products (group_id, product_id) VALUES (?1, ?2)")
            .ctx("preparing the group products")?;
        let mut last: Option<&String> = None;
        for (k, (household, commune)) in homes.iter().enumerate() {
            let g = group_of(k);
            if last != Some(g) {
                group
                    .execute(params![g, format!("ក្រុមផលិតកម្ម {k}"), commune, stamp])
                    .ctx("importing a group")?;
                last = Some(g);
            }
            member
                .execute(params![g, household])
                .ctx("importing a member")?;
            let p = &products[rng.usize(..products.len())];
            product
                .execute(params![g, p.id])
                .ctx("importing a group product")?;
            let expected_yield =
                f64::from(rng.u32(10..5_000)) + f64::from(rng.u32(0..1000)) / 1000.0;
            let starts = rng.u32(1..=9);
            bulk.push(BulkPlan {
                household_id: household,
                group_id: Some(g),
                season: "2026",
                product_id: &p.id,
                capacity_kind: if matches!(p.category, Category::Livestock | Category::Poultry) {
                    CapacityKind::Heads
                } else {
                    CapacityKind::AreaM2
                },
                capacity: f64::from(rng.u32(1..2_000)),
                starts_on: format!("2026-{starts:02}"),
                ends_on: format!("2026-{:02}", rng.u32(starts..=12)),
                expected_yield,
                kept: (expected_yield * f64::from(rng.u32(0..30)) / 100.0).floor(),
                expected_price_khr: rng.i64(p.price_min_khr..=p.price_max_khr),
                costs_khr: [
                    rng.i64(0..2_000_000),
                    rng.i64(0..1_000_000),
                    rng.i64(0..200_000),
                ],
            });
        }
    }
    tx.commit().ctx("committing the group import")?;
    store.bulk_insert_plans(&bulk, now)
}
