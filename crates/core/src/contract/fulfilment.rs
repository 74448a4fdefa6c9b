//! Is the contract being kept? The delivery schedule the terms imply, what was
//! delivered and paid against it month by month, and the late deliveries and payments
//! the home screen flags. Pure functions over integer thousandths and money, fed by two
//! queries for any number of contracts.

use std::collections::{BTreeMap, HashMap};

use chrono::{Duration, Months, NaiveDate};
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
    pub paid_on: Option<NaiveDate>,
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
    let mut months: BTreeMap<String, PeriodFulfilment> = BTreeMap::new();
    let mut month = |d: NaiveDate| {
        let key = d.format("%Y-%m").to_string();
        months
            .entry(key.clone())
            .or_insert_with(|| PeriodFulfilment {
                month: key,
                scheduled: 0.0,
                delivered: 0.0,
                rejected: 0.0,
                amount: 0,
                paid: 0,
            })
            .month
            .clone()
    };
    let mut scheduled_m: HashMap<String, i128> = HashMap::new();
    for (d, q) in &planned {
        *scheduled_m.entry(month(*d)).or_default() += q;
    }
    let mut delivered_m: HashMap<String, (i128, i128)> = HashMap::new();
    for d in deliveries {
        let e = delivered_m.entry(month(d.delivered_on)).or_default();
        e.0 += d.accepted_milli;
        e.1 += d.rejected_milli;
    }
    for d in deliveries {
        if let Some(p) = months.get_mut(&d.delivered_on.format("%Y-%m").to_string()) {
            p.amount += d.amount;
            p.paid += d.paid;
        }
    }
    for p in months.values_mut() {
        p.scheduled = units(scheduled_m.get(&p.month).copied().unwrap_or(0));
        let (a, r) = delivered_m.get(&p.month).copied().unwrap_or((0, 0));
        p.delivered = units(a);
        p.rejected = units(r);
    }
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
        months: months.into_values().collect(),
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

impl Store {
    /// Fulfilment of every contract (or one), from two queries.
    fn fulfilments(&self, only: Option<&str>, today: NaiveDate) -> Result<Vec<Fulfilment>> {
        let mut terms: Vec<(String, Terms)> = Vec::new();
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT c.id, c.status, v.currency, v.starts_on, v.ends_on, v.total_quantity,
                        v.quantity_per_delivery, v.delivery_frequency, coalesce(v.payment_days, 0)
                 FROM contracts c JOIN contract_versions v ON v.contract_id = c.id AND v.version = c.current_version
                 WHERE c.archived_at IS NULL AND c.status <> 'draft' AND (?1 IS NULL OR c.id = ?1)",
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
        let mut facts: HashMap<String, Vec<DeliveryFacts>> = HashMap::new();
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT d.contract_id, d.id, d.delivered_on, d.rejected_quantity, d.amount, d.paid_amount, d.paid_on,
                        (SELECT coalesce(sum(g.quantity), 0) FROM delivery_grades g WHERE g.delivery_id = d.id)
                 FROM deliveries d JOIN contracts c ON c.id = d.contract_id
                 WHERE c.archived_at IS NULL AND (?1 IS NULL OR d.contract_id = ?1)",
            )
            .ctx("preparing the deliveries' facts")?;
        let mut rows = stmt.query([only]).ctx("reading the deliveries' facts")?;
        while let Some(r) = rows.next().ctx("reading a delivery's facts")? {
            let delivered_on: String = r.get(2).ctx("a delivery date")?;
            let Some(delivered_on) = date(&delivered_on) else {
                continue;
            };
            let paid_on: Option<String> = r.get(6).ctx("a payment date")?;
            let contract: String = r.get(0).ctx("a contract")?;
            facts.entry(contract).or_default().push(DeliveryFacts {
                id: r.get(1).ctx("a delivery id")?,
                delivered_on,
                accepted_milli: milli(r.get(7).ctx("a quantity")?),
                rejected_milli: milli(r.get(3).ctx("a rejected quantity")?),
                amount: r.get(4).ctx("an amount")?,
                paid: r.get(5).ctx("a payment")?,
                paid_on: paid_on.as_deref().and_then(date),
            });
        }
        Ok(terms
            .into_iter()
            .map(|(id, t)| {
                let ds = facts.remove(&id).unwrap_or_default();
                fulfil(
                    &id,
                    t.currency,
                    t.schedule,
                    t.payment_days,
                    t.status.in_force(),
                    &ds,
                    today,
                )
            })
            .collect())
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
        let mut alerts = Vec::new();
        for f in late {
            let c = self.contract(&f.contract_id)?;
            let alert = |kind, since: String, shortfall, unpaid| ContractAlert {
                contract_id: c.id.clone(),
                number: c.number.clone(),
                group_names: c.groups.iter().map(|g| g.name.clone()).collect(),
                buyer_name: c.buyer.name.clone(),
                product_km: c.product.name_km.clone(),
                product_en: c.product.name_en.clone(),
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
