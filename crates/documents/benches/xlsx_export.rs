//! National-size household export: 144,000 households in 4,800 SLGs across every
//! commune, written to one workbook. Prints the export's time, the file's size and the
//! peak memory of the export alone. Goals (issue 3): a few seconds, well under 100 MB.
//!
//! `cargo bench -p cluster-documents --bench xlsx_export`

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use chrono::NaiveDate;
use cluster_core::{HouseholdQuery, Lang, Store, synthetic};
use cluster_documents::xlsx::export_households;

const SLGS: usize = 4_800;
const PER_SLG: usize = 30;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let now = NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .ok_or("date")?;
    let mut args = std::env::args().skip(1);
    if args.next().as_deref() == Some("--build") {
        let dir = args.next().ok_or("--build needs a folder")?;
        return build_register(Path::new(&dir), now);
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
