//! The market study workbook: a campaign's analysis and its raw interviews, for the
//! district to check the ranking, redo it with other weights, or send to the province.
//!
//! - **Summary**: the products in rank order with the figures behind the score, the
//!   weights at the top (the score column is a live formula over them), a totals row
//!   of formulas, and a chart of each product's weekly demand value.
//! - **Calendar**: vendors buying each product in each month, and naming it a peak
//!   month, shaded by a colour scale.
//! - **Interviews**: one row per vendor and product, as typed in, plus the weekly
//!   quantity the analysis counts. Streamed in constant memory, interview by interview:
//!   a national campaign holds some 50,000 lines.
//! - **Export**: which campaign, when, by which office.

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDateTime;
use cluster_core::household::PAGE_SIZE_MAX;
use cluster_core::study::InterviewQuery;
use cluster_core::{
    Campaign, CoreError, Interview, InterviewLine, Lang, MarketAnalysis, ProductDemand, Store,
};
use rust_xlsxwriter::{
    Chart, ChartAxisCrossing, ChartFont, ChartType, ColNum, Color, ConditionalFormat2ColorScale,
    Format, FormatAlign, FormatBorder, Formula, RowNum, Worksheet, XlsxError,
    column_number_to_name,
};

use crate::error::Result;
use crate::labels::{self, common, place, sheet, study};
use crate::lang::{MONTHS_EN, MONTHS_KM, Text};
use crate::xlsx::{
    About, BOLD_FACTOR, FONT, Filter, MAX_WIDTH, MIN_WIDTH, Styles, Table, Value, base_format,
    excel_date, header_height, new_workbook, place_name, save, text_width, wrap_header,
    write_export_sheet,
};

/// Writes the workbook of campaign `campaign_id` to `path`, its headers in `lang`;
/// `now` is the export's time (the file's properties and its export sheet).
pub fn export_market_study(
    store: &Store,
    campaign_id: &str,
    lang: Lang,
    now: NaiveDateTime,
    path: &Path,
) -> Result<()> {
    let campaign = store.campaign(campaign_id)?;
    let analysis = store.campaign_analysis(campaign_id, None)?;
    let styles = Styles::new();
    let mut workbook = new_workbook(study::REGISTER, lang, now)?;

    let summary = workbook.add_worksheet();
    write_summary(summary, &campaign, &analysis, lang)?;
    let calendar = workbook.add_worksheet();
    write_calendar(calendar, &analysis, lang)?;
    let interviews = workbook.add_worksheet_with_constant_memory()?;
    let rows = write_interviews(interviews, store, &campaign, lang, &styles)?;

    let about = About {
        register: study::REGISTER,
        rows,
        filters: campaign_facts(&campaign, &analysis, lang),
    };
    write_export_sheet(&mut workbook, store, &about, lang, now, &styles)?;
    save(&mut workbook, path)
}

/// The campaign, as the export sheet names it.
fn campaign_facts(campaign: &Campaign, analysis: &MarketAnalysis, lang: Lang) -> Vec<Filter> {
    let fact = |label, value: String| Filter {
        label,
        value,
        code: None,
    };
    let markets: Vec<&str> = campaign
        .markets
        .iter()
        .map(|m| m.market.name.as_str())
        .collect();
    vec![
        fact(study::CAMPAIGN, campaign.name.clone()),
        Filter {
            label: place::DISTRICT,
            value: place_name(&campaign.district, lang).to_owned(),
            code: Some(campaign.district.code.clone()),
        },
        fact(study::PERIOD, period(campaign)),
        fact(study::MARKETS, markets.join(", ")),
        fact(study::INTERVIEWS, analysis.interviews.to_string()),
    ]
}

/// "02/02/2026 – 27/02/2026", as dates are written in Cambodia.
fn period(campaign: &Campaign) -> String {
    let day = |iso: &str| {
        chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
            .map(|d| d.format("%d/%m/%Y").to_string())
            .unwrap_or_else(|_| iso.to_owned())
    };
    format!("{} – {}", day(&campaign.starts_on), day(&campaign.ends_on))
}

// ---------------------------------------------------------------------------------
// Summary.

