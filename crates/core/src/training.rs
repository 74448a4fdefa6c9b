//! Step 4.2 of the guideline: the trainings a producer group receives (market
//! information by SMS, post-harvest handling, transport and packaging, supply plans and
//! records, contracts), with who attended, counted by sex and youth.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::meeting::{AttendanceCounts, Attendee, AttendeeInput, LIST_MAX};
use crate::rules::{Checks, NAME_MAX};
use crate::store::{Store, new_id, stamp};
use crate::text_enum::text_enum;

text_enum!(
    /// The guideline's training topics for a producer group.
    TrainingTopic {
        MarketSms = "market_sms",
        PostHarvest = "post_harvest",
        TransportPackaging = "transport_packaging",
        SupplyPlanRecords = "supply_plan_records",
        Contracts = "contracts",
        Other = "other",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Training {
    pub id: String,
    pub group_id: String,
    pub topic: TrainingTopic,
    /// The topic in the officer's words when it is `other`; empty otherwise.
    pub topic_other: String,
    pub held_on: String,
    pub trainer: String,
    pub venue: String,
    pub attendees: Vec<Attendee>,
    pub counts: AttendanceCounts,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingInput {
    pub id: Option<String>,
    pub group_id: String,
    pub topic: Option<TrainingTopic>,
    pub topic_other: String,
    pub held_on: String,
    pub trainer: String,
    pub venue: String,
    pub attendees: Vec<AttendeeInput>,
}

impl Store {
    pub fn training(&self, id: &str) -> Result<Training> {
        let mut t = self
            .conn
            .prepare_cached(
                "SELECT id, group_id, topic, topic_other, held_on, trainer, venue, archived_at IS NOT NULL
                 FROM trainings WHERE id = ?1",
            )
            .ctx("preparing a training read")?
            .query_row([id], |r| {
                Ok(Training {
                    id: r.get(0)?,
                    group_id: r.get(1)?,
                    topic: r.get(2)?,
                    topic_other: r.get(3)?,
                    held_on: r.get(4)?,
                    trainer: r.get(5)?,
                    venue: r.get(6)?,
                    attendees: Vec::new(),
                    counts: AttendanceCounts::of(&[]),
                    archived: r.get(7)?,
                })
            })
            .optional()
            .ctx("reading a training")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "training",
                id: id.to_owned(),
            })?;
        t.attendees = self
            .conn
            .prepare_cached(
                "SELECT household_id, name, sex, youth FROM training_attendees
                 WHERE training_id = ?1 ORDER BY position",
            )
            .ctx("preparing the training attendees")?
            .query_map([id], |r| {
                Ok(Attendee {
                    household_id: r.get(0)?,
                    name: r.get(1)?,
                    sex: r.get(2)?,
                    youth: r.get(3)?,
                })
            })
            .ctx("listing the training attendees")?
            .collect::<Result<_, _>>()
            .ctx("reading the training attendees")?;
        t.counts = AttendanceCounts::of(&t.attendees);
        Ok(t)
    }

    /// A group's trainings (not archived), newest first.
    pub fn group_trainings(&self, group_id: &str) -> Result<Vec<Training>> {
        let ids: Vec<String> = self
            .conn
            .prepare_cached(
                "SELECT id FROM trainings WHERE group_id = ?1 AND archived_at IS NULL
                 ORDER BY held_on DESC, id",
            )
            .ctx("preparing the training list")?
            .query_map([group_id], |r| r.get(0))
            .ctx("listing trainings")?
            .collect::<Result<_, _>>()
            .ctx("reading trainings")?;
        ids.iter().map(|id| self.training(id)).collect()
    }

    pub fn save_training(&mut self, input: &TrainingInput, now: NaiveDateTime) -> Result<Training> {
        self.require_office()?;
        let mut c = Checks::default();
        let group = input.group_id.trim();
        if group.is_empty() {
            c.push(Violation::new("groupId", RuleCode::Required));
        } else {
            self.known_record("groupId", "producer_groups", group, &mut c)?;
        }
        let topic = c.required_choice("topic", input.topic, TrainingTopic::Other);
        let topic_other = c.optional_text("topicOther", &input.topic_other, NAME_MAX);
        if input.topic == Some(TrainingTopic::Other) && topic_other.is_empty() {
            c.push(Violation::new("topicOther", RuleCode::Required));
        }
        let topic_other = if topic == TrainingTopic::Other {
            topic_other
        } else {
            String::new()
        };
        c.required_date("heldOn", &input.held_on);
        let trainer = c.optional_text("trainer", &input.trainer, NAME_MAX);
        let venue = c.optional_text("venue", &input.venue, NAME_MAX);
        if input.attendees.len() > LIST_MAX {
            c.push(
                Violation::new("attendees", RuleCode::OutOfRange)
                    .with("min", 0)
                    .with("max", LIST_MAX),
            );
        }
        let attendees = self.check_attendees(&input.attendees, &mut c, now)?;
        if let Some(id) = &input.id {
            self.training(id)?;
        }
        c.into_result()?;
        let id = input.id.clone().unwrap_or_else(new_id);
        self.atomically(|store| {
            store
                .conn
                .execute(
                    "INSERT INTO trainings (id, group_id, topic, topic_other, held_on, trainer, venue,
                         created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
                     ON CONFLICT (id) DO UPDATE SET group_id = excluded.group_id, topic = excluded.topic,
                         topic_other = excluded.topic_other, held_on = excluded.held_on,
                         trainer = excluded.trainer, venue = excluded.venue, updated_at = excluded.updated_at",
                    params![id, group, topic, topic_other, input.held_on.trim(), trainer, venue, stamp(now)],
                )
                .ctx("saving a training")?;
            store
                .conn
                .execute("DELETE FROM training_attendees WHERE training_id = ?1", [&id])
                .ctx("replacing a training's attendees")?;
            for (pos, a) in attendees.iter().enumerate() {
                store
                    .conn
                    .prepare_cached(
                        "INSERT INTO training_attendees (training_id, position, household_id, name, sex, youth)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    )
                    .ctx("preparing a training attendee")?
                    .execute(params![id, pos as i64, a.household_id, a.name, a.sex, a.youth])
                    .ctx("saving a training attendee")?;
            }
            store.training(&id)
        })
    }

    pub fn set_training_archived(
        &mut self,
        id: &str,
        archived: bool,
        now: NaiveDateTime,
    ) -> Result<Training> {
        self.set_archived("trainings", id, archived, now)?;
        self.training(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::Sex;
    use crate::production_plan::tests::group_with_members;
    use crate::testing::{broken, now};

    fn input(group: &str, households: &[String]) -> TrainingInput {
        let mut attendees: Vec<AttendeeInput> = households
            .iter()
            .map(|h| AttendeeInput {
                household_id: Some(h.clone()),
                name: String::new(),
                sex: None,
                youth: false,
            })
            .collect();
        attendees.push(AttendeeInput {
            household_id: None,
            name: " ស្រី មាលា ".into(),
            sex: Some(Sex::Female),
            youth: true,
        });
        TrainingInput {
            id: None,
            group_id: group.into(),
            topic: Some(TrainingTopic::PostHarvest),
            topic_other: "ignored".into(),
            held_on: "2026-12-02".into(),
            trainer: "លោក ចាន់ ដារ៉ា".into(),
            venue: "សាលាឃុំ".into(),
            attendees,
        }
    }

    #[test]
    fn a_training_keeps_who_came_counted() {
        let (mut store, ids, g) = group_with_members(3, 3);
        let t = store.save_training(&input(&g, &ids), now()).unwrap();
        assert_eq!(t.topic, TrainingTopic::PostHarvest);
        assert_eq!(t.topic_other, "", "a named topic needs no other words");
        assert_eq!(t.attendees.len(), 4);
        assert_eq!(t.attendees[3].name, "ស្រី មាលា");
        assert_eq!(t.counts.total, 4);
        assert_eq!(t.counts.women, 4, "the fixture's heads are women");
        assert!(t.counts.youth >= 1 && t.counts.young_women >= 1);
        assert_eq!(t.attendees[0].name, "សុខ 0");

        let mut other = input(&g, &ids[..1]);
        (other.topic, other.topic_other) = (Some(TrainingTopic::Other), "ការរក្សាទុកគ្រាប់ពូជ".into());
        other.held_on = "2027-01-15".into();
        let o = store.save_training(&other, now()).unwrap();
        assert_eq!(o.topic_other, "ការរក្សាទុកគ្រាប់ពូជ");
        let list = store.group_trainings(&g).unwrap();
        assert_eq!(
            list.iter().map(|t| &t.id).collect::<Vec<_>>(),
            [&o.id, &t.id]
        );
        assert!(
            store
                .set_training_archived(&o.id, true, now())
                .unwrap()
                .archived
        );
        assert_eq!(store.group_trainings(&g).unwrap().len(), 1);
    }

    #[test]
    fn every_broken_rule_is_reported_and_nothing_written() {
        let (mut store, ids, g) = group_with_members(2, 2);
        let mut bad = input(&g, &ids);
        (bad.topic, bad.topic_other) = (Some(TrainingTopic::Other), " ".into());
        bad.held_on = "2026-02-30".into();
        bad.attendees.push(bad.attendees[0].clone());
        bad.attendees.push(AttendeeInput {
            household_id: Some("no-such-household".into()),
            name: String::new(),
            sex: None,
            youth: false,
        });
        bad.attendees.push(AttendeeInput {
            household_id: None,
            name: " ".into(),
            sex: None,
            youth: false,
        });
        let err = store.save_training(&bad, now()).unwrap_err();
        assert_eq!(
            broken(&err),
            [
                ("topicOther", RuleCode::Required),
                ("heldOn", RuleCode::InvalidDate),
                ("attendees.3.householdId", RuleCode::DuplicateEntry),
                ("attendees.4.householdId", RuleCode::UnknownRecord),
                ("attendees.5.name", RuleCode::Required),
                ("attendees.5.sex", RuleCode::Required),
            ]
        );
        let mut none = input("no-such-group", &[]);
        (none.topic, none.held_on) = (None, String::new());
        let err = store.save_training(&none, now()).unwrap_err();
        assert_eq!(
            broken(&err),
            [
                ("groupId", RuleCode::UnknownRecord),
                ("topic", RuleCode::Required),
                ("heldOn", RuleCode::Required),
            ]
        );
        assert!(
            store.group_trainings(&g).unwrap().is_empty(),
            "nothing written"
        );
    }
}
