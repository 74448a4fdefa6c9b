//! Prints how fast the budget report is written for the demo district (issue 8): an
//! in-memory store with the demo's plan, expenditures and distributions, then
//! `budget-report.xlsx` written to a temporary folder, warm. Goal: ≤ 500 ms.
//!
//! cargo bench -p cluster-documents --bench budget_report

use std::time::{Duration, Instant};

use cluster_core::{Lang, Store};
use cluster_documents::xlsx_budget::export_budget_report;

const RUNS: usize = 20;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Median and worst of `RUNS` warm runs of `run`.
fn time(
    mut run: impl FnMut() -> Result<(), Box<dyn std::error::Error>>,
) -> Result<(f64, f64), Box<dyn std::error::Error>> {
    run()?;
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let t = Instant::now();
        run()?;
        times.push(t.elapsed());
    }
    times.sort();
    Ok((ms(times[times.len() / 2]), ms(times[times.len() - 1])))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let now = chrono::Local::now().naive_local();
    let mut store = Store::open_in_memory()?;
    let office = store.load_demo(now)?;
    let year = office.fiscal_year;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("budget-report.xlsx");
    println!(
        "demo district: {} target communes, {} expenditures, {} distributions",
        office.target_communes.len(),
        store.expenditures(year, None)?.len(),
        store.distributions(year, None)?.len()
    );
    let (median, worst) = time(|| {
        store.budget_overview(year)?;
        store.expenditures(year, None)?;
        store.distributions(year, None)?;
        store.budget_events(year)?;
        Ok(())
    })?;
    println!("the core's reads alone:          {median:>7.1} ms median, {worst:>7.1} ms worst");
    for lang in [Lang::Km, Lang::En] {
        let (median, worst) = time(|| {
            export_budget_report(&store, year, lang, now, &path)?;
            Ok(())
        })?;
        let size = std::fs::metadata(&path)?.len() as f64 / 1024.0;
        println!(
            "budget-report.xlsx ({lang:?}), warm: {median:>7.1} ms median, {worst:>7.1} ms worst, {size:>6.1} KB   (goal ≤ 500 ms)"
        );
    }
    Ok(())
}