/// The analysis's columns, in order.
const SUMMARY_HEADERS: [Text; 21] = [
    study::RANK,
    study::PRODUCT,
    study::PRODUCT_UNIT,
    study::VENDORS,
    study::WEEKLY_DEMAND,
    study::WEEKLY_VALUE,
    study::OUTSIDE_SHARE,
    study::IMPORT_SHARE,
    study::BUY_MIN,
    study::BUY_MEDIAN,
    study::BUY_MAX,
    study::SELL_MIN,
    study::SELL_MEDIAN,
    study::SELL_MAX,
    study::WILLING_VENDORS,
    study::WILLING_WEEKLY,
    study::PART_DEMAND,
    study::PART_GAP,
    study::PART_PRICE,
    study::PART_WILLING,
    study::SCORE,
];
const COL_VENDORS: ColNum = 3;
const COL_VALUE: ColNum = 5;
const COL_OUTSIDE: ColNum = 6;
const COL_IMPORT: ColNum = 7;
const COL_WILLING: ColNum = 14;
/// The four parts, then the score.
const COL_PARTS: ColNum = 16;
const COL_SCORE: ColNum = 20;

/// A fact above the summary's table.
enum Fact {
    Text(String),
    Number(f64),
}

/// Formats of the summary: headers as on the register sheets, numbers by kind.
struct SummaryFormats {
    title: Format,
    label: Format,
    left: Format,
    header: Format,
    text: Format,
    integer: Format,
    quantity: Format,
    riel: Format,
    share: Format,
    part: Format,
    score: Format,
    weight: Format,
    total_label: Format,
    total_integer: Format,
    total_riel: Format,
    total_share: Format,
}

impl SummaryFormats {
    fn new() -> SummaryFormats {
        let number = |f: &str| base_format().set_num_format(f);
        let total = |f: Format| f.set_bold().set_border_top(FormatBorder::Double);
        SummaryFormats {
            title: base_format().set_bold().set_font_size(14),
            label: base_format().set_bold(),
            left: base_format().set_align(FormatAlign::Left),
            header: base_format()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::VerticalCenter)
                .set_align(FormatAlign::Center)
                .set_background_color(Color::RGB(0x00E2_EFDA))
                .set_border(FormatBorder::Thin),
            text: base_format(),
            integer: number("#,##0"),
            quantity: number("#,##0.0"),
            riel: number("#,##0"),
            share: number("0%"),
            part: number("0.00"),
            score: number("0.0").set_bold(),
            weight: base_format()
                .set_bold()
                .set_align(FormatAlign::Center)
                .set_background_color(Color::RGB(0x00FF_F2CC))
                .set_border(FormatBorder::Thin),
            total_label: total(base_format()),
            total_integer: total(number("#,##0")),
            total_riel: total(number("#,##0")),
            total_share: total(number("0%")),
        }
    }
}

