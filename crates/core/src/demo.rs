//! The demo district: Rolea B'ier, Kampong Chhnang — the district of the ASPIRE
//! chicken-raising cluster in Chea Rov village. Deterministic (seeded), built through
//! the same rules as typed-in data, in one transaction, and marked as demo.

use chrono::{Datelike, NaiveDateTime};

use crate::buyer::{BuyerInput, BuyerKind};
use crate::demo_names::{FAMILY, FEMALE, MALE};
use crate::error::{CoreError, Result};
use crate::household::HouseholdInput;
use crate::office::{Office, OfficeInput, write_office};
use crate::people::{IdPoor, OfficialInput, OfficialRole, Sex};
use crate::slg::SlgInput;
use crate::store::Store;

/// The four target communes and, for each, the villages its three SLGs meet in.
const COMMUNES: &[(&str, [&str; 3])] = &[
    ("040610", ["04061004", "04061001", "04061002"]), // Rolea B'ier: Chea Rov, Kruos, Prey Khmer
    ("040606", ["04060601", "04060603", "04060605"]), // Krang Leav
    ("040608", ["04060801", "04060805", "04060806"]), // Prasnoeb
    ("040612", ["04061201", "04061204", "04061207"]), // Svay Chrum
];

/// What each SLG of a commune works on, used in its name.
const SLG_THEMES: [&str; 3] = ["ចិញ្ចឹមមាន់", "ដាំបន្លែ", "ដាំស្រូវ"];

fn pick<'a>(rng: &mut fastrand::Rng, list: &'a [(&'a str, &'a str)]) -> (&'a str, &'a str) {
    list[rng.usize(..list.len())]
}

pub(crate) fn person(rng: &mut fastrand::Rng, sex: Sex) -> (String, String) {
    let family = pick(rng, FAMILY);
    let given = pick(rng, if sex == Sex::Female { FEMALE } else { MALE });
    (
        format!("{} {}", family.0, given.0),
        format!("{} {}", family.1, given.1),
    )
}

pub(crate) fn phone(rng: &mut fastrand::Rng) -> String {
    let prefix = ["012", "097", "088", "071", "015", "096"][rng.usize(..6)];
    format!("{prefix} {:03} {:03}", rng.u32(100..1000), rng.u32(0..1000))
}

impl Store {
    /// Builds the demo district in an empty database. Refused once an office exists, so
    /// it can never mix with real data.
    pub fn load_demo(&mut self, now: NaiveDateTime) -> Result<Office> {
        if self.office()?.is_some() {
            return Err(CoreError::OfficeAlreadySetUp);
        }
        self.atomically(|store| store.build_demo(now))
    }

