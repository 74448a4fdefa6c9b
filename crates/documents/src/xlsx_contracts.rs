//! The contract register and the deliveries against it (guideline steps 5 and 6), for
//! the district to check a contract's figures, correct a delivery, or send to the
//! province.
//!
//! - `contracts.xlsx`: a row per contract of the register, with the terms of the
//!   version in force; the share delivered is a live formula.
//! - `deliveries.xlsx`: a row per delivery (its grade lines joined into one text cell;
//!   the quantities and the amount are the delivery's totals, as numbers), then a
//!   fulfilment sheet with a row per contract that is not a draft. There, what was
//!   delivered, rejected, invoiced and paid, and the late payments, are live formulas
//!   over the deliveries sheet, so correcting a delivery corrects its contract's line.
//!   Each formula carries the core's figure as its result, for viewers that never
//!   recalculate.
//!
//! Money is written in the contract's currency: riel whole, dollars with their cents.
//! Nothing adds riel to dollars: the only money totals are per currency (`SUMIF` on the
//! currency column).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::Path;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use cluster_core::contract::minor_units;
use cluster_core::{
    Contract, ContractQuery, ContractStatus, ContractSummary, CoreError, Currency, Delivery,
    DeliveryFrequency, Fulfilment, Lang, PriceMechanism, Product, Store,
};
use rust_xlsxwriter::{
    ColNum, ExcelDateTime, Format, FormatBorder, Formula, RowNum, Worksheet, XlsxError,
    column_number_to_name,
};

use crate::error::Result;
use crate::labels::{self, common, export, place};
use crate::lang::Text;
use crate::xlsx::{
    A4, About, BOLD_FACTOR, Filter, MAX_WIDTH, MIN_WIDTH, Styles, base_format, excel_date,
    header_height, new_workbook, place_name, save, text_width, wrap_header, write_export_sheet,
};

/// The words of these two workbooks. The window has no contract screens' wording yet
/// to follow; where a word exists elsewhere (buyer, product group) it is the same.
pub mod words {
    use crate::lang::Text;

    pub const CONTRACT_REGISTER: Text = Text::new("បញ្ជីកិច្ចសន្យា", "Contract register");
    pub const DELIVERY_REGISTER: Text = Text::new("ការប្រគល់ផលិតផលតាមកិច្ចសន្យា", "Contract deliveries");
    pub const SHEET_CONTRACTS: Text = Text::new("កិច្ចសន្យា", "Contracts");
    pub const SHEET_DELIVERIES: Text = Text::new("ការប្រគល់ផលិតផល", "Deliveries");
    pub const SHEET_FULFILMENT: Text = Text::new("ការអនុវត្តកិច្ចសន្យា", "Fulfilment");

    pub const NUMBER: Text = Text::new("លេខកិច្ចសន្យា", "Contract number");
    pub const STATUS: Text = Text::new("ស្ថានភាព", "Status");
    pub const GROUPS: Text = Text::new("ក្រុមផលិត", "Producer groups");
    pub const COMMUNES: Text = Text::new("ឃុំ", "Communes");
    pub const BUYER: Text = Text::new("អ្នកប្រមូលទិញ", "Buyer");
    pub const PRODUCT: Text = Text::new("ផលិតផល", "Product");
    pub const VARIETY: Text = Text::new("ពូជ", "Variety");
    pub const TOTAL_QUANTITY: Text = Text::new("បរិមាណសរុប", "Total quantity");
    pub const UNIT: Text = Text::new("ឯកតា", "Unit");
    pub const PER_DELIVERY: Text = Text::new("បរិមាណក្នុងមួយដង", "Per delivery");
    pub const FREQUENCY: Text = Text::new("ភាពញឹកញាប់នៃការប្រគល់", "Delivery frequency");
    pub const MECHANISM: Text = Text::new("របៀបកំណត់តម្លៃ", "Price mechanism");
    pub const PRICE: Text = Text::new("តម្លៃក្នុងមួយឯកតា", "Price per unit");
    pub const GRADE_PRICES: Text = Text::new("ថ្នាក់ និងតម្លៃ", "Grades and prices");
    pub const CURRENCY: Text = Text::new("រូបិយប័ណ្ណ", "Currency");
    pub const PAYMENT_DAYS: Text = Text::new("ថ្ងៃបង់ប្រាក់ក្រោយប្រគល់", "Payment days");
    pub const STARTS: Text = Text::new("ថ្ងៃចាប់ផ្ដើម", "Start");
    pub const ENDS: Text = Text::new("ថ្ងៃបញ្ចប់", "End");
    pub const SIGNED_ON: Text = Text::new("ថ្ងៃចុះហត្ថលេខា", "Signed on");
    pub const VERSION: Text = Text::new("កំណែ", "Version");
    pub const COMPLETE: Text = Text::new("ព័ត៌មានគ្រប់គ្រាន់", "Complete");
    pub const DELIVERED: Text = Text::new("បរិមាណបានប្រគល់", "Delivered");
    pub const SHARE_DELIVERED: Text = Text::new("% បានប្រគល់", "% delivered");

