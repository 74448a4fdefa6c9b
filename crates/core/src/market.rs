//! The markets a district studies (guideline step 1): commune, district and provincial
//! markets and wholesale markets, placed in the gazetteer.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::gazetteer::{Place, optional_place_at, place_at};
use crate::rules::{Checks, TEXT_MAX, clean};
use crate::store::{Store, new_id, stamp};
use crate::text_enum::text_enum;

text_enum!(MarketKind {
    Commune = "commune",
    District = "district",
    Provincial = "provincial",
    Wholesale = "wholesale",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Market {
    pub id: String,
    pub name: String,
    pub kind: MarketKind,
    pub commune: Place,
    pub village: Option<Place>,
    pub market_days: String,
    pub notes: String,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MarketInput {
    pub id: Option<String>,
    pub name: String,
    pub kind: Option<MarketKind>,
    pub commune_code: String,
    pub village_code: Option<String>,
    pub market_days: String,
    pub notes: String,
}

const MARKET_SELECT: &str = "SELECT m.id, m.name, m.kind, c.code, c.name_km, c.name_en,
        v.code, v.name_km, v.name_en, m.market_days, m.notes, m.archived_at IS NOT NULL
    FROM markets m JOIN communes c ON c.code = m.commune_code
    LEFT JOIN villages v ON v.code = m.village_code";

fn market_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Market> {
    Ok(Market {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: r.get(2)?,
        commune: place_at(r, 3)?,
        village: optional_place_at(r, 6)?,
        market_days: r.get(9)?,
        notes: r.get(10)?,
        archived: r.get(11)?,
    })
}

impl Store {
    /// Every market, by name. A district knows a handful; a province a few hundred.
    pub fn markets(&self, include_archived: bool) -> Result<Vec<Market>> {
        self.conn
            .prepare_cached(&format!(
                "{MARKET_SELECT} WHERE ?1 OR m.archived_at IS NULL ORDER BY m.name, m.id"
            ))
            .ctx("preparing the market list")?
            .query_map([include_archived], market_row)
            .ctx("listing markets")?
            .collect::<Result<_, _>>()
            .ctx("reading markets")
    }

    pub fn market(&self, id: &str) -> Result<Market> {
        self.conn
            .prepare_cached(&format!("{MARKET_SELECT} WHERE m.id = ?1"))
            .ctx("preparing a market read")?
            .query_row([id], market_row)
            .optional()
            .ctx("reading a market")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "market",
                id: id.to_owned(),
            })
    }

    pub fn save_market(&mut self, input: &MarketInput, now: NaiveDateTime) -> Result<Market> {
        self.require_office()?;
        let mut c = Checks::default();
        let name = c.required_name("name", &input.name);
        let kind = c.required_choice("kind", input.kind, MarketKind::Commune);
        let days = c.optional_text("marketDays", &input.market_days, TEXT_MAX);
        let notes = c.optional_text("notes", &input.notes, TEXT_MAX);
        let commune = input.commune_code.trim();
        let commune_known =
            !commune.is_empty() && self.place(commune)?.is_some_and(|p| p.code.len() == 6);
        if !commune_known {
            c.unknown_place("communeCode", commune);
        }
        let village = input
            .village_code
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty());
        if let Some(v) = village {
            match self.village_commune(v)? {
                None => c.push(Violation::new("villageCode", RuleCode::UnknownPlace)),
                Some(of) if commune_known && of != commune => {
                    c.push(Violation::new("villageCode", RuleCode::VillageNotInCommune))
                }
                Some(_) => {}
            }
        }
        if let Some(id) = &input.id {
            self.market(id)?;
        }
        if !name.is_empty() && commune_known {
            let taken: bool = self
                .conn
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM markets WHERE commune_code = ?1
                         AND lower(name) = lower(?2) AND id IS NOT ?3)",
                )
                .ctx("preparing a market name check")?
                .query_row(params![commune, clean(&name), input.id], |r| r.get(0))
                .ctx("checking a market name")?;
            if taken {
                c.push(Violation::new("name", RuleCode::DuplicateName));
            }
        }
        c.into_result()?;
        let id = input.id.clone().unwrap_or_else(new_id);
        self.conn
            .execute(
                "INSERT INTO markets (id, name, kind, commune_code, village_code, market_days, notes, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                     commune_code = excluded.commune_code, village_code = excluded.village_code,
                     market_days = excluded.market_days, notes = excluded.notes, updated_at = excluded.updated_at",
                params![id, name, kind, commune, village, days, notes, stamp(now)],
            )
            .ctx("saving a market")?;
        self.market(&id)
    }

    pub fn set_market_archived(
        &mut self,
        id: &str,
        archived: bool,
        now: NaiveDateTime,
    ) -> Result<Market> {
        self.set_archived("markets", id, archived, now)?;
        self.market(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{broken, now, store_with_office};

    pub fn rolea_market() -> MarketInput {
        MarketInput {
            id: None,
            name: "ផ្សាររលាប្អៀរ".into(),
            kind: Some(MarketKind::District),
            commune_code: "040610".into(),
            village_code: Some("04061001".into()),
            market_days: "រៀងរាល់ថ្ងៃ".into(),
            notes: String::new(),
        }
    }

    #[test]
    fn a_market_is_placed_in_a_commune_and_one_of_its_villages() {
        let mut store = store_with_office();
        let m = store.save_market(&rolea_market(), now()).unwrap();
        assert_eq!(m.commune.name_en, "Rolea B'ier");
        assert_eq!(m.village.map(|v| v.name_en).as_deref(), Some("Kruos"));
        let err = store
            .save_market(
                &MarketInput {
                    village_code: Some("04060601".into()),
                    ..rolea_market()
                },
                now(),
            )
            .unwrap_err();
        assert_eq!(
            broken(&err),
            [
                ("villageCode", RuleCode::VillageNotInCommune),
                ("name", RuleCode::DuplicateName)
            ]
        );
        let err = store
            .save_market(
                &MarketInput {
                    name: " ".into(),
                    kind: None,
                    commune_code: "0406".into(),
                    village_code: None,
                    ..rolea_market()
                },
                now(),
            )
            .unwrap_err();
        assert_eq!(
            broken(&err),
            [
                ("name", RuleCode::Required),
                ("kind", RuleCode::Required),
                ("communeCode", RuleCode::UnknownPlace)
            ]
        );
        assert_eq!(
            store.markets(false).unwrap().len(),
            1,
            "refused inputs wrote nothing"
        );
    }
}
