//! The demo district's market study: four markets around Rolea B'ier, one campaign of
//! 40 interviews with the shapes a real study has (vegetables bought from Vietnam,
//! free-range chickens from the district, a few willing collectors), deterministic.

use chrono::{Datelike, NaiveDateTime};

use crate::error::Result;
use crate::market::{MarketInput, MarketKind};
use crate::people::{OfficialRole, Sex};
use crate::product::Unit;
use crate::store::Store;
use crate::study::campaign::{CampaignInput, CampaignMarketInput};
use crate::study::interview::{
    InterviewInput, InterviewLineInput, Payment, Per, Source, VendorKind,
};

/// Name, kind, commune, village, market days, interviews planned and done.
type DemoMarket = (
    &'static str,
    MarketKind,
    &'static str,
    Option<&'static str>,
    &'static str,
    u32,
    u32,
);

#[rustfmt::skip]
const MARKETS: &[DemoMarket] = &[
    ("ផ្សាររលាប្អៀរ", MarketKind::District, "040610", Some("04061001"), "រៀងរាល់ថ្ងៃ", 10, 10),
    ("ផ្សារក្រាំងលាវ", MarketKind::Commune, "040606", Some("04060601"), "រៀងរាល់ព្រឹក", 10, 10),
    ("ផ្សារស្វាយជ្រុំ", MarketKind::Commune, "040612", Some("04061201"), "ថ្ងៃច័ន្ទ និងថ្ងៃព្រហស្បតិ៍", 8, 8),
    ("ផ្សារលើកំពង់ឆ្នាំង", MarketKind::Provincial, "040301", None, "រៀងរាល់ថ្ងៃ", 15, 12),
];

