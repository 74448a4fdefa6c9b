//! Step 2 of the guideline: an extension worker meets an SLG, presents the market
//! study, and the farmers say what interests them, what they can produce, and agree a
//! production plan over 6–8 crop or animal types, with a SWOT and their support needs.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::people::Sex;
use crate::product::Product;
use crate::rules::{Checks, NAME_MAX, TEXT_MAX};
use crate::store::{Store, new_id, stamp};
use crate::study::months;
use crate::text_enum::text_enum;

text_enum!(
    /// What a product's capacity is counted in: land for crops, heads for animals.
    CapacityKind { AreaM2 = "area_m2", Heads = "heads" }
);

text_enum!(SwotKind {
    Strength = "strength",
    Weakness = "weakness",
    Opportunity = "opportunity",
    Threat = "threat",
});

/// The guideline asks an SLG to agree a plan over this many crop or animal types.
pub const PLAN_TYPES_MIN: usize = 6;
pub const PLAN_TYPES_MAX: usize = 8;
/// A meeting product as stored: product id, interested, capacity kind, capacity,
/// current output, month mask, in plan.
type StoredProduct = (
    String,
    u32,
    CapacityKind,
    Option<f64>,
    Option<f64>,
    u16,
    bool,
);

/// Most entries of one list (attendees, products, SWOT items) a meeting holds.
pub const LIST_MAX: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Attendee {
    pub household_id: Option<String>,
    pub name: String,
    pub sex: Sex,
    pub youth: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttendeeInput {
    /// A household of the register; its head's name, sex and youth are then used.
    pub household_id: Option<String>,
    pub name: String,
    pub sex: Option<Sex>,
    pub youth: bool,
}

/// Who came, counted as the guideline's reports ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceCounts {
    pub total: u32,
    pub women: u32,
    pub youth: u32,
    pub young_women: u32,
}

