//! The budget report of a fiscal year (guideline step 8), for the district to check its
//! spending against the plan, correct an entry, or send to the province.
//!
//! - **Plan vs actual**: a block per target commune, a row per activity line: what was
//!   planned, what was spent (a live `SUMIFS` over the expenditures sheet by commune
//!   code and line), what is left and the share used; the commune's total, its
//!   envelope and what is left of it; then the same for all target communes together.
//! - **SLG envelopes**: each SLG's envelope, the inputs its households planned, what
//!   was given (a live `SUMIFS` over the distributions sheet by SLG id) and what is
//!   left, with totals.
//! - **Expenditures** and **Distributions**: the journals, one row per entry as
//!   recorded. A reversal is a row of its own with negative amounts, saying which
//!   entry (by the sheet's number) it reverses.
//! - **Export**: which office, which year, when.
//!
//! Every formula carries the core's figure as its result, for viewers that never
//! recalculate. Money is the core's integers: dollars are written from cents with
//! their two decimals, riel whole; every total is in dollars, from each entry's US
//! cents at its recorded rate (riel are never added to dollars). Sums of dollars are
//! rounded to the cent, so a recalculation gives the cents the core gives.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use cluster_core::contract::minor_units;
use cluster_core::{
    ActivityLine, BudgetOverview, CommuneBudget, Currency, Distribution, EventChoice, EventKind,
    Expenditure, Lang, Store,
};
use rust_xlsxwriter::{
    ColNum, ExcelDateTime, Format, FormatBorder, Formula, RowNum, Worksheet, XlsxError,
    column_number_to_name,
};

use crate::error::Result;
use crate::lang::Text;
use crate::xlsx::{
    A4, About, BOLD_FACTOR, Filter, MAX_WIDTH, MIN_WIDTH, Styles, base_format, excel_date,
    header_height, new_workbook, place_name, save, text_width, wrap_header, write_export_sheet,
};

/// The words of this workbook; where the expenditure summary (the printed form of the
/// same figures) has a word, it is the same.
pub mod words {
    use crate::lang::Text;

    pub const REPORT: Text = Text::new("របាយការណ៍ថវិកា", "Budget report");
    pub const SHEET_PLAN: Text = Text::new("ផែនការធៀបនឹងការចំណាយ", "Plan vs actual");
    pub const SHEET_SLGS: Text = Text::new("កញ្ចប់ថវិការបស់ក្រុម SLG", "SLG envelopes");
    pub const SHEET_EXPENDITURES: Text = Text::new("ការចំណាយ", "Expenditures");
    pub const SHEET_DISTRIBUTIONS: Text = Text::new("ការប្រគល់ធាតុចូល", "Distributions");

    pub const COMMUNE_CODE: Text = Text::new("លេខកូដឃុំ", "Commune code");
    pub const COMMUNE: Text = Text::new("ឃុំ", "Commune");
    pub const LINE: Text = Text::new("សកម្មភាព", "Activity line");
    pub const PLANNED: Text = Text::new("គ្រោងទុក (ដុល្លារ)", "Planned (USD)");
    pub const SPENT: Text = Text::new("បានចំណាយ (ដុល្លារ)", "Spent (USD)");
    pub const LEFT: Text = Text::new("នៅសល់ (ដុល្លារ)", "Left (USD)");
    pub const USED: Text = Text::new("% បានប្រើ", "% used");
    pub const COMMUNE_TOTAL: Text = Text::new("សរុបឃុំ", "Commune total");
    pub const ENVELOPE: Text = Text::new("កញ្ចប់ថវិកា (ដុល្លារ)", "Envelope (USD)");
    pub const LEFT_OF_ENVELOPE: Text = Text::new("នៅសល់ក្នុងកញ្ចប់ថវិកា", "Left of envelope");
    pub const ALL_COMMUNES: Text = Text::new("សរុបឃុំគោលដៅទាំងអស់", "All target communes");
    pub const GRAND_TOTAL: Text = Text::new("សរុបរួម", "Grand total");

    pub const SLG: Text = Text::new("ក្រុម SLG", "SLG");
    pub const HOUSEHOLDS: Text = Text::new("គ្រួសារ", "Households");
    pub const PLANNED_INPUTS: Text = Text::new("ធាតុចូលគ្រោងទុក (ដុល្លារ)", "Planned inputs (USD)");
    pub const DISTRIBUTED: Text = Text::new("បានប្រគល់ (ដុល្លារ)", "Distributed (USD)");
    pub const SLG_ID: Text = Text::new("លេខសម្គាល់ក្រុម SLG", "SLG id");
    pub const TOTAL: Text = Text::new("សរុប", "Total");

    pub const NUMBER: Text = Text::new("ល.រ", "No.");
    pub const DATE: Text = Text::new("កាលបរិច្ឆេទ", "Date");
    pub const AMOUNT: Text = Text::new("ទឹកប្រាក់", "Amount");
    pub const CURRENCY: Text = Text::new("រូបិយប័ណ្ណ", "Currency");
    pub const RATE: Text = Text::new("អត្រាប្ដូរប្រាក់ (រៀល/ដុល្លារ)", "Rate (riel/USD)");
    pub const USD: Text = Text::new("ទឹកប្រាក់ (ដុល្លារ)", "Amount (USD)");
    pub const PAYEE: Text = Text::new("អ្នកទទួលប្រាក់", "Payee");
    pub const DESCRIPTION: Text = Text::new("ការពិពណ៌នា", "Description");
    pub const VOUCHER: Text = Text::new("លេខប័ណ្ណចំណាយ", "Voucher");
    pub const EVENT: Text = Text::new("សកម្មភាពដែលបានចំណាយ", "Event");
    pub const REVERSES: Text = Text::new("លុបចោល ល.រ", "Reverses no.");
    pub const REVERSED_BY: Text = Text::new("លុបចោលដោយ ល.រ", "Reversed by no.");
    pub const OVER_REASON: Text = Text::new("មូលហេតុលើសកញ្ចប់ថវិកា", "Over-envelope reason");
    pub const OVER_BY: Text = Text::new("អនុញ្ញាតដោយ", "Allowed by");

