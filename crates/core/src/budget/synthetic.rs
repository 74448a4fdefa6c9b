//! A national-size set of expenditures and input distributions for the balances
//! benchmark, written by bulk inserts without the rules (a benchmark's setup only);
//! the values drawn keep to what the rules allow.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use rusqlite::params;

use crate::contract::Currency;
use crate::error::{DbContext, Result};
use crate::production_plan::{milli, revenue_khr};
use crate::store::{Store, new_id, stamp};

use super::{ActivityLine, to_usd_cents};

/// `expenditures` entries over every commune of the gazetteer and `distributions`
/// over the households already in an SLG, all in `fiscal_year`; a third in riel.
pub fn budgets(
    store: &mut Store,
    fiscal_year: i32,
    expenditures: usize,
    distributions: usize,
    seed: u64,
    now: NaiveDateTime,
) -> Result<()> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let communes: Vec<String> = store
        .conn
        .prepare("SELECT code FROM communes ORDER BY code")
        .ctx("preparing the communes")?
        .query_map([], |r| r.get(0))
        .ctx("listing the communes")?
        .collect::<Result<_, _>>()
        .ctx("reading the communes")?;
    let homes: Vec<(String, String)> = store
        .conn
        .prepare("SELECT id, slg_id FROM households WHERE slg_id IS NOT NULL")
        .ctx("preparing the households")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .ctx("listing the households")?
        .collect::<Result<_, _>>()
        .ctx("reading the households")?;
    let start = NaiveDate::from_ymd_opt(fiscal_year, 1, 1).unwrap_or(now.date());
    let stamp = stamp(now);
    let tx = store.conn.savepoint().ctx("starting the budget import")?;
    {
        let mut spend = tx
            .prepare(
                "INSERT INTO expenditures (id, fiscal_year, spent_on, line, commune_code, amount, currency, rate,
                     usd_cents, payee, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'payee', ?10)",
            )
            .ctx("preparing the expenditures")?;
        for _ in 0..expenditures.min(if communes.is_empty() { 0 } else { usize::MAX }) {
            let khr = rng.u32(0..3) == 0;
            let (amount, currency, rate) = if khr {
                (
                    rng.i64(20_000..800_000),
                    Currency::Khr,
                    Some(rng.i64(4_000..=4_200)),
                )
            } else {
                (rng.i64(500..20_000), Currency::Usd, None)
            };
            spend
                .execute(params![
                    new_id(),
                    fiscal_year,
                    (start + Duration::days(rng.i64(0..300))).to_string(),
                    ActivityLine::ALL[rng.usize(..ActivityLine::ALL.len())],
                    communes[rng.usize(..communes.len())],
                    amount,
                    currency,
                    rate,
                    to_usd_cents(amount, currency, rate.unwrap_or(0)),
                    stamp
                ])
                .ctx("importing an expenditure")?;
        }
        let mut give = tx
            .prepare(
                "INSERT INTO input_distributions (id, fiscal_year, slg_id, household_id, given_on, item, quantity,
                     unit, unit_cost, currency, rate, amount, usd_cents, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, 'កូនមាន់', ?6, 'ក្បាល', ?7, 'KHR', 4100, ?8, ?9, ?10)",
            )
            .ctx("preparing the distributions")?;
        for _ in 0..distributions.min(if homes.is_empty() { 0 } else { usize::MAX }) {
            let (household, slg) = &homes[rng.usize(..homes.len())];
            let quantity = f64::from(rng.u32(1..50));
            let cost = rng.i64(1_000..20_000);
            let amount = revenue_khr(milli(quantity), cost);
            give.execute(params![
                new_id(),
                fiscal_year,
                slg,
                household,
                (start + Duration::days(rng.i64(0..300))).to_string(),
                quantity,
                cost,
                amount,
                to_usd_cents(amount, Currency::Khr, 4_100),
                stamp
            ])
            .ctx("importing a distribution")?;
        }
    }
    tx.commit().ctx("finishing the budget import")
}
