//! The market brief: what a district's market study found, on a few A4 pages a
//! facilitator puts in front of farmers at the SLG meetings of guideline step 2. The
//! campaign's facts, what the market asks for in plain sentences, the priority
//! ranking, three charts, the vendors who would buy from a group, and how the score
//! was computed.

use chrono::NaiveDate;
use cluster_core::{Campaign, MarketAnalysis, Office, ProductDemand, WillingVendor};

use crate::charts::{self, Calendar, Demand, MAX_PRODUCTS, Prices};
use crate::error::Result;
use crate::labels::{self, brief, common, place, study};
use crate::lang::{LangMode, Text, amount, digits, grouped, long_date, percent};
use crate::pdf::{Align, BODY, Column, Composer, PageSpec, Table};
use crate::text::{Style, wrap};

/// Priority products the summary names.
const SUMMARY_PRODUCTS: usize = 5;

const HEADING: Style = Style::new(12.0).bold();
const NOTE: Style = Style::new(8.5);
const TABLE: Style = Style::new(8.5);

/// A value known in both scripts, as the mode prints it on its own.
pub(crate) fn pick(mode: LangMode, km: &str, en: &str) -> String {
    match mode {
        LangMode::Km => km.to_owned(),
        LangMode::En => en.to_owned(),
        LangMode::KmEn if km == en || en.is_empty() => km.to_owned(),
        LangMode::KmEn => format!("{km}\n{en}"),
    }
}

/// A name within a line of text: km-en gives "ត្រសក់ (Cucumber)".
pub(crate) fn inline(mode: LangMode, km: &str, en: &str) -> String {
    match mode {
        LangMode::KmEn if km != en && !en.is_empty() => format!("{km} ({en})"),
        LangMode::KmEn => km.to_owned(),
        _ => pick(mode, km, en),
    }
}

/// A label within a line: km-en gives "ខ្មែរ / English".
pub(crate) fn render(text: Text, mode: LangMode) -> String {
    match mode {
        LangMode::KmEn => format!("{} / {}", text.km, text.en),
        _ => text.render(mode),
    }
}

