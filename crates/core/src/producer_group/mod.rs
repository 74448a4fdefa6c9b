//! Step 4 of the guideline: market producer groups of at least 10 households from the
//! SLGs, their committee, products and strategy, and a status computed from what the
//! guideline asks of a formed group — with the reasons when it is not yet.

pub mod bylaws;
pub mod members;
pub mod readiness;

#[cfg(test)]
mod tests;

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::gazetteer::{Place, place_at};
use crate::product::Product;
use crate::rules::{Checks, TEXT_MAX};
use crate::store::{Store, new_id, stamp};

pub use members::{CommitteeRole, CommitteeSeat, CommitteeSeatInput, GroupMember};
pub use readiness::{GroupStatus, Readiness, ReadinessCheck, ReadinessItem};

/// The guideline's producer group has at least this many households …
pub const MEMBERS_MIN: usize = 10;
/// … and works best with at most this many (more is allowed, with a warning).
pub const MEMBERS_ADVISED_MAX: usize = 15;

/// The group's strategy and needs (step 4.1), in the group's own words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupStrategy {
    pub target_buyers: String,
    pub target_markets: String,
    pub volumes: String,
    pub skills_needed: String,
    pub partners_sought: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProducerGroup {
    pub id: String,
    pub name: String,
    pub commune: Place,
    pub cluster_id: Option<String>,
    pub cluster_name: Option<String>,
    pub products: Vec<Product>,
    /// Current members (those who left are kept in the store, not listed here).
    pub members: Vec<GroupMember>,
    pub committee: Vec<CommitteeSeat>,
    pub strategy: GroupStrategy,
    pub formed_on: Option<String>,
    pub inactive_since: Option<String>,
    pub status: GroupStatus,
    pub readiness: Readiness,
    /// Members who must be present to adopt by-laws.
    pub quorum: u32,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProducerGroupInput {
    pub id: Option<String>,
    pub name: String,
    pub commune_code: String,
    pub cluster_id: Option<String>,
    pub product_ids: Vec<String>,
    pub strategy: GroupStrategy,
}

/// One row of the groups list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProducerGroupSummary {
    pub id: String,
    pub name: String,
    pub commune: Place,
    pub members: u32,
    pub products_km: Vec<String>,
    pub status: GroupStatus,
    pub archived: bool,
}

