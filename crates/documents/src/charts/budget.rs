//! Budget use per target commune (guideline step 8): per commune a bar of what was
//! planned over a bar of what was spent, against a mark at the commune's envelope, on
//! a US-dollar axis. A commune within a tenth of its envelope, or beyond it, has its
//! spent bar in brown.

use cluster_core::{CommuneBudget, Lang};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::demand::nice_ceiling;
use crate::charts::{
    BROWN, Chart, Drawn, EMPTY_HEIGHT, GREEN, INK, Look, MUTED, RULE, SAND, WIDTH, anchored,
    draw_empty, draw_product_labels, figure_on_white, widest,
};
use crate::lang::{LangMode, Text as Label, grouped};

pub const PLANNED: Label = Label::new("គ្រោងទុក", "Planned");
pub const SPENT: Label = Label::new("បានចំណាយ", "Spent");
pub const ENVELOPE: Label = Label::new("កញ្ចប់ថវិកា", "Envelope");
pub const US_DOLLARS: Label = Label::new("ដុល្លារអាមេរិក", "US dollars");
pub const NO_COMMUNES: Label = Label::new(
    "ការិយាល័យមិនទាន់មានឃុំគោលដៅទេ។",
    "The office has no target communes yet.",
);

/// The budget use chart of the office's target communes.
pub struct BudgetUse<'a> {
    communes: &'a [CommuneBudget],
}

const AXIS: f64 = 30.0;
const LEGEND: f64 = 16.0;
const TOP: f64 = 4.0;

impl<'a> BudgetUse<'a> {
    pub fn new(communes: &'a [CommuneBudget]) -> BudgetUse<'a> {
        BudgetUse { communes }
    }
}

/// Whether a commune has spent beyond its envelope or is within a tenth of it.
pub fn near_envelope(c: &CommuneBudget) -> bool {
    c.left_cents * 10 <= c.envelope_cents
}

/// A commune's name: km-en gives the Khmer over the English.
fn commune_lines(c: &CommuneBudget, mode: LangMode) -> Vec<String> {
    let (km, en) = (c.commune.name_km.trim(), c.commune.name_en.trim());
    match mode {
        LangMode::Km => vec![km.to_owned()],
        LangMode::En if !en.is_empty() => vec![en.to_owned()],
        LangMode::En => vec![km.to_owned()],
        LangMode::KmEn if en.is_empty() || en == km => vec![km.to_owned()],
        LangMode::KmEn => vec![km.to_owned(), en.to_owned()],
    }
}

/// Whole dollars of `cents`, grouped: "1,000" / "១,០០០".
fn whole_dollars(cents: i64, lang: Lang) -> String {
    grouped((cents as f64 / 100.0).round() as i64, lang)
}

impl Look {
    /// Height of a commune's row: two bars.
    fn commune_row(&self) -> f64 {
        match self.mode {
            LangMode::KmEn => 30.0,
            _ => 26.0,
        }
    }
}

impl Chart for BudgetUse<'_> {
    fn height(&self, look: &Look) -> f64 {
        if self.communes.is_empty() {
            return EMPTY_HEIGHT;
        }
        TOP + self.communes.len() as f64 * look.commune_row() + AXIS + LEGEND
    }

