//! The minutes of an SLG meeting (guideline step 2): who came, the market results
//! presented, what the farmers are interested in and can produce, the production plan
//! they agreed (6–8 types, or a note saying it is not), their SWOT and support needs,
//! the attendance list and the signatures of the facilitator and the group's leader.

use cluster_core::meeting::{PLAN_TYPES_MAX, PLAN_TYPES_MIN};
use cluster_core::{Campaign, Lang, MeetingProduct, Office, SlgMeeting};

use crate::error::Result;
use crate::forms::market_brief::{date, fill, inline, pick, sentence};
use crate::forms::meeting_parts::{
    NOTE, SwotBox, TABLE, framed, keep_heading, keep_with_table, masthead, month_strip, swot_grid,
    tick,
};
use crate::labels::{self, meetings};
use crate::lang::{LangMode, amount, digits};
use crate::pdf::{Align, BODY, Column, Composer, PageSpec, Table};
use crate::text::Style;

/// The minutes of `meeting`; `study` is the market study whose results were presented
/// (`meeting.campaign_id`), named in the minutes when given.
pub fn slg_meeting_minutes(
    office: &Office,
    meeting: &SlgMeeting,
    study: Option<&Campaign>,
    mode: LangMode,
) -> Result<Vec<u8>> {
    let lang = mode.primary();
    let mut doc = Composer::new(meetings::MINUTES.en, PageSpec::A4_PORTRAIT, mode)?
        .running_title(meetings::MINUTES);
    masthead(
        &mut doc,
        office,
        meetings::MINUTES,
        Some(meetings::MINUTES_SUBTITLE),
    )?;
    let none = labels::common::NONE.pick(lang);
    doc.field(labels::slg::NAME, &meeting.slg_name)?;
    doc.field(meetings::DATE, &date(&meeting.held_on, lang))?;
    doc.field(meetings::VENUE, or(&meeting.venue, none))?;
    doc.field(
        meetings::FACILITATOR,
        meeting.facilitator_name.as_deref().unwrap_or(none),
    )?;

    let c = meeting.counts;
    let counts = Table {
        columns: [
            meetings::ATTENDING,
            meetings::WOMEN,
            meetings::YOUTH,
            meetings::YOUNG_WOMEN,
        ]
        .into_iter()
        .map(|label| Column::new(label, 1.0).align(Align::Center))
        .collect(),
        rows: vec![
            [c.total, c.women, c.youth, c.young_women]
                .iter()
                .map(|n| digits(n, lang))
                .collect(),
        ],
        min_row_height: 0.0,
        style: BODY.bold(),
    };
    keep_with_table(&mut doc, Some(meetings::ATTENDANCE), &counts)?;
    doc.table(&counts)?;

    keep_heading(&mut doc, meetings::MARKET_RESULTS, 2)?;
    market_results(&mut doc, meeting, study)?;

    products(&mut doc, &meeting.products)?;

    keep_heading(&mut doc, meetings::AGREED_PLAN, 2)?;
    plan(&mut doc, &meeting.products)?;

    keep_heading(&mut doc, meetings::SWOT, 4)?;
    let swot = &meeting.swot;
    swot_grid(
        &mut doc,
        [
            (meetings::STRENGTHS, &swot.strengths),
            (meetings::WEAKNESSES, &swot.weaknesses),
            (meetings::OPPORTUNITIES, &swot.opportunities),
            (meetings::THREATS, &swot.threats),
        ]
        .map(|(label, items)| SwotBox {
            label,
            prompt: None,
            items,
        }),
        60.0,
    )?;

    keep_heading(&mut doc, meetings::SUPPORT_NEEDS, 1)?;
    doc.paragraph(or(&meeting.support_needs, none), BODY, Align::Left)?;
    if !meeting.notes.trim().is_empty() {
        keep_heading(&mut doc, meetings::NOTES, 1)?;
        doc.paragraph(meeting.notes.trim(), BODY, Align::Left)?;
    }

    attendance(&mut doc, meeting)?;

    doc.space(4.0);
    let done_at = fill(
        meetings::DONE_AT.pick(lang),
        &[
            ("venue", meeting.venue.trim().to_owned()),
            ("date", date(&meeting.held_on, lang)),
        ],
    );
    doc.ensure(120.0)?;
    doc.paragraph(done_at.trim(), BODY, Align::Right)?;
    doc.space(4.0);
    doc.signatures(&[meetings::SIGN_FACILITATOR, meetings::SIGN_LEADER], false)?;
    doc.finish()
}