impl AttendanceCounts {
    pub fn of(attendees: &[Attendee]) -> AttendanceCounts {
        let count =
            |f: &dyn Fn(&Attendee) -> bool| attendees.iter().filter(|a| f(a)).count() as u32;
        AttendanceCounts {
            total: attendees.len() as u32,
            women: count(&|a| a.sex == Sex::Female),
            youth: count(&|a| a.youth),
            young_women: count(&|a| a.youth && a.sex == Sex::Female),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeetingProduct {
    pub product: Product,
    /// Farmers interested in producing it.
    pub interested: u32,
    pub capacity_kind: CapacityKind,
    /// Land (m²) or heads the interested farmers can put to it.
    pub capacity: Option<f64>,
    /// What they produce now, in the product's unit per season.
    pub current_output: Option<f64>,
    pub months: Vec<u8>,
    /// In the production plan the SLG agreed.
    pub in_plan: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeetingProductInput {
    pub product_id: Option<String>,
    pub interested: Option<u32>,
    pub capacity_kind: Option<CapacityKind>,
    pub capacity: Option<f64>,
    pub current_output: Option<f64>,
    pub months: Vec<u8>,
    pub in_plan: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Swot {
    pub strengths: Vec<String>,
    pub weaknesses: Vec<String>,
    pub opportunities: Vec<String>,
    pub threats: Vec<String>,
}

impl Swot {
    fn lists(&self) -> [(SwotKind, &Vec<String>); 4] {
        [
            (SwotKind::Strength, &self.strengths),
            (SwotKind::Weakness, &self.weaknesses),
            (SwotKind::Opportunity, &self.opportunities),
            (SwotKind::Threat, &self.threats),
        ]
    }

    fn list_mut(&mut self, kind: SwotKind) -> &mut Vec<String> {
        match kind {
            SwotKind::Strength => &mut self.strengths,
            SwotKind::Weakness => &mut self.weaknesses,
            SwotKind::Opportunity => &mut self.opportunities,
            SwotKind::Threat => &mut self.threats,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SlgMeeting {
    pub id: String,
    pub slg_id: String,
    pub slg_name: String,
    /// The market study whose results were presented.
    pub campaign_id: Option<String>,
    pub held_on: String,
    pub venue: String,
    pub facilitator_id: Option<String>,
    pub facilitator_name: Option<String>,
    pub attendees: Vec<Attendee>,
    pub counts: AttendanceCounts,
    pub products: Vec<MeetingProduct>,
    pub swot: Swot,
    pub support_needs: String,
    pub notes: String,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SlgMeetingInput {
    pub id: Option<String>,
    pub slg_id: String,
    pub campaign_id: Option<String>,
    pub held_on: String,
    pub venue: String,
    pub facilitator_id: Option<String>,
    pub attendees: Vec<AttendeeInput>,
    pub products: Vec<MeetingProductInput>,
    pub swot: Swot,
    pub support_needs: String,
    pub notes: String,
    /// Set when the officer has seen the warnings (a plan outside 6–8 types) and saves
    /// anyway.
    pub confirmed: bool,
}

/// One row of the meetings list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SlgMeetingSummary {
    pub id: String,
    pub slg_id: String,
    pub slg_name: String,
    pub held_on: String,
    pub counts: AttendanceCounts,
    /// Crop or animal types in the agreed plan.
    pub plan_types: u32,
    pub archived: bool,
}

impl Store {
    pub fn slg_meeting(&self, id: &str) -> Result<SlgMeeting> {
        let mut m = self
            .conn
            .prepare_cached(
                "SELECT m.id, m.slg_id, s.name, m.campaign_id, m.held_on, m.venue, m.facilitator_id,
                        o.name_km, m.support_needs, m.notes, m.archived_at IS NOT NULL
                 FROM slg_meetings m JOIN slgs s ON s.id = m.slg_id
                 LEFT JOIN officials o ON o.id = m.facilitator_id WHERE m.id = ?1",
            )
            .ctx("preparing a meeting read")?
            .query_row([id], |r| {
                Ok(SlgMeeting {
                    id: r.get(0)?,
                    slg_id: r.get(1)?,
                    slg_name: r.get(2)?,
                    campaign_id: r.get(3)?,
                    held_on: r.get(4)?,
                    venue: r.get(5)?,
                    facilitator_id: r.get(6)?,
                    facilitator_name: r.get(7)?,
                    attendees: Vec::new(),
                    counts: AttendanceCounts::of(&[]),
                    products: Vec::new(),
                    swot: Swot::default(),
                    support_needs: r.get(8)?,
                    notes: r.get(9)?,
                    archived: r.get(10)?,
                })
            })
            .optional()
            .ctx("reading a meeting")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "SLG meeting",
                id: id.to_owned(),
            })?;
        m.attendees = self
            .conn
            .prepare_cached(
                "SELECT household_id, name, sex, youth FROM slg_meeting_attendees
                 WHERE meeting_id = ?1 ORDER BY position",
            )
            .ctx("preparing the attendees")?
            .query_map([id], |r| {
                Ok(Attendee {
                    household_id: r.get(0)?,
                    name: r.get(1)?,
                    sex: r.get(2)?,
                    youth: r.get(3)?,
                })
            })
            .ctx("listing the attendees")?
            .collect::<Result<_, _>>()
            .ctx("reading the attendees")?;
        m.counts = AttendanceCounts::of(&m.attendees);
        let rows: Vec<StoredProduct> = self
            .conn
            .prepare_cached(
                "SELECT product_id, interested, capacity_kind, capacity, current_output, months, in_plan
                 FROM slg_meeting_products WHERE meeting_id = ?1 ORDER BY position",
            )
            .ctx("preparing the meeting products")?
            .query_map([id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
            })
            .ctx("listing the meeting products")?
            .collect::<Result<_, _>>()
            .ctx("reading the meeting products")?;
        for (product, interested, capacity_kind, capacity, current_output, mask, in_plan) in rows {
            m.products.push(MeetingProduct {
                product: self.product(&product)?,
                interested,
                capacity_kind,
                capacity,
                current_output,
                months: months::numbers(mask),
                in_plan,
            });
        }
        let swot: Vec<(SwotKind, String)> = self
            .conn
            .prepare_cached(
                "SELECT kind, text FROM slg_meeting_swot WHERE meeting_id = ?1 ORDER BY kind, position",
            )
            .ctx("preparing the SWOT")?
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .ctx("listing the SWOT")?
            .collect::<Result<_, _>>()
            .ctx("reading the SWOT")?;
        for (kind, text) in swot {
            m.swot.list_mut(kind).push(text);
        }
        Ok(m)
    }

    /// The meetings of one SLG, or of every SLG, newest first.
    pub fn slg_meetings(&self, slg_id: Option<&str>) -> Result<Vec<SlgMeetingSummary>> {
        let ids: Vec<String> = self
            .conn
            .prepare_cached(
                "SELECT id FROM slg_meetings WHERE (?1 IS NULL OR slg_id = ?1) AND archived_at IS NULL
                 ORDER BY held_on DESC, id LIMIT 500",
            )
            .ctx("preparing the meeting list")?
            .query_map([slg_id], |r| r.get(0))
            .ctx("listing meetings")?
            .collect::<Result<_, _>>()
            .ctx("reading meetings")?;
        ids.iter()
            .map(|id| {
                let m = self.slg_meeting(id)?;
                Ok(SlgMeetingSummary {
                    plan_types: m.products.iter().filter(|p| p.in_plan).count() as u32,
                    id: m.id,
                    slg_id: m.slg_id,
                    slg_name: m.slg_name,
                    held_on: m.held_on,
                    counts: m.counts,
                    archived: m.archived,
                })
            })
            .collect()
    }

    /// Attendees of a meeting or training: register households (their head's name,
    /// sex and youth as they are today) or people typed in with a name and sex. A
    /// household listed twice, or unknown, is reported at its row.
    pub(crate) fn check_attendees(
        &self,
        attendees: &[AttendeeInput],
        c: &mut Checks,
        now: NaiveDateTime,
    ) -> Result<Vec<Attendee>> {
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (i, a) in attendees.iter().enumerate() {
            let f = |name: &str| format!("attendees.{i}.{name}");
            match a.household_id.as_deref().filter(|h| !h.is_empty()) {
                Some(h) => match self.household(h, now) {
                    Ok(hh) => {
                        if !seen.insert(hh.id.clone()) {
                            c.push(Violation::new(&f("householdId"), RuleCode::DuplicateEntry));
                        }
                        out.push(Attendee {
                            household_id: Some(hh.id),
                            name: hh.head_name_km,
                            sex: hh.sex,
                            youth: hh.is_youth,
                        });
                    }
                    Err(CoreError::NotFound { .. }) => {
                        c.push(Violation::new(&f("householdId"), RuleCode::UnknownRecord))
                    }
                    Err(e) => return Err(e),
                },
                None => {
                    let name = c.required_name(&f("name"), &a.name);
                    let sex = c.required_choice(&f("sex"), a.sex, Sex::Female);
                    out.push(Attendee {
                        household_id: None,
                        name,
                        sex,
                        youth: a.youth,
                    });
                }
            }
        }
        Ok(out)
    }

    pub fn save_slg_meeting(
        &mut self,
        input: &SlgMeetingInput,
        now: NaiveDateTime,
    ) -> Result<SlgMeeting> {
        self.require_office()?;
        let mut c = Checks::default();
        let mut warnings = Vec::new();
        self.known_record("slgId", "slgs", &input.slg_id, &mut c)?;
        if let Some(campaign) = input.campaign_id.as_deref().filter(|v| !v.is_empty()) {
            self.known_record("campaignId", "campaigns", campaign, &mut c)?;
        }
        if let Some(official) = input.facilitator_id.as_deref().filter(|v| !v.is_empty()) {
            self.known_record("facilitatorId", "officials", official, &mut c)?;
        }
        c.required_date("heldOn", &input.held_on);
        let venue = c.optional_text("venue", &input.venue, NAME_MAX);
        let needs = c.optional_text("supportNeeds", &input.support_needs, TEXT_MAX * 4);
        let notes = c.optional_text("notes", &input.notes, TEXT_MAX * 4);
        for (field, len) in [
            ("attendees", input.attendees.len()),
            ("products", input.products.len()),
        ] {
            if len > LIST_MAX {
                c.push(
                    Violation::new(field, RuleCode::OutOfRange)
                        .with("min", 0)
                        .with("max", LIST_MAX),
                );
            }
        }
        let attendees = self.check_attendees(&input.attendees, &mut c, now)?;
        let mut products = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (i, p) in input.products.iter().enumerate() {
            let f = |name: &str| format!("products.{i}.{name}");
            let product = match p.product_id.as_deref().filter(|v| !v.is_empty()) {
                None => {
                    c.push(Violation::new(&f("productId"), RuleCode::Required));
                    None
                }
                Some(id) => {
                    self.known_record(&f("productId"), "products", id, &mut c)?;
                    if !seen.insert(id.to_owned()) {
                        c.push(Violation::new(&f("productId"), RuleCode::DuplicateProduct));
                    }
                    Some(id.to_owned())
                }
            };
            let kind = c.required_choice(&f("capacityKind"), p.capacity_kind, CapacityKind::AreaM2);
            for (name, value) in [
                ("capacity", p.capacity),
                ("currentOutput", p.current_output),
            ] {
                if let Some(v) = value {
                    c.positive_quantity(&f(name), v);
                }
            }
            let mask = months::mask(&p.months);
            if mask.is_none() {
                c.push(
                    Violation::new(&f("months"), RuleCode::OutOfRange)
                        .with("min", 1)
                        .with("max", 12),
                );
            }
            if let (Some(product), Some(mask)) = (product, mask) {
                products.push((
                    product,
                    p.interested.unwrap_or(0),
                    kind,
                    p.capacity,
                    p.current_output,
                    mask,
                    p.in_plan,
                ));
            }
        }
        let types = input.products.iter().filter(|p| p.in_plan).count();
        if !(PLAN_TYPES_MIN..=PLAN_TYPES_MAX).contains(&types) {
            warnings.push(
                Violation::new("products", RuleCode::PlanTypesOutsideRange)
                    .with("count", types)
                    .with("min", PLAN_TYPES_MIN)
                    .with("max", PLAN_TYPES_MAX),
            );
        }
        let mut swot = Vec::new();
        for (kind, list) in input.swot.lists() {
            for (i, text) in list.iter().enumerate() {
                let text = c.optional_text(&format!("swot.{}.{i}", kind.as_str()), text, TEXT_MAX);
                if !text.is_empty() {
                    swot.push((kind, text));
                }
            }
        }
        if let Some(id) = &input.id {
            self.slg_meeting(id)?;
        }
        if !c.violations.is_empty() {
            c.violations.extend(warnings);
            return Err(CoreError::Invalid(c.violations));
        }
        if !warnings.is_empty() && !input.confirmed {
            return Err(CoreError::NeedsConfirmation(warnings));
        }
        let id = input.id.clone().unwrap_or_else(new_id);
        let campaign = input.campaign_id.as_deref().filter(|v| !v.is_empty());
        let facilitator = input.facilitator_id.as_deref().filter(|v| !v.is_empty());
        self.atomically(|store| {
            store
                .conn
                .execute(
                    "INSERT INTO slg_meetings (id, slg_id, campaign_id, held_on, venue, facilitator_id,
                         support_needs, notes, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)
                     ON CONFLICT (id) DO UPDATE SET slg_id = excluded.slg_id, campaign_id = excluded.campaign_id,
                         held_on = excluded.held_on, venue = excluded.venue, facilitator_id = excluded.facilitator_id,
                         support_needs = excluded.support_needs, notes = excluded.notes, updated_at = excluded.updated_at",
                    params![id, input.slg_id, campaign, input.held_on.trim(), venue, facilitator, needs, notes, stamp(now)],
                )
                .ctx("saving a meeting")?;
            for table in ["slg_meeting_attendees", "slg_meeting_products", "slg_meeting_swot"] {
                store
                    .conn
                    .execute(&format!("DELETE FROM {table} WHERE meeting_id = ?1"), [&id])
                    .ctx("replacing a meeting's lists")?;
            }
            for (pos, a) in attendees.iter().enumerate() {
                store
                    .conn
                    .execute(
                        "INSERT INTO slg_meeting_attendees (meeting_id, position, household_id, name, sex, youth)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![id, pos as i64, a.household_id, a.name, a.sex, a.youth],
                    )
                    .ctx("saving an attendee")?;
            }
            for (pos, (product, interested, kind, capacity, output, mask, in_plan)) in products.iter().enumerate() {
                store
                    .conn
                    .execute(
                        "INSERT INTO slg_meeting_products (meeting_id, position, product_id, interested,
                             capacity_kind, capacity, current_output, months, in_plan)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                        params![id, pos as i64, product, interested, kind, capacity, output, mask, in_plan],
                    )
                    .ctx("saving a meeting product")?;
            }
            for (pos, (kind, text)) in swot.iter().enumerate() {
                store
                    .conn
                    .execute(
                        "INSERT INTO slg_meeting_swot (meeting_id, kind, position, text) VALUES (?1, ?2, ?3, ?4)",
                        params![id, kind, pos as i64, text],
                    )
                    .ctx("saving a SWOT item")?;
            }
            store.slg_meeting(&id)
        })
    }

    pub fn set_slg_meeting_archived(
        &mut self,
        id: &str,
        archived: bool,
        now: NaiveDateTime,
    ) -> Result<SlgMeeting> {
        self.set_archived("slg_meetings", id, archived, now)?;
        self.slg_meeting(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::household::HouseholdQuery;
    use crate::slg::SlgQuery;
    use crate::testing::{broken, now};

    fn demo() -> Store {
        let mut store = Store::open_in_memory().unwrap();
        store.load_demo(now()).unwrap();
        store
    }

    fn product(id: &str, in_plan: bool) -> MeetingProductInput {
        MeetingProductInput {
            product_id: Some(id.into()),
            interested: Some(8),
            capacity_kind: Some(CapacityKind::AreaM2),
            capacity: Some(1200.0),
            current_output: None,
            months: vec![11, 12, 1, 2],
            in_plan,
        }
    }

    fn meeting(store: &Store, types: usize) -> SlgMeetingInput {
        let slg = store.slgs(&SlgQuery::default()).unwrap().rows.remove(0);
        let members = store
            .households(
                &HouseholdQuery {
                    slg_id: Some(slg.id.clone()),
                    ..Default::default()
                },
                now(),
            )
            .unwrap()
            .rows;
        let mut attendees: Vec<AttendeeInput> = members
            .iter()
            .take(12)
            .map(|h| AttendeeInput {
                household_id: Some(h.id.clone()),
                name: String::new(),
                sex: None,
                youth: false,
            })
            .collect();
        attendees.push(AttendeeInput {
            household_id: None,
            name: "ភិក្ខុ សុខ".into(),
            sex: Some(Sex::Male),
            youth: true,
        });
        let ids = [
            "seed-cucumber",
            "seed-long-bean",
            "seed-chinese-kale",
            "seed-chili",
            "seed-eggplant",
            "seed-tomato",
            "seed-chicken-local",
            "seed-chicken-egg",
            "seed-pumpkin",
        ];
        SlgMeetingInput {
            id: None,
            slg_id: slg.id,
            campaign_id: None,
            held_on: "2026-03-10".into(),
            venue: "សាលាឆទាន".into(),
            facilitator_id: None,
            attendees,
            products: ids
                .iter()
                .enumerate()
                .map(|(i, id)| product(id, i < types))
                .collect(),
            swot: Swot {
                strengths: vec!["មានទឹកគ្រប់គ្រាន់".into()],
                weaknesses: vec!["ខ្វះចំណេះដឹងទីផ្សារ".into(), " ".into()],
                opportunities: vec![],
                threats: vec!["តម្លៃប្រែប្រួល".into()],
            },
            support_needs: "គ្រាប់ពូជ និងបច្ចេកទេសដាំដុះ".into(),
            notes: String::new(),
            confirmed: false,
        }
    }

    #[test]
    fn a_meeting_counts_who_came_and_keeps_the_agreed_plan() {
        let mut store = demo();
        let input = meeting(&store, 7);
        let m = store.save_slg_meeting(&input, now()).unwrap();
        assert_eq!(m.counts.total, 13);
        let women = m.attendees.iter().filter(|a| a.sex == Sex::Female).count() as u32;
        assert_eq!(m.counts.women, women);
        assert!(m.counts.youth >= 1, "the typed-in young monk counts");
        assert_eq!(m.products.iter().filter(|p| p.in_plan).count(), 7);
        assert_eq!(
            m.swot.weaknesses,
            ["ខ្វះចំណេះដឹងទីផ្សារ"],
            "blank SWOT lines are dropped"
        );
        assert_eq!(
            m.attendees[0].name,
            store
                .household(input.attendees[0].household_id.as_deref().unwrap(), now())
                .unwrap()
                .head_name_km
        );
        let list = store.slg_meetings(Some(&input.slg_id)).unwrap();
        assert!(list.iter().any(|s| s.id == m.id && s.plan_types == 7));
    }

    #[test]
    fn a_plan_outside_six_to_eight_types_asks_to_confirm() {
        let mut store = demo();
        let before = store.slg_meetings(None).unwrap().len();
        for types in [5, 9] {
            let input = meeting(&store, types);
            let err = store.save_slg_meeting(&input, now()).unwrap_err();
            assert!(
                matches!(err, CoreError::NeedsConfirmation(_)),
                "{types}: {err:?}"
            );
            assert_eq!(err.violations()[0].rule, RuleCode::PlanTypesOutsideRange);
            assert_eq!(err.violations()[0].params["count"], types.to_string());
        }
        assert_eq!(
            store.slg_meetings(None).unwrap().len(),
            before,
            "nothing saved before confirming"
        );
        let confirmed = SlgMeetingInput {
            confirmed: true,
            ..meeting(&store, 5)
        };
        assert!(store.save_slg_meeting(&confirmed, now()).is_ok());
    }

    #[test]
    fn bad_attendees_and_products_are_all_reported() {
        let mut store = demo();
        let mut input = meeting(&store, 6);
        input.attendees.push(input.attendees[0].clone());
        input.attendees.push(AttendeeInput {
            household_id: None,
            name: " ".into(),
            sex: None,
            youth: false,
        });
        input.products.push(product("seed-cucumber", false));
        input.products[0].capacity = Some(-5.0);
        input.held_on = "10/03/2026".into();
        let n = input.attendees.len();
        let err = store.save_slg_meeting(&input, now()).unwrap_err();
        assert_eq!(
            broken(&err),
            [
                ("heldOn", RuleCode::InvalidDate),
                (
                    format!("attendees.{}.householdId", n - 2).as_str(),
                    RuleCode::DuplicateEntry
                ),
                (
                    format!("attendees.{}.name", n - 1).as_str(),
                    RuleCode::Required
                ),
                (
                    format!("attendees.{}.sex", n - 1).as_str(),
                    RuleCode::Required
                ),
                ("products.0.capacity", RuleCode::NotPositive),
                ("products.9.productId", RuleCode::DuplicateProduct),
            ]
        );
    }
}
