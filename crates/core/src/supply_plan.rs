//! The market supply plan (step 4): what a producer group's members will have for
//! market, per product and month, added up from their production plans and set beside
//! the cluster's production plan; and the same over every group of a district.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result};
use crate::product::Product;
use crate::production_plan::weighted_price_khr;
use crate::store::Store;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SupplyLine {
    pub product: Product,
    /// Households with a plan for the product.
    pub households: u32,
    /// Twelve months, January first: the quantity for market (product's unit) of the
    /// plans harvested or sold in that month.
    pub months: Vec<f64>,
    pub total: f64,
    /// The plans' expected prices weighted by their quantities for market, whole riel;
    /// `None` when nothing goes to market.
    pub expected_price_khr: Option<i64>,
    /// What the group's cluster plans to deliver of the product each month; `None` when
    /// the group has no cluster, the cluster no line for the product, or for a district.
    pub cluster_months: Option<Vec<f64>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SupplyPlan {
    pub group_id: String,
    pub season: Option<String>,
    /// Largest total first.
    pub lines: Vec<SupplyLine>,
}

/// One aggregate query over the plans `from_where` selects (its `?2` is the season or
/// NULL): quantities for market in thousandths per product and month of `ends_on`, their
/// price-weighted sums, and the households per product (rows whose month is NULL). The
/// weighted sum is split into price / 1000 and price % 1000 so SQLite's integer sums
/// stay within 64 bits at any national size the rules allow; Rust joins them in i128.
/// Quantities are stored to thousandths, so `round(q * 1000)` is exact.
fn supply_sql(from_where: &str) -> String {
    format!(
        "WITH plans AS MATERIALIZED (
             SELECT p.product_id AS product, p.household_id AS household,
                    CAST(substr(p.ends_on, 6, 2) AS INTEGER) AS month,
                    CAST(round(p.expected_yield * 1000) AS INTEGER) - CAST(round(p.kept * 1000) AS INTEGER) AS milli,
                    p.expected_price_khr AS price
             FROM {from_where} AND (?2 IS NULL OR p.season = ?2) AND p.archived_at IS NULL
               AND EXISTS (SELECT 1 FROM producer_group_members m WHERE m.group_id = p.group_id
                           AND m.household_id = p.household_id AND m.left_on IS NULL))
         SELECT product, month, sum(milli), sum(milli * (price / 1000)), sum(milli * (price % 1000)), 0
         FROM plans GROUP BY product, month
         UNION ALL
         SELECT product, NULL, 0, 0, 0, count(DISTINCT household) FROM plans GROUP BY product"
    )
}

#[derive(Default)]
struct Sums {
    months: [i128; 12],
    weighted: i128,
    households: u32,
}

