//! Every document Cluster Desk produces, filled from the demo district, so anyone can
//! look at all of them: OUTDIR/<name>.<km|en|km-en>.pdf and OUTDIR/<name>.xlsx.
//!
//! cargo run --release -p cluster-documents --example samples -- OUTDIR

use std::path::Path;

use cluster_core::{BuyerQuery, HouseholdQuery, Lang, SlgQuery, Store};
use cluster_documents::forms::attendance_sheet::attendance_sheet;
use cluster_documents::forms::household_register::household_register;
use cluster_documents::forms::market_brief::market_brief;
use cluster_documents::forms::market_interview_form::market_interview_form;
use cluster_documents::{LangMode, xlsx, xlsx_study};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args().nth(1).ok_or("usage: samples OUTDIR")?;
    let out = Path::new(&out);
    std::fs::create_dir_all(out)?;
    let now = chrono::Local::now().naive_local();

    let mut store = Store::open_in_memory()?;
    let office = store.load_demo(now)?;
    let slg = store
        .slgs(&SlgQuery::default())?
        .rows
        .into_iter()
        .next()
        .ok_or("the demo has SLGs")?;
    let members_query = HouseholdQuery {
        slg_id: Some(slg.id.clone()),
        page_size: 500,
        ..Default::default()
    };
    let members = store.households(&members_query, now)?.rows;
    let campaign = store
        .campaigns(false)?
        .into_iter()
        .next()
        .ok_or("the demo has a market study")?;
    let analysis = store.campaign_analysis(&campaign.id, None)?;
    let willing = store.willing_vendors(&campaign.id)?;

    let mut written = Vec::new();
    for mode in LangMode::ALL {
        let suffix = mode.suffix();
        let pdfs = [
            (
                "household-register",
                household_register(&office, &slg, &members, mode, now.date())?,
            ),
            ("attendance-sheet", attendance_sheet(Some(&office), mode)?),
            (
                "market-brief",
                market_brief(&office, &campaign, &analysis, &willing, mode, now.date())?,
            ),
            (
                "market-interview-form",
                market_interview_form(Some(&office), mode)?,
            ),
        ];
        for (name, bytes) in pdfs {
            let path = out.join(format!("{name}.{suffix}.pdf"));
            std::fs::write(&path, bytes)?;
            written.push(path);
        }
    }
    for lang in [Lang::Km, Lang::En] {
        let charts = cluster_documents::charts::market_charts(&analysis, lang)?;
        for (name, svg) in [
            ("demand", charts.demand),
            ("calendar", charts.calendar),
            ("prices", charts.prices),
        ] {
            let path = out.join(format!("market-chart-{name}.{}.svg", lang.as_str()));
            std::fs::write(&path, svg)?;
            written.push(path);
        }
    }
    let quiet = &mut |_, _| {};
    let households = out.join("households.xlsx");
    xlsx::export_households(
        &store,
        &HouseholdQuery::default(),
        Lang::Km,
        now,
        &households,
        quiet,
    )?;
    let slgs = out.join("slgs.xlsx");
    xlsx::export_slgs(&store, &SlgQuery::default(), Lang::Km, now, &slgs, quiet)?;
    let buyers = out.join("buyers.xlsx");
    xlsx::export_buyers(
        &store,
        &BuyerQuery::default(),
        Lang::En,
        now,
        &buyers,
        quiet,
    )?;
    let study = out.join("market-study.xlsx");
    let demo_campaign = store
        .campaigns(false)?
        .into_iter()
        .next()
        .ok_or("the demo has a market study")?;
    xlsx_study::export_market_study(&store, &demo_campaign.id, Lang::Km, now, &study)?;
    written.extend([households, slgs, buyers, study]);
    for path in &written {
        println!("{}", path.display());
    }
    Ok(())
}