    pub const DELIVERED_ON: Text = Text::new("ថ្ងៃប្រគល់", "Delivery date");
    pub const GRADES: Text = Text::new("ថ្នាក់ (បរិមាណ × តម្លៃ)", "Grades (quantity × price)");
    pub const ACCEPTED: Text = Text::new("បរិមាណទទួលយក", "Accepted");
    pub const REJECTED: Text = Text::new("បរិមាណបដិសេធ", "Rejected");
    pub const REASON: Text = Text::new("មូលហេតុបដិសេធ", "Reason rejected");
    pub const AMOUNT: Text = Text::new("ទឹកប្រាក់", "Amount");
    pub const PAID: Text = Text::new("បានបង់", "Paid");
    pub const PAID_ON: Text = Text::new("ថ្ងៃបង់ប្រាក់", "Paid on");
    pub const DUE_ON: Text = Text::new("ថ្ងៃត្រូវបង់", "Payment due");
    pub const LATE_PAYMENT: Text = Text::new("បង់យឺត", "Late payment");
    pub const NOTES: Text = Text::new("កំណត់សម្គាល់", "Notes");

    pub const CONTRACTED: Text = Text::new("បរិមាណតាមកិច្ចសន្យា", "Contracted");
    pub const DUE_BY_EXPORT: Text = Text::new("ត្រូវប្រគល់ដល់ថ្ងៃនាំចេញ", "Due by export date");
    pub const SHORTFALL: Text = Text::new("បរិមាណខ្វះ", "Shortfall");
    pub const UNPAID: Text = Text::new("មិនទាន់បង់", "Unpaid");
    pub const LATE_DELIVERY: Text = Text::new("ប្រគល់យឺត", "Late delivery");
    pub const LATE_SINCE: Text = Text::new("យឺតតាំងពី", "Late since");
    pub const LATE_PAYMENTS: Text = Text::new("ចំនួនការបង់យឺត", "Late payments");
    pub const TOTAL: Text = Text::new("សរុប", "Total");

    pub const DRAFT: Text = Text::new("សេចក្ដីព្រាង", "Draft");
    pub const SIGNED: Text = Text::new("បានចុះហត្ថលេខា", "Signed");
    pub const ACTIVE: Text = Text::new("កំពុងអនុវត្ត", "Active");
    pub const COMPLETED: Text = Text::new("បានបញ្ចប់", "Completed");
    pub const TERMINATED: Text = Text::new("បានបញ្ឈប់", "Terminated");
    pub const BREACHED: Text = Text::new("បានបំពាន", "Breached");

    pub const WEEKLY: Text = Text::new("រៀងរាល់សប្ដាហ៍", "Weekly");
    pub const FORTNIGHTLY: Text = Text::new("រៀងរាល់ពីរសប្ដាហ៍", "Fortnightly");
    pub const MONTHLY: Text = Text::new("រៀងរាល់ខែ", "Monthly");

    pub const FIXED: Text = Text::new("តម្លៃថេរ", "Fixed price");
    pub const MARKET_FLOOR: Text = Text::new("តម្លៃទីផ្សារ មានតម្លៃអប្បបរមា", "Market price with a floor");
    pub const PER_GRADE: Text = Text::new("តម្លៃតាមថ្នាក់", "Price per grade");
}

pub fn status(status: ContractStatus) -> Text {
    match status {
        ContractStatus::Draft => words::DRAFT,
        ContractStatus::Signed => words::SIGNED,
        ContractStatus::Active => words::ACTIVE,
        ContractStatus::Completed => words::COMPLETED,
        ContractStatus::Terminated => words::TERMINATED,
        ContractStatus::Breached => words::BREACHED,
    }
}

fn frequency(frequency: DeliveryFrequency) -> Text {
    match frequency {
        DeliveryFrequency::Weekly => words::WEEKLY,
        DeliveryFrequency::Fortnightly => words::FORTNIGHTLY,
        DeliveryFrequency::Monthly => words::MONTHLY,
    }
}