impl Store {
    /// The group's market supply plan: its current members' plans (not archived) of one
    /// season or all, per product and month.
    pub fn group_supply_plan(&self, group_id: &str, season: Option<&str>) -> Result<SupplyPlan> {
        let cluster: Option<String> = self
            .conn
            .prepare_cached("SELECT cluster_id FROM producer_groups WHERE id = ?1")
            .ctx("preparing a group's cluster read")?
            .query_row([group_id], |r| r.get(0))
            .optional()
            .ctx("reading a group's cluster")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "producer group",
                id: group_id.to_owned(),
            })?;
        let mut lines = self.supply_lines(
            &supply_sql("production_plans p WHERE p.group_id = ?1"),
            group_id,
            season,
        )?;
        if let Some(cluster) = cluster {
            let mut planned: BTreeMap<String, Vec<f64>> = BTreeMap::new();
            for line in self.cluster(&cluster)?.plan {
                let months = planned
                    .entry(line.product.id)
                    .or_insert_with(|| vec![0.0; 12]);
                for m in line.months {
                    months[usize::from(m - 1)] += line.quantity_per_month;
                }
            }
            for line in &mut lines {
                line.cluster_months = planned.remove(&line.product.id);
            }
        }
        Ok(SupplyPlan {
            group_id: group_id.to_owned(),
            season: season.map(str::to_owned),
            lines,
        })
    }

    /// Every producer group of the district's communes (not archived) added up, in one
    /// aggregate query.
    pub fn district_supply_plan(
        &self,
        district_code: &str,
        season: Option<&str>,
    ) -> Result<Vec<SupplyLine>> {
        // The commune codes of a district start with its code; a range (digits sort
        // before ':') lets the commune index serve what LIKE '0406%' would scan for.
        self.supply_lines(
            &supply_sql(
                "producer_groups g JOIN production_plans p ON p.group_id = g.id
                 WHERE g.commune_code > ?1 AND g.commune_code < ?1 || ':' AND g.archived_at IS NULL",
            ),
            district_code,
            season,
        )
    }

    fn supply_lines(&self, sql: &str, key: &str, season: Option<&str>) -> Result<Vec<SupplyLine>> {
        type Row = (String, Option<i64>, i64, i64, i64, u32);
        let rows: Vec<Row> = self
            .conn
            .prepare_cached(sql)
            .ctx("preparing a supply plan")?
            .query_map(params![key, season], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })
            .ctx("adding up a supply plan")?
            .collect::<Result<_, _>>()
            .ctx("reading a supply plan")?;
        let mut sums: BTreeMap<String, Sums> = BTreeMap::new();
        for (product, month, milli, high, low, households) in rows {
            let s = sums.entry(product).or_default();
            match month {
                None => s.households = households,
                Some(m) => {
                    // Months are validated on save; a month outside 1–12 cannot be placed.
                    if let Some(slot) = usize::try_from(m - 1)
                        .ok()
                        .and_then(|i| s.months.get_mut(i))
                    {
                        *slot += i128::from(milli);
                    }
                    s.weighted += i128::from(high) * 1000 + i128::from(low);
                }
            }
        }
        let mut lines = Vec::with_capacity(sums.len());
        for (product, s) in sums {
            let total: i128 = s.months.iter().sum();
            lines.push(SupplyLine {
                product: self.product(&product)?,
                households: s.households,
                months: s.months.iter().map(|&m| m as f64 / 1000.0).collect(),
                total: total as f64 / 1000.0,
                expected_price_khr: weighted_price_khr(total, s.weighted),
                cluster_months: None,
            });
        }
        lines.sort_by(|a, b| {
            b.total
                .total_cmp(&a.total)
                .then_with(|| a.product.name_km.cmp(&b.product.name_km))
        });
        Ok(lines)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::producer_group::ProducerGroupInput;
    use crate::production_plan::tests::{group, group_with_members, plan};
    use crate::testing::now;

    #[test]
    fn three_households_add_up_into_their_months_with_the_weighted_price() {
        let (mut store, ids, g) = group_with_members(5, 4);
        // Cucumbers: 1,200 kg in February at 2,300; 100 kg in February at 2,000; 50 kg in
        // March at 2,500.
        store
            .save_production_plan(&plan(&ids[0], Some(&g)), now())
            .unwrap();
        let mut b = plan(&ids[1], Some(&g));
        (b.expected_yield, b.kept, b.expected_price_khr) = (Some(110.0), Some(10.0), Some(2000));
        store.save_production_plan(&b, now()).unwrap();
        let mut c = plan(&ids[2], Some(&g));
        (c.expected_yield, c.kept, c.expected_price_khr) = (Some(50.0), Some(0.0), Some(2500));
        c.ends_on = "2027-03".into();
        store.save_production_plan(&c, now()).unwrap();
        // Chickens of the third household, sold in December.
        let mut d = plan(&ids[2], Some(&g));
        d.product_id = Some("seed-chicken-local".into());
        (d.capacity_kind, d.capacity) = (Some(crate::CapacityKind::Heads), Some(20.0));
        (d.expected_yield, d.kept, d.expected_price_khr) = (Some(40.0), Some(0.0), Some(18_000));
        (d.starts_on, d.ends_on) = ("2026-08".into(), "2026-12".into());
        store.save_production_plan(&d, now()).unwrap();
        // Not counted: an archived plan, another season's plan, a plan outside the group.
        let archived = store
            .save_production_plan(&plan(&ids[3], Some(&g)), now())
            .unwrap();
        store
            .set_production_plan_archived(&archived.id, true, now())
            .unwrap();
        let mut later = plan(&ids[3], Some(&g));
        later.season = "2027".into();
        store.save_production_plan(&later, now()).unwrap();
        store
            .save_production_plan(&plan(&ids[4], None), now())
            .unwrap();

        let s = store
            .group_supply_plan(&g, Some("2026 dry season"))
            .unwrap();
        assert_eq!(s.lines.len(), 2);
        let cucumber = &s.lines[0];
        assert_eq!(cucumber.product.id, "seed-cucumber");
        assert_eq!(cucumber.households, 3);
        let mut months = vec![0.0; 12];
        (months[1], months[2]) = (1300.0, 50.0);
        assert_eq!(cucumber.months, months);
        assert_eq!(cucumber.total, 1350.0);
        // (1,200 × 2,300 + 100 × 2,000 + 50 × 2,500) / 1,350 = 2,285.19 → 2,285.
        assert_eq!(cucumber.expected_price_khr, Some(2285));
        assert_eq!(cucumber.cluster_months, None, "the group has no cluster");
        assert_eq!(s.lines[1].months[11], 40.0);
        assert_eq!(s.lines[1].expected_price_khr, Some(18_000));

        let all = store.group_supply_plan(&g, None).unwrap();
        assert_eq!(
            all.lines[0].total, 2550.0,
            "every season: the 2027 plan counts"
        );
        assert_eq!(all.lines[0].households, 4);

        store.remove_group_member(&g, &ids[2], now()).unwrap();
        let s = store
            .group_supply_plan(&g, Some("2026 dry season"))
            .unwrap();
        assert_eq!(s.lines.len(), 1, "a member who left takes their plans");
        assert_eq!(s.lines[0].total, 1300.0);
    }

    #[test]
    fn the_supply_plan_sits_beside_the_clusters_plan() {
        let (mut store, ids, g) = group_with_members(2, 2);
        // A cluster saved through its rules needs SLGs and a registered buyer: the plan
        // line is what matters here, so it is written directly (Dec, Jan, Feb = 2051).
        store
            .conn
            .execute_batch(
                "INSERT INTO clusters (id, name, created_at, updated_at) VALUES ('c1', 'c', '', '');
                 INSERT INTO cluster_products (cluster_id, product_id) VALUES ('c1', 'seed-cucumber');
                 INSERT INTO cluster_plan (cluster_id, position, product_id, quantity_per_month, months,
                     quality) VALUES ('c1', 0, 'seed-cucumber', 800, 2051, '');",
            )
            .unwrap();
        let cluster = "c1".to_owned();
        let input = ProducerGroupInput {
            id: Some(g.clone()),
            name: "ក្រុមបន្លែ".into(),
            commune_code: "040610".into(),
            cluster_id: Some(cluster),
            product_ids: vec!["seed-cucumber".into(), "seed-chicken-local".into()],
            strategy: Default::default(),
        };
        store.save_producer_group(&input, now()).unwrap();
        store
            .save_production_plan(&plan(&ids[0], Some(&g)), now())
            .unwrap();
        let mut chicken = plan(&ids[1], Some(&g));
        chicken.product_id = Some("seed-chicken-local".into());
        store.save_production_plan(&chicken, now()).unwrap();
        let s = store.group_supply_plan(&g, None).unwrap();
        let cucumber = s
            .lines
            .iter()
            .find(|l| l.product.id == "seed-cucumber")
            .unwrap();
        let mut planned = vec![0.0; 12];
        (planned[0], planned[1], planned[11]) = (800.0, 800.0, 800.0);
        assert_eq!(cucumber.cluster_months.as_deref(), Some(planned.as_slice()));
        let chicken = s
            .lines
            .iter()
            .find(|l| l.product.id == "seed-chicken-local")
            .unwrap();
        assert_eq!(chicken.cluster_months, None, "no cluster line for chickens");
    }

    #[test]
    fn the_district_adds_up_its_groups() {
        let (mut store, ids, g1) = group_with_members(6, 3);
        let g2 = group(&mut store, "ក្រុមមាន់");
        for h in &ids[3..] {
            store
                .add_group_member(&g2, h, "ពីភូមិជិតខាង", true, now())
                .unwrap();
        }
        let g3 = group(&mut store, "ក្រុមបោះបង់");
        store
            .add_group_member(&g3, &ids[0], "x", true, now())
            .unwrap();
        for (i, h) in ids.iter().enumerate() {
            let g = if i < 3 { &g1 } else { &g2 };
            let mut p = plan(h, Some(g));
            p.expected_yield = Some(100.0 + i as f64 * 10.5);
            p.kept = Some(0.25);
            p.expected_price_khr = Some(1900 + i as i64 * 111);
            p.ends_on = format!("2027-{:02}", 1 + i % 4);
            if i % 2 == 1 {
                p.product_id = Some("seed-long-bean".into());
            }
            store.save_production_plan(&p, now()).unwrap();
        }
        let mut other = plan(&ids[0], Some(&g3));
        other.season = "x".into();
        store.save_production_plan(&other, now()).unwrap();
        store.set_producer_group_archived(&g3, true, now()).unwrap();

        let district = store.district_supply_plan("0406", None).unwrap();
        let parts: Vec<SupplyLine> = [&g1, &g2]
            .iter()
            .flat_map(|g| store.group_supply_plan(g, None).unwrap().lines)
            .collect();
        assert_eq!(district.len(), 2);
        for line in &district {
            let of: Vec<&SupplyLine> = parts
                .iter()
                .filter(|l| l.product.id == line.product.id)
                .collect();
            let months: Vec<f64> = (0..12)
                .map(|m| of.iter().map(|l| l.months[m]).sum())
                .collect();
            assert_eq!(line.months, months);
            assert_eq!(line.total, of.iter().map(|l| l.total).sum::<f64>());
            assert_eq!(
                line.households,
                of.iter().map(|l| l.households).sum::<u32>()
            );
            let weighted: i128 = of
                .iter()
                .map(|l| {
                    (l.total * 1000.0).round() as i128 * i128::from(l.expected_price_khr.unwrap())
                })
                .sum();
            // Each group's price is itself rounded: the district's is within a riel.
            let approx =
                weighted_price_khr((line.total * 1000.0).round() as i128, weighted).unwrap();
            assert!((line.expected_price_khr.unwrap() - approx).abs() <= 1);
        }
        assert_eq!(
            district,
            store
                .district_supply_plan("0406", Some("2026 dry season"))
                .unwrap()
        );
        assert!(store.district_supply_plan("0401", None).unwrap().is_empty());
        assert!(
            store
                .district_supply_plan("0406", Some("2030"))
                .unwrap()
                .is_empty()
        );
    }
}
