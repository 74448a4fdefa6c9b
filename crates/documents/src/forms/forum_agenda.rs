//! The district forum's agenda (guideline step 3, annex 3), handed out with the
//! invitation and at the door: the forum's name, day, venue and lead, then the
//! timetable in time order: hours, item, who speaks or is responsible.

use cluster_core::{Forum, Lang, Office};

use crate::error::Result;
use crate::labels::forum as labels;
use crate::lang::LangMode;
use crate::pdf::{Align, BODY, Column, Composer, PageSpec, Table};
use crate::text::Style;

use super::forum_parts::{agenda, forum_day, item_text, langs, office_name, short_time};

/// The forum's one-day timetable for `office`'s district.
pub fn forum_agenda(office: &Office, forum: &Forum, mode: LangMode) -> Result<Vec<u8>> {
    let mut doc = Composer::new(labels::AGENDA.en, PageSpec::A4_PORTRAIT, mode)?
        .running_title(labels::AGENDA);
    let names: Vec<&str> = langs(mode)
        .iter()
        .map(|&l| office_name(office, l))
        .collect();
    doc.paragraph(&names.join("\n"), BODY.bold(), Align::Left)?;
    doc.space(4.0);
    doc.title(labels::AGENDA)?;
    let title = forum.title.trim();
    let title = if title.is_empty() {
        labels::DEFAULT_TITLE.render(mode)
    } else {
        title.to_owned()
    };
    doc.paragraph(&title, Style::new(12.0).bold(), Align::Center)?;
    doc.space(10.0);

    let day: Vec<String> = langs(mode).iter().map(|&l| forum_day(forum, l)).collect();
    doc.field(labels::DATE, &day.join("   ·   "))?;
    doc.field(labels::VENUE, forum.venue.trim())?;
    doc.field(
        labels::LED_BY,
        forum.led_by_name.as_deref().unwrap_or("").trim(),
    )?;
    doc.space(10.0);

    let items = agenda(forum);
    if items.is_empty() {
        doc.text(labels::NO_AGENDA, BODY, Align::Left)?;
        return doc.finish();
    }
    let lang = mode.primary();
    let rows = items
        .iter()
        .map(|item| {
            let text = match mode {
                LangMode::KmEn => {
                    let (km, en) = (item_text(item, Lang::Km), item_text(item, Lang::En));
                    if km == en {
                        km.to_owned()
                    } else {
                        format!("{km}\n{en}")
                    }
                }
                _ => item_text(item, lang).to_owned(),
            };
            vec![
                format!(
                    "{} – {}",
                    short_time(&item.starts_at, lang),
                    short_time(&item.ends_at, lang)
                ),
                text,
                item.speaker.trim().to_owned(),
            ]
        })
        .collect();
    let table = Table {
        columns: vec![
            Column::new(labels::TIME, 1.6).align(Align::Center),
            Column::new(labels::ITEM, 4.6),
            Column::new(labels::RESPONSIBLE, 2.4),
        ],
        rows,
        // One language a row leaves room to write in; km-en fills the row with two.
        min_row_height: if mode == LangMode::KmEn { 26.0 } else { 34.0 },
        style: Style::new(if mode == LangMode::KmEn { 10.0 } else { 11.0 }),
    };
    doc.table(&table)?;
    doc.finish()
}
