//! The household production plan (guideline step 4), one A4 page per plan for the
//! household to keep: its group and season, the enterprise (product, land or heads,
//! from month to month), the yield expected and what goes to market, the money the
//! core worked out (revenue, costs, profit — a loss framed so nobody misses it), the
//! inputs asked of the programme, and the signatures of the household head (with a box
//! for a thumbprint) and the commune extension worker.

use chrono::NaiveDate;
use cluster_core::meeting::CapacityKind;
use cluster_core::{Lang, Office, ProducerGroup, ProductionPlan};

use crate::error::Result;
use crate::forms::market_brief::render;
use crate::forms::market_brief::{fill, pick};
use crate::forms::meeting_parts::{NOTE, TABLE, framed};
use crate::labels::{self, group_docs as labels_gd};
use crate::lang::{LangMode, MONTHS_EN, MONTHS_KM, Text, amount, digits, grouped};
use crate::pdf::{Align, BODY, Column, Composer, PageSpec, Table};
use crate::text::Style;

const MM: f32 = 72.0 / 25.4;
/// The side of the household head's thumbprint box.
const THUMB: f32 = 18.0 * MM;

/// One page per plan of `plans` (the members of `group`), in the order given.
pub fn household_production_plans(
    office: &Office,
    group: &ProducerGroup,
    plans: &[ProductionPlan],
    mode: LangMode,
) -> Result<Vec<u8>> {
    let mut doc = Composer::new(labels_gd::PLAN.en, PageSpec::A4_PORTRAIT, mode)?
        .running_title(labels_gd::PLAN);
    for (i, plan) in plans.iter().enumerate() {
        if i > 0 {
            doc.new_page()?;
        }
        page(&mut doc, office, group, plan)?;
    }
    doc.finish()
}

fn page(
    doc: &mut Composer,
    office: &Office,
    group: &ProducerGroup,
    plan: &ProductionPlan,
) -> Result<()> {
    let mode = doc.mode();
    // No Kingdom's heading: the household's own copy, kept to one page.
    let office_name = match mode {
        LangMode::KmEn => format!("{} · {}", office.name_km, office.name_en),
        _ => pick(mode, &office.name_km, &office.name_en),
    };
    doc.paragraph(&office_name, BODY.bold(), Align::Left)?;
    doc.space(2.0);
    doc.title(labels_gd::PLAN)?;
    if mode != LangMode::KmEn {
        doc.text(labels_gd::PLAN_SUBTITLE, NOTE, Align::Center)?;
    }
    doc.space(4.0);
    let commune = both(mode, |l| {
        let name = match l {
            Lang::Km => &group.commune.name_km,
            Lang::En => &group.commune.name_en,
        };
        fill(labels_gd::IN_COMMUNE.pick(l), &[("commune", name.clone())])
    });
    doc.field(
        labels_gd::GROUP,
        &format!("{} ({})", group.name.trim(), commune.replace('\n', " / ")),
    )?;
    doc.field(labels_gd::HOUSEHOLD, plan.household_name_km.trim())?;
    doc.field(labels_gd::SEASON, plan.season.trim())?;

    let unit = |lang: Lang| labels::unit_short(plan.product.unit).pick(lang);
    let (capacity_label, capacity_unit) = match plan.capacity_kind {
        CapacityKind::AreaM2 => (labels_gd::AREA, labels_gd::SQUARE_METRES),
        CapacityKind::Heads => (labels_gd::HEADS, labels_gd::HEADS_UNIT),
    };
    let enterprise = Table {
        columns: vec![
            Column::new(labels_gd::PRODUCT, 2.6),
            Column::new(capacity_label, 1.2).align(Align::Right),
            Column::new(labels_gd::FROM_MONTH, 1.4).align(Align::Center),
            Column::new(labels_gd::TO_MONTH, 1.4).align(Align::Center),
        ],
        rows: vec![vec![
            pick(mode, &plan.product.name_km, &plan.product.name_en),
            both(mode, |l| {
                format!("{} {}", amount(plan.capacity, l), capacity_unit.pick(l))
            }),
            both(mode, |l| month(&plan.starts_on, l)),
            both(mode, |l| month(&plan.ends_on, l)),
        ]],
        min_row_height: 0.0,
        style: cells(mode),
    };
    section(doc, labels_gd::ENTERPRISE, &enterprise)?;
    doc.table(&enterprise)?;

    let quantity = |x: f64| both(mode, |l| format!("{} {}", amount(x, l), unit(l)));
    let sales = Table {
        columns: vec![
            Column::new(labels_gd::EXPECTED_YIELD, 1.0).align(Align::Right),
            Column::new(labels_gd::KEPT, 1.0).align(Align::Right),
            Column::new(labels_gd::FOR_MARKET, 1.0).align(Align::Right),
            Column::new(labels_gd::EXPECTED_PRICE, 1.3).align(Align::Right),
        ],
        rows: vec![vec![
            quantity(plan.expected_yield),
            quantity(plan.kept),
            quantity(plan.for_market),
            both(mode, |l| {
                fill(
                    labels_gd::PRICE_PER.pick(l),
                    &[
                        ("price", grouped(plan.expected_price_khr, l)),
                        ("unit", unit(l).to_owned()),
                    ],
                )
            }),
        ]],
        min_row_height: 0.0,
        style: cells(mode),
    };
    section(doc, labels_gd::YIELD_AND_SALES, &sales)?;
    doc.table(&sales)?;

    money(doc, plan)?;
    inputs(doc, plan)?;
    signatures(doc)?;
    Ok(())
}

