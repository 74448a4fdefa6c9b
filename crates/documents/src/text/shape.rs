//! Shaping: Khmer and Latin runs turned into positioned glyphs by rustybuzz, so
//! subscripts sit under their base and េ ែ ៃ ្រ stand before it, as HarfBuzz does.

use rustybuzz::UnicodeBuffer;

use crate::error::Result;
use crate::fonts::{Face, fonts};

/// One glyph, positioned relative to the start of its run, in points.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub gid: u16,
    /// Where the glyph is drawn (pen position plus the shaper's offset).
    pub x: f32,
    pub y: f32,
    /// The text of the cluster this glyph starts, for the PDF's ToUnicode map; `None`
    /// on the other glyphs of the same cluster.
    pub text: Option<String>,
}

/// A run of text in one face and size, shaped.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub face: Face,
    pub size: f32,
    pub text: String,
    pub glyphs: Vec<Glyph>,
    pub width: f32,
}

/// Khmer letters, signs and digits, and the joiners Khmer text carries.
pub fn is_khmer(c: char) -> bool {
    matches!(c, '\u{1780}'..='\u{17FF}' | '\u{19E0}'..='\u{19FF}' | '\u{200B}'..='\u{200D}')
}

/// Splits `text` into runs of one script: Khmer in the Khmer face, the rest in the
/// Latin face. Spaces stay with the run they follow.
pub fn script_runs(text: &str) -> Vec<(bool, &str)> {
    let mut runs = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            continue;
        }
        let khmer = is_khmer(c);
        match current {
            Some(k) if k != khmer => {
                runs.push((k, &text[start..i]));
                start = i;
                current = Some(khmer);
            }
            None => current = Some(khmer),
            _ => {}
        }
    }
    if start < text.len() {
        runs.push((current.unwrap_or(false), &text[start..]));
    }
    runs
}

/// Shapes `text` at `size` points.
pub fn shape(text: &str, bold: bool, size: f32) -> Result<Vec<Run>> {
    let set = fonts()?;
    let mut runs = Vec::new();
    for (khmer, piece) in script_runs(text) {
        let face = Face::pick(khmer, bold);
        let loaded = set.get(face);
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(piece);
        buffer.set_direction(rustybuzz::Direction::LeftToRight);
        buffer.set_script(loaded.script);
        let shaped = rustybuzz::shape_with_plan(&loaded.shaper, &loaded.plan, buffer);
        let scale = size / loaded.units_per_em;
        let infos = shaped.glyph_infos();
        let positions = shaped.glyph_positions();
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut pen = 0.0;
        for (k, (info, pos)) in infos.iter().zip(positions).enumerate() {
            let cluster = info.cluster as usize;
            let starts_cluster = k == 0 || infos[k - 1].cluster != info.cluster;
            let text = starts_cluster.then(|| {
                // Clusters are in logical order for left-to-right text: this cluster's
                // text runs to the next larger cluster start.
                let end = infos[k..]
                    .iter()
                    .map(|g| g.cluster as usize)
                    .find(|&c| c > cluster)
                    .unwrap_or(piece.len());
                piece.get(cluster..end).unwrap_or_default().to_owned()
            });
            glyphs.push(Glyph {
                gid: u16::try_from(info.glyph_id).unwrap_or(0),
                x: pen + pos.x_offset as f32 * scale,
                y: pos.y_offset as f32 * scale,
                text,
            });
            pen += pos.x_advance as f32 * scale;
        }
        runs.push(Run {
            face,
            size,
            text: piece.to_owned(),
            glyphs,
            width: pen,
        });
    }
    Ok(runs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_follow_the_script() {
        let runs = script_runs("ក្រុម SLG ១២ (Kruos)");
        let got: Vec<_> = runs.iter().map(|(k, t)| (*k, *t)).collect();
        assert_eq!(
            got,
            [
                (true, "ក្រុម "),
                (false, "SLG "),
                (true, "១២ "),
                (false, "(Kruos)")
            ]
        );
    }

    #[test]
    fn shaping_reorders_khmer_and_reports_clusters() {
        // ស្រី: the shaper draws ្រ (a glyph before the base), the base, the vowel.
        let runs = shape("ស្រី", false, 12.0).unwrap();
        assert_eq!(runs.len(), 1);
        let run = &runs[0];
        assert!(run.glyphs.len() >= 3, "{:?}", run.glyphs);
        let texts: String = run.glyphs.iter().filter_map(|g| g.text.clone()).collect();
        assert_eq!(
            texts, "ស្រី",
            "every character is in exactly one cluster text"
        );
        assert!(run.width > 0.0);
    }
}
