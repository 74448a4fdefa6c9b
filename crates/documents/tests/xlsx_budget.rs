//! The budget report of the demo district, read back from its XML (with the `unzip`
//! program: the checks say so and pass where it is missing). Every spent, left and
//! total figure must carry the core's `budget_overview` to the cent as its cached
//! result, and agree with what the journal sheets add up to; the formulas must read
//! the journal sheets; a reversed pair must cancel out.

// The helpers below read files the tests just wrote: a failure is the test failing.
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use chrono::{NaiveDate, NaiveDateTime};
use cluster_core::{
    ActivityLine, BudgetOverview, Currency, ExpenditureInput, Lang, SlgQuery, Store,
};
use cluster_documents::files;
use cluster_documents::labels;
use cluster_documents::labels::activity_line as line_label;
use cluster_documents::xlsx_budget::{export_budget_report, words};

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(9, 30, 0))
        .unwrap()
}

fn demo() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.load_demo(now()).unwrap();
    store
}

const YEAR: i32 = 2026;

// ---------------------------------------------------------------------------------
// Reading the workbook back (as tests/xlsx_contracts.rs does).

fn unzip(file: &Path, member: &str) -> Option<String> {
    let out = match Command::new("unzip")
        .arg("-p")
        .arg(file)
        .arg(member)
        .output()
    {
        Ok(out) => out,
        Err(e) => {
            eprintln!("NOTE: `unzip` is not available ({e}); the sheet XML checks are skipped");
            return None;
        }
    };
    assert!(out.status.success(), "unzip {member}");
    Some(String::from_utf8(out.stdout).unwrap())
}

/// One `<c>` element.
#[derive(Debug, Clone)]
struct XCell {
    r: String,
    tag: String,
    inner: String,
    shared_value: Option<String>,
}

impl XCell {
    fn col(&self) -> &str {
        self.r.trim_end_matches(|c: char| c.is_ascii_digit())
    }

    fn row(&self) -> u32 {
        self.r[self.col().len()..].parse().unwrap()
    }

    fn formula(&self) -> Option<String> {
        between(&self.inner, "<f>", "</f>").map(unescape)
    }

    /// The text, the number or the formula's cached result, as written.
    fn value(&self) -> String {
        if let Some(v) = &self.shared_value {
            return v.clone();
        }
        match attr(&self.tag, "t").as_deref() {
            Some("inlineStr") => texts(&self.inner),
            _ => between(&self.inner, "<v>", "</v>")
                .map(unescape)
                .unwrap_or_default(),
        }
    }

    fn number(&self) -> f64 {
        let v = self.value();
        v.parse()
            .unwrap_or_else(|_| panic!("{} holds {v:?}, not a number", self.r))
    }
}

struct Sheet {
    cells: HashMap<String, XCell>,
    rows: u32,
}

impl Sheet {
    fn get(&self, r: &str) -> Option<&XCell> {
        self.cells.get(r)
    }

    fn text(&self, col: &str, row: u32) -> String {
        self.get(&format!("{col}{row}"))
            .map(XCell::value)
            .unwrap_or_default()
    }

    fn number(&self, col: &str, row: u32) -> f64 {
        self.get(&format!("{col}{row}"))
            .unwrap_or_else(|| panic!("{col}{row} is empty"))
            .number()
    }

    fn formula(&self, col: &str, row: u32) -> String {
        self.get(&format!("{col}{row}"))
            .and_then(XCell::formula)
            .unwrap_or_else(|| panic!("{col}{row} has no formula"))
    }

    /// The header row's columns by their text.
    fn column(&self, header: &str) -> String {
        self.cells
            .values()
            .find(|c| c.row() == 1 && c.value() == header)
            .map(|c| c.col().to_owned())
            .unwrap_or_else(|| panic!("no column {header:?}"))
    }
}

struct Book {
    names: Vec<String>,
    sheets: Vec<Sheet>,
}