    pub const HOUSEHOLD: Text = Text::new("ឈ្មោះមេគ្រួសារ", "Head of household");
    pub const ITEM: Text = Text::new("មុខទំនិញ", "Item");
    pub const QUANTITY: Text = Text::new("បរិមាណ", "Quantity");
    pub const UNIT: Text = Text::new("ឯកតា", "Unit");
    pub const UNIT_COST: Text = Text::new("តម្លៃឯកតា", "Unit cost");
    pub const SUPPLIER: Text = Text::new("អ្នកផ្គត់ផ្គង់", "Supplier");
    pub const NOTE: Text = Text::new("កំណត់សម្គាល់", "Note");

    pub const FISCAL_YEAR: Text = Text::new("ឆ្នាំសារពើពន្ធ", "Fiscal year");
    pub const TARGET_COMMUNES: Text = Text::new("ឃុំគោលដៅ", "Target communes");
    pub const COMMUNE_ENVELOPE: Text =
        Text::new("កញ្ចប់ថវិកាក្នុងមួយឃុំ (ដុល្លារ)", "Envelope per commune (USD)");
    pub const SLG_ENVELOPE: Text = Text::new("កញ្ចប់ថវិកាក្នុងមួយក្រុម SLG (ដុល្លារ)", "Envelope per SLG (USD)");

    pub const STUDY: Text = Text::new("ការសិក្សាទីផ្សារ", "Market study");
    pub const MEETING: Text = Text::new("កិច្ចប្រជុំ SLG", "SLG meeting");
    pub const FORUM: Text = Text::new("វេទិកា", "Forum");
    pub const TRAINING: Text = Text::new("វគ្គបណ្តុះបណ្តាល", "Training");
}

fn event_kind(kind: EventKind) -> Text {
    match kind {
        EventKind::Study => words::STUDY,
        EventKind::Meeting => words::MEETING,
        EventKind::Forum => words::FORUM,
        EventKind::Training => words::TRAINING,
    }
}

/// Writes the budget report of `fiscal_year` to `path`, its words in `lang`; `now` is
/// the export's time.
pub fn export_budget_report(
    store: &Store,
    fiscal_year: i32,
    lang: Lang,
    now: NaiveDateTime,
    path: &Path,
) -> Result<()> {
    let overview = store.budget_overview(fiscal_year)?;
    // The core lists the newest first; a journal reads in date order.
    let mut journal = store.expenditures(fiscal_year, None)?;
    journal.reverse();
    let given = store.distributions(fiscal_year, None)?;
    let events: HashMap<String, EventChoice> = store
        .budget_events(fiscal_year)?
        .into_iter()
        .map(|e| (e.id.clone(), e))
        .collect();
    let styles = Styles::new();
    let f = Formats::new();
    let mut workbook = new_workbook(words::REPORT, lang, now)?;
    let sheets = SheetRefs {
        expenditures: quoted(words::SHEET_EXPENDITURES.pick(lang)),
        distributions: quoted(words::SHEET_DISTRIBUTIONS.pick(lang)),
    };

    write_plan(
        workbook.add_worksheet(),
        &overview,
        &sheets,
        lang,
        &styles,
        &f,
    )?;
    write_slgs(
        workbook.add_worksheet(),
        &overview,
        &sheets,
        lang,
        &styles,
        &f,
    )?;
    write_expenditures(
        workbook.add_worksheet(),
        &journal,
        &events,
        lang,
        &styles,
        &f,
    )?;
    write_distributions(workbook.add_worksheet(), &given, lang, &styles, &f)?;

    let office = store.require_office()?;
    let communes: Vec<&str> = office
        .target_communes
        .iter()
        .map(|c| place_name(c, lang))
        .collect();
    let envelopes = store.envelopes()?;
    let fact = |label, value: String| Filter {
        label,
        value,
        code: None,
    };
    let about = About {
        register: words::REPORT,
        rows: u32::try_from(journal.len() + given.len()).unwrap_or(u32::MAX),
        filters: vec![
            fact(words::FISCAL_YEAR, fiscal_year.to_string()),
            fact(words::TARGET_COMMUNES, communes.join(", ")),
            fact(
                words::COMMUNE_ENVELOPE,
                grouped(f.usd(envelopes.commune_usd_cents)),
            ),
            fact(words::SLG_ENVELOPE, grouped(f.usd(envelopes.slg_usd_cents))),
        ],
    };
    write_export_sheet(&mut workbook, store, &about, lang, now, &styles)?;
    save(&mut workbook, path)
}

/// The journals' names as formulas refer to them.
struct SheetRefs {
    expenditures: String,
    distributions: String,
}

// ---------------------------------------------------------------------------------
// Plan vs actual.

