//! PDF operations for lines of shaped text and for rules.

use printpdf::{
    Codepoint, Color, DictItem, FontId, Line as PdfLine, LinePoint, Op, PaintMode, PdfFontHandle,
    Point, Polygon, PolygonRing, Pt, Rgb, TextItem, TextMatrix, WindingOrder,
};

use crate::error::Result;
use crate::fonts::Face;
use crate::text::Line;

/// Composition names fonts by face; `bind_fonts` swaps in the document's ids.
fn placeholder(face: Face) -> FontId {
    FontId(format!("cluster-desk-{face:?}"))
}

/// Draws `line` with its start at `x` and its baseline at `baseline` (points from the
/// page's bottom), each glyph placed where the shaper put it.
pub fn line_ops(line: &Line, x: f32, baseline: f32) -> Result<Vec<Op>> {
    let mut ops = Vec::new();
    if line.runs.is_empty() {
        return Ok(ops);
    }
    ops.push(Op::SetFillColor {
        col: Color::Rgb(Rgb::new(0.0, 0.0, 0.0, None)),
    });
    ops.push(Op::StartTextSection);
    ops.push(actual_text(&line.text));
    for (run_x, run) in &line.runs {
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(placeholder(run.face)),
            size: Pt(run.size),
        });
        for glyph in &run.glyphs {
            ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(x + run_x + glyph.x), Pt(baseline + glyph.y)),
            });
            let codepoint = match &glyph.text {
                Some(text) => Codepoint::with_cid(glyph.gid, 0.0, text.clone()),
                None => Codepoint::new(glyph.gid, 0.0),
            };
            ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(vec![codepoint])],
            });
        }
    }
    ops.push(Op::EndMarkedContent);
    ops.push(Op::EndTextSection);
    Ok(ops)
}

/// `BDC /Span << /ActualText (…) >>`: copy and search use this text, in logical order,
/// instead of guessing it from glyphs drawn out of order.
fn actual_text(text: &str) -> Op {
    let mut data = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        data.extend(unit.to_be_bytes());
    }
    let mut map = std::collections::BTreeMap::new();
    map.insert(
        "ActualText".to_owned(),
        DictItem::String {
            data,
            literal: false,
        },
    );
    Op::BeginMarkedContentWithProperties {
        tag: "Span".to_owned(),
        properties: DictItem::Dict { map },
    }
}

/// A straight rule from (x0, y0) to (x1, y1), points from the page's bottom left.
pub fn line(x0: f32, y0: f32, x1: f32, y1: f32, thickness: f32) -> Vec<Op> {
    let point = |x: f32, y: f32| LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    };
    vec![
        Op::SaveGraphicsState,
        Op::SetOutlineColor {
            col: Color::Rgb(Rgb::new(0.0, 0.0, 0.0, None)),
        },
        Op::SetOutlineThickness { pt: Pt(thickness) },
        Op::DrawLine {
            line: PdfLine {
                points: vec![point(x0, y0), point(x1, y1)],
                is_closed: false,
            },
        },
        Op::RestoreGraphicsState,
    ]
}

/// A filled rectangle, its bottom left at (x, y), points from the page's bottom left.
pub fn rect(x: f32, y: f32, width: f32, height: f32, gray: f32) -> Vec<Op> {
    let point = |x: f32, y: f32| LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    };
    vec![
        Op::SaveGraphicsState,
        Op::SetFillColor {
            col: Color::Rgb(Rgb::new(gray, gray, gray, None)),
        },
        Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing {
                    points: vec![
                        point(x, y),
                        point(x + width, y),
                        point(x + width, y + height),
                        point(x, y + height),
                    ],
                }],
                mode: PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        },
        Op::RestoreGraphicsState,
    ]
}

/// Replaces the composition's font names with the document's font ids.
pub fn bind_fonts(ops: Vec<Op>, ids: &[(Face, FontId)]) -> Vec<Op> {
    ops.into_iter()
        .map(|op| match op {
            Op::SetFont {
                font: PdfFontHandle::External(name),
                size,
            } => {
                let id = ids
                    .iter()
                    .find(|(face, _)| placeholder(*face) == name)
                    .map(|(_, id)| id.clone())
                    .unwrap_or(name);
                Op::SetFont {
                    font: PdfFontHandle::External(id),
                    size,
                }
            }
            other => other,
        })
        .collect()
}
