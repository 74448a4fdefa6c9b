//! Prints how fast documents are made and how big they are. Goals (issue 3): a 2-page
//! bilingual document of ~50 lines in ≤ 10 ms warm and ≤ 100 KB; 1,000 of them in one
//! process in ≤ 10 s. Also times the household register of a 28-member SLG and the
//! market brief of the demo study (issue 4) with its charts.
//!
//! cargo bench -p cluster-documents --bench pdf_documents

use std::time::{Duration, Instant};

use cluster_core::{HouseholdQuery, SlgQuery, Store};
use cluster_documents::forms::household_register::household_register;
use cluster_documents::forms::market_brief::market_brief;
use cluster_documents::pdf::{Align, Composer, PageSpec};
use cluster_documents::text::Style;
use cluster_documents::{LangMode, Text};

const KM: &str = "ភាគីទាំងពីរព្រមព្រៀងលក់ និងទិញផលិតផលកសិកម្មតាមបរិមាណ គុណភាព តម្លៃ និងពេលវេលាដែលបានកំណត់ក្នុងកិច្ចសន្យានេះ។";
const EN: &str = "Both parties agree to sell and buy the farm produce in the quantity, quality, price and timing set in this contract.";

fn contract() -> Result<Vec<u8>, cluster_documents::DocError> {
    let mut doc = Composer::new("Contract", PageSpec::A4_PORTRAIT, LangMode::KmEn)?;
    doc.official_header()?;
    for clause in 1..=12 {
        let km = format!("ប្រការ {clause}. {KM}");
        let en = format!("Article {clause}. {EN}");
        doc.paragraph(&km, Style::new(11.0), Align::Justify)?;
        doc.paragraph(&en, Style::new(9.5), Align::Justify)?;
    }
    let parties = [
        Text::new("ភាគីអ្នកលក់", "Seller"),
        Text::new("ភាគីអ្នកទិញ", "Buyer"),
    ];
    doc.signatures(&parties, true)?;
    doc.finish()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let t = Instant::now();
    let first = contract()?;
    println!(
        "first document (fonts parsed, models loaded): {:>8.1} ms",
        ms(t.elapsed())
    );

    let mut times = Vec::new();
    for _ in 0..50 {
        let t = Instant::now();
        contract()?;
        times.push(t.elapsed());
    }
    times.sort();
    println!(
        "2-page bilingual contract, warm:               {:>8.1} ms median, {:.1} ms max   (goal ≤ 10 ms)",
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1])
    );
    println!(
        "its size:                                      {:>8.1} KB   (goal ≤ 100 KB)",
        first.len() as f64 / 1024.0
    );

    let t = Instant::now();
    for _ in 0..1000 {
        contract()?;
    }
    println!(
        "1,000 contracts in one process:                {:>8.2} s   (goal ≤ 10 s)",
        t.elapsed().as_secs_f64()
    );

    let now = chrono::Local::now().naive_local();
    let mut store = Store::open_in_memory()?;
    let office = store.load_demo(now)?;
    let slg = store
        .slgs(&SlgQuery::default())?
        .rows
        .into_iter()
        .next()
        .ok_or("an SLG")?;
    let q = HouseholdQuery {
        slg_id: Some(slg.id.clone()),
        page_size: 500,
        ..Default::default()
    };
    let members = store.households(&q, now)?.rows;
    let t = Instant::now();
    let register = household_register(&office, &slg, &members, LangMode::KmEn, now.date())?;
    println!(
        "household register, {} members, km-en:       {:>8.1} ms, {:.1} KB",
        members.len(),
        ms(t.elapsed()),
        register.len() as f64 / 1024.0
    );
    // The market brief of the demo study (17 products, 34 willing vendors): ranking,
    // three vector charts drawn through plotters, the buyers' table.
    let campaign = store
        .campaigns(false)?
        .into_iter()
        .next()
        .ok_or("a study")?;
    let analysis = store.campaign_analysis(&campaign.id, None)?;
    let willing = store.willing_vendors(&campaign.id)?;
    for mode in [LangMode::Km, LangMode::KmEn] {
        let make = || market_brief(&office, &campaign, &analysis, &willing, mode, now.date());
        let brief = make()?;
        let mut times = Vec::new();
        for _ in 0..20 {
            let t = Instant::now();
            make()?;
            times.push(t.elapsed());
        }
        times.sort();
        println!(
            "market brief, {:<5} warm:                    {:>8.1} ms median, {:.1} KB",
            mode.suffix(),
            ms(times[times.len() / 2]),
            brief.len() as f64 / 1024.0
        );
    }
    let t = Instant::now();
    let charts = cluster_documents::charts::market_charts(&analysis, cluster_core::Lang::Km)?;
    println!(
        "the three SVG charts for the window:           {:>8.1} ms, {:.1} KB",
        ms(t.elapsed()),
        (charts.demand.len() + charts.calendar.len() + charts.prices.len()) as f64 / 1024.0
    );
    if let Ok(status) = std::fs::read_to_string("/proc/self/status")
        && let Some(line) = status.lines().find(|l| l.starts_with("VmHWM"))
    {
        println!(
            "peak memory (VmHWM):                           {}",
            line.trim_start_matches("VmHWM:").trim()
        );
    }
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
