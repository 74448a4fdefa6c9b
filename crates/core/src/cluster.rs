//! The clusters formed at the district forum: a multi-stakeholder platform of producer
//! SLGs (later producer groups), buyers, input suppliers and service providers around
//! some products, with a production plan, a business strategy and an action plan.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::product::{PRICE_MAX_KHR, Product};
use crate::rules::{Checks, NAME_MAX, TEXT_MAX};
use crate::store::{Store, new_id, stamp};
use crate::study::months;
use crate::text_enum::text_enum;

text_enum!(PartnerRole {
    Buyer = "buyer",
    InputSupplier = "input_supplier",
    ServiceProvider = "service_provider",
});

text_enum!(ActionStatus {
    Planned = "planned",
    InProgress = "in_progress",
    Done = "done",
    Dropped = "dropped",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClusterPartner {
    pub role: PartnerRole,
    /// The buyer or supplier of the register; service providers are named only.
    pub buyer_id: Option<String>,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClusterPartnerInput {
    pub role: Option<PartnerRole>,
    pub buyer_id: Option<String>,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanLine {
    pub product: Product,
    /// In the product's unit, each delivery month.
    pub quantity_per_month: f64,
    pub months: Vec<u8>,
    pub quality: String,
    pub price_min_khr: Option<i64>,
    pub price_max_khr: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanLineInput {
    pub product_id: Option<String>,
    pub quantity_per_month: Option<f64>,
    pub months: Vec<u8>,
    pub quality: String,
    pub price_min_khr: Option<i64>,
    pub price_max_khr: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionItem {
    pub activity: String,
    pub responsible: String,
    /// ISO date.
    pub deadline: Option<String>,
    pub status: ActionStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionItemInput {
    pub activity: String,
    pub responsible: String,
    pub deadline: Option<String>,
    pub status: Option<ActionStatus>,
}

/// An SLG of the cluster, by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClusterSlg {
    pub id: String,
    pub name: String,
    pub member_count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Cluster {
    pub id: String,
    pub forum_id: Option<String>,
    pub name: String,
    pub products: Vec<Product>,
    pub slgs: Vec<ClusterSlg>,
    pub partners: Vec<ClusterPartner>,
    pub plan: Vec<PlanLine>,
    pub business_strategy: String,
    pub actions: Vec<ActionItem>,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClusterInput {
    pub id: Option<String>,
    pub forum_id: Option<String>,
    pub name: String,
    pub product_ids: Vec<String>,
    pub slg_ids: Vec<String>,
    pub partners: Vec<ClusterPartnerInput>,
    pub plan: Vec<PlanLineInput>,
    pub business_strategy: String,
    pub actions: Vec<ActionItemInput>,
}

/// A production plan row as stored: product id, quantity, month mask, quality, prices.
type StoredPlanLine = (String, f64, u16, String, Option<i64>, Option<i64>);

/// Most entries of one of a cluster's lists.
pub const CLUSTER_LIST_MAX: usize = 100;

impl Store {
    /// The clusters of one forum, or all, by name.
    pub fn clusters(&self, forum_id: Option<&str>, include_archived: bool) -> Result<Vec<Cluster>> {
        let ids: Vec<String> = self
            .conn
            .prepare_cached(
                "SELECT id FROM clusters WHERE (?1 IS NULL OR forum_id = ?1) AND (?2 OR archived_at IS NULL)
                 ORDER BY name, id",
            )
            .ctx("preparing the cluster list")?
            .query_map(params![forum_id, include_archived], |r| r.get(0))
            .ctx("listing clusters")?
            .collect::<Result<_, _>>()
            .ctx("reading clusters")?;
        ids.iter().map(|id| self.cluster(id)).collect()
    }

    pub fn cluster(&self, id: &str) -> Result<Cluster> {
        let mut cluster = self
            .conn
            .prepare_cached(
                "SELECT id, forum_id, name, business_strategy, archived_at IS NOT NULL FROM clusters WHERE id = ?1",
            )
            .ctx("preparing a cluster read")?
            .query_row([id], |r| {
                Ok(Cluster {
                    id: r.get(0)?,
                    forum_id: r.get(1)?,
                    name: r.get(2)?,
                    products: Vec::new(),
                    slgs: Vec::new(),
                    partners: Vec::new(),
                    plan: Vec::new(),
                    business_strategy: r.get(3)?,
                    actions: Vec::new(),
                    archived: r.get(4)?,
                })
            })
            .optional()
            .ctx("reading a cluster")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "cluster",
                id: id.to_owned(),
            })?;
        let product_ids: Vec<String> = self.column_list(
            "SELECT cp.product_id FROM cluster_products cp JOIN products p ON p.id = cp.product_id
             WHERE cp.cluster_id = ?1 ORDER BY p.category, p.name_km",
            id,
        )?;
        cluster.products = product_ids
            .iter()
            .map(|p| self.product(p))
            .collect::<Result<_>>()?;
        cluster.slgs = self
            .conn
            .prepare_cached(
                "SELECT s.id, s.name, (SELECT count(*) FROM households h WHERE h.slg_id = s.id AND h.archived_at IS NULL)
                 FROM cluster_slgs cs JOIN slgs s ON s.id = cs.slg_id WHERE cs.cluster_id = ?1 ORDER BY s.name",
            )
            .ctx("preparing the cluster SLGs")?
            .query_map([id], |r| {
                Ok(ClusterSlg {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    member_count: r.get(2)?,
                })
            })
            .ctx("listing the cluster SLGs")?
            .collect::<Result<_, _>>()
            .ctx("reading the cluster SLGs")?;
        cluster.partners = self
            .conn
            .prepare_cached(
                "SELECT role, buyer_id, name FROM cluster_partners WHERE cluster_id = ?1 ORDER BY position",
            )
            .ctx("preparing the cluster partners")?
            .query_map([id], |r| {
                Ok(ClusterPartner {
                    role: r.get(0)?,
                    buyer_id: r.get(1)?,
                    name: r.get(2)?,
                })
            })
            .ctx("listing the cluster partners")?
            .collect::<Result<_, _>>()
            .ctx("reading the cluster partners")?;
        let plan: Vec<StoredPlanLine> = self
            .conn
            .prepare_cached(
                "SELECT product_id, quantity_per_month, months, quality, price_min_khr, price_max_khr
                 FROM cluster_plan WHERE cluster_id = ?1 ORDER BY position",
            )
            .ctx("preparing the cluster plan")?
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))
            .ctx("listing the cluster plan")?
            .collect::<Result<_, _>>()
            .ctx("reading the cluster plan")?;
        for (product, quantity, mask, quality, min, max) in plan {
            cluster.plan.push(PlanLine {
                product: self.product(&product)?,
                quantity_per_month: quantity,
                months: months::numbers(mask),
                quality,
                price_min_khr: min,
                price_max_khr: max,
            });
        }
        cluster.actions = self
            .conn
            .prepare_cached(
                "SELECT activity, responsible, deadline, status FROM cluster_actions
                 WHERE cluster_id = ?1 ORDER BY position",
            )
            .ctx("preparing the action plan")?
            .query_map([id], |r| {
                Ok(ActionItem {
                    activity: r.get(0)?,
                    responsible: r.get(1)?,
                    deadline: r.get(2)?,
                    status: r.get(3)?,
                })
            })
            .ctx("listing the action plan")?
            .collect::<Result<_, _>>()
            .ctx("reading the action plan")?;
        Ok(cluster)
    }

    fn column_list(&self, sql: &str, id: &str) -> Result<Vec<String>> {
        self.conn
            .prepare_cached(sql)
            .ctx("preparing a list")?
            .query_map([id], |r| r.get(0))
            .ctx("listing")?
            .collect::<Result<_, _>>()
            .ctx("reading a list")
    }

    pub fn save_cluster(&mut self, input: &ClusterInput, now: NaiveDateTime) -> Result<Cluster> {
        self.require_office()?;
        let mut c = Checks::default();
        let name = c.required_name("name", &input.name);
        let strategy = c.optional_text("businessStrategy", &input.business_strategy, TEXT_MAX * 8);
        let forum = input.forum_id.as_deref().filter(|v| !v.is_empty());
        if let Some(forum) = forum {
            self.known_record("forumId", "forums", forum, &mut c)?;
        }
        for (field, len) in [
            ("productIds", input.product_ids.len()),
            ("slgIds", input.slg_ids.len()),
            ("partners", input.partners.len()),
            ("plan", input.plan.len()),
            ("actions", input.actions.len()),
        ] {
            if len > CLUSTER_LIST_MAX {
                c.push(
                    Violation::new(field, RuleCode::OutOfRange)
                        .with("min", 0)
                        .with("max", CLUSTER_LIST_MAX),
                );
            }
        }
        if input.product_ids.is_empty() {
            c.push(Violation::new("productIds", RuleCode::Required));
        }
        for p in &input.product_ids {
            self.known_record("productIds", "products", p, &mut c)?;
        }
        if input.slg_ids.is_empty() {
            c.push(Violation::new("slgIds", RuleCode::ClusterNeedsProducers));
        }
        for s in &input.slg_ids {
            self.known_record("slgIds", "slgs", s, &mut c)?;
        }
        let mut partners = Vec::new();
        for (i, p) in input.partners.iter().enumerate() {
            let f = |name: &str| format!("partners.{i}.{name}");
            let role = c.required_choice(&f("role"), p.role, PartnerRole::Buyer);
            let buyer = p.buyer_id.as_deref().filter(|v| !v.is_empty());
            let mut name = p.name.clone();
            match buyer {
                Some(b) => {
                    let before = c.violations.len();
                    self.known_record(&f("buyerId"), "buyers", b, &mut c)?;
                    if c.violations.len() == before && name.trim().is_empty() {
                        name = self.buyer(b)?.name;
                    }
                }
                None if role != PartnerRole::ServiceProvider => {
                    c.push(Violation::new(&f("buyerId"), RuleCode::Required))
                }
                None => {}
            }
            let name = c.required_name(&f("name"), &name);
            partners.push((role, buyer.map(str::to_owned), name));
        }
        if !input
            .partners
            .iter()
            .any(|p| p.role == Some(PartnerRole::Buyer))
        {
            c.push(Violation::new("partners", RuleCode::ClusterNeedsBuyer));
        }
        let mut plan = Vec::new();
        for (i, l) in input.plan.iter().enumerate() {
            let f = |name: &str| format!("plan.{i}.{name}");
            let product = l.product_id.as_deref().filter(|v| !v.is_empty());
            match product {
                None => c.push(Violation::new(&f("productId"), RuleCode::Required)),
                Some(p) => {
                    self.known_record(&f("productId"), "products", p, &mut c)?;
                    if !input.product_ids.iter().any(|x| x == p) {
                        c.push(Violation::new(
                            &f("productId"),
                            RuleCode::PlanProductNotInCluster,
                        ));
                    }
                }
            }
            let quantity = c.required_quantity(&f("quantityPerMonth"), l.quantity_per_month);
            let mask = match months::mask(&l.months) {
                None => {
                    c.push(
                        Violation::new(&f("months"), RuleCode::OutOfRange)
                            .with("min", 1)
                            .with("max", 12),
                    );
                    0
                }
                Some(0) => {
                    c.push(Violation::new(&f("months"), RuleCode::MonthsRequired));
                    0
                }
                Some(m) => m,
            };
            let quality = c.optional_text(&f("quality"), &l.quality, NAME_MAX);
            let min = l
                .price_min_khr
                .map(|v| c.positive_money(&f("priceMinKhr"), v, PRICE_MAX_KHR));
            let max = l
                .price_max_khr
                .map(|v| c.positive_money(&f("priceMaxKhr"), v, PRICE_MAX_KHR));
            if let (Some(lo), Some(hi)) = (min, max)
                && lo > 0
                && hi > 0
                && hi < lo
            {
                c.push(Violation::new(&f("priceMaxKhr"), RuleCode::MaxBelowMin).with("min", lo));
            }
            plan.push((
                product.map(str::to_owned),
                quantity,
                mask,
                quality,
                l.price_min_khr,
                l.price_max_khr,
            ));
        }
        let mut actions = Vec::new();
        for (i, a) in input.actions.iter().enumerate() {
            let f = |name: &str| format!("actions.{i}.{name}");
            let activity = c.optional_text(&f("activity"), &a.activity, TEXT_MAX);
            if activity.is_empty() {
                c.push(Violation::new(&f("activity"), RuleCode::Required));
            }
            let responsible = c.optional_text(&f("responsible"), &a.responsible, NAME_MAX);
            let deadline = a
                .deadline
                .as_deref()
                .map(str::trim)
                .filter(|d| !d.is_empty());
            if let Some(d) = deadline {
                c.required_date(&f("deadline"), d);
            }
            let status = a.status.unwrap_or(ActionStatus::Planned);
            actions.push((activity, responsible, deadline.map(str::to_owned), status));
        }
        if let Some(id) = &input.id {
            self.cluster(id)?;
        }
        c.into_result()?;
        let id = input.id.clone().unwrap_or_else(new_id);
        self.atomically(|store| {
            store
                .conn
                .execute(
                    "INSERT INTO clusters (id, forum_id, name, business_strategy, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                     ON CONFLICT (id) DO UPDATE SET forum_id = excluded.forum_id, name = excluded.name,
                         business_strategy = excluded.business_strategy, updated_at = excluded.updated_at",
                    params![id, forum, name, strategy, stamp(now)],
                )
                .ctx("saving a cluster")?;
            for table in ["cluster_products", "cluster_slgs", "cluster_partners", "cluster_plan", "cluster_actions"] {
                store
                    .conn
                    .execute(&format!("DELETE FROM {table} WHERE cluster_id = ?1"), [&id])
                    .ctx("replacing a cluster's lists")?;
            }
            for p in dedup(&input.product_ids) {
                store
                    .conn
                    .execute("INSERT INTO cluster_products (cluster_id, product_id) VALUES (?1, ?2)", params![id, p])
                    .ctx("saving a cluster product")?;
            }
            for s in dedup(&input.slg_ids) {
                store
                    .conn
                    .execute("INSERT INTO cluster_slgs (cluster_id, slg_id) VALUES (?1, ?2)", params![id, s])
                    .ctx("saving a cluster SLG")?;
            }
            for (pos, (role, buyer, name)) in partners.iter().enumerate() {
                store
                    .conn
                    .execute(
                        "INSERT INTO cluster_partners (cluster_id, position, role, buyer_id, name) VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![id, pos as i64, role, buyer, name],
                    )
                    .ctx("saving a cluster partner")?;
            }
            for (pos, (product, quantity, mask, quality, min, max)) in plan.iter().enumerate() {
                store
                    .conn
                    .execute(
                        "INSERT INTO cluster_plan (cluster_id, position, product_id, quantity_per_month, months,
                             quality, price_min_khr, price_max_khr) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                        params![id, pos as i64, product, quantity, mask, quality, min, max],
                    )
                    .ctx("saving a production plan line")?;
            }
            for (pos, (activity, responsible, deadline, status)) in actions.iter().enumerate() {
                store
                    .conn
                    .execute(
                        "INSERT INTO cluster_actions (cluster_id, position, activity, responsible, deadline, status)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![id, pos as i64, activity, responsible, deadline, status],
                    )
                    .ctx("saving an action")?;
            }
            store.cluster(&id)
        })
    }

    pub fn set_cluster_archived(
        &mut self,
        id: &str,
        archived: bool,
        now: NaiveDateTime,
    ) -> Result<Cluster> {
        self.set_archived("clusters", id, archived, now)?;
        self.cluster(id)
    }
}

fn dedup(items: &[String]) -> impl Iterator<Item = &String> {
    let mut seen = std::collections::HashSet::new();
    items.iter().filter(move |i| seen.insert(*i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::buyer::BuyerKind;
    use crate::slg::SlgQuery;
    use crate::testing::{broken, now};

    fn demo() -> Store {
        let mut store = Store::open_in_memory().unwrap();
        store.load_demo(now()).unwrap();
        store
    }

    #[test]
    fn a_cluster_needs_producers_a_buyer_and_a_plan_within_its_products() {
        let mut store = demo();
        let input = ClusterInput {
            id: None,
            forum_id: None,
            name: "បណ្តុំបន្លែ".into(),
            product_ids: vec!["seed-cucumber".into()],
            slg_ids: vec![],
            partners: vec![ClusterPartnerInput {
                role: Some(PartnerRole::ServiceProvider),
                buyer_id: None,
                name: "អង្គការ ក".into(),
            }],
            plan: vec![PlanLineInput {
                product_id: Some("seed-tomato".into()),
                quantity_per_month: Some(0.0),
                months: vec![],
                quality: String::new(),
                price_min_khr: Some(3000),
                price_max_khr: Some(2000),
            }],
            business_strategy: String::new(),
            actions: vec![ActionItemInput {
                activity: " ".into(),
                responsible: String::new(),
                deadline: Some("2026-13-01".into()),
                status: None,
            }],
        };
        let err = store.save_cluster(&input, now()).unwrap_err();
        assert_eq!(
            broken(&err),
            [
                ("slgIds", RuleCode::ClusterNeedsProducers),
                ("partners", RuleCode::ClusterNeedsBuyer),
                ("plan.0.productId", RuleCode::PlanProductNotInCluster),
                ("plan.0.quantityPerMonth", RuleCode::NotPositive),
                ("plan.0.months", RuleCode::MonthsRequired),
                ("plan.0.priceMaxKhr", RuleCode::MaxBelowMin),
                ("actions.0.activity", RuleCode::Required),
                ("actions.0.deadline", RuleCode::InvalidDate),
            ]
        );
    }

    #[test]
    fn a_cluster_keeps_its_members_plan_and_actions() {
        let mut store = demo();
        let slg = store.slgs(&SlgQuery::default()).unwrap().rows.remove(0);
        let collector = store
            .buyers(&crate::BuyerQuery {
                kind: Some(BuyerKind::Collector),
                ..Default::default()
            })
            .unwrap()
            .rows
            .remove(0);
        let input = ClusterInput {
            id: None,
            forum_id: None,
            name: "បណ្តុំត្រសក់".into(),
            product_ids: vec!["seed-cucumber".into()],
            slg_ids: vec![slg.id.clone(), slg.id.clone()],
            partners: vec![ClusterPartnerInput {
                role: Some(PartnerRole::Buyer),
                buyer_id: Some(collector.id.clone()),
                name: String::new(),
            }],
            plan: vec![PlanLineInput {
                product_id: Some("seed-cucumber".into()),
                quantity_per_month: Some(800.0),
                months: vec![12, 1, 2, 3],
                quality: "ថ្នាក់ទី១".into(),
                price_min_khr: Some(2000),
                price_max_khr: Some(2800),
            }],
            business_strategy: "លក់តាមកិច្ចសន្យា".into(),
            actions: vec![ActionItemInput {
                activity: "ចុះកិច្ចសន្យាជាមួយអ្នកប្រមូលទិញ".into(),
                responsible: "ប្រធានក្រុម".into(),
                deadline: Some("2026-05-30".into()),
                status: None,
            }],
        };
        let cluster = store.save_cluster(&input, now()).unwrap();
        assert_eq!(cluster.slgs.len(), 1, "an SLG counts once");
        assert_eq!(
            cluster.partners[0].name, collector.name,
            "a buyer's name comes from the register"
        );
        assert_eq!(cluster.plan[0].months, [1, 2, 3, 12]);
        assert_eq!(cluster.actions[0].status, ActionStatus::Planned);
        assert!(
            store
                .clusters(None, false)
                .unwrap()
                .iter()
                .any(|c| c.id == cluster.id)
        );
    }
}