const PLAN_HEADERS: [Text; 7] = [
    words::COMMUNE_CODE,
    words::COMMUNE,
    words::LINE,
    words::PLANNED,
    words::SPENT,
    words::LEFT,
    words::USED,
];
const P_CODE: ColNum = 0;
const P_COMMUNE: ColNum = 1;
const P_LINE: ColNum = 2;
const P_PLANNED: ColNum = 3;
const P_SPENT: ColNum = 4;
const P_LEFT: ColNum = 5;
const P_USED: ColNum = 6;

/// Planned and spent of one row, in cents.
#[derive(Clone, Copy, Default)]
struct Figures {
    planned: i64,
    spent: i64,
}

fn write_plan(
    sheet: &mut Worksheet,
    overview: &BudgetOverview,
    sheets: &SheetRefs,
    lang: Lang,
    styles: &Styles,
    f: &Formats,
) -> Result<()> {
    let mut grid = Grid::start(sheet, words::SHEET_PLAN, &PLAN_HEADERS, lang, styles, 0)?;
    let journal = &sheets.expenditures;
    let e_col = |col: ColNum| {
        let name = column_number_to_name(col);
        format!("{journal}!${name}:${name}")
    };
    let mut row: RowNum = 1;
    // The 1-based rows the district's block adds up.
    let mut envelope_rows = Vec::new();
    for c in &overview.communes {
        let code = c.commune.code.as_str();
        let name = place_name(&c.commune, lang);
        let first = row;
        for l in &c.lines {
            let n = row + 1;
            let spent = Formula::new(format!(
                "=ROUND(SUMIFS({},{},$A{n},{},$C{n}),2)",
                e_col(E_USD),
                e_col(E_COMMUNE),
                e_col(E_LINE),
            ));
            grid.put(row, P_CODE, Cell::text(code), None)?;
            grid.put(row, P_COMMUNE, Cell::text(name), None)?;
            grid.put(
                row,
                P_LINE,
                Cell::label(crate::labels::activity_line(l.line), lang),
                None,
            )?;
            let figures = Figures {
                planned: l.planned_cents,
                spent: l.spent_cents,
            };
            let planned = Cell::Number(f.usd(l.planned_cents));
            grid.figures(row, figures, planned, spent, f)?;
            row += 1;
        }
        let total = row;
        grid.put(total, P_CODE, Cell::text(code), None)?;
        grid.put(total, P_COMMUNE, Cell::text(name), Some(&f.label))?;
        grid.put(
            total,
            P_LINE,
            Cell::label(words::COMMUNE_TOTAL, lang),
            Some(&f.label),
        )?;
        grid.totals(total, first, total - 1, commune_figures(c), f)?;
        let envelope = total + 1;
        grid.put(envelope, P_CODE, Cell::text(code), None)?;
        grid.put(envelope, P_COMMUNE, Cell::text(name), None)?;
        grid.put(envelope, P_LINE, Cell::label(words::ENVELOPE, lang), None)?;
        grid.put(
            envelope,
            P_PLANNED,
            Cell::Number(f.usd(c.envelope_cents)),
            None,
        )?;
        envelope_rows.push(envelope + 1);
        let left = envelope + 1;
        grid.put(left, P_CODE, Cell::text(code), None)?;
        grid.put(left, P_COMMUNE, Cell::text(name), None)?;
        grid.envelope_left(
            left,
            envelope,
            total,
            c.envelope_cents,
            c.spent_cents,
            lang,
            f,
        )?;
        // A blank row between communes.
        row = left + 2;
    }

    // All target communes: each line added up over the blocks above, by its name.
    // (Rows 2 to `last`, 1-based; with no commune, the blank row 2, never this block.)
    if overview.communes.is_empty() {
        row = 2;
    }
    let last = row - 1;
    let first = row;
    for (i, &line) in ActivityLine::ALL.iter().enumerate() {
        let n = row + 1;
        let over_blocks = |col: ColNum| {
            let c = column_number_to_name(col);
            Formula::new(format!(
                "=ROUND(SUMIFS(${c}$2:${c}${last},$C$2:$C${last},$C{n}),2)"
            ))
        };
        let mut figures = Figures::default();
        for c in &overview.communes {
            if let Some(l) = c.lines.get(i) {
                figures.planned += l.planned_cents;
                figures.spent += l.spent_cents;
            }
        }
        grid.put(row, P_COMMUNE, Cell::label(words::ALL_COMMUNES, lang), None)?;
        grid.put(
            row,
            P_LINE,
            Cell::label(crate::labels::activity_line(line), lang),
            None,
        )?;
        let planned = Cell::Formula(
            over_blocks(P_PLANNED),
            Shown::Number(f.usd(figures.planned)),
        );
        grid.figures(row, figures, planned, over_blocks(P_SPENT), f)?;
        row += 1;
    }
    let total = row;
    grid.put(
        total,
        P_COMMUNE,
        Cell::label(words::ALL_COMMUNES, lang),
        Some(&f.label),
    )?;
    grid.put(
        total,
        P_LINE,
        Cell::label(words::GRAND_TOTAL, lang),
        Some(&f.label),
    )?;
    let figures = Figures {
        planned: overview.planned_cents,
        spent: overview.spent_cents,
    };
    grid.totals(total, first, total - 1, figures, f)?;
    let envelope = total + 1;
    grid.put(
        envelope,
        P_COMMUNE,
        Cell::label(words::ALL_COMMUNES, lang),
        None,
    )?;
    grid.put(envelope, P_LINE, Cell::label(words::ENVELOPE, lang), None)?;
    let sum = if envelope_rows.is_empty() {
        "=0".to_owned()
    } else {
        let cells: Vec<String> = envelope_rows.iter().map(|r| format!("D{r}")).collect();
        format!("=SUM({})", cells.join(","))
    };
    grid.put(
        envelope,
        P_PLANNED,
        Cell::Formula(
            Formula::new(sum),
            Shown::Number(f.usd(overview.envelope_cents)),
        ),
        None,
    )?;
    let left = envelope + 1;
    grid.put(
        left,
        P_COMMUNE,
        Cell::label(words::ALL_COMMUNES, lang),
        None,
    )?;
    grid.envelope_left(
        left,
        envelope,
        total,
        overview.envelope_cents,
        overview.spent_cents,
        lang,
        f,
    )?;
    grid.finish(None)
}

