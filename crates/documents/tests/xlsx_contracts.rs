//! The contract register and the deliveries workbook of the demo district, read back
//! from their XML (with the `unzip` program: the checks say so and pass where it is
//! missing). The fulfilment sheet's formulas must carry the core's figures as their
//! results, and agree with what the deliveries sheet sums to; riel and dollars are
//! never added together.

// The helpers below read files the tests just wrote: a failure is the test failing.
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use chrono::{NaiveDate, NaiveDateTime};
use cluster_core::contract::minor_units;
use cluster_core::{
    ContractInput, ContractQuery, ContractStatus, Currency, DeliveryGradeInput, DeliveryInput,
    Fulfilment, Lang, PriceMechanism, Store,
};
use cluster_documents::files;
use cluster_documents::labels;
use cluster_documents::xlsx_contracts::{
    export_contracts, export_deliveries, status as status_label, words,
};

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

// ---------------------------------------------------------------------------------
// Reading the workbook back (as tests/market_study.rs does).

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

/// Excel's serial day of a date.
fn serial(iso: &str) -> f64 {
    let d = NaiveDate::parse_from_str(iso, "%Y-%m-%d").unwrap();
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30).unwrap();
    (d - epoch).num_days() as f64
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn money(amount: i64, currency: Option<Currency>) -> f64 {
    amount as f64 / minor_units(currency.unwrap_or(Currency::Khr)) as f64
}

// ---------------------------------------------------------------------------------
// The register.

#[test]
fn the_register_has_a_row_per_contract_with_its_status_and_terms() {
    let store = demo();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("contracts.xlsx");
    export_contracts(&store, &ContractQuery::default(), Lang::En, now(), &path).unwrap();
    assert!(std::fs::read(&path).unwrap().starts_with(b"PK\x03\x04"));
    let Some(book) = Book::open(&path) else {
        return;
    };
    assert_eq!(book.names, ["Contracts", "Export"]);
    let s = &book.sheets[0];
    let contracts = store.contracts(&ContractQuery::default()).unwrap();
    assert_eq!(contracts.len(), 4, "the demo's four contracts");
    assert_eq!(s.rows, 5, "a header and one row per contract");
    let (number, status, currency, price, total, delivered, share) = (
        s.column(words::NUMBER.en),
        s.column(words::STATUS.en),
        s.column(words::CURRENCY.en),
        s.column(words::PRICE.en),
        s.column(words::TOTAL_QUANTITY.en),
        s.column(words::DELIVERED.en),
        s.column(words::SHARE_DELIVERED.en),
    );
    let mut statuses = Vec::new();
    for (row, summary) in (2..).zip(&contracts) {
        let contract = store.contract(&summary.id).unwrap();
        assert_eq!(
            s.text(&number, row),
            contract.number,
            "the register's order"
        );
        assert_eq!(s.text(&status, row), status_label(contract.status).en);
        statuses.push(contract.status);
        let c = contract.terms.currency.unwrap();
        assert_eq!(s.text(&currency, row), c.as_str());
        if let Some(p) = contract.terms.price {
            assert!(close(s.number(&price, row), money(p, Some(c))));
        }
        assert!(close(s.number(&delivered, row), contract.delivered));
        let expected = contract.delivered / contract.terms.total_quantity.unwrap();
        assert!(close(
            s.number(&total, row),
            contract.terms.total_quantity.unwrap()
        ));
        assert!(close(s.number(&share, row), expected), "row {row}");
        assert_eq!(
            s.formula(&share, row),
            format!("IF({total}{row}>0,{delivered}{row}/{total}{row},\"\")")
        );
    }
    statuses.sort_by_key(|s| s.as_str());
    assert_eq!(
        statuses,
        [
            ContractStatus::Active,
            ContractStatus::Active,
            ContractStatus::Completed,
            ContractStatus::Draft
        ]
    );
    // The draft is in dollars: 45 cents a kilogram is written as 0.45.
    let draft = (2..6)
        .find(|&r| s.text(&status, r) == words::DRAFT.en)
        .unwrap();
    assert_eq!(s.text(&currency, draft), "USD");
    assert!(close(s.number(&price, draft), 0.45));
    assert_eq!(s.text(&s.column(words::COMPLETE.en), draft), "No");
}

