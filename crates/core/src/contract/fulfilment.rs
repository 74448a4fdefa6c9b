//! Is the contract being kept? The delivery schedule the terms imply, what was
//! delivered and paid against it month by month, and the late deliveries and payments
//! the home screen flags. Pure functions over integer thousandths and money, fed by two
//! queries for any number of contracts.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Duration, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{DbContext, Result};
use crate::production_plan::milli;
use crate::store::Store;
use crate::text_enum::text_enum;

use super::delivery::due_on;
use super::{ContractStatus, Currency, DeliveryFrequency};

/// Days a scheduled delivery may run late before it is flagged.
pub const DELIVERY_GRACE_DAYS: i64 = 3;

/// The schedule the terms imply: `per_delivery` every `frequency` from `starts` until
/// `total` is reached or `ends` passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub starts: NaiveDate,
    pub ends: NaiveDate,
    pub total_milli: i128,
    pub per_delivery_milli: i128,
    pub frequency: DeliveryFrequency,
}

impl Schedule {
    /// Each scheduled delivery's date and quantity (thousandths); the last may be
    /// smaller so the total is never exceeded.
    pub fn deliveries(&self) -> Vec<(NaiveDate, i128)> {
        let mut out = Vec::new();
        let mut left = self.total_milli;
        let mut n: u32 = 0;
        while left > 0 && self.per_delivery_milli > 0 {
            let date = match self.frequency {
                DeliveryFrequency::Weekly => self
                    .starts
                    .checked_add_signed(Duration::weeks(i64::from(n))),
                DeliveryFrequency::Fortnightly => self
                    .starts
                    .checked_add_signed(Duration::weeks(2 * i64::from(n))),
                DeliveryFrequency::Monthly => self.starts.checked_add_months(Months::new(n)),
            };
            let Some(date) = date.filter(|d| *d <= self.ends) else {
                break;
            };
            let q = left.min(self.per_delivery_milli);
            out.push((date, q));
            left -= q;
            n += 1;
        }
        out
    }
}

