//! The demo district's steps 2 and 3: every SLG met in March to hear the market study
//! and agree a plan, the forum of April, and the two clusters formed there (free-range
//! chickens, as in ASPIRE's Chea Rov cluster, and vegetables).

use chrono::{Datelike, NaiveDateTime};

use crate::buyer::{BuyerKind, BuyerQuery};
use crate::cluster::{
    ActionItemInput, ActionStatus, ClusterInput, ClusterPartnerInput, PartnerRole, PlanLineInput,
};
use crate::error::Result;
use crate::forum::{ForumInput, InvitationStatus, ParticipantCategory, ParticipantInput};
use crate::household::HouseholdQuery;
use crate::meeting::{AttendeeInput, CapacityKind, MeetingProductInput, SlgMeetingInput, Swot};
use crate::people::OfficialRole;
use crate::slg::SlgQuery;
use crate::store::Store;

/// What the SLGs of each theme (see demo.rs) put in their plans, first the theme's own.
const PLANS: [&[&str]; 3] = [
    &[
        "chicken-local",
        "chicken-egg",
        "duck",
        "long-bean",
        "cucumber",
        "morning-glory",
        "pumpkin",
    ],
    &[
        "cucumber",
        "long-bean",
        "chinese-kale",
        "chili",
        "eggplant",
        "tomato",
        "morning-glory",
        "bok-choy",
    ],
    &[
        "paddy-fragrant",
        "mung-bean",
        "cucumber",
        "long-bean",
        "chicken-local",
        "pumpkin",
    ],
];

const STRENGTHS: &[&str] = &[
    "មានទឹកសម្រាប់ស្រោចស្រពគ្រប់គ្រាន់",
    "សមាជិកមានបទពិសោធន៍ដាំដុះ",
    "នៅជិតផ្លូវជាតិ",
];
const WEAKNESSES: &[&str] = &["ខ្វះដើមទុនទិញធាតុចូល", "ខ្វះព័ត៌មានតម្លៃទីផ្សារ"];
const OPPORTUNITIES: &[&str] = &["អ្នកប្រមូលទិញចង់ទិញពីក្រុម", "ផលិតផលនាំចូលអាចជំនួសបាន"];
const THREATS: &[&str] = &["តម្លៃប្រែប្រួលខ្លាំង", "ជំងឺសត្វ និងសត្វល្អិត", "ភាពរាំងស្ងួត"];

