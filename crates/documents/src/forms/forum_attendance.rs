//! The district forum's attendance sheet, signed at the door: the invitees already
//! written in under their category (the guideline's order), each with a wide cell to
//! sign or press a thumb in, then blank rows for those who come uninvited, and the
//! totals to fill. Landscape, so the signature column has room.

use cluster_core::{Forum, Office, Participant, ParticipantCategory, Sex};

use crate::error::Result;
use crate::labels::forum as labels;
use crate::lang::{LangMode, digits};
use crate::pdf::{Align, BODY, Column, Composer, PageSpec, Table};
use crate::text::Style;

use super::forum_parts::{forum_day, inline, langs, office_name};

/// The sheet of `forum` with `participants` written in and `blank_rows` to write on.
pub fn forum_attendance(
    office: &Office,
    forum: &Forum,
    participants: &[Participant],
    blank_rows: usize,
    mode: LangMode,
) -> Result<Vec<u8>> {
    let lang = mode.primary();
    let mut doc = Composer::new(labels::ATTENDANCE.en, PageSpec::A4_LANDSCAPE, mode)?
        .running_title(labels::ATTENDANCE);
    let names: Vec<&str> = langs(mode)
        .iter()
        .map(|&l| office_name(office, l))
        .collect();
    doc.paragraph(&names.join("\n"), BODY.bold(), Align::Left)?;
    doc.title(labels::ATTENDANCE)?;
    let title = forum.title.trim();
    if !title.is_empty() {
        doc.paragraph(title, Style::new(12.0).bold(), Align::Center)?;
        doc.space(6.0);
    }
    let day: Vec<String> = langs(mode).iter().map(|&l| forum_day(forum, l)).collect();
    doc.field(labels::DATE, &day.join("   ·   "))?;
    doc.field(labels::VENUE, forum.venue.trim())?;
    doc.space(8.0);

    let mut rows = Vec::new();
    let mut headings = Vec::new();
    for &category in ParticipantCategory::ALL {
        let group: Vec<&Participant> = participants
            .iter()
            .filter(|p| p.category == category)
            .collect();
        if group.is_empty() {
            continue;
        }
        headings.push((rows.len(), inline(labels::category(category), mode)));
        for p in group {
            let about: Vec<&str> = [p.organisation.trim(), p.title.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            rows.push(vec![
                digits(rows.len() + 1, lang),
                p.name.trim().to_owned(),
                about.join(", "),
                p.sex.map(|s| sex(s, mode)).unwrap_or_default(),
                crate::xlsx::phone(p.phone.trim()).into_owned(),
                String::new(),
            ]);
        }
    }
    if blank_rows > 0 {
        headings.push((rows.len(), inline(labels::WRITE_IN, mode)));
        for _ in 0..blank_rows {
            let mut row = vec![digits(rows.len() + 1, lang)];
            row.resize(6, String::new());
            rows.push(row);
        }
    }
    let table = Table {
        columns: vec![
            Column::new(labels::NUMBER, 0.55).align(Align::Center),
            Column::new(labels::NAME, 2.5),
            Column::new(labels::ORGANISATION, 3.4),
            Column::new(labels::SEX, 0.85).align(Align::Center),
            Column::new(crate::labels::common::PHONE, 1.55),
            Column::new(labels::SIGNATURE, 2.7),
        ],
        rows,
        min_row_height: 30.0,
        style: Style::new(10.0),
    };
    doc.table_with_headings(&table, &headings)?;
    doc.ensure(BODY.leading() * 2.0 + 80.0)?;
    doc.text(labels::TOTALS, BODY, Align::Left)?;
    doc.space(6.0);
    doc.signatures(&[labels::PREPARED_BY, labels::SEEN_BY], false)?;
    doc.finish()
}

/// "ស្រី", "Female", and in km-en "ស្រី (F)": a narrow column.
fn sex(sex: Sex, mode: LangMode) -> String {
    let text = crate::labels::sex(sex);
    match mode {
        LangMode::KmEn => {
            let initial: String = text.en.chars().take(1).collect();
            format!("{} ({initial})", text.km)
        }
        _ => text.pick(mode.primary()).to_owned(),
    }
}
