//! A producer group's by-laws: the guideline's clauses as a template in Khmer and
//! English, edited by each group into its own text. Every edit is a new version and
//! earlier ones are kept; a version is adopted at a meeting with a quorum of members.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::rules::{Checks, NAME_MAX, TEXT_MAX, clean};
use crate::store::{Store, stamp};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BylawClause {
    /// The template clause it comes from (`purpose`, `membership` …), or `extra`.
    pub clause: String,
    pub title_km: String,
    pub title_en: String,
    pub text_km: String,
    pub text_en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Bylaws {
    pub group_id: String,
    pub version: u32,
    pub written_at: String,
    pub adopted_on: Option<String>,
    /// The meeting that adopted them (place, occasion).
    pub adopted_at: String,
    pub members_present: Option<u32>,
    pub clauses: Vec<BylawClause>,
}

/// Longest clause text.
pub const CLAUSE_MAX: usize = TEXT_MAX * 8;

/// The guideline's by-law clauses (step 4): `{group}` stands for the group's name.
#[rustfmt::skip]
const TEMPLATE: &[(&str, &str, &str, &str, &str)] = &[
    ("purpose", "ឈ្មោះ និងគោលបំណង", "Name and purpose",
     "ក្រុមនេះមានឈ្មោះថា {group}។ គោលបំណងរបស់ក្រុម គឺរួមគ្នាផលិត និងលក់កសិផលប្រកបដោយគុណភាព បរិមាណ និងពេលវេលាដែលទីផ្សារត្រូវការ ដើម្បីបង្កើនប្រាក់ចំណូលរបស់សមាជិក។",
     "The group is called {group}. Its purpose is to produce and sell farm products together, in the quality, quantity and timing the market asks for, to raise its members' incomes."),
    ("membership", "សមាជិកភាព", "Membership",
     "គ្រួសារកសិករដែលរស់នៅក្នុងឃុំ ហើយយល់ព្រមតាមលក្ខន្តិកៈនេះ អាចស្នើសុំចូលជាសមាជិក ហើយត្រូវបានទទួលដោយកិច្ចប្រជុំសមាជិក។ សមាជិកអាចលាឈប់ដោយជូនដំណឹងជាលាយលក្ខណ៍អក្សរ។ សមាជិកដែលល្មើសលក្ខន្តិកៈម្តងហើយម្តងទៀត អាចត្រូវបានបញ្ឈប់ដោយការសម្រេចរបស់កិច្ចប្រជុំសមាជិក។",
     "A farming household of the commune that accepts these by-laws may apply to join and is admitted by a members' meeting. A member may leave by giving notice in writing. A member who breaks these by-laws repeatedly may be excluded by decision of a members' meeting."),
    ("rights", "សិទ្ធិ និងកាតព្វកិច្ចរបស់សមាជិក", "Members' rights and duties",
     "សមាជិកមានសិទ្ធិបោះឆ្នោត ចូលរួមវគ្គបណ្តុះបណ្តាល និងទទួលផលពីការលក់រួម។ សមាជិកមានកាតព្វកិច្ចអនុវត្តផែនការផលិតកម្មគ្រួសារ ចូលរួមកិច្ចប្រជុំ និងគោរពច្បាប់គុណភាពរបស់ក្រុម។",
     "Members may vote, join trainings and share in the benefits of selling together. Members must follow their household production plan, attend meetings and keep the group's quality rules."),
    ("committee", "គណៈកម្មាធិការ និងការបោះឆ្នោត", "Committee and elections",
     "ក្រុមមានគណៈកម្មាធិការមួយ មានប្រធាន អនុប្រធាន លេខាធិការ និងហេរញ្ញិក ដែលត្រូវបានបោះឆ្នោតជ្រើសរើសដោយសមាជិក សម្រាប់អាណត្តិ ២ ឆ្នាំ ហើយអាចបោះឆ្នោតជ្រើសរើសសារជាថ្មីបាន។",
     "The group has a committee of a chair, a vice-chair, a secretary and a treasurer, elected by the members for two years and eligible for re-election."),
    ("meetings", "កិច្ចប្រជុំ និងកូរ៉ុម", "Meetings and quorum",
     "ក្រុមប្រជុំយ៉ាងហោចណាស់ម្តងក្នុងមួយខែ។ កិច្ចប្រជុំមានសុពលភាព នៅពេលសមាជិកលើសពាក់កណ្តាលមានវត្តមាន។",
     "The group meets at least once a month. A meeting is valid when more than half of the members are present."),
    ("decisions", "ការសម្រេចចិត្ត", "Decisions",
     "ការសម្រេចចិត្តធ្វើឡើងដោយសំឡេងភាគច្រើននៃសមាជិកដែលមានវត្តមាន។ ការកែប្រែលក្ខន្តិកៈ និងការបញ្ឈប់សមាជិក ត្រូវការសំឡេងពីរភាគបី។",
     "Decisions are taken by a majority of the members present. Amending the by-laws and excluding a member need two thirds."),
    ("contributions", "វិភាគទាន ការសន្សំ និងថ្លៃសេវា", "Contributions, savings and fees",
     "សមាជិកបង់វិភាគទានប្រចាំខែតាមការសម្រេចរបស់កិច្ចប្រជុំ។ ហេរញ្ញិកកត់ត្រាចំណូលចំណាយទាំងអស់ ហើយរាយការណ៍ជូនកិច្ចប្រជុំរៀងរាល់ខែ។",
     "Members pay the monthly contribution the meeting decides. The treasurer records every income and expense and reports to the meeting each month."),
    ("selling", "ការលក់តាមរយៈក្រុម និងច្បាប់គុណភាព", "Selling through the group and quality rules",
     "សមាជិកលក់ផលិតផលដែលមានក្នុងកិច្ចសន្យារបស់ក្រុម តាមរយៈក្រុម។ ផលិតផលត្រូវតាមស្តង់ដារគុណភាពដែលបានព្រមព្រៀងជាមួយអ្នកទិញ ហើយផលិតដោយមិនប្រើសារធាតុគីមីគ្រោះថ្នាក់។",
     "Members sell the products under the group's contracts through the group. Products must meet the quality standards agreed with the buyers and be grown without unsafe chemicals."),
    ("sanctions", "ទណ្ឌកម្ម", "Sanctions",
     "សមាជិកដែលមិនគោរពលក្ខន្តិកៈ ត្រូវទទួលការព្រមានជាមុន បន្ទាប់មកការផាកពិន័យដែលកិច្ចប្រជុំសម្រេច ហើយចុងក្រោយការបញ្ឈប់ពីសមាជិកភាព។",
     "A member who breaks the by-laws is first warned, then fined as the meeting decides, and finally excluded."),
    ("disputes", "ការដោះស្រាយវិវាទ", "Disputes",
     "វិវាទក្នុងក្រុម ត្រូវដោះស្រាយដោយការចរចាក្នុងកិច្ចប្រជុំ បន្ទាប់មកដោយការសម្រុះសម្រួលរបស់មេឃុំ ឬការិយាល័យកសិកម្មស្រុក។",
     "Disputes within the group are settled by discussion at a meeting, then by mediation of the commune chief or the district agriculture office."),
    ("amendments", "វិសោធនកម្ម", "Amendments",
     "លក្ខន្តិកៈនេះអាចកែប្រែបានដោយកិច្ចប្រជុំសមាជិកដែលមានកូរ៉ុម។ កំណែនីមួយៗត្រូវកត់ត្រាកាលបរិច្ឆេទ និងចំនួនសមាជិកដែលមានវត្តមាន។",
     "These by-laws may be amended by a members' meeting with a quorum. Each version records its date and the number of members present."),
];

/// Members who must be present to adopt by-laws: more than half of the current
/// members (the template's quorum).
pub fn quorum(members: u32) -> u32 {
    members / 2 + 1
}

/// The template, filled with the group's name.
pub fn template(group_name: &str) -> Vec<BylawClause> {
    TEMPLATE
        .iter()
        .map(
            |&(clause, title_km, title_en, text_km, text_en)| BylawClause {
                clause: clause.into(),
                title_km: title_km.into(),
                title_en: title_en.into(),
                text_km: text_km.replace("{group}", group_name),
                text_en: text_en.replace("{group}", group_name),
            },
        )
        .collect()
}

impl Store {
    /// The guideline's template filled with the group's name, to start its by-laws from.
    pub fn bylaws_template(&self, group_id: &str) -> Result<Vec<BylawClause>> {
        Ok(template(&self.producer_group(group_id)?.name))
    }

    /// The group's newest by-laws version, if any was written.
    pub fn bylaws(&self, group_id: &str) -> Result<Option<Bylaws>> {
        let version: Option<u32> = self
            .conn
            .prepare_cached("SELECT max(version) FROM bylaws WHERE group_id = ?1")
            .ctx("preparing the by-laws read")?
            .query_row([group_id], |r| r.get(0))
            .ctx("reading the by-laws version")?;
        version
            .map(|v| self.bylaws_version(group_id, v))
            .transpose()
    }

    pub fn bylaws_version(&self, group_id: &str, version: u32) -> Result<Bylaws> {
        let mut b = self
            .conn
            .prepare_cached(
                "SELECT written_at, adopted_on, adopted_at, members_present FROM bylaws
                 WHERE group_id = ?1 AND version = ?2",
            )
            .ctx("preparing a by-laws version")?
            .query_row(params![group_id, version], |r| {
                Ok(Bylaws {
                    group_id: group_id.to_owned(),
                    version,
                    written_at: r.get(0)?,
                    adopted_on: r.get(1)?,
                    adopted_at: r.get(2)?,
                    members_present: r.get(3)?,
                    clauses: Vec::new(),
                })
            })
            .optional()
            .ctx("reading a by-laws version")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "by-laws version",
                id: format!("{group_id} v{version}"),
            })?;
        b.clauses = self
            .conn
            .prepare_cached(
                "SELECT clause, title_km, title_en, text_km, text_en FROM bylaw_clauses
                 WHERE group_id = ?1 AND version = ?2 ORDER BY position",
            )
            .ctx("preparing the clauses")?
            .query_map(params![group_id, version], |r| {
                Ok(BylawClause {
                    clause: r.get(0)?,
                    title_km: r.get(1)?,
                    title_en: r.get(2)?,
                    text_km: r.get(3)?,
                    text_en: r.get(4)?,
                })
            })
            .ctx("listing the clauses")?
            .collect::<Result<_, _>>()
            .ctx("reading the clauses")?;
        Ok(b)
    }

    /// Every version, newest first, without their clauses.
    pub fn bylaws_history(&self, group_id: &str) -> Result<Vec<Bylaws>> {
        self.conn
            .prepare_cached(
                "SELECT version, written_at, adopted_on, adopted_at, members_present FROM bylaws
                 WHERE group_id = ?1 ORDER BY version DESC",
            )
            .ctx("preparing the by-laws history")?
            .query_map([group_id], |r| {
                Ok(Bylaws {
                    group_id: group_id.to_owned(),
                    version: r.get(0)?,
                    written_at: r.get(1)?,
                    adopted_on: r.get(2)?,
                    adopted_at: r.get(3)?,
                    members_present: r.get(4)?,
                    clauses: Vec::new(),
                })
            })
            .ctx("listing the by-laws history")?
            .collect::<Result<_, _>>()
            .ctx("reading the by-laws history")
    }

    /// Writes the group's text as a new version (the same text as the newest version
    /// writes nothing). Every clause needs a title and a Khmer text.
    pub fn save_bylaws(
        &mut self,
        group_id: &str,
        clauses: &[BylawClause],
        now: NaiveDateTime,
    ) -> Result<Bylaws> {
        self.producer_group(group_id)?;
        let mut c = Checks::default();
        if clauses.is_empty() {
            c.push(Violation::new("clauses", RuleCode::Required));
        }
        let mut cleaned = Vec::new();
        for (i, clause) in clauses.iter().enumerate() {
            let f = |name: &str| format!("clauses.{i}.{name}");
            let title_km = c.optional_text(&f("titleKm"), &clause.title_km, NAME_MAX);
            let title_en = c.optional_text(&f("titleEn"), &clause.title_en, NAME_MAX);
            let text_km = c.optional_text(&f("textKm"), &clause.text_km, CLAUSE_MAX);
            let text_en = c.optional_text(&f("textEn"), &clause.text_en, CLAUSE_MAX);
            if title_km.is_empty() {
                c.push(Violation::new(&f("titleKm"), RuleCode::Required));
            }
            if text_km.is_empty() {
                c.push(Violation::new(&f("textKm"), RuleCode::Required));
            }
            let key = clean(&clause.clause);
            cleaned.push(BylawClause {
                clause: if key.is_empty() { "extra".into() } else { key },
                title_km,
                title_en,
                text_km,
                text_en,
            });
        }
        c.into_result()?;
        if let Some(newest) = self.bylaws(group_id)?
            && newest.clauses == cleaned
        {
            return Ok(newest);
        }
        self.atomically(|store| {
            let version: u32 = store
                .conn
                .query_row(
                    "SELECT coalesce(max(version), 0) + 1 FROM bylaws WHERE group_id = ?1",
                    [group_id],
                    |r| r.get(0),
                )
                .ctx("numbering a by-laws version")?;
            store
                .conn
                .execute(
                    "INSERT INTO bylaws (group_id, version, written_at) VALUES (?1, ?2, ?3)",
                    params![group_id, version, stamp(now)],
                )
                .ctx("saving a by-laws version")?;
            for (pos, clause) in cleaned.iter().enumerate() {
                store
                    .conn
                    .execute(
                        "INSERT INTO bylaw_clauses (group_id, version, position, clause, title_km, title_en, text_km, text_en)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                        params![group_id, version, pos as i64, clause.clause, clause.title_km, clause.title_en,
                            clause.text_km, clause.text_en],
                    )
                    .ctx("saving a clause")?;
            }
            store.touch_group(group_id, now)?;
            store.bylaws_version(group_id, version)
        })
    }

    /// Records that a version was adopted on `date` at `meeting` with `present` members:
    /// more than half of the current members must be there (the template's quorum), and
    /// an adopted version stays as adopted.
    pub fn adopt_bylaws(
        &mut self,
        group_id: &str,
        version: u32,
        date: &str,
        meeting: &str,
        present: Option<u32>,
        now: NaiveDateTime,
    ) -> Result<Bylaws> {
        let group = self.producer_group(group_id)?;
        let bylaws = self.bylaws_version(group_id, version)?;
        let mut c = Checks::default();
        if bylaws.adopted_on.is_some() {
            c.push(
                Violation::new("version", RuleCode::AlreadyAdopted)
                    .with("date", bylaws.adopted_on.unwrap_or_default()),
            );
        }
        c.required_date("adoptedOn", date);
        let meeting = c.optional_text("adoptedAt", meeting, NAME_MAX);
        let members = group.members.len() as u32;
        match present {
            None => c.push(Violation::new("membersPresent", RuleCode::Required)),
            Some(p) if p > members => c.push(
                Violation::new("membersPresent", RuleCode::OutOfRange)
                    .with("min", 1)
                    .with("max", members),
            ),
            Some(p) if p < quorum(members) => c.push(
                Violation::new("membersPresent", RuleCode::QuorumNotMet)
                    .with("present", p)
                    .with("needed", quorum(members)),
            ),
            Some(_) => {}
        }
        c.into_result()?;
        self.conn
            .execute(
                "UPDATE bylaws SET adopted_on = ?3, adopted_at = ?4, members_present = ?5
                 WHERE group_id = ?1 AND version = ?2",
                params![group_id, version, date.trim(), meeting, present],
            )
            .ctx("recording an adoption")?;
        self.touch_group(group_id, now)?;
        self.bylaws_version(group_id, version)
    }
}
