//! National-size household export: 144,000 households in 4,800 SLGs across every
//! commune, written to one workbook. Prints the export's time, the file's size and the
//! peak memory of the export alone. Goals (issue 3): a few seconds, well under 100 MB.
//!
//! Then the market study workbook (issue 4): the demo district's campaign, and a
//! national-size campaign of 5,000 interviews × 10 products (50,000 interview rows),
//! exported by a process of its own so its peak memory is its own.
//!
//! `cargo bench -p cluster-documents --bench xlsx_export`

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use chrono::NaiveDate;
use cluster_core::{HouseholdQuery, Lang, OfficeInput, Store, synthetic};
use cluster_documents::xlsx::export_households;
use cluster_documents::xlsx_study::export_market_study;

const SLGS: usize = 4_800;
const PER_SLG: usize = 30;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let now = NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .ok_or("date")?;
    let mut args = std::env::args().skip(1);
    match args.next().as_deref() {
        Some("--build") => {
            let dir = args.next().ok_or("--build needs a folder")?;
            return build_register(Path::new(&dir), now);
        }
        Some("--build-study") => {
            let dir = args.next().ok_or("--build-study needs a folder")?;
            return build_study(Path::new(&dir), now);
        }
        Some("--export-study") => {
            let dir = args.next().ok_or("--export-study needs a folder")?;
            return export_study(Path::new(&dir), now);
        }
        _ => {}
    }

    // The register is built by a second run of this program, so that this process's
    // peak memory is the export's own, not the bulk load's (freed memory is not
    // always handed back to the system). `cargo bench` passes `--bench`, ignored here.
    let dir = tempfile::tempdir()?;
    let built = Command::new(std::env::current_exe()?)
        .arg("--build")
        .arg(dir.path())
        .status()?;
    if !built.success() {
        return Err("building the register failed".into());
    }

    let store = Store::open_in_dir(dir.path())?;
    let before = memory("VmRSS");
    let path = dir.path().join("households.xlsx");
    let mut calls = 0;
    let t = Instant::now();
    let rows = export_households(
        &store,
        &HouseholdQuery::default(),
        Lang::Km,
        now,
        &path,
        &mut |_, _| calls += 1,
    )?;
    let took = t.elapsed();
    let size = std::fs::metadata(&path)?.len();
    println!(
        "export {rows} households:        {:>8.2} s   (goal: a few seconds)",
        took.as_secs_f64()
    );
    println!(
        "rows per second:                 {:>8.0}",
        f64::from(rows) / took.as_secs_f64()
    );
    println!(
        "file size:                       {:>8.1} MB",
        size as f64 / 1e6
    );
    println!("progress calls:                  {calls:>8}");
    println!("memory with the store open (VmRSS): {before}");
    println!(
        "peak memory (VmHWM):                {}   (goal: well under 100 MB)",
        memory("VmHWM")
    );

    demo_study(now)?;
    let study = tempfile::tempdir()?;
    for step in ["--build-study", "--export-study"] {
        let done = Command::new(std::env::current_exe()?)
            .arg(step)
            .arg(study.path())
            .status()?;
        if !done.success() {
            return Err(format!("{step} failed").into());
        }
    }
    Ok(())
}

/// The demo district's campaign (40 interviews): the workbook an office exports.
fn demo_study(now: chrono::NaiveDateTime) -> Result<(), Box<dyn std::error::Error>> {
    let mut store = Store::open_in_memory()?;
    store.load_demo(now)?;
    let campaign = store.campaigns(false)?.remove(0).id;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("market-study.xlsx");
    let mut times = Vec::new();
    for _ in 0..10 {
        let t = Instant::now();
        export_market_study(&store, &campaign, Lang::Km, now, &path)?;
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "market study, demo campaign (40 interviews): median {:>6.1} ms, worst {:>6.1} ms, {:.0} KB",
        times[times.len() / 2],
        times[times.len() - 1],
        std::fs::metadata(&path)?.len() as f64 / 1e3
    );
    Ok(())
}

const STUDY_MARKETS: usize = 200;
const STUDY_INTERVIEWS: usize = 5_000;
const STUDY_LINES: usize = 10;

/// A national-size campaign, entered through the core's rules as the core's own
/// market study benchmark does.
fn build_study(
    dir: &std::path::Path,
    now: chrono::NaiveDateTime,
) -> Result<(), Box<dyn std::error::Error>> {
    let mut store = Store::open_in_dir(dir)?;
    store.setup_office(
        &OfficeInput {
            province_code: "04".into(),
            district_code: "0406".into(),
            name_km: "ការិយាល័យកសិកម្មស្រុករលាប្អៀរ".into(),
            name_en: "Rolea B'ier District Agriculture Office".into(),
            fiscal_year: Some(2026),
            target_communes: vec!["040610".into()],
        },
        now,
    )?;
    let t = Instant::now();
    synthetic::market_study(
        &mut store,
        STUDY_MARKETS,
        STUDY_INTERVIEWS,
        STUDY_LINES,
        5_000,
        now,
    )?;
    println!(
        "built {STUDY_INTERVIEWS} interviews × {STUDY_LINES} products:   {:>8.2} s",
        t.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The national campaign's workbook, in a process of its own.
fn export_study(
    dir: &std::path::Path,
    now: chrono::NaiveDateTime,
) -> Result<(), Box<dyn std::error::Error>> {
    let store = Store::open_in_dir(dir)?;
    let campaign = store.campaigns(false)?.remove(0).id;
    let before = memory("VmRSS");
    let path = dir.join("market-study.xlsx");
    let t = Instant::now();
    export_market_study(&store, &campaign, Lang::Km, now, &path)?;
    let took = t.elapsed();
    let rows = STUDY_INTERVIEWS * STUDY_LINES;
    println!(
        "market study, {rows} interview rows:  {:>8.2} s   ({:.0} rows per second)",
        took.as_secs_f64(),
        rows as f64 / took.as_secs_f64()
    );
    println!(
        "file size:                       {:>8.1} MB",
        std::fs::metadata(&path)?.len() as f64 / 1e6
    );
    println!("memory with the store open (VmRSS): {before}");
    println!("peak memory (VmHWM):                {}", memory("VmHWM"));
    Ok(())
}

/// 4,800 SLGs spread over every commune with villages, 30 households each, as the
/// core's `national_register` benchmark builds them.
fn build_register(
    dir: &std::path::Path,
    now: chrono::NaiveDateTime,
) -> Result<(), Box<dyn std::error::Error>> {
    let mut store = Store::open_in_dir(dir)?;
    let t = Instant::now();
    let slgs = synthetic::slgs(&store, SLGS, 144_000)?;
    let slg_ids = store.import_slgs(&slgs, now)?;
    let rows = synthetic::households(&slgs, &slg_ids, PER_SLG, 4_800);
    let n = store.import_households(&rows, now)?;
    println!(
        "built {n} households in {SLGS} SLGs:  {:>8.2} s",
        t.elapsed().as_secs_f64()
    );
    Ok(())
}

/// A line of /proc/self/status ("123456 kB"), or "unknown" off Linux.
fn memory(key: &str) -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with(key))
                .map(|l| l[key.len() + 1..].trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".into())
}
