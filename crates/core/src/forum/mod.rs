//! Step 3 of the guideline: the one-day district forum where producer groups meet
//! buyers, input suppliers, NGOs and officials, led by the district agriculture office.
//! `agenda.rs` holds its timetable, `participant.rs` who is invited and who came.

pub mod agenda;
pub mod participant;

#[cfg(test)]
mod tests;

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::gazetteer::{Place, place_at};
use crate::rules::{Checks, NAME_MAX, TEXT_MAX};
use crate::store::{Store, new_id, stamp};

pub use agenda::{AgendaItem, AgendaItemInput, default_agenda};
pub use participant::{InvitationStatus, Participant, ParticipantCategory, ParticipantInput};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Forum {
    pub id: String,
    pub district: Place,
    pub title: String,
    pub held_on: String,
    pub venue: String,
    pub led_by_id: Option<String>,
    pub led_by_name: Option<String>,
    pub objectives: String,
    /// The office's reference number printed on the invitations.
    pub reference_no: String,
    /// The market study whose results the forum presents.
    pub campaign_id: Option<String>,
    pub agenda: Vec<AgendaItem>,
    /// Participants not archived, and those who came.
    pub participants: u32,
    pub attended: u32,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ForumInput {
    pub id: Option<String>,
    pub title: String,
    pub held_on: String,
    /// The last day, when the form asks for one: the guideline's forum lasts one day,
    /// so it must be the same as `held_on` (empty means the same).
    pub ends_on: String,
    pub venue: String,
    pub led_by_id: Option<String>,
    pub objectives: String,
    pub reference_no: String,
    pub campaign_id: Option<String>,
}

impl Store {
    /// Every forum, newest first (a district holds one or two a year).
    pub fn forums(&self, include_archived: bool) -> Result<Vec<Forum>> {
        let ids: Vec<String> = self
            .conn
            .prepare_cached(
                "SELECT id FROM forums WHERE ?1 OR archived_at IS NULL ORDER BY held_on DESC, id",
            )
            .ctx("preparing the forum list")?
            .query_map([include_archived], |r| r.get(0))
            .ctx("listing forums")?
            .collect::<Result<_, _>>()
            .ctx("reading forums")?;
        ids.iter().map(|id| self.forum(id)).collect()
    }

    pub fn forum(&self, id: &str) -> Result<Forum> {
        let mut forum = self
            .conn
            .prepare_cached(
                "SELECT f.id, d.code, d.name_km, d.name_en, f.title, f.held_on, f.venue, f.led_by_id,
                        o.name_km, f.objectives, f.reference_no, f.campaign_id, f.archived_at IS NOT NULL,
                        (SELECT count(*) FROM forum_participants p WHERE p.forum_id = f.id AND p.archived_at IS NULL),
                        (SELECT count(*) FROM forum_participants p WHERE p.forum_id = f.id AND p.archived_at IS NULL
                            AND p.status = 'attended')
                 FROM forums f JOIN districts d ON d.code = f.district_code
                 LEFT JOIN officials o ON o.id = f.led_by_id WHERE f.id = ?1",
            )
            .ctx("preparing a forum read")?
            .query_row([id], |r| {
                Ok(Forum {
                    id: r.get(0)?,
                    district: place_at(r, 1)?,
                    title: r.get(4)?,
                    held_on: r.get(5)?,
                    venue: r.get(6)?,
                    led_by_id: r.get(7)?,
                    led_by_name: r.get(8)?,
                    objectives: r.get(9)?,
                    reference_no: r.get(10)?,
                    campaign_id: r.get(11)?,
                    agenda: Vec::new(),
                    archived: r.get(12)?,
                    participants: r.get(13)?,
                    attended: r.get(14)?,
                })
            })
            .optional()
            .ctx("reading a forum")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "forum",
                id: id.to_owned(),
            })?;
        forum.agenda = self.forum_agenda(id)?;
        Ok(forum)
    }

    /// Saves a forum; a new one starts with the guideline's one-day agenda.
    pub fn save_forum(&mut self, input: &ForumInput, now: NaiveDateTime) -> Result<Forum> {
        let office = self.require_office()?;
        let mut c = Checks::default();
        let title = c.required_name("title", &input.title);
        let held = c.required_date("heldOn", &input.held_on);
        if !input.ends_on.trim().is_empty() {
            let ends = c.required_date("endsOn", &input.ends_on);
            if let (Some(h), Some(e)) = (held, ends) {
                if e < h {
                    c.push(Violation::new("endsOn", RuleCode::EndBeforeStart));
                } else if e > h {
                    c.push(Violation::new("endsOn", RuleCode::ForumMoreThanOneDay));
                }
            }
        }
        let venue = c.optional_text("venue", &input.venue, NAME_MAX);
        let objectives = c.optional_text("objectives", &input.objectives, TEXT_MAX * 4);
        let reference = c.optional_text("referenceNo", &input.reference_no, NAME_MAX);
        let led_by = input.led_by_id.as_deref().filter(|v| !v.is_empty());
        if let Some(official) = led_by {
            self.known_record("ledById", "officials", official, &mut c)?;
        }
        let campaign = input.campaign_id.as_deref().filter(|v| !v.is_empty());
        if let Some(campaign) = campaign {
            self.known_record("campaignId", "campaigns", campaign, &mut c)?;
        }
        let existing = match &input.id {
            Some(id) => Some(self.forum(id)?),
            None => None,
        };
        c.into_result()?;
        let id = input.id.clone().unwrap_or_else(new_id);
        self.atomically(|store| {
            store
                .conn
                .execute(
                    "INSERT INTO forums (id, district_code, title, held_on, venue, led_by_id, objectives,
                         reference_no, campaign_id, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)
                     ON CONFLICT (id) DO UPDATE SET title = excluded.title, held_on = excluded.held_on,
                         venue = excluded.venue, led_by_id = excluded.led_by_id, objectives = excluded.objectives,
                         reference_no = excluded.reference_no, campaign_id = excluded.campaign_id,
                         updated_at = excluded.updated_at",
                    params![id, office.district.code, title, input.held_on.trim(), venue, led_by, objectives,
                        reference, campaign, stamp(now)],
                )
                .ctx("saving a forum")?;
            if existing.is_none() {
                store.write_agenda(&id, &default_agenda())?;
            }
            store.forum(&id)
        })
    }

    pub fn set_forum_archived(
        &mut self,
        id: &str,
        archived: bool,
        now: NaiveDateTime,
    ) -> Result<Forum> {
        self.set_archived("forums", id, archived, now)?;
        self.forum(id)
    }
}
