//! The activity plan: what the office plans to spend per target commune and activity
//! line in a fiscal year, within each commune's envelope.

use chrono::NaiveDateTime;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{DbContext, Result, RuleCode, Violation};
use crate::gazetteer::Place;
use crate::rules::Checks;
use crate::store::{Store, stamp};

use super::{AMOUNT_MAX, ActivityLine, dollars, verdict};

/// One planned amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BudgetPlanCell {
    pub commune: Place,
    pub line: ActivityLine,
    pub usd_cents: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BudgetPlanCellInput {
    pub commune_code: String,
    pub line: ActivityLine,
    /// Empty boxes are `None` (nothing planned).
    pub usd_cents: Option<i64>,
}

/// The whole plan of the office's fiscal year, as typed (the old plan is replaced).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BudgetPlanInput {
    pub cells: Vec<BudgetPlanCellInput>,
    /// Planning beyond a commune's envelope was confirmed.
    pub confirmed: bool,
}

impl Store {
    /// The plan of `fiscal_year`, commune by commune in the office's order, line by line.
    pub fn budget_plan(&self, fiscal_year: i32) -> Result<Vec<BudgetPlanCell>> {
        self.conn
            .prepare_cached(
                "SELECT c.code, c.name_km, c.name_en, p.line, p.usd_cents FROM budget_plan p
                 JOIN communes c ON c.code = p.commune_code WHERE p.fiscal_year = ?1
                 ORDER BY c.code, p.line",
            )
            .ctx("preparing the budget plan")?
            .query_map([fiscal_year], |r| {
                Ok(BudgetPlanCell {
                    commune: crate::gazetteer::place_at(r, 0)?,
                    line: r.get(3)?,
                    usd_cents: r.get(4)?,
                })
            })
            .ctx("listing the budget plan")?
            .collect::<Result<_, _>>()
            .ctx("reading the budget plan")
    }

    /// Replaces the plan of the office's fiscal year. Only target communes; a commune
    /// planned beyond its envelope asks for confirmation.
    pub fn save_budget_plan(
        &mut self,
        input: &BudgetPlanInput,
        now: NaiveDateTime,
    ) -> Result<Vec<BudgetPlanCell>> {
        let office = self.require_office()?;
        let envelope = self.envelopes()?.commune_usd_cents;
        let mut c = Checks::default();
        let mut warnings = Vec::new();
        let mut totals: std::collections::BTreeMap<&str, i64> = Default::default();
        let mut seen = std::collections::HashSet::new();
        let mut cells = Vec::new();
        for (i, cell) in input.cells.iter().enumerate() {
            let field = format!("cells.{i}.usdCents");
            let commune = cell.commune_code.trim();
            if !office.target_communes.iter().any(|t| t.code == commune) {
                c.push(Violation::new(
                    &format!("cells.{i}.communeCode"),
                    RuleCode::NotATargetCommune,
                ));
                continue;
            }
            if !seen.insert((commune, cell.line)) {
                c.push(Violation::new(&field, RuleCode::DuplicateEntry));
                continue;
            }
            let Some(cents) = cell.usd_cents else {
                continue;
            };
            if cents < 0 {
                c.push(Violation::new(&field, RuleCode::Negative));
                continue;
            }
            c.range(&field, cents, 0, AMOUNT_MAX);
            *totals.entry(commune).or_default() += cents;
            cells.push((commune, cell.line, cents));
        }
        for (commune, total) in &totals {
            if *total > envelope {
                warnings.push(
                    Violation::new(&format!("communes.{commune}"), RuleCode::OverEnvelope)
                        .with("commune", *commune)
                        .with("planned", dollars(*total))
                        .with("envelope", dollars(envelope)),
                );
            }
        }
        verdict(c, warnings, input.confirmed)?;
        let year = office.fiscal_year;
        self.atomically(|store| {
            store
                .conn
                .execute("DELETE FROM budget_plan WHERE fiscal_year = ?1", [year])
                .ctx("replacing the budget plan")?;
            for (commune, line, cents) in &cells {
                store
                    .conn
                    .execute(
                        "INSERT INTO budget_plan (fiscal_year, commune_code, line, usd_cents, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![year, commune, line, cents, stamp(now)],
                    )
                    .ctx("saving a planned amount")?;
            }
            store.budget_plan(year)
        })
    }
}
