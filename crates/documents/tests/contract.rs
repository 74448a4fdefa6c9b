//! The printed contract, its blank form and its one-page summary, read back as a
//! reader copies them (`pdftotext`, which takes `/ActualText`): the parties, every
//! article in order and the number; a draft's mark on every page and its missing items,
//! none on a complete contract; the authoritative-text sentence in km-en only; no demo
//! name on the blank form; a summary of one page that flags the late contract. Text
//! checks say so and pass where `pdftotext` is missing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use chrono::{NaiveDate, NaiveDateTime};
use cluster_core::{Contract, ContractQuery, ContractStatus, Lang, Office, Store};
use cluster_documents::LangMode;
use cluster_documents::files::{print_contract, print_contract_blank, print_contract_summary};
use cluster_documents::forms::contract::{contract, contract_blank};
use cluster_documents::forms::contract_summary::contract_summary;
use cluster_documents::labels::contract as labels;
use cluster_documents::lang::digits;

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(9, 30, 0))
        .unwrap()
}

struct Demo {
    store: Store,
    office: Office,
    on_time: Contract,
    late: Contract,
    draft: Contract,
    all: Vec<Contract>,
}

fn demo() -> Demo {
    let mut store = Store::open_in_memory().unwrap();
    let office = store.load_demo(now()).unwrap();
    let all: Vec<Contract> = store
        .contracts(&ContractQuery::default())
        .unwrap()
        .iter()
        .map(|s| store.contract(&s.id).unwrap())
        .collect();
    let late_flag = |c: &Contract| {
        store
            .contract_fulfilment(&c.id, now().date())
            .unwrap()
            .late_delivery
    };
    let active: Vec<&Contract> = all
        .iter()
        .filter(|c| c.status == ContractStatus::Active)
        .collect();
    let on_time = (*active.iter().find(|c| !late_flag(c)).unwrap()).clone();
    let late = (*active.iter().find(|c| late_flag(c)).unwrap()).clone();
    let draft = all
        .iter()
        .find(|c| c.status == ContractStatus::Draft)
        .unwrap()
        .clone();
    assert!(on_time.complete && !draft.complete);
    Demo {
        store,
        office,
        on_time,
        late,
        draft,
        all,
    }
}

/// Text without white space: a line may break between two Khmer words that have no
/// space between them, and pdftotext then puts one there.
fn squash(text: &str) -> String {
    text.split_whitespace().collect()
}

/// The text of each page, squashed.
fn page_texts(pdf: &[u8]) -> Option<Vec<String>> {
    let dir = tempfile::tempdir().ok()?;
    let path = dir.path().join("contract.pdf");
    std::fs::write(&path, pdf).ok()?;
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut pages: Vec<String> = text.split('\u{c}').map(squash).collect();
    // pdftotext ends the last page with a form feed too.
    if pages.last().is_some_and(String::is_empty) {
        pages.pop();
    }
    Some(pages)
}

fn missing_pdftotext() {
    eprintln!("NOTE: pdftotext (poppler-utils) is missing: the contract's text is not checked");
}

/// Asserts `needles` occur in `text` in this order.
fn in_order(text: &str, needles: &[String], what: &str) {
    let mut from = 0;
    for needle in needles {
        let needle = squash(needle);
        match text[from..].find(&needle) {
            Some(at) => from += at + needle.len(),
            None => panic!("{what}: {needle:?} missing or out of order in\n{text}"),
        }
    }
}

