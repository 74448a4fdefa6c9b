//! The input hand-over sheet of one SLG (guideline step 8): the inputs given to its
//! households from the SLG's envelope, one ruled row each with a tall cell where the
//! head of household signs or presses a thumb, the totals, and the signatures of the
//! SLG leader, the commune extension worker and the DAO official. A reversed entry and
//! its reversal cancel out: neither is listed.

use std::collections::BTreeMap;

use cluster_core::{Currency, Distribution, Lang, Office, Slg};

use crate::error::Result;
use crate::forms::contract::money;
use crate::forms::household_production_plan::both;
use crate::forms::market_brief::{date, inline};
use crate::forms::meeting_parts::masthead;
use crate::lang::{LangMode, Text, amount, digits};
use crate::pdf::{Align, BODY, Column, Composer, PageSpec, Table};
use crate::text::Style;

pub const TITLE: Text = Text::new("បញ្ជីប្រគល់ធាតុចូលកសិកម្ម", "Input hand-over sheet");
pub const PROVINCE: Text = Text::new("ខេត្ត", "Province");
pub const DISTRICT: Text = Text::new("ស្រុក", "District");
pub const COMMUNE: Text = Text::new("ឃុំ", "Commune");
pub const VILLAGE: Text = Text::new("ភូមិ", "Village");
pub const SLG: Text = Text::new("ក្រុម SLG", "SLG");
pub const DATES: Text = Text::new("កាលបរិច្ឆេទប្រគល់", "Handed over on");
pub const SUPPLIERS: Text = Text::new("អ្នកផ្គត់ផ្គង់", "Supplier(s)");
pub const NUMBER: Text = Text::new("ល.រ", "No.");
pub const HEAD: Text = Text::new("ឈ្មោះមេគ្រួសារ", "Head of household");
pub const ITEM: Text = Text::new("មុខទំនិញ", "Item");
pub const QUANTITY: Text = Text::new("បរិមាណ", "Quantity");
pub const UNIT_COST: Text = Text::new("តម្លៃឯកតា", "Unit cost");
pub const AMOUNT: Text = Text::new("ទឹកប្រាក់", "Amount");
pub const SIGNATURE: Text = Text::new("ហត្ថលេខា ឬស្នាមមេដៃ", "Signature or thumbprint");
pub const HOUSEHOLDS: Text = Text::new("ចំនួនគ្រួសារទទួល", "Households receiving");
pub const TOTAL: Text = Text::new("ទឹកប្រាក់សរុប", "Total amount");
pub const IN_DOLLARS: Text = Text::new("ស្មើនឹងដុល្លារអាមេរិក", "In US dollars");
pub const NOTHING: Text = Text::new(
    "គ្មានធាតុចូលបានប្រគល់ឱ្យក្រុមនេះទេ។",
    "No inputs were handed over to this group.",
);
pub const SIGN_LEADER: Text = Text::new("មេក្រុម SLG", "SLG leader");
pub const SIGN_CEW: Text = Text::new("ភ្នាក់ងារផ្សព្វផ្សាយកសិកម្មឃុំ", "Commune extension worker (CEW)");
pub const SIGN_DAO: Text = Text::new("មន្ត្រីការិយាល័យកសិកម្មស្រុក", "DAO official");

const CELL: Style = Style::new(9.5);
/// A row's height: room to sign or press an inked thumb.
const ROW: f32 = 34.0;

/// The entries a sheet lists: neither reversed nor a reversal.
pub fn kept(distributions: &[Distribution]) -> Vec<&Distribution> {
    distributions
        .iter()
        .filter(|d| d.reverses.is_none() && d.reversed_by.is_none())
        .collect()
}

