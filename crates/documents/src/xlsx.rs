//! Spreadsheet exports of the registers. Each workbook has the register's sheet (a
//! frozen, filterable header row over one row per record) and an "Export" sheet that
//! says what was exported, when, by which office and with which filters, so a file
//! sent to the province explains itself.
//!
//! Register sheets are written in rust_xlsxwriter's constant-memory mode: rows go to
//! a temporary file as they come from the store, so a province of 144,000 households
//! needs a few megabytes, not hundreds. That mode only accepts rows in order; nothing
//! here goes back to an earlier row (column widths, the autofilter and the frozen
//! pane are sheet settings, written when the file is saved).

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::path::Path;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use cluster_core::household::PAGE_SIZE_MAX;
use cluster_core::{
    Buyer, BuyerQuery, CoreError, Household, HouseholdQuery, Lang, Place, Slg, SlgQuery, Store,
};
use rust_xlsxwriter::{
    ColNum, Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, IgnoreError,
    RowNum, Workbook, Worksheet, XlsxError,
};

use crate::error::{DocError, Result};
use crate::labels::{self, buyer, common, export, household, place, sheet, slg};
use crate::lang::Text;

/// Every cell's font. It has every Khmer glyph; where it is not installed, Excel and
/// LibreOffice substitute one that has them (Latin letters come from a fallback font
/// in any case: Noto Sans Khmer has none).
pub(crate) const FONT: &str = "Noto Sans Khmer";
const FONT_SIZE: f64 = 11.0;
/// Noto Sans Khmer's line is 1.36 em: 15 pt (20 px) at 11 pt holds a Khmer line's
/// stacked subscripts and vowels, and is Excel's usual default, so rows stay automatic.
const ROW_HEIGHT_PX: u32 = 20;
const HEADER_LINE_PX: f64 = 21.0;
/// rust_xlsxwriter's standard column metrics (64 px, 7 px digits): widths below are
/// in Excel's character units of that size.
const DEFAULT_COLUMN_PX: u32 = 64;
pub(crate) const MIN_WIDTH: f64 = 6.0;
/// Longer values (addresses, product lists) run on into the next cell, or are cut at
/// the edge, rather than make one column fill the screen.
pub(crate) const MAX_WIDTH: f64 = 60.0;
/// Room for the autofilter's drop-down button beside a header.
const BUTTON_WIDTH: f64 = 2.5;
/// Headers wrap onto at most this many lines. The layout breaks only at spaces, so a
/// program that also breaks between Khmer words (LibreOffice does) needs no more.
const HEADER_LINES: usize = 2;
pub(crate) const BOLD_FACTOR: f64 = 1.1;
const PROGRESS_EVERY: u32 = 500;
/// Excel's paper size code for A4.
pub(crate) const A4: u8 = 9;
/// Day/month/year, as dates are written in Cambodia (and in the window).
const DATE_FORMAT: &str = "dd/mm/yyyy";
const DATE_WIDTH: f64 = 10.0;
const DATETIME_FORMAT: &str = "dd/mm/yyyy hh:mm";
const DATETIME_WIDTH: f64 = 16.0;

/// Writes the households `query` selects (every page, in its sort order) to `path`
/// and returns how many rows were written. `progress(done, total)` is told the total
/// first, then every few hundred rows, then `(rows, rows)` once the file is saved.
pub fn export_households(
    store: &Store,
    query: &HouseholdQuery,
    lang: Lang,
    now: NaiveDateTime,
    path: &Path,
    progress: &mut dyn FnMut(u32, u32),
) -> Result<u32> {
    let styles = Styles::new();
    let mut workbook = new_workbook(household::REGISTER, lang, now)?;
    let worksheet = workbook.add_worksheet_with_constant_memory()?;
    let mut table = Table::start(
        worksheet,
        sheet::HOUSEHOLDS,
        &HOUSEHOLD_HEADERS,
        lang,
        &styles,
    )?;
    // Both of the store's callbacks report progress.
    let progress = RefCell::new(progress);
    let total = Cell::new(0);
    // `each` answers in the core's error type: a spreadsheet failure is kept here, the
    // scan is stopped with a stand-in error, and the real one is returned.
    let mut failure: Option<DocError> = None;
    let scanned = store.each_household(
        query,
        now,
        |t| {
            total.set(t);
            (progress.borrow_mut())(0, t);
        },
        |h| {
            let done = table
                .row(household_cells(&h, lang))
                .map_err(|e| stop(&mut failure, e))?;
            if done % PROGRESS_EVERY == 0 {
                (progress.borrow_mut())(done, total.get().max(done));
            }
            Ok(())
        },
    );
    if let Some(e) = failure {
        return Err(e);
    }
    scanned?;
    let rows = table.finish(&[HOUSEHOLD_ID_CARD])?;
    let about = About {
        register: household::REGISTER,
        rows,
        filters: household_filters(store, query, lang)?,
    };
    write_export_sheet(&mut workbook, store, &about, lang, now, &styles)?;
    save(&mut workbook, path)?;
    (progress.into_inner())(rows, rows);
    Ok(rows)
}

