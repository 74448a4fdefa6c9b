//! A study campaign: the district's market needs assessment over a period, in its target
//! communes, by a team, at chosen markets, with how many vendors to interview at each.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::gazetteer::{Place, place_at, place_row};
use crate::market::Market;
use crate::people::Official;
use crate::rules::{Checks, TEXT_MAX};
use crate::store::{Store, new_id, stamp};
use crate::study::analysis::Weights;

/// Most vendors a team plans to interview at one market.
pub const TARGET_MAX: u32 = 500;
/// Vendors to interview at a market when the officer does not say.
pub const TARGET_DEFAULT: u32 = 10;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignMarket {
    pub market: Market,
    pub target: u32,
    /// Interviews entered so far at this market.
    pub done: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Campaign {
    pub id: String,
    pub name: String,
    pub district: Place,
    pub starts_on: String,
    pub ends_on: String,
    pub communes: Vec<Place>,
    pub team: Vec<Official>,
    pub markets: Vec<CampaignMarket>,
    pub weights: Weights,
    pub notes: String,
    pub interviews: u32,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignMarketInput {
    pub market_id: String,
    pub target: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignInput {
    pub id: Option<String>,
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
    pub commune_codes: Vec<String>,
    pub team: Vec<String>,
    pub markets: Vec<CampaignMarketInput>,
    pub notes: String,
}

impl Store {
    /// Every campaign, newest first (a district runs one or two a year).
    pub fn campaigns(&self, include_archived: bool) -> Result<Vec<Campaign>> {
        let ids: Vec<String> = self
            .conn
            .prepare_cached(
                "SELECT id FROM campaigns WHERE ?1 OR archived_at IS NULL
                 ORDER BY starts_on DESC, name",
            )
            .ctx("preparing the campaign list")?
            .query_map([include_archived], |r| r.get(0))
            .ctx("listing campaigns")?
            .collect::<Result<_, _>>()
            .ctx("reading campaigns")?;
        ids.iter().map(|id| self.campaign(id)).collect()
    }

    pub fn campaign(&self, id: &str) -> Result<Campaign> {
        let mut campaign = self
            .conn
            .prepare_cached(
                "SELECT c.id, c.name, d.code, d.name_km, d.name_en, c.starts_on, c.ends_on,
                        c.weight_demand, c.weight_gap, c.weight_price, c.weight_willing,
                        c.notes, c.archived_at IS NOT NULL,
                        (SELECT count(*) FROM interviews i WHERE i.campaign_id = c.id AND i.archived_at IS NULL)
                 FROM campaigns c JOIN districts d ON d.code = c.district_code WHERE c.id = ?1",
            )
            .ctx("preparing a campaign read")?
            .query_row([id], |r| {
                Ok(Campaign {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    district: place_at(r, 2)?,
                    starts_on: r.get(5)?,
                    ends_on: r.get(6)?,
                    communes: Vec::new(),
                    team: Vec::new(),
                    markets: Vec::new(),
                    weights: Weights {
                        demand: r.get(7)?,
                        gap: r.get(8)?,
                        price: r.get(9)?,
                        willing: r.get(10)?,
                    },
                    notes: r.get(11)?,
                    archived: r.get(12)?,
                    interviews: r.get(13)?,
                })
            })
            .optional()
            .ctx("reading a campaign")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "campaign",
                id: id.to_owned(),
            })?;
        campaign.communes = self
            .conn
            .prepare_cached(
                "SELECT c.code, c.name_km, c.name_en FROM campaign_communes cc
                 JOIN communes c ON c.code = cc.commune_code
                 WHERE cc.campaign_id = ?1 ORDER BY cc.position",
            )
            .ctx("preparing the campaign communes")?
            .query_map([id], place_row)
            .ctx("listing the campaign communes")?
            .collect::<Result<_, _>>()
            .ctx("reading the campaign communes")?;
        let team: Vec<String> = self
            .conn
            .prepare_cached("SELECT official_id FROM campaign_team WHERE campaign_id = ?1")
            .ctx("preparing the campaign team")?
            .query_map([id], |r| r.get(0))
            .ctx("listing the campaign team")?
            .collect::<Result<_, _>>()
            .ctx("reading the campaign team")?;
        campaign.team = team
            .iter()
            .map(|o| self.official(o))
            .collect::<Result<_>>()?;
        campaign
            .team
            .sort_by(|a, b| (a.role.as_str(), &a.name_km).cmp(&(b.role.as_str(), &b.name_km)));
        let markets: Vec<(String, u32, u32)> = self
            .conn
            .prepare_cached(
                "SELECT cm.market_id, cm.target,
                        (SELECT count(*) FROM interviews i WHERE i.campaign_id = cm.campaign_id
                            AND i.market_id = cm.market_id AND i.archived_at IS NULL)
                 FROM campaign_markets cm WHERE cm.campaign_id = ?1 ORDER BY cm.position",
            )
            .ctx("preparing the campaign markets")?
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .ctx("listing the campaign markets")?
            .collect::<Result<_, _>>()
            .ctx("reading the campaign markets")?;
        campaign.markets = markets
            .into_iter()
            .map(|(m, target, done)| {
                Ok(CampaignMarket {
                    market: self.market(&m)?,
                    target,
                    done,
                })
            })
            .collect::<Result<_>>()?;
        Ok(campaign)
    }

    pub fn save_campaign(&mut self, input: &CampaignInput, now: NaiveDateTime) -> Result<Campaign> {
        let office = self.require_office()?;
        let mut c = Checks::default();
        let name = c.required_name("name", &input.name);
        let starts = c.required_date("startsOn", &input.starts_on);
        let ends = c.required_date("endsOn", &input.ends_on);
        if let (Some(s), Some(e)) = (starts, ends)
            && e < s
        {
            c.push(Violation::new("endsOn", RuleCode::EndBeforeStart));
        }
        let notes = c.optional_text("notes", &input.notes, TEXT_MAX);
        if input.commune_codes.is_empty() {
            c.push(Violation::new("communeCodes", RuleCode::Required));
        }
        for code in &input.commune_codes {
            match self.place(code)? {
                Some(p) if p.code.len() == 6 && p.code.starts_with(&office.district.code) => {}
                Some(p) if p.code.len() == 6 => c.push(
                    Violation::new("communeCodes", RuleCode::CommuneNotInDistrict)
                        .with("commune", p.name_en),
                ),
                _ => c.push(Violation::new("communeCodes", RuleCode::UnknownPlace)),
            }
        }
        for official in &input.team {
            self.known_record("team", "officials", official, &mut c)?;
        }
        if input.markets.is_empty() {
            c.push(Violation::new("markets", RuleCode::Required));
        }
        for (i, m) in input.markets.iter().enumerate() {
            self.known_record(
                &format!("markets.{i}.marketId"),
                "markets",
                &m.market_id,
                &mut c,
            )?;
            if let Some(t) = m.target {
                c.range(
                    &format!("markets.{i}.target"),
                    i64::from(t),
                    1,
                    i64::from(TARGET_MAX),
                );
            }
        }
        if let Some(id) = &input.id {
            self.campaign(id)?;
            // A market that already has interviews stays in the campaign.
            for kept in self.campaign(id)?.markets.iter().filter(|m| m.done > 0) {
                if !input.markets.iter().any(|m| m.market_id == kept.market.id) {
                    c.push(
                        Violation::new("markets", RuleCode::MarketNotInCampaign)
                            .with("market", &kept.market.name),
                    );
                }
            }
        }
        c.into_result()?;
        let id = input.id.clone().unwrap_or_else(new_id);
        self.atomically(|store| {
            store
                .conn
                .execute(
                    "INSERT INTO campaigns (id, name, district_code, starts_on, ends_on, notes, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
                     ON CONFLICT (id) DO UPDATE SET name = excluded.name, starts_on = excluded.starts_on,
                         ends_on = excluded.ends_on, notes = excluded.notes, updated_at = excluded.updated_at",
                    params![id, name, office.district.code, input.starts_on.trim(), input.ends_on.trim(), notes, stamp(now)],
                )
                .ctx("saving a campaign")?;
            for table in ["campaign_communes", "campaign_team", "campaign_markets"] {
                store
                    .conn
                    .execute(&format!("DELETE FROM {table} WHERE campaign_id = ?1"), [&id])
                    .ctx("replacing a campaign's lists")?;
            }
            for (i, code) in dedup(input.commune_codes.iter()).enumerate() {
                store
                    .conn
                    .execute(
                        "INSERT INTO campaign_communes (campaign_id, commune_code, position) VALUES (?1, ?2, ?3)",
                        params![id, code, i as i64],
                    )
                    .ctx("saving a campaign commune")?;
            }
            for official in dedup(input.team.iter()) {
                store
                    .conn
                    .execute(
                        "INSERT INTO campaign_team (campaign_id, official_id) VALUES (?1, ?2)",
                        params![id, official],
                    )
                    .ctx("saving a campaign team member")?;
            }
            let mut seen = std::collections::HashSet::new();
            for (i, m) in input.markets.iter().filter(|m| seen.insert(&m.market_id)).enumerate() {
                store
                    .conn
                    .execute(
                        "INSERT INTO campaign_markets (campaign_id, market_id, target, position) VALUES (?1, ?2, ?3, ?4)",
                        params![id, m.market_id, m.target.unwrap_or(TARGET_DEFAULT), i as i64],
                    )
                    .ctx("saving a campaign market")?;
            }
            store.campaign(&id)
        })
    }

    /// Sets the weights of the priority score; the ranking reads them.
    pub fn set_campaign_weights(
        &mut self,
        id: &str,
        weights: &Weights,
        now: NaiveDateTime,
    ) -> Result<Campaign> {
        self.campaign(id)?;
        weights.check()?;
        self.conn
            .execute(
                "UPDATE campaigns SET weight_demand = ?2, weight_gap = ?3, weight_price = ?4,
                     weight_willing = ?5, updated_at = ?6 WHERE id = ?1",
                params![
                    id,
                    weights.demand,
                    weights.gap,
                    weights.price,
                    weights.willing,
                    stamp(now)
                ],
            )
            .ctx("saving the campaign weights")?;
        self.campaign(id)
    }

    pub fn set_campaign_archived(
        &mut self,
        id: &str,
        archived: bool,
        now: NaiveDateTime,
    ) -> Result<Campaign> {
        self.set_archived("campaigns", id, archived, now)?;
        self.campaign(id)
    }

    /// Pushes `UnknownRecord` or `ArchivedRecord` when `id` is not a live row of `table`.
    pub(crate) fn known_record(
        &self,
        field: &str,
        table: &'static str,
        id: &str,
        c: &mut Checks,
    ) -> Result<()> {
        let archived: Option<bool> = self
            .conn
            .prepare_cached(&format!(
                "SELECT archived_at IS NOT NULL FROM {table} WHERE id = ?1"
            ))
            .ctx("preparing a record check")?
            .query_row([id], |r| r.get(0))
            .optional()
            .ctx("checking a record")?;
        match archived {
            None => c.push(Violation::new(field, RuleCode::UnknownRecord)),
            Some(true) => c.push(Violation::new(field, RuleCode::ArchivedRecord)),
            Some(false) => {}
        }
        Ok(())
    }
}

fn dedup<'a>(items: impl Iterator<Item = &'a String>) -> impl Iterator<Item = &'a String> {
    let mut seen = std::collections::HashSet::new();
    items.filter(move |i| seen.insert(*i))
}