impl Book {
    fn open(path: &Path) -> Option<Book> {
        let workbook = unzip(path, "xl/workbook.xml")?;
        let names: Vec<String> = workbook
            .match_indices("<sheet ")
            .map(|(i, _)| attr(&workbook[i..], "name").unwrap())
            .collect();
        let listing = Command::new("unzip").arg("-l").arg(path).output().ok()?;
        let shared: Vec<String> =
            if String::from_utf8_lossy(&listing.stdout).contains("xl/sharedStrings.xml") {
                unzip(path, "xl/sharedStrings.xml")?
                    .split("<si>")
                    .skip(1)
                    .map(|si| texts(si.split("</si>").next().unwrap()))
                    .collect()
            } else {
                Vec::new()
            };
        let sheets = (1..=names.len())
            .map(|n| {
                let xml = unzip(path, &format!("xl/worksheets/sheet{n}.xml")).unwrap();
                sheet(&xml, &shared)
            })
            .collect();
        Some(Book { names, sheets })
    }
}

fn sheet(xml: &str, shared: &[String]) -> Sheet {
    let mut cells = HashMap::new();
    let mut rows = 0;
    for (i, _) in xml.match_indices("<c r=\"") {
        let rest = &xml[i..];
        let gt = rest.find('>').unwrap();
        let tag = rest[..gt].to_owned();
        let inner = if tag.ends_with('/') {
            String::new()
        } else {
            rest[gt + 1..rest.find("</c>").unwrap()].to_owned()
        };
        let shared_value = (attr(&tag, "t").as_deref() == Some("s")).then(|| {
            let k: usize = between(&inner, "<v>", "</v>").unwrap().parse().unwrap();
            shared[k].clone()
        });
        let cell = XCell {
            r: attr(&tag, "r").unwrap(),
            tag,
            inner,
            shared_value,
        };
        // A styled blank is no value.
        if cell.inner.is_empty() {
            continue;
        }
        rows = rows.max(cell.row());
        cells.insert(cell.r.clone(), cell);
    }
    Sheet { cells, rows }
}

fn texts(xml: &str) -> String {
    let mut out = String::new();
    for (i, _) in xml.match_indices("<t") {
        let rest = &xml[i..];
        let Some(gt) = rest.find('>') else { continue };
        if !matches!(&rest[..gt + 1], "<t>" | "<t xml:space=\"preserve\">") {
            continue;
        }
        out.push_str(&unescape(&rest[gt + 1..rest.find("</t>").unwrap()]));
    }
    out
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = start + tag[start..].find('"')?;
    Some(unescape(&tag[start..end]))
}

fn between<'x>(text: &'x str, open: &str, close: &str) -> Option<&'x str> {
    let start = text.find(open)? + open.len();
    Some(&text[start..start + text[start..].find(close)?])
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// A sheet's value in cents, where it holds dollars with at most two decimals.
fn cents(s: &Sheet, col: &str, row: u32) -> i64 {
    let v = s.number(col, row);
    let c = (v * 100.0).round();
    assert!(
        (v * 100.0 - c).abs() < 1e-6,
        "{col}{row} holds {v}, not whole cents"
    );
    c as i64
}

fn write(store: &Store, lang: Lang) -> Option<(tempfile::TempDir, Book)> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("budget-report.xlsx");
    export_budget_report(store, YEAR, lang, now(), &path).unwrap();
    assert!(std::fs::read(&path).unwrap().starts_with(b"PK\x03\x04"));
    let book = Book::open(&path)?;
    Some((dir, book))
}

/// The rows of `s` whose column `col` reads `text`.
fn rows_where(s: &Sheet, col: &str, text: &str) -> Vec<u32> {
    (2..=s.rows).filter(|&r| s.text(col, r) == text).collect()
}

/// What the expenditures sheet's own cells give for a commune and line, in cents.
fn journal_spent(e: &Sheet, code: &str, line: &str) -> i64 {
    let (c, l, usd) = (
        e.column(words::COMMUNE_CODE.en),
        e.column(words::LINE.en),
        e.column(words::USD.en),
    );
    let sum: f64 = (2..=e.rows)
        .filter(|&r| e.text(&c, r) == code && e.text(&l, r) == line)
        .map(|r| e.number(&usd, r))
        .sum();
    (sum * 100.0).round() as i64
}

