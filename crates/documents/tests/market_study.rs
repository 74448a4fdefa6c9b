//! The market study's documents from the demo district: the blank vendor interview form
//! (its text as a reader's copy gives it) and the study workbook read back from its
//! XML. The checks that need `pdftotext` or `unzip` say so and pass where they are
//! missing; the files' signatures and names are checked everywhere.

// The helpers below read files the tests just wrote: a failure is the test failing.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;

use chrono::{NaiveDate, NaiveDateTime};
use cluster_core::study::InterviewQuery;
use cluster_core::{Lang, Payment, Source, Store};
use cluster_documents::LangMode;
use cluster_documents::files::{export_market_study, print_market_interview_form};
use cluster_documents::forms::market_interview_form::{ROWS_MIN, market_interview_form};
use cluster_documents::labels::{self, sheet, study};
use cluster_documents::lang::{MONTHS_EN, MONTHS_KM, digits};
use cluster_documents::xlsx_study;

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

fn campaign_id(store: &Store) -> String {
    store.campaigns(false).unwrap().remove(0).id
}

/// Product lines of the campaign's interviews that are not archived, counted from the
/// core's own records.
fn interview_lines(store: &Store, campaign: &str) -> usize {
    let query = InterviewQuery {
        campaign_id: campaign.to_owned(),
        market_id: None,
        search: String::new(),
        include_archived: false,
        page: 0,
        page_size: 500,
    };
    let page = store.interviews(&query).unwrap();
    assert!(page.total < 500, "one page holds the demo");
    page.rows
        .iter()
        .map(|s| store.interview(&s.id).unwrap().lines.len())
        .sum()
}