fn write_summary(
    ws: &mut Worksheet,
    campaign: &Campaign,
    analysis: &MarketAnalysis,
    lang: Lang,
) -> Result<()> {
    ws.set_name(sheet::SUMMARY.pick(lang))?;
    let f = SummaryFormats::new();
    let mut widths: Vec<f64> = vec![MIN_WIDTH; SUMMARY_HEADERS.len()];

    // What was studied, and what the parts of the score weigh.
    ws.write_string_with_format(0, 0, &campaign.name, &f.title)?;
    // Excel does not grow a row for a larger font.
    ws.set_row_height_pixels(0, 30)?;
    let mut facts = vec![
        (
            study::REGISTER,
            Fact::Text(format!(
                "{} · {}",
                place_name(&campaign.district, lang),
                period(campaign)
            )),
        ),
        (study::INTERVIEWS, Fact::Number(analysis.interviews.into())),
        (
            study::WILLING_TOTAL,
            Fact::Number(analysis.willing_vendors.into()),
        ),
    ];
    if analysis.unconverted_lines > 0 {
        facts.push((
            study::UNCONVERTED,
            Fact::Number(analysis.unconverted_lines.into()),
        ));
    }
    // The labels run across the first columns; their values are written once the
    // columns' widths say where the longest label ends.
    let facts_row: RowNum = 1;
    let mut row = facts_row;
    for (label, _) in &facts {
        ws.write_string_with_format(row, 0, label.pick(lang), &f.label)?;
        row += 1;
    }
    row += 1;
    ws.write_string(row, 0, study::SCORE_RULE.pick(lang))?;
    row += 1;
    let weights_row = row;
    ws.write_string_with_format(weights_row, 0, study::WEIGHTS.pick(lang), &f.label)?;
    let w = analysis.weights;
    let weight_labels = [
        study::WEIGHT_DEMAND,
        study::WEIGHT_GAP,
        study::WEIGHT_PRICE,
        study::WEIGHT_WILLING,
    ];
    for (k, (label, weight)) in weight_labels
        .iter()
        .zip([w.demand, w.gap, w.price, w.willing])
        .enumerate()
    {
        let col = COL_PARTS + k as ColNum;
        // The weight's name is the part's header under it; the label above says which.
        ws.write_string_with_format(weights_row - 1, col, label.pick(lang), &f.label)?;
        ws.write_number_with_format(weights_row, col, weight, &f.weight)?;
    }

    // The table.
    let header_row = weights_row + 1;
    let mut lines = 1;
    for (col, header) in (0..).zip(SUMMARY_HEADERS) {
        let text = header.pick(lang);
        ws.write_string_with_format(header_row, col, text, &f.header)?;
        let (width, n) = wrap_header(text);
        widths[usize::from(col)] = widths[usize::from(col)].max(width + 1.0);
        lines = lines.max(n);
    }
    ws.set_row_height_pixels(header_row, header_height(lines))?;
    ws.set_freeze_panes(header_row + 1, 2)?;

    let first = header_row + 1;
    let n = u32::try_from(analysis.products.len()).map_err(|_| XlsxError::RowColumnLimitError)?;
    let last = first + n.max(1) - 1;
    let weights = [
        cell(weights_row, COL_PARTS, true),
        cell(weights_row, COL_PARTS + 1, true),
        cell(weights_row, COL_PARTS + 2, true),
        cell(weights_row, COL_PARTS + 3, true),
    ];
    for (row, p) in (first..).zip(&analysis.products) {
        let texts = [
            p.product_name(lang),
            labels::unit(p.product.unit).pick(lang),
        ];
        ws.write_number_with_format(row, 0, p.rank, &f.integer)?;
        for (col, text) in (1..).zip(texts) {
            ws.write_string_with_format(row, col, text, &f.text)?;
            widths[usize::from(col)] = widths[usize::from(col)].max(text_width(text) + 1.0);
        }
        let price = |v: Option<i64>| (v.map(|v| v as f64), &f.riel);
        let numbers: [(Option<f64>, &Format); 13] = [
            (Some(f64::from(p.vendors)), &f.integer),
            (Some(p.weekly_quantity), &f.quantity),
            (Some(p.weekly_value_khr as f64), &f.riel),
            (Some(p.outside_share), &f.share),
            (Some(p.import_share), &f.share),
            price(p.buy_price.map(|r| r.min)),
            price(p.buy_price.map(|r| r.median)),
            price(p.buy_price.map(|r| r.max)),
            price(p.sell_price.map(|r| r.min)),
            price(p.sell_price.map(|r| r.median)),
            price(p.sell_price.map(|r| r.max)),
            (Some(f64::from(p.willing_vendors)), &f.integer),
            (Some(p.willing_weekly_quantity), &f.quantity),
        ];
        for (col, (value, format)) in (COL_VENDORS..).zip(numbers) {
            // A price no vendor gave is a blank cell, not a zero.
            let Some(value) = value else { continue };
            ws.write_number_with_format(row, col, value, format)?;
            let shown = format!("{:.1}", value).len() as f64 + 2.0;
            widths[usize::from(col)] = widths[usize::from(col)].max(shown);
        }
        let parts = [p.parts.demand, p.parts.gap, p.parts.price, p.parts.willing];
        for (k, part) in parts.into_iter().enumerate() {
            ws.write_number_with_format(row, COL_PARTS + k as ColNum, part, &f.part)?;
        }
        // The score, recomputed by Excel from the parts and the weights above.
        let terms: Vec<String> = weights
            .iter()
            .enumerate()
            .map(|(k, w)| format!("{w}*{}", cell(row, COL_PARTS + k as ColNum, false)))
            .collect();
        let formula = format!(
            "=ROUND(100*({})/SUM({}:{}),1)",
            terms.join("+"),
            weights[0],
            weights[3]
        );
        ws.write_formula_with_format(
            row,
            COL_SCORE,
            Formula::new(formula).set_result(p.score.to_string()),
            &f.score,
        )?;
    }

    // Totals: live formulas where a sum means something (weekly values add up across
    // products, quantities of different units do not).
    let total_row = last + 1;
    ws.write_string_with_format(total_row, 0, study::TOTAL.pick(lang), &f.total_label)?;
    for col in
        1..ColNum::try_from(SUMMARY_HEADERS.len()).map_err(|_| XlsxError::RowColumnLimitError)?
    {
        ws.write_blank(total_row, col, &f.total_label)?;
    }
    let range = |col| format!("{}:{}", cell(first, col, false), cell(last, col, false));
    let products = &analysis.products;
    let sum = |get: fn(&ProductDemand) -> f64| products.iter().map(get).sum::<f64>();
    for (col, total, format) in [
        (COL_VENDORS, sum(|p| f64::from(p.vendors)), &f.total_integer),
        (COL_VALUE, sum(|p| p.weekly_value_khr as f64), &f.total_riel),
        (
            COL_WILLING,
            sum(|p| f64::from(p.willing_vendors)),
            &f.total_integer,
        ),
    ] {
        ws.write_formula_with_format(
            total_row,
            col,
            Formula::new(format!("=SUM({})", range(col))).set_result(total.to_string()),
            format,
        )?;
    }
    // Shares of all the weekly demand value: each product's share weighted by its value.
    let value = sum(|p| p.weekly_value_khr as f64);
    for (col, share) in [
        (
            COL_OUTSIDE,
            sum(|p| p.outside_share * p.weekly_value_khr as f64),
        ),
        (
            COL_IMPORT,
            sum(|p| p.import_share * p.weekly_value_khr as f64),
        ),
    ] {
        let result = if value > 0.0 { share / value } else { 0.0 };
        ws.write_formula_with_format(
            total_row,
            col,
            Formula::new(format!(
                "=IF(SUM({v})=0,0,SUMPRODUCT({v},{s})/SUM({v}))",
                v = range(COL_VALUE),
                s = range(col)
            ))
            .set_result(result.to_string()),
            &f.total_share,
        )?;
    }

    let mut edge = 0.0;
    let longest = facts
        .iter()
        .map(|(label, _)| text_width(label.pick(lang)) * BOLD_FACTOR)
        .fold(0.0, f64::max);
    let mut value_col: ColNum = 0;
    for (col, width) in (0..).zip(&widths) {
        let width = width.clamp(MIN_WIDTH, MAX_WIDTH);
        ws.set_column_width(col, width)?;
        if edge <= longest + 1.0 {
            value_col = col + 1;
        }
        edge += width;
    }
    for (row, (_, value)) in (facts_row..).zip(&facts) {
        match value {
            Fact::Text(text) => ws.write_string(row, value_col, text)?,
            Fact::Number(n) => ws.write_number_with_format(row, value_col, *n, &f.left)?,
        };
    }

    if !products.is_empty() {
        let chart = value_chart(lang, first, last, products.len())?;
        ws.insert_chart(total_row + 2, 1, &chart)?;
    }
    ws.set_landscape()
        .set_paper_size(crate::xlsx::A4)
        .set_print_fit_to_pages(1, 0);
    Ok(())
}

