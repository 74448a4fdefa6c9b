//! The analysis of a campaign's interviews, per product, and the priority ranking: a
//! score anyone can recompute by hand from the four parts shown beside it.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::product::{Product, Unit};
use crate::store::Store;
use crate::study::interview::{Per, Source};

/// How much each part counts in the priority score, 0–10 each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    pub demand: u32,
    pub gap: u32,
    pub price: u32,
    pub willing: u32,
}

pub const WEIGHT_MAX: u32 = 10;

impl Default for Weights {
    fn default() -> Self {
        Weights {
            demand: 4,
            gap: 3,
            price: 1,
            willing: 2,
        }
    }
}

impl Weights {
    pub fn check(&self) -> Result<()> {
        let mut violations = Vec::new();
        for (field, w) in [
            ("demand", self.demand),
            ("gap", self.gap),
            ("price", self.price),
            ("willing", self.willing),
        ] {
            if w > WEIGHT_MAX {
                violations.push(
                    Violation::new(field, RuleCode::OutOfRange)
                        .with("min", 0)
                        .with("max", WEIGHT_MAX),
                );
            }
        }
        if self.total() == 0 {
            violations.push(Violation::new("weights", RuleCode::WeightsAllZero));
        }
        if violations.is_empty() {
            Ok(())
        } else {
            Err(CoreError::Invalid(violations))
        }
    }

    fn total(&self) -> u32 {
        self.demand + self.gap + self.price + self.willing
    }
}

/// Lowest, median and highest of the prices vendors gave, whole riel per the product's
/// unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PriceRange {
    pub min: i64,
    pub median: i64,
    pub max: i64,
}

