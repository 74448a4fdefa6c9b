//! Deliveries against a contract (step 6's supply monitoring): what was accepted per
//! grade and at what price, what was rejected and why, and when it was paid.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::production_plan::{milli, revenue_khr};
use crate::rules::{Checks, NAME_MAX, TEXT_MAX};
use crate::store::{Store, new_id, stamp};

use super::store::MONEY_MAX;
use super::{ContractStatus, Currency};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryGrade {
    /// One of the contract's grades, or empty when the contract has none.
    pub grade: String,
    /// Accepted, in the product's unit.
    pub quantity: f64,
    /// Paid per unit, in integer units of the contract's currency.
    pub price: i64,
    pub amount: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryGradeInput {
    pub grade: String,
    pub quantity: Option<f64>,
    pub price: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Delivery {
    pub id: String,
    pub contract_id: String,
    pub delivered_on: String,
    pub grades: Vec<DeliveryGrade>,
    /// Accepted in all grades.
    pub accepted: f64,
    pub rejected_quantity: f64,
    pub rejected_reason: String,
    pub currency: Currency,
    pub amount: i64,
    pub paid_amount: i64,
    pub paid_on: Option<String>,
    /// When payment is due (the delivery date plus the contract's payment days).
    pub due_on: String,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryInput {
    pub id: Option<String>,
    pub contract_id: String,
    pub delivered_on: String,
    pub grades: Vec<DeliveryGradeInput>,
    pub rejected_quantity: Option<f64>,
    pub rejected_reason: String,
    pub paid_amount: Option<i64>,
    pub paid_on: String,
    pub notes: String,
}

/// When a delivery on `delivered` is to be paid.
pub fn due_on(delivered: NaiveDate, payment_days: u32) -> NaiveDate {
    delivered + Duration::days(i64::from(payment_days))
}

impl Store {
    /// A contract's deliveries, newest first.
    pub fn deliveries(&self, contract_id: &str) -> Result<Vec<Delivery>> {
        let ids: Vec<String> = self
            .conn
            .prepare_cached(
                "SELECT id FROM deliveries WHERE contract_id = ?1 ORDER BY delivered_on DESC, created_at DESC",
            )
            .ctx("preparing the deliveries")?
            .query_map([contract_id], |r| r.get(0))
            .ctx("listing deliveries")?
            .collect::<Result<_, _>>()
            .ctx("reading deliveries")?;
        ids.iter().map(|id| self.delivery(id)).collect()
    }

    pub fn delivery(&self, id: &str) -> Result<Delivery> {
        let mut d = self
            .conn
            .prepare_cached(
                "SELECT d.id, d.contract_id, d.delivered_on, d.rejected_quantity, d.rejected_reason,
                        coalesce(v.currency, 'KHR'), d.amount, d.paid_amount, d.paid_on, d.notes,
                        coalesce(v.payment_days, 0)
                 FROM deliveries d JOIN contracts c ON c.id = d.contract_id
                 JOIN contract_versions v ON v.contract_id = c.id AND v.version = c.current_version
                 WHERE d.id = ?1",
            )
            .ctx("preparing a delivery read")?
            .query_row([id], |r| {
                let delivered_on: String = r.get(2)?;
                let days: u32 = r.get(10)?;
                let due = NaiveDate::parse_from_str(&delivered_on, "%Y-%m-%d")
                    .map(|d| due_on(d, days).to_string())
                    .unwrap_or_default();
                Ok(Delivery {
                    id: r.get(0)?,
                    contract_id: r.get(1)?,
                    delivered_on,
                    grades: Vec::new(),
                    accepted: 0.0,
                    rejected_quantity: r.get(3)?,
                    rejected_reason: r.get(4)?,
                    currency: r.get(5)?,
                    amount: r.get(6)?,
                    paid_amount: r.get(7)?,
                    paid_on: r.get(8)?,
                    due_on: due,
                    notes: r.get(9)?,
                })
            })
            .optional()
            .ctx("reading a delivery")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "delivery",
                id: id.to_owned(),
            })?;
        d.grades = self
            .conn
            .prepare_cached(
                "SELECT grade, quantity, price FROM delivery_grades WHERE delivery_id = ?1 ORDER BY position",
            )
            .ctx("preparing a delivery's grades")?
            .query_map([id], |r| {
                let (quantity, price): (f64, i64) = (r.get(1)?, r.get(2)?);
                Ok(DeliveryGrade {
                    grade: r.get(0)?,
                    quantity,
                    price,
                    amount: revenue_khr(milli(quantity), price),
                })
            })
            .ctx("listing a delivery's grades")?
            .collect::<Result<_, _>>()
            .ctx("reading a delivery's grades")?;
        d.accepted = d.grades.iter().map(|g| milli(g.quantity)).sum::<i128>() as f64 / 1000.0;
        Ok(d)
    }

    /// Records (or corrects) a delivery against a signed or active contract. The first
    /// delivery makes a signed contract active.
    pub fn save_delivery(&mut self, input: &DeliveryInput, now: NaiveDateTime) -> Result<Delivery> {
        let contract = self.contract(&input.contract_id)?;
        if let Some(id) = &input.id {
            let old = self.delivery(id)?;
            if old.contract_id != contract.id {
                return Err(CoreError::NotFound {
                    entity: "delivery",
                    id: id.clone(),
                });
            }
        }
        let mut c = Checks::default();
        if !contract.status.in_force() {
            c.push(
                Violation::new("contractId", RuleCode::ContractNotInForce)
                    .with("status", contract.status.as_str()),
            );
        }
        let delivered = c.required_date("deliveredOn", &input.delivered_on);
        if let Some(d) = delivered {
            if d > now.date() {
                c.push(Violation::new("deliveredOn", RuleCode::DateInFuture));
            }
            if !contract.terms.starts_on.is_empty() && d.to_string() < contract.terms.starts_on {
                c.push(
                    Violation::new("deliveredOn", RuleCode::BeforeContractStart)
                        .with("date", &contract.terms.starts_on),
                );
            }
        }
        if input.grades.is_empty() {
            c.push(Violation::new("grades", RuleCode::Required));
        }
        let known: Vec<String> = contract
            .terms
            .grades
            .iter()
            .map(|g| g.grade.to_lowercase())
            .collect();
        let mut seen = std::collections::HashSet::new();
        let mut grades = Vec::new();
        for (i, g) in input.grades.iter().enumerate() {
            let f = |n: &str| format!("grades.{i}.{n}");
            let grade = c.optional_text(&f("grade"), &g.grade, NAME_MAX);
            if !known.is_empty() && !known.contains(&grade.to_lowercase()) {
                c.push(
                    Violation::new(&f("grade"), RuleCode::UnknownGrade).with(
                        "grades",
                        contract
                            .terms
                            .grades
                            .iter()
                            .map(|g| g.grade.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                );
            } else if !seen.insert(grade.to_lowercase()) {
                c.push(Violation::new(&f("grade"), RuleCode::DuplicateEntry));
            }
            let quantity = c.required_quantity(&f("quantity"), g.quantity);
            let price = c.required_money(&f("price"), g.price, MONEY_MAX);
            grades.push((grade, quantity, price));
        }
        let rejected = match input.rejected_quantity {
            Some(q) if q < 0.0 || !q.is_finite() => {
                c.push(Violation::new("rejectedQuantity", RuleCode::Negative));
                0.0
            }
            Some(q) => q,
            None => 0.0,
        };
        let reason = c.optional_text("rejectedReason", &input.rejected_reason, TEXT_MAX);
        if rejected > 0.0 && reason.is_empty() {
            c.push(Violation::new("rejectedReason", RuleCode::ReasonRequired));
        }
        let amount: i64 = grades
            .iter()
            .map(|(_, q, p)| revenue_khr(milli(*q), *p))
            .sum();
        let accepted = grades.iter().map(|(_, q, _)| milli(*q)).sum::<i128>() as f64 / 1000.0;
        let paid = input.paid_amount.unwrap_or(0);
        if paid < 0 {
            c.push(Violation::new("paidAmount", RuleCode::Negative));
        } else if paid > amount && amount > 0 {
            c.push(Violation::new("paidAmount", RuleCode::PaidAboveAmount).with("amount", amount));
        }
        let paid_on = input.paid_on.trim();
        if paid_on.is_empty() {
            if paid > 0 {
                c.push(Violation::new("paidOn", RuleCode::Required));
            }
        } else {
            if paid <= 0 {
                c.push(Violation::new("paidAmount", RuleCode::Required));
            }
            if let Some(p) = c.required_date("paidOn", paid_on) {
                if p > now.date() {
                    c.push(Violation::new("paidOn", RuleCode::DateInFuture));
                }
                if delivered.is_some_and(|d| p < d) {
                    c.push(Violation::new("paidOn", RuleCode::PaymentBeforeDelivery));
                }
            }
        }
        let notes = c.optional_text("notes", &input.notes, TEXT_MAX);
        c.into_result()?;
        let id = input.id.clone().unwrap_or_else(new_id);
        let delivered_on = input.delivered_on.trim();
        self.atomically(|store| {
            store
                .conn
                .execute(
                    "INSERT INTO deliveries (id, contract_id, delivered_on, rejected_quantity, rejected_reason, amount,
                         paid_amount, paid_on, notes, created_at, updated_at, accepted)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11)
                     ON CONFLICT (id) DO UPDATE SET delivered_on = excluded.delivered_on, accepted = excluded.accepted,
                         rejected_quantity = excluded.rejected_quantity, rejected_reason = excluded.rejected_reason,
                         amount = excluded.amount, paid_amount = excluded.paid_amount, paid_on = excluded.paid_on,
                         notes = excluded.notes, updated_at = excluded.updated_at",
                    params![id, contract.id, delivered_on, rejected, reason, amount, paid,
                        (!paid_on.is_empty()).then_some(paid_on), notes, stamp(now), accepted],
                )
                .ctx("saving a delivery")?;
            store
                .conn
                .execute("DELETE FROM delivery_grades WHERE delivery_id = ?1", [&id])
                .ctx("replacing a delivery's grades")?;
            for (pos, (grade, quantity, price)) in grades.iter().enumerate() {
                store
                    .conn
                    .execute(
                        "INSERT INTO delivery_grades (delivery_id, position, grade, quantity, price)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![id, pos as i64, grade, quantity, price],
                    )
                    .ctx("saving a delivery grade")?;
            }
            if contract.status == ContractStatus::Signed {
                store
                    .conn
                    .execute(
                        "UPDATE contracts SET status = 'active', updated_at = ?2 WHERE id = ?1",
                        params![contract.id, stamp(now)],
                    )
                    .ctx("activating a contract")?;
                store.record_contract_event(&contract.id, ContractStatus::Active, delivered_on, "", now)?;
            }
            store.delivery(&id)
        })
    }
}