/// "Q7" or "$Q$7".
fn cell(row: RowNum, col: ColNum, absolute: bool) -> String {
    let name = column_number_to_name(col);
    if absolute {
        format!("${name}${}", row + 1)
    } else {
        format!("{name}{}", row + 1)
    }
}

/// Bars of the weekly demand value, the first-ranked product on top.
fn value_chart(lang: Lang, first: RowNum, last: RowNum, products: usize) -> Result<Chart> {
    let name = sheet::SUMMARY.pick(lang);
    let mut font = ChartFont::new();
    font.set_name(FONT).set_size(9);
    let mut title_font = font.clone();
    title_font.set_bold().set_size(12);
    let mut chart = Chart::new(ChartType::Bar);
    chart
        .add_series()
        .set_categories((name, first, 1, last, 1))
        .set_values((name, first, COL_VALUE, last, COL_VALUE))
        .set_name(study::WEEKLY_VALUE.pick(lang))
        .set_gap(60);
    chart
        .title()
        .set_name(study::CHART_TITLE.pick(lang))
        .set_font(&title_font);
    // A bar chart's categories run up its y axis: reversed, the first rank is on top,
    // and the values' axis, crossing at the last category, stays at the bottom.
    chart
        .y_axis()
        .set_reverse()
        .set_crossing(ChartAxisCrossing::Max)
        .set_label_interval(1)
        .set_font(&font);
    chart
        .x_axis()
        .set_num_format("#,##0")
        .set_font(&font)
        .set_major_gridlines(true);
    chart.legend().set_hidden();
    let height = u32::try_from(products)
        .unwrap_or(u32::MAX)
        .saturating_mul(30)
        .saturating_add(110);
    chart.set_width(860).set_height(height.max(320));
    Ok(chart)
}

