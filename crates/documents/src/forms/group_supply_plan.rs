//! A producer group's supply plan (guideline step 4), landscape: for each product the
//! quantities its members' plans put on the market month by month, their total, the
//! households and the expected price; under a product the group's cluster also plans,
//! the cluster's months and the difference, so the group sees where it falls short.

use cluster_core::{Lang, Office, ProducerGroup, SupplyLine, SupplyPlan};

use crate::error::Result;
use crate::forms::household_production_plan::both;
use crate::forms::market_brief::{inline, pick};
use crate::forms::meeting_parts::{NOTE, TABLE, framed, masthead};
use crate::labels::{self, brief::MONTHS_SHORT_EN, group_docs as labels_gd};
use crate::lang::{LangMode, MONTHS_KM, Text, amount, grouped};
use crate::pdf::{Align, Column, Composer, PageSpec, Table};

/// The supply plan of `group` as `plan` gives it.
pub fn group_supply_plan(
    office: &Office,
    group: &ProducerGroup,
    plan: &SupplyPlan,
    mode: LangMode,
) -> Result<Vec<u8>> {
    let lang = mode.primary();
    let mut doc = Composer::new(labels_gd::SUPPLY.en, PageSpec::A4_LANDSCAPE, mode)?
        .running_title(labels_gd::SUPPLY);
    masthead(
        &mut doc,
        office,
        labels_gd::SUPPLY,
        Some(labels_gd::SUPPLY_SUBTITLE),
    )?;
    doc.field(labels_gd::GROUP, group.name.trim())?;
    doc.field(
        labels_gd::COMMUNE,
        &inline(mode, &group.commune.name_km, &group.commune.name_en),
    )?;
    if let Some(cluster) = group.cluster_name.as_deref() {
        doc.field(labels_gd::CLUSTER, cluster.trim())?;
    }
    let season = match plan.season.as_deref().map(str::trim) {
        Some(season) if !season.is_empty() => season.to_owned(),
        _ => labels_gd::ALL_SEASONS.pick(lang).to_owned(),
    };
    doc.field(labels_gd::SEASON, &season)?;
    doc.space(6.0);

    if plan.lines.is_empty() {
        framed(&mut doc, &labels_gd::NO_SUPPLY.render(mode))?;
        return doc.finish();
    }

    let mut rows = Vec::new();
    // The index of each product's first row, for the rule that sets it apart.
    let mut firsts = Vec::new();
    for line in &plan.lines {
        firsts.push(rows.len());
        rows.extend(line_rows(line, mode));
    }
    let mut columns = vec![
        Column::new(labels_gd::PRODUCT, 1.8),
        Column::new(Text::new("", ""), 1.0),
    ];
    for m in 0..12 {
        columns.push(
            Column::new(Text::new(MONTHS_KM[m], MONTHS_SHORT_EN[m]), 1.15).align(Align::Right),
        );
    }
    columns.push(Column::new(labels_gd::TOTAL, 1.25).align(Align::Right));
    columns.push(Column::new(labels_gd::HOUSEHOLDS, 1.1).align(Align::Right));
    columns.push(Column::new(labels_gd::PRICE_COLUMN, 1.35).align(Align::Right));
    let table = Table {
        columns,
        rows,
        min_row_height: 0.0,
        style: TABLE,
    };
    doc.table_drawing(&table, &[], &mut |doc, cell| {
        if cell.column == 0 && cell.row > 0 && firsts.contains(&cell.row) {
            let right = doc.left() + doc.content_width();
            doc.rule(doc.left(), cell.top, right, cell.top, 1.3);
        }
        Ok(())
    })?;
    doc.text(labels_gd::SUPPLY_NOTE, NOTE, Align::Left)?;
    doc.space(10.0);
    doc.signatures(&[labels_gd::SIGN_LEADER, labels_gd::SIGN_CEW], false)?;
    doc.finish()
}

/// A product's rows: the group's months, then, with a cluster plan for the product, the
/// cluster's and the difference (group minus cluster).
fn line_rows(line: &SupplyLine, mode: LangMode) -> Vec<Vec<String>> {
    let lang = mode.primary();
    let quantity = |x: f64| {
        if x.abs() < 0.0005 {
            String::new()
        } else {
            amount(x, lang)
        }
    };
    let product = format!(
        "{}\n({})",
        pick(mode, &line.product.name_km, &line.product.name_en),
        unit(line, mode)
    );
    let mut group = vec![product, labels_gd::GROUP_ROW.render(mode)];
    group.extend((0..12).map(|m| quantity(month(&line.months, m))));
    group.push(amount(line.total, lang));
    group.push(crate::lang::digits(line.households, lang));
    group.push(
        line.expected_price_khr
            .map(|p| grouped(p, lang))
            .unwrap_or_else(|| labels::common::NONE.pick(lang).to_owned()),
    );
    let mut rows = vec![group];
    if let Some(cluster) = line.cluster_months.as_deref() {
        let mut planned = vec![String::new(), labels_gd::CLUSTER_ROW.render(mode)];
        planned.extend((0..12).map(|m| quantity(month(cluster, m))));
        let cluster_total: f64 = (0..12).map(|m| month(cluster, m)).sum();
        planned.push(amount(cluster_total, lang));
        planned.extend([String::new(), String::new()]);
        let mut difference = vec![String::new(), labels_gd::DIFFERENCE_ROW.render(mode)];
        difference.extend((0..12).map(|m| {
            let (ours, theirs) = (month(&line.months, m), month(cluster, m));
            if ours.abs() < 0.0005 && theirs.abs() < 0.0005 {
                String::new()
            } else {
                signed(ours - theirs, lang)
            }
        }));
        difference.push(signed(line.total - cluster_total, lang));
        difference.extend([String::new(), String::new()]);
        rows.push(planned);
        rows.push(difference);
    }
    rows
}

fn month(months: &[f64], m: usize) -> f64 {
    months.get(m).copied().unwrap_or(0.0)
}

/// A difference with its sign: "+12", "-3.5", "0".
fn signed(x: f64, lang: Lang) -> String {
    let text = amount(x, lang);
    if x > 0.0 && text != amount(0.0, lang) {
        format!("+{text}")
    } else {
        text
    }
}

fn unit(line: &SupplyLine, mode: LangMode) -> String {
    let unit = labels::unit_short(line.product.unit);
    match mode {
        LangMode::KmEn => inline(mode, unit.km, unit.en),
        _ => both(mode, |l| unit.pick(l).to_owned()),
    }
}
