//! A business cluster's plan (guideline step 3), as its parties sign it after the
//! forum: who is in it (the producer groups and their households, the buyers, input
//! suppliers and service providers), what it will produce each month and at what
//! price, its business strategy and its action plan.

use cluster_core::{ActionItem, Cluster, Forum, Lang, Office, PartnerRole, PlanLine};

use crate::error::Result;
use crate::forms::market_brief::{date, inline, pick, sentence};
use crate::forms::meeting_parts::{TABLE, keep_heading, keep_with_table, masthead, month_cell};
use crate::labels::{self, meetings};
use crate::lang::{LangMode, Text, amount, digits, grouped};
use crate::pdf::{Align, BODY, Column, Composer, PageSpec, Table};
use crate::text::Style;

/// The plan of `cluster`, formed at `forum` when it was.
pub fn cluster_plan(
    office: &Office,
    cluster: &Cluster,
    forum: Option<&Forum>,
    mode: LangMode,
) -> Result<Vec<u8>> {
    let lang = mode.primary();
    let mut doc = Composer::new(meetings::CLUSTER_PLAN.en, PageSpec::A4_PORTRAIT, mode)?
        .running_title(meetings::CLUSTER_PLAN);
    masthead(
        &mut doc,
        office,
        meetings::CLUSTER_PLAN,
        Some(meetings::CLUSTER_PLAN_SUBTITLE),
    )?;
    doc.paragraph(&cluster.name, Style::new(13.0).bold(), Align::Center)?;
    doc.space(6.0);
    let none = labels::common::NONE.pick(lang);
    doc.field(
        meetings::FORMED_AT,
        &forum
            .map(|f| formed_at(f, lang))
            .unwrap_or_else(|| none.to_owned()),
    )?;
    let products: Vec<String> = cluster
        .products
        .iter()
        .map(|p| inline(mode, &p.name_km, &p.name_en))
        .collect();
    doc.field(meetings::PRODUCTS, &or_none(products.join(", "), none))?;
    for &role in PartnerRole::ALL {
        doc.field(meetings::partner_role(role), &partners(cluster, role, none))?;
    }

    members(&mut doc, cluster)?;
    plan_table(
        &mut doc,
        Some(meetings::PRODUCTION_PLAN),
        &cluster.plan,
        true,
    )?;
    plan_value(&mut doc, &cluster.plan)?;

    keep_heading(&mut doc, meetings::STRATEGY, 2)?;
    let strategy = cluster.business_strategy.trim();
    doc.paragraph(
        if strategy.is_empty() { none } else { strategy },
        BODY,
        Align::Left,
    )?;

    action_table(
        &mut doc,
        Some(meetings::ACTION_PLAN),
        &[(None, cluster.actions.as_slice())],
    )?;

    doc.space(10.0);
    let mut parties = vec![meetings::FOR_PRODUCERS];
    for (role, party) in [
        (PartnerRole::Buyer, meetings::FOR_BUYERS),
        (PartnerRole::InputSupplier, meetings::FOR_SUPPLIERS),
        (PartnerRole::ServiceProvider, meetings::FOR_SERVICES),
    ] {
        if cluster.partners.iter().any(|p| p.role == role) {
            parties.push(party);
        }
    }
    parties.push(meetings::FOR_OFFICE);
    // Three to a row: a party's name never breaks inside a word.
    doc.ensure(180.0)?;
    for row in parties.chunks(3) {
        doc.signatures(row, false)?;
        doc.space(10.0);
    }
    doc.finish()
}

