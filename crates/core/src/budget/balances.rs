//! Balances, live from the entries: per target commune and activity line (planned,
//! spent, left of the envelope), per SLG (its envelope, the inputs its households
//! planned, what was given), and per district for a province or the nation. Each is
//! a few aggregate queries, whatever the number of entries.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{DbContext, Result};
use crate::gazetteer::{Place, place_at};
use crate::store::Store;

use super::{ActivityLine, PLANNING_RATE, to_usd_cents};
use crate::contract::Currency;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LineBalance {
    pub line: ActivityLine,
    pub planned_cents: i64,
    pub spent_cents: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommuneBudget {
    pub commune: Place,
    pub envelope_cents: i64,
    pub planned_cents: i64,
    pub spent_cents: i64,
    /// Envelope less spent (negative when a recorded overspend was allowed).
    pub left_cents: i64,
    /// Every line, in the guideline's order.
    pub lines: Vec<LineBalance>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SlgEnvelope {
    pub slg_id: String,
    pub slg_name: String,
    pub commune: Place,
    pub households: u32,
    pub envelope_cents: i64,
    /// The inputs its households' production plans of the year ask for, at the
    /// planning rate.
    pub planned_cents: i64,
    pub distributed_cents: i64,
    pub left_cents: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BudgetOverview {
    pub fiscal_year: i32,
    pub communes: Vec<CommuneBudget>,
    pub envelope_cents: i64,
    pub planned_cents: i64,
    pub spent_cents: i64,
    pub slgs: Vec<SlgEnvelope>,
    pub slg_envelope_cents: i64,
    pub distributed_cents: i64,
}

/// A district's totals, for a province's or the nation's view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DistrictBudget {
    pub district_code: String,
    pub communes_spending: u32,
    pub spent_cents: i64,
    pub slgs_given: u32,
    pub distributed_cents: i64,
}

impl Store {
    /// The office's budget for `fiscal_year`: its target communes line by line, and
    /// its SLGs' envelopes.
    pub fn budget_overview(&self, fiscal_year: i32) -> Result<BudgetOverview> {
        let office = self.require_office()?;
        let envelopes = self.envelopes()?;
        let mut planned: HashMap<(String, ActivityLine), i64> = HashMap::new();
        for cell in self.budget_plan(fiscal_year)? {
            planned.insert((cell.commune.code, cell.line), cell.usd_cents);
        }
        let mut spent: HashMap<(String, ActivityLine), i64> = HashMap::new();
        let rows: Vec<(String, ActivityLine, i64)> = self
            .conn
            .prepare_cached(
                "SELECT commune_code, line, sum(usd_cents) FROM expenditures
                 WHERE fiscal_year = ?1 AND commune_code >= ?2 AND commune_code < ?2 || ':'
                 GROUP BY commune_code, line",
            )
            .ctx("preparing the spending per line")?
            .query_map(rusqlite::params![fiscal_year, office.district.code], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .ctx("adding up the spending per line")?
            .collect::<Result<_, _>>()
            .ctx("reading the spending per line")?;
        for (commune, line, cents) in rows {
            spent.insert((commune, line), cents);
        }
        let communes: Vec<CommuneBudget> = office
            .target_communes
            .iter()
            .map(|commune| {
                let lines: Vec<LineBalance> = ActivityLine::ALL
                    .iter()
                    .map(|&line| {
                        let key = (commune.code.clone(), line);
                        LineBalance {
                            line,
                            planned_cents: planned.get(&key).copied().unwrap_or(0),
                            spent_cents: spent.get(&key).copied().unwrap_or(0),
                        }
                    })
                    .collect();
                let spent_cents = lines.iter().map(|l| l.spent_cents).sum();
                CommuneBudget {
                    commune: commune.clone(),
                    envelope_cents: envelopes.commune_usd_cents,
                    planned_cents: lines.iter().map(|l| l.planned_cents).sum(),
                    spent_cents,
                    left_cents: envelopes.commune_usd_cents - spent_cents,
                    lines,
                }
            })
            .collect();
        let slgs = self.slg_envelopes(fiscal_year, &office.district.code)?;
        Ok(BudgetOverview {
            fiscal_year,
            envelope_cents: communes.iter().map(|c| c.envelope_cents).sum(),
            planned_cents: communes.iter().map(|c| c.planned_cents).sum(),
            spent_cents: communes.iter().map(|c| c.spent_cents).sum(),
            communes,
            slg_envelope_cents: slgs.iter().map(|s| s.envelope_cents).sum(),
            distributed_cents: slgs.iter().map(|s| s.distributed_cents).sum(),
            slgs,
        })
    }

    /// Every SLG of the district with its envelope, what its households planned for
    /// inputs this year and what was given.
    pub fn slg_envelopes(&self, fiscal_year: i32, district_code: &str) -> Result<Vec<SlgEnvelope>> {
        let envelope = self.envelopes()?.slg_usd_cents;
        self.conn
            .prepare_cached(
                "SELECT s.id, s.name, c.code, c.name_km, c.name_en,
                        (SELECT count(*) FROM households h WHERE h.slg_id = s.id AND h.archived_at IS NULL),
                        (SELECT coalesce(sum(p.inputs_cost_khr), 0) FROM production_plans p
                         JOIN households h ON h.id = p.household_id
                         WHERE h.slg_id = s.id AND p.season = ?1 AND p.archived_at IS NULL),
                        (SELECT coalesce(sum(d.usd_cents), 0) FROM input_distributions d
                         WHERE d.slg_id = s.id AND d.fiscal_year = ?2)
                 FROM slgs s JOIN communes c ON c.code = s.commune_code
                 WHERE s.archived_at IS NULL AND s.commune_code >= ?3 AND s.commune_code < ?3 || ':'
                 ORDER BY c.code, s.name",
            )
            .ctx("preparing the SLG envelopes")?
            .query_map(
                rusqlite::params![fiscal_year.to_string(), fiscal_year, district_code],
                |r| {
                    let planned_khr: i64 = r.get(6)?;
                    let distributed: i64 = r.get(7)?;
                    Ok(SlgEnvelope {
                        slg_id: r.get(0)?,
                        slg_name: r.get(1)?,
                        commune: place_at(r, 2)?,
                        households: r.get(5)?,
                        envelope_cents: envelope,
                        planned_cents: to_usd_cents(planned_khr, Currency::Khr, PLANNING_RATE),
                        distributed_cents: distributed,
                        left_cents: envelope - distributed,
                    })
                },
            )
            .ctx("listing the SLG envelopes")?
            .collect::<Result<_, _>>()
            .ctx("reading the SLG envelopes")
    }

    /// Every district's spending and inputs given in `fiscal_year` (a province's or the
    /// nation's file), two grouped queries.
    pub fn district_budgets(&self, fiscal_year: i32) -> Result<Vec<DistrictBudget>> {
        let mut out: std::collections::BTreeMap<String, DistrictBudget> = Default::default();
        let blank = |code: &str| DistrictBudget {
            district_code: code.to_owned(),
            communes_spending: 0,
            spent_cents: 0,
            slgs_given: 0,
            distributed_cents: 0,
        };
        let spending: Vec<(String, u32, i64)> = self
            .conn
            .prepare_cached(
                "SELECT substr(commune_code, 1, 4), count(*), sum(cents) FROM
                   (SELECT commune_code, sum(usd_cents) AS cents FROM expenditures WHERE fiscal_year = ?1
                    GROUP BY commune_code)
                 GROUP BY 1",
            )
            .ctx("preparing the districts' spending")?
            .query_map([fiscal_year], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .ctx("adding up the districts' spending")?
            .collect::<Result<_, _>>()
            .ctx("reading the districts' spending")?;
        for (d, communes, cents) in spending {
            let e = out.entry(d.clone()).or_insert_with(|| blank(&d));
            e.communes_spending = communes;
            e.spent_cents = cents;
        }
        let given: Vec<(String, u32, i64)> = self
            .conn
            .prepare_cached(
                "SELECT substr(s.commune_code, 1, 4), count(*), sum(t.cents) FROM
                   (SELECT slg_id, sum(usd_cents) AS cents FROM input_distributions WHERE fiscal_year = ?1
                    GROUP BY slg_id) t JOIN slgs s ON s.id = t.slg_id
                 GROUP BY 1",
            )
            .ctx("preparing the districts' inputs")?
            .query_map([fiscal_year], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .ctx("adding up the districts' inputs")?
            .collect::<Result<_, _>>()
            .ctx("reading the districts' inputs")?;
        for (d, slgs, cents) in given {
            let e = out.entry(d.clone()).or_insert_with(|| blank(&d));
            e.slgs_given = slgs;
            e.distributed_cents = cents;
        }
        Ok(out.into_values().collect())
    }
}