/// Checks the plan sheet against the core's overview and the expenditures sheet.
fn check_plan(book: &Book, b: &BudgetOverview) {
    let (p, e) = (&book.sheets[0], &book.sheets[2]);
    let (code, line, planned, spent, left, used) = (
        p.column(words::COMMUNE_CODE.en),
        p.column(words::LINE.en),
        p.column(words::PLANNED.en),
        p.column(words::SPENT.en),
        p.column(words::LEFT.en),
        p.column(words::USED.en),
    );
    let journal = format!("'{}'!", words::SHEET_EXPENDITURES.en);
    let (e_code, e_line, e_usd) = (
        e.column(words::COMMUNE_CODE.en),
        e.column(words::LINE.en),
        e.column(words::USD.en),
    );
    assert!(!b.communes.is_empty());
    for c in &b.communes {
        let ours = rows_where(p, &code, &c.commune.code);
        // Seven lines, the commune's total, its envelope and what is left of it.
        assert_eq!(
            ours.len(),
            ActivityLine::ALL.len() + 3,
            "{}",
            c.commune.code
        );
        assert_eq!(c.lines.len(), ActivityLine::ALL.len());
        for l in &c.lines {
            let label = line_label(l.line).en;
            let row = *ours
                .iter()
                .find(|&&r| p.text(&line, r) == label)
                .unwrap_or_else(|| panic!("{} has no row {label:?}", c.commune.code));
            assert_eq!(cents(p, &planned, row), l.planned_cents);
            assert_eq!(cents(p, &spent, row), l.spent_cents, "{label} spent");
            assert_eq!(cents(p, &left, row), l.planned_cents - l.spent_cents);
            assert_eq!(journal_spent(e, &c.commune.code, label), l.spent_cents);
            if l.planned_cents > 0 {
                let share = p.number(&used, row);
                let expected = l.spent_cents as f64 / l.planned_cents as f64;
                assert!((share - expected).abs() < 1e-12, "{share} ≠ {expected}");
            }
            assert_eq!(
                p.formula(&spent, row),
                format!(
                    "ROUND(SUMIFS({journal}${e_usd}:${e_usd},{journal}${e_code}:${e_code},\
                     ${code}{row},{journal}${e_line}:${e_line},${line}{row}),2)"
                )
            );
            assert_eq!(
                p.formula(&left, row),
                format!("ROUND({planned}{row}-{spent}{row},2)")
            );
        }
        let total = ours
            .iter()
            .copied()
            .find(|&r| p.text(&line, r) == words::COMMUNE_TOTAL.en)
            .unwrap();
        assert_eq!(cents(p, &planned, total), c.planned_cents);
        assert_eq!(cents(p, &spent, total), c.spent_cents);
        assert_eq!(cents(p, &left, total), c.planned_cents - c.spent_cents);
        let first = ours[0];
        assert_eq!(
            p.formula(&spent, total),
            format!("SUM({spent}{first}:{spent}{})", total - 1)
        );
        let envelope = ours
            .iter()
            .copied()
            .find(|&r| p.text(&line, r) == words::ENVELOPE.en)
            .unwrap();
        assert_eq!(cents(p, &planned, envelope), c.envelope_cents);
        let rest = ours
            .iter()
            .copied()
            .find(|&r| p.text(&line, r) == words::LEFT_OF_ENVELOPE.en)
            .unwrap();
        assert_eq!(cents(p, &left, rest), c.left_cents, "left of envelope");
        assert_eq!(
            p.formula(&left, rest),
            format!("ROUND({planned}{envelope}-{spent}{total},2)")
        );
    }

    // All target communes: each line, the grand total, the envelopes, what is left.
    let all = p.column(words::COMMUNE.en);
    let district = rows_where(p, &all, words::ALL_COMMUNES.en);
    assert_eq!(district.len(), ActivityLine::ALL.len() + 3);
    for (i, &row) in district.iter().take(ActivityLine::ALL.len()).enumerate() {
        let l = ActivityLine::ALL[i];
        assert_eq!(p.text(&line, row), line_label(l).en);
        let spent_cents: i64 = b.communes.iter().map(|c| c.lines[i].spent_cents).sum();
        let planned_cents: i64 = b.communes.iter().map(|c| c.lines[i].planned_cents).sum();
        assert_eq!(cents(p, &spent, row), spent_cents);
        assert_eq!(cents(p, &planned, row), planned_cents);
        assert!(p.formula(&spent, row).starts_with("ROUND(SUMIFS($E$2:$E$"));
    }
    let grand = district[ActivityLine::ALL.len()];
    assert_eq!(p.text(&line, grand), words::GRAND_TOTAL.en);
    assert_eq!(cents(p, &planned, grand), b.planned_cents);
    assert_eq!(cents(p, &spent, grand), b.spent_cents);
    assert_eq!(cents(p, &left, grand), b.planned_cents - b.spent_cents);
    assert_eq!(cents(p, &planned, grand + 1), b.envelope_cents);
    assert_eq!(cents(p, &left, grand + 2), b.envelope_cents - b.spent_cents);
    // Every district row's sums stop above the district's block.
    let last_block = district[0] - 2;
    assert!(
        p.formula(&spent, district[0])
            .contains(&format!("$E$2:$E${last_block},"))
    );
    assert_eq!(p.rows, grand + 2, "nothing under the district's block");
}