/// A template with its `{name}` parts replaced.
pub(crate) fn fill(template: &str, parts: &[(&str, String)]) -> String {
    parts
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// A sentence in the mode: km-en prints the Khmer, then the English in a smaller size.
pub(crate) fn sentence(
    doc: &mut Composer,
    template: Text,
    parts: impl Fn(cluster_core::Lang) -> Vec<(&'static str, String)>,
) -> Result<()> {
    use cluster_core::Lang;
    let mode = doc.mode();
    if mode != LangMode::En {
        doc.paragraph(&fill(template.km, &parts(Lang::Km)), BODY, Align::Left)?;
    }
    if mode != LangMode::Km {
        let style = if mode == LangMode::KmEn { NOTE } else { BODY };
        doc.paragraph(&fill(template.en, &parts(Lang::En)), style, Align::Left)?;
    }
    Ok(())
}

pub(crate) fn heading(doc: &mut Composer, text: Text) -> Result<()> {
    doc.space(6.0);
    match doc.mode() {
        LangMode::KmEn => {
            doc.paragraph(text.km, HEADING, Align::Left)?;
            doc.paragraph(text.en, Style::new(10.0).bold(), Align::Left)?;
        }
        mode => doc.paragraph(&text.render(mode), HEADING, Align::Left)?,
    }
    doc.space(2.0);
    Ok(())
}

pub(crate) fn date(text: &str, lang: cluster_core::Lang) -> String {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(|d| long_date(d, lang))
        .unwrap_or_else(|_| text.to_owned())
}

/// A figure said "about": three significant digits (157,728,494 → 158,000,000).
fn about(n: i64) -> i64 {
    let magnitude = n.unsigned_abs();
    if magnitude < 1000 {
        return n;
    }
    let step = 10i64.pow(magnitude.ilog10() - 2);
    (n + n.signum() * step / 2) / step * step
}

/// The weekly value of every product, and the shares of it bought from outside the
/// district and from abroad (each product's shares weighted by its value).
fn totals(products: &[ProductDemand]) -> (i64, f64, f64) {
    let total: i64 = products.iter().map(|p| p.weekly_value_khr.max(0)).sum();
    if total == 0 {
        return (0, 0.0, 0.0);
    }
    let weighted = |share: fn(&ProductDemand) -> f64| {
        products
            .iter()
            .map(|p| p.weekly_value_khr.max(0) as f64 * share(p))
            .sum::<f64>()
            / total as f64
    };
    (
        total,
        weighted(|p| p.outside_share),
        weighted(|p| p.import_share),
    )
}

/// The brief of `campaign`, from its `analysis` and its `willing` vendors, as the
/// office prints it on `today`.
pub fn market_brief(
    office: &Office,
    campaign: &Campaign,
    analysis: &MarketAnalysis,
    willing: &[WillingVendor],
    mode: LangMode,
    today: NaiveDate,
) -> Result<Vec<u8>> {
    let mut doc =
        Composer::new(brief::TITLE.en, PageSpec::A4_PORTRAIT, mode)?.running_title(brief::TITLE);
    compose(&mut doc, office, campaign, analysis, willing, today)?;
    doc.finish()
}

/// The brief's pages, from where `doc` stands: the SLG meeting pack prints them between
/// its agenda and its SWOT worksheet.
pub(crate) fn compose(
    doc: &mut Composer,
    office: &Office,
    campaign: &Campaign,
    analysis: &MarketAnalysis,
    willing: &[WillingVendor],
    today: NaiveDate,
) -> Result<()> {
    let mode = doc.mode();
    let lang = mode.primary();
    doc.official_header()?;
    doc.paragraph(
        &pick(mode, &office.name_km, &office.name_en),
        BODY.bold(),
        Align::Left,
    )?;
    doc.space(4.0);
    doc.title(brief::TITLE)?;
    doc.text(brief::SUBTITLE, NOTE, Align::Center)?;
    doc.space(8.0);

    facts(doc, campaign, analysis)?;

    heading(doc, brief::ASKS_FOR)?;
    if analysis.products.is_empty() {
        doc.text(brief::NO_INTERVIEWS, BODY.bold(), Align::Left)?;
    } else {
        summary(doc, campaign, analysis)?;
        ranking(doc, analysis)?;
        charts_section(doc, analysis, score_text(analysis, mode))?;
        buyers(doc, willing)?;
    }
    doc.space(6.0);
    doc.paragraph(
        &format!(
            "{} {}",
            render(brief::PRINTED_ON, mode),
            long_date(today, lang)
        ),
        NOTE,
        Align::Right,
    )
}

fn facts(doc: &mut Composer, campaign: &Campaign, analysis: &MarketAnalysis) -> Result<()> {
    let mode = doc.mode();
    let lang = mode.primary();
    doc.field(study::CAMPAIGN, &campaign.name)?;
    doc.field(
        place::DISTRICT,
        &inline(mode, &campaign.district.name_km, &campaign.district.name_en),
    )?;
    doc.field(
        study::PERIOD,
        &format!(
            "{} – {}",
            date(&campaign.starts_on, lang),
            date(&campaign.ends_on, lang)
        ),
    )?;
    let communes: Vec<String> = campaign
        .communes
        .iter()
        .map(|c| inline(mode, &c.name_km, &c.name_en))
        .collect();
    doc.field(brief::COMMUNES, &communes.join(", "))?;
    let markets: Vec<String> = campaign
        .markets
        .iter()
        .map(|m| {
            format!(
                "{} {}/{}",
                m.market.name,
                digits(m.done, lang),
                digits(m.target, lang)
            )
        })
        .collect();
    doc.field(brief::MARKETS_DONE, &markets.join(", "))?;
    doc.field(
        brief::VENDORS_INTERVIEWED,
        &digits(analysis.interviews, lang),
    )?;
    let team: Vec<String> = campaign
        .team
        .iter()
        .map(|o| inline(mode, &o.name_km, &o.name_latin))
        .collect();
    doc.field(brief::TEAM, &team.join(", "))?;
    doc.space(4.0);
    Ok(())
}

fn summary(doc: &mut Composer, campaign: &Campaign, analysis: &MarketAnalysis) -> Result<()> {
    let (total, outside, imported) = totals(&analysis.products);
    let markets = campaign.markets.iter().filter(|m| m.done > 0).count();
    if total > 0 {
        sentence(doc, brief::HEADLINE, |lang| {
            vec![
                ("vendors", digits(analysis.interviews, lang)),
                ("markets", digits(markets, lang)),
                ("value", grouped(about(total), lang)),
                ("outside", percent(outside, lang)),
                ("imported", percent(imported, lang)),
            ]
        })?;
        doc.space(4.0);
    }
    sentence(doc, brief::PRIORITIES, |_| Vec::new())?;
    for p in analysis.products.iter().take(SUMMARY_PRODUCTS) {
        sentence(doc, brief::PRIORITY_LINE, |lang| {
            let unit = labels::unit_short(p.product.unit).pick(lang);
            vec![
                ("rank", digits(p.rank, lang)),
                (
                    "product",
                    match lang {
                        cluster_core::Lang::Km => p.product.name_km.clone(),
                        cluster_core::Lang::En => p.product.name_en.clone(),
                    },
                ),
                ("quantity", amount(p.weekly_quantity, lang)),
                ("unit", unit.to_owned()),
                ("value", grouped(about(p.weekly_value_khr), lang)),
                ("outside", percent(p.outside_share, lang)),
                ("willing", digits(p.willing_vendors, lang)),
            ]
        })?;
    }
    if analysis.willing_vendors > 0 {
        doc.space(4.0);
        sentence(doc, brief::WILLING_SUMMARY, |lang| {
            vec![("willing", digits(analysis.willing_vendors, lang))]
        })?;
    }
    if analysis.unconverted_lines > 0 {
        doc.space(4.0);
        sentence(doc, brief::UNCONVERTED_NOTE, |lang| {
            vec![("lines", digits(analysis.unconverted_lines, lang))]
        })?;
    }
    Ok(())
}

fn ranking(doc: &mut Composer, analysis: &MarketAnalysis) -> Result<()> {
    let mode = doc.mode();
    let lang = mode.primary();
    // The heading stays with the table's header and first rows.
    doc.ensure(110.0)?;
    heading(doc, brief::RANKING)?;
    let none = common::NONE.pick(lang).to_owned();
    let rows = analysis
        .products
        .iter()
        .map(|p| {
            let unit = labels::unit_short(p.product.unit).pick(lang);
            vec![
                digits(p.rank, lang),
                pick(mode, &p.product.name_km, &p.product.name_en),
                digits(p.vendors, lang),
                format!("{} {unit}", amount(p.weekly_quantity, lang)),
                percent(p.outside_share, lang),
                percent(p.import_share, lang),
                p.buy_price
                    .map(|r| format!("{} /{unit}", grouped(r.median, lang)))
                    .unwrap_or_else(|| none.clone()),
                digits(p.willing_vendors, lang),
                digits(format!("{:.1}", p.score), lang),
            ]
        })
        .collect();
    doc.table(&Table {
        columns: vec![
            Column::new(study::RANK, 0.65).align(Align::Center),
            Column::new(study::PRODUCT, 2.1),
            Column::new(study::VENDORS, 1.0).align(Align::Center),
            Column::new(study::WEEKLY_DEMAND, 1.55).align(Align::Right),
            Column::new(brief::OUTSIDE, 1.0).align(Align::Right),
            Column::new(brief::IMPORTED, 1.05).align(Align::Right),
            Column::new(brief::MEDIAN_PRICE, 1.35).align(Align::Right),
            Column::new(brief::WILLING, 0.95).align(Align::Center),
            Column::new(brief::SCORE, 0.75).align(Align::Right),
        ],
        rows,
        min_row_height: 0.0,
        style: TABLE,
    })
}

/// A chart under its heading and note, the three kept on one page.
struct ChartBlock<'a, C: charts::Chart> {
    title: Text,
    note: String,
    chart: &'a C,
}

impl<C: charts::Chart> ChartBlock<'_, C> {
    fn height(&self, doc: &Composer) -> Result<f32> {
        let look = charts::Look::pdf(doc.mode());
        let note = wrap(&self.note, NOTE, doc.content_width())?.len() as f32 * NOTE.leading();
        let heading = match doc.mode() {
            LangMode::KmEn => HEADING.leading() + Style::new(10.0).bold().leading(),
            _ => HEADING.leading(),
        } + 8.0;
        Ok(heading + note + 4.0 + self.chart.height(&look) as f32)
    }

    fn draw(&self, doc: &mut Composer) -> Result<()> {
        let height = self.height(doc)?;
        doc.ensure(height)?;
        heading(doc, self.title)?;
        doc.paragraph(&self.note, NOTE, Align::Left)?;
        doc.space(4.0);
        charts::to_pdf(doc, self.chart)?;
        doc.space(6.0);
        Ok(())
    }
}

