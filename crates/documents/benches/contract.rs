//! Prints how fast a real contract prints from the database (issue 7): an in-memory
//! store with the demo district, then `store.contract(id)` and the km-en contract, warm.
//! Goal: ≤ 15 ms warm. Also times the draft (its watermark on every page), the blank
//! form and the one-page summary.
//!
//! cargo bench -p cluster-documents --bench contract

use std::time::{Duration, Instant};

use cluster_core::{ContractQuery, ContractStatus, Store};
use cluster_documents::LangMode;
use cluster_documents::forms::contract::{contract, contract_blank};
use cluster_documents::forms::contract_summary::contract_summary;

const RUNS: usize = 50;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Median and worst of `RUNS` warm runs of `run`.
fn time(
    mut run: impl FnMut() -> Result<usize, Box<dyn std::error::Error>>,
) -> Result<(f64, f64, usize), Box<dyn std::error::Error>> {
    let size = run()?;
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let t = Instant::now();
        run()?;
        times.push(t.elapsed());
    }
    times.sort();
    Ok((ms(times[times.len() / 2]), ms(times[times.len() - 1]), size))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let now = chrono::Local::now().naive_local();
    let mut store = Store::open_in_memory()?;
    let office = store.load_demo(now)?;
    let summaries = store.contracts(&ContractQuery::default())?;
    let pick = |status: ContractStatus| {
        summaries
            .iter()
            .find(|s| s.status == status && (status == ContractStatus::Draft || s.complete))
            .map(|s| s.id.clone())
            .ok_or("the demo's contracts")
    };
    let active = pick(ContractStatus::Active)?;
    let draft = pick(ContractStatus::Draft)?;

    let t = Instant::now();
    let first = contract(&office, &store.contract(&active)?, LangMode::KmEn)?;
    println!(
        "first contract (fonts parsed, models loaded):   {:>7.1} ms",
        ms(t.elapsed())
    );
    let _ = first;
    let (median, worst, _) = time(|| Ok(store.contract(&active)?.terms.clauses.len()))?;
    println!(
        "store.contract(id) alone, warm:                  {median:>6.1} ms median, {worst:>6.1} ms worst"
    );
    let loaded = store.contract(&active)?;
    let (median, worst, _) = time(|| Ok(contract(&office, &loaded, LangMode::KmEn)?.len()))?;
    println!(
        "km-en print alone, warm:                         {median:>6.1} ms median, {worst:>6.1} ms worst"
    );
    for (name, id) in [("active contract", &active), ("draft (watermark)", &draft)] {
        for mode in [LangMode::KmEn, LangMode::Km] {
            let (median, worst, size) = time(|| {
                let c = store.contract(id)?;
                Ok(contract(&office, &c, mode)?.len())
            })?;
            println!(
                "{name:<18} {:<5} store + print, warm:  {median:>6.1} ms median, {worst:>6.1} ms worst, {:>6.1} KB   (goal ≤ 15 ms)",
                mode.suffix(),
                size as f64 / 1024.0
            );
        }
    }
    let (median, worst, size) = time(|| Ok(contract_blank(&office, LangMode::KmEn)?.len()))?;
    println!(
        "blank form         km-en print, warm:          {median:>6.1} ms median, {worst:>6.1} ms worst, {:>6.1} KB",
        size as f64 / 1024.0
    );
    let (median, worst, size) = time(|| {
        let c = store.contract(&active)?;
        let f = store.contract_fulfilment(&active, now.date())?;
        let d = store.deliveries(&active)?;
        Ok(contract_summary(&office, &c, &f, &d, LangMode::KmEn)?.len())
    })?;
    println!(
        "summary            km-en store + print, warm:  {median:>6.1} ms median, {worst:>6.1} ms worst, {:>6.1} KB",
        size as f64 / 1024.0
    );
    Ok(())
}
