//! Step 4 of the guideline: each member household's production plan (its business
//! plan) for one enterprise in one season — capacity, months, expected yield and what
//! goes to market, expected price, costs and the inputs it asks the programme for, with
//! revenue, cost and profit computed in whole riel.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::meeting::CapacityKind;
use crate::product::{PRICE_MAX_KHR, Product};
use crate::rules::{Checks, NAME_MAX, QUANTITY_MAX};
use crate::store::{Store, new_id, stamp};

/// Most inputs one plan asks the programme for.
pub const PLAN_INPUTS_MAX: usize = 40;
/// Highest cost of one kind a household plan holds (one trillion riel): keeps every sum
/// of costs and revenues far inside `i64`.
pub const COST_MAX_KHR: i64 = 1_000_000_000_000;

/// An input the household asks the programme for (seed, fertiliser, a net …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanInput {
    pub item: String,
    pub quantity: f64,
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanInputInput {
    pub item: String,
    pub quantity: Option<f64>,
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProductionPlan {
    pub id: String,
    pub household_id: String,
    pub household_name_km: String,
    pub group_id: Option<String>,
    /// The officer's words: "2026", "2026 dry season".
    pub season: String,
    pub product: Product,
    pub capacity_kind: CapacityKind,
    /// Land (m²) or heads put to the enterprise.
    pub capacity: f64,
    /// `YYYY-MM` of planting or stocking.
    pub starts_on: String,
    /// `YYYY-MM` of harvest or sale: the month the supply plan counts it in.
    pub ends_on: String,
    /// In the product's unit, kept to thousandths.
    pub expected_yield: f64,
    /// Kept for the household's own use.
    pub kept: f64,
    /// Computed: yield − kept.
    pub for_market: f64,
    /// Whole riel per product unit.
    pub expected_price_khr: i64,
    pub inputs_cost_khr: i64,
    pub labour_cost_khr: i64,
    pub other_cost_khr: i64,
    pub inputs: Vec<PlanInput>,
    /// Computed: for market × price, rounded half up to the riel.
    pub revenue_khr: i64,
    /// Computed: inputs + labour + other.
    pub cost_khr: i64,
    /// Computed: revenue − cost; negative when the plan loses money.
    pub profit_khr: i64,
    pub archived: bool,
}

/// What the form sends: empty number boxes are `null` and refused as required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProductionPlanInput {
    pub id: Option<String>,
    pub household_id: String,
    pub group_id: Option<String>,
    pub season: String,
    pub product_id: Option<String>,
    pub capacity_kind: Option<CapacityKind>,
    pub capacity: Option<f64>,
    pub starts_on: String,
    pub ends_on: String,
    pub expected_yield: Option<f64>,
    pub kept: Option<f64>,
    pub expected_price_khr: Option<i64>,
    pub inputs_cost_khr: Option<i64>,
    pub labour_cost_khr: Option<i64>,
    pub other_cost_khr: Option<i64>,
    pub inputs: Vec<PlanInputInput>,
}

/// A quantity in thousandths of its unit (grams of a kilogram), the integer every money
/// computation starts from.
pub fn milli(quantity: f64) -> i128 {
    (quantity * 1000.0).round() as i128
}

/// `quantity_milli` thousandths of a unit at `price_khr` riel a unit, rounded half up to
/// the whole riel. No floating point touches the money.
pub fn revenue_khr(quantity_milli: i128, price_khr: i64) -> i64 {
    let riel = (quantity_milli * i128::from(price_khr) + 500).div_euclid(1000);
    i64::try_from(riel).unwrap_or(i64::MAX)
}

/// Inputs + labour + other.
pub fn cost_khr(inputs: i64, labour: i64, other: i64) -> i64 {
    inputs.saturating_add(labour).saturating_add(other)
}