impl Store {
    pub(crate) fn build_demo_forum(&mut self, now: NaiveDateTime) -> Result<()> {
        let year = now.year();
        let mut rng = fastrand::Rng::with_seed(2018);
        let campaign = self.campaigns(false)?.into_iter().next().map(|c| c.id);
        let slgs = self
            .slgs(&SlgQuery {
                page_size: 100,
                ..Default::default()
            })?
            .rows;
        for (i, slg) in slgs.iter().enumerate() {
            let members = self
                .households(
                    &HouseholdQuery {
                        slg_id: Some(slg.id.clone()),
                        page_size: 100,
                        ..Default::default()
                    },
                    now,
                )?
                .rows;
            let came = 12 + rng.usize(0..members.len().saturating_sub(12).max(1));
            let attendees = members
                .iter()
                .take(came)
                .map(|h| AttendeeInput {
                    household_id: Some(h.id.clone()),
                    name: String::new(),
                    sex: None,
                    youth: false,
                })
                .collect();
            let plan = PLANS[i % 3];
            // Each SLG agrees 6 to 8 types and discusses one it leaves out.
            let agreed = 6 + rng.usize(0..=2).min(plan.len() - 6);
            let mut products: Vec<MeetingProductInput> = plan
                .iter()
                .enumerate()
                .map(|(k, slug)| {
                    let animal = slug.starts_with("chicken") || *slug == "duck";
                    MeetingProductInput {
                        product_id: Some(format!("seed-{slug}")),
                        interested: Some(4 + rng.u32(0..12)),
                        capacity_kind: Some(if animal {
                            CapacityKind::Heads
                        } else {
                            CapacityKind::AreaM2
                        }),
                        capacity: Some(if animal {
                            f64::from(100 + 50 * rng.u32(0..10))
                        } else {
                            f64::from(400 + 200 * rng.u32(0..15))
                        }),
                        current_output: Some(f64::from(20 + 10 * rng.u32(0..30))),
                        months: if animal {
                            (1..=12).collect()
                        } else {
                            vec![11, 12, 1, 2, 3, 4, 5]
                        },
                        in_plan: k < agreed,
                    }
                })
                .collect();
            products.truncate(agreed + 1);
            let pick =
                |list: &[&str], n: usize| list.iter().take(n).map(|s| (*s).to_owned()).collect();
            self.save_slg_meeting(
                &SlgMeetingInput {
                    id: None,
                    slg_id: slg.id.clone(),
                    campaign_id: campaign.clone(),
                    held_on: format!("{year}-03-{:02}", 3 + 2 * i),
                    venue: format!(
                        "ផ្ទះប្រធានក្រុម {}",
                        slg.village
                            .as_ref()
                            .map(|v| v.name_km.as_str())
                            .unwrap_or_default()
                    ),
                    facilitator_id: slg.cew_id.clone(),
                    attendees,
                    products,
                    swot: Swot {
                        strengths: pick(STRENGTHS, 1 + i % 3),
                        weaknesses: pick(WEAKNESSES, 1 + i % 2),
                        opportunities: pick(OPPORTUNITIES, 1 + (i + 1) % 2),
                        threats: pick(THREATS, 1 + i % 3),
                    },
                    support_needs: "បច្ចេកទេសផលិត គ្រាប់ពូជល្អ និងការភ្ជាប់ទៅអ្នកទិញ".into(),
                    notes: String::new(),
                    confirmed: false,
                },
                now,
            )?;
        }

        let officials = self.officials(false)?;
        let chief = officials
            .iter()
            .find(|o| o.role == OfficialRole::DaoChief)
            .map(|o| o.id.clone());
        let forum = self.save_forum(
            &ForumInput {
                id: None,
                title: "វេទិកាថ្នាក់ស្រុក ស្តីពីការភ្ជាប់ក្រុមកសិករទៅនឹងទីផ្សារ".into(),
                held_on: format!("{year}-04-21"),
                ends_on: String::new(),
                venue: "សាលប្រជុំសាលាស្រុករលាប្អៀរ".into(),
                led_by_id: chief,
                objectives: "បង្ហាញលទ្ធផលសិក្សាទីផ្សារ ផ្គូផ្គងក្រុមកសិករជាមួយអ្នកទិញ និងបង្កើតបណ្តុំផលិតកម្មដែលមានផែនការផលិត យុទ្ធសាស្ត្រអាជីវកម្ម និងផែនការសកម្មភាព។".into(),
                reference_no: "០៤៥ ក.ក.ស.រប".into(),
                campaign_id: campaign,
            },
            now,
        )?;
        let blank = |category| ParticipantInput {
            id: None,
            forum_id: forum.id.clone(),
            category: Some(category),
            name: String::new(),
            organisation: String::new(),
            title: String::new(),
            sex: None,
            phone: String::new(),
            official_id: None,
            buyer_id: None,
            household_id: None,
            slg_id: None,
            status: Some(InvitationStatus::Attended),
        };
        let mut invited = Vec::new();
        for o in &officials {
            let category = match o.role {
                OfficialRole::PdaffMarketing => ParticipantCategory::PdaffMarketing,
                OfficialRole::MeAdvisor => ParticipantCategory::MeAdvisor,
                OfficialRole::Cew => ParticipantCategory::Cew,
                _ => ParticipantCategory::DistrictOfficial,
            };
            invited.push(ParticipantInput {
                official_id: Some(o.id.clone()),
                ..blank(category)
            });
        }
        for b in self
            .buyers(&BuyerQuery {
                page_size: 100,
                ..Default::default()
            })?
            .rows
        {
            let category = match b.kind {
                BuyerKind::Retailer | BuyerKind::Supermarket => ParticipantCategory::Retailer,
                BuyerKind::InputSupplier => ParticipantCategory::InputSupplier,
                _ => ParticipantCategory::Wholesaler,
            };
            invited.push(ParticipantInput {
                buyer_id: Some(b.id.clone()),
                ..blank(category)
            });
        }
        invited.push(ParticipantInput {
            name: "ហ៊ុន សុភា".into(),
            organisation: "ការិយាល័យទីផ្សារកសិកម្ម មន្ទីរកសិកម្មខេត្ត".into(),
            ..blank(ParticipantCategory::PlanningMarketing)
        });
        for (name, org) in [("ណុប ចន្ទា", "អង្គការ ស្រូវស្រាល"), ("ទេព វណ្ណា", "សមាគមកសិករកំពង់ឆ្នាំង")]
        {
            invited.push(ParticipantInput {
                name: name.into(),
                organisation: org.into(),
                ..blank(ParticipantCategory::Ngo)
            });
        }
        for (i, slg) in slgs.iter().enumerate() {
            let rep = self
                .households(
                    &HouseholdQuery {
                        slg_id: Some(slg.id.clone()),
                        page_size: 1,
                        ..Default::default()
                    },
                    now,
                )?
                .rows;
            if let Some(h) = rep.first() {
                let category = if i % 4 == 0 {
                    ParticipantCategory::DemoFarmer
                } else {
                    ParticipantCategory::SlgRep
                };
                invited.push(ParticipantInput {
                    household_id: Some(h.id.clone()),
                    slg_id: Some(slg.id.clone()),
                    ..blank(category)
                });
            }
        }
        for (i, mut p) in invited.into_iter().enumerate() {
            if i % 9 == 4 {
                p.status = Some(InvitationStatus::Declined);
            }
            self.save_participant(&p, now)?;
        }

        let buyers = self
            .buyers(&BuyerQuery {
                page_size: 100,
                ..Default::default()
            })?
            .rows;
        let buyer = |name: &str| {
            buyers
                .iter()
                .find(|b| b.name.contains(name))
                .map(|b| b.id.clone())
        };
        let partner = |role, id: Option<String>, name: &str| ClusterPartnerInput {
            role: Some(role),
            buyer_id: id,
            name: name.into(),
        };
        let themed = |theme: &str| -> Vec<String> {
            slgs.iter()
                .filter(|s| s.name.contains(theme))
                .map(|s| s.id.clone())
                .collect()
        };
        let action = |activity: &str, responsible: &str, month: u32, status| ActionItemInput {
            activity: activity.into(),
            responsible: responsible.into(),
            deadline: Some(format!("{year}-{month:02}-28")),
            status: Some(status),
        };
        let line =
            |slug: &str, quantity: f64, months: Vec<u8>, quality: &str, min: i64, max: i64| {
                PlanLineInput {
                    product_id: Some(format!("seed-{slug}")),
                    quantity_per_month: Some(quantity),
                    months,
                    quality: quality.into(),
                    price_min_khr: Some(min),
                    price_max_khr: Some(max),
                }
            };
        self.save_cluster(
            &ClusterInput {
                id: None,
                forum_id: Some(forum.id.clone()),
                name: "បណ្តុំចិញ្ចឹមមាន់ស្រែ ជារៅ".into(),
                product_ids: vec!["seed-chicken-local".into(), "seed-chicken-egg".into()],
                slg_ids: themed("ចិញ្ចឹមមាន់"),
                partners: vec![
                    partner(PartnerRole::Buyer, buyer("ម៉ៅ សុផល"), ""),
                    partner(PartnerRole::Buyer, buyer("ស៊ឹម ម៉ាលី"), ""),
                    partner(PartnerRole::InputSupplier, buyer("កែវ បូរ៉ា"), ""),
                    partner(PartnerRole::ServiceProvider, None, "ការិយាល័យផលិតកម្ម និងបសុពេទ្យ ខេត្តកំពង់ឆ្នាំង"),
                ],
                plan: vec![
                    line("chicken-local", 600.0, (1..=12).collect(), "មាន់រស់ ១.២–២ គ.ក ចាក់វ៉ាក់សាំងគ្រប់", 15000, 20000),
                    line("chicken-egg", 6000.0, (1..=12).collect(), "ពងស្អាត មិនប្រេះ", 450, 600),
                ],
                business_strategy: "ក្រុមប្រមូលមាន់ពីសមាជិករៀងរាល់សប្តាហ៍ លក់ជូនអ្នកប្រមូលទិញតាមកិច្ចសន្យា និងផ្គត់ផ្គង់ពងមាន់ដល់ហាងលក់រាយនៅផ្សាររលាប្អៀរ។ ទិញចំណី និងវ៉ាក់សាំងរួមគ្នាដើម្បីបញ្ចុះតម្លៃ។".into(),
                actions: vec![
                    action("ចុះកិច្ចសន្យាទិញលក់ជាមួយអ្នកប្រមូលទិញ", "ប្រធានក្រុម និងមន្ត្រីទីផ្សារខេត្ត", 5, ActionStatus::Done),
                    action("វគ្គបណ្តុះបណ្តាលការចាក់វ៉ាក់សាំងមាន់", "ភ្នាក់ងារផ្សព្វផ្សាយឃុំ", 6, ActionStatus::InProgress),
                    action("ទិញចំណីរួមគ្នាលើកទី១", "ហេរញ្ញិកក្រុម", 6, ActionStatus::Planned),
                    action("ពិនិត្យការផ្គត់ផ្គង់ប្រចាំខែ", "មន្ត្រីកសិកម្មស្រុក", 9, ActionStatus::Planned),
                ],
            },
            now,
        )?;
        self.save_cluster(
            &ClusterInput {
                id: None,
                forum_id: Some(forum.id.clone()),
                name: "បណ្តុំបន្លែសុវត្ថិភាព រលាប្អៀរ".into(),
                product_ids: vec!["seed-cucumber".into(), "seed-long-bean".into(), "seed-chinese-kale".into()],
                slg_ids: themed("ដាំបន្លែ"),
                partners: vec![
                    partner(PartnerRole::Buyer, buyer("ហេង ស្រីពៅ"), ""),
                    partner(PartnerRole::Buyer, buyer("ហាងលក់ដុំបន្លែ"), ""),
                    partner(PartnerRole::InputSupplier, buyer("ហាងជី"), ""),
                    partner(PartnerRole::ServiceProvider, None, "អង្គការ ស្រូវស្រាល"),
                ],
                plan: vec![
                    line("cucumber", 1500.0, vec![11, 12, 1, 2, 3, 4, 5], "ផ្លែត្រង់ ប្រវែង ១៥–២០ ស.ម", 1800, 2800),
                    line("long-bean", 800.0, vec![11, 12, 1, 2, 3, 4], "ស្រស់ ចងជាបាច់", 2200, 3200),
                    line("chinese-kale", 500.0, vec![12, 1, 2, 3], "គ្មានសំណល់ថ្នាំ", 2500, 3500),
                ],
                business_strategy: "ដាំវេនគ្នាដើម្បីផ្គត់ផ្គង់ជាប់លាប់ក្នុងរដូវប្រាំង ជំនួសបន្លែនាំចូលពីវៀតណាម ដោយបញ្ជាក់ពីការដាំដុះគ្មានសារធាតុគីមីគ្រោះថ្នាក់។".into(),
                actions: vec![
                    action("រៀបចំប្រតិទិនដាំវេនគ្នា", "ភ្នាក់ងារផ្សព្វផ្សាយឃុំ", 5, ActionStatus::Done),
                    action("ចុះកិច្ចសន្យាជាមួយហាងលក់ដុំ", "ប្រធានក្រុម", 7, ActionStatus::Planned),
                    action("បណ្តុះបណ្តាលការប្រើថ្នាំកសិកម្មដោយសុវត្ថិភាព", "អង្គការ ស្រូវស្រាល", 8, ActionStatus::Planned),
                ],
            },
            now,
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::forum::ParticipantCategory;
    use crate::store::Store;
    use crate::testing::now;

    #[test]
    fn the_demo_district_met_its_slgs_held_a_forum_and_formed_two_clusters() {
        let mut store = Store::open_in_memory().unwrap();
        store.load_demo(now()).unwrap();
        let meetings = store.slg_meetings(None).unwrap();
        assert_eq!(meetings.len(), 12, "every SLG met once");
        assert!(
            meetings
                .iter()
                .all(|m| (6..=8).contains(&m.plan_types) && m.counts.total >= 12)
        );
        let forums = store.forums(false).unwrap();
        assert_eq!(forums.len(), 1);
        let forum = &forums[0];
        assert!(forum.agenda.len() >= 9);
        let participants = store.forum_participants(&forum.id, false).unwrap();
        for category in [
            ParticipantCategory::PdaffMarketing,
            ParticipantCategory::Wholesaler,
            ParticipantCategory::Retailer,
            ParticipantCategory::InputSupplier,
            ParticipantCategory::Cew,
            ParticipantCategory::Ngo,
            ParticipantCategory::SlgRep,
            ParticipantCategory::DemoFarmer,
        ] {
            assert!(
                participants.iter().any(|p| p.category == category),
                "{category:?} invited"
            );
        }
        assert!(forum.attended > 20 && forum.attended < forum.participants);
        let clusters = store.clusters(Some(&forum.id), false).unwrap();
        assert_eq!(clusters.len(), 2);
        assert!(
            clusters
                .iter()
                .all(|c| c.slgs.len() == 4 && !c.plan.is_empty() && !c.actions.is_empty())
        );
    }
}