impl Store {
    pub fn producer_group(&self, id: &str) -> Result<ProducerGroup> {
        let mut g = self
            .conn
            .prepare_cached(
                "SELECT g.id, g.name, c.code, c.name_km, c.name_en, g.cluster_id, cl.name, g.formed_on,
                        g.inactive_since, g.target_buyers, g.target_markets, g.volumes, g.skills_needed,
                        g.partners_sought, g.archived_at IS NOT NULL
                 FROM producer_groups g JOIN communes c ON c.code = g.commune_code
                 LEFT JOIN clusters cl ON cl.id = g.cluster_id WHERE g.id = ?1",
            )
            .ctx("preparing a producer group read")?
            .query_row([id], |r| {
                Ok(ProducerGroup {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    commune: place_at(r, 2)?,
                    cluster_id: r.get(5)?,
                    cluster_name: r.get(6)?,
                    products: Vec::new(),
                    members: Vec::new(),
                    committee: Vec::new(),
                    formed_on: r.get(7)?,
                    inactive_since: r.get(8)?,
                    strategy: GroupStrategy {
                        target_buyers: r.get(9)?,
                        target_markets: r.get(10)?,
                        volumes: r.get(11)?,
                        skills_needed: r.get(12)?,
                        partners_sought: r.get(13)?,
                    },
                    status: GroupStatus::Forming,
                    readiness: Readiness::default(),
                    quorum: 0,
                    archived: r.get(14)?,
                })
            })
            .optional()
            .ctx("reading a producer group")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "producer group",
                id: id.to_owned(),
            })?;
        let products: Vec<String> = self
            .conn
            .prepare_cached(
                "SELECT gp.product_id FROM producer_group_products gp JOIN products p ON p.id = gp.product_id
                 WHERE gp.group_id = ?1 ORDER BY p.category, p.name_km",
            )
            .ctx("preparing the group's products")?
            .query_map([id], |r| r.get(0))
            .ctx("listing the group's products")?
            .collect::<Result<_, _>>()
            .ctx("reading the group's products")?;
        g.products = products
            .iter()
            .map(|p| self.product(p))
            .collect::<Result<_>>()?;
        g.members = self.group_members(id)?;
        g.committee = self.group_committee(id)?;
        g.readiness = self.group_readiness(&g)?;
        g.status = readiness::status(&g, self.group_in_contract(id)?);
        g.quorum = bylaws::quorum(g.members.len() as u32);
        Ok(g)
    }

    /// Groups, optionally of one commune, by name (a district has a few dozen; the
    /// list of a province is paged by commune).
    pub fn producer_groups(
        &self,
        commune_code: Option<&str>,
        include_archived: bool,
    ) -> Result<Vec<ProducerGroupSummary>> {
        let ids: Vec<String> = self
            .conn
            .prepare_cached(
                "SELECT id FROM producer_groups WHERE (?1 IS NULL OR commune_code = ?1)
                     AND (?2 OR archived_at IS NULL) ORDER BY name, id LIMIT 1000",
            )
            .ctx("preparing the group list")?
            .query_map(params![commune_code, include_archived], |r| r.get(0))
            .ctx("listing producer groups")?
            .collect::<Result<_, _>>()
            .ctx("reading producer groups")?;
        ids.iter()
            .map(|id| {
                let g = self.producer_group(id)?;
                Ok(ProducerGroupSummary {
                    members: g.members.len() as u32,
                    products_km: g.products.iter().map(|p| p.name_km.clone()).collect(),
                    id: g.id,
                    name: g.name,
                    commune: g.commune,
                    status: g.status,
                    archived: g.archived,
                })
            })
            .collect()
    }

    pub fn save_producer_group(
        &mut self,
        input: &ProducerGroupInput,
        now: NaiveDateTime,
    ) -> Result<ProducerGroup> {
        let office = self.require_office()?;
        let mut c = Checks::default();
        let name = c.required_name("name", &input.name);
        let commune = input.commune_code.trim();
        match self.place(commune)? {
            Some(p) if p.code.len() == 6 && p.code.starts_with(&office.district.code) => {}
            Some(p) if p.code.len() == 6 => c.push(Violation::new(
                "communeCode",
                RuleCode::CommuneNotInDistrict,
            )),
            _ => c.unknown_place("communeCode", commune),
        }
        if let Some(cluster) = input.cluster_id.as_deref().filter(|v| !v.is_empty()) {
            self.known_record("clusterId", "clusters", cluster, &mut c)?;
        }
        if input.product_ids.is_empty() {
            c.push(Violation::new("productIds", RuleCode::Required));
        }
        for p in &input.product_ids {
            self.known_record("productIds", "products", p, &mut c)?;
        }
        let s = &input.strategy;
        let strategy = [
            ("strategy.targetBuyers", &s.target_buyers),
            ("strategy.targetMarkets", &s.target_markets),
            ("strategy.volumes", &s.volumes),
            ("strategy.skillsNeeded", &s.skills_needed),
            ("strategy.partnersSought", &s.partners_sought),
        ]
        .map(|(field, text)| c.optional_text(field, text, TEXT_MAX * 4));
        if let Some(id) = &input.id {
            self.producer_group(id)?;
        }
        c.into_result()?;
        let id = input.id.clone().unwrap_or_else(new_id);
        let cluster = input.cluster_id.as_deref().filter(|v| !v.is_empty());
        self.atomically(|store| {
            store
                .conn
                .execute(
                    "INSERT INTO producer_groups (id, name, commune_code, cluster_id, target_buyers, target_markets,
                         volumes, skills_needed, partners_sought, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)
                     ON CONFLICT (id) DO UPDATE SET name = excluded.name, commune_code = excluded.commune_code,
                         cluster_id = excluded.cluster_id, target_buyers = excluded.target_buyers,
                         target_markets = excluded.target_markets, volumes = excluded.volumes,
                         skills_needed = excluded.skills_needed, partners_sought = excluded.partners_sought,
                         updated_at = excluded.updated_at",
                    params![id, name, commune, cluster, strategy[0], strategy[1], strategy[2], strategy[3],
                        strategy[4], stamp(now)],
                )
                .ctx("saving a producer group")?;
            store
                .conn
                .execute("DELETE FROM producer_group_products WHERE group_id = ?1", [&id])
                .ctx("replacing a group's products")?;
            let mut seen = std::collections::HashSet::new();
            for p in input.product_ids.iter().filter(|p| seen.insert(*p)) {
                store
                    .conn
                    .execute(
                        "INSERT INTO producer_group_products (group_id, product_id) VALUES (?1, ?2)",
                        params![id, p],
                    )
                    .ctx("saving a group product")?;
            }
            store.producer_group(&id)
        })
    }

    pub fn set_producer_group_archived(
        &mut self,
        id: &str,
        archived: bool,
        now: NaiveDateTime,
    ) -> Result<ProducerGroup> {
        self.set_archived("producer_groups", id, archived, now)?;
        self.producer_group(id)
    }
}
