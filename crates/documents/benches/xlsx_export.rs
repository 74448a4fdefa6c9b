//! National-size household export: 144,000 households in 4,800 SLGs across every
//! commune, written to one workbook. Prints the export's time, the file's size and the
//! peak memory of the export alone. Goals (issue 3): a few seconds, well under 100 MB.
//!
//! `cargo bench -p cluster-documents --bench xlsx_export`

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use chrono::NaiveDate;
use cluster_core::demo_names::{FAMILY, FEMALE, MALE};
use cluster_core::{HouseholdInput, HouseholdQuery, IdPoor, Lang, Sex, SlgInput, Store};
use cluster_documents::xlsx::export_households;

const SLGS: usize = 4_800;
const PER_SLG: usize = 30;

/// xorshift64*: enough to vary names and numbers without another dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

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
    let mut communes = Vec::new();
    for p in store.provinces()? {
        for d in store.districts(&p.code)? {
            for c in store.communes(&d.code)? {
                let villages = store.villages(&c.code)?;
                if !villages.is_empty() {
                    communes.push((c.code, villages));
                }
            }
        }
    }
    let mut rng = Rng(144_000);
    let slgs: Vec<SlgInput> = (0..SLGS)
        .map(|i| {
            let (commune, villages) = &communes[i % communes.len()];
            SlgInput {
                id: None,
                name: format!("ក្រុមកសិករ {i}"),
                commune_code: commune.clone(),
                village_code: Some(villages[rng.below(villages.len())].code.clone()),
                cew_id: None,
                formed_on: Some("2025-03-01".into()),
            }
        })
        .collect();
    let t = Instant::now();
    let slg_ids = store.import_slgs(&slgs, now)?;
    let mut rows = Vec::with_capacity(SLGS * PER_SLG);
    // The register refuses a second head with the same name and birth year in a
    // village: draw again on such a collision.
    let mut seen = std::collections::HashSet::new();
    for (slg, id) in slgs.iter().zip(&slg_ids) {
        let village = slg.village_code.clone().unwrap_or_default();
        for k in 0..PER_SLG {
            let (sex, family, given) = loop {
                let sex = if rng.below(2) == 0 {
                    Sex::Female
                } else {
                    Sex::Male
                };
                let family = FAMILY[rng.below(FAMILY.len())];
                let names = if sex == Sex::Female { FEMALE } else { MALE };
                let given = names[rng.below(names.len())];
                if seen.insert((village.clone(), family.0, given.0, k)) {
                    break (sex, family, given);
                }
            };
            let size = 1 + rng.below(9) as i32;
            rows.push((
                HouseholdInput {
                    id: None,
                    head_name_km: format!("{} {}", family.0, given.0),
                    head_name_latin: format!("{} {}", family.1, given.1),
                    sex: Some(sex),
                    birth_year: Some(1950 + k as i32),
                    size: Some(size),
                    women: Some(rng.below(size as usize + 1) as i32),
                    village_code: village.clone(),
                    phone: format!("0{}{:07}", 10 + rng.below(89), rng.below(10_000_000)),
                    id_card: if k % 3 == 0 {
                        format!("{:09}", rng.below(1_000_000_000))
                    } else {
                        String::new()
                    },
                    id_poor: [IdPoor::None, IdPoor::None, IdPoor::Level1, IdPoor::Level2]
                        [rng.below(4)],
                    indigenous: rng.below(20) == 0,
                },
                Some(id.clone()),
            ));
        }
    }
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
