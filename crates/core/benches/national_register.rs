//! National-size register: 144,000 households in 4,800 SLGs across all 1,661 communes.
//! Prints the bulk-load time and the household list's time per page for the queries the
//! register screen makes. Goals (issue 2): load ≤ 5 s, a page ≤ 50 ms.
//!
//! `cargo bench -p cluster-core --bench national_register`

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use cluster_core::demo_names::{FAMILY, FEMALE, MALE};
use cluster_core::{HouseholdInput, HouseholdQuery, HouseholdSort, IdPoor, Sex, SlgInput, Store};

const SLGS: usize = 4_800;
const PER_SLG: usize = 30;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let now = NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .ok_or("date")?;
    let dir = tempfile::tempdir()?;

    let t = Instant::now();
    let mut store = Store::open_in_dir(dir.path())?;
    println!(
        "first start (migrate + gazetteer):  {:>8.1} ms",
        ms(t.elapsed())
    );

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
    let mut rng = fastrand::Rng::with_seed(144_000);
    let slgs: Vec<SlgInput> = (0..SLGS)
        .map(|i| {
            let (commune, villages) = &communes[i % communes.len()];
            SlgInput {
                id: None,
                name: format!("ក្រុមកសិករ {i}"),
                commune_code: commune.clone(),
                village_code: Some(villages[rng.usize(..villages.len())].code.clone()),
                cew_id: None,
                formed_on: Some("2025-03-01".into()),
            }
        })
        .collect();
    let t = Instant::now();
    let slg_ids = store.import_slgs(&slgs, now)?;
    let slg_time = t.elapsed();

    let mut rows = Vec::with_capacity(SLGS * PER_SLG);
    // The register refuses a second head with the same name and birth year in a village:
    // draw again on such a collision.
    let mut seen = std::collections::HashSet::new();
    for (slg, id) in slgs.iter().zip(&slg_ids) {
        for k in 0..PER_SLG {
            let village = slg.village_code.clone().unwrap_or_default();
            let (sex, family, given) = loop {
                let sex = if rng.bool() { Sex::Female } else { Sex::Male };
                let family = FAMILY[rng.usize(..FAMILY.len())];
                let given = if sex == Sex::Female { FEMALE } else { MALE }[rng.usize(..20)];
                if seen.insert((village.clone(), family.0, given.0, k)) {
                    break (sex, family, given);
                }
            };
            let size = rng.i32(1..10);
            rows.push((
                HouseholdInput {
                    id: None,
                    head_name_km: format!("{} {}", family.0, given.0),
                    head_name_latin: format!("{} {}", family.1, given.1),
                    sex: Some(sex),
                    birth_year: Some(1950 + k as i32),
                    size: Some(size),
                    women: Some(rng.i32(0..=size)),
                    village_code: village,
                    phone: format!("0{}{:07}", rng.u32(10..99), rng.u32(0..10_000_000)),
                    id_card: String::new(),
                    id_poor: IdPoor::None,
                    indigenous: false,
                },
                Some(id.clone()),
            ));
        }
    }
    let t = Instant::now();
    let n = store.import_households(&rows, now)?;
    let hh_time = t.elapsed();
    println!(
        "import {SLGS} SLGs:                 {:>8.1} ms",
        ms(slg_time)
    );
    println!("import {n} households:          {:>8.1} ms", ms(hh_time));
    println!(
        "bulk load total:                    {:>8.1} ms   (goal ≤ 5000 ms)",
        ms(slg_time + hh_time)
    );

    let busy = &communes[0].0;
    let queries: Vec<(&str, HouseholdQuery)> = vec![
        (
            "commune filter, page 1",
            HouseholdQuery {
                commune_code: Some(busy.clone()),
                ..Default::default()
            },
        ),
        (
            "commune filter + Khmer name prefix",
            HouseholdQuery {
                commune_code: Some(busy.clone()),
                search: "សុ".into(),
                ..Default::default()
            },
        ),
        (
            "national, Khmer name search",
            HouseholdQuery {
                search: "ចាន់ ដារ៉ា".into(),
                ..Default::default()
            },
        ),
        (
            "national, Latin name search",
            HouseholdQuery {
                search: "sok".into(),
                ..Default::default()
            },
        ),
        (
            "national, phone prefix",
            HouseholdQuery {
                search: "012 3".into(),
                ..Default::default()
            },
        ),
        ("national, no filter, page 1", HouseholdQuery::default()),
        (
            "national, no filter, page 1000",
            HouseholdQuery {
                page: 1000,
                ..Default::default()
            },
        ),
        (
            "national, Latin sort, page 1",
            HouseholdQuery {
                sort: HouseholdSort::NameLatin,
                ..Default::default()
            },
        ),
        (
            "national, recent first, page 1",
            HouseholdQuery {
                sort: HouseholdSort::Recent,
                ..Default::default()
            },
        ),
        (
            "one SLG's members",
            HouseholdQuery {
                slg_id: Some(slg_ids[17].clone()),
                ..Default::default()
            },
        ),
    ];
    println!("\nhousehold list, 50 rows a page (median / max of 15 runs; goal ≤ 50 ms):");
    for (label, q) in &queries {
        let mut times = Vec::new();
        let mut total = 0;
        for _ in 0..15 {
            let t = Instant::now();
            let page = store.households(q, now)?;
            times.push(t.elapsed());
            total = page.total;
        }
        times.sort();
        println!(
            "  {label:<36} {:>7.2} ms / {:>7.2} ms   ({total} matches)",
            ms(times[times.len() / 2]),
            ms(times[times.len() - 1])
        );
    }
    let t = Instant::now();
    let d = store.dashboard(now)?;
    println!(
        "\ndashboard counts:                   {:>8.1} ms  ({} households)",
        ms(t.elapsed()),
        d.households
    );
    let size = std::fs::metadata(dir.path().join(cluster_core::store::DB_FILE))?.len();
    println!(
        "database file:                      {:>8.1} MB",
        size as f64 / 1e6
    );
    if let Ok(status) = std::fs::read_to_string("/proc/self/status")
        && let Some(line) = status.lines().find(|l| l.starts_with("VmHWM"))
    {
        println!(
            "peak memory (VmHWM):                {}",
            line.trim_start_matches("VmHWM:").trim()
        );
    }
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