fn or<'a>(text: &'a str, none: &'a str) -> &'a str {
    if text.trim().is_empty() {
        none
    } else {
        text.trim()
    }
}

fn market_results(
    doc: &mut Composer,
    meeting: &SlgMeeting,
    study: Option<&Campaign>,
) -> Result<()> {
    match (&meeting.campaign_id, study) {
        (Some(_), Some(study)) => sentence(doc, meetings::STUDY_PRESENTED, |lang| {
            vec![
                ("study", study.name.clone()),
                (
                    "period",
                    format!(
                        "{} – {}",
                        date(&study.starts_on, lang),
                        date(&study.ends_on, lang)
                    ),
                ),
            ]
        }),
        (Some(_), None) => sentence(doc, meetings::DISTRICT_STUDY_PRESENTED, |_| Vec::new()),
        (None, _) => sentence(doc, meetings::NO_STUDY_PRESENTED, |_| Vec::new()),
    }
}

/// A product's name as a sentence names it, in `lang`.
fn name_in(p: &MeetingProduct, lang: Lang) -> String {
    match lang {
        Lang::Km => p.product.name_km.clone(),
        Lang::En => p.product.name_en.clone(),
    }
}

const MONTHS_COLUMN: usize = 5;
const PLAN_COLUMN: usize = 6;

fn products(doc: &mut Composer, products: &[MeetingProduct]) -> Result<()> {
    let mode = doc.mode();
    let lang = mode.primary();
    if products.is_empty() {
        keep_heading(doc, meetings::INTEREST, 1)?;
        return doc.text(meetings::NO_PRODUCTS, BODY, Align::Left);
    }
    let none = labels::common::NONE.pick(lang);
    let rows = products
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let unit = labels::unit_short(p.product.unit).pick(lang);
            vec![
                digits(i + 1, lang),
                pick(mode, &p.product.name_km, &p.product.name_en),
                digits(p.interested, lang),
                p.capacity
                    .map(|x| {
                        format!(
                            "{} {}",
                            amount(x, lang),
                            meetings::capacity_unit(p.capacity_kind).pick(lang)
                        )
                    })
                    .unwrap_or_else(|| none.to_owned()),
                p.current_output
                    .map(|x| format!("{} {unit}", amount(x, lang)))
                    .unwrap_or_else(|| none.to_owned()),
                String::new(),
                String::new(),
            ]
        })
        .collect();
    let table = Table {
        columns: vec![
            Column::new(meetings::NUMBER, 0.45).align(Align::Center),
            Column::new(meetings::PRODUCT, 1.75),
            Column::new(meetings::INTERESTED, 1.0).align(Align::Center),
            Column::new(meetings::CAPACITY, 1.2).align(Align::Right),
            Column::new(meetings::CURRENT_OUTPUT, 1.3).align(Align::Right),
            Column::new(meetings::PRODUCTION_MONTHS, 2.45),
            Column::new(meetings::IN_PLAN, 0.8),
        ],
        rows,
        min_row_height: 20.0,
        style: TABLE,
    };
    keep_with_table(doc, Some(meetings::INTEREST), &table)?;
    doc.table_drawing(&table, &[], &mut |doc, cell| {
        let Some(p) = products.get(cell.row) else {
            return Ok(());
        };
        match cell.column {
            MONTHS_COLUMN => month_strip(doc, cell, &p.months)?,
            PLAN_COLUMN if p.in_plan => tick(doc, cell),
            _ => {}
        }
        Ok(())
    })?;
    doc.text(meetings::STRIP_NOTE, NOTE, Align::Left)
}

