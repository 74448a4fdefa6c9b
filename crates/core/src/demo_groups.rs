//! The demo district's producer groups (step 4), in the states an office sees: formed,
//! forming with members still lacking plans, too small with draft by-laws, inactive,
//! and one above the advised size — each with its by-laws, plans and trainings.

use chrono::{Datelike, NaiveDateTime};

use crate::error::Result;
use crate::household::HouseholdQuery;
use crate::meeting::{AttendeeInput, CapacityKind};
use crate::producer_group::bylaws::template;
use crate::producer_group::{CommitteeRole, CommitteeSeatInput, GroupStrategy, ProducerGroupInput};
use crate::production_plan::{PlanInputInput, ProductionPlanInput};
use crate::slg::SlgQuery;
use crate::store::Store;
use crate::training::{TrainingInput, TrainingTopic};

/// Name, commune, the SLG theme its members come from, products, cluster name part,
/// members, members with a plan, by-laws adopted, formed, inactive.
type DemoGroup = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    Option<&'static str>,
    usize,
    usize,
    bool,
    bool,
    bool,
);

#[rustfmt::skip]
const GROUPS: &[DemoGroup] = &[
    ("ក្រុមផលិតមាន់ស្រែ ជារៅ", "040610", "ចិញ្ចឹមមាន់", &["chicken-local", "chicken-egg"], Some("ចិញ្ចឹមមាន់"), 12, 12, true, true, false),
    ("ក្រុមផលិតបន្លែ ក្រាំងលាវ", "040606", "ដាំបន្លែ", &["cucumber", "long-bean"], Some("បន្លែ"), 14, 11, true, false, false),
    ("ក្រុមផលិតបន្លែ ប្រស្នឹប", "040608", "ដាំបន្លែ", &["chinese-kale", "cucumber"], None, 9, 4, false, false, false),
    ("ក្រុមផលិតស្រូវក្រអូប ស្វាយជ្រុំ", "040612", "ដាំស្រូវ", &["paddy-fragrant"], None, 11, 11, true, true, true),
    ("ក្រុមផលិតមាន់ ក្រាំងលាវ", "040606", "ចិញ្ចឹមមាន់", &["chicken-local"], Some("ចិញ្ចឹមមាន់"), 16, 16, true, true, false),
];

impl Store {
    pub(crate) fn build_demo_groups(&mut self, now: NaiveDateTime) -> Result<()> {
        let year = now.year();
        let mut rng = fastrand::Rng::with_seed(2020);
        let slgs = self
            .slgs(&SlgQuery {
                page_size: 100,
                ..Default::default()
            })?
            .rows;
        let clusters = self.clusters(None, false)?;
        for &(
            name,
            commune,
            theme,
            products,
            cluster,
            members,
            planned,
            adopted,
            formed,
            inactive,
        ) in GROUPS
        {
            let Some(slg) = slgs
                .iter()
                .find(|s| s.commune.code == commune && s.name.contains(theme))
            else {
                continue;
            };
            let cluster_id = cluster.and_then(|c| {
                clusters
                    .iter()
                    .find(|k| k.name.contains(c))
                    .map(|k| k.id.clone())
            });
            let group = self.save_producer_group(
                &ProducerGroupInput {
                    id: None,
                    name: name.into(),
                    commune_code: commune.into(),
                    cluster_id,
                    product_ids: products.iter().map(|p| format!("seed-{p}")).collect(),
                    strategy: GroupStrategy {
                        target_buyers: "អ្នកប្រមូលទិញក្នុងស្រុក និងហាងលក់រាយផ្សាររលាប្អៀរ".into(),
                        target_markets: "ផ្សាររលាប្អៀរ ផ្សារលើកំពង់ឆ្នាំង".into(),
                        volumes: "ផ្គត់ផ្គង់ជាប្រចាំរៀងរាល់សប្តាហ៍".into(),
                        skills_needed: "ការគ្រប់គ្រងគុណភាព ការកត់ត្រាបញ្ជី".into(),
                        partners_sought: "ហាងធាតុចូល និងស្ថាប័នមីក្រូហិរញ្ញវត្ថុ".into(),
                    },
                },
                now,
            )?;
            let households: Vec<_> = self
                .households(
                    &HouseholdQuery {
                        slg_id: Some(slg.id.clone()),
                        page_size: 100,
                        ..Default::default()
                    },
                    now,
                )?
                .rows
                .into_iter()
                .take(members)
                .collect();
            for h in &households {
                self.add_group_member(&group.id, &h.id, "", true, now)?;
            }
            let roles = [
                CommitteeRole::Chair,
                CommitteeRole::ViceChair,
                CommitteeRole::Secretary,
                CommitteeRole::Treasurer,
            ];
            let seats: Vec<_> = roles
                .iter()
                .zip(&households)
                .map(|(role, h)| CommitteeSeatInput {
                    role: *role,
                    household_id: Some(h.id.clone()),
                })
                .collect();
            self.set_group_committee(&group.id, &seats, now)?;
            let bylaws = self.save_bylaws(&group.id, &template(name), now)?;
            if adopted {
                self.adopt_bylaws(
                    &group.id,
                    bylaws.version,
                    &format!("{year}-05-{:02}", 10 + rng.u32(0..10)),
                    "កិច្ចប្រជុំសមាជិកនៅផ្ទះប្រធានក្រុម",
                    Some((households.len() as u32) * 3 / 4),
                    now,
                )?;
            }
            for h in households.iter().take(planned) {
                self.save_production_plan(
                    &demo_plan(&mut rng, &h.id, &group.id, products[0], year),
                    now,
                )?;
            }
            if formed {
                self.mark_group_formed(&group.id, &format!("{year}-06-15"), now)?;
            }
            if inactive {
                self.set_group_inactive(&group.id, Some(&format!("{year}-09-30")), now)?;
            }
            let topics: &[TrainingTopic] = if products[0].starts_with("chicken") {
                &[TrainingTopic::MarketSms, TrainingTopic::Contracts]
            } else {
                &[TrainingTopic::TransportPackaging]
            };
            for (k, topic) in topics.iter().enumerate() {
                self.save_training(
                    &TrainingInput {
                        id: None,
                        group_id: group.id.clone(),
                        topic: Some(*topic),
                        topic_other: String::new(),
                        held_on: format!("{year}-07-{:02}", 5 + 10 * k),
                        trainer: "មន្ត្រីជំនាញទីផ្សារ មន្ទីរកសិកម្មខេត្ត".into(),
                        venue: "សាលាឃុំ".into(),
                        attendees: households
                            .iter()
                            .filter(|_| rng.u32(0..10) < 8)
                            .map(|h| AttendeeInput {
                                household_id: Some(h.id.clone()),
                                name: String::new(),
                                sex: None,
                                youth: false,
                            })
                            .collect(),
                    },
                    now,
                )?;
            }
        }
        Ok(())
    }
}

