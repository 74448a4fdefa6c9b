//! Expenditures of the activity budget: what was paid, for which line and commune, in
//! which currency at which rate, to whom, with its voucher, and the event it paid for.
//! Spending beyond a commune's envelope needs a recorded reason and who allowed it;
//! a correction is a reversing entry, never an edit.

use chrono::{Datelike, NaiveDateTime};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::contract::Currency;
use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::gazetteer::{Place, place_at};
use crate::rules::{Checks, NAME_MAX, TEXT_MAX};
use crate::store::{Store, new_id, stamp};

use super::{ActivityLine, EventKind, checked_money, dollars, verdict};

/// The event an expenditure paid for, with its name for lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EventLink {
    pub kind: EventKind,
    pub id: String,
}

/// An event an expenditure may be linked to, for the window's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EventChoice {
    pub kind: EventKind,
    pub id: String,
    /// The campaign's name, the SLG's, the forum's title, or the training's group.
    pub name: String,
    pub on: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Expenditure {
    pub id: String,
    pub fiscal_year: i32,
    pub spent_on: String,
    pub line: ActivityLine,
    pub commune: Place,
    /// In the currency's units (US cents or riel); negative for a reversal.
    pub amount: i64,
    pub currency: Currency,
    /// Riel per US dollar, for riel amounts.
    pub rate: Option<i64>,
    pub usd_cents: i64,
    pub payee: String,
    pub description: String,
    pub voucher: String,
    pub event: Option<EventLink>,
    /// The entry this one reverses …
    pub reverses: Option<String>,
    /// … or the entry that reversed this one.
    pub reversed_by: Option<String>,
    pub over_reason: String,
    pub over_by: String,
    pub recorded_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExpenditureInput {
    pub spent_on: String,
    pub line: Option<ActivityLine>,
    pub commune_code: String,
    pub amount: Option<i64>,
    pub currency: Option<Currency>,
    pub rate: Option<i64>,
    pub payee: String,
    pub description: String,
    pub voucher: String,
    pub event: Option<EventLink>,
    /// Why the commune's envelope may be exceeded, and who decided.
    pub over_reason: String,
    pub over_by: String,
    /// An unusual rate was confirmed.
    pub confirmed: bool,
}

const SELECT: &str = "SELECT e.id, e.fiscal_year, e.spent_on, e.line, c.code, c.name_km, c.name_en, e.amount,
        e.currency, e.rate, e.usd_cents, e.payee, e.description, e.voucher, e.event_kind, e.event_id,
        e.reverses, (SELECT r.id FROM expenditures r WHERE r.reverses = e.id), e.over_reason, e.over_by,
        e.recorded_at
    FROM expenditures e JOIN communes c ON c.code = e.commune_code";

fn row(r: &Row) -> rusqlite::Result<Expenditure> {
    let kind: Option<EventKind> = r.get(14)?;
    let event_id: Option<String> = r.get(15)?;
    Ok(Expenditure {
        id: r.get(0)?,
        fiscal_year: r.get(1)?,
        spent_on: r.get(2)?,
        line: r.get(3)?,
        commune: place_at(r, 4)?,
        amount: r.get(7)?,
        currency: r.get(8)?,
        rate: r.get(9)?,
        usd_cents: r.get(10)?,
        payee: r.get(11)?,
        description: r.get(12)?,
        voucher: r.get(13)?,
        event: kind.zip(event_id).map(|(kind, id)| EventLink { kind, id }),
        reverses: r.get(16)?,
        reversed_by: r.get(17)?,
        over_reason: r.get(18)?,
        over_by: r.get(19)?,
        recorded_at: r.get(20)?,
    })
}

impl Store {
    /// The studies, SLG meetings, forums and trainings of a fiscal year, newest first.
    pub fn budget_events(&self, fiscal_year: i32) -> Result<Vec<EventChoice>> {
        self.conn
            .prepare_cached(
                "SELECT 'study', id, name, starts_on FROM campaigns WHERE archived_at IS NULL AND substr(starts_on, 1, 4) = ?1
                 UNION ALL SELECT 'meeting', m.id, s.name, m.held_on FROM slg_meetings m JOIN slgs s ON s.id = m.slg_id
                     WHERE m.archived_at IS NULL AND substr(m.held_on, 1, 4) = ?1
                 UNION ALL SELECT 'forum', id, title, held_on FROM forums WHERE archived_at IS NULL AND substr(held_on, 1, 4) = ?1
                 UNION ALL SELECT 'training', t.id, g.name, t.held_on FROM trainings t JOIN producer_groups g ON g.id = t.group_id
                     WHERE t.archived_at IS NULL AND substr(t.held_on, 1, 4) = ?1
                 ORDER BY 4 DESC, 3",
            )
            .ctx("preparing the events")?
            .query_map([fiscal_year.to_string()], |r| {
                Ok(EventChoice {
                    kind: r.get(0)?,
                    id: r.get(1)?,
                    name: r.get(2)?,
                    on: r.get(3)?,
                })
            })
            .ctx("listing the events")?
            .collect::<Result<_, _>>()
            .ctx("reading the events")
    }

    pub fn expenditure(&self, id: &str) -> Result<Expenditure> {
        self.conn
            .prepare_cached(&format!("{SELECT} WHERE e.id = ?1"))
            .ctx("preparing an expenditure read")?
            .query_row([id], row)
            .optional()
            .ctx("reading an expenditure")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "expenditure",
                id: id.to_owned(),
            })
    }

    /// The journal of a fiscal year, newest first, optionally of one commune.
    pub fn expenditures(
        &self,
        fiscal_year: i32,
        commune_code: Option<&str>,
    ) -> Result<Vec<Expenditure>> {
        self.conn
            .prepare_cached(&format!(
                "{SELECT} WHERE e.fiscal_year = ?1 AND e.commune_code BETWEEN coalesce(?2, '') AND coalesce(?2, '~')
                 ORDER BY e.spent_on DESC, e.recorded_at DESC"
            ))
            .ctx("preparing the expenditure journal")?
            .query_map(params![fiscal_year, commune_code], row)
            .ctx("listing expenditures")?
            .collect::<Result<_, _>>()
            .ctx("reading expenditures")
    }

    /// What is left of a commune's envelope in a fiscal year, in US cents.
    pub(crate) fn commune_left(&self, fiscal_year: i32, commune: &str) -> Result<i64> {
        let spent: i64 = self
            .conn
            .prepare_cached(
                "SELECT coalesce(sum(usd_cents), 0) FROM expenditures WHERE fiscal_year = ?1 AND commune_code = ?2",
            )
            .ctx("preparing a commune's spending")?
            .query_row(params![fiscal_year, commune], |r| r.get(0))
            .ctx("adding up a commune's spending")?;
        Ok(self.envelopes()?.commune_usd_cents - spent)
    }

    /// Records an expenditure of the office's fiscal year.
    pub fn save_expenditure(
        &mut self,
        input: &ExpenditureInput,
        now: NaiveDateTime,
    ) -> Result<Expenditure> {
        let office = self.require_office()?;
        let year = office.fiscal_year;
        let mut c = Checks::default();
        let mut warnings = Vec::new();
        if let Some(d) = c.required_date("spentOn", &input.spent_on) {
            if d.year() != year {
                c.push(
                    Violation::new("spentOn", RuleCode::DateOutsideFiscalYear).with("year", year),
                );
            } else if d > now.date() {
                c.push(Violation::new("spentOn", RuleCode::DateInFuture));
            }
        }
        let line = c.required_choice("line", input.line, ActivityLine::Dissemination);
        let commune = input.commune_code.trim();
        if !office.target_communes.iter().any(|t| t.code == commune) {
            c.push(Violation::new("communeCode", RuleCode::NotATargetCommune));
        }
        let (amount, currency, rate, cents) = checked_money(
            &mut c,
            &mut warnings,
            "amount",
            input.amount,
            input.currency,
            input.rate,
        );
        let payee = c.required_name("payee", &input.payee);
        let description = c.optional_text("description", &input.description, TEXT_MAX);
        let voucher = c.optional_text("voucher", &input.voucher, NAME_MAX);
        if let Some(e) = &input.event {
            self.known_record("event", e.kind.table(), &e.id, &mut c)?;
        }
        let over_reason = c.optional_text("overReason", &input.over_reason, TEXT_MAX);
        let over_by = c.optional_text("overBy", &input.over_by, NAME_MAX);
        let mut over = false;
        if c.is_empty() {
            let left = self.commune_left(year, commune)?;
            if cents > left {
                over = true;
                if over_reason.is_empty() || over_by.is_empty() {
                    c.push(
                        Violation::new("overReason", RuleCode::OverEnvelope)
                            .with("left", dollars(left))
                            .with("amount", dollars(cents)),
                    );
                }
            }
        }
        verdict(c, warnings, input.confirmed)?;
        let id = new_id();
        self.conn
            .execute(
                "INSERT INTO expenditures (id, fiscal_year, spent_on, line, commune_code, amount, currency, rate,
                     usd_cents, payee, description, voucher, event_kind, event_id, over_reason, over_by, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
                params![id, year, input.spent_on.trim(), line, commune, amount, currency, rate, cents, payee,
                    description, voucher, input.event.as_ref().map(|e| e.kind), input.event.as_ref().map(|e| &e.id),
                    if over { &over_reason } else { "" }, if over { &over_by } else { "" }, stamp(now)],
            )
            .ctx("saving an expenditure")?;
        self.expenditure(&id)
    }

    /// Cancels an expenditure by a reversing entry (the same amounts, negative) dated
    /// today, with the reason; an entry is reversed once, and a reversal is not reversed.
    pub fn reverse_expenditure(
        &mut self,
        id: &str,
        reason: &str,
        now: NaiveDateTime,
    ) -> Result<Expenditure> {
        let original = self.expenditure(id)?;
        let mut c = Checks::default();
        if original.reverses.is_some() || original.reversed_by.is_some() {
            c.push(Violation::new("id", RuleCode::AlreadyReversed));
        }
        let reason = c.optional_text("reason", reason, TEXT_MAX);
        if reason.is_empty() {
            c.push(Violation::new("reason", RuleCode::ReasonRequired));
        }
        c.into_result()?;
        let new = new_id();
        self.conn
            .execute(
                "INSERT INTO expenditures (id, fiscal_year, spent_on, line, commune_code, amount, currency, rate,
                     usd_cents, payee, description, voucher, event_kind, event_id, reverses, recorded_at)
                 SELECT ?2, fiscal_year, ?3, line, commune_code, -amount, currency, rate, -usd_cents, payee, ?4,
                     voucher, event_kind, event_id, id, ?5
                 FROM expenditures WHERE id = ?1",
                params![id, new, now.date().to_string(), reason, stamp(now)],
            )
            .ctx("reversing an expenditure")?;
        self.expenditure(&new)
    }
}