#[test]
fn headers_follow_the_language_and_the_folder_export_never_replaces_a_file() {
    let store = demo();
    let dir = tempfile::tempdir().unwrap();
    let first =
        files::export_contracts(&store, &ContractQuery::default(), dir.path(), now()).unwrap();
    let second =
        files::export_contracts(&store, &ContractQuery::default(), dir.path(), now()).unwrap();
    assert_eq!(first.file_name().unwrap(), "contracts 2026-11-23.xlsx");
    assert_eq!(second.file_name().unwrap(), "contracts 2026-11-23-2.xlsx");
    let deliveries =
        files::export_deliveries(&store, &ContractQuery::default(), dir.path(), now()).unwrap();
    assert_eq!(
        deliveries.file_name().unwrap(),
        "deliveries 2026-11-23.xlsx"
    );
    let Some(book) = Book::open(&deliveries) else {
        return;
    };
    // The demo office works in Khmer.
    assert_eq!(store.settings().unwrap().language, Lang::Km);
    assert_eq!(
        book.names,
        [
            words::SHEET_DELIVERIES.km,
            words::SHEET_FULFILMENT.km,
            labels::sheet::EXPORT.km
        ]
    );
    assert_eq!(book.sheets[0].text("A", 1), words::NUMBER.km);
    // Only active contracts are shown when asked.
    let active = ContractQuery {
        status: Some(ContractStatus::Active),
        ..Default::default()
    };
    let path = dir.path().join("active.xlsx");
    export_contracts(&store, &active, Lang::Km, now(), &path).unwrap();
    let book = Book::open(&path).unwrap();
    assert_eq!(book.sheets[0].rows, 3);
    assert_eq!(book.sheets[0].text("B", 2), words::ACTIVE.km);
}

// ---------------------------------------------------------------------------------
// Deliveries and fulfilment.

/// The deliveries sheet's rows of one contract number.
fn rows_of(s: &Sheet, number: &str) -> Vec<u32> {
    (2..=s.rows).filter(|&r| s.text("A", r) == number).collect()
}

fn fulfilments(store: &Store) -> HashMap<String, Fulfilment> {
    store
        .all_fulfilments(now().date())
        .unwrap()
        .into_iter()
        .map(|f| (f.contract_id.clone(), f))
        .collect()
}

