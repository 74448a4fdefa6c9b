//! Inputs given to households from their SLG's envelope (USD 600 by default): item,
//! quantity, unit cost, supplier, date and the receiving household, which must belong
//! to the SLG. Going beyond the envelope needs a recorded reason and who allowed it;
//! a correction is a reversing entry.

use chrono::{Datelike, NaiveDateTime};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::contract::Currency;
use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::production_plan::{milli, revenue_khr};
use crate::rules::{Checks, NAME_MAX, TEXT_MAX};
use crate::store::{Store, new_id, stamp};

use super::{checked_money, dollars, to_usd_cents, verdict};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Distribution {
    pub id: String,
    pub fiscal_year: i32,
    pub slg_id: String,
    pub slg_name: String,
    pub household_id: String,
    pub household_name_km: String,
    pub given_on: String,
    pub item: String,
    pub quantity: f64,
    pub unit: String,
    /// Per unit, in the currency's units (US cents or riel).
    pub unit_cost: i64,
    pub currency: Currency,
    pub rate: Option<i64>,
    /// Quantity × unit cost, in the currency's units; negative for a reversal.
    pub amount: i64,
    pub usd_cents: i64,
    pub supplier: String,
    /// Why a reversal was made.
    pub note: String,
    pub reverses: Option<String>,
    pub reversed_by: Option<String>,
    pub over_reason: String,
    pub over_by: String,
    pub recorded_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DistributionInput {
    pub slg_id: String,
    pub household_id: String,
    pub given_on: String,
    pub item: String,
    pub quantity: Option<f64>,
    pub unit: String,
    pub unit_cost: Option<i64>,
    pub currency: Option<Currency>,
    pub rate: Option<i64>,
    pub supplier: String,
    pub over_reason: String,
    pub over_by: String,
    pub confirmed: bool,
}

const SELECT: &str = "SELECT d.id, d.fiscal_year, d.slg_id, s.name, d.household_id, h.head_name_km, d.given_on,
        d.item, d.quantity, d.unit, d.unit_cost, d.currency, d.rate, d.amount, d.usd_cents, d.supplier,
        d.reverses, (SELECT r.id FROM input_distributions r WHERE r.reverses = d.id), d.over_reason,
        d.over_by, d.recorded_at, d.note
    FROM input_distributions d JOIN slgs s ON s.id = d.slg_id JOIN households h ON h.id = d.household_id";

fn row(r: &Row) -> rusqlite::Result<Distribution> {
    Ok(Distribution {
        id: r.get(0)?,
        fiscal_year: r.get(1)?,
        slg_id: r.get(2)?,
        slg_name: r.get(3)?,
        household_id: r.get(4)?,
        household_name_km: r.get(5)?,
        given_on: r.get(6)?,
        item: r.get(7)?,
        quantity: r.get(8)?,
        unit: r.get(9)?,
        unit_cost: r.get(10)?,
        currency: r.get(11)?,
        rate: r.get(12)?,
        amount: r.get(13)?,
        usd_cents: r.get(14)?,
        supplier: r.get(15)?,
        reverses: r.get(16)?,
        reversed_by: r.get(17)?,
        over_reason: r.get(18)?,
        over_by: r.get(19)?,
        recorded_at: r.get(20)?,
        note: r.get(21)?,
    })
}

impl Store {
    pub fn distribution(&self, id: &str) -> Result<Distribution> {
        self.conn
            .prepare_cached(&format!("{SELECT} WHERE d.id = ?1"))
            .ctx("preparing a distribution read")?
            .query_row([id], row)
            .optional()
            .ctx("reading a distribution")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "distribution",
                id: id.to_owned(),
            })
    }

    /// The distributions of a fiscal year, of one SLG or all, in the order given.
    pub fn distributions(
        &self,
        fiscal_year: i32,
        slg_id: Option<&str>,
    ) -> Result<Vec<Distribution>> {
        self.conn
            .prepare_cached(&format!(
                "{SELECT} WHERE d.fiscal_year = ?1 AND (?2 IS NULL OR d.slg_id = ?2)
                 ORDER BY d.given_on, h.head_name_km, d.recorded_at"
            ))
            .ctx("preparing the distribution journal")?
            .query_map(params![fiscal_year, slg_id], row)
            .ctx("listing distributions")?
            .collect::<Result<_, _>>()
            .ctx("reading distributions")
    }

    /// What is left of an SLG's envelope in a fiscal year, in US cents.
    pub(crate) fn slg_left(&self, fiscal_year: i32, slg_id: &str) -> Result<i64> {
        let given: i64 = self
            .conn
            .prepare_cached(
                "SELECT coalesce(sum(usd_cents), 0) FROM input_distributions WHERE fiscal_year = ?1 AND slg_id = ?2",
            )
            .ctx("preparing an SLG's distributions")?
            .query_row(params![fiscal_year, slg_id], |r| r.get(0))
            .ctx("adding up an SLG's distributions")?;
        Ok(self.envelopes()?.slg_usd_cents - given)
    }

    /// Records inputs given to a household of the SLG, drawn from the SLG's envelope.
    pub fn save_distribution(
        &mut self,
        input: &DistributionInput,
        now: NaiveDateTime,
    ) -> Result<Distribution> {
        let year = self.require_office()?.fiscal_year;
        let mut c = Checks::default();
        let mut warnings = Vec::new();
        let slg = input.slg_id.trim();
        self.known_record("slgId", "slgs", slg, &mut c)?;
        let member: Option<Option<String>> = self
            .conn
            .prepare_cached("SELECT slg_id FROM households WHERE id = ?1")
            .ctx("preparing a household's SLG")?
            .query_row([input.household_id.trim()], |r| r.get(0))
            .optional()
            .ctx("reading a household's SLG")?;
        match member {
            None => c.push(Violation::new("householdId", RuleCode::UnknownRecord)),
            Some(s) if s.as_deref() != Some(slg) => {
                c.push(Violation::new("householdId", RuleCode::NotInSlg))
            }
            Some(_) => {}
        }
        if let Some(d) = c.required_date("givenOn", &input.given_on) {
            if d.year() != year {
                c.push(
                    Violation::new("givenOn", RuleCode::DateOutsideFiscalYear).with("year", year),
                );
            } else if d > now.date() {
                c.push(Violation::new("givenOn", RuleCode::DateInFuture));
            }
        }
        let item = c.required_name("item", &input.item);
        let quantity = c.required_quantity("quantity", input.quantity);
        let unit = c.required_name("unit", &input.unit);
        let (unit_cost, currency, rate, _) = checked_money(
            &mut c,
            &mut warnings,
            "unitCost",
            input.unit_cost,
            input.currency,
            input.rate,
        );
        let amount = revenue_khr(milli(quantity), unit_cost);
        let cents = to_usd_cents(amount, currency, rate.unwrap_or(0));
        let supplier = c.optional_text("supplier", &input.supplier, NAME_MAX);
        let over_reason = c.optional_text("overReason", &input.over_reason, TEXT_MAX);
        let over_by = c.optional_text("overBy", &input.over_by, NAME_MAX);
        let mut over = false;
        if c.is_empty() {
            let left = self.slg_left(year, slg)?;
            if cents > left {
                over = true;
                if over_reason.is_empty() || over_by.is_empty() {
                    c.push(
                        Violation::new("overReason", RuleCode::OverEnvelope)
                            .with("left", dollars(left))
                            .with("amount", dollars(cents)),
                    );
                }
            }
        }
        verdict(c, warnings, input.confirmed)?;
        let id = new_id();
        self.conn
            .execute(
                "INSERT INTO input_distributions (id, fiscal_year, slg_id, household_id, given_on, item, quantity,
                     unit, unit_cost, currency, rate, amount, usd_cents, supplier, over_reason, over_by, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
                params![id, year, slg, input.household_id.trim(), input.given_on.trim(), item, quantity, unit,
                    unit_cost, currency, rate, amount, cents, supplier, if over { &over_reason } else { "" },
                    if over { &over_by } else { "" }, stamp(now)],
            )
            .ctx("saving a distribution")?;
        self.distribution(&id)
    }

    /// Cancels a distribution by a reversing entry dated today, with the reason.
    pub fn reverse_distribution(
        &mut self,
        id: &str,
        reason: &str,
        now: NaiveDateTime,
    ) -> Result<Distribution> {
        let original = self.distribution(id)?;
        let mut c = Checks::default();
        if original.reverses.is_some() || original.reversed_by.is_some() {
            c.push(Violation::new("id", RuleCode::AlreadyReversed));
        }
        let reason = c.optional_text("reason", reason, TEXT_MAX);
        if reason.is_empty() {
            c.push(Violation::new("reason", RuleCode::ReasonRequired));
        }
        c.into_result()?;
        let new = new_id();
        self.conn
            .execute(
                "INSERT INTO input_distributions (id, fiscal_year, slg_id, household_id, given_on, item, quantity,
                     unit, unit_cost, currency, rate, amount, usd_cents, supplier, reverses, note, recorded_at)
                 SELECT ?2, fiscal_year, slg_id, household_id, ?3, item, -quantity, unit, unit_cost, currency, rate,
                     -amount, -usd_cents, supplier, id, ?4, ?5
                 FROM input_distributions WHERE id = ?1",
                params![id, new, now.date().to_string(), reason, stamp(now)],
            )
            .ctx("reversing a distribution")?;
        self.distribution(&new)
    }
}