fn pdftotext(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().ok()?;
    let path = dir.path().join("form.pdf");
    std::fs::write(&path, pdf).ok()?;
    // In the order drawn: a legend entry's lines stay together.
    let out = Command::new("pdftotext")
        .arg("-raw")
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ---------------------------------------------------------------------------------
// The form.

#[test]
fn the_interview_form_has_the_months_and_the_codes_in_every_mode() {
    let store = demo();
    let office = store.office().unwrap().unwrap();
    for mode in LangMode::ALL {
        let pdf = market_interview_form(Some(&office), mode).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        let Some(text) = pdftotext(&pdf) else {
            eprintln!("NOTE: pdftotext is not installed (poppler-utils): form text not checked");
            return;
        };
        let text = normalise(&text);
        let has = |s: &str| {
            assert!(
                text.contains(&normalise(s)),
                "{mode:?}: {s:?} is not on the form:\n{text}"
            );
        };
        let lang = mode.primary();
        if mode != LangMode::En {
            MONTHS_KM.iter().for_each(|m| has(m));
            has(office.name_km.as_str());
        }
        if mode != LangMode::Km {
            MONTHS_EN.iter().for_each(|m| has(&m[..3]));
            has(office.name_en.as_str());
        }
        // The legend: every source and payment with the code written for it.
        let pick = |t: cluster_documents::Text| match mode {
            LangMode::En => t.en.to_owned(),
            LangMode::Km => t.km.to_owned(),
            LangMode::KmEn => format!("{} / {}", t.km, t.en),
        };
        for (i, &s) in Source::ALL.iter().enumerate() {
            has(&format!(
                "{} {}",
                digits(i + 1, lang),
                pick(labels::source(s))
            ));
        }
        for (i, &p) in Payment::ALL
            .iter()
            .enumerate()
            .filter(|(_, p)| **p != Payment::Credit)
        {
            has(&format!(
                "{} {}",
                digits(i + 1, lang),
                pick(labels::payment(p))
            ));
        }
        for kind in cluster_core::VendorKind::ALL {
            let t = labels::vendor_kind(*kind);
            if mode != LangMode::En {
                has(t.km);
            }
            if mode != LangMode::Km {
                has(t.en);
            }
        }
        // Numbered rows, at least as many as the paper form of annex 2, on two pages.
        has(&format!(" {} ", digits(ROWS_MIN, lang)));
        let pages = match mode {
            LangMode::Km => "ទំព័រ ២ នៃ ២",
            _ => "Page 2 of 2",
        };
        has(pages);
        assert!(!text.contains("Page 3"), "{mode:?}: the form is two pages");
    }
}

#[test]
fn the_form_prints_without_an_office_and_never_over_an_earlier_print() {
    let pdf = market_interview_form(None, LangMode::Km).unwrap();
    assert!(pdf.starts_with(b"%PDF"));

    let store = demo();
    let dir = tempfile::tempdir().unwrap();
    let first = print_market_interview_form(&store, LangMode::KmEn, dir.path(), now()).unwrap();
    let second = print_market_interview_form(&store, LangMode::KmEn, dir.path(), now()).unwrap();
    assert_eq!(
        first.file_name().unwrap(),
        "market-interview-form 2026-11-23.km-en.pdf"
    );
    assert_ne!(first, second);
    assert!(second.to_string_lossy().ends_with(".km-en-2.pdf"));
}

// ---------------------------------------------------------------------------------
// Reading the workbook back.

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
#[derive(Debug)]
struct XCell {
    r: String,
    tag: String,
    inner: String,
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

    fn value(&self, shared: &[String]) -> String {
        match attr(&self.tag, "t").as_deref() {
            Some("inlineStr") => texts(&self.inner),
            Some("s") => shared[between(&self.inner, "<v>", "</v>")
                .unwrap()
                .parse::<usize>()
                .unwrap()]
            .clone(),
            _ => between(&self.inner, "<v>", "</v>")
                .map(unescape)
                .unwrap_or_default(),
        }
    }
}

struct Book {
    workbook: String,
    sheets: Vec<String>,
    shared: Vec<String>,
}

impl Book {
    fn open(path: &Path) -> Option<Book> {
        let workbook = unzip(path, "xl/workbook.xml")?;
        let count = workbook.matches("<sheet ").count();
        let sheets = (1..=count)
            .map(|n| unzip(path, &format!("xl/worksheets/sheet{n}.xml")).unwrap())
            .collect();
        let shared = unzip(path, "xl/sharedStrings.xml")?;
        Some(Book {
            workbook,
            sheets,
            shared: shared
                .split("<si>")
                .skip(1)
                .map(|si| texts(si.split("</si>").next().unwrap()))
                .collect(),
        })
    }

    fn sheet_names(&self) -> Vec<String> {
        self.workbook
            .match_indices("<sheet ")
            .map(|(i, _)| attr(&self.workbook[i..], "name").unwrap())
            .collect()
    }

    fn cells(&self, sheet: usize) -> Vec<XCell> {
        let xml = &self.sheets[sheet];
        xml.match_indices("<c r=\"")
            .map(|(i, _)| {
                let rest = &xml[i..];
                let gt = rest.find('>').unwrap();
                let tag = rest[..gt].to_owned();
                let inner = if tag.ends_with('/') {
                    String::new()
                } else {
                    rest[gt + 1..rest.find("</c>").unwrap()].to_owned()
                };
                XCell {
                    r: attr(&tag, "r").unwrap(),
                    tag,
                    inner,
                }
            })
            .collect()
    }

    fn value(&self, sheet: usize, r: &str) -> String {
        self.cells(sheet)
            .into_iter()
            .find(|c| c.r == r)
            .map(|c| c.value(&self.shared))
            .unwrap_or_default()
    }
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

const SUMMARY: usize = 0;
const CALENDAR: usize = 1;
const INTERVIEWS: usize = 2;

// ---------------------------------------------------------------------------------

#[test]
fn the_workbook_has_a_row_per_interview_line_and_the_summary_in_rank_order() {
    let store = demo();
    let campaign = campaign_id(&store);
    let lines = interview_lines(&store, &campaign);
    assert!(lines > 100, "40 interviews of a few products each: {lines}");
    let analysis = store.campaign_analysis(&campaign, None).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("study.xlsx");
    xlsx_study::export_market_study(&store, &campaign, Lang::En, now(), &path).unwrap();
    assert!(std::fs::read(&path).unwrap().starts_with(b"PK\x03\x04"));
    let Some(book) = Book::open(&path) else {
        return;
    };
    assert_eq!(
        book.sheet_names(),
        [
            sheet::SUMMARY.en,
            sheet::CALENDAR.en,
            sheet::INTERVIEWS.en,
            sheet::EXPORT.en
        ]
    );

    // Interviews: a header, then one row per line; frozen, filterable.
    let data = &book.sheets[INTERVIEWS];
    assert_eq!(data.matches("<row ").count(), lines + 1);
    assert!(data.contains("<pane ySplit=\"1\""), "frozen header");
    assert!(
        data.contains(&format!("<autoFilter ref=\"A1:AL{}\"/>", lines + 1)),
        "an autofilter over the 38 columns and every row"
    );
    let cells = book.cells(INTERVIEWS);
    let header: Vec<String> = cells
        .iter()
        .filter(|c| c.row() == 1)
        .map(|c| c.value(&book.shared))
        .collect();
    assert_eq!(header[0], study::DATE.en);
    assert_eq!(header[7], study::PRODUCT_KM.en);
    assert_eq!(header[14], "Jan");
    assert_eq!(header[26], study::PEAK_MONTHS.en);
    assert_eq!(header[37], study::PAYMENT_DAYS.en);
    // Khmer product names whatever the language, and the product of each row named in
    // the analysis.
    let products_km: Vec<String> = cells
        .iter()
        .filter(|c| c.col() == "H" && c.row() > 1)
        .map(|c| c.value(&book.shared))
        .collect();
    assert_eq!(products_km.len(), lines);
    for name in &products_km {
        assert!(
            analysis.products.iter().any(|p| &p.product.name_km == name),
            "{name:?}"
        );
    }
    // Dates are dates, months are 1 or empty.
    let date = cells.iter().find(|c| c.r == "A2").unwrap();
    assert!(attr(&date.tag, "s").is_some(), "a formatted date");
    assert!(
        cells
            .iter()
            .filter(|c| (15..=26).contains(&col_number(c.col())) && c.row() > 1)
            .all(|c| c.value(&book.shared) == "1")
    );

    // Summary: the analysis's products in rank order, the score a formula over the
    // weights, and a totals row of formulas.
    let summary = book.cells(SUMMARY);
    let header_row = summary
        .iter()
        .find(|c| c.col() == "A" && c.value(&book.shared) == study::RANK.en)
        .unwrap()
        .row();
    for (i, p) in analysis.products.iter().enumerate() {
        let row = header_row + 1 + i as u32;
        assert_eq!(book.value(SUMMARY, &format!("A{row}")), p.rank.to_string());
        assert_eq!(p.rank as usize, i + 1);
        assert_eq!(book.value(SUMMARY, &format!("B{row}")), p.product.name_en);
        assert_eq!(
            book.value(SUMMARY, &format!("F{row}")),
            p.weekly_value_khr.to_string()
        );
        let score = summary.iter().find(|c| c.r == format!("U{row}")).unwrap();
        assert!(score.formula().unwrap().starts_with("ROUND(100*("));
        assert_eq!(score.value(&book.shared), p.score.to_string());
    }
    let total_row = header_row + 1 + analysis.products.len() as u32;
    assert_eq!(
        book.value(SUMMARY, &format!("A{total_row}")),
        study::TOTAL.en
    );
    let total = |col: &str| {
        summary
            .iter()
            .find(|c| c.r == format!("{col}{total_row}"))
            .unwrap()
    };
    let last = total_row - 1;
    let first = header_row + 1;
    assert_eq!(
        total("F").formula().unwrap(),
        format!("SUM(F{first}:F{last})")
    );
    let value: i64 = analysis.products.iter().map(|p| p.weekly_value_khr).sum();
    assert_eq!(total("F").value(&book.shared), value.to_string());
    let vendors: u32 = analysis.products.iter().map(|p| p.vendors).sum();
    assert_eq!(total("D").value(&book.shared), vendors.to_string());
    assert_eq!(vendors as usize, lines, "every demo line converts");
    assert!(total("G").formula().unwrap().contains("SUMPRODUCT"));
    // The weights the score uses, above the parts.
    let w = analysis.weights;
    let weights_row = header_row - 1;
    for (col, weight) in ["Q", "R", "S", "T"]
        .iter()
        .zip([w.demand, w.gap, w.price, w.willing])
    {
        assert_eq!(
            book.value(SUMMARY, &format!("{col}{weights_row}")),
            weight.to_string()
        );
    }
    // A native chart of the weekly values beside them.
    let chart = unzip(&path, "xl/charts/chart1.xml").unwrap();
    assert!(chart.contains("<c:barChart>"));
    assert!(chart.contains(&format!("$F${first}:$F${last}")));

    // Calendar: vendors per product and month, coloured by a scale.
    let calendar = &book.sheets[CALENDAR];
    assert!(calendar.contains("<colorScale>"));
    let first_product = &analysis.products[0];
    let january = book.value(CALENDAR, "B3");
    let expected = first_product.months[0];
    assert_eq!(january, expected.to_string());
    assert_eq!(book.value(CALENDAR, "A3"), first_product.product.name_en);
}

fn col_number(col: &str) -> u32 {
    col.bytes().fold(0, |n, b| n * 26 + u32::from(b - b'A' + 1))
}

#[test]
fn archived_interviews_are_left_out_and_headers_follow_the_office_language() {
    let mut store = demo();
    let campaign = campaign_id(&store);
    let before = interview_lines(&store, &campaign);
    let query = InterviewQuery {
        campaign_id: campaign.clone(),
        market_id: None,
        search: String::new(),
        include_archived: false,
        page: 0,
        page_size: 1,
    };
    let first = store.interviews(&query).unwrap().rows.remove(0);
    let gone = store.interview(&first.id).unwrap().lines.len();
    store
        .set_interview_archived(&first.id, true, now())
        .unwrap();
    assert_eq!(interview_lines(&store, &campaign), before - gone);

    let dir = tempfile::tempdir().unwrap();
    let path = export_market_study(&store, &campaign, dir.path(), now()).unwrap();
    assert_eq!(path.file_name().unwrap(), "market-study 2026-11-23.xlsx");
    let again = export_market_study(&store, &campaign, dir.path(), now()).unwrap();
    assert_eq!(again.file_name().unwrap(), "market-study 2026-11-23-2.xlsx");
    let Some(book) = Book::open(&path) else {
        return;
    };
    // The demo office works in Khmer.
    assert_eq!(
        book.sheet_names(),
        [
            sheet::SUMMARY.km,
            sheet::CALENDAR.km,
            sheet::INTERVIEWS.km,
            sheet::EXPORT.km
        ]
    );
    assert_eq!(
        book.sheets[INTERVIEWS].matches("<row ").count(),
        before - gone + 1
    );
    assert_eq!(book.value(INTERVIEWS, "A1"), study::DATE.km);
    assert_eq!(book.value(INTERVIEWS, "O1"), MONTHS_KM[0]);
    let export = book.sheets.last().unwrap();
    assert!(export.contains("<c r=\"B4\""));
}

#[test]
fn an_unknown_campaign_is_an_error_and_leaves_no_file() {
    let store = demo();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("none.xlsx");
    let err = xlsx_study::export_market_study(&store, "no such campaign", Lang::Km, now(), &path)
        .unwrap_err();
    assert!(
        matches!(
            err,
            cluster_documents::DocError::Core(cluster_core::CoreError::NotFound { .. })
        ),
        "{err:?}"
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// The study's labels that the window also shows keep the window's words.
#[test]
fn study_labels_reuse_the_windows_wording() {
    let locales = concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/src/locales");
    let (Ok(km), Ok(en)) = (
        std::fs::read_to_string(format!("{locales}/km.json")),
        std::fs::read_to_string(format!("{locales}/en.json")),
    ) else {
        eprintln!("NOTE: the UI's locale files are not here; wording check skipped");
        return;
    };
    use cluster_core::{Unit, VendorKind};
    let mut same: Vec<(&str, cluster_documents::Text)> = vec![
        ("title", study::REGISTER),
        ("name", study::CAMPAIGN),
        ("period", study::PERIOD),
        ("markets", study::MARKETS),
        ("market", study::MARKET),
        ("interviewer", study::INTERVIEWER),
        ("vendorName", study::VENDOR),
        ("label", study::VENDOR_KIND),
        ("product", study::PRODUCT),
        ("quantity", study::QUANTITY),
        ("unit", study::UNIT),
        ("per", study::PER),
        ("months", study::MONTHS),
        ("peakMonths", study::PEAK_MONTHS),
        ("fresh", study::FRESH),
        ("packaging", study::PACKAGING),
        ("willingQuantity", study::WILLING_QUANTITY),
        ("payment", study::PAYMENT),
        ("paymentDays", study::PAYMENT_DAYS),
        ("rank", study::RANK),
        ("vendors", study::VENDORS),
        ("weekly", study::WEEKLY_DEMAND),
        ("outside", study::OUTSIDE_SHARE),
        ("imported", study::IMPORT_SHARE),
        ("willing", study::WILLING_VENDORS),
        ("score", study::SCORE),
        ("demand", study::WEIGHT_DEMAND),
        ("gap", study::WEIGHT_GAP),
        ("price", study::WEIGHT_PRICE),
        ("willing", study::WEIGHT_WILLING),
        ("interviews", sheet::INTERVIEWS),
    ];
    same.extend(Unit::ALL.iter().map(|&u| (u.as_str(), labels::unit(u))));
    same.extend(
        VendorKind::ALL
            .iter()
            .map(|&k| (k.as_str(), labels::vendor_kind(k))),
    );
    same.extend(
        Payment::ALL
            .iter()
            .map(|&p| (p.as_str(), labels::payment(p))),
    );
    // "Another district of this province": the form says which district it means.
    same.extend(
        Source::ALL
            .iter()
            .filter(|&&s| s != Source::OtherDistrict)
            .map(|&s| (s.as_str(), labels::source(s))),
    );
    let mut differ = Vec::new();
    for (key, text) in same {
        for (file, json, wording) in [("km", &km, text.km), ("en", &en, text.en)] {
            if !json.contains(&format!("\"{key}\": \"{wording}\"")) {
                differ.push(format!("{file}.json has no \"{key}\": \"{wording}\""));
            }
        }
    }
    assert!(differ.is_empty(), "{differ:#?}");
}

#[test]
fn a_campaign_without_interviews_exports_its_headers() {
    let mut store = demo();
    let office = store.office().unwrap().unwrap();
    let market = store.markets(false).unwrap().remove(0);
    let campaign = store
        .save_campaign(
            &cluster_core::CampaignInput {
                id: None,
                name: "Next season".into(),
                starts_on: "2026-12-01".into(),
                ends_on: "2026-12-20".into(),
                commune_codes: vec![office.target_communes[0].code.clone()],
                team: Vec::new(),
                markets: vec![cluster_core::CampaignMarketInput {
                    market_id: market.id,
                    target: None,
                }],
                notes: String::new(),
            },
            now(),
        )
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.xlsx");
    xlsx_study::export_market_study(&store, &campaign.id, Lang::En, now(), &path).unwrap();
    let Some(book) = Book::open(&path) else {
        return;
    };
    assert_eq!(book.sheets[INTERVIEWS].matches("<row ").count(), 1);
    assert!(
        book.cells(SUMMARY)
            .iter()
            .any(|c| c.value(&book.shared) == study::TOTAL.en),
        "the totals row, over no products"
    );
    let listing = Command::new("unzip").arg("-l").arg(&path).output().unwrap();
    assert!(
        !String::from_utf8_lossy(&listing.stdout).contains("chart"),
        "no chart of nothing"
    );
}