#[test]
fn the_khmer_contract_names_the_parties_every_article_and_the_number() {
    let d = demo();
    let c = &d.on_time;
    assert!(
        !c.terms.buyer_support.is_empty(),
        "the demo's support article"
    );
    let pdf = contract(&d.office, c, LangMode::Km).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let Some(pages) = page_texts(&pdf) else {
        return missing_pdftotext();
    };
    let text = pages.concat();
    for needle in [
        &c.number,
        &c.groups[0].name,
        &c.buyer.name,
        &c.terms.group_rep.name,
        &c.terms.group_rep.id_number,
        &c.terms.buyer_rep.name,
        &c.terms.facilitator_pdaff,
        &c.terms.witness_commune,
    ] {
        assert!(text.contains(&squash(needle)), "{needle:?} missing");
    }
    let titles = [
        labels::A_PRODUCT,
        labels::A_QUANTITY,
        labels::A_QUALITY,
        labels::A_PRICE,
        labels::A_DELIVERY,
        labels::A_PAYMENT,
        labels::A_SUPPORT,
        labels::A_OBLIGATIONS,
        labels::A_FORCE_MAJEURE,
        labels::A_BREACH,
        labels::A_DISPUTES,
        labels::A_DURATION,
        labels::A_COPIES,
    ];
    let articles: Vec<String> = titles
        .iter()
        .enumerate()
        .map(|(i, t)| format!("ប្រការ {}៖ {}", digits(i + 1, Lang::Km), t.km))
        .collect();
    in_order(&text, &articles, "the articles");
    assert!(
        !text.contains(&format!("ប្រការ{}៖", digits(titles.len() + 1, Lang::Km))),
        "no article beyond the copies"
    );
    // The price is the fixed price, in riel, per kilogram.
    assert!(
        text.contains(&squash("តម្លៃថេរ ១៦,៥០០ រៀល ក្នុងមួយគីឡូក្រាម")),
        "{text}"
    );
    // The signatures come last, Party A's representative under a thumbprint box.
    let signing = pages.last().unwrap();
    assert!(signing.contains(&squash(labels::SIGNATURES.km)));
    assert!(signing.contains(&squash(labels::THUMB.km)));
    assert!(signing.contains(&squash(&c.terms.group_rep.name)));
    assert!(signing.contains(&squash("ធ្វើនៅឃុំ")));
}

#[test]
fn a_draft_is_marked_on_every_page_and_lists_what_is_missing_a_complete_one_is_not() {
    let d = demo();
    let pdf = contract(&d.office, &d.draft, LangMode::KmEn).unwrap();
    let Some(pages) = page_texts(&pdf) else {
        return missing_pdftotext();
    };
    assert!(pages.len() > 1);
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains(labels::DRAFT.km) && page.contains(labels::DRAFT.en),
            "page {}: the draft mark\n{page}",
            i + 1
        );
    }
    let first = &pages[0];
    let missing: Vec<_> = d.draft.checklist.iter().filter(|i| !i.ok).collect();
    assert!(!missing.is_empty());
    for item in &missing {
        let label = labels::item(item.item);
        assert!(
            first.contains(&squash(label.km)) && first.contains(&squash(label.en)),
            "{:?} missing from the list\n{first}",
            item.item
        );
    }
    // The ID numbers are named among the missing fields, and print as dots.
    assert!(first.contains(&squash(labels::field("groupRep.idNumber").unwrap().en)));
    assert!(first.contains("........"));
    // An item that is there is not listed.
    let ok = d.draft.checklist.iter().find(|i| i.ok).unwrap();
    assert!(!first.contains(&squash(&format!("•{}", labels::item(ok.item).en))));

    for mode in LangMode::ALL {
        let pdf = contract(&d.office, &d.on_time, mode).unwrap();
        let text = page_texts(&pdf).unwrap().concat();
        assert!(
            !text.contains(labels::DRAFT.km) && !text.contains(labels::DRAFT.en),
            "{mode:?}: a complete contract carries no draft mark"
        );
        assert!(
            !text.contains(&squash(labels::MISSING.en))
                && !text.contains(&squash(labels::MISSING.km))
        );
    }
}

#[test]
fn the_khmer_text_prevails_is_said_in_km_en_only() {
    let d = demo();
    for mode in LangMode::ALL {
        let pdf = contract(&d.office, &d.on_time, mode).unwrap();
        let Some(pages) = page_texts(&pdf) else {
            return missing_pdftotext();
        };
        let said = pages[0].contains(&squash("អត្ថបទជាភាសាខ្មែរ ជាអត្ថបទគោល"))
            && pages[0].contains(&squash("The Khmer text prevails"));
        assert_eq!(said, mode == LangMode::KmEn, "{mode:?}");
        let english = pages
            .concat()
            .contains(&squash("Article 1: Product and variety"));
        assert_eq!(
            english,
            mode != LangMode::Km,
            "{mode:?}: the English articles"
        );
    }
}