trait ProductName {
    fn product_name(&self, lang: Lang) -> &str;
}

impl ProductName for ProductDemand {
    fn product_name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Km => &self.product.name_km,
            Lang::En => &self.product.name_en,
        }
    }
}

// ---------------------------------------------------------------------------------
// Calendar.

/// A product's vendors per month, January first.
type Counts = fn(&ProductDemand) -> &[u32];

fn write_calendar(ws: &mut Worksheet, analysis: &MarketAnalysis, lang: Lang) -> Result<()> {
    ws.set_name(sheet::CALENDAR.pick(lang))?;
    let f = SummaryFormats::new();
    // No vendor is an empty cell: the months that matter stand out.
    let count = base_format().set_num_format("0;-0;;@");
    let months = month_labels();
    let mut product_width = MIN_WIDTH;
    for p in &analysis.products {
        product_width = product_width.max(text_width(p.product_name(lang)) + 1.0);
    }
    let mut row: RowNum = 0;
    let blocks: [(Text, Counts); 2] = [
        (study::CALENDAR_BUYING, |p| &p.months),
        (study::CALENDAR_PEAK, |p| &p.peak_months),
    ];
    for (title, counts) in blocks {
        ws.write_string_with_format(row, 0, title.pick(lang), &f.title)?;
        row += 1;
        ws.write_string_with_format(row, 0, study::PRODUCT.pick(lang), &f.header)?;
        for (col, month) in (1..).zip(&months) {
            ws.write_string_with_format(row, col, month.pick(lang), &f.header)?;
        }
        let first = row + 1;
        for p in &analysis.products {
            row += 1;
            ws.write_string(row, 0, p.product_name(lang))?;
            for (col, &n) in (1..).zip(counts(p)) {
                ws.write_number_with_format(row, col, n, &count)?;
            }
        }
        if row >= first {
            let scale = ConditionalFormat2ColorScale::new()
                .set_minimum_color(Color::RGB(0x00FF_FFFF))
                .set_maximum_color(Color::RGB(0x0063_BE7B));
            ws.add_conditional_format(first, 1, row, 12, &scale)?;
        }
        row += 2;
    }
    ws.set_column_width(0, product_width.min(MAX_WIDTH))?;
    for (col, month) in (1..).zip(&months) {
        let width = text_width(month.pick(lang)) * BOLD_FACTOR + 1.0;
        ws.set_column_width(col, width.max(MIN_WIDTH))?;
    }
    ws.set_freeze_panes(0, 1)?;
    ws.set_landscape()
        .set_paper_size(crate::xlsx::A4)
        .set_print_fit_to_pages(1, 0);
    Ok(())
}

/// The months as column headers: Khmer names whole, English ones cut to three letters.
fn month_labels() -> Vec<Text> {
    MONTHS_KM
        .iter()
        .zip(MONTHS_EN)
        .map(|(km, en)| Text::new(km, en.get(..3).unwrap_or(en)))
        .collect()
}

// ---------------------------------------------------------------------------------
// Interviews.

