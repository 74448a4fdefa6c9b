//! National-size supply plans: 144,000 household production plans in 10,000 producer
//! groups across all communes. Prints the setup time, the district supply plan's time
//! over every district with groups (median and worst), and a few groups' supply plans.
//! Goal (issue 6): a district's supply plan ≤ 100 ms.
//!
//! `cargo bench -p cluster-core --bench supply_plan`

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use cluster_core::{OfficeInput, Store, synthetic};

const GROUPS: usize = 10_000;
const PLANS: usize = 144_000;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let now = NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .ok_or("date")?;
    let dir = tempfile::tempdir()?;
    let mut store = Store::open_in_dir(dir.path())?;
    store.setup_office(
        &OfficeInput {
            province_code: "04".into(),
            district_code: "0406".into(),
            name_km: "ការិយាល័យកសិកម្មស្រុករលាប្អៀរ".into(),
            name_en: "Rolea B'ier".into(),
            fiscal_year: Some(2026),
            target_communes: vec!["040610".into()],
        },
        now,
    )?;

    let t = Instant::now();
    synthetic::producer_groups(&mut store, GROUPS, PLANS, 6_000, now)?;
    println!(
        "setup: {PLANS} households and plans in {GROUPS} groups: {:>9.1} ms",
        ms(t.elapsed())
    );

    let mut districts = Vec::new();
    for p in store.provinces()? {
        districts.extend(store.districts(&p.code)?.into_iter().map(|d| d.code));
    }
    let mut times = Vec::new();
    let mut planned = 0.0;
    let mut with_lines = 0;
    let mut biggest = (0.0, String::new());
    for season in [None, Some("2026")] {
        times.clear();
        for d in &districts {
            let t = Instant::now();
            let lines = store.district_supply_plan(d, season)?;
            times.push(t.elapsed());
            let total: f64 = lines.iter().map(|l| l.total).sum();
            if season.is_none() {
                planned += total;
                with_lines += usize::from(!lines.is_empty());
                if total > biggest.0 {
                    biggest = (total, d.clone());
                }
            }
        }
        times.sort();
        println!(
            "district supply plan, season {:<6} ({} districts, {with_lines} with groups): median {:>6.2} ms, worst {:>6.2} ms   (goal ≤ 100 ms)",
            season.unwrap_or("any"),
            districts.len(),
            ms(times[times.len() / 2]),
            ms(times[times.len() - 1])
        );
    }
    println!(
        "  for market nationwide: {planned:.0} units; largest district {} ({:.0})",
        biggest.1, biggest.0
    );

    let mut group_ids = Vec::new();
    for c in store.communes(&biggest.1)?.iter().take(3) {
        group_ids.extend(
            store
                .producer_groups(Some(&c.code), false)?
                .into_iter()
                .map(|g| g.id),
        );
    }
    let mut times = Vec::new();
    let mut lines = 0;
    for g in group_ids.iter().take(10) {
        let t = Instant::now();
        let plan = store.group_supply_plan(g, Some("2026"))?;
        times.push(t.elapsed());
        lines += plan.lines.len();
    }
    times.sort();
    if let (Some(first), Some(last)) = (times.first(), times.last()) {
        println!(
            "group supply plan ({} groups, {lines} lines):        best {:>6.2} ms, worst {:>6.2} ms",
            times.len(),
            ms(*first),
            ms(*last)
        );
    }
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