    fn build_demo(&mut self, now: NaiveDateTime) -> Result<Office> {
        let mut rng = fastrand::Rng::with_seed(2017);
        let office = OfficeInput {
            province_code: "04".into(),
            district_code: "0406".into(),
            name_km: "ការិយាល័យកសិកម្មស្រុករលាប្អៀរ (សាកល្បង)".into(),
            name_en: "Rolea B'ier District Agriculture Office (demo)".into(),
            fiscal_year: Some(now.year()),
            target_communes: COMMUNES.iter().map(|(c, _)| (*c).to_owned()).collect(),
        };
        write_office(&self.conn, &office, true, now)?;

        let mut official = |store: &mut Store, role, sex, commune: Option<&str>| {
            let (name_km, name_latin) = person(&mut rng, sex);
            let input = OfficialInput {
                id: None,
                name_km,
                name_latin,
                sex: Some(sex),
                role: Some(role),
                commune_code: commune.map(Into::into),
                phone: phone(&mut rng),
            };
            store.save_official(&input, now)
        };
        official(self, OfficialRole::DaoChief, Sex::Male, None)?;
        official(self, OfficialRole::DistrictTechnical, Sex::Female, None)?;
        official(self, OfficialRole::DistrictTechnical, Sex::Male, None)?;
        official(self, OfficialRole::PdaffMarketing, Sex::Female, None)?;
        official(self, OfficialRole::MeAdvisor, Sex::Male, None)?;
        let mut cews = Vec::new();
        for (i, (commune, _)) in COMMUNES.iter().enumerate() {
            let sex = if i % 2 == 0 { Sex::Female } else { Sex::Male };
            cews.push(official(self, OfficialRole::Cew, sex, Some(commune))?.id);
        }

        let mut rng = fastrand::Rng::with_seed(1661);
        // The register refuses a second household with the same name, village and birth
        // year as a likely duplicate; the generator skips such draws.
        let mut seen = std::collections::HashSet::new();
        let mut draw = |rng: &mut fastrand::Rng, village: &str| loop {
            let h = demo_household(rng, village, now.year());
            if seen.insert((h.head_name_km.clone(), h.village_code.clone(), h.birth_year)) {
                return h;
            }
        };
        for ((commune, villages), cew) in COMMUNES.iter().zip(&cews) {
            for (k, village) in villages.iter().enumerate() {
                let village_name = self.place(village)?.map(|p| p.name_km).unwrap_or_default();
                let slg = self.save_slg(
                    &SlgInput {
                        id: None,
                        name: format!("ក្រុម{}{}", SLG_THEMES[k], village_name),
                        commune_code: (*commune).into(),
                        village_code: Some((*village).into()),
                        cew_id: Some(cew.clone()),
                        formed_on: Some(format!(
                            "{}-{:02}-{:02}",
                            now.year() - 1,
                            2 + 3 * k,
                            5 + rng.u32(0..20)
                        )),
                    },
                    now,
                )?;
                let members = 22 + rng.usize(0..7);
                let rows: Vec<_> = (0..members)
                    .map(|_| (draw(&mut rng, village), Some(slg.id.clone())))
                    .collect();
                self.import_households(&rows, now)?;
            }
        }
        // A few households not yet in any SLG, as every real register has.
        let loose: Vec<_> = (0..12)
            .map(|i| (draw(&mut rng, COMMUNES[i % 4].1[0]), None))
            .collect();
        self.import_households(&loose, now)?;

        for buyer in demo_buyers() {
            self.save_buyer(&buyer, now)?;
        }
        self.build_demo_study(now)?;
        self.build_demo_forum(now)?;
        self.build_demo_groups(now)?;
        self.build_demo_contracts(now)?;
        self.build_demo_budget(now)?;
        self.require_office()
    }
}

fn demo_household(rng: &mut fastrand::Rng, village: &str, year: i32) -> HouseholdInput {
    // About two in five SLG members are women heads of household, as in ASPIRE's SLGs.
    let sex = if rng.u32(0..5) < 2 {
        Sex::Female
    } else {
        Sex::Male
    };
    let (name_km, name_latin) = person(rng, sex);
    let size = 2 + rng.i32(0..7);
    let id_poor = match rng.u32(0..10) {
        0 => IdPoor::Level1,
        1 | 2 => IdPoor::Level2,
        _ => IdPoor::None,
    };
    HouseholdInput {
        id: None,
        head_name_km: name_km,
        head_name_latin: name_latin,
        sex: Some(sex),
        birth_year: Some(year - 19 - rng.i32(0..50)),
        size: Some(size),
        women: Some(1 + rng.i32(0..size)),
        village_code: village.into(),
        phone: if rng.u32(0..4) == 0 {
            String::new()
        } else {
            phone(rng)
        },
        id_card: String::new(),
        id_poor,
        indigenous: false,
    }
}