/// Writes the SLGs `query` selects (every page) to `path`; returns the row count.
pub fn export_slgs(
    store: &Store,
    query: &SlgQuery,
    lang: Lang,
    now: NaiveDateTime,
    path: &Path,
    progress: &mut dyn FnMut(u32, u32),
) -> Result<u32> {
    let about = Paged {
        register: slg::REGISTER,
        sheet: sheet::SLGS,
        headers: &SLG_HEADERS,
    };
    let filters = slg_filters(store, query, lang)?;
    let page = |n| {
        let query = SlgQuery {
            page: n,
            page_size: PAGE_SIZE_MAX,
            ..query.clone()
        };
        store.slgs(&query).map(|p| (p.rows, p.total))
    };
    export_pages(
        store,
        &about,
        filters,
        lang,
        now,
        path,
        progress,
        page,
        |s| slg_cells(s, lang),
    )
}

/// Writes the buyers and input suppliers `query` selects (every page) to `path`;
/// returns the row count.
pub fn export_buyers(
    store: &Store,
    query: &BuyerQuery,
    lang: Lang,
    now: NaiveDateTime,
    path: &Path,
    progress: &mut dyn FnMut(u32, u32),
) -> Result<u32> {
    let about = Paged {
        register: buyer::REGISTER,
        sheet: sheet::BUYERS,
        headers: &BUYER_HEADERS,
    };
    let page = |n| {
        let query = BuyerQuery {
            page: n,
            page_size: PAGE_SIZE_MAX,
            ..query.clone()
        };
        store.buyers(&query).map(|p| (p.rows, p.total))
    };
    let filters = buyer_filters(query, lang);
    export_pages(
        store,
        &about,
        filters,
        lang,
        now,
        path,
        progress,
        page,
        |b| buyer_cells(b, lang),
    )
}

/// What a paged register's export is called and its columns.
struct Paged<'a> {
    register: Text,
    sheet: Text,
    headers: &'a [Text],
}

