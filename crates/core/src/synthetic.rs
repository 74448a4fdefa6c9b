//! A synthetic national-size register (every commune of the gazetteer, Khmer names)
//! for the benchmarks: the shapes the screens and exports must stay fast with.
//! Deterministic for a seed. Not for an office's database.

use std::collections::HashSet;

use crate::demo_names::{FAMILY, FEMALE, MALE};
use crate::error::Result;
use crate::household::HouseholdInput;
use crate::people::{IdPoor, Sex};
use crate::slg::SlgInput;
use crate::store::Store;

/// `count` SLGs spread over every commune that has villages, each in one of its
/// villages.
pub fn slgs(store: &Store, count: usize, seed: u64) -> Result<Vec<SlgInput>> {
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
    let mut rng = fastrand::Rng::with_seed(seed);
    Ok((0..count)
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
        .collect())
}

/// `per_slg` member households for each imported SLG (`ids` in the order of `slgs`).
/// A second head with the same name and birth year in a village would be refused as a
/// likely duplicate, so such draws are drawn again.
pub fn households(
    slgs: &[SlgInput],
    ids: &[String],
    per_slg: usize,
    seed: u64,
) -> Vec<(HouseholdInput, Option<String>)> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut seen = HashSet::new();
    let mut rows = Vec::with_capacity(slgs.len() * per_slg);
    for (slg, id) in slgs.iter().zip(ids) {
        let village = slg.village_code.clone().unwrap_or_default();
        for k in 0..per_slg {
            let (sex, family, given) = loop {
                let sex = if rng.bool() { Sex::Female } else { Sex::Male };
                let family = FAMILY[rng.usize(..FAMILY.len())];
                let names = if sex == Sex::Female { FEMALE } else { MALE };
                let given = names[rng.usize(..names.len())];
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
                    birth_year: Some(1950 + k as i32 % 60),
                    size: Some(size),
                    women: Some(rng.i32(0..=size)),
                    village_code: village.clone(),
                    phone: format!("0{}{:07}", rng.u32(10..99), rng.u32(0..10_000_000)),
                    id_card: if k % 3 == 0 {
                        format!("{:09}", rng.u32(0..1_000_000_000))
                    } else {
                        String::new()
                    },
                    id_poor: [IdPoor::None, IdPoor::None, IdPoor::Level1, IdPoor::Level2]
                        [rng.usize(..4)],
                    indigenous: rng.u32(0..20) == 0,
                },
                Some(id.clone()),
            ));
        }
    }
    rows
}