/// Revenue, the three costs and their total, and the profit or the loss: the core's
/// figures as they are.
fn money(doc: &mut Composer, plan: &ProductionPlan) -> Result<()> {
    let mode = doc.mode();
    let lang = mode.primary();
    let loss = plan.profit_khr < 0;
    let last = if loss {
        labels_gd::LOSS
    } else {
        labels_gd::PROFIT
    };
    let rows: Vec<Vec<String>> = [
        (labels_gd::REVENUE, plan.revenue_khr),
        (labels_gd::INPUTS_COST, plan.inputs_cost_khr),
        (labels_gd::LABOUR_COST, plan.labour_cost_khr),
        (labels_gd::OTHER_COST, plan.other_cost_khr),
        (labels_gd::TOTAL_COST, plan.cost_khr),
        (last, plan.profit_khr),
    ]
    .into_iter()
    .map(|(label, riel)| vec![render(label, mode), grouped(riel, lang)])
    .collect();
    let table = Table {
        columns: vec![
            Column::new(labels_gd::ITEM, 2.0),
            Column::new(labels_gd::RIEL, 1.3).align(Align::Right),
        ],
        rows,
        min_row_height: 0.0,
        style: cells(mode),
    };
    section(doc, labels_gd::MONEY, &table)?;
    let rows = table.rows.len();
    doc.table_drawing(&table, &[], &mut |doc, cell| {
        // The total of the costs and the result stand apart from the lines above.
        if cell.column == 0 && cell.row + 2 >= rows {
            let right = doc.left() + doc.content_width();
            doc.rule(doc.left(), cell.top, right, cell.top, 1.2);
        }
        Ok(())
    })?;
    if loss {
        let note = |l: Lang| {
            fill(
                labels_gd::LOSS_NOTE.pick(l),
                &[("amount", grouped(plan.profit_khr.saturating_abs(), l))],
            )
        };
        framed(doc, &both(mode, note))?;
    }
    Ok(())
}

fn inputs(doc: &mut Composer, plan: &ProductionPlan) -> Result<()> {
    let mode = doc.mode();
    let lang = mode.primary();
    if plan.inputs.is_empty() {
        doc.ensure(HEADING.leading() + 6.0 + BODY.leading())?;
        doc.space(4.0);
        doc.paragraph(
            &render(labels_gd::INPUTS_REQUESTED, mode),
            HEADING,
            Align::Left,
        )?;
        return doc.text(labels_gd::NO_INPUTS, BODY, Align::Left);
    }
    let table = Table {
        columns: vec![
            Column::new(labels_gd::NUMBER, 0.5).align(Align::Center),
            Column::new(labels_gd::INPUT_ITEM, 3.0),
            Column::new(labels_gd::QUANTITY, 1.2).align(Align::Right),
            Column::new(labels_gd::UNIT, 1.3),
        ],
        rows: plan
            .inputs
            .iter()
            .enumerate()
            .map(|(i, input)| {
                vec![
                    digits(i + 1, lang),
                    input.item.trim().to_owned(),
                    amount(input.quantity, lang),
                    input.unit.trim().to_owned(),
                ]
            })
            .collect(),
        min_row_height: 0.0,
        style: TABLE,
    };
    section(doc, labels_gd::INPUTS_REQUESTED, &table)?;
    doc.table(&table)
}

/// The household head's signature with a box for a thumbprint above it, beside the
/// commune extension worker's.
fn signatures(doc: &mut Composer) -> Result<()> {
    let style = Style::new(9.5);
    doc.ensure(THUMB + 4.0 + 2.0 * style.leading())?;
    let gap = 14.0;
    let width = (doc.content_width() - gap) / 2.0;
    let (x, y) = (doc.left() + width - THUMB - 8.0, doc.y());
    doc.rule(x, y, x + THUMB, y, 0.5);
    doc.rule(x, y + THUMB, x + THUMB, y + THUMB, 0.5);
    doc.rule(x, y, x, y + THUMB, 0.5);
    doc.rule(x + THUMB, y, x + THUMB, y + THUMB, 0.5);
    // The signature line runs just under the box; the head signs beside it.
    doc.space(THUMB - 38.0);
    doc.signatures(&[labels_gd::SIGN_HOUSEHOLD, labels_gd::SIGN_CEW], false)
}

const HEADING: Style = Style::new(11.5).bold();

/// Body cells: smaller when each holds both languages, so a plan keeps to its page.
fn cells(mode: LangMode) -> Style {
    match mode {
        LangMode::KmEn => Style::new(8.5),
        _ => BODY,
    }
}

/// A section's title on one line ("ខ្មែរ / English" in km-en), kept with its table.
fn section(doc: &mut Composer, title: Text, table: &Table) -> Result<()> {
    let height = doc.table_height(table)?;
    doc.ensure(HEADING.leading() + 4.0 + height.min(100.0))?;
    doc.space(4.0);
    doc.paragraph(&render(title, doc.mode()), HEADING, Align::Left)?;
    Ok(())
}

/// A value written in each language of the mode: km-en gives the Khmer over the English.
pub(crate) fn both(mode: LangMode, value: impl Fn(Lang) -> String) -> String {
    match mode {
        LangMode::Km => value(Lang::Km),
        LangMode::En => value(Lang::En),
        LangMode::KmEn => format!("{}\n{}", value(Lang::Km), value(Lang::En)),
    }
}

/// "2026-11" as "ខែវិច្ឆិកា ឆ្នាំ២០២៦" / "November 2026"; anything else as it is.
pub(crate) fn month(text: &str, lang: Lang) -> String {
    let Ok(first) = NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d") else {
        return text.trim().to_owned();
    };
    let index = chrono::Datelike::month0(&first) as usize;
    let year = chrono::Datelike::year(&first);
    match lang {
        Lang::Km => format!("ខែ{} ឆ្នាំ{}", MONTHS_KM[index], digits(year, lang)),
        Lang::En => format!("{} {year}", MONTHS_EN[index]),
    }
}