/// A delivery reduced to what fulfilment needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryFacts {
    pub id: String,
    pub delivered_on: NaiveDate,
    pub accepted_milli: i128,
    pub rejected_milli: i128,
    pub amount: i64,
    pub paid: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PeriodFulfilment {
    /// `YYYY-MM`.
    pub month: String,
    pub scheduled: f64,
    pub delivered: f64,
    pub rejected: f64,
    pub amount: i64,
    pub paid: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LatePayment {
    pub delivery_id: String,
    pub delivered_on: String,
    pub due_on: String,
    pub amount: i64,
    pub paid: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Fulfilment {
    pub contract_id: String,
    pub currency: Option<Currency>,
    /// The contract's total, in the product's unit.
    pub contracted: f64,
    /// What the schedule asks for by today (less the grace days).
    pub due_by_today: f64,
    /// Accepted so far.
    pub delivered: f64,
    pub rejected: f64,
    /// Value of the accepted produce, and what was paid of it.
    pub amount: i64,
    pub paid: i64,
    /// Value of deliveries whose payment is due by today.
    pub payable_by_today: i64,
    pub months: Vec<PeriodFulfilment>,
    /// Behind the schedule: what is missing, and since when.
    pub late_delivery: bool,
    pub shortfall: f64,
    pub late_since: Option<String>,
    pub late_payments: Vec<LatePayment>,
}

fn units(m: i128) -> f64 {
    m as f64 / 1000.0
}

/// What was delivered and paid against the schedule, up to `today`. Lateness is only
/// flagged while the contract is in force.
pub fn fulfil(
    contract_id: &str,
    currency: Option<Currency>,
    schedule: Option<Schedule>,
    payment_days: u32,
    in_force: bool,
    deliveries: &[DeliveryFacts],
    today: NaiveDate,
) -> Fulfilment {
    let planned = schedule.map(|s| s.deliveries()).unwrap_or_default();
    // Months keyed as year × 12 + month: formatting happens once per month, not per
    // delivery (this runs for every contract of a province at once).
    let key = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
    #[derive(Default)]
    struct Sums {
        scheduled: i128,
        delivered: i128,
        rejected: i128,
        amount: i64,
        paid: i64,
    }
    let mut sums: BTreeMap<i32, Sums> = BTreeMap::new();
    for (d, q) in &planned {
        sums.entry(key(*d)).or_default().scheduled += q;
    }
    for d in deliveries {
        let e = sums.entry(key(d.delivered_on)).or_default();
        e.delivered += d.accepted_milli;
        e.rejected += d.rejected_milli;
        e.amount += d.amount;
        e.paid += d.paid;
    }
    let months = sums
        .into_iter()
        .map(|(k, s)| PeriodFulfilment {
            month: format!("{:04}-{:02}", k.div_euclid(12), k.rem_euclid(12) + 1),
            scheduled: units(s.scheduled),
            delivered: units(s.delivered),
            rejected: units(s.rejected),
            amount: s.amount,
            paid: s.paid,
        })
        .collect();
    let cutoff = today - Duration::days(DELIVERY_GRACE_DAYS);
    let due: i128 = planned
        .iter()
        .filter(|(d, _)| *d <= cutoff)
        .map(|(_, q)| q)
        .sum();
    let delivered: i128 = deliveries
        .iter()
        .filter(|d| d.delivered_on <= today)
        .map(|d| d.accepted_milli)
        .sum();
    let late_delivery = in_force && delivered < due;
    // The first scheduled delivery whose running total was not reached.
    let late_since = late_delivery
        .then(|| {
            let mut running = 0;
            planned.iter().find_map(|(d, q)| {
                running += q;
                (running > delivered).then(|| d.to_string())
            })
        })
        .flatten();
    let late_payments = if in_force {
        deliveries
            .iter()
            .filter(|d| d.paid < d.amount && due_on(d.delivered_on, payment_days) < today)
            .map(|d| LatePayment {
                delivery_id: d.id.clone(),
                delivered_on: d.delivered_on.to_string(),
                due_on: due_on(d.delivered_on, payment_days).to_string(),
                amount: d.amount,
                paid: d.paid,
            })
            .collect()
    } else {
        Vec::new()
    };
    Fulfilment {
        contract_id: contract_id.to_owned(),
        currency,
        contracted: units(schedule.map(|s| s.total_milli).unwrap_or(0)),
        due_by_today: units(due),
        delivered: units(delivered),
        rejected: units(deliveries.iter().map(|d| d.rejected_milli).sum()),
        amount: deliveries.iter().map(|d| d.amount).sum(),
        paid: deliveries.iter().map(|d| d.paid).sum(),
        payable_by_today: deliveries
            .iter()
            .filter(|d| due_on(d.delivered_on, payment_days) <= today)
            .map(|d| d.amount)
            .sum(),
        months,
        late_delivery,
        shortfall: units((due - delivered).max(0)),
        late_since,
        late_payments,
    }
}

text_enum!(AlertKind {
    LateDelivery = "late_delivery",
    LatePayment = "late_payment",
});

/// A contract behind on deliveries or payments, for the home screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContractAlert {
    pub contract_id: String,
    pub number: String,
    pub group_names: Vec<String>,
    pub buyer_name: String,
    pub product_km: String,
    pub product_en: String,
    pub kind: AlertKind,
    /// The first missed delivery date, or the oldest unpaid due date.
    pub since: String,
    /// Quantity missing (late delivery), in the product's unit.
    pub shortfall: f64,
    /// Money unpaid (late payment).
    pub unpaid: i64,
    pub currency: Option<Currency>,
}

struct Terms {
    status: ContractStatus,
    currency: Option<Currency>,
    schedule: Option<Schedule>,
    payment_days: u32,
}

fn date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// What an alert names of its contract.
struct AlertDetails {
    number: String,
    groups: Vec<String>,
    buyer: String,
    product_km: String,
    product_en: String,
}

impl Store {
    /// Number, groups, buyer and product of every contract in force, in one query.
    fn alert_details(&self) -> Result<HashMap<String, AlertDetails>> {
        let mut out = HashMap::new();
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT c.id, c.number, b.name, p.name_km, p.name_en,
                        (SELECT group_concat(name, char(31)) FROM (SELECT pg.name FROM contract_groups cg
                         JOIN producer_groups pg ON pg.id = cg.group_id WHERE cg.contract_id = c.id ORDER BY cg.position))
                 FROM contracts c JOIN buyers b ON b.id = c.buyer_id JOIN products p ON p.id = c.product_id
                 WHERE c.status IN ('signed', 'active') AND c.archived_at IS NULL",
            )
            .ctx("preparing the alerts' contracts")?;
        let mut rows = stmt.query([]).ctx("reading the alerts' contracts")?;
        while let Some(r) = rows.next().ctx("reading an alert's contract")? {
            let groups: Option<String> = r.get(5).ctx("the groups")?;
            out.insert(
                r.get::<_, String>(0).ctx("an id")?,
                AlertDetails {
                    number: r.get(1).ctx("a number")?,
                    buyer: r.get(2).ctx("a buyer")?,
                    product_km: r.get(3).ctx("a product")?,
                    product_en: r.get(4).ctx("a product")?,
                    groups: groups
                        .unwrap_or_default()
                        .split('\u{1f}')
                        .filter(|g| !g.is_empty())
                        .map(str::to_owned)
                        .collect(),
                },
            );
        }
        Ok(out)
    }

    /// Fulfilment of every contract (or one), from two queries.
    fn fulfilments(&self, only: Option<&str>, today: NaiveDate) -> Result<Vec<Fulfilment>> {
        let mut terms: Vec<(String, Terms)> = Vec::new();
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT c.id, c.status, v.currency, v.starts_on, v.ends_on, v.total_quantity,
                        v.quantity_per_delivery, v.delivery_frequency, coalesce(v.payment_days, 0)
                 FROM contracts c JOIN contract_versions v ON v.contract_id = c.id AND v.version = c.current_version
                 WHERE c.archived_at IS NULL AND c.status <> 'draft' AND (?1 IS NULL OR c.id = ?1)
                 ORDER BY c.id",
            )
            .ctx("preparing the contracts' schedules")?;
        let mut rows = stmt.query([only]).ctx("reading the contracts' schedules")?;
        while let Some(r) = rows.next().ctx("reading a contract's schedule")? {
            let (starts, ends): (String, String) =
                (r.get(3).ctx("a start")?, r.get(4).ctx("an end")?);
            let (total, per, freq): (Option<f64>, Option<f64>, Option<DeliveryFrequency>) = (
                r.get(5).ctx("a total")?,
                r.get(6).ctx("a quantity")?,
                r.get(7).ctx("a frequency")?,
            );
            let schedule = match (date(&starts), date(&ends), total, per, freq) {
                (Some(starts), Some(ends), Some(total), Some(per), Some(frequency)) => {
                    Some(Schedule {
                        starts,
                        ends,
                        total_milli: milli(total),
                        per_delivery_milli: milli(per),
                        frequency,
                    })
                }
                _ => None,
            };
            terms.push((
                r.get(0).ctx("an id")?,
                Terms {
                    status: r.get(1).ctx("a status")?,
                    currency: r.get(2).ctx("a currency")?,
                    schedule,
                    payment_days: r.get(8).ctx("payment days")?,
                },
            ));
        }
        // Both lists come ordered by contract: each contract's deliveries are the next
        // run of rows, with no map and no copy of the contract's id per delivery. The
        // deliveries of drafts and archived contracts are skipped by the merge.
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT d.contract_id, d.id, d.delivered_on, d.rejected_quantity, d.amount, d.paid_amount, d.accepted
                 FROM deliveries d
                 WHERE d.contract_id BETWEEN coalesce(?1, '') AND coalesce(?1, '~')
                 ORDER BY d.contract_id",
            )
            .ctx("preparing the deliveries' facts")?;
        let mut rows = stmt.query([only]).ctx("reading the deliveries' facts")?;
        let mut row = rows.next().ctx("reading a delivery's facts")?;
        let mut out = Vec::with_capacity(terms.len());
        let mut facts = Vec::new();
        for (id, t) in terms {
            facts.clear();
            while let Some(r) = row {
                let contract = r
                    .get_ref(0)
                    .and_then(|v| v.as_str().map_err(Into::into))
                    .ctx("a contract")?;
                match contract.cmp(id.as_str()) {
                    std::cmp::Ordering::Greater => break,
                    std::cmp::Ordering::Less => {}
                    std::cmp::Ordering::Equal => {
                        let on = r
                            .get_ref(2)
                            .and_then(|v| v.as_str().map_err(Into::into))
                            .ctx("a delivery date")?;
                        if let Ok(delivered_on) = on.parse::<NaiveDate>() {
                            facts.push(DeliveryFacts {
                                id: r.get(1).ctx("a delivery id")?,
                                delivered_on,
                                accepted_milli: milli(r.get(6).ctx("a quantity")?),
                                rejected_milli: milli(r.get(3).ctx("a rejected quantity")?),
                                amount: r.get(4).ctx("an amount")?,
                                paid: r.get(5).ctx("a payment")?,
                            });
                        }
                    }
                }
                row = rows.next().ctx("reading a delivery's facts")?;
            }
            out.push(fulfil(
                &id,
                t.currency,
                t.schedule,
                t.payment_days,
                t.status.in_force(),
                &facts,
                today,
            ));
        }
        Ok(out)
    }

    /// One contract's fulfilment (empty figures for a draft).
    pub fn contract_fulfilment(&self, id: &str, today: NaiveDate) -> Result<Fulfilment> {
        let contract = self.contract(id)?;
        Ok(self
            .fulfilments(Some(id), today)?
            .pop()
            .unwrap_or_else(|| fulfil(id, contract.terms.currency, None, 0, false, &[], today)))
    }

    /// Every contract's fulfilment (for the deliveries workbook and the benchmark).
    pub fn all_fulfilments(&self, today: NaiveDate) -> Result<Vec<Fulfilment>> {
        self.fulfilments(None, today)
    }

    /// Contracts in force that are behind on deliveries or payments, oldest first.
    pub fn contract_alerts(&self, today: NaiveDate) -> Result<Vec<ContractAlert>> {
        let late: Vec<Fulfilment> = self
            .fulfilments(None, today)?
            .into_iter()
            .filter(|f| f.late_delivery || !f.late_payments.is_empty())
            .collect();
        let details = self.alert_details()?;
        let mut alerts = Vec::new();
        for f in late {
            let Some(c) = details.get(&f.contract_id) else {
                continue;
            };
            let alert = |kind, since: String, shortfall, unpaid| ContractAlert {
                contract_id: f.contract_id.clone(),
                number: c.number.clone(),
                group_names: c.groups.clone(),
                buyer_name: c.buyer.clone(),
                product_km: c.product_km.clone(),
                product_en: c.product_en.clone(),
                kind,
                since,
                shortfall,
                unpaid,
                currency: f.currency,
            };
            if f.late_delivery {
                alerts.push(alert(
                    AlertKind::LateDelivery,
                    f.late_since.clone().unwrap_or_default(),
                    f.shortfall,
                    0,
                ));
            }
            if let Some(oldest) = f.late_payments.iter().map(|p| p.due_on.clone()).min() {
                let unpaid = f.late_payments.iter().map(|p| p.amount - p.paid).sum();
                alerts.push(alert(AlertKind::LatePayment, oldest, 0.0, unpaid));
            }
        }
        alerts.sort_by(|a, b| a.since.cmp(&b.since));
        Ok(alerts)
    }
}