/// Checks the fulfilment sheet against the core and against the deliveries sheet, for
/// every contract that is not a draft.
fn check_fulfilment(store: &Store, book: &Book) {
    let (d, f) = (&book.sheets[0], &book.sheets[1]);
    let en = |t: cluster_documents::Text| t.en;
    let dc = |t| d.column(en(t));
    let (d_date, d_accepted, d_amount, d_paid, d_late) = (
        dc(words::DELIVERED_ON),
        dc(words::ACCEPTED),
        dc(words::AMOUNT),
        dc(words::PAID),
        dc(words::LATE_PAYMENT),
    );
    let fc = |t| f.column(en(t));
    let (delivered, unpaid, amount, paid, share, shortfall, late_count, late) = (
        fc(words::DELIVERED),
        fc(words::UNPAID),
        fc(words::AMOUNT),
        fc(words::PAID),
        fc(words::SHARE_DELIVERED),
        fc(words::SHORTFALL),
        fc(words::LATE_PAYMENTS),
        fc(words::LATE_DELIVERY),
    );
    let core = fulfilments(store);
    let contracts = store.contracts(&ContractQuery::default()).unwrap();
    let in_sheet: Vec<_> = contracts
        .iter()
        .filter(|c| c.status != ContractStatus::Draft)
        .collect();
    let today = serial(&now().date().to_string());
    let mut row = 1;
    for c in &in_sheet {
        row += 1;
        let fl = &core[&c.id];
        assert_eq!(f.text("A", row), c.number);
        let ours = rows_of(d, &c.number);
        let deliveries = store.deliveries(&c.id).unwrap();
        assert_eq!(ours.len(), deliveries.len(), "{}", c.number);

        // What the SUMIFS adds up, from the deliveries sheet's own cells …
        let sum = |col: &str, by_today: bool| -> f64 {
            ours.iter()
                .filter(|&&r| !by_today || d.number(&d_date, r) <= today)
                .map(|&r| d.number(col, r))
                .sum()
        };
        // … and from the core's deliveries.
        let accepted: f64 = deliveries.iter().map(|x| x.accepted).sum();
        let invoiced: i64 = deliveries.iter().map(|x| x.amount).sum();
        let settled: i64 = deliveries.iter().map(|x| x.paid_amount).sum();
        assert!(close(accepted, fl.delivered), "{accepted} {}", fl.delivered);
        assert_eq!((invoiced, settled), (fl.amount, fl.paid));

        let cached = f.number(&delivered, row);
        assert!(close(cached, fl.delivered), "{cached} ≠ {}", fl.delivered);
        assert!((sum(&d_accepted, true) - cached).abs() < 1e-6);
        let m = |v: i64| money(v, fl.currency);
        assert!(close(f.number(&amount, row), m(fl.amount)));
        assert!((sum(&d_amount, false) - m(fl.amount)).abs() < 1e-6);
        assert!(close(f.number(&paid, row), m(fl.paid)));
        assert!((sum(&d_paid, false) - m(fl.paid)).abs() < 1e-6);
        assert!(close(f.number(&unpaid, row), m(fl.amount - fl.paid)));
        assert!(close(f.number(&shortfall, row), fl.shortfall));
        assert!(close(f.number(&share, row), fl.delivered / fl.contracted));
        let lates = ours
            .iter()
            .filter(|&&r| d.text(&d_late, r) == "Yes")
            .count();
        assert_eq!(lates, fl.late_payments.len(), "{}", c.number);
        assert!(close(f.number(&late_count, row), lates as f64));
        assert_eq!(
            f.text(&late, row),
            if fl.late_delivery { "Yes" } else { "No" }
        );

        // The formulas read the deliveries sheet, by contract number.
        let sheet = format!("'{}'!", words::SHEET_DELIVERIES.en);
        let formula = f.formula(&delivered, row);
        assert!(formula.starts_with("SUMIFS("), "{formula}");
        assert!(formula.contains(&format!("{sheet}${d_accepted}:${d_accepted}")));
        assert!(formula.contains(&format!("$A{row}")));
        assert!(formula.contains("DATE(2026,11,23)"), "{formula}");
        assert_eq!(
            f.formula(&unpaid, row),
            format!("ROUND({amount}{row}-{paid}{row},2)")
        );
        assert!(f.formula(&late_count, row).starts_with("COUNTIFS("));
    }
    assert!(
        f.get(&format!("A{}", row + 1)).is_none(),
        "no other contract, nor a draft"
    );
}

#[test]
fn a_row_per_delivery_and_the_fulfilment_formulas_give_the_cores_figures() {
    let store = demo();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deliveries.xlsx");
    export_deliveries(&store, &ContractQuery::default(), Lang::En, now(), &path).unwrap();
    let Some(book) = Book::open(&path) else {
        return;
    };
    assert_eq!(book.names, ["Deliveries", "Fulfilment", "Export"]);
    let contracts = store.contracts(&ContractQuery::default()).unwrap();
    let deliveries: usize = contracts
        .iter()
        .map(|c| store.deliveries(&c.id).unwrap().len())
        .sum();
    assert!(
        deliveries > 20,
        "the demo has some 25 deliveries: {deliveries}"
    );
    assert_eq!(book.sheets[0].rows as usize, deliveries + 1);
    check_fulfilment(&store, &book);

    // The demo's late contract: behind on deliveries, and one payment late.
    let f = &book.sheets[1];
    let late = f.column(words::LATE_DELIVERY.en);
    let late_rows: Vec<u32> = (2..=f.rows)
        .filter(|&r| f.text(&late, r) == "Yes")
        .collect();
    assert_eq!(late_rows.len(), 1);
    let count = f.column(words::LATE_PAYMENTS.en);
    assert!(close(f.number(&count, late_rows[0]), 1.0));
    let alerts = store.contract_alerts(now().date()).unwrap();
    assert!(alerts.iter().all(|a| a.number == f.text("A", late_rows[0])));
}