/// The three charts; the score box (which explains the ranking above them) goes in
/// at the first place where it fits on the page with the block after it, at the
/// latest after the last chart.
fn charts_section(doc: &mut Composer, analysis: &MarketAnalysis, score: String) -> Result<()> {
    let mode = doc.mode();
    let total = analysis.products.len();
    // "The first 12 of 17 products." after each note, in each language printed.
    let more = |lang: cluster_core::Lang| {
        if total > MAX_PRODUCTS {
            let parts = [
                ("shown", digits(MAX_PRODUCTS, lang)),
                ("total", digits(total, lang)),
            ];
            format!(" {}", fill(brief::TOP_OF.pick(lang), &parts))
        } else {
            String::new()
        }
    };
    let note = |text: Text| {
        let km = format!("{}{}", text.km, more(cluster_core::Lang::Km));
        let en = format!("{}{}", text.en, more(cluster_core::Lang::En));
        match mode {
            LangMode::Km => km,
            LangMode::En => en,
            LangMode::KmEn => format!("{km}\n{en}"),
        }
    };
    let (demand, calendar, prices) = (
        Demand::new(analysis),
        Calendar::new(analysis),
        Prices::new(analysis),
    );
    let mut score = Some(score);
    // Here when it fits with the next block, or alone where the next block starts a
    // new page anyway.
    let mut place_score = |doc: &mut Composer, next: f32| -> Result<()> {
        let room = doc.room();
        if let Some(text) = score.take_if(|text| {
            score_box_height(doc, text)
                .is_ok_and(|h| h + next <= room || (next > room && h <= room))
        }) {
            score_box(doc, &text)?;
        }
        Ok(())
    };
    let demand = ChartBlock {
        title: brief::DEMAND_CHART,
        note: note(brief::DEMAND_NOTE),
        chart: &demand,
    };
    place_score(doc, demand.height(doc)?)?;
    demand.draw(doc)?;
    let calendar = ChartBlock {
        title: brief::CALENDAR_CHART,
        note: note(brief::CALENDAR_NOTE),
        chart: &calendar,
    };
    place_score(doc, calendar.height(doc)?)?;
    calendar.draw(doc)?;
    let prices = ChartBlock {
        title: brief::PRICE_CHART,
        note: note(brief::PRICE_NOTE),
        chart: &prices,
    };
    place_score(doc, prices.height(doc)?)?;
    prices.draw(doc)?;
    if let Some(text) = score {
        score_box(doc, &text)?;
    }
    Ok(())
}