fn commune_figures(c: &CommuneBudget) -> Figures {
    Figures {
        planned: c.planned_cents,
        spent: c.spent_cents,
    }
}

// ---------------------------------------------------------------------------------
// SLG envelopes.

const SLG_HEADERS: [Text; 9] = [
    words::SLG,
    words::COMMUNE,
    words::HOUSEHOLDS,
    words::ENVELOPE,
    words::PLANNED_INPUTS,
    words::DISTRIBUTED,
    words::LEFT,
    words::USED,
    words::SLG_ID,
];
const S_HOUSEHOLDS: ColNum = 2;
const S_ENVELOPE: ColNum = 3;
const S_PLANNED: ColNum = 4;
const S_DISTRIBUTED: ColNum = 5;
const S_LEFT: ColNum = 6;
const S_USED: ColNum = 7;
const S_ID: ColNum = 8;

fn write_slgs(
    sheet: &mut Worksheet,
    overview: &BudgetOverview,
    sheets: &SheetRefs,
    lang: Lang,
    styles: &Styles,
    f: &Formats,
) -> Result<()> {
    let mut grid = Grid::start(sheet, words::SHEET_SLGS, &SLG_HEADERS, lang, styles, 1)?;
    let journal = &sheets.distributions;
    let d_col = |col: ColNum| {
        let name = column_number_to_name(col);
        format!("{journal}!${name}:${name}")
    };
    let id = column_number_to_name(S_ID);
    let (envelope, distributed) = (
        column_number_to_name(S_ENVELOPE),
        column_number_to_name(S_DISTRIBUTED),
    );
    let mut row: RowNum = 1;
    let mut households = 0_u32;
    let mut planned = 0_i64;
    for s in &overview.slgs {
        let n = row + 1;
        households += s.households;
        planned += s.planned_cents;
        grid.put(row, 0, Cell::text(&s.slg_name), None)?;
        grid.put(row, 1, Cell::text(place_name(&s.commune, lang)), None)?;
        grid.put(row, S_HOUSEHOLDS, Cell::Number(f.count(s.households)), None)?;
        grid.put(row, S_ENVELOPE, Cell::Number(f.usd(s.envelope_cents)), None)?;
        grid.put(row, S_PLANNED, Cell::Number(f.usd(s.planned_cents)), None)?;
        let given = Formula::new(format!(
            "=ROUND(SUMIFS({},{},${id}{n}),2)",
            d_col(D_USD),
            d_col(D_SLG_ID)
        ));
        grid.put(
            row,
            S_DISTRIBUTED,
            Cell::Formula(given, Shown::Number(f.usd(s.distributed_cents))),
            None,
        )?;
        grid.put(
            row,
            S_LEFT,
            Cell::Formula(
                Formula::new(format!("=ROUND({envelope}{n}-{distributed}{n},2)")),
                Shown::Number(f.usd(s.left_cents)),
            ),
            None,
        )?;
        grid.put(
            row,
            S_USED,
            share(
                &format!("{envelope}{n}"),
                &format!("{distributed}{n}"),
                s.distributed_cents,
                s.envelope_cents,
                f,
            ),
            None,
        )?;
        grid.put(row, S_ID, Cell::text(&s.slg_id), None)?;
        row += 1;
    }
    let rows = row - 1;
    if rows > 0 {
        // Under the table, a blank row apart: outside the autofilter, so sorting the
        // table leaves the totals where they are.
        let total = row + 1;
        let n = total + 1;
        let sum = |col: ColNum| {
            let c = column_number_to_name(col);
            Formula::new(format!("=SUM({c}2:{c}{})", rows + 1))
        };
        grid.put(total, 0, Cell::label(words::TOTAL, lang), Some(&f.label))?;
        grid.put(
            total,
            S_HOUSEHOLDS,
            Cell::Formula(sum(S_HOUSEHOLDS), Shown::Number(f.count(households))),
            Some(&f.total_whole),
        )?;
        for (col, cents) in [
            (S_ENVELOPE, overview.slg_envelope_cents),
            (S_PLANNED, planned),
            (S_DISTRIBUTED, overview.distributed_cents),
        ] {
            grid.put(
                total,
                col,
                Cell::Formula(sum(col), Shown::Number(f.usd(cents))),
                Some(&f.total_usd),
            )?;
        }
        grid.put(
            total,
            S_LEFT,
            Cell::Formula(
                Formula::new(format!("=ROUND({envelope}{n}-{distributed}{n},2)")),
                Shown::Number(f.usd(overview.slg_envelope_cents - overview.distributed_cents)),
            ),
            Some(&f.total_usd),
        )?;
        grid.put(
            total,
            S_USED,
            share(
                &format!("{envelope}{n}"),
                &format!("{distributed}{n}"),
                overview.distributed_cents,
                overview.slg_envelope_cents,
                f,
            ),
            Some(&f.total_share),
        )?;
    }
    grid.finish(Some(rows))
}

