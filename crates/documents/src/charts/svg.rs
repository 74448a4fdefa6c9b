//! The charts as SVG for the window, which inlines them. Plotters' SVG backend writes
//! the text (XML-escaped) for the window's Noto Sans Khmer to shape; this wrapper only
//! measures it with our shaper, so labels get the room they need.

use cluster_core::{Lang, MarketAnalysis};
use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontStyle,
};

use crate::charts::{Calendar, Chart, Demand, Look, Prices, WIDTH, chart_error};
use crate::error::Result;
use crate::lang::LangMode;
use crate::pdf::shaped_line;

/// Pixels per point: the 493-point chart is 740 pixels wide, its labels 10–12 px.
const PX_PER_PT: f64 = 1.5;
/// Plotters' SVG backend writes a font size divided by this.
const SVG_FONT_SCALE: f64 = 1.24;

/// The three charts of a campaign, as SVG documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarketCharts {
    pub demand: String,
    pub calendar: String,
    pub prices: String,
}

struct MeasuredSvg<'a>(SVGBackend<'a>);

type Svg<'a> = SVGBackend<'a>;
type SvgResult =
    std::result::Result<(), DrawingErrorKind<<Svg<'static> as DrawingBackend>::ErrorType>>;

impl DrawingBackend for MeasuredSvg<'_> {
    type ErrorType = <Svg<'static> as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.0.get_size()
    }

    fn ensure_prepared(&mut self) -> SvgResult {
        self.0.ensure_prepared()
    }

    fn present(&mut self) -> SvgResult {
        self.0.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> SvgResult {
        self.0.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> SvgResult {
        self.0.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> SvgResult {
        self.0.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> SvgResult {
        self.0.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> SvgResult {
        self.0.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> SvgResult {
        self.0.fill_polygon(vert, style)
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> SvgResult {
        self.0.draw_text(text, style, pos)
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> std::result::Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        // The size the SVG will carry, in pixels; shaped as the PDF shapes it.
        let size = (style.size() / SVG_FONT_SCALE) as f32;
        let bold = matches!(style.style(), FontStyle::Bold);
        let width = shaped_line(text, bold, size).map_or_else(
            // Unshapeable (the fonts failed to load, which the PDF would report): a
            // generous guess keeps the layout usable.
            |_| text.chars().count() as f32 * size * 0.6,
            |line| line.width,
        );
        let height = (crate::pdf::TEXT_ASCENT + crate::pdf::TEXT_DESCENT) * size;
        Ok((width.ceil() as u32, height.ceil() as u32))
    }
}

fn look(lang: Lang) -> Look {
    Look {
        mode: match lang {
            Lang::Km => LangMode::Km,
            Lang::En => LangMode::En,
        },
        unit: PX_PER_PT,
        font_scale: SVG_FONT_SCALE,
    }
}

/// `chart` as an SVG document `WIDTH` points wide, on white.
fn svg(chart: &impl Chart, lang: Lang) -> Result<String> {
    let look = look(lang);
    let size = (
        (WIDTH * look.unit).round() as u32,
        (chart.height(&look) * look.unit).round() as u32,
    );
    let mut out = String::new();
    {
        let area = MeasuredSvg(SVGBackend::with_string(&mut out, size)).into_drawing_area();
        area.fill(&WHITE).map_err(chart_error)?;
        chart.draw(&area, &look).map_err(chart_error)?;
        area.present().map_err(chart_error)?;
    }
    Ok(out)
}

/// Weekly demand value by product, in rank order.
pub fn demand_svg(analysis: &MarketAnalysis, lang: Lang) -> Result<String> {
    svg(&Demand::new(analysis), lang)
}

/// The seasonal calendar: product × month.
pub fn calendar_svg(analysis: &MarketAnalysis, lang: Lang) -> Result<String> {
    svg(&Calendar::new(analysis), lang)
}

/// Buying price ranges on a log riel axis.
pub fn prices_svg(analysis: &MarketAnalysis, lang: Lang) -> Result<String> {
    svg(&Prices::new(analysis), lang)
}

/// All three charts.
pub fn market_charts(analysis: &MarketAnalysis, lang: Lang) -> Result<MarketCharts> {
    Ok(MarketCharts {
        demand: demand_svg(analysis, lang)?,
        calendar: calendar_svg(analysis, lang)?,
        prices: prices_svg(analysis, lang)?,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use cluster_core::{Category, PriceRange, Product, ProductDemand, ScoreParts, Unit, Weights};

    pub(crate) fn demand(name: &str, rank: u32) -> ProductDemand {
        ProductDemand {
            product: Product {
                id: format!("p{rank}"),
                name_km: name.into(),
                name_en: name.into(),
                category: Category::Vegetable,
                unit: Unit::Kg,
                price_min_khr: 500,
                price_max_khr: 6000,
                archived: false,
            },
            vendors: 3,
            weekly_quantity: 120.0,
            weekly_value_khr: 300_000 / i64::from(rank),
            outside_share: 0.7,
            import_share: 0.4,
            buy_price: Some(PriceRange {
                min: 2000,
                median: 2500,
                max: 3100,
            }),
            sell_price: None,
            months: vec![3, 3, 2, 1, 0, 0, 0, 1, 2, 3, 3, 3],
            peak_months: vec![2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3],
            willing_vendors: 1,
            willing_weekly_quantity: 30.0,
            parts: ScoreParts {
                demand: 1.0,
                gap: 0.7,
                price: 0.3,
                willing: 1.0,
            },
            score: 80.0,
            rank,
        }
    }

    pub(crate) fn analysis(products: Vec<ProductDemand>) -> MarketAnalysis {
        MarketAnalysis {
            campaign_id: "c".into(),
            weights: Weights::default(),
            interviews: 3,
            willing_vendors: 1,
            unconverted_lines: 0,
            products,
        }
    }

    #[test]
    fn product_names_are_escaped_in_the_svg() {
        let hostile = r#"<b>&"x"</b>"#;
        let a = analysis(vec![demand(hostile, 1), demand("ត្រសក់", 2)]);
        for lang in [Lang::Km, Lang::En] {
            let charts = market_charts(&a, lang).unwrap();
            for svg in [&charts.demand, &charts.calendar, &charts.prices] {
                assert!(svg.starts_with("<svg"), "{svg}");
                assert!(!svg.contains("<b>"), "raw markup in the SVG:\n{svg}");
                assert!(!svg.contains(r#"&"x""#), "an unescaped quote or ampersand");
                assert!(
                    svg.contains("&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;"),
                    "the name is there, escaped:\n{svg}"
                );
                assert!(svg.contains("ត្រសក់"));
                assert!(svg.contains("font-family=\"Noto Sans Khmer, Noto Sans, sans-serif\""));
            }
        }
    }

    #[test]
    fn a_name_too_long_for_the_label_column_is_shortened_between_clusters() {
        let long = "ស្ពៃក្តោបក្រហមពិសេសពីខេត្តមណ្ឌលគិរី ដាំដោយគ្មានសារធាតុគីមី សម្រាប់ផ្សារទំនើប";
        let a = analysis(vec![demand(long, 1)]);
        let svg = demand_svg(&a, Lang::Km).unwrap();
        assert!(!svg.contains(long), "the whole name does not fit");
        let label = svg
            .lines()
            .find(|l| l.starts_with("១. ស្ពៃក្តោប"))
            .expect("the shortened label");
        assert!(label.ends_with('…'), "{label}");
        assert!(
            !label.trim_end_matches('…').ends_with('\u{17D2}'),
            "cut after a coeng"
        );
    }

    #[test]
    fn an_empty_study_gives_a_message_not_an_empty_chart() {
        let charts = market_charts(&analysis(Vec::new()), Lang::En).unwrap();
        for svg in [&charts.demand, &charts.calendar, &charts.prices] {
            assert!(svg.contains("No interviews entered yet"), "{svg}");
        }
        let mut unpriced = demand("ត្រសក់", 1);
        unpriced.buy_price = None;
        unpriced.weekly_value_khr = 0;
        let a = analysis(vec![unpriced]);
        let prices = prices_svg(&a, Lang::En).unwrap();
        assert!(prices.contains("No buying prices"), "{prices}");
        assert!(demand_svg(&a, Lang::En).unwrap().contains("ត្រសក់"));
        let km = demand_svg(&analysis(Vec::new()), Lang::Km).unwrap();
        assert!(km.contains("មិនទាន់មានការសម្ភាសន៍"), "{km}");
    }

    #[test]
    fn khmer_charts_count_in_khmer_digits_and_name_the_months() {
        let a = analysis(vec![demand("ត្រសក់", 1), demand("ត្រកួន", 2)]);
        let demand_chart = demand_svg(&a, Lang::Km).unwrap();
        assert!(demand_chart.contains("៣០០,០០០"), "{demand_chart}");
        let calendar = calendar_svg(&a, Lang::Km).unwrap();
        for month in crate::lang::MONTHS_KM {
            assert!(calendar.contains(month), "{month} missing");
        }
        let prices = prices_svg(&a, Lang::En).unwrap();
        assert!(prices.contains("(kg)"), "{prices}");
        assert!(prices.contains("2,500"), "the median is written");
    }
}