fn buyers(doc: &mut Composer, willing: &[WillingVendor]) -> Result<()> {
    let mode = doc.mode();
    let lang = mode.primary();
    doc.ensure(120.0)?;
    heading(doc, brief::WILLING_BUYERS)?;
    if willing.is_empty() {
        return doc.text(brief::NO_WILLING, BODY, Align::Left);
    }
    let rows = willing
        .iter()
        .map(|v| {
            let mut name = v.vendor_name.clone();
            if v.buyer_id.is_some() {
                name.push('\n');
                name.push_str(&render(brief::IN_REGISTER, mode));
            }
            let products: Vec<String> = v
                .products
                .iter()
                .map(|p| {
                    let product = inline(mode, &p.name_km, &p.name_en);
                    match p.quantity {
                        Some(q) => format!(
                            "{product} {} {}/{}",
                            amount(q, lang),
                            labels::unit_short(p.unit).pick(lang),
                            labels::per(p.per).pick(lang).to_lowercase()
                        ),
                        None => product,
                    }
                })
                .collect();
            vec![
                name,
                labels::vendor_kind(v.vendor_kind).render(mode),
                v.market_name.clone(),
                crate::xlsx::phone(&v.phone).into_owned(),
                products.join(", "),
            ]
        })
        .collect();
    doc.table(&Table {
        columns: vec![
            Column::new(brief::VENDOR, 1.5),
            Column::new(study::VENDOR_KIND, 1.2),
            Column::new(study::MARKET, 1.35),
            Column::new(common::PHONE, 1.1),
            Column::new(brief::PRODUCTS_QUANTITY, 3.6),
        ],
        rows,
        min_row_height: 0.0,
        style: Style::new(8.0),
    })
}

