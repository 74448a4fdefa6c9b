//! The forum's one-day timetable: the guideline's default items, which the facilitator
//! edits; items never end before they start and never overlap.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{DbContext, Result, RuleCode, Violation};
use crate::rules::{Checks, NAME_MAX, TEXT_MAX};
use crate::store::Store;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AgendaItem {
    /// `HH:MM`, on the forum's day.
    pub starts_at: String,
    pub ends_at: String,
    pub item_km: String,
    pub item_en: String,
    pub speaker: String,
}

pub type AgendaItemInput = AgendaItem;

/// Most items one day's agenda holds.
pub const AGENDA_MAX: usize = 40;

/// The guideline's one-day forum (annex 3): registration, opening, the market study,
/// the buyers, the producers, matchmaking, clusters and their plans, strategy, closing.
pub fn default_agenda() -> Vec<AgendaItem> {
    #[rustfmt::skip]
    const ITEMS: &[(&str, &str, &str, &str, &str)] = &[
        ("07:30", "08:00", "ចុះឈ្មោះអ្នកចូលរួម", "Registration of participants", ""),
        ("08:00", "08:30", "ពិធីបើក និងគោលបំណងនៃវេទិកា", "Opening and objectives of the forum", "ប្រធានការិយាល័យកសិកម្មស្រុក"),
        ("08:30", "09:15", "បង្ហាញលទ្ធផលនៃការសិក្សាតម្រូវការទីផ្សារ", "Results of the market needs assessment", "មន្ត្រីកសិកម្មស្រុក"),
        ("09:15", "10:00", "តម្រូវការរបស់អ្នកទិញ (បរិមាណ គុណភាព ពេលវេលា តម្លៃ)", "Buyers' requirements (quantity, quality, timing, price)", "អ្នកប្រមូលទិញ"),
        ("10:00", "10:15", "សម្រាកពិសាអាហារសម្រន់", "Break", ""),
        ("10:15", "11:00", "សមត្ថភាពផលិតរបស់ក្រុមកសិករ", "Producer groups' capacity", "តំណាងក្រុមកសិករ"),
        ("11:00", "12:00", "ការងារជាក្រុម៖ ផ្គូផ្គងអ្នកផលិត និងអ្នកទិញ", "Group work: matching producers and buyers", "អ្នកសម្របសម្រួល"),
        ("12:00", "13:30", "អាហារថ្ងៃត្រង់", "Lunch", ""),
        ("13:30", "14:45", "បង្កើតបណ្តុំ និងផែនការផលិតកម្ម", "Forming clusters and their production plans", "អ្នកសម្របសម្រួល"),
        ("14:45", "15:45", "យុទ្ធសាស្ត្រអាជីវកម្ម និងផែនការសកម្មភាព", "Business strategy and action plan", "មន្ត្រីជំនាញទីផ្សារខេត្ត"),
        ("15:45", "16:15", "សេចក្តីសន្និដ្ឋាន និងពិធីបិទ", "Conclusions and closing", "ប្រធានការិយាល័យកសិកម្មស្រុក"),
    ];
    ITEMS
        .iter()
        .map(
            |&(starts_at, ends_at, item_km, item_en, speaker)| AgendaItem {
                starts_at: starts_at.into(),
                ends_at: ends_at.into(),
                item_km: item_km.into(),
                item_en: item_en.into(),
                speaker: speaker.into(),
            },
        )
        .collect()
}