/// The quantity-weighted average of prices given as (Σ thousandths, Σ thousandths ×
/// price), rounded half up to the whole riel; `None` when nothing is weighed.
pub fn weighted_price_khr(total_milli: i128, weighted: i128) -> Option<i64> {
    (total_milli > 0)
        .then(|| i64::try_from((2 * weighted + total_milli).div_euclid(2 * total_milli)).ok())
        .flatten()
}

fn parse_month(value: &str) -> Option<(i32, u8)> {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 7 || b[4] != b'-' || !digits(0..4) || !digits(5..7) {
        return None;
    }
    let year: i32 = value[..4].parse().ok()?;
    let month: u8 = value[5..].parse().ok()?;
    (1..=12).contains(&month).then_some((year, month))
}

/// A required `YYYY-MM` month.
fn required_month(c: &mut Checks, field: &str, value: &str) -> Option<(i32, u8)> {
    let value = value.trim();
    if value.is_empty() {
        c.push(Violation::new(field, RuleCode::Required));
        return None;
    }
    let month = parse_month(value);
    if month.is_none() {
        c.push(Violation::new(field, RuleCode::InvalidDate));
    }
    month
}

/// A required quantity: present, not negative, above zero unless `zero_ok`, at most
/// `QUANTITY_MAX`. Returns 0 when broken (the input is then refused).
fn quantity(c: &mut Checks, field: &str, value: Option<f64>, zero_ok: bool) -> f64 {
    let Some(v) = value else {
        c.push(Violation::new(field, RuleCode::Required));
        return 0.0;
    };
    if v < 0.0 {
        c.push(Violation::new(field, RuleCode::Negative));
    } else if v == 0.0 && !zero_ok || !v.is_finite() {
        c.push(Violation::new(field, RuleCode::NotPositive));
    } else if v > QUANTITY_MAX {
        c.push(
            Violation::new(field, RuleCode::OutOfRange)
                .with("min", 0)
                .with("max", QUANTITY_MAX),
        );
    } else {
        return v;
    }
    0.0
}

/// A required amount of riel: present, not negative, at most `max`.
fn money(c: &mut Checks, field: &str, value: Option<i64>, max: i64) -> i64 {
    match value {
        None => c.push(Violation::new(field, RuleCode::Required)),
        Some(v) if v < 0 => c.push(Violation::new(field, RuleCode::Negative)),
        Some(v) if v > max => c.push(
            Violation::new(field, RuleCode::OutOfRange)
                .with("min", 0)
                .with("max", max),
        ),
        Some(v) => return v,
    }
    0
}

/// A plan as stored, before its product and inputs are read.
struct StoredPlan {
    plan: ProductionPlan,
    product_id: String,
}

const PLAN_SELECT: &str =
    "SELECT p.id, p.household_id, h.head_name_km, p.group_id, p.season, p.product_id,
        p.capacity_kind, p.capacity, p.starts_on, p.ends_on, p.expected_yield, p.kept,
        p.expected_price_khr, p.inputs_cost_khr, p.labour_cost_khr, p.other_cost_khr,
        p.archived_at IS NOT NULL
    FROM production_plans p JOIN households h ON h.id = p.household_id";

fn plan_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredPlan> {
    Ok(StoredPlan {
        product_id: r.get(5)?,
        plan: ProductionPlan {
            id: r.get(0)?,
            household_id: r.get(1)?,
            household_name_km: r.get(2)?,
            group_id: r.get(3)?,
            season: r.get(4)?,
            product: Product {
                id: String::new(),
                name_km: String::new(),
                name_en: String::new(),
                category: crate::product::Category::ALL[0],
                unit: crate::product::Unit::ALL[0],
                price_min_khr: 0,
                price_max_khr: 0,
                archived: false,
            },
            capacity_kind: r.get(6)?,
            capacity: r.get(7)?,
            starts_on: r.get(8)?,
            ends_on: r.get(9)?,
            expected_yield: r.get(10)?,
            kept: r.get(11)?,
            for_market: 0.0,
            expected_price_khr: r.get(12)?,
            inputs_cost_khr: r.get(13)?,
            labour_cost_khr: r.get(14)?,
            other_cost_khr: r.get(15)?,
            inputs: Vec::new(),
            revenue_khr: 0,
            cost_khr: 0,
            profit_khr: 0,
            archived: r.get(16)?,
        },
    })
}