fn mechanism(mechanism: PriceMechanism) -> Text {
    match mechanism {
        PriceMechanism::Fixed => words::FIXED,
        PriceMechanism::MarketFloor => words::MARKET_FLOOR,
        PriceMechanism::PerGrade => words::PER_GRADE,
    }
}

// ---------------------------------------------------------------------------------
// The register.

/// Writes the contracts `query` selects to `path`, headers in `lang`; `now` is the
/// export's time.
pub fn export_contracts(
    store: &Store,
    query: &ContractQuery,
    lang: Lang,
    now: NaiveDateTime,
    path: &Path,
) -> Result<()> {
    let styles = Styles::new();
    let formats = Formats::new();
    let mut workbook = new_workbook(words::CONTRACT_REGISTER, lang, now)?;
    let sheet = workbook.add_worksheet();
    let mut grid = Grid::start(
        sheet,
        words::SHEET_CONTRACTS,
        &CONTRACT_HEADERS,
        lang,
        &styles,
    )?;
    for summary in store.contracts(query)? {
        let contract = store.contract(&summary.id)?;
        let row = grid.next_row();
        grid.row(contract_cells(&contract, row, lang, &formats))?;
    }
    let rows = grid.finish()?;
    let about = About {
        register: words::CONTRACT_REGISTER,
        rows,
        filters: contract_filters(store, query, lang)?,
    };
    write_export_sheet(&mut workbook, store, &about, lang, now, &styles)?;
    save(&mut workbook, path)
}

const CONTRACT_HEADERS: [Text; 24] = [
    words::NUMBER,
    words::STATUS,
    words::GROUPS,
    words::COMMUNES,
    words::BUYER,
    words::PRODUCT,
    words::VARIETY,
    words::TOTAL_QUANTITY,
    words::UNIT,
    words::PER_DELIVERY,
    words::FREQUENCY,
    words::MECHANISM,
    words::PRICE,
    words::GRADE_PRICES,
    words::CURRENCY,
    words::PAYMENT_DAYS,
    words::STARTS,
    words::ENDS,
    words::SIGNED_ON,
    words::VERSION,
    words::COMPLETE,
    words::DELIVERED,
    words::SHARE_DELIVERED,
    common::ARCHIVED,
];
const C_TOTAL: ColNum = 7;
const C_DELIVERED: ColNum = 21;

fn contract_cells<'a>(c: &'a Contract, row: RowNum, lang: Lang, f: &'a Formats) -> [Cell<'a>; 24] {
    let t = &c.terms;
    let groups: Vec<&str> = c.groups.iter().map(|g| g.name.as_str()).collect();
    let mut communes: Vec<&str> = Vec::new();
    for g in &c.groups {
        let name = place_name(&g.commune, lang);
        if !communes.contains(&name) {
            communes.push(name);
        }
    }
    let quantity = |q: Option<f64>| q.map_or(Cell::Empty, |q| Cell::Number(f.quantity(q)));
    // A price without a currency (an early draft) is shown as typed.
    let price = |p: i64| match t.currency {
        Some(currency) => f.money(p, currency),
        None => f.count(p as f64),
    };
    let grade_prices: Vec<String> = t
        .grades
        .iter()
        .map(|g| match g.price {
            Some(p) => format!("{} {}", g.grade, grouped(price(p))),
            None => g.grade.clone(),
        })
        .collect();
    let total = t.total_quantity.filter(|q| *q > 0.0);
    let share = Formula::new(format!(
        "=IF({total}>0,{delivered}/{total},\"\")",
        total = cell(row, C_TOTAL),
        delivered = cell(row, C_DELIVERED),
    ));
    [
        Cell::text(&c.number),
        Cell::label(status(c.status), lang),
        Cell::Text(groups.join(", ").into()),
        Cell::Text(communes.join(", ").into()),
        Cell::text(&c.buyer.name),
        Cell::text(product_name(&c.product, lang)),
        Cell::text(&t.variety),
        quantity(t.total_quantity),
        Cell::label(labels::unit(c.product.unit), lang),
        quantity(t.quantity_per_delivery),
        t.delivery_frequency
            .map_or(Cell::Empty, |x| Cell::label(frequency(x), lang)),
        t.price_mechanism
            .map_or(Cell::Empty, |x| Cell::label(mechanism(x), lang)),
        t.price.map_or(Cell::Empty, |p| Cell::Number(price(p))),
        Cell::Text(grade_prices.join("; ").into()),
        t.currency.map_or(Cell::Empty, |x| Cell::text(x.as_str())),
        t.payment_days
            .map_or(Cell::Empty, |d| Cell::Number(f.count(f64::from(d)))),
        date_cell(&t.starts_on),
        date_cell(&t.ends_on),
        date_cell(c.signed_on.as_deref().unwrap_or_default()),
        Cell::Number(f.count(f64::from(c.version))),
        Cell::label(labels::yes_no(c.complete), lang),
        Cell::Number(f.quantity(c.delivered)),
        match total {
            Some(total) => Cell::Formula(share, Shown::Number(f.share(c.delivered / total))),
            None => Cell::Formula(share, Shown::Text("")),
        },
        Cell::label(labels::yes_no(c.archived), lang),
    ]
}