    fn draw<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, look: &Look) -> Drawn<DB> {
        if self.communes.is_empty() {
            return draw_empty(area, look, NO_COMMUNES);
        }
        let lang = look.lang();
        let n = self.communes.len();
        let labels: Vec<Vec<String>> = self
            .communes
            .iter()
            .map(|c| commune_lines(c, look.mode))
            .collect();
        let label_width = widest(area, look, &labels, look.u(WIDTH * 0.3) as u32)?;
        let value_style = anchored(&look.text(7.0).color(&MUTED), HPos::Left, VPos::Center);
        let spent_text = |c: &CommuneBudget| {
            let share = if c.envelope_cents > 0 {
                crate::lang::percent(c.spent_cents as f64 / c.envelope_cents as f64, lang)
            } else {
                "—".to_owned()
            };
            format!("{} ({share})", whole_dollars(c.spent_cents, lang))
        };
        let mut value_width = 0;
        for c in self.communes {
            for text in [spent_text(c), whole_dollars(c.planned_cents, lang)] {
                value_width = value_width.max(area.estimate_text_size(&text, &value_style)?.0);
            }
        }
        let max = self
            .communes
            .iter()
            .flat_map(|c| [c.envelope_cents, c.planned_cents, c.spent_cents])
            .max()
            .unwrap_or(0) as f64
            / 100.0;
        // The next tenth of a round figure at or above the largest bar.
        let step = nice_ceiling(max) / 10.0;
        let x_max = ((max / step).ceil() * step).max(step);

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
            .build_cartesian_2d(0f64..x_max, 0f64..n as f64)?;
        let formatter = |v: &f64| grouped(v.round() as i64, lang);
        chart
            .configure_mesh()
            .disable_y_mesh()
            .disable_y_axis()
            .x_labels(6)
            .x_max_light_lines(0)
            .x_label_formatter(&formatter)
            .label_style(look.text(7.0).color(&MUTED))
            .bold_line_style(RULE.stroke_width(look.u(0.4).max(1) as u32))
            .axis_style(INK.stroke_width(look.u(0.6).max(1) as u32))
            .set_all_tick_mark_size(look.u(3.0))
            .x_desc(look.label(US_DOLLARS))
            .axis_desc_style(look.text(7.5).color(&MUTED))
            .draw()?;
        let plot = chart.plotting_area();
        let (left, rows) = plot.get_pixel_range();
        let centre = |i: usize| plot.map_coordinate(&(0.0, (n - i) as f64 - 0.5)).1;
        let x_of = |cents: i64| {
            plot.map_coordinate(&((cents as f64 / 100.0).max(0.0), 0.0))
                .0
        };
        let bar = look.u(6.5);
        let gap = look.u(1.0);
        for (i, c) in self.communes.iter().enumerate() {
            let y = centre(i);
            // Planned above the centre, spent below it.
            let (p0, p1) = (y - gap / 2 - bar, y - gap / 2);
            let (s0, s1) = (y + gap / 2, y + gap / 2 + bar);
            area.draw(&Rectangle::new(
                [
                    (left.start, p0),
                    (x_of(c.planned_cents).max(left.start + 1), p1),
                ],
                SAND.filled(),
            ))?;
            let colour = if near_envelope(c) { BROWN } else { GREEN };
            area.draw(&Rectangle::new(
                [
                    (left.start, s0),
                    (x_of(c.spent_cents).max(left.start + 1), s1),
                ],
                colour.filled(),
            ))?;
            // The envelope: a dark mark across both bars.
            let xe = x_of(c.envelope_cents);
            area.draw(&PathElement::new(
                vec![(xe, p0 - look.u(2.5)), (xe, s1 + look.u(2.5))],
                INK.stroke_width(look.u(1.2).max(1) as u32),
            ))?;
            let after = |x: i32| x.max(xe) + look.u(4.0);
            figure_on_white(
                area,
                look,
                whole_dollars(c.planned_cents, lang),
                (after(x_of(c.planned_cents)), (p0 + p1) / 2),
                &value_style,
            )?;
            figure_on_white(
                area,
                look,
                spent_text(c),
                (after(x_of(c.spent_cents)), (s0 + s1) / 2),
                &value_style,
            )?;
        }
        area.draw(&PathElement::new(
            vec![(left.start, rows.start), (left.start, rows.end)],
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

        // Legend: planned, spent (near the envelope: brown), the envelope's mark.
        let small = anchored(&look.text(7.0).color(&MUTED), HPos::Left, VPos::Center);
        let y = look.u(LEGEND / 2.0);
        let half = look.u(3.0);
        let mut x = left.start;
        let near = match look.mode {
            LangMode::Km => "ជិតអស់ ឬលើសកញ្ចប់".to_owned(),
            LangMode::En => "near or beyond the envelope".to_owned(),
            LangMode::KmEn => "ជិតអស់ ឬលើសកញ្ចប់ / near or beyond".to_owned(),
        };
        let items = [
            (SAND, look.label(PLANNED)),
            (GREEN, look.label(SPENT)),
            (BROWN, near),
        ];
        for (colour, text) in items {
            legend.draw(&Rectangle::new(
                [(x, y - half), (x + look.u(14.0), y + half)],
                colour.filled(),
            ))?;
            x += look.u(18.0);
            let size = legend.estimate_text_size(&text, &small)?.0 as i32;
            legend.draw(&Text::new(text, (x, y), small.clone()))?;
            x += size + look.u(14.0);
        }
        legend.draw(&PathElement::new(
            vec![(x, y - look.u(5.0)), (x, y + look.u(5.0))],
            INK.stroke_width(look.u(1.2).max(1) as u32),
        ))?;
        legend.draw(&Text::new(
            look.label(ENVELOPE),
            (x + look.u(5.0), y),
            small,
        ))?;
        Ok(())
    }
}