/// Checks the SLG sheet against the core and the distributions sheet.
fn check_slgs(book: &Book, b: &BudgetOverview) {
    let (s, d) = (&book.sheets[1], &book.sheets[3]);
    let (id, envelope, distributed, left, households) = (
        s.column(words::SLG_ID.en),
        s.column(words::ENVELOPE.en),
        s.column(words::DISTRIBUTED.en),
        s.column(words::LEFT.en),
        s.column(words::HOUSEHOLDS.en),
    );
    let (d_id, d_usd) = (d.column(words::SLG_ID.en), d.column(words::USD.en));
    let journal = format!("'{}'!", words::SHEET_DISTRIBUTIONS.en);
    assert!(b.slgs.len() >= 4, "the demo's SLGs");
    for (row, slg) in (2..).zip(&b.slgs) {
        assert_eq!(s.text("A", row), slg.slg_name);
        assert_eq!(s.text(&id, row), slg.slg_id);
        assert_eq!(s.number(&households, row), f64::from(slg.households));
        assert_eq!(cents(s, &envelope, row), slg.envelope_cents);
        assert_eq!(cents(s, &distributed, row), slg.distributed_cents);
        assert_eq!(cents(s, &left, row), slg.left_cents);
        let given: f64 = rows_where(d, &d_id, &slg.slg_id)
            .iter()
            .map(|&r| d.number(&d_usd, r))
            .sum();
        assert_eq!((given * 100.0).round() as i64, slg.distributed_cents);
        assert_eq!(
            s.formula(&distributed, row),
            format!(
                "ROUND(SUMIFS({journal}${d_usd}:${d_usd},{journal}${d_id}:${d_id},${id}{row}),2)"
            )
        );
    }
    let last = b.slgs.len() as u32 + 1;
    let total = last + 2;
    assert_eq!(s.text("A", total), words::TOTAL.en);
    assert!(
        s.get(&format!("A{}", last + 1)).is_none(),
        "a blank row apart"
    );
    assert_eq!(cents(s, &envelope, total), b.slg_envelope_cents);
    assert_eq!(cents(s, &distributed, total), b.distributed_cents);
    assert_eq!(
        cents(s, &left, total),
        b.slg_envelope_cents - b.distributed_cents
    );
    assert_eq!(
        s.formula(&distributed, total),
        format!("SUM({distributed}2:{distributed}{last})")
    );
    let given = b.slgs.iter().filter(|x| x.distributed_cents > 0).count();
    assert!(given >= 4, "the demo gave inputs to four SLGs: {given}");
}