/// The query's filters, by name, for the export sheet.
fn contract_filters(store: &Store, query: &ContractQuery, lang: Lang) -> Result<Vec<Filter>> {
    let fact = |label, value: String| Filter {
        label,
        value,
        code: None,
    };
    let all = || common::ALL.pick(lang).to_owned();
    let given = |id: &Option<String>| id.clone().filter(|id| !id.is_empty());
    let product = match given(&query.product_id) {
        None => all(),
        Some(id) => match store.product(&id) {
            Ok(p) => product_name(&p, lang).to_owned(),
            Err(CoreError::NotFound { .. }) => id,
            Err(e) => return Err(e.into()),
        },
    };
    let buyer = match given(&query.buyer_id) {
        None => all(),
        Some(id) => match store.buyer(&id) {
            Ok(b) => b.name,
            Err(CoreError::NotFound { .. }) => id,
            Err(e) => return Err(e.into()),
        },
    };
    let commune = match given(&query.commune_code) {
        None => Filter {
            label: place::COMMUNE,
            value: place::ALL_COMMUNES.pick(lang).to_owned(),
            code: None,
        },
        Some(code) => Filter {
            label: place::COMMUNE,
            value: match store.place(&code)? {
                Some(p) => place_name(&p, lang).to_owned(),
                None => code.clone(),
            },
            code: Some(code),
        },
    };
    Ok(vec![
        fact(
            words::STATUS,
            query
                .status
                .map_or(common::ALL, status)
                .pick(lang)
                .to_owned(),
        ),
        fact(words::PRODUCT, product),
        fact(words::BUYER, buyer),
        commune,
        fact(
            export::INCLUDE_ARCHIVED,
            labels::yes_no(query.include_archived).pick(lang).to_owned(),
        ),
    ])
}

// ---------------------------------------------------------------------------------
// Deliveries and fulfilment.

/// Writes the deliveries of the contracts `query` selects, and their fulfilment as of
/// `now`'s day, to `path`, headers in `lang`.
pub fn export_deliveries(
    store: &Store,
    query: &ContractQuery,
    lang: Lang,
    now: NaiveDateTime,
    path: &Path,
) -> Result<()> {
    let today = now.date();
    let contracts = store.contracts(query)?;
    // Drafts and archived contracts have none: the core leaves them out.
    let fulfilments: HashMap<String, Fulfilment> = store
        .all_fulfilments(today)?
        .into_iter()
        .map(|f| (f.contract_id.clone(), f))
        .collect();
    // Which payment is late is the core's rule; the sheet only marks it.
    let late: HashSet<&str> = fulfilments
        .values()
        .flat_map(|f| f.late_payments.iter().map(|p| p.delivery_id.as_str()))
        .collect();
    let styles = Styles::new();
    let formats = Formats::new();
    let mut workbook = new_workbook(words::DELIVERY_REGISTER, lang, now)?;

    // A district's few hundred contracts may have tens of thousands of deliveries:
    // that sheet streams, in rust_xlsxwriter's constant-memory mode.
    let sheet = workbook.add_worksheet_with_constant_memory()?;
    let mut grid = Grid::start(
        sheet,
        words::SHEET_DELIVERIES,
        &DELIVERY_HEADERS,
        lang,
        &styles,
    )?;
    for c in contracts
        .iter()
        .filter(|c| c.status != ContractStatus::Draft)
    {
        let mut deliveries = store.deliveries(&c.id)?;
        // The core lists the newest first; a delivery book reads in date order.
        deliveries.reverse();
        for d in &deliveries {
            let late = late.contains(d.id.as_str());
            grid.row(delivery_cells(c, d, late, lang, &formats))?;
        }
    }
    let rows = grid.finish()?;

    let sheet = workbook.add_worksheet();
    let deliveries = quoted(words::SHEET_DELIVERIES.pick(lang));
    let mut grid = Grid::start(
        sheet,
        words::SHEET_FULFILMENT,
        &FULFILMENT_HEADERS,
        lang,
        &styles,
    )?;
    let mut totals = Totals::default();
    for c in &contracts {
        let Some(f) = fulfilments.get(&c.id) else {
            continue;
        };
        let row = grid.next_row();
        let currency = f.currency.unwrap_or(DELIVERY_CURRENCY);
        totals.add(currency, f);
        let cells = fulfilment_cells(c, f, currency, row, &deliveries, today, lang, &formats);
        grid.row(cells)?;
    }
    let contract_rows = grid.rows;
    totals.write(&mut grid, contract_rows, lang, &formats)?;
    grid.finish()?;

    let about = About {
        register: words::DELIVERY_REGISTER,
        rows,
        filters: contract_filters(store, query, lang)?,
    };
    write_export_sheet(&mut workbook, store, &about, lang, now, &styles)?;
    save(&mut workbook, path)
}