/// A second contract like the demo's on-time one, in US dollars, with a delivery half
/// paid.
fn add_dollar_contract(store: &mut Store) -> String {
    let model = store
        .contracts(&ContractQuery {
            status: Some(ContractStatus::Active),
            ..Default::default()
        })
        .unwrap()
        .into_iter()
        .map(|s| store.contract(&s.id).unwrap())
        .find(|c| c.terms.grades.is_empty())
        .unwrap();
    let mut terms = model.terms.clone();
    terms.currency = Some(Currency::Usd);
    terms.price_mechanism = Some(PriceMechanism::Fixed);
    terms.price = Some(425);
    let contract = store
        .save_contract(
            &ContractInput {
                id: None,
                group_ids: model.groups.iter().map(|g| g.id.clone()).collect(),
                buyer_id: model.buyer.id.clone(),
                product_id: model.product.id.clone(),
                terms,
                amendment_reason: String::new(),
            },
            now(),
        )
        .unwrap();
    let day = now().date() - chrono::Duration::days(30);
    store
        .sign_contract(&contract.id, &day.to_string(), now())
        .unwrap();
    store
        .save_delivery(
            &DeliveryInput {
                id: None,
                contract_id: contract.id.clone(),
                delivered_on: day.to_string(),
                grades: vec![DeliveryGradeInput {
                    grade: String::new(),
                    quantity: Some(12.5),
                    price: Some(425),
                }],
                rejected_quantity: None,
                rejected_reason: String::new(),
                paid_amount: Some(2_000),
                paid_on: day.to_string(),
                notes: String::new(),
            },
            now(),
        )
        .unwrap();
    contract.number
}

#[test]
fn riel_and_dollars_are_totalled_apart() {
    let mut store = demo();
    let dollar_number = add_dollar_contract(&mut store);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deliveries.xlsx");
    export_deliveries(&store, &ContractQuery::default(), Lang::En, now(), &path).unwrap();
    let Some(book) = Book::open(&path) else {
        return;
    };
    check_fulfilment(&store, &book);
    let (d, f) = (&book.sheets[0], &book.sheets[1]);

    // 12.5 kg at $4.25 is $53.13 (5,313 cents, rounded as the core rounds), $20 paid.
    let row = rows_of(d, &dollar_number)[0];
    assert_eq!(d.text(&d.column(words::CURRENCY.en), row), "USD");
    assert!(close(d.number(&d.column(words::AMOUNT.en), row), 53.13));
    assert!(close(d.number(&d.column(words::PAID.en), row), 20.0));
    assert!(
        d.text(&d.column(words::GRADES.en), row)
            .contains("12.5 × 4.25")
    );

    // A totals row per currency, under the table, each a SUMIF on the currency.
    let core = fulfilments(&store);
    let total = |c: Currency| -> (i64, i64) {
        core.values()
            .filter(|f| f.currency == Some(c))
            .fold((0, 0), |(a, p), f| (a + f.amount, p + f.paid))
    };
    let (amount, paid, unpaid, currency) = (
        f.column(words::AMOUNT.en),
        f.column(words::PAID.en),
        f.column(words::UNPAID.en),
        f.column(words::CURRENCY.en),
    );
    let contracts = core.len() as u32;
    let last = contracts + 1;
    for (row, c) in [(last + 2, Currency::Khr), (last + 3, Currency::Usd)] {
        let code = c.as_str();
        assert_eq!(f.text("A", row), format!("Total ({code})"));
        assert_eq!(f.text(&currency, row), code);
        let (a, p) = total(c);
        assert!(a > 0, "the demo has {code} deliveries");
        for (col, value) in [(&amount, a), (&paid, p), (&unpaid, a - p)] {
            assert!(
                close(f.number(col, row), money(value, Some(c))),
                "{col}{row}"
            );
            assert_eq!(
                f.formula(col, row),
                format!(
                    "SUMIF(${currency}$2:${currency}${last},\"{code}\",${col}$2:${col}${last})"
                )
            );
        }
    }
    assert!(f.get(&format!("A{}", last + 4)).is_none());
    // Nothing else adds up money: every other formula is one contract's row.
    let money_cols = [&amount, &paid, &unpaid];
    for cell in f.cells.values().filter(|c| c.row() <= last) {
        if let Some(formula) = cell.formula()
            && money_cols.iter().any(|c| cell.col() == c.as_str())
        {
            assert!(
                !formula.contains(':') || formula.contains(&format!("$A{}", cell.row())),
                "{}: {formula}",
                cell.r
            );
        }
    }
}