/// Minutes since midnight of an `HH:MM` time (Khmer digits accepted); `None` when it is
/// not a time of day.
pub fn minutes(time: &str) -> Option<u32> {
    let time = crate::rules::ascii_digits(time.trim());
    let (h, m) = time.split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Checks an agenda: every time a time of day, every item ending after it starts,
/// no two items overlapping (items may be given in any order), every item named.
/// Returns the items in time order, times written `HH:MM`.
pub fn check_agenda(items: &[AgendaItemInput]) -> Result<Vec<AgendaItem>> {
    let mut c = Checks::default();
    if items.len() > AGENDA_MAX {
        c.push(
            Violation::new("agenda", RuleCode::OutOfRange)
                .with("min", 0)
                .with("max", AGENDA_MAX),
        );
    }
    let mut timed = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let f = |name: &str| format!("agenda.{i}.{name}");
        let start = minutes(&item.starts_at);
        let end = minutes(&item.ends_at);
        if start.is_none() {
            c.push(Violation::new(&f("startsAt"), RuleCode::InvalidTime));
        }
        if end.is_none() {
            c.push(Violation::new(&f("endsAt"), RuleCode::InvalidTime));
        }
        let km = c.optional_text(&f("itemKm"), &item.item_km, TEXT_MAX);
        let en = c.optional_text(&f("itemEn"), &item.item_en, TEXT_MAX);
        if km.is_empty() && en.is_empty() {
            c.push(Violation::new(&f("itemKm"), RuleCode::Required));
        }
        let speaker = c.optional_text(&f("speaker"), &item.speaker, NAME_MAX);
        if let (Some(s), Some(e)) = (start, end) {
            if e <= s {
                c.push(Violation::new(&f("endsAt"), RuleCode::EndBeforeStart));
            } else {
                timed.push((
                    s,
                    e,
                    i,
                    AgendaItem {
                        starts_at: format!("{:02}:{:02}", s / 60, s % 60),
                        ends_at: format!("{:02}:{:02}", e / 60, e % 60),
                        item_km: km,
                        item_en: en,
                        speaker,
                    },
                ));
            }
        }
    }
    timed.sort_by_key(|(s, e, i, _)| (*s, *e, *i));
    for pair in timed.windows(2) {
        let (_, end, first, _) = &pair[0];
        let (start, _, second, _) = &pair[1];
        if start < end {
            c.push(
                Violation::new(
                    &format!("agenda.{second}.startsAt"),
                    RuleCode::AgendaOverlap,
                )
                .with("item", first + 1)
                .with("until", &pair[0].3.ends_at),
            );
        }
    }
    c.into_result()?;
    Ok(timed.into_iter().map(|(_, _, _, item)| item).collect())
}

impl Store {
    pub fn forum_agenda(&self, forum_id: &str) -> Result<Vec<AgendaItem>> {
        self.conn
            .prepare_cached(
                "SELECT starts_at, ends_at, item_km, item_en, speaker FROM forum_agenda
                 WHERE forum_id = ?1 ORDER BY position",
            )
            .ctx("preparing the agenda")?
            .query_map([forum_id], |r| {
                Ok(AgendaItem {
                    starts_at: r.get(0)?,
                    ends_at: r.get(1)?,
                    item_km: r.get(2)?,
                    item_en: r.get(3)?,
                    speaker: r.get(4)?,
                })
            })
            .ctx("listing the agenda")?
            .collect::<Result<_, _>>()
            .ctx("reading the agenda")
    }

    /// Replaces the forum's agenda, refused whole when an item breaks a rule.
    pub fn set_forum_agenda(
        &mut self,
        forum_id: &str,
        items: &[AgendaItemInput],
        now: chrono::NaiveDateTime,
    ) -> Result<super::Forum> {
        self.forum(forum_id)?;
        let items = check_agenda(items)?;
        self.atomically(|store| {
            store.write_agenda(forum_id, &items)?;
            store
                .conn
                .execute(
                    "UPDATE forums SET updated_at = ?2 WHERE id = ?1",
                    rusqlite::params![forum_id, crate::store::stamp(now)],
                )
                .ctx("touching the forum")?;
            store.forum(forum_id)
        })
    }

    pub(crate) fn write_agenda(&self, forum_id: &str, items: &[AgendaItem]) -> Result<()> {
        self.conn
            .execute("DELETE FROM forum_agenda WHERE forum_id = ?1", [forum_id])
            .ctx("replacing the agenda")?;
        for (pos, item) in items.iter().enumerate() {
            self.conn
                .execute(
                    "INSERT INTO forum_agenda (forum_id, position, starts_at, ends_at, item_km, item_en, speaker)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    rusqlite::params![forum_id, pos as i64, item.starts_at, item.ends_at, item.item_km,
                        item.item_en, item.speaker],
                )
                .ctx("saving an agenda item")?;
        }
        Ok(())
    }
}