/// Writes a register read page by page (`page(n)` gives rows and the total) — the
/// small registers, SLGs and buyers; households stream instead.
#[allow(clippy::too_many_arguments)]
fn export_pages<R, const N: usize>(
    store: &Store,
    paged: &Paged<'_>,
    filters: Vec<Filter>,
    lang: Lang,
    now: NaiveDateTime,
    path: &Path,
    progress: &mut dyn FnMut(u32, u32),
    mut page: impl FnMut(u32) -> cluster_core::Result<(Vec<R>, u32)>,
    cells: impl Fn(&R) -> [Value<'_>; N],
) -> Result<u32> {
    let styles = Styles::new();
    let mut workbook = new_workbook(paged.register, lang, now)?;
    let worksheet = workbook.add_worksheet_with_constant_memory()?;
    let mut table = Table::start(worksheet, paged.sheet, paged.headers, lang, &styles)?;
    for n in 0.. {
        let (rows, total) = page(n)?;
        if n == 0 {
            progress(0, total);
        }
        if rows.is_empty() {
            break;
        }
        for r in &rows {
            table.row(cells(r))?;
        }
        progress(table.rows, total.max(table.rows));
    }
    let rows = table.finish(&[])?;
    let about = About {
        register: paged.register,
        rows,
        filters,
    };
    write_export_sheet(&mut workbook, store, &about, lang, now, &styles)?;
    save(&mut workbook, path)?;
    progress(rows, rows);
    Ok(rows)
}

// ---------------------------------------------------------------------------------
// The registers' columns. A header array and its row function have the same length
// by type, so a column cannot be added to one and forgotten in the other.

const HOUSEHOLD_HEADERS: [Text; 18] = [
    household::HEAD_NAME_KM,
    household::HEAD_NAME_LATIN,
    common::SEX,
    household::BIRTH_YEAR,
    household::AGE,
    household::YOUTH,
    household::SIZE,
    household::WOMEN,
    place::VILLAGE_KM,
    place::VILLAGE_LATIN,
    place::COMMUNE_KM,
    place::COMMUNE_LATIN,
    household::ID_POOR,
    household::INDIGENOUS,
    household::SLG,
    common::PHONE,
    household::ID_CARD,
    common::ARCHIVED,
];
/// ID card numbers are digits kept as text (leading zeros, more digits than a number
/// keeps exactly); Excel is told not to flag them as numbers stored as text.
const HOUSEHOLD_ID_CARD: ColNum = 16;

fn household_cells(h: &Household, lang: Lang) -> [Value<'_>; 18] {
    [
        Value::text(&h.head_name_km),
        Value::text(&h.head_name_latin),
        Value::label(labels::sex(h.sex), lang),
        Value::Number(h.birth_year.into()),
        Value::Number(h.age.into()),
        Value::label(labels::yes_no(h.is_youth), lang),
        Value::Number(h.size.into()),
        Value::Number(h.women.into()),
        Value::text(&h.village.name_km),
        Value::text(&h.village.name_en),
        Value::text(&h.commune.name_km),
        Value::text(&h.commune.name_en),
        Value::label(labels::id_poor(h.id_poor), lang),
        Value::label(labels::yes_no(h.indigenous), lang),
        Value::text(h.slg_name.as_deref().unwrap_or_default()),
        Value::Text(phone(&h.phone)),
        Value::text(&h.id_card),
        Value::label(labels::yes_no(h.archived), lang),
    ]
}

const SLG_HEADERS: [Text; 9] = [
    slg::NAME,
    place::COMMUNE_KM,
    place::COMMUNE_LATIN,
    place::VILLAGE_KM,
    place::VILLAGE_LATIN,
    slg::CEW,
    slg::FORMED_ON,
    slg::MEMBERS,
    common::ARCHIVED,
];

fn slg_cells(s: &Slg, lang: Lang) -> [Value<'_>; 9] {
    let village = s.village.as_ref();
    [
        Value::text(&s.name),
        Value::text(&s.commune.name_km),
        Value::text(&s.commune.name_en),
        Value::text(village.map_or("", |v| &v.name_km)),
        Value::text(village.map_or("", |v| &v.name_en)),
        Value::text(s.cew_name.as_deref().unwrap_or_default()),
        match s.formed_on.as_deref() {
            None => Value::Empty,
            // A date the core's rules did not write (an old file, a merge) is kept as
            // it was typed rather than dropped.
            Some(iso) => excel_date(iso).map_or(Value::text(iso), Value::Date),
        },
        Value::Number(s.member_count.into()),
        Value::label(labels::yes_no(s.archived), lang),
    ]
}

const BUYER_HEADERS: [Text; 8] = [
    buyer::NAME,
    buyer::KIND,
    buyer::CONTACT_PERSON,
    common::PHONE,
    buyer::LOCATION,
    buyer::ADDRESS,
    buyer::PRODUCTS,
    common::ARCHIVED,
];

fn buyer_cells(b: &Buyer, lang: Lang) -> [Value<'_>; 8] {
    [
        Value::text(&b.name),
        Value::label(labels::buyer_kind(b.kind), lang),
        Value::text(&b.contact_person),
        Value::Text(phone(&b.phone)),
        Value::Text(Cow::Owned(location(&b.location_path, lang))),
        Value::text(&b.address),
        Value::text(&b.products),
        Value::label(labels::yes_no(b.archived), lang),
    ]
}

/// A phone number as the window shows it ("012 345 678"); anything else as stored.
/// The spaces also keep spreadsheets from reading it as a number and losing the 0.
pub(crate) fn phone(digits: &str) -> Cow<'_, str> {
    let national = digits.starts_with('0')
        && (9..=10).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit());
    if !national {
        return Cow::Borrowed(digits);
    }
    Cow::Owned(format!(
        "{} {} {}",
        &digits[..3],
        &digits[3..6],
        &digits[6..]
    ))
}

