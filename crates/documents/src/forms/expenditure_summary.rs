//! The expenditure summary of a fiscal year (guideline step 8): budget use per target
//! commune as a chart, then per commune and activity line what was planned, spent and
//! is left, the communes at or beyond their envelope, the overspends allowed with
//! their reason and who allowed them, the SLG envelopes, and the signatures of the
//! office that prepared it and the provincial department that checked it.

use cluster_core::{BudgetOverview, Expenditure, Lang, Office};

use crate::charts::{self, BudgetUse, near_envelope};
use crate::error::Result;
use crate::forms::household_production_plan::both;
use crate::forms::market_brief::{date, fill, inline, pick};
use crate::forms::meeting_parts::{NOTE, keep_heading, keep_with_table, masthead};
use crate::lang::{LangMode, Text, digits, grouped, percent};
use crate::pdf::{Align, BODY, Column, Composer, PageSpec, Table};
use crate::text::Style;

pub const TITLE: Text = Text::new("របាយការណ៍សង្ខេបការចំណាយថវិកា", "Expenditure summary");
pub const FISCAL_YEAR: Text = Text::new("ឆ្នាំសារពើពន្ធ", "Fiscal year");
pub const PROVINCE_DISTRICT: Text = Text::new("ខេត្ត / ស្រុក", "Province / district");
pub const AMOUNTS: Text = Text::new(
    "ទឹកប្រាក់ទាំងអស់គិតជាដុល្លារអាមេរិក (ប្រាក់រៀលប្តូរតាមអត្រាដែលបានកត់ត្រា)។",
    "All amounts in US dollars (riel converted at the recorded rate).",
);
pub const CHART: Text = Text::new("ការប្រើប្រាស់ថវិកាតាមឃុំ", "Budget use per commune");
pub const BY_LINE: Text = Text::new(
    "ថវិកាតាមឃុំ និងតាមសកម្មភាព",
    "Budget per commune and activity line",
);
pub const LINE: Text = Text::new("សកម្មភាព", "Activity line");
pub const PLANNED: Text = Text::new("គ្រោងទុក", "Planned");
pub const SPENT: Text = Text::new("បានចំណាយ", "Spent");
pub const LEFT: Text = Text::new("នៅសល់", "Left");
pub const USED: Text = Text::new("% បានប្រើ", "% used");
pub const COMMUNE_TOTAL: Text = Text::new("សរុបឃុំ", "Commune total");
pub const ALL_COMMUNES: Text = Text::new("សរុបឃុំគោលដៅទាំងអស់", "All target communes");
pub const GRAND_TOTAL: Text = Text::new("សរុបរួម", "Grand total");
pub const COMMUNE_HEADING: Text = Text::new(
    "ឃុំ{name} · កញ្ចប់ថវិកា {envelope} · នៅសល់ {left}",
    "{name} commune · envelope {envelope} · left {left}",
);
pub const NEAR: Text = Text::new(
    "ឃុំដែលជិតអស់ ឬលើសកញ្ចប់ថវិកា",
    "Communes near or beyond their envelope",
);
pub const NEAR_LINE: Text = Text::new(
    "ឃុំ{name}៖ បានចំណាយ {spent} ស្មើនឹង {share} នៃកញ្ចប់ថវិកា {envelope} នៅសល់ {left}។",
    "{name}: spent {spent}, {share} of its envelope of {envelope}; {left} left.",
);
pub const BEYOND_LINE: Text = Text::new(
    "ឃុំ{name}៖ បានចំណាយ {spent} ស្មើនឹង {share} នៃកញ្ចប់ថវិកា {envelope} លើសកញ្ចប់ {over}។",
    "{name}: spent {spent}, {share} of its envelope of {envelope}; {over} beyond it.",
);
pub const NONE_NEAR: Text = Text::new(
    "គ្មានឃុំណាមួយជិតអស់កញ្ចប់ថវិកា (នៅសល់តិចជាង ១០%) ទេ។",
    "No commune is within 10% of its envelope.",
);
pub const OVERSPENDS: Text = Text::new("ការចំណាយលើសកញ្ចប់ថវិកាដែលបានអនុញ្ញាត", "Overspends allowed");
pub const NO_OVERSPENDS: Text =
    Text::new("គ្មានការចំណាយលើសកញ្ចប់ថវិកាទេ។", "No spending beyond an envelope.");