fn plan(doc: &mut Composer, products: &[MeetingProduct]) -> Result<()> {
    let planned: Vec<&MeetingProduct> = products.iter().filter(|p| p.in_plan).collect();
    let count = planned.len();
    if planned.is_empty() {
        sentence(doc, meetings::NO_PLAN, |_| Vec::new())?;
    } else {
        sentence(doc, meetings::PLAN_OF, |lang| {
            let names: Vec<String> = planned.iter().map(|p| name_in(p, lang)).collect();
            vec![
                ("count", digits(count, lang)),
                ("products", names.join(", ")),
            ]
        })?;
    }
    if !(PLAN_TYPES_MIN..=PLAN_TYPES_MAX).contains(&count) {
        doc.space(4.0);
        let mode = doc.mode();
        let note = |lang: Lang| {
            fill(
                meetings::PLAN_OUTSIDE.pick(lang),
                &[
                    ("min", digits(PLAN_TYPES_MIN, lang)),
                    ("max", digits(PLAN_TYPES_MAX, lang)),
                    ("count", digits(count, lang)),
                ],
            )
        };
        let text = match mode {
            LangMode::Km => note(Lang::Km),
            LangMode::En => note(Lang::En),
            LangMode::KmEn => format!("{}\n{}", note(Lang::Km), note(Lang::En)),
        };
        framed(doc, &text)?;
    }
    Ok(())
}

/// The attendance list's columns for one attendee: No., name, sex, youth.
const PER_ATTENDEE: usize = 4;
const YOUTH_COLUMN: usize = 3;

/// The attendance list in two halves side by side (the first half down the left), so
/// a group's list stays on the page with the signatures.
fn attendance(doc: &mut Composer, meeting: &SlgMeeting) -> Result<()> {
    let mode = doc.mode();
    let lang = mode.primary();
    let attendees = &meeting.attendees;
    if attendees.is_empty() {
        keep_heading(doc, meetings::ATTENDANCE_LIST, 1)?;
        return doc.text(meetings::NO_ATTENDEES, BODY, Align::Left);
    }
    let half = attendees.len().div_ceil(2);
    let cells = |i: usize| match attendees.get(i) {
        Some(a) => vec![
            digits(i + 1, lang),
            a.name.clone(),
            inline(mode, labels::sex(a.sex).km, labels::sex(a.sex).en),
            String::new(),
        ],
        None => vec![String::new(); PER_ATTENDEE],
    };
    let rows = (0..half)
        .map(|i| [cells(i), cells(i + half)].concat())
        .collect();
    let one = || {
        [
            Column::new(meetings::NUMBER, 0.45).align(Align::Center),
            Column::new(meetings::NAME, 2.25),
            Column::new(labels::common::SEX, 1.25).align(Align::Center),
            Column::new(meetings::YOUTH, 0.65),
        ]
    };
    let table = Table {
        columns: one().into_iter().chain(one()).collect(),
        rows,
        min_row_height: 0.0,
        style: Style::new(9.0),
    };
    keep_with_table(doc, Some(meetings::ATTENDANCE_LIST), &table)?;
    doc.table_drawing(&table, &[], &mut |doc, cell| {
        if cell.column == PER_ATTENDEE {
            // The two halves apart.
            doc.rule(cell.x, cell.top, cell.x, cell.top + cell.height, 1.4);
        }
        let index = cell.row + (cell.column / PER_ATTENDEE) * half;
        if cell.column % PER_ATTENDEE == YOUTH_COLUMN
            && attendees.get(index).is_some_and(|a| a.youth)
        {
            tick(doc, cell);
        }
        Ok(())
    })
}
