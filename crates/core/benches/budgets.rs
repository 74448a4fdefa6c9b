//! National-size budget balances: 100,000 expenditures over every commune and 150,000
//! input distributions over 144,000 households in 4,800 SLGs. Prints the setup time and
//! the time of every district's balances (median and worst of 20), one district's
//! overview and its SLG envelopes.
//! Goal (issue 8): balances for all 210 districts ≤ 100 ms.
//!
//! `cargo bench -p cluster-core --bench budgets`

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use cluster_core::budget::synthetic;
use cluster_core::{OfficeInput, Store};

const SLGS: usize = 4_800;
const PER_SLG: usize = 30;
const EXPENDITURES: usize = 100_000;
const DISTRIBUTIONS: usize = 150_000;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, f64, T) {
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        last = Some(f());
        times.push(t.elapsed());
    }
    times.sort();
    let out = last.unwrap_or_else(f);
    (ms(times[times.len() / 2]), ms(times[times.len() - 1]), out)
}

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
            target_communes: vec![
                "040610".into(),
                "040606".into(),
                "040608".into(),
                "040612".into(),
            ],
        },
        now,
    )?;
    let t = Instant::now();
    let slgs = cluster_core::synthetic::slgs(&store, SLGS, 8_000)?;
    let ids = store.import_slgs(&slgs, now)?;
    store.import_households(
        &cluster_core::synthetic::households(&slgs, &ids, PER_SLG, 8_001),
        now,
    )?;
    synthetic::budgets(&mut store, 2026, EXPENDITURES, DISTRIBUTIONS, 8_002, now)?;
    println!(
        "setup: {SLGS} SLGs, {} households, {EXPENDITURES} expenditures, {DISTRIBUTIONS} distributions: {:>8.1} ms",
        SLGS * PER_SLG,
        ms(t.elapsed())
    );

    let (median, worst, all) = time(20, || store.district_budgets(2026));
    let all = all?;
    let spent: i64 = all.iter().map(|d| d.spent_cents).sum();
    let given: i64 = all.iter().map(|d| d.distributed_cents).sum();
    println!(
        "balances of {} districts: median {median:>6.2} ms, worst {worst:>6.2} ms   (goal ≤ 100 ms)",
        all.len()
    );
    println!(
        "  spent USD {:.2}, inputs given USD {:.2}",
        spent as f64 / 100.0,
        given as f64 / 100.0
    );
    let (median, worst, b) = time(20, || store.budget_overview(2026));
    let b = b?;
    println!(
        "one district's overview ({} communes, {} SLGs): median {median:>6.2} ms, worst {worst:>6.2} ms",
        b.communes.len(),
        b.slgs.len()
    );
    let (median, worst, j) = time(5, || store.expenditures(2026, Some("040610")));
    println!(
        "one commune's journal ({} entries): median {median:>6.2} ms, worst {worst:>6.2} ms",
        j?.len()
    );
    Ok(())
}
