//! National-size market study: 5,000 vendor interviews × 10 products in one campaign,
//! 200 markets. Prints the entry time per interview and the analysis time. Goal (issue
//! 4): the analysis ≤ 200 ms.
//!
//! `cargo bench -p cluster-core --bench market_study`

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use cluster_core::study::InterviewQuery;
use cluster_core::{OfficeInput, Store, synthetic};

const MARKETS: usize = 200;
const INTERVIEWS: usize = 5_000;
const LINES: usize = 10;

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
    let campaign = synthetic::market_study(&mut store, MARKETS, INTERVIEWS, LINES, 5_000, now)?;
    let entry = t.elapsed();
    println!(
        "enter {INTERVIEWS} interviews × {LINES} products: {:>9.1} ms  ({:.2} ms per interview, every rule checked)",
        ms(entry),
        ms(entry) / INTERVIEWS as f64
    );

    let runs = 10;
    let mut times = Vec::new();
    let mut products = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let a = store.campaign_analysis(&campaign, None)?;
        times.push(t.elapsed());
        products = a.products.len();
        assert_eq!(a.interviews as usize, INTERVIEWS);
    }
    times.sort();
    println!(
        "analysis ({products} products, {} lines):   median {:>7.1} ms, worst {:>7.1} ms   (goal ≤ 200 ms)",
        INTERVIEWS * LINES,
        ms(times[runs / 2]),
        ms(times[runs - 1])
    );

    let t = Instant::now();
    let c = store.campaign(&campaign)?;
    println!(
        "campaign with {} markets' progress:          {:>7.1} ms",
        c.markets.len(),
        ms(t.elapsed())
    );
    let t = Instant::now();
    let page = store.interviews(&InterviewQuery {
        campaign_id: campaign.clone(),
        market_id: None,
        search: String::new(),
        include_archived: false,
        page: 0,
        page_size: 50,
    })?;
    println!(
        "interview list, first page of {}:          {:>7.1} ms",
        page.total,
        ms(t.elapsed())
    );
    let t = Instant::now();
    let willing = store.willing_vendors(&campaign)?;
    println!(
        "willing vendors ({}):                      {:>7.1} ms",
        willing.len(),
        ms(t.elapsed())
    );
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