/// The currency the core reads a delivery in when its contract names none.
const DELIVERY_CURRENCY: Currency = Currency::Khr;

const DELIVERY_HEADERS: [Text; 17] = [
    words::NUMBER,
    words::GROUPS,
    words::BUYER,
    words::PRODUCT,
    words::DELIVERED_ON,
    words::GRADES,
    words::ACCEPTED,
    words::REJECTED,
    words::UNIT,
    words::REASON,
    words::AMOUNT,
    words::CURRENCY,
    words::PAID,
    words::PAID_ON,
    words::DUE_ON,
    words::LATE_PAYMENT,
    words::NOTES,
];
/// The deliveries' columns the fulfilment sheet's formulas read.
const D_NUMBER: ColNum = 0;
const D_DATE: ColNum = 4;
const D_ACCEPTED: ColNum = 6;
const D_REJECTED: ColNum = 7;
const D_AMOUNT: ColNum = 10;
const D_PAID: ColNum = 12;
const D_LATE: ColNum = 15;

fn delivery_cells<'a>(
    c: &'a ContractSummary,
    d: &'a Delivery,
    late: bool,
    lang: Lang,
    f: &'a Formats,
) -> [Cell<'a>; 17] {
    let grades: Vec<String> = d
        .grades
        .iter()
        .map(|g| {
            let line = format!(
                "{} × {}",
                grouped(f.quantity(g.quantity)),
                grouped(f.money(g.price, d.currency))
            );
            if g.grade.is_empty() {
                line
            } else {
                format!("{}: {line}", g.grade)
            }
        })
        .collect();
    [
        Cell::text(&c.number),
        Cell::Text(c.group_names.join(", ").into()),
        Cell::text(&c.buyer_name),
        Cell::text(product_name(&c.product, lang)),
        date_cell(&d.delivered_on),
        Cell::Text(grades.join("; ").into()),
        Cell::Number(f.quantity(d.accepted)),
        Cell::Number(f.quantity(d.rejected_quantity)),
        Cell::label(labels::unit(c.product.unit), lang),
        Cell::text(&d.rejected_reason),
        Cell::Number(f.money(d.amount, d.currency)),
        Cell::text(d.currency.as_str()),
        Cell::Number(f.money(d.paid_amount, d.currency)),
        date_cell(d.paid_on.as_deref().unwrap_or_default()),
        date_cell(&d.due_on),
        Cell::label(labels::yes_no(late), lang),
        Cell::text(&d.notes),
    ]
}

const FULFILMENT_HEADERS: [Text; 19] = [
    words::NUMBER,
    words::STATUS,
    words::GROUPS,
    words::BUYER,
    words::PRODUCT,
    words::UNIT,
    words::CONTRACTED,
    words::DUE_BY_EXPORT,
    words::DELIVERED,
    words::SHORTFALL,
    words::SHARE_DELIVERED,
    words::REJECTED,
    words::CURRENCY,
    words::AMOUNT,
    words::PAID,
    words::UNPAID,
    words::LATE_DELIVERY,
    words::LATE_SINCE,
    words::LATE_PAYMENTS,
];
const F_NUMBER: ColNum = 0;
const F_CONTRACTED: ColNum = 6;
const F_DUE: ColNum = 7;
const F_DELIVERED: ColNum = 8;
const F_CURRENCY: ColNum = 12;
const F_AMOUNT: ColNum = 13;
const F_PAID: ColNum = 14;
const F_UNPAID: ColNum = 15;