/// The four parts of the score, each from 0 to 1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScoreParts {
    /// Weekly demand value (quantity × median buying price) over the largest product's.
    pub demand: f64,
    /// Share of the volume bought from outside the district: what local groups could
    /// replace.
    pub gap: f64,
    /// Where the median buying price sits in the product's usual range (0 = its lowest,
    /// 1 = its highest).
    pub price: f64,
    /// Vendors willing to buy from a group, over the most any product has.
    pub willing: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProductDemand {
    pub product: Product,
    /// Vendors who named the product.
    pub vendors: u32,
    /// Total weekly demand in the product's unit.
    pub weekly_quantity: f64,
    /// Weekly demand × median buying price, whole riel.
    pub weekly_value_khr: i64,
    pub outside_share: f64,
    pub import_share: f64,
    pub buy_price: Option<PriceRange>,
    pub sell_price: Option<PriceRange>,
    /// Per month (January first): vendors buying, and vendors naming it a peak month.
    pub months: Vec<u32>,
    pub peak_months: Vec<u32>,
    pub willing_vendors: u32,
    /// What the willing vendors said they would take from groups, weekly, in the
    /// product's unit.
    pub willing_weekly_quantity: f64,
    pub parts: ScoreParts,
    /// 0–100.
    pub score: f64,
    /// 1 = highest priority.
    pub rank: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MarketAnalysis {
    pub campaign_id: String,
    pub weights: Weights,
    /// Interviews counted (archived ones are not).
    pub interviews: u32,
    /// Vendors willing to buy at least one product from a group.
    pub willing_vendors: u32,
    /// Product lines left out because their unit no longer converts to the product's
    /// (the catalogue changed after the interview).
    pub unconverted_lines: u32,
    /// By rank.
    pub products: Vec<ProductDemand>,
}

/// One product line of one interview, as the analysis reads it.
#[derive(Debug, Clone)]
pub struct DemandRow {
    pub interview: u32,
    pub product_id: String,
    pub quantity: f64,
    pub unit: Unit,
    pub per: Per,
    pub months: u16,
    pub peak_months: u16,
    pub buy_price_khr: Option<i64>,
    pub sell_price_khr: Option<i64>,
    pub source: Source,
    pub willing: bool,
    pub willing_quantity: Option<f64>,
}

#[derive(Default)]
struct Tally {
    vendors: u32,
    weekly: f64,
    outside: f64,
    imported: f64,
    buy: Vec<i64>,
    sell: Vec<i64>,
    months: [u32; 12],
    peaks: [u32; 12],
    willing: u32,
    willing_weekly: f64,
}

fn range(mut prices: Vec<i64>) -> Option<PriceRange> {
    prices.sort_unstable();
    let n = prices.len();
    let (first, last) = (*prices.first()?, *prices.last()?);
    let median = if n % 2 == 1 {
        prices[n / 2]
    } else {
        // Rounded half up, in whole riel.
        (prices[n / 2 - 1] + prices[n / 2] + 1) / 2
    };
    Some(PriceRange {
        min: first,
        median,
        max: last,
    })
}

/// Analyses the rows of `interviews` interviews. `catalogue` holds at least every
/// product the rows name; rows of other products are skipped.
pub fn analyse(
    campaign_id: &str,
    rows: &[DemandRow],
    catalogue: &HashMap<String, Product>,
    interviews: u32,
    weights: Weights,
) -> MarketAnalysis {
    let mut tallies: HashMap<&str, Tally> = HashMap::new();
    let mut willing_vendors = std::collections::HashSet::new();
    let mut unconverted = 0;
    for row in rows {
        let Some(product) = catalogue.get(&row.product_id) else {
            unconverted += 1;
            continue;
        };
        let Some(factor) = row.unit.factor_to(product.unit) else {
            unconverted += 1;
            continue;
        };
        let t = tallies.entry(&row.product_id).or_default();
        let weekly = row.quantity * factor * row.per.per_week();
        t.vendors += 1;
        t.weekly += weekly;
        if row.source.outside_district() {
            t.outside += weekly;
        }
        if row.source.imported() {
            t.imported += weekly;
        }
        // Prices are per the vendor's unit: per the product's unit they are `factor`
        // times smaller.
        let per_unit = |p: i64| (p as f64 / factor).round() as i64;
        t.buy.extend(row.buy_price_khr.map(per_unit));
        t.sell.extend(row.sell_price_khr.map(per_unit));
        for m in 0..12 {
            if row.months & (1 << m) != 0 {
                t.months[m] += 1;
            }
            if row.peak_months & (1 << m) != 0 {
                t.peaks[m] += 1;
            }
        }
        if row.willing {
            t.willing += 1;
            willing_vendors.insert(row.interview);
            t.willing_weekly += row.willing_quantity.unwrap_or(0.0) * factor * row.per.per_week();
        }
    }
    let mut products: Vec<ProductDemand> = tallies
        .into_iter()
        .filter_map(|(id, t)| {
            let product = catalogue.get(id)?.clone();
            let buy_price = range(t.buy);
            let value = buy_price.map_or(0.0, |p| t.weekly * p.median as f64);
            let share = |part: f64| if t.weekly > 0.0 { part / t.weekly } else { 0.0 };
            let price = buy_price.map_or(0.0, |p| {
                let span = (product.price_max_khr - product.price_min_khr) as f64;
                if span <= 0.0 {
                    0.5
                } else {
                    ((p.median - product.price_min_khr) as f64 / span).clamp(0.0, 1.0)
                }
            });
            Some(ProductDemand {
                product,
                vendors: t.vendors,
                weekly_quantity: t.weekly,
                weekly_value_khr: value.round() as i64,
                outside_share: share(t.outside),
                import_share: share(t.imported),
                buy_price,
                sell_price: range(t.sell),
                months: t.months.to_vec(),
                peak_months: t.peaks.to_vec(),
                willing_vendors: t.willing,
                willing_weekly_quantity: t.willing_weekly,
                parts: ScoreParts {
                    demand: value,
                    gap: share(t.outside),
                    price,
                    willing: f64::from(t.willing),
                },
                score: 0.0,
                rank: 0,
            })
        })
        .collect();
    rank(&mut products, weights);
    MarketAnalysis {
        campaign_id: campaign_id.to_owned(),
        weights,
        interviews,
        willing_vendors: willing_vendors.len() as u32,
        unconverted_lines: unconverted,
        products,
    }
}

/// Scales the demand and willing parts to the largest product's (so each part runs
/// 0–1), scores and ranks. Ties keep the larger demand value first, then the Khmer name.
fn rank(products: &mut [ProductDemand], weights: Weights) {
    let max = |f: fn(&ProductDemand) -> f64| products.iter().map(f).fold(0.0, f64::max);
    let max_value = max(|p| p.parts.demand);
    let max_willing = max(|p| p.parts.willing);
    let total = f64::from(weights.total().max(1));
    for p in products.iter_mut() {
        p.parts.demand = if max_value > 0.0 {
            p.parts.demand / max_value
        } else {
            0.0
        };
        p.parts.willing = if max_willing > 0.0 {
            p.parts.willing / max_willing
        } else {
            0.0
        };
        let sum = f64::from(weights.demand) * p.parts.demand
            + f64::from(weights.gap) * p.parts.gap
            + f64::from(weights.price) * p.parts.price
            + f64::from(weights.willing) * p.parts.willing;
        // One decimal place: what the screen and the brief show is what ranks.
        p.score = (1000.0 * sum / total).round() / 10.0;
    }
    products.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.weekly_value_khr.cmp(&a.weekly_value_khr))
            .then_with(|| a.product.name_km.cmp(&b.product.name_km))
    });
    for (i, p) in products.iter_mut().enumerate() {
        p.rank = i as u32 + 1;
    }
}

