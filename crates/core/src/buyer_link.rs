//! Step 4.1's links: buyers grouped (the collectors of one market, say) and linked to
//! producer groups, and producer groups of different communes linked to sell one
//! product together.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::buyer::BuyerKind;
use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::gazetteer::{Place, place_at};
use crate::product::Product;
use crate::rules::Checks;
use crate::store::{Store, new_id, stamp};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BuyerRef {
    pub id: String,
    pub name: String,
    pub kind: BuyerKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BuyerGroup {
    pub id: String,
    pub name: String,
    pub buyers: Vec<BuyerRef>,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BuyerGroupInput {
    pub id: Option<String>,
    pub name: String,
    pub buyer_ids: Vec<String>,
}

/// A buyer, or a group of buyers, a producer group sells to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupBuyerLink {
    pub buyer_id: Option<String>,
    pub buyer_group_id: Option<String>,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupBuyerLinkInput {
    pub buyer_id: Option<String>,
    pub buyer_group_id: Option<String>,
}

/// Another producer group this one sells a product with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupLink {
    pub group_id: String,
    pub group_name: String,
    pub commune: Place,
    pub product: Product,
}

fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl Store {
    pub fn buyer_groups(&self, include_archived: bool) -> Result<Vec<BuyerGroup>> {
        let ids: Vec<String> = self
            .conn
            .prepare_cached(
                "SELECT id FROM buyer_groups WHERE ?1 OR archived_at IS NULL ORDER BY name, id",
            )
            .ctx("preparing the buyer groups")?
            .query_map([include_archived], |r| r.get(0))
            .ctx("listing buyer groups")?
            .collect::<Result<_, _>>()
            .ctx("reading buyer groups")?;
        ids.iter().map(|id| self.buyer_group(id)).collect()
    }

    pub fn buyer_group(&self, id: &str) -> Result<BuyerGroup> {
        let mut g = self
            .conn
            .prepare_cached(
                "SELECT id, name, archived_at IS NOT NULL FROM buyer_groups WHERE id = ?1",
            )
            .ctx("preparing a buyer group read")?
            .query_row([id], |r| {
                Ok(BuyerGroup {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    buyers: Vec::new(),
                    archived: r.get(2)?,
                })
            })
            .optional()
            .ctx("reading a buyer group")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "buyer group",
                id: id.to_owned(),
            })?;
        g.buyers = self
            .conn
            .prepare_cached(
                "SELECT b.id, b.name, b.kind FROM buyer_group_members m JOIN buyers b ON b.id = m.buyer_id
                 WHERE m.buyer_group_id = ?1 ORDER BY b.name",
            )
            .ctx("preparing the buyer group's buyers")?
            .query_map([id], |r| {
                Ok(BuyerRef {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                })
            })
            .ctx("listing the buyer group's buyers")?
            .collect::<Result<_, _>>()
            .ctx("reading the buyer group's buyers")?;
        Ok(g)
    }

    /// Saves a group of at least two buyers of the register.
    pub fn save_buyer_group(
        &mut self,
        input: &BuyerGroupInput,
        now: NaiveDateTime,
    ) -> Result<BuyerGroup> {
        let mut c = Checks::default();
        let name = c.required_name("name", &input.name);
        let mut seen = std::collections::HashSet::new();
        let buyers: Vec<&String> = input.buyer_ids.iter().filter(|b| seen.insert(*b)).collect();
        if buyers.len() < 2 {
            c.push(
                Violation::new("buyerIds", RuleCode::OutOfRange)
                    .with("min", 2)
                    .with("max", 500),
            );
        }
        for b in &buyers {
            self.known_record("buyerIds", "buyers", b, &mut c)?;
        }
        if let Some(id) = &input.id {
            self.buyer_group(id)?;
        }
        c.into_result()?;
        let id = input.id.clone().unwrap_or_else(new_id);
        self.atomically(|store| {
            store
                .conn
                .execute(
                    "INSERT INTO buyer_groups (id, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)
                     ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at",
                    params![id, name, stamp(now)],
                )
                .ctx("saving a buyer group")?;
            store
                .conn
                .execute("DELETE FROM buyer_group_members WHERE buyer_group_id = ?1", [&id])
                .ctx("replacing a buyer group's buyers")?;
            for b in &buyers {
                store
                    .conn
                    .execute(
                        "INSERT INTO buyer_group_members (buyer_group_id, buyer_id) VALUES (?1, ?2)",
                        params![id, b],
                    )
                    .ctx("saving a buyer group member")?;
            }
            store.buyer_group(&id)
        })
    }

    /// The buyers and buyer groups a producer group sells to.
    pub fn group_buyers(&self, group_id: &str) -> Result<Vec<GroupBuyerLink>> {
        self.conn
            .prepare_cached(
                "SELECT l.buyer_id, l.buyer_group_id, coalesce(b.name, bg.name)
                 FROM producer_group_buyers l LEFT JOIN buyers b ON b.id = l.buyer_id
                 LEFT JOIN buyer_groups bg ON bg.id = l.buyer_group_id
                 WHERE l.group_id = ?1 ORDER BY l.position",
            )
            .ctx("preparing the group's buyers")?
            .query_map([group_id], |r| {
                Ok(GroupBuyerLink {
                    buyer_id: r.get(0)?,
                    buyer_group_id: r.get(1)?,
                    name: r.get(2)?,
                })
            })
            .ctx("listing the group's buyers")?
            .collect::<Result<_, _>>()
            .ctx("reading the group's buyers")
    }

    /// Replaces the buyers a producer group sells to: each link is one buyer or one
    /// buyer group, never both, never twice.
    pub fn set_group_buyers(
        &mut self,
        group_id: &str,
        links: &[GroupBuyerLinkInput],
        now: NaiveDateTime,
    ) -> Result<Vec<GroupBuyerLink>> {
        self.producer_group(group_id)?;
        let mut c = Checks::default();
        let mut seen = std::collections::HashSet::new();
        let mut rows = Vec::new();
        for (i, l) in links.iter().enumerate() {
            let f = format!("links.{i}");
            match (given(&l.buyer_id), given(&l.buyer_group_id)) {
                (Some(b), None) => {
                    self.known_record(&f, "buyers", b, &mut c)?;
                    if !seen.insert(("b", b)) {
                        c.push(Violation::new(&f, RuleCode::DuplicateEntry));
                    }
                    rows.push((Some(b), None));
                }
                (None, Some(g)) => {
                    self.known_record(&f, "buyer_groups", g, &mut c)?;
                    if !seen.insert(("g", g)) {
                        c.push(Violation::new(&f, RuleCode::DuplicateEntry));
                    }
                    rows.push((None, Some(g)));
                }
                _ => c.push(Violation::new(&f, RuleCode::Required)),
            }
        }
        c.into_result()?;
        self.atomically(|store| {
            store
                .conn
                .execute("DELETE FROM producer_group_buyers WHERE group_id = ?1", [group_id])
                .ctx("replacing the group's buyers")?;
            for (pos, (b, g)) in rows.iter().enumerate() {
                store
                    .conn
                    .execute(
                        "INSERT INTO producer_group_buyers (group_id, buyer_id, buyer_group_id, position)
                         VALUES (?1, ?2, ?3, ?4)",
                        params![group_id, b, g, pos as i64],
                    )
                    .ctx("saving a group's buyer")?;
            }
            store.touch_group(group_id, now)?;
            store.group_buyers(group_id)
        })
    }

    /// The groups of other communes this one sells with, per product.
    pub fn group_links(&self, group_id: &str) -> Result<Vec<GroupLink>> {
        let rows: Vec<(String, String, Place, String)> = self
            .conn
            .prepare_cached(
                "SELECT g.id, g.name, c.code, c.name_km, c.name_en, l.product_id
                 FROM producer_group_links l
                 JOIN producer_groups g ON g.id = CASE WHEN l.group_id = ?1 THEN l.other_group_id ELSE l.group_id END
                 JOIN communes c ON c.code = g.commune_code
                 WHERE l.group_id = ?1 OR l.other_group_id = ?1 ORDER BY g.name",
            )
            .ctx("preparing the group links")?
            .query_map([group_id], |r| Ok((r.get(0)?, r.get(1)?, place_at(r, 2)?, r.get(5)?)))
            .ctx("listing the group links")?
            .collect::<Result<_, _>>()
            .ctx("reading the group links")?;
        rows.into_iter()
            .map(|(id, name, commune, product)| {
                Ok(GroupLink {
                    group_id: id,
                    group_name: name,
                    commune,
                    product: self.product(&product)?,
                })
            })
            .collect()
    }

    /// Links two producer groups of different communes that both sell `product_id`.
    pub fn link_groups(
        &mut self,
        group_id: &str,
        other_id: &str,
        product_id: &str,
        now: NaiveDateTime,
    ) -> Result<Vec<GroupLink>> {
        let a = self.producer_group(group_id)?;
        let b = self.producer_group(other_id)?;
        let mut c = Checks::default();
        if a.id == b.id {
            c.push(Violation::new("otherGroupId", RuleCode::DuplicateEntry));
        } else if a.commune.code == b.commune.code {
            c.push(Violation::new("otherGroupId", RuleCode::SameCommune));
        }
        for g in [&a, &b] {
            if !g.products.iter().any(|p| p.id == product_id) {
                c.push(
                    Violation::new("productId", RuleCode::ProductNotInGroup).with("group", &g.name),
                );
            }
        }
        c.into_result()?;
        let (low, high) = if a.id < b.id {
            (&a.id, &b.id)
        } else {
            (&b.id, &a.id)
        };
        self.conn
            .execute(
                "INSERT OR IGNORE INTO producer_group_links (group_id, other_group_id, product_id) VALUES (?1, ?2, ?3)",
                params![low, high, product_id],
            )
            .ctx("linking two groups")?;
        self.touch_group(group_id, now)?;
        self.group_links(group_id)
    }

    pub fn unlink_groups(
        &mut self,
        group_id: &str,
        other_id: &str,
        product_id: &str,
        now: NaiveDateTime,
    ) -> Result<Vec<GroupLink>> {
        let (low, high) = if group_id < other_id {
            (group_id, other_id)
        } else {
            (other_id, group_id)
        };
        self.conn
            .execute(
                "DELETE FROM producer_group_links WHERE group_id = ?1 AND other_group_id = ?2 AND product_id = ?3",
                params![low, high, product_id],
            )
            .ctx("unlinking two groups")?;
        self.touch_group(group_id, now)?;
        self.group_links(group_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::buyer::BuyerQuery;
    use crate::testing::{broken, now};

    fn demo() -> Store {
        let mut store = Store::open_in_memory().unwrap();
        store.load_demo(now()).unwrap();
        store
    }

    #[test]
    fn buyers_grouped_and_linked_to_a_producer_group() {
        let mut store = demo();
        let buyers = store.buyers(&BuyerQuery::default()).unwrap().rows;
        let err = store
            .save_buyer_group(
                &BuyerGroupInput {
                    id: None,
                    name: "x".into(),
                    buyer_ids: vec![buyers[0].id.clone()],
                },
                now(),
            )
            .unwrap_err();
        assert_eq!(broken(&err), [("buyerIds", RuleCode::OutOfRange)]);
        let bg = store
            .save_buyer_group(
                &BuyerGroupInput {
                    id: None,
                    name: "អ្នកប្រមូលទិញផ្សាររលាប្អៀរ".into(),
                    buyer_ids: vec![
                        buyers[0].id.clone(),
                        buyers[1].id.clone(),
                        buyers[0].id.clone(),
                    ],
                },
                now(),
            )
            .unwrap();
        assert_eq!(bg.buyers.len(), 2, "a buyer counts once");
        let group = store.producer_groups(None, false).unwrap().remove(0);
        let link = |b: Option<&str>, g: Option<&str>| GroupBuyerLinkInput {
            buyer_id: b.map(Into::into),
            buyer_group_id: g.map(Into::into),
        };
        let err = store
            .set_group_buyers(
                &group.id,
                &[
                    link(Some(&buyers[2].id), None),
                    link(Some(&buyers[2].id), None),
                    link(None, None),
                ],
                now(),
            )
            .unwrap_err();
        assert_eq!(
            broken(&err),
            [
                ("links.1", RuleCode::DuplicateEntry),
                ("links.2", RuleCode::Required)
            ]
        );
        let links = store
            .set_group_buyers(
                &group.id,
                &[link(Some(&buyers[2].id), None), link(None, Some(&bg.id))],
                now(),
            )
            .unwrap();
        assert_eq!(links.len(), 2);
        assert_eq!(links[1].name, bg.name);
    }

    #[test]
    fn groups_of_different_communes_selling_one_product_are_linked() {
        let mut store = demo();
        let groups = store.producer_groups(None, false).unwrap();
        let chicken_a = groups.iter().find(|g| g.members == 12).unwrap();
        let chicken_b = groups.iter().find(|g| g.members == 16).unwrap();
        let rice = groups.iter().find(|g| g.members == 11).unwrap();
        let links = store
            .link_groups(&chicken_a.id, &chicken_b.id, "seed-chicken-local", now())
            .unwrap();
        assert_eq!(links.len(), 1);
        assert_eq!(links[0].group_id, chicken_b.id);
        assert_eq!(
            store.group_links(&chicken_b.id).unwrap()[0].group_id,
            chicken_a.id,
            "seen from both sides"
        );
        let err = store
            .link_groups(&chicken_a.id, &rice.id, "seed-chicken-local", now())
            .unwrap_err();
        assert_eq!(broken(&err), [("productId", RuleCode::ProductNotInGroup)]);
        let same = groups.iter().find(|g| g.members == 14).unwrap();
        let err = store
            .link_groups(&chicken_b.id, &same.id, "seed-chicken-local", now())
            .unwrap_err();
        assert!(broken(&err).contains(&("otherGroupId", RuleCode::SameCommune)));
        assert!(
            store
                .unlink_groups(&chicken_b.id, &chicken_a.id, "seed-chicken-local", now())
                .unwrap()
                .is_empty()
        );
    }
}
