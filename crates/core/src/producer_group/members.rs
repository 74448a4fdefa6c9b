//! Who is in a producer group and who sits on its committee. Members come from the
//! SLGs of the group's commune, or from elsewhere with a reason; a member who leaves
//! keeps a dated row, so the group's history stays.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::people::Sex;
use crate::rules::{Checks, TEXT_MAX};
use crate::store::{Store, stamp};
use crate::text_enum::text_enum;

use super::{MEMBERS_ADVISED_MAX, ProducerGroup};

text_enum!(CommitteeRole {
    Chair = "chair",
    ViceChair = "vice_chair",
    Secretary = "secretary",
    Treasurer = "treasurer",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupMember {
    pub household_id: String,
    pub name_km: String,
    pub name_latin: String,
    pub sex: Sex,
    pub birth_year: i32,
    pub village_km: String,
    pub slg_name: Option<String>,
    pub joined_on: String,
    /// Why a household from outside the commune's SLGs joined.
    pub reason: String,
    /// Whether the household has a production plan in this group.
    pub has_plan: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommitteeSeat {
    pub role: CommitteeRole,
    pub household_id: String,
    pub name_km: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommitteeSeatInput {
    pub role: CommitteeRole,
    /// Empty leaves the seat vacant.
    pub household_id: Option<String>,
}

impl Store {
    pub(crate) fn group_members(&self, group_id: &str) -> Result<Vec<GroupMember>> {
        self.conn
            .prepare_cached(
                "SELECT h.id, h.head_name_km, h.head_name_latin, h.sex, h.birth_year, v.name_km, s.name,
                        m.joined_on, m.reason,
                        EXISTS (SELECT 1 FROM production_plans p WHERE p.household_id = h.id
                                AND p.group_id = m.group_id AND p.archived_at IS NULL)
                 FROM producer_group_members m JOIN households h ON h.id = m.household_id
                 JOIN villages v ON v.code = h.village_code LEFT JOIN slgs s ON s.id = h.slg_id
                 WHERE m.group_id = ?1 AND m.left_on IS NULL
                 ORDER BY h.head_name_km, h.id",
            )
            .ctx("preparing the group members")?
            .query_map([group_id], |r| {
                Ok(GroupMember {
                    household_id: r.get(0)?,
                    name_km: r.get(1)?,
                    name_latin: r.get(2)?,
                    sex: r.get(3)?,
                    birth_year: r.get(4)?,
                    village_km: r.get(5)?,
                    slg_name: r.get(6)?,
                    joined_on: r.get(7)?,
                    reason: r.get(8)?,
                    has_plan: r.get(9)?,
                })
            })
            .ctx("listing the group members")?
            .collect::<Result<_, _>>()
            .ctx("reading the group members")
    }

    pub(crate) fn group_committee(&self, group_id: &str) -> Result<Vec<CommitteeSeat>> {
        let mut seats: Vec<CommitteeSeat> = self
            .conn
            .prepare_cached(
                "SELECT c.role, c.household_id, h.head_name_km FROM producer_group_committee c
                 JOIN households h ON h.id = c.household_id WHERE c.group_id = ?1",
            )
            .ctx("preparing the committee")?
            .query_map([group_id], |r| {
                Ok(CommitteeSeat {
                    role: r.get(0)?,
                    household_id: r.get(1)?,
                    name_km: r.get(2)?,
                })
            })
            .ctx("listing the committee")?
            .collect::<Result<_, _>>()
            .ctx("reading the committee")?;
        let order = |r: CommitteeRole| CommitteeRole::ALL.iter().position(|x| *x == r);
        seats.sort_by_key(|s| order(s.role));
        Ok(seats)
    }

    /// Adds a household to a group. Refused: an archived household, one already a
    /// member, one from outside the commune's SLGs without a reason. Asks to confirm:
    /// a household already in another group that sells one of the same products, and a
    /// group growing beyond 15 households.
    pub fn add_group_member(
        &mut self,
        group_id: &str,
        household_id: &str,
        reason: &str,
        confirmed: bool,
        now: NaiveDateTime,
    ) -> Result<ProducerGroup> {
        let group = self.producer_group(group_id)?;
        let household = self.household(household_id, now)?;
        let mut c = Checks::default();
        let mut warnings = Vec::new();
        let reason = c.optional_text("reason", reason, TEXT_MAX);
        if household.archived || group.archived {
            c.push(Violation::new("householdId", RuleCode::ArchivedRecord));
        }
        if group.members.iter().any(|m| m.household_id == household.id) {
            c.push(Violation::new("householdId", RuleCode::DuplicateEntry));
        }
        let from_commune_slg =
            household.commune.code == group.commune.code && household.slg_id.is_some();
        if !from_commune_slg && reason.is_empty() {
            c.push(Violation::new("reason", RuleCode::ReasonRequired));
        }
        let products: Vec<&str> = group.products.iter().map(|p| p.id.as_str()).collect();
        let other: Option<String> = self
            .conn
            .prepare_cached(
                "SELECT g.name FROM producer_group_members m JOIN producer_groups g ON g.id = m.group_id
                 JOIN producer_group_products gp ON gp.group_id = g.id
                 WHERE m.household_id = ?1 AND m.left_on IS NULL AND g.id <> ?2 AND g.archived_at IS NULL
                   AND gp.product_id IN (SELECT value FROM json_each(?3)) LIMIT 1",
            )
            .ctx("preparing the double membership check")?
            .query_row(
                params![household.id, group.id, serde_json::to_string(&products).unwrap_or_default()],
                |r| r.get(0),
            )
            .optional()
            .ctx("checking double membership")?;
        if let Some(name) = other {
            warnings.push(
                Violation::new("householdId", RuleCode::InOtherGroupSameProduct)
                    .with("group", name),
            );
        }
        if group.members.len() >= MEMBERS_ADVISED_MAX {
            warnings.push(
                Violation::new("householdId", RuleCode::GroupAboveAdvisedSize)
                    .with("count", group.members.len() + 1)
                    .with("max", MEMBERS_ADVISED_MAX),
            );
        }
        if !c.violations.is_empty() {
            c.violations.extend(warnings);
            return Err(CoreError::Invalid(c.violations));
        }
        if !warnings.is_empty() && !confirmed {
            return Err(CoreError::NeedsConfirmation(warnings));
        }
        self.conn
            .execute(
                "INSERT INTO producer_group_members (group_id, household_id, joined_on, reason)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (group_id, household_id) DO UPDATE SET left_on = NULL,
                     joined_on = excluded.joined_on, reason = excluded.reason",
                params![group.id, household.id, now.date().to_string(), reason],
            )
            .ctx("adding a group member")?;
        self.touch_group(group_id, now)?;
        self.producer_group(group_id)
    }

    /// A member leaves: their row is dated, not deleted, and a committee seat they held
    /// falls vacant.
    pub fn remove_group_member(
        &mut self,
        group_id: &str,
        household_id: &str,
        now: NaiveDateTime,
    ) -> Result<ProducerGroup> {
        self.producer_group(group_id)?;
        self.atomically(|store| {
            let changed = store
                .conn
                .execute(
                    "UPDATE producer_group_members SET left_on = ?3
                     WHERE group_id = ?1 AND household_id = ?2 AND left_on IS NULL",
                    params![group_id, household_id, now.date().to_string()],
                )
                .ctx("recording a member leaving")?;
            if changed == 0 {
                return Err(CoreError::invalid(Violation::new("householdId", RuleCode::NotAMember)));
            }
            store
                .conn
                .execute(
                    "DELETE FROM producer_group_committee WHERE group_id = ?1 AND household_id = ?2",
                    params![group_id, household_id],
                )
                .ctx("freeing a committee seat")?;
            store.touch_group(group_id, now)?;
            store.producer_group(group_id)
        })
    }

    /// Sets the whole committee; each seat must go to a current member, one seat each.
    pub fn set_group_committee(
        &mut self,
        group_id: &str,
        seats: &[CommitteeSeatInput],
        now: NaiveDateTime,
    ) -> Result<ProducerGroup> {
        let group = self.producer_group(group_id)?;
        let mut c = Checks::default();
        let mut seen_roles = std::collections::HashSet::new();
        let mut seen_people = std::collections::HashSet::new();
        let mut filled = Vec::new();
        for (i, seat) in seats.iter().enumerate() {
            let Some(h) = seat.household_id.as_deref().filter(|h| !h.is_empty()) else {
                continue;
            };
            let field = format!("committee.{i}.householdId");
            if !group.members.iter().any(|m| m.household_id == h) {
                c.push(Violation::new(&field, RuleCode::NotAMember));
            } else if !seen_people.insert(h) {
                c.push(Violation::new(&field, RuleCode::DuplicateEntry));
            }
            if !seen_roles.insert(seat.role) {
                c.push(Violation::new(
                    &format!("committee.{i}.role"),
                    RuleCode::DuplicateEntry,
                ));
            }
            filled.push((seat.role, h));
        }
        c.into_result()?;
        self.atomically(|store| {
            store
                .conn
                .execute("DELETE FROM producer_group_committee WHERE group_id = ?1", [group_id])
                .ctx("replacing the committee")?;
            for (role, h) in &filled {
                store
                    .conn
                    .execute(
                        "INSERT INTO producer_group_committee (group_id, role, household_id) VALUES (?1, ?2, ?3)",
                        params![group_id, role, h],
                    )
                    .ctx("saving a committee seat")?;
            }
            store.touch_group(group_id, now)?;
            store.producer_group(group_id)
        })
    }

    pub(crate) fn touch_group(&self, group_id: &str, now: NaiveDateTime) -> Result<()> {
        self.conn
            .execute(
                "UPDATE producer_groups SET updated_at = ?2 WHERE id = ?1",
                params![group_id, stamp(now)],
            )
            .ctx("touching a producer group")?;
        Ok(())
    }
}
