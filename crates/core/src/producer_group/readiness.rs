//! A producer group's status, computed from its records: formed when it has at least
//! 10 member households, adopted by-laws and a production plan for every member, and
//! the office has marked it so; otherwise forming, with the checklist saying what is
//! missing and for whom.

use chrono::NaiveDateTime;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{DbContext, Result, RuleCode, Violation};
use crate::rules::Checks;
use crate::store::Store;
use crate::text_enum::text_enum;

use super::{MEMBERS_MIN, ProducerGroup};

text_enum!(GroupStatus {
    Forming = "forming",
    Formed = "formed",
    Contracted = "contracted",
    Inactive = "inactive",
});

text_enum!(ReadinessItem {
    Members = "members",
    Bylaws = "bylaws",
    Plans = "plans",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReadinessCheck {
    pub item: ReadinessItem,
    pub ok: bool,
    /// Members, adopted by-law versions, or members with a plan.
    pub count: u32,
    /// What the guideline asks for.
    pub needed: u32,
    /// Members still without a production plan (Khmer names).
    pub missing: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Readiness {
    pub ready: bool,
    pub checks: Vec<ReadinessCheck>,
}

/// The status the records support. A group marked formed that has since lost what made
/// it so reads as forming again, with the checklist saying why; a formed group party to
/// a signed or active contract is contracted.
pub fn status(group: &ProducerGroup, in_contract: bool) -> GroupStatus {
    if group.inactive_since.is_some() {
        GroupStatus::Inactive
    } else if group.formed_on.is_some() && group.readiness.ready && in_contract {
        GroupStatus::Contracted
    } else if group.formed_on.is_some() && group.readiness.ready {
        GroupStatus::Formed
    } else {
        GroupStatus::Forming
    }
}

impl Store {
    /// The group is party to a signed or active contract.
    pub(crate) fn group_in_contract(&self, group_id: &str) -> Result<bool> {
        self.conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM contract_groups cg JOIN contracts c ON c.id = cg.contract_id
                 WHERE cg.group_id = ?1 AND c.status IN ('signed', 'active') AND c.archived_at IS NULL)",
            )
            .ctx("preparing the contract check")?
            .query_row([group_id], |r| r.get(0))
            .ctx("checking the group's contracts")
    }

    pub(crate) fn group_readiness(&self, group: &ProducerGroup) -> Result<Readiness> {
        let members = group.members.len() as u32;
        let adopted: u32 = self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM bylaws WHERE group_id = ?1 AND adopted_on IS NOT NULL",
            )
            .ctx("preparing the by-laws check")?
            .query_row([&group.id], |r| r.get(0))
            .ctx("checking the by-laws")?;
        let missing: Vec<String> = group
            .members
            .iter()
            .filter(|m| !m.has_plan)
            .map(|m| m.name_km.clone())
            .collect();
        let checks = vec![
            ReadinessCheck {
                item: ReadinessItem::Members,
                ok: members as usize >= MEMBERS_MIN,
                count: members,
                needed: MEMBERS_MIN as u32,
                missing: Vec::new(),
            },
            ReadinessCheck {
                item: ReadinessItem::Bylaws,
                ok: adopted > 0,
                count: adopted,
                needed: 1,
                missing: Vec::new(),
            },
            ReadinessCheck {
                item: ReadinessItem::Plans,
                ok: members > 0 && missing.is_empty(),
                count: members - missing.len() as u32,
                needed: members,
                missing,
            },
        ];
        Ok(Readiness {
            ready: checks.iter().all(|c| c.ok),
            checks,
        })
    }

    /// Marks the group formed on `date`; refused, with every reason, unless it is ready.
    pub fn mark_group_formed(
        &mut self,
        group_id: &str,
        date: &str,
        now: NaiveDateTime,
    ) -> Result<ProducerGroup> {
        let group = self.producer_group(group_id)?;
        let mut c = Checks::default();
        c.required_date("formedOn", date);
        for check in group.readiness.checks.iter().filter(|c| !c.ok) {
            let v = match check.item {
                ReadinessItem::Members => Violation::new("members", RuleCode::TooFewMembers)
                    .with("count", check.count)
                    .with("min", check.needed),
                ReadinessItem::Bylaws => Violation::new("bylaws", RuleCode::BylawsNotAdopted),
                ReadinessItem::Plans => Violation::new("plans", RuleCode::MembersWithoutPlan)
                    .with("count", check.missing.len())
                    .with(
                        "names",
                        check
                            .missing
                            .iter()
                            .take(5)
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
            };
            c.push(v);
        }
        c.into_result()?;
        self.conn
            .execute(
                "UPDATE producer_groups SET formed_on = ?2, inactive_since = NULL WHERE id = ?1",
                params![group_id, date.trim()],
            )
            .ctx("marking a group formed")?;
        self.touch_group(group_id, now)?;
        self.producer_group(group_id)
    }

    /// Records that the group stopped working (`Some(date)`) or works again (`None`).
    pub fn set_group_inactive(
        &mut self,
        group_id: &str,
        since: Option<&str>,
        now: NaiveDateTime,
    ) -> Result<ProducerGroup> {
        self.producer_group(group_id)?;
        if let Some(date) = since {
            let mut c = Checks::default();
            c.required_date("inactiveSince", date);
            c.into_result()?;
        }
        self.conn
            .execute(
                "UPDATE producer_groups SET inactive_since = ?2 WHERE id = ?1",
                params![group_id, since.map(str::trim)],
            )
            .ctx("recording a group inactive")?;
        self.touch_group(group_id, now)?;
        self.producer_group(group_id)
    }
}
