//! A plotters backend that draws into a rectangle of the page being composed: lines,
//! rectangles, polygons and circles become PDF paths, and text is shaped here and
//! placed glyph by glyph like every other line of the document (plotters never draws
//! a glyph, so Khmer comes out as HarfBuzz shapes it and copies back through
//! `/ActualText`).

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle, FontTransform,
};
use printpdf::{
    Color, CurTransMat, Line as PdfLine, LinePoint, Op, PaintMode, Point, Polygon, PolygonRing, Pt,
    Rect, Rgb, WindingOrder,
};

use crate::error::{DocError, Result};
use crate::pdf::{Composer, draw};
use crate::text::Line;
use crate::text::shape::shape;

/// Backend units per point: plotters works in whole units, so a quarter point keeps
/// thin rules and small gaps exact.
pub const UNIT: f64 = 4.0;

/// Where the top of a text box sits above its baseline, and its bottom below, in ems:
/// Khmer stacks vowels above the line and subscripts under it.
pub const TEXT_ASCENT: f32 = 1.0;
pub const TEXT_DESCENT: f32 = 0.45;

/// Why the backend could not draw (only shaping can fail).
#[derive(Debug)]
pub struct PlotError(pub String);

impl std::fmt::Display for PlotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PlotError {}

type Drawn = std::result::Result<(), DrawingErrorKind<PlotError>>;

/// Draws into `ops` a chart whose top left corner is at (`x`, `top`) points from the
/// page's top left.
pub struct PdfBackend<'a> {
    ops: &'a mut Vec<Op>,
    x: f32,
    top: f32,
    page_height: f32,
    size: (u32, u32),
}

/// A line of text shaped in the document's fonts, ready for `draw::line_ops`.
pub fn shaped_line(text: &str, bold: bool, size: f32) -> Result<Line> {
    let runs = shape(text, bold, size)?;
    let mut x = 0.0;
    let mut placed = Vec::with_capacity(runs.len());
    for run in runs {
        let w = run.width;
        placed.push((x, run));
        x += w;
    }
    Ok(Line {
        runs: placed,
        width: x,
        text: text.to_owned(),
        word_starts: Vec::new(),
        last: true,
    })
}

fn rgb(color: BackendColor) -> Color {
    // Charts sit on white paper: a translucent colour is its blend with white.
    let a = color.alpha.clamp(0.0, 1.0) as f32;
    let channel = |c: u8| f32::from(c) / 255.0 * a + (1.0 - a);
    let (r, g, b) = color.rgb;
    Color::Rgb(Rgb::new(channel(r), channel(g), channel(b), None))
}

fn fail(e: DocError) -> DrawingErrorKind<PlotError> {
    DrawingErrorKind::DrawingError(PlotError(e.to_string()))
}

impl<'a> PdfBackend<'a> {
    /// A chart `width` × `height` points at (`x`, `top`) on a page `page_height` tall.
    pub fn new(
        ops: &'a mut Vec<Op>,
        x: f32,
        top: f32,
        width: f32,
        height: f32,
        page_height: f32,
    ) -> PdfBackend<'a> {
        let units = |pt: f32| (f64::from(pt) * UNIT).round().max(1.0) as u32;
        PdfBackend {
            ops,
            x,
            top,
            page_height,
            size: (units(width), units(height)),
        }
    }

    fn point(&self, (x, y): BackendCoord) -> Point {
        Point {
            x: Pt(self.x + x as f32 / UNIT as f32),
            y: Pt(self.page_height - self.top - y as f32 / UNIT as f32),
        }
    }

    fn thickness(width: u32) -> Pt {
        Pt((width as f32 / UNIT as f32).max(0.25))
    }

    fn stroke(&mut self, points: Vec<Point>, closed: bool, color: BackendColor, width: u32) {
        if color.alpha <= 0.0 || points.len() < 2 {
            return;
        }
        self.ops.extend([
            Op::SaveGraphicsState,
            Op::SetOutlineColor { col: rgb(color) },
            Op::SetOutlineThickness {
                pt: Self::thickness(width),
            },
            Op::DrawLine {
                line: PdfLine {
                    points: points
                        .into_iter()
                        .map(|p| LinePoint { p, bezier: false })
                        .collect(),
                    is_closed: closed,
                },
            },
            Op::RestoreGraphicsState,
        ]);
    }

    fn fill(&mut self, points: Vec<LinePoint>, color: BackendColor) {
        if color.alpha <= 0.0 || points.len() < 3 {
            return;
        }
        self.ops.extend([
            Op::SaveGraphicsState,
            Op::SetFillColor { col: rgb(color) },
            Op::DrawPolygon {
                polygon: Polygon {
                    rings: vec![PolygonRing { points }],
                    mode: PaintMode::Fill,
                    winding_order: WindingOrder::NonZero,
                },
            },
            Op::RestoreGraphicsState,
        ]);
    }
}