impl Store {
    /// The campaign's analysis, ranked with `weights` or, without, the campaign's own.
    pub fn campaign_analysis(
        &self,
        campaign_id: &str,
        weights: Option<Weights>,
    ) -> Result<MarketAnalysis> {
        let campaign = self.campaign(campaign_id)?;
        let weights = weights.unwrap_or(campaign.weights);
        weights.check()?;
        let rows = self.demand_rows(campaign_id)?;
        let catalogue: HashMap<String, Product> = self
            .products(true)?
            .into_iter()
            .map(|p| (p.id.clone(), p))
            .collect();
        Ok(analyse(
            campaign_id,
            &rows,
            &catalogue,
            campaign.interviews,
            weights,
        ))
    }

    fn demand_rows(&self, campaign_id: &str) -> Result<Vec<DemandRow>> {
        let mut interviews: HashMap<String, u32> = HashMap::new();
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT l.interview_id, l.product_id, l.quantity, l.unit, l.per, l.months, l.peak_months,
                        l.buy_price_khr, l.sell_price_khr, l.source, l.willing, l.willing_quantity
                 FROM interviews i JOIN interview_lines l ON l.interview_id = i.id
                 WHERE i.campaign_id = ?1 AND i.archived_at IS NULL",
            )
            .ctx("preparing the analysis")?;
        let mut rows = stmt.query([campaign_id]).ctx("reading the interviews")?;
        let mut out = Vec::new();
        while let Some(r) = rows.next().ctx("reading an interview line")? {
            let id: String = r.get(0).ctx("reading an interview line")?;
            let next = interviews.len() as u32;
            let interview = *interviews.entry(id).or_insert(next);
            let row = (|| {
                Ok::<_, rusqlite::Error>(DemandRow {
                    interview,
                    product_id: r.get(1)?,
                    quantity: r.get(2)?,
                    unit: r.get(3)?,
                    per: r.get(4)?,
                    months: r.get(5)?,
                    peak_months: r.get(6)?,
                    buy_price_khr: r.get(7)?,
                    sell_price_khr: r.get(8)?,
                    source: r.get(9)?,
                    willing: r.get(10)?,
                    willing_quantity: r.get(11)?,
                })
            })()
            .ctx("reading an interview line")?;
            out.push(row);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::product::Category;

    fn product(id: &str, unit: Unit, min: i64, max: i64) -> (String, Product) {
        (
            id.to_owned(),
            Product {
                id: id.into(),
                name_km: id.into(),
                name_en: id.into(),
                category: Category::Vegetable,
                unit,
                price_min_khr: min,
                price_max_khr: max,
                archived: false,
            },
        )
    }

    fn row(
        interview: u32,
        product: &str,
        quantity: f64,
        unit: Unit,
        per: Per,
        buy: i64,
        source: Source,
    ) -> DemandRow {
        DemandRow {
            interview,
            product_id: product.into(),
            quantity,
            unit,
            per,
            months: 0b0000_0000_0111,
            peak_months: 0b0000_0000_0001,
            buy_price_khr: Some(buy),
            sell_price_khr: Some(buy + 500),
            source,
            willing: false,
            willing_quantity: None,
        }
    }

    /// Worked by hand:
    /// cucumber: 20 kg/day (140/week, Vietnam, 2,000/kg) + 60 kg/week (same district,
    ///   2,600/kg) = 200 kg/week; outside 140/200 = 0.7, imported 0.7; median price
    ///   (2,000 + 2,600) / 2 = 2,300; value 200 × 2,300 = 460,000 riel/week; price part
    ///   (2,300 − 1,000) / (4,000 − 1,000) = 0.4333.
    /// eggs: 10 dozen/week = 120 pieces, other province, 6,000/dozen = 500/piece; value
    ///   60,000; outside 1; price (500 − 200) / (1,000 − 200) = 0.375; one willing vendor.
    #[test]
    fn demand_shares_prices_and_score_match_the_hand_count() {
        let catalogue: HashMap<_, _> = [
            product("cucumber", Unit::Kg, 1000, 4000),
            product("egg", Unit::Piece, 200, 1000),
        ]
        .into_iter()
        .collect();
        let mut egg = row(
            1,
            "egg",
            10.0,
            Unit::Dozen,
            Per::Week,
            6000,
            Source::OtherProvince,
        );
        egg.willing = true;
        egg.willing_quantity = Some(5.0);
        let rows = [
            row(
                0,
                "cucumber",
                20.0,
                Unit::Kg,
                Per::Day,
                2000,
                Source::Vietnam,
            ),
            row(
                1,
                "cucumber",
                60.0,
                Unit::Kg,
                Per::Week,
                2600,
                Source::SameDistrict,
            ),
            egg,
        ];
        let a = analyse("c", &rows, &catalogue, 2, Weights::default());
        assert_eq!(a.willing_vendors, 1);
        let cucumber = &a
            .products
            .iter()
            .find(|p| p.product.id == "cucumber")
            .unwrap();
        assert_eq!(cucumber.vendors, 2);
        assert!((cucumber.weekly_quantity - 200.0).abs() < 1e-9);
        assert_eq!(cucumber.weekly_value_khr, 460_000);
        assert!((cucumber.outside_share - 0.7).abs() < 1e-9);
        assert!((cucumber.import_share - 0.7).abs() < 1e-9);
        assert_eq!(
            cucumber.buy_price,
            Some(PriceRange {
                min: 2000,
                median: 2300,
                max: 2600
            })
        );
        assert_eq!(cucumber.sell_price.map(|p| p.median), Some(2800));
        assert_eq!(cucumber.months[..4], [2, 2, 2, 0]);
        assert_eq!(cucumber.peak_months[0], 2);
        let egg = a.products.iter().find(|p| p.product.id == "egg").unwrap();
        assert!((egg.weekly_quantity - 120.0).abs() < 1e-9);
        assert_eq!(egg.buy_price.map(|p| p.median), Some(500));
        assert!((egg.willing_weekly_quantity - 60.0).abs() < 1e-9);
        // Default weights 4/3/1/2 (of 10):
        // cucumber: 4×1 + 3×0.7 + 1×0.4333 + 2×0 = 6.5333 → 65.3
        // egg: 4×(60,000/460,000) + 3×1 + 1×0.375 + 2×1 = 5.8967 → 59.0
        assert_eq!((cucumber.score, cucumber.rank), (65.3, 1));
        assert_eq!((egg.score, egg.rank), (59.0, 2));
        // Weighting willing buyers and the gap alone turns the ranking over.
        let b = analyse(
            "c",
            &rows,
            &catalogue,
            2,
            Weights {
                demand: 0,
                gap: 5,
                price: 0,
                willing: 5,
            },
        );
        assert_eq!(b.products[0].product.id, "egg");
        assert_eq!(b.products[0].score, 100.0);
        assert_eq!(b.products[1].score, 35.0);
    }

    #[test]
    fn no_interviews_give_an_empty_analysis_not_a_division_by_zero() {
        let a = analyse("c", &[], &HashMap::new(), 0, Weights::default());
        assert!(a.products.is_empty());
        assert_eq!((a.interviews, a.willing_vendors), (0, 0));
    }

    #[test]
    fn lines_whose_unit_no_longer_converts_are_counted_not_summed() {
        let catalogue: HashMap<_, _> = [product("banana", Unit::Bunch, 1000, 15000)]
            .into_iter()
            .collect();
        let rows = [
            row(
                0,
                "banana",
                5.0,
                Unit::Kg,
                Per::Week,
                3000,
                Source::SameDistrict,
            ),
            row(
                1,
                "banana",
                5.0,
                Unit::Bunch,
                Per::Week,
                3000,
                Source::SameDistrict,
            ),
        ];
        let a = analyse("c", &rows, &catalogue, 2, Weights::default());
        assert_eq!(a.unconverted_lines, 1);
        assert!((a.products[0].weekly_quantity - 5.0).abs() < 1e-9);
    }

    #[test]
    fn weights_must_count_something_and_stay_in_range() {
        assert!(Weights::default().check().is_ok());
        let err = Weights {
            demand: 0,
            gap: 0,
            price: 0,
            willing: 0,
        }
        .check()
        .unwrap_err();
        assert_eq!(err.violations()[0].rule, RuleCode::WeightsAllZero);
        let err = Weights {
            demand: 11,
            ..Weights::default()
        }
        .check()
        .unwrap_err();
        assert_eq!(err.violations()[0].rule, RuleCode::OutOfRange);
    }
}