const INTERVIEW_COLUMNS: usize = 38;
/// Where the twelve month columns start.
const FIRST_MONTH: usize = 14;

fn interview_headers() -> Vec<Text> {
    let mut headers = vec![
        study::DATE,
        study::MARKET,
        study::INTERVIEWER,
        study::VENDOR,
        common::SEX,
        study::VENDOR_KIND,
        common::PHONE,
        study::PRODUCT_KM,
        study::PRODUCT_EN,
        study::QUANTITY,
        study::UNIT,
        study::PER,
        study::WEEKLY_QUANTITY,
        study::PRODUCT_UNIT,
    ];
    headers.extend(month_labels());
    headers.extend([
        study::PEAK_MONTHS,
        study::GRADE,
        study::FRESH,
        study::SAFE,
        study::PACKAGING,
        study::BUY_PRICE,
        study::SELL_PRICE,
        study::SOURCE,
        study::WILLING,
        study::WILLING_QUANTITY,
        study::PAYMENT,
        study::PAYMENT_DAYS,
    ]);
    headers
}

/// Streams every interview of the campaign (not the archived ones, which the analysis
/// leaves out too), a row per product line; returns the number of rows.
fn write_interviews(
    ws: &mut Worksheet,
    store: &Store,
    campaign: &Campaign,
    lang: Lang,
    styles: &Styles,
) -> Result<u32> {
    let headers = interview_headers();
    let mut table = Table::start(ws, sheet::INTERVIEWS, &headers, lang, styles)?;
    let mut interviewers = Interviewers::new(store, campaign, lang);
    for page in 0.. {
        let query = InterviewQuery {
            campaign_id: campaign.id.clone(),
            market_id: None,
            search: String::new(),
            include_archived: false,
            page,
            page_size: PAGE_SIZE_MAX,
        };
        let listed = store.interviews(&query)?;
        if listed.rows.is_empty() {
            break;
        }
        for summary in &listed.rows {
            let interview = store.interview(&summary.id)?;
            let interviewer = interviewers.name(interview.interviewer_id.as_deref())?;
            for line in &interview.lines {
                table.row(interview_cells(&interview, &interviewer, line, lang))?;
            }
        }
    }
    table.finish(&[])
}

/// Interviewers' names, each read once.
struct Interviewers<'s> {
    store: &'s Store,
    lang: Lang,
    names: HashMap<String, String>,
}