// ---------------------------------------------------------------------------------
// The journals.

const EXPENDITURE_HEADERS: [Text; 17] = [
    words::NUMBER,
    words::DATE,
    words::COMMUNE_CODE,
    words::COMMUNE,
    words::LINE,
    words::AMOUNT,
    words::CURRENCY,
    words::RATE,
    words::USD,
    words::PAYEE,
    words::DESCRIPTION,
    words::VOUCHER,
    words::EVENT,
    words::REVERSES,
    words::REVERSED_BY,
    words::OVER_REASON,
    words::OVER_BY,
];
/// The expenditure columns the plan's formulas read.
const E_COMMUNE: ColNum = 2;
const E_LINE: ColNum = 4;
const E_USD: ColNum = 8;

/// Each entry's number in the sheet, by id.
fn numbers<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<&'a str, u32> {
    ids.zip(1..).collect()
}

fn write_expenditures(
    sheet: &mut Worksheet,
    journal: &[Expenditure],
    events: &HashMap<String, EventChoice>,
    lang: Lang,
    styles: &Styles,
    f: &Formats,
) -> Result<()> {
    let mut grid = Grid::start(
        sheet,
        words::SHEET_EXPENDITURES,
        &EXPENDITURE_HEADERS,
        lang,
        styles,
        2,
    )?;
    let number = numbers(journal.iter().map(|e| e.id.as_str()));
    let of = |id: &Option<String>| {
        id.as_deref()
            .and_then(|id| number.get(id))
            .map_or(Cell::Empty, |&n| Cell::Number(f.count(n)))
    };
    let mut row: RowNum = 1;
    for (n, e) in (1..).zip(journal) {
        let event = e.event.as_ref().map(|link| {
            let kind = event_kind(link.kind).pick(lang);
            match events.get(&link.id) {
                Some(ev) => format!("{kind}: {} ({})", ev.name, day(&ev.on)),
                None => kind.to_owned(),
            }
        });
        let cells = [
            Cell::Number(f.count(n)),
            date_cell(&e.spent_on),
            Cell::text(&e.commune.code),
            Cell::text(place_name(&e.commune, lang)),
            Cell::label(crate::labels::activity_line(e.line), lang),
            Cell::Number(f.money(e.amount, e.currency)),
            Cell::text(e.currency.as_str()),
            e.rate.map_or(Cell::Empty, |r| Cell::Number(f.rate(r))),
            Cell::Number(f.usd(e.usd_cents)),
            Cell::text(&e.payee),
            Cell::text(&e.description),
            Cell::text(&e.voucher),
            event.map_or(Cell::Empty, |t| Cell::Text(t.into())),
            of(&e.reverses),
            of(&e.reversed_by),
            Cell::text(&e.over_reason),
            Cell::text(&e.over_by),
        ];
        grid.row(row, cells)?;
        row += 1;
    }
    grid.finish(Some(row - 1))
}

const DISTRIBUTION_HEADERS: [Text; 19] = [
    words::NUMBER,
    words::DATE,
    words::SLG,
    words::HOUSEHOLD,
    words::ITEM,
    words::QUANTITY,
    words::UNIT,
    words::UNIT_COST,
    words::CURRENCY,
    words::RATE,
    words::AMOUNT,
    words::USD,
    words::SUPPLIER,
    words::NOTE,
    words::REVERSES,
    words::REVERSED_BY,
    words::OVER_REASON,
    words::OVER_BY,
    words::SLG_ID,
];
/// The distribution columns the SLG sheet's formulas read.
const D_USD: ColNum = 11;
const D_SLG_ID: ColNum = 18;

fn write_distributions(
    sheet: &mut Worksheet,
    given: &[Distribution],
    lang: Lang,
    styles: &Styles,
    f: &Formats,
) -> Result<()> {
    let mut grid = Grid::start(
        sheet,
        words::SHEET_DISTRIBUTIONS,
        &DISTRIBUTION_HEADERS,
        lang,
        styles,
        2,
    )?;
    let number = numbers(given.iter().map(|d| d.id.as_str()));
    let of = |id: &Option<String>| {
        id.as_deref()
            .and_then(|id| number.get(id))
            .map_or(Cell::Empty, |&n| Cell::Number(f.count(n)))
    };
    let mut row: RowNum = 1;
    for (n, d) in (1..).zip(given) {
        let cells = [
            Cell::Number(f.count(n)),
            date_cell(&d.given_on),
            Cell::text(&d.slg_name),
            Cell::text(&d.household_name_km),
            Cell::text(&d.item),
            Cell::Number(f.quantity(d.quantity)),
            Cell::text(&d.unit),
            Cell::Number(f.money(d.unit_cost, d.currency)),
            Cell::text(d.currency.as_str()),
            d.rate.map_or(Cell::Empty, |r| Cell::Number(f.rate(r))),
            Cell::Number(f.money(d.amount, d.currency)),
            Cell::Number(f.usd(d.usd_cents)),
            Cell::text(&d.supplier),
            Cell::text(&d.note),
            of(&d.reverses),
            of(&d.reversed_by),
            Cell::text(&d.over_reason),
            Cell::text(&d.over_by),
            Cell::text(&d.slg_id),
        ];
        grid.row(row, cells)?;
        row += 1;
    }
    grid.finish(Some(row - 1))
}

