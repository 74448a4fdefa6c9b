//! Buying price ranges: per product a bar from the lowest to the highest price vendors
//! paid, the median marked and written, on a log riel axis (a kilo of chili and a
//! chicken differ a hundredfold). Products are priced per their own unit, which the
//! label names.

use cluster_core::{MarketAnalysis, PriceRange, ProductDemand};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use crate::charts::{
    BROWN, Chart, Drawn, EMPTY_HEIGHT, INK, Look, MUTED, RULE, SAND, WIDTH, anchored, draw_empty,
    draw_product_labels, figure_on_white, product_lines, top, widest,
};
use crate::labels::brief;
use crate::lang::grouped;

pub struct Prices<'a> {
    rows: Vec<(&'a ProductDemand, PriceRange)>,
    /// Whether the study has products at all (with or without prices).
    products: bool,
}

const AXIS: f64 = 32.0;
const LEGEND: f64 = 16.0;
const TOP: f64 = 4.0;

impl<'a> Prices<'a> {
    /// The first products by rank that have a buying price.
    pub fn new(analysis: &'a MarketAnalysis) -> Prices<'a> {
        Prices {
            rows: top(analysis)
                .into_iter()
                .filter_map(|p| p.buy_price.filter(|r| r.min > 0).map(|r| (p, r)))
                .collect(),
            products: !analysis.products.is_empty(),
        }
    }
}

/// The axis: whole powers of ten around every price.
pub(crate) fn decades(rows: &[(&ProductDemand, PriceRange)]) -> (f64, f64) {
    let low = rows.iter().map(|(_, r)| r.min).min().unwrap_or(1).max(1) as f64;
    let high = rows.iter().map(|(_, r)| r.max).max().unwrap_or(10).max(1) as f64;
    let lo = 10f64.powf(low.log10().floor());
    let mut hi = 10f64.powf(high.log10().ceil());
    if hi <= lo {
        hi = lo * 10.0;
    }
    (lo, hi)
}

impl Chart for Prices<'_> {
    fn height(&self, look: &Look) -> f64 {
        if self.rows.is_empty() {
            return EMPTY_HEIGHT;
        }
        TOP + self.rows.len() as f64 * look.row() + AXIS + LEGEND
    }

    fn draw<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, look: &Look) -> Drawn<DB> {
        if self.rows.is_empty() {
            let empty = if self.products {
                brief::NO_PRICES
            } else {
                brief::NO_INTERVIEWS
            };
            return draw_empty(area, look, empty);
        }
        let lang = look.lang();
        let n = self.rows.len();
        let labels: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|(p, _)| product_lines(p, look.mode, true))
            .collect();
        let label_width = widest(area, look, &labels, look.u(WIDTH * 0.36) as u32)?;
        let value_style = anchored(&look.text(7.5).color(&INK), HPos::Left, VPos::Center);
        let mut value_width = 0;
        for (_, r) in &self.rows {
            let text = grouped(r.median, lang);
            value_width = value_width.max(area.estimate_text_size(&text, &value_style)?.0);
        }
        let (lo, hi) = decades(&self.rows);
        let (w, h) = area.dim_in_pixel();
        let legend = area
            .clone()
            .shrink((0, h as i32 - look.u(LEGEND)), (w, look.u(LEGEND)));
        let (body, _) = area.split_vertically(h as i32 - look.u(LEGEND));
        let mut chart = ChartBuilder::on(&body)
            .margin_top(look.u(TOP))
            .margin_right(value_width as i32 + look.u(8.0))
            .x_label_area_size(look.u(AXIS))
            .y_label_area_size(label_width as i32 + look.u(8.0))
            .build_cartesian_2d((lo..hi).log_scale(), 0f64..n as f64)?;
        let formatter = |v: &f64| {
            // Label the powers of ten only: the light lines between them speak for
            // themselves.
            let exponent = v.log10();
            if (exponent - exponent.round()).abs() < 1e-6 {
                grouped(v.round() as i64, lang)
            } else {
                String::new()
            }
        };
        chart
            .configure_mesh()
            .disable_y_mesh()
            .disable_y_axis()
            .x_labels(30)
            .x_max_light_lines(0)
            .x_label_formatter(&formatter)
            .label_style(look.text(7.0).color(&MUTED))
            .bold_line_style(RULE.stroke_width(look.u(0.4).max(1) as u32))
            .axis_style(INK.stroke_width(look.u(0.6).max(1) as u32))
            .set_all_tick_mark_size(look.u(2.0))
            .x_desc(look.label(brief::RIEL_PER_UNIT))
            .axis_desc_style(look.text(7.5).color(&MUTED))
            .draw()?;
        let plot = chart.plotting_area();
        let dot = look.u(2.6).max(2) as u32;
        let centre = |i: usize| plot.map_coordinate(&(lo, (n - i) as f64 - 0.5)).1;
        let half = look.u(3.2);
        for (i, (_, r)) in self.rows.iter().enumerate() {
            let y = centre(i);
            let x0 = plot.map_coordinate(&(r.min as f64, 0.0)).0;
            let x1 = plot.map_coordinate(&(r.max as f64, 0.0)).0;
            // One price only: still a visible bar.
            let x1 = x1.max(x0 + look.u(1.5));
            area.draw(&Rectangle::new(
                [(x0, y - half), (x1, y + half)],
                SAND.filled(),
            ))?;
            let xm = plot.map_coordinate(&(r.median as f64, 0.0)).0;
            area.draw(&Circle::new((xm, y), dot, BROWN.filled()))?;
            figure_on_white(
                area,
                look,
                grouped(r.median, lang),
                (x1 + look.u(4.0), y),
                &value_style,
            )?;
        }
        let (left, _) = plot.get_pixel_range();
        draw_product_labels(
            area,
            look,
            &labels,
            left.start - look.u(5.0),
            label_width,
            centre,
        )?;

        // Legend: a bar for the range, a dot for the median.
        let small = anchored(&look.text(7.0).color(&MUTED), HPos::Left, VPos::Center);
        let y = look.u(LEGEND / 2.0);
        let mut x = left.start;
        legend.draw(&Rectangle::new(
            [(x, y - half), (x + look.u(22.0), y + half)],
            SAND.filled(),
        ))?;
        x += look.u(26.0);
        let range = look.label(brief::LOWEST_HIGHEST);
        let size = legend.estimate_text_size(&range, &small)?.0 as i32;
        legend.draw(&Text::new(range, (x, y), small.clone()))?;
        x += size + look.u(16.0);
        legend.draw(&Circle::new((x, y), dot, BROWN.filled()))?;
        legend.draw(&Text::new(
            look.label(brief::MEDIAN),
            (x + look.u(6.0), y),
            small,
        ))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_spans_whole_decades() {
        let p = |min, max| PriceRange {
            min,
            median: min,
            max,
        };
        let demand = crate::charts::svg::tests::demand("x", 1);
        let rows = [(&demand, p(450, 2600)), (&demand, p(15_000, 21_000))];
        assert_eq!(decades(&rows), (100.0, 100_000.0));
        let one = [(&demand, p(1000, 1000))];
        assert_eq!(decades(&one), (1000.0, 10_000.0));
    }
}