impl<'s> Interviewers<'s> {
    fn new(store: &'s Store, campaign: &Campaign, lang: Lang) -> Interviewers<'s> {
        let names = campaign
            .team
            .iter()
            .map(|o| (o.id.clone(), official_name(&o.name_km, &o.name_latin, lang)))
            .collect();
        Interviewers { store, lang, names }
    }

    fn name(&mut self, id: Option<&str>) -> Result<String> {
        let Some(id) = id.filter(|id| !id.is_empty()) else {
            return Ok(String::new());
        };
        if let Some(name) = self.names.get(id) {
            return Ok(name.clone());
        }
        let name = match self.store.official(id) {
            Ok(o) => official_name(&o.name_km, &o.name_latin, self.lang),
            // An interviewer since removed from the file: the id says who it was.
            Err(CoreError::NotFound { .. }) => id.to_owned(),
            Err(e) => return Err(e.into()),
        };
        self.names.insert(id.to_owned(), name.clone());
        Ok(name)
    }
}

fn official_name(km: &str, latin: &str, lang: Lang) -> String {
    let (preferred, other) = match lang {
        Lang::Km => (km, latin),
        Lang::En => (latin, km),
    };
    if preferred.is_empty() {
        other
    } else {
        preferred
    }
    .to_owned()
}

fn interview_cells<'a>(
    interview: &'a Interview,
    interviewer: &'a str,
    line: &'a InterviewLine,
    lang: Lang,
) -> [Value<'a>; INTERVIEW_COLUMNS] {
    let product = &line.product;
    let weekly = line
        .unit
        .factor_to(product.unit)
        .map(|factor| line.quantity * factor * line.per.per_week());
    let number = |n: Option<f64>| n.map_or(Value::Empty, Value::Number);
    let money = |n: Option<i64>| number(n.map(|v| v as f64));
    let peaks: Vec<&str> = line
        .peak_months
        .iter()
        .filter_map(|&m| {
            month_labels()
                .get(usize::from(m).wrapping_sub(1))
                .map(|t| t.pick(lang))
        })
        .collect();
    let mut cells: [Value<'a>; INTERVIEW_COLUMNS] = std::array::from_fn(|_| Value::Empty);
    let head = [
        excel_date(&interview.interviewed_on)
            .map_or(Value::text(&interview.interviewed_on), Value::Date),
        Value::text(&interview.market_name),
        Value::text(interviewer),
        Value::text(&interview.vendor_name),
        Value::label(labels::sex(interview.sex), lang),
        Value::label(labels::vendor_kind(interview.vendor_kind), lang),
        Value::Text(crate::xlsx::phone(&interview.phone)),
        Value::text(&product.name_km),
        Value::text(&product.name_en),
        Value::Number(line.quantity),
        Value::label(labels::unit(line.unit), lang),
        Value::label(labels::per(line.per), lang),
        // Rounded: a month's 10 kg is 2.31 kg a week, not 2.3076923.
        number(weekly.map(|w| (w * 100.0).round() / 100.0)),
        Value::label(labels::unit(product.unit), lang),
    ];
    for (cell, value) in cells.iter_mut().zip(head) {
        *cell = value;
    }
    for &m in &line.months {
        if let Some(cell) = (FIRST_MONTH + usize::from(m))
            .checked_sub(1)
            .and_then(|i| cells.get_mut(i))
            .filter(|_| (1..=12).contains(&m))
        {
            *cell = Value::Number(1.0);
        }
    }
    let tail = [
        Value::Text(peaks.join(", ").into()),
        Value::text(&line.grade),
        Value::label(labels::yes_no(line.fresh), lang),
        Value::label(labels::yes_no(line.safe), lang),
        Value::text(&line.packaging),
        money(line.buy_price_khr),
        money(line.sell_price_khr),
        Value::label(labels::source(line.source), lang),
        Value::label(labels::yes_no(line.willing), lang),
        number(line.willing_quantity),
        line.payment
            .map_or(Value::Empty, |p| Value::label(labels::payment(p), lang)),
        money(line.payment_days),
    ];
    for (cell, value) in cells[FIRST_MONTH + 12..].iter_mut().zip(tail) {
        *cell = value;
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_interview_columns_line_up() {
        let headers = interview_headers();
        assert_eq!(headers.len(), INTERVIEW_COLUMNS);
        assert_eq!(headers[FIRST_MONTH].en, "Jan");
        assert_eq!(headers[FIRST_MONTH + 11].en, "Dec");
        assert_eq!(headers[FIRST_MONTH + 12], study::PEAK_MONTHS);
        assert_eq!(SUMMARY_HEADERS[usize::from(COL_VENDORS)], study::VENDORS);
        assert_eq!(SUMMARY_HEADERS[usize::from(COL_VALUE)], study::WEEKLY_VALUE);
        assert_eq!(
            SUMMARY_HEADERS[usize::from(COL_OUTSIDE)],
            study::OUTSIDE_SHARE
        );
        assert_eq!(
            SUMMARY_HEADERS[usize::from(COL_IMPORT)],
            study::IMPORT_SHARE
        );
        assert_eq!(
            SUMMARY_HEADERS[usize::from(COL_WILLING)],
            study::WILLING_VENDORS
        );
        assert_eq!(SUMMARY_HEADERS[usize::from(COL_PARTS)], study::PART_DEMAND);
        assert_eq!(SUMMARY_HEADERS[usize::from(COL_SCORE)], study::SCORE);
    }

    #[test]
    fn headers_wrap_onto_two_lines_at_most() {
        for h in interview_headers().iter().chain(&SUMMARY_HEADERS) {
            for text in [h.km, h.en] {
                let (width, lines) = wrap_header(text);
                assert!(lines <= 2, "{text:?} takes {lines} lines");
                assert!(width <= MAX_WIDTH, "{text:?} is {width} wide");
            }
        }
    }

    #[test]
    fn cell_names() {
        assert_eq!(cell(6, 16, true), "$Q$7");
        assert_eq!(cell(0, 0, false), "A1");
    }
}