#[test]
fn plan_vs_actual_and_slg_envelopes_carry_the_cores_figures_to_the_cent() {
    let store = demo();
    let Some((_dir, book)) = write(&store, Lang::En) else {
        return;
    };
    assert_eq!(
        book.names,
        [
            words::SHEET_PLAN.en,
            words::SHEET_SLGS.en,
            words::SHEET_EXPENDITURES.en,
            words::SHEET_DISTRIBUTIONS.en,
            labels::sheet::EXPORT.en
        ]
    );
    let b = store.budget_overview(YEAR).unwrap();
    assert_eq!(b.communes.len(), 4, "the demo's four target communes");
    assert!(b.spent_cents > 0 && b.distributed_cents > 0);
    check_plan(&book, &b);
    check_slgs(&book, &b);
    // A row per entry in each journal.
    let journal = store.expenditures(YEAR, None).unwrap();
    let given = store.distributions(YEAR, None).unwrap();
    assert!(journal.len() >= 10 && given.len() >= 40);
    assert_eq!(book.sheets[2].rows as usize, journal.len() + 1);
    assert_eq!(book.sheets[3].rows as usize, given.len() + 1);
}

#[test]
fn a_reversed_pair_sums_to_zero_and_says_what_it_reverses() {
    let mut store = demo();
    // The demo reversed a duplicate expenditure; reverse a distribution too.
    let first = store.distributions(YEAR, None).unwrap().remove(0);
    store
        .reverse_distribution(&first.id, "ផ្ដល់ខុសគ្រួសារ", now())
        .unwrap();
    let Some((_dir, book)) = write(&store, Lang::En) else {
        return;
    };
    for sheet in [&book.sheets[2], &book.sheets[3]] {
        let (no, reverses, reversed_by, usd) = (
            sheet.column(words::NUMBER.en),
            sheet.column(words::REVERSES.en),
            sheet.column(words::REVERSED_BY.en),
            sheet.column(words::USD.en),
        );
        let amount = sheet.column(words::AMOUNT.en);
        let reversals: Vec<u32> = (2..=sheet.rows)
            .filter(|&r| sheet.get(&format!("{reverses}{r}")).is_some())
            .collect();
        assert_eq!(reversals.len(), 1, "one reversal in each journal");
        let r = reversals[0];
        let n = sheet.number(&reverses, r) as u32;
        let original = rows_where(sheet, &no, &n.to_string());
        assert_eq!(original.len(), 1);
        let o = original[0];
        assert_ne!(o, r);
        assert_eq!(sheet.number(&reversed_by, o), sheet.number(&no, r));
        assert!(sheet.number(&usd, r) < 0.0);
        assert_eq!(cents(sheet, &usd, r) + cents(sheet, &usd, o), 0);
        assert_eq!(
            sheet.number(&amount, r) + sheet.number(&amount, o),
            0.0,
            "the amounts in their currency cancel too"
        );
    }
    // The overview counts neither; nor does the sheet.
    let b = store.budget_overview(YEAR).unwrap();
    check_plan(&book, &b);
    check_slgs(&book, &b);
}