/// What vendors of the area trade: product, daily quantity of a permanent vendor (in
/// the product's unit), usual buying price (riel per unit), where it mostly comes from
/// (share of vendors buying it from Vietnam, another province, elsewhere in the
/// district's province, else the district), months (mask), peak months (mask), chance a
/// vendor would buy from a local group (in tenths).
type Trade = (&'static str, f64, i64, [u32; 3], u16, u16, u32);

#[rustfmt::skip]
const TRADE: &[Trade] = &[
    ("cucumber", 15.0, 2500, [5, 3, 1], 0xFFF, 0x018, 6),
    ("morning-glory", 10.0, 1500, [0, 1, 3], 0xFFF, 0x000, 4),
    ("chinese-kale", 8.0, 3000, [4, 4, 1], 0xFFF, 0x308, 5),
    ("tomato", 10.0, 3200, [6, 3, 0], 0xFFF, 0x008, 4),
    ("chili", 3.0, 8000, [5, 2, 1], 0xFFF, 0x308, 3),
    ("long-bean", 8.0, 3000, [0, 4, 2], 0xFFF, 0x000, 5),
    ("cabbage", 15.0, 2400, [8, 2, 0], 0xFFF, 0x008, 3),
    ("eggplant", 6.0, 2500, [0, 3, 4], 0xFFF, 0x000, 4),
    ("chicken-local", 10.0, 18000, [0, 3, 3], 0xFFF, 0x309, 8),
    ("chicken-egg", 200.0, 550, [5, 4, 0], 0xFFF, 0x009, 6),
    ("pork", 20.0, 16000, [0, 5, 2], 0xFFF, 0x309, 2),
    ("snakehead", 10.0, 14000, [0, 3, 4], 0xFFF, 0x00C, 3),
    ("tilapia", 8.0, 8000, [4, 4, 1], 0xFFF, 0x000, 2),
    ("milled-rice", 50.0, 2800, [0, 1, 2], 0xFFF, 0x000, 2),
    ("banana", 10.0, 5000, [0, 3, 3], 0xFFF, 0x008, 3),
    ("mango", 10.0, 3000, [0, 5, 2], 0x03C, 0x018, 2),
    ("shallot", 3.0, 7000, [7, 2, 0], 0xFFF, 0x008, 2),
];

impl Store {
    pub(crate) fn build_demo_study(&mut self, now: NaiveDateTime) -> Result<()> {
        let year = now.year();
        let mut rng = fastrand::Rng::with_seed(2015);
        let mut markets = Vec::new();
        for &(name, kind, commune, village, days, target, done) in MARKETS {
            let m = self.save_market(
                &MarketInput {
                    id: None,
                    name: name.into(),
                    kind: Some(kind),
                    commune_code: commune.into(),
                    village_code: village.map(Into::into),
                    market_days: days.into(),
                    notes: String::new(),
                },
                now,
            )?;
            markets.push((m, target, done));
        }
        let team: Vec<_> = self
            .officials(false)?
            .into_iter()
            .filter(|o| {
                matches!(
                    o.role,
                    OfficialRole::DistrictTechnical
                        | OfficialRole::Cew
                        | OfficialRole::PdaffMarketing
                )
            })
            .collect();
        let office = self.require_office()?;
        let campaign = self.save_campaign(
            &CampaignInput {
                id: None,
                name: format!("ការសិក្សាតម្រូវការទីផ្សារ ស្រុករលាប្អៀរ {year}"),
                starts_on: format!("{year}-02-02"),
                ends_on: format!("{year}-02-27"),
                commune_codes: office
                    .target_communes
                    .iter()
                    .map(|c| c.code.clone())
                    .collect(),
                team: team.iter().map(|o| o.id.clone()).collect(),
                markets: markets
                    .iter()
                    .map(|(m, target, _)| CampaignMarketInput {
                        market_id: m.id.clone(),
                        target: Some(*target),
                    })
                    .collect(),
                notes: String::new(),
            },
            now,
        )?;
        let interviewers: Vec<_> = team
            .iter()
            .filter(|o| o.role != OfficialRole::PdaffMarketing)
            .map(|o| o.id.clone())
            .collect();
        let mut n = 0;
        let mut willing_interviews = Vec::new();
        for (market, _, done) in &markets {
            for _ in 0..*done {
                let input =
                    demo_interview(&mut rng, &campaign.id, &market.id, &interviewers, year, n);
                let saved = self.save_interview(&input, now)?;
                if saved.lines.iter().any(|l| l.willing) {
                    willing_interviews.push(saved.id);
                }
                n += 1;
            }
        }
        // The office has already registered the first two willing vendors as buyers.
        for id in willing_interviews.iter().take(2) {
            self.buyer_from_interview(id, now)?;
        }
        Ok(())
    }
}

fn demo_interview(
    rng: &mut fastrand::Rng,
    campaign: &str,
    market: &str,
    interviewers: &[String],
    year: i32,
    n: usize,
) -> InterviewInput {
    let kind = match rng.u32(0..10) {
        0..=5 => VendorKind::PermanentVendor,
        6 | 7 => VendorKind::Retailer,
        8 => VendorKind::Collector,
        _ => VendorKind::Wholesaler,
    };
    // Market vendors in Cambodia are mostly women.
    let sex = if rng.u32(0..10) < 8 {
        Sex::Female
    } else {
        Sex::Male
    };
    let (name, _) = crate::demo::person(rng, sex);
    let bulk = matches!(kind, VendorKind::Collector | VendorKind::Wholesaler);
    let count = if bulk {
        2 + rng.usize(0..3)
    } else {
        3 + rng.usize(0..6)
    };
    // About a third of vendors would buy from a local group at all; those name the
    // products they would.
    let open_to_groups = rng.u32(0..3) == 0;
    let mut picks: Vec<usize> = (0..TRADE.len()).collect();
    rng.shuffle(&mut picks);
    let lines = picks[..count]
        .iter()
        .map(|&i| {
            let (slug, daily, price, sources, months, peaks, willing) = TRADE[i];
            let months = seasonal(rng, months);
            let scale = 0.5 + rng.f64();
            let (quantity, per) = if bulk {
                ((daily * 7.0 * (2.0 + rng.f64() * 3.0)).round(), Per::Week)
            } else {
                ((daily * scale).round().max(1.0), Per::Day)
            };
            // Some egg sellers count in dozens: the analysis converts.
            let dozens = slug == "chicken-egg" && rng.bool();
            let (quantity, unit, price) = if dozens {
                ((quantity / 12.0).round().max(1.0), Unit::Dozen, price * 12)
            } else {
                (quantity, default_unit(slug), price)
            };
            let buy = ((price as f64 * (0.8 + rng.f64() * 0.45)) / 100.0).round() as i64 * 100;
            let roll = rng.u32(0..10);
            let source = if roll < sources[0] {
                Source::Vietnam
            } else if roll < sources[0] + sources[1] {
                Source::OtherProvince
            } else if roll < sources[0] + sources[1] + sources[2] {
                Source::OtherDistrict
            } else {
                Source::SameDistrict
            };
            let willing = open_to_groups && rng.u32(0..10) < willing + 3;
            InterviewLineInput {
                product_id: Some(format!("seed-{slug}")),
                quantity: Some(quantity),
                unit: Some(unit),
                per: Some(per),
                months: crate::study::months::numbers(months),
                peak_months: crate::study::months::numbers(peaks & months),
                grade: if bulk {
                    "ថ្នាក់ទី១".into()
                } else {
                    String::new()
                },
                fresh: rng.u32(0..10) < 8,
                safe: rng.u32(0..10) < 5,
                packaging: if bulk {
                    "កញ្ចប់ ២០ គ.ក".into()
                } else {
                    String::new()
                },
                buy_price_khr: Some(buy),
                sell_price_khr: Some(buy + buy / 5),
                source: Some(source),
                willing,
                willing_quantity: willing.then(|| (quantity * 0.5).round().max(1.0)),
                payment: Some(if bulk { Payment::Credit } else { Payment::Cash }),
                payment_days: bulk.then_some(7),
            }
        })
        .collect();
    InterviewInput {
        id: None,
        campaign_id: campaign.into(),
        market_id: Some(market.into()),
        vendor_name: name,
        sex: Some(sex),
        vendor_kind: Some(kind),
        phone: if rng.u32(0..3) == 0 {
            String::new()
        } else {
            crate::demo::phone(rng)
        },
        interviewer_id: interviewers.get(n % interviewers.len().max(1)).cloned(),
        interviewed_on: format!("{year}-02-{:02}", 2 + n % 25),
        notes: String::new(),
        lines,
        confirmed: false,
    }
}

/// The catalogue unit of the demo's products (all kg but a few).
fn default_unit(slug: &str) -> Unit {
    match slug {
        "chicken-egg" => Unit::Piece,
        "banana" => Unit::Bunch,
        _ => Unit::Kg,
    }
}

/// Many vendors trade a product only in the dry season (November to May), when
/// vegetables grow well and roads are open, or mostly in the rainy season.
fn seasonal(rng: &mut fastrand::Rng, months: u16) -> u16 {
    if months != 0xFFF {
        return months;
    }
    match rng.u32(0..10) {
        0..=2 => 0b1100_0001_1111, // November to May
        3 => 0b0011_1110_0000,     // June to October
        _ => months,
    }
}