#[test]
fn the_blank_form_has_every_article_tick_boxes_and_no_demo_name() {
    let d = demo();
    let mut names: Vec<String> = Vec::new();
    for c in &d.all {
        names.push(c.number.clone());
        names.push(c.buyer.name.clone());
        names.extend(c.groups.iter().map(|g| g.name.clone()));
        let t = &c.terms;
        for n in [
            &t.group_rep.name,
            &t.buyer_rep.name,
            &t.facilitator_pdaff,
            &t.facilitator_me,
            &t.witness_commune,
            &t.witness_official,
            &t.variety,
        ] {
            names.push(n.clone());
        }
    }
    names.retain(|n| !n.trim().is_empty());
    assert!(names.len() > 20);
    for mode in LangMode::ALL {
        let pdf = contract_blank(&d.office, mode).unwrap();
        let Some(pages) = page_texts(&pdf) else {
            return missing_pdftotext();
        };
        let text = pages.concat();
        for name in &names {
            assert!(
                !text.contains(&squash(name)),
                "{mode:?}: {name:?} on the blank form"
            );
        }
        assert!(!text.contains(labels::DRAFT.en) && !text.contains(labels::DRAFT.km));
        let lang = mode.primary();
        for choice in [
            labels::mechanism(cluster_core::PriceMechanism::MarketFloor),
            labels::currency(cluster_core::Currency::Usd),
            labels::frequency(cluster_core::DeliveryFrequency::Fortnightly),
            labels::transport(cluster_core::Transport::Shared),
            labels::payment(cluster_core::ContractPayment::MobileMoney),
            labels::A_DISPUTES,
            labels::A_COPIES,
        ] {
            assert!(
                text.contains(&squash(choice.pick(lang))),
                "{mode:?}: {choice:?}"
            );
        }
        let template = cluster_core::contract::template::clauses();
        for clause in &template {
            let title = if lang == Lang::Km {
                &clause.title_km
            } else {
                &clause.title_en
            };
            assert!(text.contains(&squash(title)), "{mode:?}: {title}");
        }
    }
}

#[test]
fn the_summary_is_one_page_and_flags_the_late_delivery() {
    let d = demo();
    for (c, late) in [(&d.late, true), (&d.on_time, false)] {
        let f = d.store.contract_fulfilment(&c.id, now().date()).unwrap();
        assert_eq!(f.late_delivery, late);
        let deliveries = d.store.deliveries(&c.id).unwrap();
        for mode in LangMode::ALL {
            let pdf = contract_summary(&d.office, c, &f, &deliveries, mode).unwrap();
            let Some(pages) = page_texts(&pdf) else {
                return missing_pdftotext();
            };
            assert_eq!(pages.len(), 1, "{mode:?}: one page\n{pages:?}");
            let text = &pages[0];
            assert!(text.contains(&squash(&c.number)));
            let lang = mode.primary();
            let flag = squash(labels::LATE_DELIVERY.pick(lang).split('{').next().unwrap());
            assert_eq!(
                text.contains(&flag),
                late,
                "{mode:?}: the late flag\n{text}"
            );
            if late {
                let shortfall = cluster_documents::lang::amount(f.shortfall, lang);
                assert!(text.contains(&squash(&shortfall)), "{mode:?}: {shortfall}");
            }
        }
    }
}

#[test]
fn prints_land_in_the_folder_without_replacing_a_file() {
    let d = demo();
    let dir = tempfile::tempdir().unwrap();
    let first = print_contract(&d.store, &d.on_time.id, LangMode::Km, dir.path(), now()).unwrap();
    let second = print_contract(&d.store, &d.on_time.id, LangMode::Km, dir.path(), now()).unwrap();
    assert_eq!(
        first.file_name().unwrap().to_string_lossy(),
        format!("contract {} 2026-11-23.km.pdf", d.on_time.number)
    );
    assert_ne!(first, second);
    let summary =
        print_contract_summary(&d.store, &d.late.id, LangMode::En, dir.path(), now()).unwrap();
    assert_eq!(
        summary.file_name().unwrap().to_string_lossy(),
        format!("contract-summary {} 2026-11-23.en.pdf", d.late.number)
    );
    let blank = print_contract_blank(&d.store, LangMode::KmEn, dir.path(), now()).unwrap();
    assert_eq!(
        blank.file_name().unwrap().to_string_lossy(),
        "contract-blank 2026-11-23.km-en.pdf"
    );
    for path in [first, second, summary, blank] {
        assert!(std::fs::read(path).unwrap().starts_with(b"%PDF"));
    }
}
