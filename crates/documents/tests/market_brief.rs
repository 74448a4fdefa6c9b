//! The market brief from the demo district's study, read back as a reader copies it
//! (`pdftotext`, which takes `/ActualText`): the ranking in order, the charts' Khmer
//! shaped and copied back, an empty study's statement; and the window's SVG charts.
//! Checks that need `pdftotext` say so and pass where it is missing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use chrono::{NaiveDate, NaiveDateTime};
use cluster_core::{CampaignInput, CampaignMarketInput, Lang, Store};
use cluster_documents::LangMode;
use cluster_documents::files::{market_charts, print_market_brief};
use cluster_documents::forms::market_brief::market_brief;
use cluster_documents::labels::brief;
use cluster_documents::lang::{MONTHS_KM, digits};

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

fn brief_of(store: &Store, campaign: &str, mode: LangMode) -> Vec<u8> {
    let office = store.require_office().unwrap();
    let c = store.campaign(campaign).unwrap();
    let analysis = store.campaign_analysis(campaign, None).unwrap();
    let willing = store.willing_vendors(campaign).unwrap();
    market_brief(&office, &c, &analysis, &willing, mode, now().date()).unwrap()
}

fn pdftotext(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().ok()?;
    let path = dir.path().join("brief.pdf");
    std::fs::write(&path, pdf).ok()?;
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn pages(pdf: &[u8]) -> usize {
    // The page tree's count: "/Count 4".
    let text = String::from_utf8_lossy(pdf);
    let at = text.find("/Count").expect("a page tree");
    text[at + "/Count".len()..]
        .trim_start()
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a page count")
}

#[test]
fn the_brief_ranks_the_products_in_order_and_names_the_top_one_in_khmer() {
    let store = demo();
    let campaign = store.campaigns(false).unwrap().remove(0).id;
    let analysis = store.campaign_analysis(&campaign, None).unwrap();
    assert!(analysis.products.len() >= 10, "the demo study has products");
    let pdf = brief_of(&store, &campaign, LangMode::Km);
    assert!(pdf.starts_with(b"%PDF"));
    let Some(text) = pdftotext(&pdf) else {
        eprintln!("NOTE: pdftotext (poppler-utils) is missing: the brief's text is not checked");
        return;
    };
    let top = &analysis.products[0].product.name_km;
    assert!(text.contains(top.as_str()), "{top} is not in the brief");
    assert!(text.contains(brief::TITLE.km));
    // The ranking table, after its heading, lists every product in rank order.
    let table = text
        .find(brief::RANKING.km)
        .map(|at| &text[at..])
        .expect("the ranking heading");
    let mut from = 0;
    for p in &analysis.products {
        let name = &p.product.name_km;
        let at = table[from..]
            .find(name.as_str())
            .unwrap_or_else(|| panic!("rank {} ({name}) missing or out of order", p.rank));
        from += at + name.len();
    }
    // Scores in Khmer digits in a Khmer document.
    let score = digits(format!("{:.1}", analysis.products[0].score), Lang::Km);
    assert!(
        text.contains(&score),
        "the top score {score} in Khmer digits"
    );
    assert!(!text.contains('\u{25CC}'), "a dotted circle was printed");
}

#[test]
fn chart_text_is_shaped_by_us_and_copies_back_as_khmer() {
    let store = demo();
    let campaign = store.campaigns(false).unwrap().remove(0).id;
    let pdf = brief_of(&store, &campaign, LangMode::Km);
    let Some(text) = pdftotext(&pdf) else {
        eprintln!("NOTE: pdftotext is missing: the charts' text is not checked");
        return;
    };
    // Words only the charts print: the axis names, the legend, the month heads.
    for word in [
        brief::RIEL_PER_WEEK.km,
        brief::RIEL_PER_UNIT.km,
        brief::PEAK.km,
    ] {
        assert!(text.contains(word), "{word} is not in the charts' text");
    }
    for month in MONTHS_KM {
        assert!(text.contains(month), "the calendar's {month} is missing");
    }
    assert!(!text.contains('\u{25CC}'), "a dotted circle was printed");
}

#[test]
fn every_language_mode_prints_a_brief_of_a_few_pages() {
    let store = demo();
    let campaign = store.campaigns(false).unwrap().remove(0).id;
    for mode in LangMode::ALL {
        let pdf = brief_of(&store, &campaign, mode);
        let n = pages(&pdf);
        // The demo has 17 products and 34 willing vendors, more than most studies.
        assert!((2..=8).contains(&n), "{mode:?}: {n} pages");
        if mode == LangMode::Km {
            assert!(n <= 4, "the Khmer brief stays within four pages: {n}");
        }
        if let Some(text) = pdftotext(&pdf)
            && mode != LangMode::Km
        {
            assert!(text.contains("Market brief"), "{mode:?}");
            assert!(text.contains("Weekly demand by product"), "{mode:?}");
        }
    }
}

#[test]
fn a_study_without_interviews_says_so_instead_of_empty_tables() {
    let mut store = demo();
    let office = store.require_office().unwrap();
    let market = store.markets(false).unwrap().remove(0);
    let empty = store
        .save_campaign(
            &CampaignInput {
                id: None,
                name: "ការសិក្សាថ្មី".into(),
                starts_on: "2027-02-01".into(),
                ends_on: "2027-02-28".into(),
                commune_codes: office
                    .target_communes
                    .iter()
                    .map(|c| c.code.clone())
                    .collect(),
                team: Vec::new(),
                markets: vec![CampaignMarketInput {
                    market_id: market.id,
                    target: Some(10),
                }],
                notes: String::new(),
            },
            now(),
        )
        .unwrap();
    for mode in LangMode::ALL {
        let pdf = brief_of(&store, &empty.id, mode);
        assert_eq!(
            pages(&pdf),
            1,
            "{mode:?}: one page says there is nothing yet"
        );
        let Some(text) = pdftotext(&pdf) else {
            eprintln!("NOTE: pdftotext is missing: the empty brief's text is not checked");
            return;
        };
        let normalise = |s: &str| s.split_whitespace().collect::<String>();
        let got = normalise(&text);
        let statement = match mode {
            LangMode::En => brief::NO_INTERVIEWS.en,
            _ => brief::NO_INTERVIEWS.km,
        };
        assert!(got.contains(&normalise(statement)), "{mode:?}:\n{text}");
        assert!(!text.contains(brief::RANKING.en) && !text.contains(brief::RANKING.km));
    }
    let charts = market_charts(&store, &empty.id, Lang::En).unwrap();
    assert!(charts.demand.contains("No interviews entered yet"));
}

#[test]
fn the_brief_is_printed_into_the_folder_under_its_name() {
    let store = demo();
    let campaign = store.campaigns(false).unwrap().remove(0);
    let dir = tempfile::tempdir().unwrap();
    let first =
        print_market_brief(&store, &campaign.id, LangMode::KmEn, dir.path(), now()).unwrap();
    let second =
        print_market_brief(&store, &campaign.id, LangMode::KmEn, dir.path(), now()).unwrap();
    let name = first.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("market-brief "), "{name}");
    assert!(name.ends_with(" 2026-11-23.km-en.pdf"), "{name}");
    assert!(name.contains(&campaign.name), "{name}");
    assert!(second.to_string_lossy().ends_with("-2.pdf"));
    assert!(std::fs::read(first).unwrap().starts_with(b"%PDF"));

    let charts = market_charts(&store, &campaign.id, Lang::Km).unwrap();
    for svg in [&charts.demand, &charts.calendar, &charts.prices] {
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
        assert!(svg.contains("Noto Sans Khmer"));
    }
}
