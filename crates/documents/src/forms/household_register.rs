//! An SLG's register of member households, signed by each household: who they are,
//! youth and IDPoor status, where they live. Landscape: nine columns.

use chrono::NaiveDate;
use cluster_core::{Household, IdPoor, Office, Sex, Slg};

use crate::error::Result;
use crate::labels::{common, household, place, slg as slg_labels};
use crate::lang::{LangMode, Text, digits, long_date};
use crate::pdf::{Align, BODY, Column, Composer, PageSpec, Table};
use crate::text::Style;

const TITLE: Text = Text::new(
    "បញ្ជីគ្រួសារសមាជិកក្រុមកសិករសិក្សាខ្នាតតូច",
    "Member households of the Smallholder Learning Group",
);
const NUMBER: Text = Text::new("ល.រ", "No.");
const HEAD: Text = Text::new("មេគ្រួសារ", "Head of household");
const SIGNATURE: Text = Text::new("ហត្ថលេខា / ស្នាមមេដៃ", "Signature / thumbprint");
const PREPARED_BY: Text = Text::new(
    "រៀបចំដោយ ភ្នាក់ងារផ្សព្វផ្សាយឃុំ",
    "Prepared by the commune extension worker",
);
const CHECKED_BY: Text = Text::new(
    "ពិនិត្យដោយ ការិយាល័យកសិកម្មស្រុក",
    "Checked by the district agriculture office",
);
const PRINTED_ON: Text = Text::new("បោះពុម្ពនៅ", "Printed on");
const SUMMARY: Text = Text::new("សរុប", "Total");

fn pick(mode: LangMode, km: &str, en: &str) -> String {
    match mode {
        LangMode::Km => km.to_owned(),
        LangMode::En => en.to_owned(),
        LangMode::KmEn if km == en || en.is_empty() => km.to_owned(),
        LangMode::KmEn => format!("{km}\n{en}"),
    }
}

/// A name within a line of text: km-en gives "ក្រាំងលាវ (Krang Leav)".
fn inline(mode: LangMode, km: &str, en: &str) -> String {
    match mode {
        LangMode::KmEn if km != en && !en.is_empty() => format!("{km} ({en})"),
        _ => pick(mode, km, en),
    }
}

fn render(text: Text, mode: LangMode) -> String {
    match mode {
        LangMode::KmEn => format!("{} / {}", text.km, text.en),
        _ => text.render(mode),
    }
}

/// The register of `slg`'s `members`, as the office prints it on `today`.
pub fn household_register(
    office: &Office,
    slg: &Slg,
    members: &[Household],
    mode: LangMode,
    today: NaiveDate,
) -> Result<Vec<u8>> {
    let lang = mode.primary();
    let mut doc = Composer::new(TITLE.en, PageSpec::A4_LANDSCAPE, mode)?.running_title(TITLE);
    doc.paragraph(
        &pick(mode, &office.name_km, &office.name_en),
        BODY.bold(),
        Align::Left,
    )?;
    doc.space(2.0);
    doc.title(TITLE)?;

    let village = slg
        .village
        .as_ref()
        .map(|v| inline(mode, &v.name_km, &v.name_en))
        .unwrap_or_default();
    doc.field(slg_labels::NAME, &slg.name)?;
    doc.field(
        place::COMMUNE,
        &format!(
            "{}   ·   {}: {}",
            inline(mode, &slg.commune.name_km, &slg.commune.name_en),
            render(place::VILLAGE, mode),
            village
        ),
    )?;
    doc.field(slg_labels::CEW, slg.cew_name.as_deref().unwrap_or(""))?;
    let women = members.iter().filter(|h| h.sex == Sex::Female).count();
    let youth = members.iter().filter(|h| h.is_youth).count();
    doc.field(
        SUMMARY,
        &format!(
            "{} {}   ·   {}: {}   ·   {}: {}",
            digits(members.len(), lang),
            render(slg_labels::MEMBERS, mode),
            render(common::FEMALE, mode),
            digits(women, lang),
            render(household::YOUTH, mode),
            digits(youth, lang),
        ),
    )?;
    doc.space(8.0);

    let rows = members
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let sex = if h.sex == Sex::Female {
                common::FEMALE
            } else {
                common::MALE
            };
            let id_poor = match h.id_poor {
                IdPoor::None => String::new(),
                IdPoor::Level1 => Text::render(household::ID_POOR_LEVEL1, mode),
                IdPoor::Level2 => Text::render(household::ID_POOR_LEVEL2, mode),
            };
            vec![
                digits(i + 1, lang),
                pick(mode, &h.head_name_km, &h.head_name_latin),
                Text::render(sex, mode),
                digits(h.age, lang),
                if h.is_youth {
                    Text::render(common::YES, mode)
                } else {
                    String::new()
                },
                id_poor,
                pick(mode, &h.village.name_km, &h.village.name_en),
                crate::xlsx::phone(&h.phone).into_owned(),
                String::new(),
            ]
        })
        .collect();
    let table = Table {
        columns: vec![
            Column::new(NUMBER, 0.55).align(Align::Center),
            Column::new(HEAD, 3.0),
            Column::new(common::SEX, 0.9).align(Align::Center),
            Column::new(household::AGE, 0.7).align(Align::Center),
            Column::new(household::YOUTH, 0.9).align(Align::Center),
            Column::new(household::ID_POOR, 1.3).align(Align::Center),
            Column::new(place::VILLAGE, 1.8),
            Column::new(common::PHONE, 1.5),
            Column::new(SIGNATURE, 2.2),
        ],
        rows,
        min_row_height: 30.0,
        style: Style::new(10.0),
    };
    doc.table(&table)?;
    doc.paragraph(
        &format!("{} {}", render(PRINTED_ON, mode), long_date(today, lang)),
        BODY,
        Align::Right,
    )?;
    doc.space(6.0);
    doc.signatures(&[PREPARED_BY, CHECKED_BY], false)?;
    doc.finish()
}
