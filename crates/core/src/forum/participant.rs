//! Who is invited to the forum, by the guideline's categories, picked from the
//! registers (officials, buyers and suppliers, households of the SLGs) or typed in, and
//! where each invitation stands.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::people::Sex;
use crate::rules::{Checks, NAME_MAX};
use crate::store::{Store, new_id, stamp};
use crate::text_enum::text_enum;

text_enum!(
    /// The guideline's participants of the district forum (step 3), in its order.
    ParticipantCategory {
        PlanningMarketing = "planning_marketing",
        Wholesaler = "wholesaler",
        Retailer = "retailer",
        InputSupplier = "input_supplier",
        PdaffMarketing = "pdaff_marketing",
        MeAdvisor = "me_advisor",
        DistrictOfficial = "district_official",
        Cew = "cew",
        Ngo = "ngo",
        DemoFarmer = "demo_farmer",
        SlgRep = "slg_rep",
        ProducerGroupRep = "producer_group_rep",
    }
);

text_enum!(InvitationStatus {
    ToInvite = "to_invite",
    Invited = "invited",
    Confirmed = "confirmed",
    Declined = "declined",
    Attended = "attended",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Participant {
    pub id: String,
    pub forum_id: String,
    pub category: ParticipantCategory,
    pub name: String,
    pub organisation: String,
    pub title: String,
    pub sex: Option<Sex>,
    pub phone: String,
    pub official_id: Option<String>,
    pub buyer_id: Option<String>,
    pub household_id: Option<String>,
    pub slg_id: Option<String>,
    pub status: InvitationStatus,
    pub archived: bool,
}

/// A participant typed in, or picked from a register by one of the `*_id` fields (then
/// empty name, organisation, sex and phone are filled from the record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantInput {
    pub id: Option<String>,
    pub forum_id: String,
    pub category: Option<ParticipantCategory>,
    pub name: String,
    pub organisation: String,
    pub title: String,
    pub sex: Option<Sex>,
    pub phone: String,
    pub official_id: Option<String>,
    pub buyer_id: Option<String>,
    pub household_id: Option<String>,
    pub slg_id: Option<String>,
    pub status: Option<InvitationStatus>,
}

const PARTICIPANT_SELECT: &str = "SELECT id, forum_id, category, name, organisation, title, sex, phone,
        official_id, buyer_id, household_id, slg_id, status, archived_at IS NOT NULL FROM forum_participants";

fn participant_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Participant> {
    Ok(Participant {
        id: r.get(0)?,
        forum_id: r.get(1)?,
        category: r.get(2)?,
        name: r.get(3)?,
        organisation: r.get(4)?,
        title: r.get(5)?,
        sex: r.get(6)?,
        phone: r.get(7)?,
        official_id: r.get(8)?,
        buyer_id: r.get(9)?,
        household_id: r.get(10)?,
        slg_id: r.get(11)?,
        status: r.get(12)?,
        archived: r.get(13)?,
    })
}

fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl Store {
    /// The forum's participants in the guideline's category order, then as added.
    pub fn forum_participants(
        &self,
        forum_id: &str,
        include_archived: bool,
    ) -> Result<Vec<Participant>> {
        let mut rows: Vec<Participant> = self
            .conn
            .prepare_cached(&format!(
                "{PARTICIPANT_SELECT} WHERE forum_id = ?1 AND (?2 OR archived_at IS NULL) ORDER BY position"
            ))
            .ctx("preparing the participants")?
            .query_map(params![forum_id, include_archived], participant_row)
            .ctx("listing the participants")?
            .collect::<Result<_, _>>()
            .ctx("reading the participants")?;
        let order = |c: ParticipantCategory| ParticipantCategory::ALL.iter().position(|x| *x == c);
        rows.sort_by_key(|p| order(p.category));
        Ok(rows)
    }

    pub fn participant(&self, id: &str) -> Result<Participant> {
        self.conn
            .prepare_cached(&format!("{PARTICIPANT_SELECT} WHERE id = ?1"))
            .ctx("preparing a participant read")?
            .query_row([id], participant_row)
            .optional()
            .ctx("reading a participant")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "participant",
                id: id.to_owned(),
            })
    }

    pub fn save_participant(
        &mut self,
        input: &ParticipantInput,
        now: NaiveDateTime,
    ) -> Result<Participant> {
        self.forum(&input.forum_id)?;
        let mut c = Checks::default();
        let mut p = input.clone();
        let category = c.required_choice("category", input.category, ParticipantCategory::Ngo);
        let links = [
            (
                "officialId",
                "officials",
                "official_id",
                given(&input.official_id),
            ),
            ("buyerId", "buyers", "buyer_id", given(&input.buyer_id)),
            (
                "householdId",
                "households",
                "household_id",
                given(&input.household_id),
            ),
            ("slgId", "slgs", "slg_id", given(&input.slg_id)),
        ];
        for (field, table, column, id) in links {
            let Some(id) = id else { continue };
            let before = c.violations.len();
            self.known_record(field, table, id, &mut c)?;
            if c.violations.len() > before {
                continue;
            }
            let taken: bool = self
                .conn
                .prepare_cached(&format!(
                    "SELECT EXISTS (SELECT 1 FROM forum_participants WHERE forum_id = ?1 AND {column} = ?2
                         AND id IS NOT ?3 AND archived_at IS NULL)"
                ))
                .ctx("preparing a participant check")?
                .query_row(params![input.forum_id, id, input.id], |r| r.get(0))
                .ctx("checking a participant")?;
            // The same person is invited once; an SLG's households may each come, but
            // the SLG as such is invited once.
            let duplicate = taken && (column != "slg_id" || given(&input.household_id).is_none());
            if duplicate {
                c.push(Violation::new(field, RuleCode::DuplicateEntry));
            }
            self.fill_from_register(column, id, &mut p, now)?;
        }
        let name = c.required_name("name", &p.name);
        let organisation = c.optional_text("organisation", &p.organisation, NAME_MAX);
        let title = c.optional_text("title", &p.title, NAME_MAX);
        let phone = c.optional_phone("phone", &p.phone);
        if let Some(id) = &input.id {
            let old = self.participant(id)?;
            if old.forum_id != input.forum_id {
                c.push(Violation::new("forumId", RuleCode::UnknownRecord));
            }
        }
        c.into_result()?;
        let id = input.id.clone().unwrap_or_else(new_id);
        let status = input.status.unwrap_or(InvitationStatus::ToInvite);
        self.conn
            .execute(
                "INSERT INTO forum_participants (id, forum_id, category, name, organisation, title, sex, phone,
                     official_id, buyer_id, household_id, slg_id, status, position, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,
                     (SELECT coalesce(max(position), -1) + 1 FROM forum_participants WHERE forum_id = ?2), ?14, ?14)
                 ON CONFLICT (id) DO UPDATE SET category = excluded.category, name = excluded.name,
                     organisation = excluded.organisation, title = excluded.title, sex = excluded.sex,
                     phone = excluded.phone, official_id = excluded.official_id, buyer_id = excluded.buyer_id,
                     household_id = excluded.household_id, slg_id = excluded.slg_id, status = excluded.status,
                     updated_at = excluded.updated_at",
                params![id, input.forum_id, category, name, organisation, title, p.sex, phone,
                    given(&input.official_id), given(&input.buyer_id), given(&input.household_id),
                    given(&input.slg_id), status, stamp(now)],
            )
            .ctx("saving a participant")?;
        self.participant(&id)
    }

    /// Fills what the officer left empty from the register record the participant is.
    fn fill_from_register(
        &self,
        column: &str,
        id: &str,
        p: &mut ParticipantInput,
        now: NaiveDateTime,
    ) -> Result<()> {
        let fill = |slot: &mut String, value: &str| {
            if slot.trim().is_empty() {
                *slot = value.to_owned();
            }
        };
        match column {
            "official_id" => {
                let o = self.official(id)?;
                fill(&mut p.name, &o.name_km);
                fill(&mut p.phone, &o.phone);
                p.sex = p.sex.or(Some(o.sex));
            }
            "buyer_id" => {
                let b = self.buyer(id)?;
                fill(
                    &mut p.name,
                    if b.contact_person.is_empty() {
                        &b.name
                    } else {
                        &b.contact_person
                    },
                );
                fill(&mut p.organisation, &b.name);
                fill(&mut p.phone, &b.phone);
            }
            "household_id" => {
                let h = self.household(id, now)?;
                fill(&mut p.name, &h.head_name_km);
                fill(&mut p.phone, &h.phone);
                fill(
                    &mut p.organisation,
                    h.slg_name.as_deref().unwrap_or_default(),
                );
                p.sex = p.sex.or(Some(h.sex));
            }
            _ => {
                let s = self.slg(id)?;
                fill(&mut p.organisation, &s.name);
            }
        }
        Ok(())
    }

    /// Moves an invitation along (invited, confirmed, declined, attended).
    pub fn set_participant_status(
        &mut self,
        id: &str,
        status: InvitationStatus,
        now: NaiveDateTime,
    ) -> Result<Participant> {
        self.participant(id)?;
        self.conn
            .execute(
                "UPDATE forum_participants SET status = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, status, stamp(now)],
            )
            .ctx("saving an invitation status")?;
        self.participant(id)
    }

    pub fn set_participant_archived(
        &mut self,
        id: &str,
        archived: bool,
        now: NaiveDateTime,
    ) -> Result<Participant> {
        self.set_archived("forum_participants", id, archived, now)?;
        self.participant(id)
    }
}