// ---------------------------------------------------------------------------------
// Cells.

/// A sheet's name as a formula refers to it.
fn quoted(sheet: &str) -> String {
    format!("'{}'", sheet.replace('\'', "''"))
}

/// "12/03/2026", as the sheets' dates show.
fn day(iso: &str) -> String {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .map_or_else(|_| iso.to_owned(), |d| d.format("%d/%m/%Y").to_string())
}

/// A date cell; a date the rules did not write is kept as typed.
fn date_cell(iso: &str) -> Cell<'_> {
    if iso.is_empty() {
        return Cell::Empty;
    }
    excel_date(iso).map_or(Cell::text(iso), Cell::Date)
}

/// `part` of `whole` as a live share, empty where nothing was to be used.
fn share<'f>(
    whole: &str,
    part: &str,
    part_cents: i64,
    whole_cents: i64,
    f: &'f Formats,
) -> Cell<'f> {
    let formula = Formula::new(format!("=IF({whole}>0,{part}/{whole},\"\")"));
    if whole_cents > 0 {
        Cell::Formula(
            formula,
            Shown::Number(f.share(part_cents as f64 / whole_cents as f64)),
        )
    } else {
        Cell::Formula(formula, Shown::Empty)
    }
}

/// A number as its format shows it: "19,000", "4.50", "12.5".
fn grouped(n: Num<'_>) -> String {
    let value = if n.percent { n.value * 100.0 } else { n.value };
    let text = format!("{:.*}", n.decimals, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if value < 0.0 {
        out.push('-');
    }
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    let fraction = if n.trim {
        fraction.trim_end_matches('0')
    } else {
        fraction
    };
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    if n.percent {
        out.push('%');
    }
    out
}

/// A number, its format, and how it shows.
#[derive(Clone, Copy)]
struct Num<'f> {
    value: f64,
    format: &'f Format,
    decimals: usize,
    /// Trailing zeros of the decimals are not shown.
    trim: bool,
    percent: bool,
}

struct Formats {
    whole: Format,
    fraction: Format,
    riel: Format,
    dollars: Format,
    share: Format,
    label: Format,
    total_whole: Format,
    total_usd: Format,
    total_share: Format,
}

impl Formats {
    fn new() -> Formats {
        let number = |f: &str| base_format().set_num_format(f);
        let total = |f: Format| f.set_bold().set_border_top(FormatBorder::Thin);
        Formats {
            whole: number("#,##0"),
            fraction: number("#,##0.0##"),
            riel: number("#,##0"),
            dollars: number("#,##0.00"),
            share: number("0.0%"),
            label: base_format().set_bold(),
            total_whole: total(number("#,##0")),
            total_usd: total(number("#,##0.00")),
            total_share: total(number("0.0%")),
        }
    }

    /// US cents, written in dollars.
    fn usd(&self, cents: i64) -> Num<'_> {
        self.money(cents, Currency::Usd)
    }

    /// `amount` in units of `currency` (riel, or US cents), written in riel or dollars.
    fn money(&self, amount: i64, currency: Currency) -> Num<'_> {
        let minor = minor_units(currency);
        Num {
            value: amount as f64 / minor as f64,
            format: match currency {
                Currency::Khr => &self.riel,
                Currency::Usd => &self.dollars,
            },
            decimals: if minor > 1 { 2 } else { 0 },
            trim: false,
            percent: false,
        }
    }

    fn rate(&self, riel_per_dollar: i64) -> Num<'_> {
        Num {
            value: riel_per_dollar as f64,
            ..self.count(0)
        }
    }

    fn count(&self, n: impl Into<f64>) -> Num<'_> {
        Num {
            value: n.into(),
            format: &self.whole,
            decimals: 0,
            trim: false,
            percent: false,
        }
    }

    /// Quantities are kept to the thousandth; a whole one shows no decimals.
    fn quantity(&self, q: f64) -> Num<'_> {
        let whole = q.fract() == 0.0;
        Num {
            value: q,
            format: if whole { &self.whole } else { &self.fraction },
            decimals: if whole { 0 } else { 3 },
            trim: true,
            percent: false,
        }
    }

    fn share(&self, s: f64) -> Num<'_> {
        Num {
            value: s,
            format: &self.share,
            decimals: 1,
            trim: false,
            percent: true,
        }
    }
}

/// What a formula shows until it is recalculated.
enum Shown<'f> {
    Number(Num<'f>),
    Empty,
}