/// A household's plan for the group's main product in the demo year.
fn demo_plan(
    rng: &mut fastrand::Rng,
    household: &str,
    group: &str,
    product: &str,
    year: i32,
) -> ProductionPlanInput {
    let animal = product.starts_with("chicken");
    let (kind, capacity, starts, ends, yield_per, price, inputs) = match product {
        "chicken-local" | "chicken-egg" => {
            let heads = f64::from(40 + 10 * rng.u32(0..10));
            (
                CapacityKind::Heads,
                heads,
                format!("{year}-05"),
                format!("{year}-08"),
                1.4,
                17_000 + 500 * i64::from(rng.u32(0..5)),
                vec![
                    ("កូនមាន់", heads, "ក្បាល"),
                    ("ចំណីមាន់", (heads * 2.0).round(), "គ.ក"),
                ],
            )
        }
        "paddy-fragrant" => {
            let area = f64::from(5_000 + 1_000 * rng.u32(0..10));
            (
                CapacityKind::AreaM2,
                area,
                format!("{year}-06"),
                format!("{year}-11"),
                0.3,
                1_800 + 50 * i64::from(rng.u32(0..6)),
                vec![("គ្រាប់ពូជស្រូវផ្ការំដួល", (area / 100.0).round(), "គ.ក")],
            )
        }
        _ => {
            let area = f64::from(400 + 100 * rng.u32(0..9));
            (
                CapacityKind::AreaM2,
                area,
                format!("{year}-01"),
                format!("{year}-03"),
                2.5,
                2_200 + 100 * i64::from(rng.u32(0..6)),
                vec![
                    ("គ្រាប់ពូជ", 1.0, "កញ្ចប់"),
                    ("ជីកំប៉ុស", (area / 20.0).round(), "គ.ក"),
                ],
            )
        }
    };
    let expected = (capacity * yield_per).round();
    ProductionPlanInput {
        id: None,
        household_id: household.into(),
        group_id: Some(group.into()),
        season: year.to_string(),
        product_id: Some(format!("seed-{product}")),
        capacity_kind: Some(kind),
        capacity: Some(capacity),
        starts_on: starts,
        ends_on: ends,
        expected_yield: Some(expected),
        kept: Some((expected * if animal { 0.1 } else { 0.05 }).round()),
        expected_price_khr: Some(price),
        inputs_cost_khr: Some((expected * price as f64 * 0.3).round() as i64 / 100 * 100),
        labour_cost_khr: Some(100_000 + 10_000 * i64::from(rng.u32(0..10))),
        other_cost_khr: Some(20_000),
        inputs: inputs
            .into_iter()
            .map(|(item, quantity, unit)| PlanInputInput {
                item: item.into(),
                quantity: Some(quantity),
                unit: unit.into(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use crate::producer_group::GroupStatus;
    use crate::store::Store;
    use crate::testing::now;

    #[test]
    fn the_demo_district_has_groups_in_every_state() {
        let mut store = Store::open_in_memory().unwrap();
        store.load_demo(now()).unwrap();
        let groups = store.producer_groups(None, false).unwrap();
        assert_eq!(groups.len(), 5);
        let count = |s: GroupStatus| groups.iter().filter(|g| g.status == s).count();
        assert_eq!(
            (
                count(GroupStatus::Formed) + count(GroupStatus::Contracted),
                count(GroupStatus::Forming),
                count(GroupStatus::Inactive)
            ),
            (2, 2, 1)
        );
        let forming = groups.iter().find(|g| g.members == 14).unwrap();
        let g = store.producer_group(&forming.id).unwrap();
        assert_eq!(
            g.readiness.checks[2].missing.len(),
            3,
            "three members still without a plan"
        );
        assert!(
            groups.iter().any(|g| g.members > 15),
            "one group above the advised size"
        );
        let supply = store
            .group_supply_plan(&groups.iter().find(|g| g.members == 12).unwrap().id, None)
            .unwrap();
        assert!(supply.lines.iter().any(|l| l.total > 0.0));
    }
}