#[allow(clippy::too_many_arguments)]
fn fulfilment_cells<'a>(
    c: &'a ContractSummary,
    fl: &'a Fulfilment,
    currency: Currency,
    row: RowNum,
    deliveries: &str,
    today: NaiveDate,
    lang: Lang,
    f: &'a Formats,
) -> [Cell<'a>; 19] {
    let column = |col: ColNum| {
        let name = column_number_to_name(col);
        format!("{deliveries}!${name}:${name}")
    };
    let this = format!("${}{}", column_number_to_name(F_NUMBER), row + 1);
    let of_contract = |col: ColNum| format!("=SUMIFS({},{},{this})", column(col), column(D_NUMBER));
    let (due, delivered) = (cell(row, F_DUE), cell(row, F_DELIVERED));
    let yes = labels::yes_no(true).pick(lang);
    let no = labels::yes_no(false).pick(lang);
    // Only a contract in force can be late (the core's rule); a closed one stays "no"
    // whatever is corrected.
    let in_force = c.status.in_force();
    let late_delivery = if in_force {
        Cell::Formula(
            Formula::new(format!(
                "=IF(ROUND({due}-{delivered},3)>0,\"{yes}\",\"{no}\")"
            )),
            Shown::Text(labels::yes_no(fl.late_delivery).pick(lang)),
        )
    } else {
        Cell::label(labels::yes_no(false), lang)
    };
    let money = |amount: i64| f.money(amount, currency);
    [
        Cell::text(&c.number),
        Cell::label(status(c.status), lang),
        Cell::Text(c.group_names.join(", ").into()),
        Cell::text(&c.buyer_name),
        Cell::text(product_name(&c.product, lang)),
        Cell::label(labels::unit(c.product.unit), lang),
        Cell::Number(f.quantity(fl.contracted)),
        Cell::Number(f.quantity(fl.due_by_today)),
        // The core counts what was delivered by the day of the export.
        Cell::Formula(
            Formula::new(format!(
                "=SUMIFS({},{},{this},{},\"<=\"&DATE({},{},{}))",
                column(D_ACCEPTED),
                column(D_NUMBER),
                column(D_DATE),
                today.year(),
                today.month(),
                today.day()
            )),
            Shown::Number(f.quantity(fl.delivered)),
        ),
        Cell::Formula(
            Formula::new(format!("=MAX(0,ROUND({due}-{delivered},3))")),
            Shown::Number(f.quantity(fl.shortfall)),
        ),
        Cell::Formula(
            Formula::new(format!(
                "=IF({total}>0,{delivered}/{total},\"\")",
                total = cell(row, F_CONTRACTED)
            )),
            if fl.contracted > 0.0 {
                Shown::Number(f.share(fl.delivered / fl.contracted))
            } else {
                Shown::Text("")
            },
        ),
        Cell::Formula(
            Formula::new(of_contract(D_REJECTED)),
            Shown::Number(f.quantity(fl.rejected)),
        ),
        Cell::text(currency.as_str()),
        Cell::Formula(
            Formula::new(of_contract(D_AMOUNT)),
            Shown::Number(money(fl.amount)),
        ),
        Cell::Formula(
            Formula::new(of_contract(D_PAID)),
            Shown::Number(money(fl.paid)),
        ),
        Cell::Formula(
            Formula::new(format!(
                "=ROUND({}-{},2)",
                cell(row, F_AMOUNT),
                cell(row, F_PAID)
            )),
            Shown::Number(money(fl.amount - fl.paid)),
        ),
        late_delivery,
        date_cell(fl.late_since.as_deref().unwrap_or_default()),
        Cell::Formula(
            Formula::new(format!(
                "=COUNTIFS({},{this},{},\"{yes}\")",
                column(D_NUMBER),
                column(D_LATE)
            )),
            Shown::Number(f.count(fl.late_payments.len() as f64)),
        ),
    ]
}

/// Money of the fulfilment sheet per currency, in minor units.
#[derive(Default)]
struct Totals {
    /// (currency, amount, paid); riel first when written.
    sums: Vec<(Currency, i64, i64)>,
}

impl Totals {
    fn add(&mut self, currency: Currency, f: &Fulfilment) {
        match self.sums.iter_mut().find(|(c, _, _)| *c == currency) {
            Some((_, amount, paid)) => {
                *amount += f.amount;
                *paid += f.paid;
            }
            None => self.sums.push((currency, f.amount, f.paid)),
        }
    }