/// "Forum title, date, venue".
pub(crate) fn formed_at(forum: &Forum, lang: Lang) -> String {
    [
        forum.title.trim().to_owned(),
        date(&forum.held_on, lang),
        forum.venue.trim().to_owned(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

fn or_none(text: String, none: &str) -> String {
    if text.trim().is_empty() {
        none.to_owned()
    } else {
        text
    }
}

/// The names of the cluster's partners in `role`, or the empty mark.
pub(crate) fn partners(cluster: &Cluster, role: PartnerRole, none: &str) -> String {
    let names: Vec<&str> = cluster
        .partners
        .iter()
        .filter(|p| p.role == role)
        .map(|p| p.name.trim())
        .filter(|n| !n.is_empty())
        .collect();
    or_none(names.join(", "), none)
}

fn members(doc: &mut Composer, cluster: &Cluster) -> Result<()> {
    let lang = doc.mode().primary();
    let mut rows: Vec<Vec<String>> = cluster
        .slgs
        .iter()
        .enumerate()
        .map(|(i, s)| {
            vec![
                digits(i + 1, lang),
                s.name.clone(),
                digits(s.member_count, lang),
            ]
        })
        .collect();
    let households: u32 = cluster.slgs.iter().map(|s| s.member_count).sum();
    rows.push(vec![
        String::new(),
        meetings::TOTAL.pick(lang).to_owned(),
        digits(households, lang),
    ]);
    let table = Table {
        columns: vec![
            Column::new(meetings::NUMBER, 0.5).align(Align::Center),
            Column::new(meetings::SLG, 4.5),
            Column::new(meetings::HOUSEHOLDS, 1.6).align(Align::Right),
        ],
        rows,
        min_row_height: 0.0,
        style: TABLE,
    };
    keep_with_table(doc, Some(meetings::MEMBERS), &table)?;
    doc.table(&table)
}

/// A quantity with the product's unit: "៦០០ គ.ក".
fn quantity(x: f64, line: &PlanLine, lang: Lang) -> String {
    format!(
        "{} {}",
        amount(x, lang),
        labels::unit_short(line.product.unit).pick(lang)
    )
}

/// What a plan line gives in a year: its monthly quantity in each of its months.
pub(crate) fn yearly(line: &PlanLine) -> f64 {
    line.quantity_per_month * line.months.len() as f64
}

fn price_range(line: &PlanLine, lang: Lang) -> String {
    match (line.price_min_khr, line.price_max_khr) {
        (Some(min), Some(max)) if min != max => {
            format!("{}–{}", grouped(min, lang), grouped(max, lang))
        }
        (Some(price), _) | (None, Some(price)) => grouped(price, lang),
        (None, None) => labels::common::NONE.pick(lang).to_owned(),
    }
}

/// The production plan under `title`: with `full`, every column the cluster agreed
/// (the plan); without, what the forum's report sums up (the year's quantity and price).
pub(crate) fn plan_table(
    doc: &mut Composer,
    title: Option<Text>,
    plan: &[PlanLine],
    full: bool,
) -> Result<()> {
    let mode = doc.mode();
    let lang = mode.primary();
    if plan.is_empty() {
        if let Some(title) = title {
            keep_heading(doc, title, 1)?;
        }
        return doc.text(meetings::NO_PLAN_LINES, BODY, Align::Left);
    }
    let rows = plan
        .iter()
        .map(|line| {
            let product = pick(mode, &line.product.name_km, &line.product.name_en);
            let months = month_cell(&line.months, mode);
            let per_year = quantity(yearly(line), line, lang);
            if full {
                vec![
                    product,
                    quantity(line.quantity_per_month, line, lang),
                    months,
                    line.quality.trim().to_owned(),
                    price_range(line, lang),
                    per_year,
                ]
            } else {
                vec![product, months, per_year, price_range(line, lang)]
            }
        })
        .collect();
    let columns = if full {
        vec![
            Column::new(meetings::PRODUCT, 1.3),
            Column::new(meetings::PER_MONTH, 1.1).align(Align::Right),
            Column::new(meetings::SUPPLY_MONTHS, 1.3),
            Column::new(meetings::QUALITY, 1.65),
            Column::new(meetings::PRICE_RANGE, 1.4).align(Align::Right),
            Column::new(meetings::PER_YEAR, 1.25).align(Align::Right),
        ]
    } else {
        vec![
            Column::new(meetings::PRODUCT, 1.6),
            Column::new(meetings::SUPPLY_MONTHS, 1.6),
            Column::new(meetings::PER_YEAR, 1.2).align(Align::Right),
            Column::new(meetings::PRICE_RANGE, 1.2).align(Align::Right),
        ]
    };
    let table = Table {
        columns,
        rows,
        min_row_height: 0.0,
        style: TABLE,
    };
    keep_with_table(doc, title, &table)?;
    doc.table(&table)
}

/// "The plan is worth about … to … riel a year", where the plan gives prices.
pub(crate) fn plan_value(doc: &mut Composer, plan: &[PlanLine]) -> Result<()> {
    let priced: Vec<&PlanLine> = plan
        .iter()
        .filter(|l| l.price_min_khr.is_some() || l.price_max_khr.is_some())
        .collect();
    if priced.is_empty() {
        return Ok(());
    }
    let value = |price: fn(&PlanLine) -> Option<i64>| -> i64 {
        priced
            .iter()
            .map(|l| {
                let p = price(l)
                    .or(l.price_min_khr)
                    .or(l.price_max_khr)
                    .unwrap_or(0);
                (yearly(l) * p as f64).round() as i64
            })
            .sum()
    };
    let (min, max) = (value(|l| l.price_min_khr), value(|l| l.price_max_khr));
    sentence(doc, meetings::PLAN_VALUE, |lang| {
        vec![("min", grouped(min, lang)), ("max", grouped(max, lang))]
    })?;
    doc.space(4.0);
    Ok(())
}

/// Action plans in one table under `title`; a group with a name (the forum report's
/// clusters) gets a heading row.
pub(crate) fn action_table(
    doc: &mut Composer,
    title: Option<Text>,
    groups: &[(Option<&str>, &[ActionItem])],
) -> Result<()> {
    let mode = doc.mode();
    let lang = mode.primary();
    let mut rows = Vec::new();
    let mut headings = Vec::new();
    for (name, actions) in groups {
        if let Some(name) = name {
            headings.push((rows.len(), (*name).to_owned()));
        }
        for action in actions.iter() {
            rows.push(vec![
                digits(rows.len() + 1, lang),
                action.activity.clone(),
                action.responsible.clone(),
                action
                    .deadline
                    .as_deref()
                    .map(|d| date(d, lang))
                    .unwrap_or_else(|| labels::common::NONE.pick(lang).to_owned()),
                meetings::action_status(action.status).render(mode),
            ]);
        }
    }
    if rows.is_empty() {
        if let Some(title) = title {
            keep_heading(doc, title, 1)?;
        }
        return doc.text(meetings::NO_ACTIONS, BODY, Align::Left);
    }
    let table = Table {
        columns: vec![
            Column::new(meetings::NUMBER, 0.45).align(Align::Center),
            Column::new(meetings::ACTIVITY, 2.8),
            Column::new(meetings::RESPONSIBLE, 1.9),
            Column::new(meetings::DEADLINE, 1.75),
            Column::new(meetings::STATUS, 1.1),
        ],
        rows,
        min_row_height: 0.0,
        style: TABLE,
    };
    keep_with_table(doc, title, &table)?;
    doc.table_with_headings(&table, &headings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::meeting_parts::month_spans;

    #[test]
    fn months_read_as_spans_across_the_new_year() {
        assert_eq!(month_spans(&[11, 12, 1, 2, 3, 4, 5], Lang::En), "Nov–May");
        assert_eq!(month_spans(&[1, 2, 3, 6], Lang::En), "Jan–Mar, Jun");
        assert_eq!(
            month_spans(&(1..=12).collect::<Vec<_>>(), Lang::En),
            "All year"
        );
        assert_eq!(month_spans(&[12, 1, 2, 3], Lang::Km), "ធ្នូ–មីនា");
        assert_eq!(month_spans(&[12, 1, 6], Lang::En), "Jun, Dec–Jan");
        assert_eq!(month_spans(&[], Lang::En), "");
    }
}