impl DrawingBackend for PdfBackend<'_> {
    type ErrorType = PlotError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        self.draw_rect(point, (point.0 + 1, point.1 + 1), &color, true)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        let points = vec![self.point(from), self.point(to)];
        self.stroke(points, false, style.color(), style.stroke_width());
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let color = style.color();
        if color.alpha <= 0.0 {
            return Ok(());
        }
        let a = self.point((upper_left.0, bottom_right.1));
        let b = self.point((bottom_right.0, upper_left.1));
        let rect = Rect {
            x: a.x,
            y: a.y,
            width: Pt(b.x.0 - a.x.0),
            height: Pt(b.y.0 - a.y.0),
            mode: Some(if fill {
                PaintMode::Fill
            } else {
                PaintMode::Stroke
            }),
            winding_order: None,
        };
        let paint = if fill {
            Op::SetFillColor { col: rgb(color) }
        } else {
            Op::SetOutlineColor { col: rgb(color) }
        };
        self.ops.extend([
            Op::SaveGraphicsState,
            paint,
            Op::SetOutlineThickness {
                pt: Self::thickness(style.stroke_width()),
            },
            Op::DrawRectangle { rectangle: rect },
            Op::RestoreGraphicsState,
        ]);
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        let points = path.into_iter().map(|p| self.point(p)).collect();
        self.stroke(points, false, style.color(), style.stroke_width());
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let c = self.point(center);
        let r = radius as f32 / UNIT as f32;
        // Four cubic arcs; 0.5523 puts the control points where a circle needs them.
        let k = 0.552_284_8 * r;
        let (cx, cy) = (c.x.0, c.y.0);
        let p = |x: f32, y: f32, bezier: bool| LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier,
        };
        let points = vec![
            p(cx + r, cy, false),
            p(cx + r, cy + k, true),
            p(cx + k, cy + r, true),
            p(cx, cy + r, false),
            p(cx - k, cy + r, true),
            p(cx - r, cy + k, true),
            p(cx - r, cy, false),
            p(cx - r, cy - k, true),
            p(cx - k, cy - r, true),
            p(cx, cy - r, false),
            p(cx + k, cy - r, true),
            p(cx + r, cy - k, true),
            p(cx + r, cy, false),
        ];
        let color = style.color();
        if fill {
            self.fill(points, color);
        } else if color.alpha > 0.0 {
            self.ops.extend([
                Op::SaveGraphicsState,
                Op::SetOutlineColor { col: rgb(color) },
                Op::SetOutlineThickness {
                    pt: Self::thickness(style.stroke_width()),
                },
                Op::DrawPolygon {
                    polygon: Polygon {
                        rings: vec![PolygonRing { points }],
                        mode: PaintMode::Stroke,
                        winding_order: WindingOrder::NonZero,
                    },
                },
                Op::RestoreGraphicsState,
            ]);
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Drawn {
        let points = vert
            .into_iter()
            .map(|v| LinePoint {
                p: self.point(v),
                bezier: false,
            })
            .collect();
        self.fill(points, style.color());
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Drawn {
        let color = style.color();
        if color.alpha <= 0.0 || text.trim().is_empty() {
            return Ok(());
        }
        let size = (style.size() / UNIT) as f32;
        let bold = matches!(style.style(), FontStyle::Bold);
        let line = shaped_line(text, bold, size).map_err(fail)?;
        let anchor = style.anchor();
        let dx = match anchor.h_pos {
            HPos::Left => 0.0,
            HPos::Center => -line.width / 2.0,
            HPos::Right => -line.width,
        };
        // From the anchor down to the baseline.
        let height = (TEXT_ASCENT + TEXT_DESCENT) * size;
        let down = match anchor.v_pos {
            VPos::Top => TEXT_ASCENT * size,
            VPos::Center => TEXT_ASCENT * size - height / 2.0,
            VPos::Bottom => -TEXT_DESCENT * size,
        };
        let at = self.point(pos);
        let mut ops = match style.transform() {
            FontTransform::None => draw::line_ops(&line, at.x.0 + dx, at.y.0 - down),
            turn => {
                // Turned text is drawn in a rotated frame whose origin is the anchor.
                let (cos, sin) = match turn {
                    FontTransform::Rotate90 => (0.0, -1.0),
                    FontTransform::Rotate180 => (-1.0, 0.0),
                    _ => (0.0, 1.0),
                };
                let mut ops = vec![
                    Op::SaveGraphicsState,
                    Op::SetTransformationMatrix {
                        matrix: CurTransMat::Raw([cos, sin, -sin, cos, at.x.0, at.y.0]),
                    },
                ];
                ops.extend(draw::line_ops(&line, dx, -down).map_err(fail)?);
                ops.push(Op::RestoreGraphicsState);
                Ok(ops)
            }
        }
        .map_err(fail)?;
        // `line_ops` sets black first: the chart's colour replaces it.
        if let Some(op @ Op::SetFillColor { .. }) = ops
            .iter_mut()
            .find(|op| matches!(op, Op::SetFillColor { .. }))
        {
            *op = Op::SetFillColor { col: rgb(color) };
        }
        self.ops.extend(ops);
        Ok(())
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> std::result::Result<(u32, u32), DrawingErrorKind<PlotError>> {
        let size = (style.size() / UNIT) as f32;
        let bold = matches!(style.style(), FontStyle::Bold);
        let line = shaped_line(text, bold, size).map_err(fail)?;
        let height = (TEXT_ASCENT + TEXT_DESCENT) * size;
        Ok((
            (f64::from(line.width) * UNIT).ceil() as u32,
            (f64::from(height) * UNIT).ceil() as u32,
        ))
    }
}

impl Composer {
    /// A chart `height` points tall across the text width, drawn by `draw` on a
    /// plotters drawing area (one backend unit is 1/`UNIT` point). Moves to a new page
    /// first when the chart does not fit on this one.
    pub fn chart<F>(&mut self, height: f32, draw: F) -> Result<()>
    where
        F: for<'b> FnOnce(&DrawingArea<PdfBackend<'b>, Shift>) -> Result<()>,
    {
        self.ensure(height)?;
        let (x, top, width) = (self.left(), self.y, self.content_width());
        let page_height = self.spec.height();
        let mut ops = Vec::new();
        {
            let area =
                PdfBackend::new(&mut ops, x, top, width, height, page_height).into_drawing_area();
            draw(&area)?;
        }
        self.ops().extend(ops);
        self.y = top + height;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use plotters::prelude::{BLUE, Circle, Color as _, RED, Rectangle, Text, TextStyle};
    use plotters::style::text_anchor::{HPos, Pos, VPos};
    use printpdf::{Codepoint, DictItem, TextItem};

    use super::*;
    use crate::fonts::{Face, fonts};

    fn drawn(text: &str) -> Vec<Op> {
        let mut ops = Vec::new();
        {
            let area =
                PdfBackend::new(&mut ops, 50.0, 100.0, 300.0, 100.0, 842.0).into_drawing_area();
            let style = TextStyle::from(("Noto Sans Khmer", 12.0 * UNIT))
                .pos(Pos::new(HPos::Left, VPos::Center));
            area.draw(&Text::new(text, (40, 40), style)).unwrap();
            area.draw(&Rectangle::new([(0, 0), (40, 20)], RED.filled()))
                .unwrap();
            area.draw(&Circle::new((100, 100), 8, BLUE.filled()))
                .unwrap();
        }
        ops
    }

    #[test]
    fn chart_text_is_our_shaped_glyphs_with_its_text_for_copying() {
        let text = "ស្ត្រី ខ្មែរ ព្រៃ";
        let ops = drawn(text);
        let placed: Vec<u16> = ops
            .iter()
            .filter_map(|op| match op {
                Op::ShowText { items } => Some(items),
                _ => None,
            })
            .flatten()
            .filter_map(|item| match item {
                TextItem::GlyphIds(ids) => Some(ids),
                _ => None,
            })
            .flatten()
            .map(|c: &Codepoint| c.gid)
            .collect();
        let shaped: Vec<u16> = shape(text, false, 12.0)
            .unwrap()
            .iter()
            .flat_map(|run| run.glyphs.iter().map(|g| g.gid))
            .collect();
        assert_eq!(placed, shaped, "the glyphs rustybuzz gave, in its order");
        let set = fonts().unwrap();
        let dotted = set
            .get(Face::KhmerRegular)
            .shaper
            .glyph_index('\u{25CC}')
            .map(|g| g.0);
        assert!(
            dotted.is_none_or(|d| !placed.contains(&d)),
            "a dotted circle"
        );
        assert!(!placed.contains(&0), "a missing glyph");
        let actual = ops.iter().any(|op| match op {
            Op::BeginMarkedContentWithProperties {
                properties: DictItem::Dict { map },
                ..
            } => map.get("ActualText").is_some_and(|v| match v {
                DictItem::String { data, .. } => {
                    let units: Vec<u16> = data[2..]
                        .chunks(2)
                        .map(|c| u16::from_be_bytes([c[0], c[1]]))
                        .collect();
                    String::from_utf16_lossy(&units) == text
                }
                _ => false,
            }),
            _ => false,
        });
        assert!(actual, "the line carries its Khmer as /ActualText");
    }

    #[test]
    fn shapes_are_vector_paths_inside_the_frame() {
        let ops = drawn("x");
        assert!(
            ops.iter()
                .any(|op| matches!(op, Op::DrawRectangle { rectangle } if rectangle.x.0 == 50.0))
        );
        let circle = ops.iter().find_map(|op| match op {
            Op::DrawPolygon { polygon } => Some(polygon),
            _ => None,
        });
        let ring = &circle.expect("the circle is a path").rings[0];
        assert_eq!(ring.points.len(), 13, "four cubic arcs");
        // 100 units = 25 pt right of the frame's left, 25 pt below its top.
        let right = &ring.points[0].p;
        assert!((right.x.0 - (50.0 + 25.0 + 2.0)).abs() < 1e-3);
        assert!((right.y.0 - (842.0 - 100.0 - 25.0)).abs() < 1e-3);
    }
}