/// The hand-over sheet of `slg` for `distributions` (the SLG's, of one fiscal year).
pub fn input_handover(
    office: &Office,
    slg: &Slg,
    distributions: &[Distribution],
    mode: LangMode,
) -> Result<Vec<u8>> {
    let lang = mode.primary();
    let rows = kept(distributions);
    let mut doc = Composer::new(TITLE.en, PageSpec::A4_PORTRAIT, mode)?.running_title(TITLE);
    masthead(&mut doc, office, TITLE, None)?;
    let place = |km: &str, en: &str| inline(mode, km.trim(), en.trim());
    doc.field(
        PROVINCE,
        &place(&office.province.name_km, &office.province.name_en),
    )?;
    doc.field(
        DISTRICT,
        &place(&office.district.name_km, &office.district.name_en),
    )?;
    doc.field(COMMUNE, &place(&slg.commune.name_km, &slg.commune.name_en))?;
    let village = slg
        .village
        .as_ref()
        .map(|v| place(&v.name_km, &v.name_en))
        .unwrap_or_default();
    doc.field(VILLAGE, &village)?;
    doc.field(SLG, slg.name.trim())?;
    let first = rows.iter().map(|d| d.given_on.as_str()).min();
    let last = rows.iter().map(|d| d.given_on.as_str()).max();
    let dates = match (first, last) {
        (Some(a), Some(b)) => both_line(mode, |l| {
            if a == b {
                date(a, l)
            } else {
                format!("{} – {}", date(a, l), date(b, l))
            }
        }),
        _ => String::new(),
    };
    doc.field(DATES, &dates)?;
    let mut suppliers: Vec<&str> = rows
        .iter()
        .map(|d| d.supplier.trim())
        .filter(|s| !s.is_empty())
        .collect();
    suppliers.sort_unstable();
    suppliers.dedup();
    doc.field(SUPPLIERS, &suppliers.join(", "))?;
    doc.space(8.0);

    if rows.is_empty() {
        doc.paragraph(
            &both(mode, |l| NOTHING.pick(l).to_owned()),
            BODY,
            Align::Left,
        )?;
    } else {
        let body = rows
            .iter()
            .enumerate()
            .map(|(i, d)| {
                vec![
                    digits(i + 1, lang),
                    d.household_name_km.trim().to_owned(),
                    d.item.trim().to_owned(),
                    format!("{} {}", amount(d.quantity, lang), d.unit.trim()),
                    money(d.unit_cost, d.currency, lang),
                    money(d.amount, d.currency, lang),
                    String::new(),
                ]
            })
            .collect();
        doc.table(&Table {
            columns: vec![
                Column::new(NUMBER, 0.45).align(Align::Center),
                Column::new(HEAD, 1.8),
                Column::new(ITEM, 1.4),
                Column::new(QUANTITY, 1.1).align(Align::Right),
                Column::new(UNIT_COST, 1.15).align(Align::Right),
                Column::new(AMOUNT, 1.3).align(Align::Right),
                Column::new(SIGNATURE, 1.9),
            ],
            rows: body,
            min_row_height: ROW,
            style: CELL,
        })?;
    }

    // Totals: households, the amount in each currency given, and its worth in dollars.
    let mut households: Vec<&str> = rows.iter().map(|d| d.household_id.as_str()).collect();
    households.sort_unstable();
    households.dedup();
    let mut per_currency: BTreeMap<&str, (Currency, i64)> = BTreeMap::new();
    for d in &rows {
        per_currency
            .entry(d.currency.as_str())
            .or_insert((d.currency, 0))
            .1 += d.amount;
    }
    let cents: i64 = rows.iter().map(|d| d.usd_cents).sum();
    doc.ensure(BODY.leading() * 3.0 + 120.0)?;
    doc.field(HOUSEHOLDS, &digits(households.len(), lang))?;
    let total = both_line(mode, |l| {
        per_currency
            .values()
            .map(|&(c, a)| money(a, c, l))
            .collect::<Vec<_>>()
            .join(" + ")
    });
    doc.field(TOTAL, &total)?;
    if per_currency.keys().any(|&c| c != Currency::Usd.as_str()) {
        doc.field(
            IN_DOLLARS,
            &both_line(mode, |l| money(cents, Currency::Usd, l)),
        )?;
    }
    doc.space(12.0);
    doc.signatures(&[SIGN_LEADER, SIGN_CEW, SIGN_DAO], false)?;
    doc.finish()
}

/// A value in both languages on one line, once when alike: "១២ … / 12 …".
fn both_line(mode: LangMode, value: impl Fn(Lang) -> String) -> String {
    match mode {
        LangMode::KmEn => {
            let (km, en) = (value(Lang::Km), value(Lang::En));
            if km == en { km } else { format!("{km} / {en}") }
        }
        mode => value(mode.primary()),
    }
}
