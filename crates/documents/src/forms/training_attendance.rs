//! The attendance sheet of a producer group's training (guideline step 4.2): the topic,
//! day, trainer and venue (lines to write on when the training is not yet recorded),
//! the group's members already written in — number, name, sex, age with youth ticked,
//! village and a wide cell to sign or press a thumb in —, five blank rows for others,
//! and the counts to fill.

use chrono::{Datelike, NaiveDate};
use cluster_core::household::age_verdict;
use cluster_core::settings::YOUTH_DEFAULT;
use cluster_core::{Lang, Office, ProducerGroup, Settings, Sex, Training, TrainingTopic};

use crate::error::Result;
use crate::forms::household_production_plan::both;
use crate::forms::market_brief::{date, fill, inline};
use crate::forms::meeting_parts::{NOTE, masthead, tick};
use crate::labels::{self, group_docs as labels_gd};
use crate::lang::{LangMode, digits};
use crate::pdf::{Align, BODY, Column, Composer, PageSpec, Table};
use crate::text::Style;

/// Rows left blank under the members, for others who come.
pub const BLANK_ROWS: usize = 5;
const YOUTH_COLUMN: usize = 4;

/// The sheet of `training` (or a blank one to fill by hand when `None`), with ages
/// reckoned in the training's year (the office's fiscal year for a blank sheet) and
/// youth in the national range (15–30).
pub fn training_attendance(
    office: &Office,
    group: &ProducerGroup,
    training: Option<&Training>,
    mode: LangMode,
) -> Result<Vec<u8>> {
    let settings = Settings {
        language: Lang::Km,
        youth_min_age: YOUTH_DEFAULT.0,
        youth_max_age: YOUTH_DEFAULT.1,
    };
    let year = training
        .and_then(|t| NaiveDate::parse_from_str(&t.held_on, "%Y-%m-%d").ok())
        .map_or(office.fiscal_year, |d| d.year());
    training_attendance_in(office, group, training, &settings, year, mode)
}

/// `training_attendance` with the office's youth range and the year ages are reckoned in.
pub fn training_attendance_in(
    office: &Office,
    group: &ProducerGroup,
    training: Option<&Training>,
    settings: &Settings,
    year: i32,
    mode: LangMode,
) -> Result<Vec<u8>> {
    let lang = mode.primary();
    let mut doc = Composer::new(labels_gd::TRAINING.en, PageSpec::A4_PORTRAIT, mode)?
        .running_title(labels_gd::TRAINING);
    masthead(&mut doc, office, labels_gd::TRAINING, None)?;
    doc.field(labels_gd::GROUP, group.name.trim())?;
    doc.field(
        labels_gd::COMMUNE,
        &inline(mode, &group.commune.name_km, &group.commune.name_en),
    )?;
    let topic = training.map(|t| topic(t, mode)).unwrap_or_default();
    doc.field(labels_gd::TOPIC, &topic)?;
    let day = training
        .map(|t| match mode {
            LangMode::KmEn => format!(
                "{}   ·   {}",
                date(&t.held_on, Lang::Km),
                date(&t.held_on, Lang::En)
            ),
            _ => date(&t.held_on, lang),
        })
        .unwrap_or_default();
    doc.field(labels_gd::DATE, &day)?;
    doc.field(
        labels_gd::TRAINER,
        training.map(|t| t.trainer.trim()).unwrap_or_default(),
    )?;
    doc.field(
        labels_gd::VENUE,
        training.map(|t| t.venue.trim()).unwrap_or_default(),
    )?;
    doc.space(8.0);

    let mut rows = Vec::new();
    let mut youth = Vec::new();
    for (i, m) in group.members.iter().enumerate() {
        let verdict = age_verdict(m.birth_year, year, settings);
        youth.push(verdict.is_youth);
        let name = match (mode, m.name_latin.trim()) {
            (LangMode::En, latin) if !latin.is_empty() => latin.to_owned(),
            (LangMode::KmEn, latin) if !latin.is_empty() => {
                format!("{}\n{latin}", m.name_km.trim())
            }
            _ => m.name_km.trim().to_owned(),
        };
        rows.push(vec![
            digits(i + 1, lang),
            name,
            sex(m.sex, mode),
            digits(verdict.age, lang),
            String::new(),
            m.village_km.trim().to_owned(),
            String::new(),
        ]);
    }
    let headings = vec![(
        rows.len(),
        inline(mode, labels_gd::OTHERS.km, labels_gd::OTHERS.en),
    )];
    for _ in 0..BLANK_ROWS {
        let mut row = vec![digits(rows.len() + 1, lang)];
        row.resize(7, String::new());
        rows.push(row);
    }
    let table = Table {
        columns: vec![
            Column::new(labels_gd::NUMBER, 0.5).align(Align::Center),
            Column::new(labels_gd::NAME, 2.3),
            Column::new(labels_gd::SEX, 0.8).align(Align::Center),
            Column::new(labels_gd::AGE, 0.6).align(Align::Center),
            Column::new(labels_gd::YOUTH, 0.75),
            Column::new(labels_gd::VILLAGE, 1.5),
            Column::new(labels_gd::SIGNATURE, 2.2),
        ],
        rows,
        min_row_height: 28.0,
        style: Style::new(9.5),
    };
    doc.table_drawing(&table, &headings, &mut |doc, cell| {
        if cell.column == YOUTH_COLUMN && youth.get(cell.row).copied().unwrap_or(false) {
            tick(doc, cell);
        }
        Ok(())
    })?;
    let note = |l: Lang| {
        fill(
            labels_gd::AGE_NOTE.pick(l),
            &[
                ("year", digits(year, l)),
                ("min", digits(settings.youth_min_age, l)),
                ("max", digits(settings.youth_max_age, l)),
            ],
        )
    };
    doc.ensure(NOTE.leading() * 2.0 + BODY.leading() * 2.0 + 90.0)?;
    doc.paragraph(&both(mode, note), NOTE, Align::Left)?;
    doc.space(6.0);
    doc.text(labels_gd::COUNTS, BODY, Align::Left)?;
    doc.space(6.0);
    doc.signatures(&[labels_gd::SIGN_TRAINER, labels_gd::SIGN_LEADER], false)?;
    doc.finish()
}

/// The topic's label; "Other" with the words the officer typed.
fn topic(training: &Training, mode: LangMode) -> String {
    let label = labels_gd::topic(training.topic);
    let other = training.topic_other.trim();
    let label = inline(mode, label.km, label.en);
    if training.topic == TrainingTopic::Other && !other.is_empty() {
        format!("{label}: {other}")
    } else {
        label
    }
}

/// "ស្រី", "Female", and in km-en "ស្រី (F)": a narrow column.
fn sex(sex: Sex, mode: LangMode) -> String {
    let text = labels::sex(sex);
    match mode {
        LangMode::KmEn => {
            let initial: String = text.en.chars().take(1).collect();
            format!("{} ({initial})", text.km)
        }
        _ => text.pick(mode.primary()).to_owned(),
    }
}