    /// A totals row per currency under the table, a blank row apart (outside the
    /// autofilter, so sorting the table leaves them where they are).
    fn write(&self, grid: &mut Grid<'_>, rows: u32, lang: Lang, f: &Formats) -> Result<()> {
        if rows == 0 {
            return Ok(());
        }
        let range = |col: ColNum| {
            let name = column_number_to_name(col);
            format!("${name}$2:${name}${}", rows + 1)
        };
        let mut sums = self.sums.clone();
        sums.sort_by_key(|(c, _, _)| *c != Currency::Khr);
        for (row, (currency, amount, paid)) in (rows + 2..).zip(sums) {
            let code = currency.as_str();
            let label = format!("{} ({code})", words::TOTAL.pick(lang));
            grid.put(row, 0, Cell::Text(label.into()), Some(&f.total_label))?;
            grid.put(row, F_CURRENCY, Cell::text(code), Some(&f.total_label))?;
            for (col, value) in [
                (F_AMOUNT, amount),
                (F_PAID, paid),
                (F_UNPAID, amount - paid),
            ] {
                let formula = Formula::new(format!(
                    "=SUMIF({},\"{code}\",{})",
                    range(F_CURRENCY),
                    range(col)
                ));
                let shown = Shown::Number(f.money(value, currency));
                grid.put(
                    row,
                    col,
                    Cell::Formula(formula, shown),
                    Some(f.total(currency)),
                )?;
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------
// Cells.

fn product_name(p: &Product, lang: Lang) -> &str {
    let (preferred, other) = match lang {
        Lang::Km => (&p.name_km, &p.name_en),
        Lang::En => (&p.name_en, &p.name_km),
    };
    if preferred.is_empty() {
        other
    } else {
        preferred
    }
}

/// "H7".
fn cell(row: RowNum, col: ColNum) -> String {
    format!("{}{}", column_number_to_name(col), row + 1)
}

/// A sheet's name as a formula refers to it.
fn quoted(sheet: &str) -> String {
    format!("'{}'", sheet.replace('\'', "''"))
}

/// A date cell; a date the rules did not write is kept as typed.
fn date_cell(iso: &str) -> Cell<'_> {
    if iso.is_empty() {
        return Cell::Empty;
    }
    excel_date(iso).map_or(Cell::text(iso), Cell::Date)
}

/// A number as its format shows it: "19,000", "4.50", "12.5".
fn grouped(n: Num<'_>) -> String {
    let text = format!("{:.*}", n.decimals, n.value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if n.value < 0.0 {
        out.push('-');
    }
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    // As a quantity's format shows it: no trailing zeros.
    let fraction = if n.trim {
        fraction.trim_end_matches('0')
    } else {
        fraction
    };
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
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

impl Num<'_> {
    fn width(&self) -> f64 {
        let shown = if self.percent {
            Num {
                value: self.value * 100.0,
                percent: false,
                ..*self
            }
        } else {
            *self
        };
        grouped(shown).len() as f64 + f64::from(u8::from(self.percent)) + 1.0
    }
}

struct Formats {
    whole: Format,
    fraction: Format,
    riel: Format,
    dollars: Format,
    share: Format,
    total_label: Format,
    total_riel: Format,
    total_dollars: Format,
}

impl Formats {
    fn new() -> Formats {
        let number = |f: &str| base_format().set_num_format(f);
        let total = |f: Format| f.set_bold().set_border_top(FormatBorder::Double);
        Formats {
            whole: number("#,##0"),
            fraction: number("#,##0.0##"),
            riel: number("#,##0"),
            dollars: number("#,##0.00"),
            share: number("0.0%"),
            total_label: total(base_format()),
            total_riel: total(number("#,##0")),
            total_dollars: total(number("#,##0.00")),
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

    /// `amount` in minor units of `currency`, written in its major units.
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

    fn total(&self, currency: Currency) -> &Format {
        match currency {
            Currency::Khr => &self.total_riel,
            Currency::Usd => &self.total_dollars,
        }
    }

    fn count(&self, n: f64) -> Num<'_> {
        Num {
            value: n,
            format: &self.whole,
            decimals: 0,
            trim: false,
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
    Text(&'static str),
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

/// A sheet with a frozen, filterable header row, written row by row in order (one of
/// them streams), measuring its columns as it goes.
struct Grid<'w> {
    sheet: &'w mut Worksheet,
    date: Format,
    header_widths: Vec<f64>,
    widths: Vec<f64>,
    header_height: u32,
    /// Data rows written so far; the header is row 0.
    rows: u32,
}

impl<'w> Grid<'w> {
    fn start(
        sheet: &'w mut Worksheet,
        name: Text,
        headers: &[Text],
        lang: Lang,
        styles: &Styles,
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
        sheet.set_freeze_panes(1, 1)?;
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
            header_height: header_height(lines),
            rows: 0,
        })
    }

    fn next_row(&self) -> RowNum {
        self.rows + 1
    }

    fn row<const N: usize>(&mut self, cells: [Cell<'_>; N]) -> Result<()> {
        let row = self.next_row();
        if row == 1 {
            // As on the registers (xlsx.rs `Table::row`): a streamed sheet takes the
            // header's height only now, while row 0 is still the current row.
            self.sheet.set_row_height_pixels(0, self.header_height)?;
        }
        for (col, value) in (0..).zip(cells) {
            self.put(row, col, value, None)?;
        }
        self.rows = row;
        Ok(())
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
                n.width()
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
                n.width()
            }
            Cell::Formula(formula, Shown::Text(text)) => {
                let formula = formula.set_result(text);
                match format {
                    Some(f) => self.sheet.write_formula_with_format(row, col, formula, f)?,
                    None => self.sheet.write_formula(row, col, formula)?,
                };
                text_width(text)
            }
        };
        if let Some(widest) = self.widths.get_mut(usize::from(col)) {
            *widest = widest.max(width);
        }
        Ok(())
    }

    /// Sets the columns' widths and the autofilter; returns the number of data rows.
    fn finish(self) -> Result<u32> {
        let last_col = ColNum::try_from(self.widths.len().saturating_sub(1))
            .map_err(|_| XlsxError::RowColumnLimitError)?;
        for (col, (header, data)) in (0..).zip(self.header_widths.iter().zip(&self.widths)) {
            let width = header.max((data + 1.0).min(MAX_WIDTH)).max(MIN_WIDTH);
            self.sheet.set_column_width(col, width)?;
        }
        self.sheet.autofilter(0, 0, self.rows, last_col)?;
        Ok(self.rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_formulas_read_the_columns_they_name() {
        assert_eq!(
            CONTRACT_HEADERS[usize::from(C_TOTAL)],
            words::TOTAL_QUANTITY
        );
        assert_eq!(CONTRACT_HEADERS[usize::from(C_DELIVERED)], words::DELIVERED);
        let d = |c: ColNum| DELIVERY_HEADERS[usize::from(c)];
        assert_eq!(d(D_NUMBER), words::NUMBER);
        assert_eq!(d(D_DATE), words::DELIVERED_ON);
        assert_eq!(d(D_ACCEPTED), words::ACCEPTED);
        assert_eq!(d(D_REJECTED), words::REJECTED);
        assert_eq!(d(D_AMOUNT), words::AMOUNT);
        assert_eq!(d(D_PAID), words::PAID);
        assert_eq!(d(D_LATE), words::LATE_PAYMENT);
        let f = |c: ColNum| FULFILMENT_HEADERS[usize::from(c)];
        assert_eq!(f(F_NUMBER), words::NUMBER);
        assert_eq!(f(F_CONTRACTED), words::CONTRACTED);
        assert_eq!(f(F_DUE), words::DUE_BY_EXPORT);
        assert_eq!(f(F_DELIVERED), words::DELIVERED);
        assert_eq!(f(F_CURRENCY), words::CURRENCY);
        assert_eq!(f(F_AMOUNT), words::AMOUNT);
        assert_eq!(f(F_PAID), words::PAID);
        assert_eq!(f(F_UNPAID), words::UNPAID);
    }

    #[test]
    fn headers_wrap_onto_two_lines_at_most() {
        for h in CONTRACT_HEADERS
            .iter()
            .chain(&DELIVERY_HEADERS)
            .chain(&FULFILMENT_HEADERS)
        {
            for text in [h.km, h.en] {
                let (width, lines) = wrap_header(text);
                assert!(lines <= 2, "{text:?} takes {lines} lines");
                assert!(width <= MAX_WIDTH, "{text:?} is {width} wide");
            }
        }
    }

    #[test]
    fn numbers_read_as_their_formats_show_them() {
        let f = Formats::new();
        assert_eq!(grouped(f.money(1_234_500, Currency::Khr)), "1,234,500");
        assert_eq!(grouped(f.money(45, Currency::Usd)), "0.45");
        assert_eq!(grouped(f.money(123_456, Currency::Usd)), "1,234.56");
        assert_eq!(grouped(f.quantity(4_000.0)), "4,000");
        assert_eq!(grouped(f.quantity(12.5)), "12.5");
        assert_eq!(grouped(f.money(-500, Currency::Khr)), "-500");
        assert_eq!(f.share(0.5).width(), "50.0%".len() as f64 + 1.0);
        assert_eq!(quoted("Bob's"), "'Bob''s'");
    }
}
