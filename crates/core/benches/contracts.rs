//! National-size contract monitoring: 2,000 contracts with 50,000 deliveries between
//! producer groups of every commune and 200 buyers. Prints the setup time, the time of
//! every contract's fulfilment (median and worst of 20 runs), the home screen's alerts,
//! one contract's page and the register.
//! Goal (issue 7): fulfilment for 2,000 contracts with 50,000 deliveries ≤ 100 ms.
//!
//! `cargo bench -p cluster-core --bench contracts`

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use cluster_core::contract::synthetic;
use cluster_core::{ContractQuery, OfficeInput, Store};

const CONTRACTS: usize = 2_000;
const DELIVERIES: usize = 50_000;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Median and worst of `runs` timings of `f`.
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
            target_communes: vec!["040610".into()],
        },
        now,
    )?;
    let t = Instant::now();
    cluster_core::synthetic::producer_groups(&mut store, CONTRACTS, 20_000, 7_000, now)?;
    synthetic::contracts(&mut store, CONTRACTS, DELIVERIES, 7_001, now)?;
    println!(
        "setup: {CONTRACTS} groups, {CONTRACTS} contracts, {DELIVERIES} deliveries: {:>9.1} ms",
        ms(t.elapsed())
    );

    let today = now.date();
    let (median, worst, all) = time(20, || store.all_fulfilments(today));
    let all = all?;
    let late = all.iter().filter(|f| f.late_delivery).count();
    let unpaid: usize = all.iter().map(|f| f.late_payments.len()).sum();
    println!(
        "fulfilment of {} contracts: median {median:>6.2} ms, worst {worst:>6.2} ms   (goal ≤ 100 ms)",
        all.len()
    );
    println!("  {late} behind on deliveries, {unpaid} deliveries paid late");

    let (median, worst, alerts) = time(5, || store.contract_alerts(today));
    println!(
        "home screen alerts ({} alerts): median {median:>7.2} ms, worst {worst:>7.2} ms",
        alerts?.len()
    );

    let id = all
        .first()
        .map(|f| f.contract_id.clone())
        .ok_or("no contract")?;
    let (median, worst, _) = time(50, || store.contract(&id));
    println!("one contract's page: median {median:>6.2} ms, worst {worst:>6.2} ms");
    let (median, worst, _) = time(50, || store.contract_fulfilment(&id, today));
    println!("one contract's fulfilment: median {median:>6.2} ms, worst {worst:>6.2} ms");
    let (median, worst, rows) = time(5, || store.contracts(&ContractQuery::default()));
    println!(
        "the register ({} rows): median {median:>7.2} ms, worst {worst:>7.2} ms",
        rows?.len()
    );
    Ok(())
}