#[test]
fn new_entries_in_riel_and_dollars_move_the_figures_as_the_core_does() {
    let mut store = demo();
    let before = store.budget_overview(YEAR).unwrap();
    let office = store.require_office().unwrap();
    let commune = office.target_communes[3].code.clone();
    // 123,457 riel at 4,103 a dollar is 3,008.94… cents: the core rounds to 3,009.
    for (amount, currency, rate) in [
        (123_457, Currency::Khr, Some(4_103)),
        (1_999, Currency::Usd, None),
    ] {
        store
            .save_expenditure(
                &ExpenditureInput {
                    spent_on: "2026-11-20".into(),
                    line: Some(ActivityLine::Monitoring),
                    commune_code: commune.clone(),
                    amount: Some(amount),
                    currency: Some(currency),
                    rate,
                    payee: "មន្ត្រីតាមដាន".into(),
                    description: String::new(),
                    voucher: "D-099".into(),
                    event: None,
                    over_reason: String::new(),
                    over_by: String::new(),
                    confirmed: true,
                },
                now(),
            )
            .unwrap();
    }
    let b = store.budget_overview(YEAR).unwrap();
    assert_eq!(b.spent_cents, before.spent_cents + 3_009 + 1_999);
    let Some((_dir, book)) = write(&store, Lang::En) else {
        return;
    };
    check_plan(&book, &b);
    let e = &book.sheets[2];
    let rows = rows_where(e, &e.column(words::VOUCHER.en), "D-099");
    assert_eq!(rows.len(), 2);
    let (amount, rate, usd, currency) = (
        e.column(words::AMOUNT.en),
        e.column(words::RATE.en),
        e.column(words::USD.en),
        e.column(words::CURRENCY.en),
    );
    let riel = rows
        .iter()
        .copied()
        .find(|&r| e.text(&currency, r) == "KHR")
        .unwrap();
    assert_eq!(e.number(&amount, riel), 123_457.0);
    assert_eq!(e.number(&rate, riel), 4_103.0);
    assert_eq!(cents(e, &usd, riel), 3_009);
    let dollars = rows
        .iter()
        .copied()
        .find(|&r| e.text(&currency, r) == "USD")
        .unwrap();
    assert_eq!(e.number(&amount, dollars), 19.99);
    assert!(
        e.get(&format!("{rate}{dollars}")).is_none(),
        "no rate for dollars"
    );
}

#[test]
fn headers_follow_the_language_and_the_folder_export_never_replaces_a_file() {
    let store = demo();
    assert_eq!(store.settings().unwrap().language, Lang::Km);
    let dir = tempfile::tempdir().unwrap();
    let first = files::export_budget_report(&store, dir.path(), now()).unwrap();
    let second = files::export_budget_report(&store, dir.path(), now()).unwrap();
    assert_eq!(first.file_name().unwrap(), "budget-report 2026-11-23.xlsx");
    assert_eq!(
        second.file_name().unwrap(),
        "budget-report 2026-11-23-2.xlsx"
    );
    let Some(book) = Book::open(&first) else {
        return;
    };
    assert_eq!(
        book.names,
        [
            words::SHEET_PLAN.km,
            words::SHEET_SLGS.km,
            words::SHEET_EXPENDITURES.km,
            words::SHEET_DISTRIBUTIONS.km,
            labels::sheet::EXPORT.km
        ]
    );
    let p = &book.sheets[0];
    assert_eq!(p.text("A", 1), words::COMMUNE_CODE.km);
    assert_eq!(p.text("C", 2), line_label(ActivityLine::Dissemination).km);
    assert_eq!(
        p.text("C", 8),
        "ការតាមដាន និងវាយតម្លៃ",
        "the seventh line, worded"
    );
    // The formulas name the Khmer sheets.
    let formula = p.formula("E", 2);
    assert!(
        formula.contains(&format!("'{}'!", words::SHEET_EXPENDITURES.km)),
        "{formula}"
    );
    let s = &book.sheets[1];
    let slgs = store.slgs(&SlgQuery::default()).unwrap().rows;
    assert!(slgs.iter().any(|x| x.name == s.text("A", 2)));
    assert!(
        s.formula("F", 2)
            .contains(&format!("'{}'!", words::SHEET_DISTRIBUTIONS.km))
    );
}

#[test]
fn every_sheet_is_frozen_and_the_journals_filter() {
    let store = demo();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("budget-report.xlsx");
    export_budget_report(&store, YEAR, Lang::Km, now(), &path).unwrap();
    for n in 1..=4 {
        let Some(xml) = unzip(&path, &format!("xl/worksheets/sheet{n}.xml")) else {
            return;
        };
        assert!(xml.contains("state=\"frozen\""), "sheet {n} is frozen");
        assert!(xml.contains("<cols>"), "sheet {n} has column widths");
        assert_eq!(xml.contains("<autoFilter"), n >= 2, "sheet {n}");
    }
}
