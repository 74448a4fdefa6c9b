//! The producer group's documents of step 4 from the demo's first group with trainings:
//! each plan's page shows the household and the core's money figures, one page per
//! plan; the supply plan's totals are the core's; the training sheet lists every
//! member; every mode prints and lands in a folder. Text checks pass where `pdftotext`
//! is missing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use chrono::{NaiveDate, NaiveDateTime};
use cluster_core::{Office, ProducerGroup, Store};
use cluster_documents::LangMode;
use cluster_documents::files::{
    print_group_supply_plan, print_household_production_plans, print_training_attendance,
};
use cluster_documents::forms::group_supply_plan::group_supply_plan;
use cluster_documents::forms::household_production_plan::household_production_plans;
use cluster_documents::forms::training_attendance::training_attendance;
use cluster_documents::lang::{amount, grouped};

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(9, 30, 0))
        .unwrap()
}

fn demo() -> (Store, Office, ProducerGroup) {
    let mut store = Store::open_in_memory().unwrap();
    let office = store.load_demo(now()).unwrap();
    let id = store
        .producer_groups(None, false)
        .unwrap()
        .into_iter()
        .find(|g| !store.group_trainings(&g.id).unwrap().is_empty())
        .expect("a demo group with trainings")
        .id;
    let group = store.producer_group(&id).unwrap();
    (store, office, group)
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect()
}

/// The squashed text of each page, or `None` without pdftotext.
fn pages(pdf: &[u8]) -> Option<Vec<String>> {
    let dir = tempfile::tempdir().ok()?;
    let path = dir.path().join("doc.pdf");
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
    if pages.last().is_some_and(String::is_empty) {
        pages.pop();
    }
    Some(pages)
}

#[test]
fn each_plan_has_its_page_with_the_cores_figures() {
    let (store, office, group) = demo();
    let plans = store.group_plans(&group.id, None).unwrap();
    assert!(!plans.is_empty());
    for mode in LangMode::ALL {
        let pdf = household_production_plans(&office, &group, &plans, mode).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        let Some(pages) = pages(&pdf) else {
            eprintln!("pdftotext missing: text not checked");
            return;
        };
        assert_eq!(pages.len(), plans.len(), "{mode:?}: one page per plan");
        let lang = mode.primary();
        for (page, plan) in pages.iter().zip(&plans) {
            assert!(page.contains(&squash(&plan.household_name_km)), "{mode:?}");
            for riel in [plan.revenue_khr, plan.cost_khr, plan.profit_khr] {
                assert!(page.contains(&grouped(riel, lang)), "{mode:?}: {riel}");
            }
        }
    }
}

#[test]
fn a_loss_is_framed() {
    let (store, office, group) = demo();
    let mut plan = store.group_plans(&group.id, None).unwrap().remove(0);
    plan.profit_khr = -125_000;
    let pdf = household_production_plans(&office, &group, &[plan], LangMode::En).unwrap();
    if let Some(pages) = pages(&pdf) {
        assert!(pages[0].contains("Loss"));
        assert!(pages[0].contains(&squash("This plan loses 125,000 riel")));
    }
}

#[test]
fn the_supply_plan_prints_the_cores_totals() {
    let (store, office, group) = demo();
    let plan = store.group_supply_plan(&group.id, None).unwrap();
    assert!(!plan.lines.is_empty());
    for mode in LangMode::ALL {
        let pdf = group_supply_plan(&office, &group, &plan, mode).unwrap();
        let Some(pages) = pages(&pdf) else { return };
        let text = pages.concat();
        let lang = mode.primary();
        for line in &plan.lines {
            assert!(text.contains(&amount(line.total, lang)), "{mode:?}");
        }
    }
    let mut empty = plan.clone();
    empty.lines.clear();
    let pdf = group_supply_plan(&office, &group, &empty, LangMode::En).unwrap();
    if let Some(pages) = pages(&pdf) {
        assert!(pages.concat().contains(&squash("the supply plan is empty")));
    }
}

#[test]
fn the_training_sheet_lists_every_member() {
    let (store, office, group) = demo();
    let trainings = store.group_trainings(&group.id).unwrap();
    for training in [trainings.first(), None] {
        for mode in LangMode::ALL {
            let pdf = training_attendance(&office, &group, training, mode).unwrap();
            let Some(pages) = pages(&pdf) else { return };
            let text = pages.concat();
            for m in &group.members {
                let name = match mode {
                    LangMode::En if !m.name_latin.trim().is_empty() => &m.name_latin,
                    _ => &m.name_km,
                };
                assert!(text.contains(&squash(name)), "{mode:?}: {name}");
            }
            if let Some(t) = training {
                assert!(text.contains(&squash(t.trainer.trim())), "{mode:?}");
            }
        }
    }
}

#[test]
fn prints_land_in_the_folder_without_replacing_a_file() {
    let (store, _, group) = demo();
    let dir = tempfile::tempdir().unwrap();
    let household = group.members[0].household_id.clone();
    let trainings = store.group_trainings(&group.id).unwrap();
    for mode in LangMode::ALL {
        let all =
            print_household_production_plans(&store, &group.id, None, mode, dir.path(), now())
                .unwrap();
        let one = print_household_production_plans(
            &store,
            &group.id,
            Some(&household),
            mode,
            dir.path(),
            now(),
        )
        .unwrap();
        assert_ne!(all, one);
        let supply = print_group_supply_plan(&store, &group.id, mode, dir.path(), now()).unwrap();
        let again = print_group_supply_plan(&store, &group.id, mode, dir.path(), now()).unwrap();
        assert_ne!(supply, again, "the second print gets its own name");
        let sheet = print_training_attendance(
            &store,
            &group.id,
            Some(&trainings[0].id),
            mode,
            dir.path(),
            now(),
        )
        .unwrap();
        let blank =
            print_training_attendance(&store, &group.id, None, mode, dir.path(), now()).unwrap();
        for path in [all, one, supply, again, sheet, blank] {
            assert!(std::fs::read(path).unwrap().starts_with(b"%PDF"));
        }
    }
    let one = store
        .group_plans(&group.id, None)
        .unwrap()
        .into_iter()
        .filter(|p| p.household_id == household)
        .count();
    assert!(one >= 1);
}
