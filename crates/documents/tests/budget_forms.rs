//! The budget's printed forms (guideline step 8), read back as a reader copies them
//! (`pdftotext`, which takes `/ActualText`): the expenditure summary names every target
//! commune and the core's totals, in both languages in km-en; the input hand-over
//! sheet lists exactly the SLG's entries that were not reversed, with their households
//! and the total, and leaves a reversed pair out. Text checks say so and pass where
//! `pdftotext` is missing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use chrono::{NaiveDate, NaiveDateTime};
use cluster_core::{Distribution, DistributionInput, Lang, Office, Store};
use cluster_documents::LangMode;
use cluster_documents::files::{print_expenditure_summary, print_input_handover};
use cluster_documents::forms::expenditure_summary::expenditure_summary;
use cluster_documents::forms::input_handover::input_handover;
use cluster_documents::lang::{digits, grouped};

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(9, 30, 0))
        .unwrap()
}

fn demo() -> (Store, Office) {
    let mut store = Store::open_in_memory().unwrap();
    let office = store.load_demo(now()).unwrap();
    (store, office)
}

/// Text without white space: pdftotext may put a space where a line broke.
fn squash(text: &str) -> String {
    text.split_whitespace().collect()
}

fn text_of(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().ok()?;
    let path = dir.path().join("form.pdf");
    std::fs::write(&path, pdf).ok()?;
    let out = Command::new("pdftotext")
        .arg("-raw")
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| squash(&String::from_utf8_lossy(&out.stdout)))
}

fn missing_pdftotext() {
    eprintln!("NOTE: pdftotext (poppler-utils) is missing: the budget forms' text is not checked");
}

/// Cents as the forms print dollars, worked out here: "1,722.07" / "១,៧២២.០៧".
fn dollars(cents: i64, lang: Lang) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    format!(
        "{sign}{}.{}",
        grouped(cents.abs() / 100, lang),
        digits(format!("{:02}", cents.abs() % 100), lang)
    )
}

fn count(text: &str, needle: &str) -> usize {
    text.matches(&squash(needle)).count()
}

#[test]
fn the_summary_shows_every_target_commune_and_the_cores_totals() {
    let (store, office) = demo();
    let b = store.budget_overview(office.fiscal_year).unwrap();
    let journal = store.expenditures(office.fiscal_year, None).unwrap();
    assert_eq!(b.communes.len(), office.target_communes.len());
    assert!(b.spent_cents > 0 && b.distributed_cents > 0);
    for (mode, lang) in [(LangMode::Km, Lang::Km), (LangMode::En, Lang::En)] {
        let pdf = expenditure_summary(&office, &b, &journal, mode).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        let Some(text) = text_of(&pdf) else {
            return missing_pdftotext();
        };
        for c in &b.communes {
            let name = match lang {
                Lang::Km => &c.commune.name_km,
                Lang::En => &c.commune.name_en,
            };
            assert!(text.contains(&squash(name)), "{mode:?}: {name} missing");
            // Its total row: planned, spent.
            let row = format!(
                "{}{}",
                dollars(c.planned_cents, lang),
                dollars(c.spent_cents, lang)
            );
            assert!(text.contains(&row), "{mode:?}: {name}'s totals {row}");
        }
        let total = format!(
            "{}{}{}",
            dollars(b.planned_cents, lang),
            dollars(b.spent_cents, lang),
            dollars(b.planned_cents - b.spent_cents, lang)
        );
        assert!(text.contains(&total), "{mode:?}: grand total {total}");
        assert!(
            text.contains(&dollars(b.distributed_cents, lang)),
            "{mode:?}: inputs given {}",
            dollars(b.distributed_cents, lang)
        );
        for s in &b.slgs {
            assert!(text.contains(&squash(&s.slg_name)), "{}", s.slg_name);
        }
    }
}

#[test]
fn the_km_en_summary_has_both_languages() {
    let (store, office) = demo();
    let b = store.budget_overview(office.fiscal_year).unwrap();
    let journal = store.expenditures(office.fiscal_year, None).unwrap();
    let pdf = expenditure_summary(&office, &b, &journal, LangMode::KmEn).unwrap();
    let Some(text) = text_of(&pdf) else {
        return missing_pdftotext();
    };
    for needle in [
        "របាយការណ៍សង្ខេបការចំណាយថវិកា",
        "Expenditure summary",
        "ការសិក្សាទីផ្សារ",
        "Market study",
        "Checked by (PDAFF)",
    ] {
        assert!(text.contains(&squash(needle)), "{needle}");
    }
    for c in &b.communes {
        assert!(text.contains(&squash(&c.commune.name_km)));
        assert!(text.contains(&squash(&c.commune.name_en)));
    }
    assert!(text.contains(&dollars(b.spent_cents, Lang::Km)));
}

