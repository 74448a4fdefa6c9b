//! Demand by product: a horizontal bar per product, in rank order, as long as the
//! riel the interviewed vendors spend on it in a week.

use cluster_core::{MarketAnalysis, ProductDemand};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use crate::charts::{
    Chart, Drawn, EMPTY_HEIGHT, GREEN, INK, Look, MUTED, RULE, WIDTH, anchored, draw_empty,
    draw_product_labels, figure_on_white, product_lines, top, widest,
};
use crate::labels::brief;
use crate::lang::grouped;

pub struct Demand<'a> {
    rows: Vec<&'a ProductDemand>,
}

/// Room under the bars for the axis figures and its name, points.
const AXIS: f64 = 30.0;
const TOP: f64 = 4.0;

impl<'a> Demand<'a> {
    pub fn new(analysis: &'a MarketAnalysis) -> Demand<'a> {
        Demand {
            rows: top(analysis),
        }
    }
}

/// A round top for the value axis: 1, 2, 2.5 or 5 times a power of ten.
pub(crate) fn nice_ceiling(value: f64) -> f64 {
    if value <= 0.0 || !value.is_finite() {
        return 1.0;
    }
    let power = 10f64.powf(value.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|&v| v >= value)
        .unwrap_or(10.0 * power)
}

impl Chart for Demand<'_> {
    fn height(&self, look: &Look) -> f64 {
        if self.rows.is_empty() {
            return EMPTY_HEIGHT;
        }
        TOP + self.rows.len() as f64 * look.row() + AXIS
    }

    fn draw<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, look: &Look) -> Drawn<DB> {
        if self.rows.is_empty() {
            return draw_empty(area, look, brief::NO_INTERVIEWS);
        }
        let lang = look.lang();
        let n = self.rows.len();
        let labels: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|p| product_lines(p, look.mode, false))
            .collect();
        let label_width = widest(area, look, &labels, look.u(WIDTH * 0.34) as u32)?;
        let value_style = anchored(&look.text(7.5).color(&MUTED), HPos::Left, VPos::Center);
        let mut value_width = 0;
        for p in &self.rows {
            let text = grouped(p.weekly_value_khr, lang);
            value_width = value_width.max(area.estimate_text_size(&text, &value_style)?.0);
        }
        let max = self
            .rows
            .iter()
            .map(|p| p.weekly_value_khr)
            .max()
            .unwrap_or(0) as f64;
        let x_max = nice_ceiling(max);

        let mut chart = ChartBuilder::on(area)
            .margin_top(look.u(TOP))
            .margin_right(value_width as i32 + look.u(6.0))
            .x_label_area_size(look.u(AXIS))
            .y_label_area_size(label_width as i32 + look.u(8.0))
            .build_cartesian_2d(0f64..x_max, 0f64..n as f64)?;
        let tick = look.text(7.0).color(&MUTED);
        let formatter = |v: &f64| grouped(v.round() as i64, lang);
        chart
            .configure_mesh()
            .disable_y_mesh()
            .disable_y_axis()
            .x_labels(6)
            .x_max_light_lines(0)
            .x_label_formatter(&formatter)
            .label_style(tick)
            .bold_line_style(RULE.stroke_width(look.u(0.4).max(1) as u32))
            .axis_style(INK.stroke_width(look.u(0.6).max(1) as u32))
            .set_all_tick_mark_size(look.u(3.0))
            .x_desc(look.label(brief::RIEL_PER_WEEK))
            .axis_desc_style(look.text(7.5).color(&MUTED))
            .draw()?;

        // Rank 1 at the top: row i spans n-i-1 .. n-i on the y axis.
        let bar = GREEN.filled();
        for (i, p) in self.rows.iter().enumerate() {
            let y = (n - i) as f64;
            let value = p.weekly_value_khr as f64;
            chart.draw_series(std::iter::once(Rectangle::new(
                [(0.0, y - 0.2), (value, y - 0.8)],
                bar,
            )))?;
        }
        let plot = chart.plotting_area();
        let (left, _) = plot.get_pixel_range();
        let centre = |i: usize| plot.map_coordinate(&(0.0, (n - i) as f64 - 0.5)).1;
        for (i, p) in self.rows.iter().enumerate() {
            let end = plot.map_coordinate(&(p.weekly_value_khr as f64, 0.0)).0;
            figure_on_white(
                area,
                look,
                grouped(p.weekly_value_khr, lang),
                (end + look.u(3.0), centre(i)),
                &value_style,
            )?;
        }
        // The axis the bars stand on.
        let (_, bottom) = (plot.get_pixel_range().1.start, plot.get_pixel_range().1.end);
        area.draw(&PathElement::new(
            vec![
                (left.start, plot.get_pixel_range().1.start),
                (left.start, bottom),
            ],
            INK.stroke_width(look.u(0.6).max(1) as u32),
        ))?;
        draw_product_labels(
            area,
            look,
            &labels,
            left.start - look.u(5.0),
            label_width,
            centre,
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::nice_ceiling;

    #[test]
    fn axis_tops_are_round() {
        assert_eq!(nice_ceiling(1_234_000.0), 2_000_000.0);
        assert_eq!(nice_ceiling(2_100_000.0), 2_500_000.0);
        assert_eq!(nice_ceiling(460_000.0), 500_000.0);
        assert_eq!(nice_ceiling(100.0), 100.0);
        assert_eq!(nice_ceiling(0.0), 1.0);
    }
}
