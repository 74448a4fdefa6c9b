//! A national-size set of contracts and deliveries for the fulfilment benchmark.
//! Written by bulk inserts without the rules (a benchmark's setup only); the values
//! drawn keep to what the rules allow.

use chrono::{Duration, Months, NaiveDate, NaiveDateTime};
use rusqlite::params;

use crate::error::{DbContext, Result};
use crate::production_plan::{milli, revenue_khr};
use crate::store::{Store, new_id, stamp};

/// `contracts` signed or active contracts between existing producer groups and 200
/// synthetic buyers, with `deliveries` deliveries spread among them (one grade line
/// each), over the year before `now`. About a fifth of the deliveries are unpaid.
pub fn contracts(
    store: &mut Store,
    contracts: usize,
    deliveries: usize,
    seed: u64,
    now: NaiveDateTime,
) -> Result<()> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let groups: Vec<(String, String)> = store
        .conn
        .prepare(
            "SELECT g.id, min(p.product_id) FROM producer_groups g
             JOIN producer_group_products p ON p.group_id = g.id GROUP BY g.id",
        )
        .ctx("preparing the groups")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .ctx("listing the groups")?
        .collect::<Result<_, _>>()
        .ctx("reading the groups")?;
    if groups.is_empty() || contracts == 0 {
        return Ok(());
    }
    let today = now.date();
    let stamp = stamp(now);
    let tx = store.conn.savepoint().ctx("starting the contract import")?;
    let buyers: Vec<String> = (0..200).map(|_| new_id()).collect();
    {
        let mut buyer = tx
            .prepare(
                "INSERT INTO buyers (id, name, kind, created_at, updated_at) VALUES (?1, ?2, 'collector', ?3, ?3)",
            )
            .ctx("preparing the buyers")?;
        for (k, b) in buyers.iter().enumerate() {
            buyer
                .execute(params![b, format!("អ្នកប្រមូលទិញ {k}"), stamp])
                .ctx("importing a buyer")?;
        }
        let mut contract = tx
            .prepare(
                "INSERT INTO contracts (id, number, buyer_id, product_id, status, current_version, signed_on,
                     created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7, ?7)",
            )
            .ctx("preparing the contracts")?;
        let mut version = tx
            .prepare(
                "INSERT INTO contract_versions (contract_id, version, written_at, total_quantity,
                     quantity_per_delivery, delivery_frequency, price_mechanism, currency, price, payment_days,
                     starts_on, ends_on)
                 VALUES (?1, 1, ?2, ?3, ?4, 'weekly', 'fixed', 'KHR', ?5, ?6, ?7, ?8)",
            )
            .ctx("preparing the contract versions")?;
        let mut party = tx
            .prepare(
                "INSERT INTO contract_groups (contract_id, group_id, position) VALUES (?1, ?2, 0)",
            )
            .ctx("preparing the contract groups")?;
        let mut delivery = tx
            .prepare(
                "INSERT INTO deliveries (id, contract_id, delivered_on, rejected_quantity, amount, paid_amount,
                     paid_on, created_at, updated_at, accepted)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)",
            )
            .ctx("preparing the deliveries")?;
        let mut grade = tx
            .prepare(
                "INSERT INTO delivery_grades (delivery_id, position, grade, quantity, price) VALUES (?1, 0, '', ?2, ?3)",
            )
            .ctx("preparing the delivery grades")?;
        let mut terms: Vec<(String, NaiveDate, i64)> = Vec::with_capacity(contracts);
        for k in 0..contracts {
            let id = new_id();
            let (group, product) = &groups[k % groups.len()];
            let starts = today - Duration::days(i64::from(rng.u32(30..330)));
            let ends = starts.checked_add_months(Months::new(12)).unwrap_or(starts);
            let per = f64::from(rng.u32(20..500));
            let price = rng.i64(500..30_000);
            contract
                .execute(params![
                    id,
                    format!("SYN-{k:06}"),
                    buyers[rng.usize(..buyers.len())],
                    product,
                    if rng.bool() { "active" } else { "signed" },
                    (starts - Duration::days(5)).to_string(),
                    stamp
                ])
                .ctx("importing a contract")?;
            version
                .execute(params![
                    id,
                    stamp,
                    per * 52.0,
                    per,
                    price,
                    rng.u32(0..30),
                    starts.to_string(),
                    ends.to_string()
                ])
                .ctx("importing a contract version")?;
            party
                .execute(params![id, group])
                .ctx("importing a contract group")?;
            terms.push((id, starts, price));
        }
        for _ in 0..deliveries {
            let (contract, starts, price) = &terms[rng.usize(..terms.len())];
            let span = (today - *starts).num_days().max(1);
            let on = *starts + Duration::days(rng.i64(0..span));
            let quantity = f64::from(rng.u32(10..600)) + f64::from(rng.u32(0..1000)) / 1000.0;
            let amount = revenue_khr(milli(quantity), *price);
            let paid = rng.u32(0..5) > 0;
            let id = new_id();
            delivery
                .execute(params![
                    id,
                    contract,
                    on.to_string(),
                    f64::from(rng.u32(0..10)),
                    amount,
                    if paid { amount } else { 0 },
                    paid.then(|| (on + Duration::days(3)).to_string()),
                    stamp,
                    quantity
                ])
                .ctx("importing a delivery")?;
            grade
                .execute(params![id, quantity, price])
                .ctx("importing a delivery grade")?;
        }
    }
    tx.commit().ctx("finishing the contract import")
}