/// Buyers and input suppliers around the district: name, kind, contact, phone, place
/// (gazetteer code at any level), address, products.
#[rustfmt::skip]
const BUYERS: &[(&str, BuyerKind, &str, &str, &str, &str, &str)] = &[
    ("អ្នកប្រមូលទិញមាន់ ម៉ៅ សុផល", BuyerKind::Collector, "ម៉ៅ សុផល", "012 771 204", "04061004", "ភូមិជារៅ", "មាន់ស្រែ, ពងមាន់"),
    ("អ្នកប្រមូលទិញបន្លែ ហេង ស្រីពៅ", BuyerKind::Collector, "ហេង ស្រីពៅ", "097 330 118", "040606", "", "ត្រសក់, ស្ពៃ, ត្រប់, ម្ទេស"),
    ("ឈ្មួញកណ្តាល ឡុង វិចិត្រ", BuyerKind::Collector, "ឡុង វិចិត្រ", "088 402 913", "040608", "", "ស្រូវ, ពោត"),
    ("ហាងលក់ដុំបន្លែ ផ្សារកំពង់ឆ្នាំង", BuyerKind::Wholesaler, "គឹម ចន្ធូ", "011 618 227", "0403", "ផ្សារកំពង់ឆ្នាំង", "បន្លែគ្រប់មុខ"),
    ("ឃ្លាំងស្រូវ សេង ហួត", BuyerKind::Wholesaler, "សេង ហួត", "012 505 860", "0406", "ផ្លូវជាតិលេខ៥", "ស្រូវ"),
    ("ហាងលក់រាយ ស៊ឹម ម៉ាលី", BuyerKind::Retailer, "ស៊ឹម ម៉ាលី", "015 204 771", "040610", "ផ្សាររលាប្អៀរ", "មាន់, ពងមាន់, បន្លែ"),
    ("ផ្សារទំនើប ភ្នំពេញ", BuyerKind::Supermarket, "ជា រតនា", "023 990 455", "12", "មហាវិថីព្រះនរោត្តម", "បន្លែសុវត្ថិភាព, មាន់ស្រែ"),
    ("រោងម៉ាស៊ីនកិនស្រូវ ប្រាក់ មាស", BuyerKind::Processor, "ប្រាក់ សម្បត្តិ", "096 812 330", "0406", "", "ស្រូវ"),
    ("ហាងជី និងគ្រាប់ពូជ សុខា", BuyerKind::InputSupplier, "សុខ សុខា", "071 233 908", "040610", "ផ្សាររលាប្អៀរ", "ជី, គ្រាប់ពូជបន្លែ, ថ្នាំពេទ្យសត្វ"),
    ("ហាងចំណីសត្វ កែវ បូរ៉ា", BuyerKind::InputSupplier, "កែវ បូរ៉ា", "089 660 142", "0403", "ក្រុងកំពង់ឆ្នាំង", "ចំណីមាន់, កូនមាន់, វ៉ាក់សាំង"),
];

fn demo_buyers() -> Vec<BuyerInput> {
    BUYERS
        .iter()
        .map(
            |&(name, kind, contact, phone, place, address, products)| BuyerInput {
                id: None,
                name: name.into(),
                kind: Some(kind),
                contact_person: contact.into(),
                phone: phone.into(),
                location_code: Some(place.into()),
                address: address.into(),
                products: products.into(),
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::household::HouseholdQuery;
    use crate::slg::SlgQuery;
    use crate::testing::now;

    #[test]
    fn the_demo_district_is_realistic_and_the_same_every_time() {
        let mut a = Store::open_in_memory().unwrap();
        let office = a.load_demo(now()).unwrap();
        assert!(office.is_demo);
        assert_eq!(office.target_communes.len(), 4);
        let d = a.dashboard(now()).unwrap();
        assert_eq!(d.slgs, 12);
        assert!(
            (280..=340).contains(&d.households),
            "about 300 households, got {}",
            d.households
        );
        assert_eq!(d.officials, 9);
        assert_eq!(d.buyers, 12, "ten registered, two from the market study");
        assert!(d.households_without_slg >= 10);
        let slgs = a.slgs(&SlgQuery::default()).unwrap();
        assert!(
            slgs.rows
                .iter()
                .all(|s| (20..=30).contains(&s.member_count) && s.cew_name.is_some())
        );

        // The youth count of the dashboard agrees with the youth flag of each row.
        let all = HouseholdQuery {
            page_size: 500,
            ..Default::default()
        };
        let rows = a.households(&all, now()).unwrap().rows;
        assert_eq!(
            rows.iter().filter(|h| h.is_youth).count() as u32,
            d.youth_headed
        );

        let mut b = Store::open_in_memory().unwrap();
        b.load_demo(now()).unwrap();
        let names = |s: &Store| {
            let mut v: Vec<_> = s
                .households(&all, now())
                .unwrap()
                .rows
                .into_iter()
                .map(|h| {
                    (
                        h.head_name_km,
                        h.village.code,
                        h.birth_year,
                        h.size,
                        h.phone,
                    )
                })
                .collect();
            v.sort();
            v
        };
        assert_eq!(names(&a), names(&b), "two loads give the same district");
    }

    #[test]
    fn the_demo_never_mixes_with_a_real_office() {
        let mut store = crate::testing::store_with_office();
        assert!(matches!(
            store.load_demo(now()),
            Err(CoreError::OfficeAlreadySetUp)
        ));
        assert_eq!(store.dashboard(now()).unwrap().households, 0);
    }
}