/// The first SLG given inputs, and its distributions of the year.
fn given(store: &Store, office: &Office) -> (cluster_core::Slg, Vec<Distribution>) {
    let all = store.distributions(office.fiscal_year, None).unwrap();
    let slg = store.slg(&all[0].slg_id).unwrap();
    let own = all.into_iter().filter(|d| d.slg_id == slg.id).collect();
    (slg, own)
}

#[test]
fn the_handover_lists_the_kept_entries_with_their_households_and_total() {
    let (mut store, office) = demo();
    let (slg, before) = given(&store, &office);
    // A mistaken entry to a household of the SLG, then reversed: the pair cancels.
    let home = &before[0];
    let wrong = store
        .save_distribution(
            &DistributionInput {
                slg_id: slg.id.clone(),
                household_id: home.household_id.clone(),
                given_on: "2026-06-01".into(),
                item: "ថ្នាំសម្លាប់សត្វល្អិត".into(),
                quantity: Some(3.0),
                unit: "ដប".into(),
                unit_cost: Some(17_000),
                currency: Some(cluster_core::Currency::Khr),
                rate: Some(4_100),
                supplier: "ហាងខុស".into(),
                over_reason: String::new(),
                over_by: String::new(),
                confirmed: false,
            },
            now(),
        )
        .unwrap();
    store
        .reverse_distribution(&wrong.id, "បញ្ចូលខុសក្រុម", now())
        .unwrap();
    let list = store
        .distributions(office.fiscal_year, Some(&slg.id))
        .unwrap();
    assert_eq!(list.len(), before.len() + 2, "the pair is recorded");
    let kept: Vec<&Distribution> = list
        .iter()
        .filter(|d| d.reverses.is_none() && d.reversed_by.is_none())
        .collect();
    assert_eq!(kept.len(), before.len());
    let total: i64 = kept.iter().map(|d| d.amount).sum();

    for (mode, lang) in [(LangMode::Km, Lang::Km), (LangMode::En, Lang::En)] {
        let pdf = input_handover(&office, &slg, &list, mode).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        let Some(text) = text_of(&pdf) else {
            return missing_pdftotext();
        };
        assert!(text.contains(&squash(&slg.name)));
        for d in &kept {
            assert!(
                text.contains(&squash(&d.household_name_km)),
                "{}",
                d.household_name_km
            );
        }
        // Exactly the kept rows: one amount each, numbered up to their count.
        let row_amount = match lang {
            Lang::Km => format!("{}រៀល", grouped(kept[0].amount, lang)),
            Lang::En => format!("{}riel", grouped(kept[0].amount, lang)),
        };
        let same = kept.iter().filter(|d| d.amount == kept[0].amount).count();
        assert_eq!(
            count(&text, &row_amount),
            same,
            "{mode:?}: rows of {row_amount}"
        );
        assert!(text.contains(&squash(&format!(
            "{}{}",
            digits(kept.len(), lang),
            squash(&kept.last().unwrap().household_name_km)
        ))));
        assert!(!text.contains("ថ្នាំសម្លាប់សត្វល្អិត"), "the reversed item");
        assert!(!text.contains("ហាងខុស"), "the reversed entry's supplier");
        let total_text = grouped(total, lang);
        assert!(
            text.contains(&total_text),
            "{mode:?}: the total {total_text}"
        );
    }
}

#[test]
fn files_are_named_and_an_slg_given_nothing_is_not_found() {
    let (store, office) = demo();
    let dir = tempfile::tempdir().unwrap();
    let summary = print_expenditure_summary(&store, LangMode::Km, dir.path(), now()).unwrap();
    assert_eq!(
        summary.file_name().unwrap().to_string_lossy(),
        "expenditure-summary 2026-11-23.km.pdf"
    );
    let (slg, _) = given(&store, &office);
    let sheet = print_input_handover(&store, &slg.id, LangMode::En, dir.path(), now()).unwrap();
    assert_eq!(
        sheet.file_name().unwrap().to_string_lossy(),
        format!("input-handover {} 2026-11-23.en.pdf", slg.name)
    );
    let given_to: Vec<String> = store
        .distributions(office.fiscal_year, None)
        .unwrap()
        .into_iter()
        .map(|d| d.slg_id)
        .collect();
    let idle = store
        .slg_envelopes(office.fiscal_year, &office.district.code)
        .unwrap()
        .into_iter()
        .find(|s| !given_to.contains(&s.slg_id))
        .unwrap();
    let err =
        print_input_handover(&store, &idle.slg_id, LangMode::Km, dir.path(), now()).unwrap_err();
    assert!(
        matches!(
            err,
            cluster_documents::DocError::Core(cluster_core::CoreError::NotFound { .. })
        ),
        "{err}"
    );
}