// ---------------------------------------------------------------------------------
// Figures: `cargo test --release -p cluster-documents --test xlsx_contracts -- --ignored
// --nocapture`.

fn timed(runs: usize, mut f: impl FnMut()) -> (f64, f64) {
    let mut ms: Vec<f64> = (0..runs)
        .map(|_| {
            let t = std::time::Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    ms.sort_by(f64::total_cmp);
    (ms[ms.len() / 2], ms[ms.len() - 1])
}

#[test]
#[ignore = "prints figures; run in release"]
fn figures() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deliveries.xlsx");
    let all = ContractQuery::default();
    let store = demo();
    let (median, worst) = timed(9, || {
        export_deliveries(&store, &all, Lang::Km, now(), &path).unwrap();
    });
    println!("demo, 4 contracts: deliveries.xlsx {median:.1} ms (worst {worst:.1})");
    let (median, worst) = timed(9, || {
        export_contracts(&store, &all, Lang::Km, now(), &path).unwrap();
    });
    println!("demo, 4 contracts: contracts.xlsx {median:.1} ms (worst {worst:.1})");
    for (contracts, deliveries) in [(300, 7_500), (2_000, 50_000)] {
        let data = tempfile::tempdir().unwrap();
        let mut store = Store::open_in_dir(data.path()).unwrap();
        store
            .setup_office(
                &cluster_core::OfficeInput {
                    province_code: "04".into(),
                    district_code: "0406".into(),
                    name_km: "ការិយាល័យកសិកម្មស្រុករលាប្អៀរ".into(),
                    name_en: "Rolea B'ier".into(),
                    fiscal_year: Some(2026),
                    target_communes: vec!["040610".into()],
                },
                now(),
            )
            .unwrap();
        cluster_core::synthetic::producer_groups(&mut store, contracts, contracts * 10, 7, now())
            .unwrap();
        cluster_core::contract::synthetic::contracts(&mut store, contracts, deliveries, 8, now())
            .unwrap();
        let (median, worst) = timed(3, || {
            export_deliveries(&store, &all, Lang::Km, now(), &path).unwrap();
        });
        let size = std::fs::metadata(&path).unwrap().len() / 1024;
        println!(
            "{contracts} contracts, {deliveries} deliveries: deliveries.xlsx {median:.0} ms \
             (worst {worst:.0}), {size} KiB"
        );
        let (median, _) = timed(3, || {
            store.all_fulfilments(now().date()).unwrap();
        });
        println!("  of which the core's fulfilment: {median:.0} ms");
        let (median, worst) = timed(3, || {
            export_contracts(&store, &all, Lang::Km, now(), &path).unwrap();
        });
        println!("  contracts.xlsx {median:.0} ms (worst {worst:.0})");
    }
}