/// A place in the language, or in the other script when that name is missing.
pub(crate) fn place_name(place: &Place, lang: Lang) -> &str {
    let (preferred, other) = match lang {
        Lang::Km => (&place.name_km, &place.name_en),
        Lang::En => (&place.name_en, &place.name_km),
    };
    if preferred.is_empty() {
        other
    } else {
        preferred
    }
}

/// A place path as people write an address, most precise first: "Kruos, Rolea B'ier, …".
fn location(path: &[Place], lang: Lang) -> String {
    path.iter()
        .rev()
        .map(|p| place_name(p, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn excel_date(iso: &str) -> Option<ExcelDateTime> {
    let date = NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok()?;
    ExcelDateTime::from_ymd(
        u16::try_from(date.year()).ok()?,
        u8::try_from(date.month()).ok()?,
        u8::try_from(date.day()).ok()?,
    )
    .ok()
}

fn excel_datetime(at: NaiveDateTime) -> Result<ExcelDateTime> {
    let out_of_range = || XlsxError::ParameterError(format!("{at} is outside Excel's dates"));
    let date = ExcelDateTime::from_ymd(
        u16::try_from(at.year()).map_err(|_| out_of_range())?,
        u8::try_from(at.month()).map_err(|_| out_of_range())?,
        u8::try_from(at.day()).map_err(|_| out_of_range())?,
    )?;
    Ok(date.and_hms(
        u16::try_from(at.hour()).map_err(|_| out_of_range())?,
        u8::try_from(at.minute()).map_err(|_| out_of_range())?,
        at.second(),
    )?)
}

// ---------------------------------------------------------------------------------
// Writing a register sheet.

/// One cell of a register row.
pub(crate) enum Value<'a> {
    Text(Cow<'a, str>),
    Number(f64),
    Date(ExcelDateTime),
    Empty,
}

impl<'a> Value<'a> {
    pub(crate) fn text(text: &'a str) -> Value<'a> {
        Value::Text(Cow::Borrowed(text))
    }

    pub(crate) fn label(text: Text, lang: Lang) -> Value<'static> {
        Value::Text(Cow::Borrowed(text.pick(lang)))
    }
}

pub(crate) struct Styles {
    pub(crate) header: Format,
    pub(crate) label: Format,
    pub(crate) left: Format,
    pub(crate) date: Format,
    pub(crate) datetime: Format,
}

impl Styles {
    pub(crate) fn new() -> Styles {
        Styles {
            header: base_format()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color(Color::RGB(0x00E2_EFDA))
                .set_border(FormatBorder::Thin),
            label: base_format().set_bold(),
            left: base_format().set_align(FormatAlign::Left),
            date: base_format()
                .set_num_format(DATE_FORMAT)
                .set_align(FormatAlign::Left),
            datetime: base_format()
                .set_num_format(DATETIME_FORMAT)
                .set_align(FormatAlign::Left),
        }
    }
}

/// A format starts from Calibri unless told otherwise, whatever the workbook's default.
pub(crate) fn base_format() -> Format {
    Format::new().set_font_name(FONT).set_font_size(FONT_SIZE)
}

pub(crate) fn new_workbook(register: Text, lang: Lang, now: NaiveDateTime) -> Result<Workbook> {
    let mut workbook = Workbook::new();
    workbook.set_default_format(&base_format(), ROW_HEIGHT_PX, DEFAULT_COLUMN_PX)?;
    // The creation time is the export's, not the clock's: time is passed in.
    let properties = DocProperties::new()
        .set_title(register.pick(lang))
        .set_creation_datetime(&excel_datetime(now)?);
    workbook.set_properties(&properties);
    Ok(workbook)
}

/// A register sheet being written row by row, measuring its columns as it goes.
pub(crate) struct Table<'w> {
    sheet: &'w mut Worksheet,
    date: Format,
    /// What each header needs, in character units (already wrapped).
    header_widths: Vec<f64>,
    /// The widest value seen in each column.
    widths: Vec<f64>,
    /// Pixels, for the header's wrapped lines.
    header_height: u32,
    /// Data rows written so far; the header is row 0.
    rows: u32,
}

impl<'w> Table<'w> {
    pub(crate) fn start(
        sheet: &'w mut Worksheet,
        name: Text,
        headers: &[Text],
        lang: Lang,
        styles: &Styles,
    ) -> Result<Table<'w>> {
        sheet.set_name(name.pick(lang))?;
        let texts: Vec<&str> = headers.iter().map(|h| h.pick(lang)).collect();
        let mut header_widths = Vec::with_capacity(texts.len());
        let mut lines = 1;
        for (col, text) in (0..).zip(&texts) {
            sheet.write_string_with_format(0, col, *text, &styles.header)?;
            let (width, n) = wrap_header(text);
            header_widths.push(width + BUTTON_WIDTH + 1.0);
            lines = lines.max(n);
        }
        sheet.set_freeze_panes(1, 0)?;
        // Printed from the spreadsheet, a register runs over A4 pages across: each
        // page repeats the header, and its lines are drawn as on screen.
        sheet
            .set_paper_size(A4)
            .set_landscape()
            .set_print_gridlines(true)
            .set_repeat_rows(0, 0)?;
        Ok(Table {
            sheet,
            date: styles.date.clone(),
            widths: vec![0.0; header_widths.len()],
            header_widths,
            header_height: header_height(lines),
            rows: 0,
        })
    }

    /// Writes the next row and returns how many data rows are written.
    pub(crate) fn row<const N: usize>(&mut self, values: [Value<'_>; N]) -> Result<u32> {
        let row: RowNum = self.rows + 1;
        if row == 1 {
            // Excel does not grow a wrapped header row by itself, so its height is
            // set, while row 0 is still the current row (a constant-memory sheet
            // cannot come back to it). Not before: rust_xlsxwriter 0.102 writes the
            // last row twice when it has a height, and Excel then repairs the file;
            // a sheet with no rows keeps an automatic header height instead.
            self.sheet.set_row_height_pixels(0, self.header_height)?;
        }
        for (col, value) in (0..).zip(values) {
            let width = match value {
                Value::Empty => continue,
                Value::Text(text) if text.is_empty() => continue,
                Value::Text(text) => {
                    self.sheet.write_string(row, col, text.as_ref())?;
                    text_width(&text)
                }
                Value::Number(n) => {
                    self.sheet.write_number(row, col, n)?;
                    n.to_string().len() as f64
                }
                Value::Date(date) => {
                    self.sheet
                        .write_datetime_with_format(row, col, &date, &self.date)?;
                    DATE_WIDTH
                }
            };
            if let Some(widest) = self.widths.get_mut(usize::from(col)) {
                *widest = widest.max(width);
            }
        }
        self.rows = row;
        Ok(row)
    }

    /// Sets the columns' widths, the autofilter and the ignored warnings; returns the
    /// number of data rows.
    pub(crate) fn finish(self, digits_as_text: &[ColNum]) -> Result<u32> {
        let last_col = ColNum::try_from(self.widths.len().saturating_sub(1))
            .map_err(|_| XlsxError::RowColumnLimitError)?;
        for (col, (header, data)) in (0..).zip(self.header_widths.iter().zip(&self.widths)) {
            let width = header.max((data + 1.0).min(MAX_WIDTH)).max(MIN_WIDTH);
            self.sheet.set_column_width(col, width)?;
        }
        self.sheet.autofilter(0, 0, self.rows, last_col)?;
        if self.rows > 0 {
            for &col in digits_as_text {
                self.sheet.ignore_error_range(
                    1,
                    col,
                    self.rows,
                    col,
                    IgnoreError::NumberStoredAsText,
                )?;
            }
        }
        Ok(self.rows)
    }
}

pub(crate) fn header_height(lines: usize) -> u32 {
    // A few pixels over the lines' height, for the cell's border and padding.
    (lines as f64 * HEADER_LINE_PX).ceil() as u32 + 6
}

/// The narrowest width that wraps a bold header onto at most `HEADER_LINES` lines at
/// its spaces, and the number of lines it then takes.
pub(crate) fn wrap_header(text: &str) -> (f64, usize) {
    let words: Vec<f64> = text
        .split_whitespace()
        .map(|w| text_width(w) * BOLD_FACTOR)
        .collect();
    let space = text_width(" ") * BOLD_FACTOR;
    let longest = words.iter().copied().fold(0.0, f64::max);
    let whole: f64 = words.iter().sum::<f64>() + space * words.len().saturating_sub(1) as f64;
    let mut width = longest.max(whole / HEADER_LINES as f64).ceil();
    loop {
        let lines = wrapped_lines(&words, space, width);
        if lines <= HEADER_LINES || width >= whole {
            return (width, lines);
        }
        width += 0.5;
    }
}

/// How many lines greedy wrapping at spaces gives within `width`.
fn wrapped_lines(words: &[f64], space: f64, width: f64) -> usize {
    let mut lines = 1;
    let mut line = 0.0;
    for &w in words {
        if line > 0.0 && line + space + w > width {
            lines += 1;
            line = w;
        } else if line > 0.0 {
            line += space + w;
        } else {
            line = w;
        }
    }
    lines
}

/// The width a text needs, in Excel's character units (the width of a digit of the
/// default font). Khmer is measured by what takes room on the line: a consonant or an
/// independent vowel is wider than a digit, a vowel sign written beside it is
/// narrower, and signs above or below, and most consonants after a coeng (written as
/// subscripts), take none.
pub(crate) fn text_width(text: &str) -> f64 {
    let mut width = 0.0;
    let mut subscript = false;
    for c in text.chars() {
        let cp = u32::from(c);
        let w = match cp {
            // A subscript ro is written before its consonant; the others under it.
            0x179A if subscript => 0.5,
            _ if subscript => 0.0,
            // Coeng, invisible vowels, signs above and below, zero-width characters.
            0x17D2
            | 0x17B4
            | 0x17B5
            | 0x17B7..=0x17BD
            | 0x17C6
            | 0x17C9..=0x17D1
            | 0x17D3
            | 0x17DD
            | 0x200B..=0x200D
            | 0xFEFF => 0.0,
            // Vowel signs and signs written beside the consonant.
            0x17B6 | 0x17BE..=0x17C5 | 0x17C7 | 0x17C8 => 1.0,
            0x1780..=0x17FF | 0x19E0..=0x19FF => 1.45,
            _ if c.is_ascii_uppercase() || "mwMW@%&".contains(c) => 1.3,
            _ if " il.,:;'|!()[]-".contains(c) => 0.6,
            _ if c.is_ascii() => 1.0,
            // Anything else (other scripts, symbols): assume wide.
            _ => 1.5,
        };
        width += w;
        subscript = cp == 0x17D2;
    }
    width
}

// ---------------------------------------------------------------------------------
// The export sheet.

/// What an export holds, for its export sheet.
pub(crate) struct About {
    pub(crate) register: Text,
    pub(crate) rows: u32,
    pub(crate) filters: Vec<Filter>,
}

/// One filter of the export's query, resolved to names.
pub(crate) struct Filter {
    pub(crate) label: Text,
    pub(crate) value: String,
    /// The gazetteer code of a place filter, to match other files by.
    pub(crate) code: Option<String>,
}

pub(crate) fn write_export_sheet(
    workbook: &mut Workbook,
    store: &Store,
    about: &About,
    lang: Lang,
    now: NaiveDateTime,
    styles: &Styles,
) -> Result<()> {
    let office = store
        .office()?
        .map(|o| match lang {
            Lang::Km if !o.name_km.is_empty() => o.name_km,
            Lang::En if !o.name_en.is_empty() => o.name_en,
            _ if o.name_km.is_empty() => o.name_en,
            _ => o.name_km,
        })
        .unwrap_or_else(|| common::NONE.pick(lang).to_owned());
    let sheet = workbook.add_worksheet();
    sheet.set_name(sheet::EXPORT.pick(lang))?;
    let program = format!("Cluster Desk {}", env!("CARGO_PKG_VERSION"));
    let mut widths = [0.0_f64; 3];
    let facts = [
        (export::REGISTER, about.register.pick(lang)),
        (export::OFFICE, office.as_str()),
        (export::EXPORTED_AT, ""),
        (export::RECORDS, ""),
        (export::PROGRAM, program.as_str()),
    ];
    for (row, (name, value)) in (0..).zip(facts) {
        widths[0] = widths[0].max(write_label(sheet, row, name, lang, styles)?);
        if !value.is_empty() {
            sheet.write_string(row, 1, value)?;
            widths[1] = widths[1].max(text_width(value));
        }
    }
    sheet.write_datetime_with_format(2, 1, &excel_datetime(now)?, &styles.datetime)?;
    sheet.write_number_with_format(3, 1, about.rows, &styles.left)?;
    widths[1] = widths[1].max(DATETIME_WIDTH);

    sheet.write_string_with_format(6, 0, export::FILTERS.pick(lang), &styles.header)?;
    sheet.write_blank(6, 1, &styles.header)?;
    sheet.write_string_with_format(6, 2, place::CODE.pick(lang), &styles.header)?;
    for (row, filter) in (7..).zip(&about.filters) {
        widths[0] = widths[0].max(write_label(sheet, row, filter.label, lang, styles)?);
        sheet.write_string(row, 1, &filter.value)?;
        widths[1] = widths[1].max(text_width(&filter.value));
        if let Some(code) = &filter.code {
            sheet.write_string(row, 2, code)?;
            widths[2] = widths[2].max(text_width(code));
        }
    }
    for (col, width) in (0..).zip(widths) {
        sheet.set_column_width(col, (width + 2.0).clamp(MIN_WIDTH + 4.0, MAX_WIDTH))?;
    }
    Ok(())
}

/// Writes a bold label in the first column; returns the width it needs.
fn write_label(
    sheet: &mut Worksheet,
    row: RowNum,
    label: Text,
    lang: Lang,
    styles: &Styles,
) -> Result<f64> {
    let text = label.pick(lang);
    sheet.write_string_with_format(row, 0, text, &styles.label)?;
    Ok(text_width(text) * BOLD_FACTOR)
}

fn search_filter(search: &str, lang: Lang) -> Filter {
    let search = search.trim();
    Filter {
        label: export::SEARCH,
        value: if search.is_empty() {
            common::NONE.pick(lang).to_owned()
        } else {
            search.to_owned()
        },
        code: None,
    }
}

fn archived_filter(include: bool, lang: Lang) -> Filter {
    Filter {
        label: export::INCLUDE_ARCHIVED,
        value: labels::yes_no(include).pick(lang).to_owned(),
        code: None,
    }
}

/// A place filter by name; an unknown code is shown as it is.
fn place_filter(
    store: &Store,
    code: Option<&str>,
    label: Text,
    all: Text,
    lang: Lang,
) -> Result<Filter> {
    let Some(code) = code.filter(|c| !c.is_empty()) else {
        return Ok(Filter {
            label,
            value: all.pick(lang).to_owned(),
            code: None,
        });
    };
    let value = match store.place(code)? {
        Some(p) => place_name(&p, lang).to_owned(),
        None => code.to_owned(),
    };
    Ok(Filter {
        label,
        value,
        code: Some(code.to_owned()),
    })
}

fn household_filters(store: &Store, query: &HouseholdQuery, lang: Lang) -> Result<Vec<Filter>> {
    let slg = match query.slg_id.as_deref().filter(|id| !id.is_empty()) {
        None => common::ALL.pick(lang).to_owned(),
        Some(id) => match store.slg(id) {
            Ok(s) => s.name,
            Err(CoreError::NotFound { .. }) => id.to_owned(),
            Err(e) => return Err(e.into()),
        },
    };
    Ok(vec![
        search_filter(&query.search, lang),
        place_filter(
            store,
            query.commune_code.as_deref(),
            place::COMMUNE,
            place::ALL_COMMUNES,
            lang,
        )?,
        place_filter(
            store,
            query.village_code.as_deref(),
            place::VILLAGE,
            place::ALL_VILLAGES,
            lang,
        )?,
        Filter {
            label: household::SLG,
            value: slg,
            code: None,
        },
        Filter {
            label: household::SORT,
            value: labels::household_sort(query.sort).pick(lang).to_owned(),
            code: None,
        },
        archived_filter(query.include_archived, lang),
    ])
}

fn slg_filters(store: &Store, query: &SlgQuery, lang: Lang) -> Result<Vec<Filter>> {
    Ok(vec![
        search_filter(&query.search, lang),
        place_filter(
            store,
            query.commune_code.as_deref(),
            place::COMMUNE,
            place::ALL_COMMUNES,
            lang,
        )?,
        archived_filter(query.include_archived, lang),
    ])
}

fn buyer_filters(query: &BuyerQuery, lang: Lang) -> Vec<Filter> {
    vec![
        search_filter(&query.search, lang),
        Filter {
            label: buyer::KIND,
            value: query
                .kind
                .map_or(buyer::ALL_KINDS, labels::buyer_kind)
                .pick(lang)
                .to_owned(),
            code: None,
        },
        archived_filter(query.include_archived, lang),
    ]
}

// ---------------------------------------------------------------------------------
// Saving.

/// Keeps a spreadsheet failure for the caller and stops the store's scan.
fn stop(failure: &mut Option<DocError>, error: DocError) -> CoreError {
    *failure = Some(error);
    CoreError::Data {
        what: "the spreadsheet export",
        detail: "stopped after a write failed".into(),
    }
}

/// Saves beside `path` and then renames, so a failure (a full disk, a power cut, the
/// old file open in Excel) never leaves half a workbook where the last good one was.
pub(crate) fn save(workbook: &mut Workbook, path: &Path) -> Result<()> {
    let io = |path: &Path, source: std::io::Error| DocError::Io {
        path: path.display().to_string(),
        source,
    };
    let Some(name) = path.file_name() else {
        return Err(io(
            path,
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name"),
        ));
    };
    let mut part_name = name.to_os_string();
    part_name.push(".part");
    let part = path.with_file_name(part_name);
    let written = match workbook.save(&part) {
        Ok(()) => std::fs::rename(&part, path).map_err(|e| io(path, e)),
        Err(XlsxError::IoError(e)) => Err(io(&part, e)),
        Err(e) => Err(e.into()),
    };
    if written.is_err() {
        // Best effort: the error that matters is the one being returned.
        let _ = std::fs::remove_file(&part);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn khmer_is_measured_by_what_takes_room() {
        // A consonant with a subscript and a vowel above is one column of glyphs.
        assert_eq!(text_width("ក្ស"), text_width("ក"));
        assert_eq!(text_width("ស្រី"), text_width("ស") + 0.5);
        assert!(text_width("កខគឃង") > text_width("abcde") * 1.3);
        assert!(text_width("ក្រុម") > text_width("កុម"));
        assert_eq!(text_width("1985"), 4.0);
    }

    #[test]
    fn headers_wrap_onto_two_lines_at_most() {
        for headers in [&HOUSEHOLD_HEADERS[..], &SLG_HEADERS, &BUYER_HEADERS] {
            for h in headers {
                for text in [h.km, h.en] {
                    let (width, lines) = wrap_header(text);
                    assert!(lines <= HEADER_LINES, "{text:?} takes {lines} lines");
                    assert!(width <= MAX_WIDTH, "{text:?} is {width} wide");
                }
            }
        }
        let (_, lines) = wrap_header("Head of household name (Latin letters)");
        assert_eq!(lines, 2);
        let (_, lines) = wrap_header("Age");
        assert_eq!(lines, 1);
    }

    #[test]
    fn phones_read_as_in_the_window_and_places_most_precise_first() {
        assert_eq!(phone("012345678"), "012 345 678");
        assert_eq!(phone("0971112222"), "097 111 2222");
        assert_eq!(phone("+85512"), "+85512");
        let p = |km: &str, en: &str| Place {
            code: String::new(),
            name_km: km.into(),
            name_en: en.into(),
        };
        let path = [p("កំពង់ឆ្នាំង", "Kampong Chhnang"), p("រលាប្អៀរ", "")];
        assert_eq!(location(&path, Lang::En), "រលាប្អៀរ, Kampong Chhnang");
        assert_eq!(location(&path, Lang::Km), "រលាប្អៀរ, កំពង់ឆ្នាំង");
    }

    #[test]
    fn the_id_card_column_is_the_one_excel_is_told_about() {
        assert_eq!(
            HOUSEHOLD_HEADERS[usize::from(HOUSEHOLD_ID_CARD)],
            household::ID_CARD
        );
    }

    #[test]
    fn dates_become_excel_serial_days() {
        let d = excel_date("2025-03-01").unwrap();
        assert_eq!(d.to_excel(), 45717.0);
        assert!(excel_date("2025-02-30").is_none());
        assert!(excel_date("1 March").is_none());
    }
}