pub const DATE: Text = Text::new("កាលបរិច្ឆេទ", "Date");
pub const COMMUNE: Text = Text::new("ឃុំ", "Commune");
pub const AMOUNT: Text = Text::new("ទឹកប្រាក់", "Amount");
pub const REASON: Text = Text::new("មូលហេតុ", "Reason");
pub const ALLOWED_BY: Text = Text::new("អនុញ្ញាតដោយ", "Allowed by");
pub const SLG_ENVELOPES: Text = Text::new("កញ្ចប់ថវិការបស់ក្រុម SLG", "SLG envelopes");
pub const SLG: Text = Text::new("ក្រុម SLG", "SLG");
pub const HOUSEHOLDS: Text = Text::new("គ្រួសារ", "Households");
pub const ENVELOPE: Text = Text::new("កញ្ចប់ថវិកា", "Envelope");
pub const PLANNED_INPUTS: Text = Text::new("ធាតុចូលគ្រោងទុក", "Planned inputs");
pub const GIVEN: Text = Text::new("បានប្រគល់", "Given");
pub const TOTAL: Text = Text::new("សរុប", "Total");
pub const NO_SLGS: Text = Text::new("ស្រុកមិនទាន់មានក្រុម SLG ទេ។", "The district has no SLGs yet.");
pub const PREPARED: Text = Text::new("រៀបចំដោយ មន្ត្រីការិយាល័យកសិកម្មស្រុក", "Prepared by (DAO)");
pub const CHECKED: Text = Text::new("ពិនិត្យដោយ មន្ទីរកសិកម្ម រុក្ខាប្រមាញ់ និងនេសាទខេត្ត", "Checked by (PDAFF)");

const CELL: Style = Style::new(9.0);

/// US cents as dollars with two decimals, grouped: "1,234.50" / "១,២៣៤.៥០".
pub fn usd(cents: i64, lang: Lang) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let (whole, rest) = (cents.abs() / 100, cents.abs() % 100);
    format!(
        "{sign}{}.{}",
        grouped(whole, lang),
        digits(format!("{rest:02}"), lang)
    )
}

/// "US$ 1,234.50" / "១,២៣៤.៥០ ដុល្លារ", for sentences.
fn usd_words(cents: i64, lang: Lang) -> String {
    match lang {
        Lang::Km => format!("{} ដុល្លារ", usd(cents, lang)),
        Lang::En => format!("US$ {}", usd(cents, lang)),
    }
}

/// What share of `of` `part` is, or a dash when there is nothing to share.
fn share(part: i64, of: i64, lang: Lang) -> String {
    if of > 0 {
        percent(part as f64 / of as f64, lang)
    } else {
        "—".to_owned()
    }
}