/// What the score box says: the four parts, the formula with this study's weights.
fn score_text(analysis: &MarketAnalysis, mode: LangMode) -> String {
    let w = analysis.weights;
    let parts = [
        (w.demand, study::WEIGHT_DEMAND, brief::PART_DEMAND),
        (w.gap, study::WEIGHT_GAP, brief::PART_GAP),
        (w.price, study::WEIGHT_PRICE, brief::PART_PRICE),
        (w.willing, study::WEIGHT_WILLING, brief::PART_WILLING),
    ];
    let total = w.demand + w.gap + w.price + w.willing;
    let block = |lang: cluster_core::Lang| {
        let mut lines: Vec<String> = parts
            .iter()
            .map(|(_, _, part)| format!("• {}", part.pick(lang)))
            .collect();
        let formula: Vec<String> = parts
            .iter()
            .map(|(weight, name, _)| format!("{} × {}", digits(weight, lang), name.pick(lang)))
            .collect();
        lines.push(fill(
            brief::FORMULA.pick(lang),
            &[
                ("formula", formula.join(" + ")),
                ("total", digits(total, lang)),
            ],
        ));
        let weights: Vec<String> = parts
            .iter()
            .map(|(weight, name, _)| format!("{} {}", name.pick(lang), digits(weight, lang)))
            .collect();
        lines.push(fill(
            brief::WEIGHTS_USED.pick(lang),
            &[("weights", weights.join(", "))],
        ));
        lines.join("\n")
    };
    match mode {
        LangMode::Km => block(cluster_core::Lang::Km),
        LangMode::En => block(cluster_core::Lang::En),
        LangMode::KmEn => format!(
            "{}\n\n{}",
            block(cluster_core::Lang::Km),
            block(cluster_core::Lang::En)
        ),
    }
}

const SCORE_BOX_GAP: f32 = 6.0;

fn score_box_table(text: &str) -> Table {
    Table {
        columns: vec![Column::new(brief::HOW_SCORED, 1.0)],
        rows: vec![vec![text.to_owned()]],
        min_row_height: 0.0,
        style: TABLE,
    }
}

/// The score box's height: its gap, header, text and the space after a table.
fn score_box_height(doc: &Composer, text: &str) -> Result<f32> {
    Ok(SCORE_BOX_GAP + doc.table_height(&score_box_table(text))?)
}

fn score_box(doc: &mut Composer, text: &str) -> Result<()> {
    doc.space(SCORE_BOX_GAP);
    doc.table(&score_box_table(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_fill_every_part() {
        let text = fill(
            brief::PRIORITY_LINE.en,
            &[
                ("rank", "1".into()),
                ("product", "Cucumber".into()),
                ("quantity", "120".into()),
                ("unit", "kg".into()),
                ("value", "300,000".into()),
                ("outside", "70%".into()),
                ("willing", "4".into()),
            ],
        );
        assert!(!text.contains('{'), "{text}");
        assert!(text.starts_with("1. Cucumber: 120 kg a week"));
    }

    #[test]
    fn about_keeps_three_significant_digits() {
        assert_eq!(about(157_728_494), 158_000_000);
        assert_eq!(about(48_400_800), 48_400_000);
        assert_eq!(about(2_549), 2_550);
        assert_eq!(about(950), 950);
    }

    #[test]
    fn totals_weigh_shares_by_value_and_survive_no_prices() {
        assert_eq!(totals(&[]), (0, 0.0, 0.0));
    }
}