/// Fills in what a plan computes: for market, revenue, cost, profit.
fn compute(plan: &mut ProductionPlan) {
    let for_market = milli(plan.expected_yield) - milli(plan.kept);
    plan.for_market = for_market as f64 / 1000.0;
    plan.revenue_khr = revenue_khr(for_market, plan.expected_price_khr);
    plan.cost_khr = cost_khr(
        plan.inputs_cost_khr,
        plan.labour_cost_khr,
        plan.other_cost_khr,
    );
    plan.profit_khr = plan.revenue_khr.saturating_sub(plan.cost_khr);
}

/// A plan ready for the bulk writer (benchmarks): every field already valid.
pub(crate) struct BulkPlan<'a> {
    pub household_id: &'a str,
    pub group_id: Option<&'a str>,
    pub season: &'a str,
    pub product_id: &'a str,
    pub capacity_kind: CapacityKind,
    pub capacity: f64,
    pub starts_on: String,
    pub ends_on: String,
    pub expected_yield: f64,
    pub kept: f64,
    pub expected_price_khr: i64,
    pub costs_khr: [i64; 3],
}

impl Store {
    pub fn production_plan(&self, id: &str) -> Result<ProductionPlan> {
        let stored = self
            .conn
            .prepare_cached(&format!("{PLAN_SELECT} WHERE p.id = ?1"))
            .ctx("preparing a production plan read")?
            .query_row([id], plan_row)
            .optional()
            .ctx("reading a production plan")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "production plan",
                id: id.to_owned(),
            })?;
        self.complete_plan(stored)
    }

    fn complete_plan(&self, stored: StoredPlan) -> Result<ProductionPlan> {
        let mut plan = stored.plan;
        plan.product = self.product(&stored.product_id)?;
        plan.inputs = self
            .conn
            .prepare_cached(
                "SELECT item, quantity, unit FROM plan_inputs WHERE plan_id = ?1 ORDER BY position",
            )
            .ctx("preparing the plan inputs")?
            .query_map([&plan.id], |r| {
                Ok(PlanInput {
                    item: r.get(0)?,
                    quantity: r.get(1)?,
                    unit: r.get(2)?,
                })
            })
            .ctx("listing the plan inputs")?
            .collect::<Result<_, _>>()
            .ctx("reading the plan inputs")?;
        compute(&mut plan);
        Ok(plan)
    }

    fn plan_list(&self, sql: &str, args: impl rusqlite::Params) -> Result<Vec<ProductionPlan>> {
        let rows: Vec<StoredPlan> = self
            .conn
            .prepare_cached(sql)
            .ctx("preparing a plan list")?
            .query_map(args, plan_row)
            .ctx("listing production plans")?
            .collect::<Result<_, _>>()
            .ctx("reading production plans")?;
        rows.into_iter().map(|s| self.complete_plan(s)).collect()
    }

    /// A household's plans (not archived), newest season first.
    pub fn household_plans(&self, household_id: &str) -> Result<Vec<ProductionPlan>> {
        self.plan_list(
            &format!(
                "{PLAN_SELECT} JOIN products pr ON pr.id = p.product_id
                 WHERE p.household_id = ?1 AND p.archived_at IS NULL
                 ORDER BY p.season DESC, pr.name_km, p.id"
            ),
            [household_id],
        )
    }

    /// A group's plans (not archived), of one season or all, by member then product.
    pub fn group_plans(&self, group_id: &str, season: Option<&str>) -> Result<Vec<ProductionPlan>> {
        self.plan_list(
            &format!(
                "{PLAN_SELECT} JOIN products pr ON pr.id = p.product_id
                 WHERE p.group_id = ?1 AND (?2 IS NULL OR p.season = ?2) AND p.archived_at IS NULL
                 ORDER BY p.season DESC, h.head_name_km, pr.name_km, p.id"
            ),
            params![group_id, season],
        )
    }

    pub fn save_production_plan(
        &mut self,
        input: &ProductionPlanInput,
        now: NaiveDateTime,
    ) -> Result<ProductionPlan> {
        self.require_office()?;
        let mut c = Checks::default();
        let household = input.household_id.trim();
        let household_ok = if household.is_empty() {
            c.push(Violation::new("householdId", RuleCode::Required));
            false
        } else {
            let before = c.violations.len();
            self.known_record("householdId", "households", household, &mut c)?;
            c.violations.len() == before
        };
        let group = input
            .group_id
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty());
        if let Some(group) = group {
            let before = c.violations.len();
            self.known_record("groupId", "producer_groups", group, &mut c)?;
            if household_ok
                && c.violations.len() == before
                && !self.current_member(group, household)?
            {
                c.push(Violation::new("householdId", RuleCode::NotAMember));
            }
        }
        let season = c.required_name("season", &input.season);
        let product = input
            .product_id
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty());
        match product {
            None => c.push(Violation::new("productId", RuleCode::Required)),
            Some(p) => self.known_record("productId", "products", p, &mut c)?,
        }
        let kind = c.required_choice("capacityKind", input.capacity_kind, CapacityKind::AreaM2);
        let capacity = quantity(&mut c, "capacity", input.capacity, false);
        let starts = required_month(&mut c, "startsOn", &input.starts_on);
        let ends = required_month(&mut c, "endsOn", &input.ends_on);
        if let (Some(s), Some(e)) = (starts, ends)
            && e < s
        {
            c.push(Violation::new("endsOn", RuleCode::HarvestBeforePlanting));
        }
        let expected_yield = quantity(&mut c, "expectedYield", input.expected_yield, true);
        let kept = quantity(&mut c, "kept", input.kept, true);
        // Compared only when both are valid: a refused yield stands in as 0.
        if let (Some(y), Some(k)) = (input.expected_yield, input.kept)
            && y >= 0.0
            && k >= 0.0
            && milli(kept) > milli(expected_yield)
        {
            c.push(Violation::new("kept", RuleCode::KeptExceedsYield).with("max", expected_yield));
        }
        let price = money(
            &mut c,
            "expectedPriceKhr",
            input.expected_price_khr,
            PRICE_MAX_KHR,
        );
        let costs = [
            ("inputsCostKhr", input.inputs_cost_khr),
            ("labourCostKhr", input.labour_cost_khr),
            ("otherCostKhr", input.other_cost_khr),
        ]
        .map(|(field, v)| money(&mut c, field, v, COST_MAX_KHR));
        if input.inputs.len() > PLAN_INPUTS_MAX {
            c.push(
                Violation::new("inputs", RuleCode::OutOfRange)
                    .with("min", 0)
                    .with("max", PLAN_INPUTS_MAX),
            );
        }
        let mut inputs = Vec::new();
        for (i, line) in input.inputs.iter().enumerate() {
            let f = |name: &str| format!("inputs.{i}.{name}");
            let item = c.required_name(&f("item"), &line.item);
            let quantity = c.required_quantity(&f("quantity"), line.quantity);
            let unit = c.optional_text(&f("unit"), &line.unit, NAME_MAX);
            inputs.push((item, quantity, unit));
        }
        if let (Some(p), true) = (product, household_ok && !season.is_empty()) {
            let other: Option<String> = self
                .conn
                .prepare_cached(
                    "SELECT id FROM production_plans WHERE household_id = ?1 AND product_id = ?2
                         AND season = ?3 AND archived_at IS NULL AND id <> coalesce(?4, '') LIMIT 1",
                )
                .ctx("preparing the duplicate plan check")?
                .query_row(params![household, p, season, input.id], |r| r.get(0))
                .optional()
                .ctx("checking for a duplicate plan")?;
            if other.is_some() {
                c.push(
                    Violation::new("productId", RuleCode::DuplicateEntry).with("season", &season),
                );
            }
        }
        if let Some(id) = &input.id {
            self.production_plan(id)?;
        }
        c.into_result()?;
        let id = input.id.clone().unwrap_or_else(new_id);
        // Quantities are kept to thousandths, the precision the money is computed from.
        let thousandths = |q: f64| milli(q) as f64 / 1000.0;
        self.atomically(|store| {
            store
                .conn
                .execute(
                    "INSERT INTO production_plans (id, household_id, group_id, season, product_id, capacity_kind,
                         capacity, starts_on, ends_on, expected_yield, kept, expected_price_khr, inputs_cost_khr,
                         labour_cost_khr, other_cost_khr, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)
                     ON CONFLICT (id) DO UPDATE SET household_id = excluded.household_id,
                         group_id = excluded.group_id, season = excluded.season, product_id = excluded.product_id,
                         capacity_kind = excluded.capacity_kind, capacity = excluded.capacity,
                         starts_on = excluded.starts_on, ends_on = excluded.ends_on,
                         expected_yield = excluded.expected_yield, kept = excluded.kept,
                         expected_price_khr = excluded.expected_price_khr,
                         inputs_cost_khr = excluded.inputs_cost_khr, labour_cost_khr = excluded.labour_cost_khr,
                         other_cost_khr = excluded.other_cost_khr, updated_at = excluded.updated_at",
                    params![
                        id,
                        household,
                        group,
                        season,
                        product,
                        kind,
                        capacity,
                        input.starts_on.trim(),
                        input.ends_on.trim(),
                        thousandths(expected_yield),
                        thousandths(kept),
                        price,
                        costs[0],
                        costs[1],
                        costs[2],
                        stamp(now)
                    ],
                )
                .ctx("saving a production plan")?;
            store
                .conn
                .execute("DELETE FROM plan_inputs WHERE plan_id = ?1", [&id])
                .ctx("replacing a plan's inputs")?;
            for (pos, (item, quantity, unit)) in inputs.iter().enumerate() {
                store
                    .conn
                    .prepare_cached(
                        "INSERT INTO plan_inputs (plan_id, position, item, quantity, unit)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                    )
                    .ctx("preparing a plan input")?
                    .execute(params![id, pos as i64, item, quantity, unit])
                    .ctx("saving a plan input")?;
            }
            store.production_plan(&id)
        })
    }

    pub fn set_production_plan_archived(
        &mut self,
        id: &str,
        archived: bool,
        now: NaiveDateTime,
    ) -> Result<ProductionPlan> {
        self.set_archived("production_plans", id, archived, now)?;
        self.production_plan(id)
    }

    /// Whether the household is a member of the group now (it has not left).
    pub(crate) fn current_member(&self, group_id: &str, household_id: &str) -> Result<bool> {
        self.conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM producer_group_members
                 WHERE group_id = ?1 AND household_id = ?2 AND left_on IS NULL)",
            )
            .ctx("preparing the membership check")?
            .query_row([group_id, household_id], |r| r.get(0))
            .ctx("checking membership")
    }

    /// Writes plans without the rules, in one transaction: for the benchmarks' national
    /// data sets only, where the rules' lookups would dominate the setup.
    pub(crate) fn bulk_insert_plans(
        &mut self,
        plans: &[BulkPlan<'_>],
        now: NaiveDateTime,
    ) -> Result<()> {
        let tx = self.conn.savepoint().ctx("starting a plan import")?;
        {
            let mut insert = tx
                .prepare(
                    "INSERT INTO production_plans (id, household_id, group_id, season, product_id, capacity_kind,
                         capacity, starts_on, ends_on, expected_yield, kept, expected_price_khr, inputs_cost_khr,
                         labour_cost_khr, other_cost_khr, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)",
                )
                .ctx("preparing the plan import")?;
            let now = stamp(now);
            for p in plans {
                insert
                    .execute(params![
                        new_id(),
                        p.household_id,
                        p.group_id,
                        p.season,
                        p.product_id,
                        p.capacity_kind,
                        p.capacity,
                        p.starts_on,
                        p.ends_on,
                        milli(p.expected_yield) as f64 / 1000.0,
                        milli(p.kept) as f64 / 1000.0,
                        p.expected_price_khr,
                        p.costs_khr[0],
                        p.costs_khr[1],
                        p.costs_khr[2],
                        now
                    ])
                    .ctx("importing a plan")?;
            }
        }
        tx.commit().ctx("committing a plan import")
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::producer_group::ProducerGroupInput;
    use crate::testing::{broken, household, now, store_with_office};

    /// An office with `n` households of Rolea B'ier commune and one group holding the
    /// first `members` of them. Returns the household ids and the group's id.
    pub(crate) fn group_with_members(n: usize, members: usize) -> (Store, Vec<String>, String) {
        let mut store = store_with_office();
        let rows: Vec<_> = (0..n)
            .map(|i| {
                (
                    household(&format!("សុខ {i}"), &format!("Sok {i}"), 1960 + i as i32),
                    None,
                )
            })
            .collect();
        store.import_households(&rows, now()).unwrap();
        let ids: Vec<String> = store
            .conn
            .prepare("SELECT id FROM households ORDER BY rowid")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let group = group(&mut store, "ក្រុមបន្លែ");
        for h in &ids[..members] {
            store
                .add_group_member(&group, h, "ពីភូមិជិតខាង", true, now())
                .unwrap();
        }
        (store, ids, group)
    }

    pub(crate) fn group(store: &mut Store, name: &str) -> String {
        store
            .save_producer_group(
                &ProducerGroupInput {
                    id: None,
                    name: name.into(),
                    commune_code: "040610".into(),
                    cluster_id: None,
                    product_ids: vec!["seed-cucumber".into()],
                    strategy: Default::default(),
                },
                now(),
            )
            .unwrap()
            .id
    }

    pub(crate) fn plan(household: &str, group: Option<&str>) -> ProductionPlanInput {
        ProductionPlanInput {
            id: None,
            household_id: household.into(),
            group_id: group.map(Into::into),
            season: "2026 dry season".into(),
            product_id: Some("seed-cucumber".into()),
            capacity_kind: Some(CapacityKind::AreaM2),
            capacity: Some(800.0),
            starts_on: "2026-11".into(),
            ends_on: "2027-02".into(),
            expected_yield: Some(1234.5),
            kept: Some(34.5),
            expected_price_khr: Some(2300),
            inputs_cost_khr: Some(400_000),
            labour_cost_khr: Some(300_000),
            other_cost_khr: Some(50_000),
            inputs: vec![PlanInputInput {
                item: " គ្រាប់ពូជត្រសក់ ".into(),
                quantity: Some(0.5),
                unit: "kg".into(),
            }],
        }
    }

    #[test]
    fn money_is_whole_riel_rounded_half_up() {
        assert_eq!(revenue_khr(milli(1234.5), 2300), 2_839_350);
        assert_eq!(revenue_khr(milli(0.3335), 1000), 334);
        assert_eq!(revenue_khr(milli(0.3334), 1000), 333);
        assert_eq!(revenue_khr(milli(0.0005), 1000), 1, "half a riel rounds up");
        assert_eq!(revenue_khr(milli(0.0004), 1000), 0);
        assert_eq!(revenue_khr(milli(0.1) * 3, 10), 3, "no 0.30000000000000004");
        assert_eq!(revenue_khr(0, PRICE_MAX_KHR), 0);
        assert_eq!(
            revenue_khr(milli(QUANTITY_MAX), PRICE_MAX_KHR),
            20_000_000_000_000
        );
        assert_eq!(cost_khr(400_000, 300_000, 50_000), 750_000);
        assert_eq!(weighted_price_khr(0, 0), None);
        // 100 kg at 2,000 and 50 kg at 2,500: 325,000 / 150 = 2,166.67 → 2,167.
        assert_eq!(
            weighted_price_khr(150_000, 100_000 * 2000 + 50_000 * 2500),
            Some(2167)
        );
        // 1 kg at 1,000 and 1 kg at 1,001: 1,000.5 → 1,001 (half up).
        assert_eq!(
            weighted_price_khr(2000, 1000 * 1000 + 1000 * 1001),
            Some(1001)
        );
    }

    #[test]
    fn months_are_year_and_month() {
        assert_eq!(parse_month("2026-02"), Some((2026, 2)));
        for bad in [
            "2026-13",
            "2026-00",
            "2026-2",
            "26-02",
            "2026/02",
            "2026-02-01",
            "២០២៦-០២",
        ] {
            assert_eq!(parse_month(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_plan_computes_market_revenue_cost_and_profit() {
        let (mut store, ids, group) = group_with_members(3, 2);
        let p = store
            .save_production_plan(&plan(&ids[0], Some(&group)), now())
            .unwrap();
        assert_eq!(p.for_market, 1200.0);
        assert_eq!(p.revenue_khr, 2_760_000);
        assert_eq!(p.cost_khr, 750_000);
        assert_eq!(p.profit_khr, 2_010_000);
        assert_eq!(p.inputs[0].item, "គ្រាប់ពូជត្រសក់");
        assert_eq!(p.household_name_km, "សុខ 0");
        assert_eq!(p.product.id, "seed-cucumber");

        let mut losing = plan(&ids[0], None);
        losing.id = Some(p.id.clone());
        losing.kept = Some(1234.5);
        let p = store.save_production_plan(&losing, now()).unwrap();
        assert_eq!(
            (p.for_market, p.revenue_khr, p.profit_khr),
            (0.0, 0, -750_000)
        );
        assert_eq!(p.group_id, None);
        assert_eq!(store.household_plans(&ids[0]).unwrap().len(), 1);
        assert!(store.group_plans(&group, None).unwrap().is_empty());

        let members_plan = store
            .save_production_plan(&plan(&ids[1], Some(&group)), now())
            .unwrap();
        assert_eq!(
            store
                .group_plans(&group, Some("2026 dry season"))
                .unwrap()
                .len(),
            1
        );
        assert!(store.group_plans(&group, Some("2027")).unwrap().is_empty());
        let archived = store
            .set_production_plan_archived(&members_plan.id, true, now())
            .unwrap();
        assert!(archived.archived);
        assert!(store.group_plans(&group, None).unwrap().is_empty());
    }

    #[test]
    fn every_broken_rule_is_reported_and_nothing_written() {
        let (mut store, ids, group) = group_with_members(3, 1);
        let mut input = plan(&ids[2], Some(&group));
        input.season = " ".into();
        input.product_id = Some("no-such-product".into());
        input.capacity = Some(0.0);
        input.starts_on = "2026-11".into();
        input.ends_on = "2026-10".into();
        input.expected_yield = Some(100.0);
        input.kept = Some(100.5);
        input.expected_price_khr = Some(PRICE_MAX_KHR + 1);
        input.other_cost_khr = Some(COST_MAX_KHR + 1);
        input.inputs_cost_khr = Some(-1);
        input.labour_cost_khr = None;
        input.inputs.push(PlanInputInput {
            item: " ".into(),
            quantity: Some(0.0),
            unit: String::new(),
        });
        let err = store.save_production_plan(&input, now()).unwrap_err();
        assert_eq!(
            broken(&err),
            [
                ("householdId", RuleCode::NotAMember),
                ("season", RuleCode::Required),
                ("productId", RuleCode::UnknownRecord),
                ("capacity", RuleCode::NotPositive),
                ("endsOn", RuleCode::HarvestBeforePlanting),
                ("kept", RuleCode::KeptExceedsYield),
                ("expectedPriceKhr", RuleCode::OutOfRange),
                ("inputsCostKhr", RuleCode::Negative),
                ("labourCostKhr", RuleCode::Required),
                ("otherCostKhr", RuleCode::OutOfRange),
                ("inputs.1.item", RuleCode::Required),
                ("inputs.1.quantity", RuleCode::NotPositive),
            ]
        );

        let empty = ProductionPlanInput {
            id: None,
            household_id: String::new(),
            group_id: None,
            season: String::new(),
            product_id: None,
            capacity_kind: None,
            capacity: None,
            starts_on: String::new(),
            ends_on: "2026-13".into(),
            expected_yield: None,
            kept: None,
            expected_price_khr: None,
            inputs_cost_khr: None,
            labour_cost_khr: None,
            other_cost_khr: None,
            inputs: vec![],
        };
        let err = store.save_production_plan(&empty, now()).unwrap_err();
        assert_eq!(
            broken(&err),
            [
                ("householdId", RuleCode::Required),
                ("season", RuleCode::Required),
                ("productId", RuleCode::Required),
                ("capacityKind", RuleCode::Required),
                ("capacity", RuleCode::Required),
                ("startsOn", RuleCode::Required),
                ("endsOn", RuleCode::InvalidDate),
                ("expectedYield", RuleCode::Required),
                ("kept", RuleCode::Required),
                ("expectedPriceKhr", RuleCode::Required),
                ("inputsCostKhr", RuleCode::Required),
                ("labourCostKhr", RuleCode::Required),
                ("otherCostKhr", RuleCode::Required),
            ]
        );

        let mut negative = plan("no-such-household", Some("no-such-group"));
        negative.capacity = Some(-3.0);
        negative.expected_yield = Some(-1.0);
        negative.kept = Some(5.0);
        negative.expected_price_khr = Some(-5);
        negative.inputs = (0..=PLAN_INPUTS_MAX)
            .map(|_| PlanInputInput {
                item: "ជី".into(),
                quantity: Some(1.0),
                unit: "kg".into(),
            })
            .collect();
        let err = store.save_production_plan(&negative, now()).unwrap_err();
        assert_eq!(
            broken(&err),
            [
                ("householdId", RuleCode::UnknownRecord),
                ("groupId", RuleCode::UnknownRecord),
                ("capacity", RuleCode::Negative),
                ("expectedYield", RuleCode::Negative),
                ("expectedPriceKhr", RuleCode::Negative),
                ("inputs", RuleCode::OutOfRange),
            ]
        );
        assert!(
            store.household_plans(&ids[2]).unwrap().is_empty(),
            "nothing written"
        );
    }

    #[test]
    fn archived_households_members_who_left_and_second_plans_are_refused() {
        let (mut store, ids, group) = group_with_members(3, 2);
        store
            .save_production_plan(&plan(&ids[0], Some(&group)), now())
            .unwrap();
        let err = store
            .save_production_plan(&plan(&ids[0], Some(&group)), now())
            .unwrap_err();
        assert_eq!(broken(&err), [("productId", RuleCode::DuplicateEntry)]);
        let mut next_season = plan(&ids[0], Some(&group));
        next_season.season = "2027 wet season".into();
        assert!(store.save_production_plan(&next_season, now()).is_ok());

        store.remove_group_member(&group, &ids[1], now()).unwrap();
        let err = store
            .save_production_plan(&plan(&ids[1], Some(&group)), now())
            .unwrap_err();
        assert_eq!(broken(&err), [("householdId", RuleCode::NotAMember)]);

        store.set_household_archived(&ids[2], true, now()).unwrap();
        let err = store
            .save_production_plan(&plan(&ids[2], None), now())
            .unwrap_err();
        assert_eq!(broken(&err), [("householdId", RuleCode::ArchivedRecord)]);
    }
}