/// The summary of the fiscal year of `b`, with the overspends allowed in `journal`.
pub fn expenditure_summary(
    office: &Office,
    b: &BudgetOverview,
    journal: &[Expenditure],
    mode: LangMode,
) -> Result<Vec<u8>> {
    let lang = mode.primary();
    let mut doc = Composer::new(TITLE.en, PageSpec::A4_PORTRAIT, mode)?.running_title(TITLE);
    masthead(&mut doc, office, TITLE, None)?;
    doc.field(
        FISCAL_YEAR,
        &both_inline(mode, |l| digits(b.fiscal_year, l)),
    )?;
    doc.field(
        PROVINCE_DISTRICT,
        &format!(
            "{} / {}",
            inline(mode, &office.province.name_km, &office.province.name_en),
            inline(mode, &office.district.name_km, &office.district.name_en)
        ),
    )?;
    doc.space(2.0);
    doc.paragraph(
        &both(mode, |l| AMOUNTS.pick(l).to_owned()),
        NOTE,
        Align::Left,
    )?;

    // The chart.
    keep_heading(&mut doc, CHART, 8)?;
    charts::to_pdf(&mut doc, &BudgetUse::new(&b.communes))?;
    doc.space(6.0);

    // Per commune and activity line.
    let cell = |text: Text| match mode {
        LangMode::KmEn => format!("{}\n{}", text.km, text.en),
        mode => text.pick(mode.primary()).to_owned(),
    };
    let mut rows = Vec::new();
    let mut headings = Vec::new();
    for c in &b.communes {
        headings.push((
            rows.len(),
            both(mode, |l| {
                let name = match l {
                    Lang::En if !c.commune.name_en.trim().is_empty() => c.commune.name_en.trim(),
                    _ => c.commune.name_km.trim(),
                };
                fill(
                    COMMUNE_HEADING.pick(l),
                    &[
                        ("name", name.to_owned()),
                        ("envelope", usd(c.envelope_cents, l)),
                        ("left", usd(c.left_cents, l)),
                    ],
                )
            }),
        ));
        for line in &c.lines {
            rows.push(vec![
                cell(crate::labels::activity_line(line.line)),
                usd(line.planned_cents, lang),
                usd(line.spent_cents, lang),
                usd(line.planned_cents - line.spent_cents, lang),
                share(line.spent_cents, line.planned_cents, lang),
            ]);
        }
        rows.push(vec![
            cell(COMMUNE_TOTAL),
            usd(c.planned_cents, lang),
            usd(c.spent_cents, lang),
            usd(c.planned_cents - c.spent_cents, lang),
            share(c.spent_cents, c.planned_cents, lang),
        ]);
    }
    headings.push((rows.len(), both(mode, |l| ALL_COMMUNES.pick(l).to_owned())));
    rows.push(vec![
        cell(GRAND_TOTAL),
        usd(b.planned_cents, lang),
        usd(b.spent_cents, lang),
        usd(b.planned_cents - b.spent_cents, lang),
        share(b.spent_cents, b.planned_cents, lang),
    ]);
    let table = Table {
        columns: vec![
            Column::new(LINE, 2.6),
            Column::new(PLANNED, 1.0).align(Align::Right),
            Column::new(SPENT, 1.0).align(Align::Right),
            Column::new(LEFT, 1.0).align(Align::Right),
            Column::new(USED, 0.8).align(Align::Right),
        ],
        rows,
        min_row_height: 0.0,
        style: CELL,
    };
    keep_with_table(&mut doc, Some(BY_LINE), &table)?;
    doc.table_with_headings(&table, &headings)?;

    // The communes near or beyond their envelope.
    let near: Vec<_> = b.communes.iter().filter(|c| near_envelope(c)).collect();
    keep_heading(&mut doc, NEAR, near.len().max(1))?;
    if near.is_empty() {
        doc.paragraph(
            &both(mode, |l| NONE_NEAR.pick(l).to_owned()),
            BODY,
            Align::Left,
        )?;
    }
    for c in near {
        let text = both(mode, |l| {
            let name = match l {
                Lang::En if !c.commune.name_en.trim().is_empty() => c.commune.name_en.trim(),
                _ => c.commune.name_km.trim(),
            };
            let template = if c.left_cents < 0 {
                BEYOND_LINE
            } else {
                NEAR_LINE
            };
            format!(
                "•  {}",
                fill(
                    template.pick(l),
                    &[
                        ("name", name.to_owned()),
                        ("spent", usd_words(c.spent_cents, l)),
                        ("share", share(c.spent_cents, c.envelope_cents, l)),
                        ("envelope", usd_words(c.envelope_cents, l)),
                        ("left", usd_words(c.left_cents, l)),
                        ("over", usd_words(-c.left_cents, l)),
                    ],
                )
            )
        });
        doc.paragraph(&text, BODY, Align::Left)?;
        doc.space(2.0);
    }
    doc.space(4.0);

    // Overspends allowed: the entries recorded beyond an envelope, not cancelled.
    let over: Vec<&Expenditure> = journal
        .iter()
        .filter(|e| !e.over_reason.trim().is_empty() && e.reversed_by.is_none())
        .collect();
    if over.is_empty() {
        keep_heading(&mut doc, OVERSPENDS, 1)?;
        doc.paragraph(
            &both(mode, |l| NO_OVERSPENDS.pick(l).to_owned()),
            BODY,
            Align::Left,
        )?;
        doc.space(4.0);
    } else {
        let rows = over
            .iter()
            .map(|e| {
                vec![
                    date(&e.spent_on, lang),
                    inline(mode, &e.commune.name_km, &e.commune.name_en),
                    cell(crate::labels::activity_line(e.line)),
                    usd(e.usd_cents, lang),
                    e.over_reason.trim().to_owned(),
                    e.over_by.trim().to_owned(),
                ]
            })
            .collect();
        let table = Table {
            columns: vec![
                Column::new(DATE, 1.2),
                Column::new(COMMUNE, 1.0),
                Column::new(LINE, 1.4),
                Column::new(AMOUNT, 0.9).align(Align::Right),
                Column::new(REASON, 2.0),
                Column::new(ALLOWED_BY, 1.2),
            ],
            rows,
            min_row_height: 0.0,
            style: CELL,
        };
        keep_with_table(&mut doc, Some(OVERSPENDS), &table)?;
        doc.table(&table)?;
    }

    // The SLG envelopes.
    if b.slgs.is_empty() {
        keep_heading(&mut doc, SLG_ENVELOPES, 1)?;
        doc.paragraph(
            &both(mode, |l| NO_SLGS.pick(l).to_owned()),
            BODY,
            Align::Left,
        )?;
    } else {
        let mut rows: Vec<Vec<String>> = b
            .slgs
            .iter()
            .map(|s| {
                vec![
                    s.slg_name.trim().to_owned(),
                    pick(mode, s.commune.name_km.trim(), s.commune.name_en.trim()),
                    digits(s.households, lang),
                    usd(s.envelope_cents, lang),
                    usd(s.planned_cents, lang),
                    usd(s.distributed_cents, lang),
                    usd(s.left_cents, lang),
                ]
            })
            .collect();
        rows.push(vec![
            cell(TOTAL),
            String::new(),
            digits(b.slgs.iter().map(|s| s.households).sum::<u32>(), lang),
            usd(b.slg_envelope_cents, lang),
            usd(b.slgs.iter().map(|s| s.planned_cents).sum(), lang),
            usd(b.distributed_cents, lang),
            usd(b.slg_envelope_cents - b.distributed_cents, lang),
        ]);
        let table = Table {
            columns: vec![
                Column::new(SLG, 1.9),
                Column::new(COMMUNE, 1.1),
                Column::new(HOUSEHOLDS, 1.05).align(Align::Right),
                Column::new(ENVELOPE, 0.95).align(Align::Right),
                Column::new(PLANNED_INPUTS, 1.0).align(Align::Right),
                Column::new(GIVEN, 0.95).align(Align::Right),
                Column::new(LEFT, 0.95).align(Align::Right),
            ],
            rows,
            min_row_height: 0.0,
            style: CELL,
        };
        keep_with_table(&mut doc, Some(SLG_ENVELOPES), &table)?;
        doc.table(&table)?;
    }

    doc.space(10.0);
    doc.signatures(&[PREPARED, CHECKED], false)?;
    doc.finish()
}

/// A value in the mode on one line: km-en gives "ខ្មែរ / English" (once when alike).
fn both_inline(mode: LangMode, value: impl Fn(Lang) -> String) -> String {
    match mode {
        LangMode::KmEn => {
            let (km, en) = (value(Lang::Km), value(Lang::En));
            if km == en { km } else { format!("{km} / {en}") }
        }
        mode => value(mode.primary()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollars_read_with_cents() {
        assert_eq!(usd(123_456, Lang::En), "1,234.56");
        assert_eq!(usd(-5, Lang::En), "-0.05");
        assert_eq!(usd(100_000, Lang::Km), "១,០០០.០០");
    }
}
