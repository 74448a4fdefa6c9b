//! The seasonal calendar: a product × month grid, each cell as dark as the share of
//! the product's vendors who buy it that month, a dot on its peak months.

use cluster_core::{MarketAnalysis, ProductDemand};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use crate::charts::{
    Chart, Drawn, EMPTY_HEIGHT, GREEN, INK, Look, MUTED, PALE, RULE, WIDTH, anchored, draw_empty,
    draw_product_labels, product_lines, top, widest,
};
use crate::labels::brief;
use crate::lang::{LangMode, MONTHS_KM, percent};

pub struct Calendar<'a> {
    rows: Vec<&'a ProductDemand>,
}

impl<'a> Calendar<'a> {
    pub fn new(analysis: &'a MarketAnalysis) -> Calendar<'a> {
        Calendar {
            rows: top(analysis),
        }
    }
}

/// Share of a product's vendors who buy it in month `m` (0-based), and whether that
/// month is a peak for at least one vendor in three.
pub(crate) fn month(p: &ProductDemand, m: usize) -> (f64, bool) {
    if p.vendors == 0 {
        return (0.0, false);
    }
    let vendors = f64::from(p.vendors);
    let buying = p.months.get(m).copied().map_or(0.0, f64::from) / vendors;
    let peak = p.peak_months.get(m).copied().unwrap_or(0);
    (buying.clamp(0.0, 1.0), peak > 0 && 3 * peak >= p.vendors)
}

/// From the palest green (no vendor buys) to the study's green (every vendor buys).
pub(crate) fn shade(share: f64) -> RGBColor {
    let t = share.clamp(0.0, 1.0);
    let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
    if t <= 0.0 {
        return RGBColor(238, 238, 238);
    }
    RGBColor(
        mix(PALE.0, GREEN.0),
        mix(PALE.1, GREEN.1),
        mix(PALE.2, GREEN.2),
    )
}

impl Look {
    fn month_head(&self) -> f64 {
        if self.mode == LangMode::KmEn {
            26.0
        } else {
            16.0
        }
    }

    /// The legend's height: two rows in km-en, whose captions are long.
    fn calendar_legend(&self) -> f64 {
        if self.mode == LangMode::KmEn {
            38.0
        } else {
            24.0
        }
    }
}

impl Chart for Calendar<'_> {
    fn height(&self, look: &Look) -> f64 {
        if self.rows.is_empty() {
            return EMPTY_HEIGHT;
        }
        look.month_head() + self.rows.len() as f64 * look.row() + look.calendar_legend()
    }

    fn draw<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, look: &Look) -> Drawn<DB> {
        if self.rows.is_empty() {
            return draw_empty(area, look, brief::NO_INTERVIEWS);
        }
        let lang = look.lang();
        let labels: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|p| product_lines(p, look.mode, false))
            .collect();
        let label_width = widest(area, look, &labels, look.u(WIDTH * 0.3) as u32)?;
        let (w, _) = area.dim_in_pixel();
        let left = label_width as i32 + look.u(8.0);
        let cell_w = (w as i32 - left) / 12;
        let head = look.u(look.month_head());
        let row = look.u(look.row());
        let gap = look.u(1.0).max(1);

        let km = anchored(&look.text(7.0), HPos::Center, VPos::Center);
        let en = anchored(&look.text(6.5).color(&MUTED), HPos::Center, VPos::Center);
        for (m, (km_name, short)) in MONTHS_KM.iter().zip(brief::MONTHS_SHORT_EN).enumerate() {
            let x = left + m as i32 * cell_w + cell_w / 2;
            match look.mode {
                LangMode::Km => area.draw(&Text::new(*km_name, (x, head / 2), km.clone()))?,
                LangMode::En => area.draw(&Text::new(short, (x, head / 2), km.clone()))?,
                LangMode::KmEn => {
                    area.draw(&Text::new(
                        *km_name,
                        (x, head / 2 - look.u(5.5)),
                        km.clone(),
                    ))?;
                    area.draw(&Text::new(short, (x, head / 2 + look.u(6.0)), en.clone()))?;
                }
            }
        }
        let dot = look.u(2.2).max(2) as u32;
        for (i, p) in self.rows.iter().enumerate() {
            let y0 = head + i as i32 * row;
            for m in 0..12 {
                let x0 = left + m as i32 * cell_w;
                let (share, peak) = month(p, m);
                area.draw(&Rectangle::new(
                    [(x0 + gap, y0 + gap), (x0 + cell_w - gap, y0 + row - gap)],
                    shade(share).filled(),
                ))?;
                if peak {
                    let centre = (x0 + cell_w / 2, y0 + row / 2);
                    area.draw(&Circle::new(centre, dot + 1, WHITE.filled()))?;
                    area.draw(&Circle::new(centre, dot, INK.filled()))?;
                }
            }
        }
        let centre = |i: usize| head + i as i32 * row + row / 2;
        draw_product_labels(area, look, &labels, left - look.u(5.0), label_width, centre)?;

        // Legend: five shades with their share, their caption, then the dot; on two
        // rows when one is too narrow (the km-en captions).
        let y = head + self.rows.len() as i32 * row + look.u(9.0);
        let swatch = look.u(16.0);
        let small = anchored(&look.text(7.0).color(&MUTED), HPos::Left, VPos::Center);
        let shares: Vec<(f64, String, i32)> = (0..5)
            .map(|step| {
                let share = f64::from(step) / 4.0;
                let label = percent(share, lang);
                let width = area.estimate_text_size(&label, &small)?.0 as i32;
                Ok((share, label, width))
            })
            .collect::<std::result::Result<_, DrawingAreaErrorKind<DB::ErrorType>>>()?;
        let caption = look.label(brief::SHARE_BUYING);
        let caption_width = area.estimate_text_size(&caption, &small)?.0 as i32;
        let peak = look.label(brief::PEAK);
        let peak_width = area.estimate_text_size(&peak, &small)?.0 as i32;
        let shades_width: i32 = shares
            .iter()
            .map(|(_, _, w)| swatch + look.u(2.0) + w + look.u(6.0))
            .sum::<i32>()
            + caption_width;
        let peak_item = look.u(16.0) + look.u(5.0) + peak_width;
        let room = w as i32;
        let one_row = left + shades_width + peak_item <= room;
        let start = if one_row || left + shades_width <= room {
            left
        } else {
            0
        };
        let mut x = start;
        for (share, label, width) in shares {
            let corners = [(x, y - look.u(4.0)), (x + swatch, y + look.u(4.0))];
            area.draw(&Rectangle::new(corners, shade(share).filled()))?;
            area.draw(&Rectangle::new(
                corners,
                RULE.stroke_width(look.u(0.3).max(1) as u32),
            ))?;
            area.draw(&Text::new(
                label,
                (x + swatch + look.u(2.0), y),
                small.clone(),
            ))?;
            x += swatch + look.u(2.0) + width + look.u(6.0);
        }
        area.draw(&Text::new(caption, (x, y), small.clone()))?;
        let (x, y) = if one_row {
            (x + caption_width + look.u(16.0), y)
        } else {
            (start + dot as i32, y + look.u(14.0))
        };
        area.draw(&Circle::new((x, y), dot, INK.filled()))?;
        area.draw(&Text::new(peak, (x + look.u(5.0), y), small))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shades_run_from_pale_to_green() {
        assert_eq!(shade(1.0), GREEN);
        assert_eq!(shade(0.0), RGBColor(238, 238, 238));
        assert!(shade(0.5).0 > GREEN.0 && shade(0.5).0 < PALE.0);
    }
}