enum Cell<'a> {
    Text(Cow<'a, str>),
    Number(Num<'a>),
    Date(ExcelDateTime),
    Formula(Formula, Shown<'a>),
    Empty,
}

impl<'a> Cell<'a> {
    fn text(text: &'a str) -> Cell<'a> {
        Cell::Text(Cow::Borrowed(text))
    }

    fn label(text: Text, lang: Lang) -> Cell<'static> {
        Cell::Text(Cow::Borrowed(text.pick(lang)))
    }
}

/// Room for the autofilter's drop-down button beside a header (as on the registers).
const BUTTON_WIDTH: f64 = 2.5;
const DATE_WIDTH: f64 = 10.0;

/// A sheet with a frozen header row, measuring its columns as it is written.
struct Grid<'w> {
    sheet: &'w mut Worksheet,
    date: Format,
    header_widths: Vec<f64>,
    widths: Vec<f64>,
}

impl<'w> Grid<'w> {
    /// The header row in `lang`, frozen with the first `frozen_cols` columns.
    fn start(
        sheet: &'w mut Worksheet,
        name: Text,
        headers: &[Text],
        lang: Lang,
        styles: &Styles,
        frozen_cols: ColNum,
    ) -> Result<Grid<'w>> {
        sheet.set_name(name.pick(lang))?;
        let mut header_widths = Vec::with_capacity(headers.len());
        let mut lines = 1;
        for (col, header) in (0..).zip(headers) {
            let text = header.pick(lang);
            sheet.write_string_with_format(0, col, text, &styles.header)?;
            let (width, n) = wrap_header(text);
            header_widths.push(width + BUTTON_WIDTH + 1.0);
            lines = lines.max(n);
        }
        sheet.set_row_height_pixels(0, header_height(lines))?;
        sheet.set_freeze_panes(1, frozen_cols)?;
        sheet
            .set_paper_size(A4)
            .set_landscape()
            .set_print_gridlines(true)
            .set_repeat_rows(0, 0)?;
        Ok(Grid {
            sheet,
            date: styles.date.clone(),
            widths: vec![0.0; header_widths.len()],
            header_widths,
        })
    }

    fn row<const N: usize>(&mut self, row: RowNum, cells: [Cell<'_>; N]) -> Result<()> {
        for (col, cell) in (0..).zip(cells) {
            self.put(row, col, cell, None)?;
        }
        Ok(())
    }

    /// A plan row's planned amount (`planned`), spent (`spent`, carrying `x.spent`),
    /// left and share used.
    fn figures(
        &mut self,
        row: RowNum,
        x: Figures,
        planned: Cell<'_>,
        spent: Formula,
        f: &Formats,
    ) -> Result<()> {
        let n = row + 1;
        self.put(row, P_PLANNED, planned, None)?;
        self.put(
            row,
            P_SPENT,
            Cell::Formula(spent, Shown::Number(f.usd(x.spent))),
            None,
        )?;
        self.put(
            row,
            P_LEFT,
            Cell::Formula(
                Formula::new(format!("=ROUND(D{n}-E{n},2)")),
                Shown::Number(f.usd(x.planned - x.spent)),
            ),
            None,
        )?;
        let used = share(&format!("D{n}"), &format!("E{n}"), x.spent, x.planned, f);
        self.put(row, P_USED, used, None)
    }

    /// A totals row: the planned and spent of rows `first..=last` (0-based) added up.
    fn totals(
        &mut self,
        row: RowNum,
        first: RowNum,
        last: RowNum,
        x: Figures,
        f: &Formats,
    ) -> Result<()> {
        let n = row + 1;
        let sum = |c: &str| Formula::new(format!("=SUM({c}{}:{c}{})", first + 1, last + 1));
        self.put(
            row,
            P_PLANNED,
            Cell::Formula(sum("D"), Shown::Number(f.usd(x.planned))),
            Some(&f.total_usd),
        )?;
        self.put(
            row,
            P_SPENT,
            Cell::Formula(sum("E"), Shown::Number(f.usd(x.spent))),
            Some(&f.total_usd),
        )?;
        self.put(
            row,
            P_LEFT,
            Cell::Formula(
                Formula::new(format!("=ROUND(D{n}-E{n},2)")),
                Shown::Number(f.usd(x.planned - x.spent)),
            ),
            Some(&f.total_usd),
        )?;
        let used = share(&format!("D{n}"), &format!("E{n}"), x.spent, x.planned, f);
        self.put(row, P_USED, used, Some(&f.total_share))
    }

    /// "Left of envelope": the envelope (row `envelope`) less what the totals row
    /// `total` spent, and the share of the envelope used.
    #[allow(clippy::too_many_arguments)]
    fn envelope_left(
        &mut self,
        row: RowNum,
        envelope: RowNum,
        total: RowNum,
        envelope_cents: i64,
        spent_cents: i64,
        lang: Lang,
        f: &Formats,
    ) -> Result<()> {
        let (e, t) = (envelope + 1, total + 1);
        self.put(
            row,
            P_LINE,
            Cell::label(words::LEFT_OF_ENVELOPE, lang),
            Some(&f.label),
        )?;
        self.put(
            row,
            P_LEFT,
            Cell::Formula(
                Formula::new(format!("=ROUND(D{e}-E{t},2)")),
                Shown::Number(f.usd(envelope_cents - spent_cents)),
            ),
            Some(&f.total_usd),
        )?;
        let used = share(
            &format!("D{e}"),
            &format!("E{t}"),
            spent_cents,
            envelope_cents,
            f,
        );
        self.put(row, P_USED, used, Some(&f.total_share))
    }

    /// Writes one cell (`format` instead of the value's own) and widens its column.
    fn put(
        &mut self,
        row: RowNum,
        col: ColNum,
        value: Cell<'_>,
        format: Option<&Format>,
    ) -> Result<()> {
        let width = match value {
            Cell::Empty => return Ok(()),
            Cell::Text(text) if text.is_empty() => return Ok(()),
            Cell::Text(text) => {
                match format {
                    Some(f) => self
                        .sheet
                        .write_string_with_format(row, col, text.as_ref(), f)?,
                    None => self.sheet.write_string(row, col, text.as_ref())?,
                };
                text_width(&text) * if format.is_some() { BOLD_FACTOR } else { 1.0 }
            }
            Cell::Number(n) => {
                let f = format.unwrap_or(n.format);
                self.sheet.write_number_with_format(row, col, n.value, f)?;
                grouped(n).len() as f64 + 1.0
            }
            Cell::Date(date) => {
                self.sheet
                    .write_datetime_with_format(row, col, &date, &self.date)?;
                DATE_WIDTH
            }
            Cell::Formula(formula, Shown::Number(n)) => {
                let f = format.unwrap_or(n.format);
                let formula = formula.set_result(n.value.to_string());
                self.sheet.write_formula_with_format(row, col, formula, f)?;
                grouped(n).len() as f64 + 1.0
            }
            Cell::Formula(formula, Shown::Empty) => {
                let formula = formula.set_result("");
                match format {
                    Some(f) => self.sheet.write_formula_with_format(row, col, formula, f)?,
                    None => self.sheet.write_formula(row, col, formula)?,
                };
                0.0
            }
        };
        if let Some(widest) = self.widths.get_mut(usize::from(col)) {
            *widest = widest.max(width);
        }
        Ok(())
    }

    /// Sets the columns' widths, and the autofilter over the header and `filtered`
    /// data rows.
    fn finish(self, filtered: Option<RowNum>) -> Result<()> {
        let last_col = ColNum::try_from(self.widths.len().saturating_sub(1))
            .map_err(|_| XlsxError::RowColumnLimitError)?;
        for (col, (header, data)) in (0..).zip(self.header_widths.iter().zip(&self.widths)) {
            let width = header.max((data + 1.0).min(MAX_WIDTH)).max(MIN_WIDTH);
            self.sheet.set_column_width(col, width)?;
        }
        if let Some(rows) = filtered {
            self.sheet.autofilter(0, 0, rows, last_col)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_formulas_read_the_columns_they_name() {
        let p = |c: ColNum| PLAN_HEADERS[usize::from(c)];
        assert_eq!(p(P_CODE), words::COMMUNE_CODE);
        assert_eq!(p(P_COMMUNE), words::COMMUNE);
        assert_eq!(p(P_LINE), words::LINE);
        assert_eq!(p(P_PLANNED), words::PLANNED);
        assert_eq!(p(P_SPENT), words::SPENT);
        assert_eq!(p(P_LEFT), words::LEFT);
        assert_eq!(p(P_USED), words::USED);
        // The plan's formulas name these columns by letter.
        assert_eq!(
            [P_CODE, P_LINE, P_PLANNED, P_SPENT].map(column_number_to_name),
            ["A", "C", "D", "E"].map(String::from)
        );
        let s = |c: ColNum| SLG_HEADERS[usize::from(c)];
        assert_eq!(s(S_HOUSEHOLDS), words::HOUSEHOLDS);
        assert_eq!(s(S_ENVELOPE), words::ENVELOPE);
        assert_eq!(s(S_PLANNED), words::PLANNED_INPUTS);
        assert_eq!(s(S_DISTRIBUTED), words::DISTRIBUTED);
        assert_eq!(s(S_LEFT), words::LEFT);
        assert_eq!(s(S_USED), words::USED);
        assert_eq!(s(S_ID), words::SLG_ID);
        let e = |c: ColNum| EXPENDITURE_HEADERS[usize::from(c)];
        assert_eq!(e(E_COMMUNE), words::COMMUNE_CODE);
        assert_eq!(e(E_LINE), words::LINE);
        assert_eq!(e(E_USD), words::USD);
        let d = |c: ColNum| DISTRIBUTION_HEADERS[usize::from(c)];
        assert_eq!(d(D_USD), words::USD);
        assert_eq!(d(D_SLG_ID), words::SLG_ID);
    }

    #[test]
    fn headers_wrap_onto_two_lines_at_most_and_sheet_names_fit() {
        for h in PLAN_HEADERS
            .iter()
            .chain(&SLG_HEADERS)
            .chain(&EXPENDITURE_HEADERS)
            .chain(&DISTRIBUTION_HEADERS)
        {
            for text in [h.km, h.en] {
                let (width, lines) = wrap_header(text);
                assert!(lines <= 2, "{text:?} takes {lines} lines");
                assert!(width <= MAX_WIDTH, "{text:?} is {width} wide");
            }
        }
        for name in [
            words::SHEET_PLAN,
            words::SHEET_SLGS,
            words::SHEET_EXPENDITURES,
            words::SHEET_DISTRIBUTIONS,
        ] {
            for text in [name.km, name.en] {
                // Excel's limit, in UTF-16 units.
                assert!(text.encode_utf16().count() <= 31, "{text:?}");
            }
        }
    }

    #[test]
    fn numbers_read_as_their_formats_show_them() {
        let f = Formats::new();
        assert_eq!(grouped(f.usd(123_456)), "1,234.56");
        assert_eq!(grouped(f.usd(-5)), "-0.05");
        assert_eq!(grouped(f.money(1_230_000, Currency::Khr)), "1,230,000");
        assert_eq!(grouped(f.rate(4_100)), "4,100");
        assert_eq!(grouped(f.quantity(2.5)), "2.5");
        assert_eq!(grouped(f.share(0.972_07)), "97.2%");
        assert_eq!(quoted("SLG's"), "'SLG''s'");
        assert_eq!(day("2026-03-01"), "01/03/2026");
    }
}
