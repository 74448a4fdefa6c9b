//! Lines: a paragraph shaped and broken to a width. A line never ends inside a word;
//! a word wider than the line is cut between grapheme clusters, never past the margin.

use crate::error::Result;
use crate::text::breaks::{break_points, grapheme_points};
use crate::text::shape::{Run, shape};

/// How a piece of text is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
}

impl Style {
    pub const fn new(size: f32) -> Style {
        Style { size, bold: false }
    }

    pub const fn bold(self) -> Style {
        Style { bold: true, ..self }
    }

    /// Distance between baselines: Khmer stacks above and below the line, so it needs
    /// more room than Latin.
    pub fn leading(self) -> f32 {
        self.size * 1.75
    }
}

/// One laid-out line: its runs in order, each starting at `x` from the line's start.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub runs: Vec<(f32, Run)>,
    /// Width without trailing spaces.
    pub width: f32,
    pub text: String,
    /// Indices of the runs that start a new word: where justification adds space.
    pub word_starts: Vec<usize>,
    /// The last line of its paragraph (never stretched).
    pub last: bool,
}

impl Line {
    fn empty() -> Line {
        Line {
            runs: Vec::new(),
            width: 0.0,
            text: String::new(),
            word_starts: Vec::new(),
            last: false,
        }
    }

    /// The line stretched to `width` by widening the gaps between its words (Khmer has
    /// no spaces: the gaps are the line-break opportunities between words). The last
    /// line of a paragraph and a line with a single word stay as they are.
    pub fn justified(&self, width: f32) -> Line {
        let extra = width - self.width;
        if self.last || self.word_starts.is_empty() || extra <= 0.0 {
            return self.clone();
        }
        let step = extra / self.word_starts.len() as f32;
        let mut line = self.clone();
        let mut shift = 0.0;
        for (i, (x, _)) in line.runs.iter_mut().enumerate() {
            if self.word_starts.contains(&i) {
                shift += step;
            }
            *x += shift;
        }
        line.width = width;
        line
    }
}

/// A piece between two break opportunities, shaped.
struct Piece {
    text: String,
    runs: Vec<Run>,
    width: f32,
    /// Width without its trailing spaces (what it takes at the end of a line).
    trimmed: f32,
}

fn piece(text: &str, style: Style) -> Result<Piece> {
    let runs = shape(text, style.bold, style.size)?;
    let width = runs.iter().map(|r| r.width).sum();
    let trimmed_text = text.trim_end();
    let trimmed = if trimmed_text.len() == text.len() {
        width
    } else {
        shape(trimmed_text, style.bold, style.size)?
            .iter()
            .map(|r| r.width)
            .sum()
    };
    Ok(Piece {
        text: text.to_owned(),
        runs,
        width,
        trimmed,
    })
}

/// Splits a piece wider than `max` into pieces that fit, between grapheme clusters.
fn split_wide(text: &str, style: Style, max: f32) -> Result<Vec<Piece>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut last_fit: Option<usize> = None;
    for end in grapheme_points(text) {
        let candidate = piece(&text[start..end], style)?;
        if candidate.trimmed > max
            && let Some(fit) = last_fit
        {
            out.push(piece(&text[start..fit], style)?);
            start = fit;
        }
        last_fit = Some(end);
    }
    if start < text.len() {
        out.push(piece(&text[start..], style)?);
    }
    Ok(out)
}

/// Breaks `text` into lines no wider than `max` points. `\n` forces a break.
pub fn wrap(text: &str, style: Style, max: f32) -> Result<Vec<Line>> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut pieces = Vec::new();
        let mut start = 0;
        for end in break_points(paragraph) {
            let p = piece(&paragraph[start..end], style)?;
            if p.trimmed > max {
                pieces.extend(split_wide(&paragraph[start..end], style, max)?);
            } else {
                pieces.push(p);
            }
            start = end;
        }
        let mut line = Line::empty();
        let mut pen = 0.0;
        let mut joined = false;
        for p in pieces {
            if !line.runs.is_empty() && pen + p.trimmed > max {
                line.text = line.text.trim_end().to_owned();
                lines.push(line);
                line = Line::empty();
                pen = 0.0;
            }
            // A break after a hyphen or slash ("by-|laws") is no gap between words:
            // justifying must not open one there.
            if !line.runs.is_empty() && !joined {
                line.word_starts.push(line.runs.len());
            }
            joined = p.text.ends_with(['-', '\u{2010}', '\u{2013}', '/']);
            line.width = pen + p.trimmed;
            line.text.push_str(&p.text);
            let mut x = pen;
            for run in p.runs {
                let w = run.width;
                line.runs.push((x, run));
                x += w;
            }
            pen += p.width;
        }
        line.text = line.text.trim_end().to_owned();
        line.last = true;
        lines.push(line);
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Golden cases: a text, a width in points, the lines it must give.
    fn check(text: &str, size: f32, width: f32, expected: &[&str]) {
        let lines = wrap(text, Style::new(size), width).unwrap();
        let got: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(got, expected, "wrapping {text:?} at {width} pt");
        for line in &lines {
            assert!(
                line.width <= width + 0.01,
                "{:?} is {} pt wide, over {width}",
                line.text,
                line.width
            );
        }
    }

    #[test]
    fn khmer_paragraphs_break_between_words_at_known_widths() {
        let text = "ក្រុមផលិតត្រូវមានគ្រួសារយ៉ាងតិច១០ ដល់១៥គ្រួសារ";
        let lines = wrap(text, Style::new(12.0), 120.0).unwrap();
        let joined: String = lines
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join("");
        assert_eq!(
            joined.replace(' ', ""),
            text.replace(' ', ""),
            "nothing lost"
        );
        assert!(lines.len() >= 2);
        for line in &lines {
            assert!(line.width <= 120.01);
            for word in ["ក្រុម", "ផលិត", "គ្រួសារ", "យ៉ាងតិច"]
            {
                // A line edge never falls inside one of these words.
                let t = &line.text;
                let cut_start = word
                    .char_indices()
                    .skip(1)
                    .any(|(i, _)| t.starts_with(&word[i..]) && !t.starts_with(word));
                assert!(!cut_start, "{t:?} starts inside {word}");
            }
        }
    }

    #[test]
    fn justifying_never_opens_a_gap_after_a_hyphen() {
        let lines = wrap(
            "the group's by-laws and its vice-chair",
            Style::new(12.0),
            1000.0,
        )
        .unwrap();
        let line = &lines[0];
        let j = Line {
            last: false,
            ..line.clone()
        }
        .justified(line.width + 60.0);
        let text_at = |l: &Line, i: usize| l.runs[i].0;
        // The runs of "by-" and "laws" keep their distance; the gaps at spaces grow.
        let by = line
            .runs
            .iter()
            .position(|(_, r)| r.text.starts_with("by-"))
            .unwrap();
        let laws = by + 1;
        assert!(
            ((text_at(&j, laws) - text_at(&j, by)) - (text_at(line, laws) - text_at(line, by)))
                .abs()
                < 0.01,
            "no gap opened inside by-laws"
        );
        assert!(j.width > line.width + 59.0);
    }

    #[test]
    fn justified_lines_fill_the_width_except_the_last() {
        let text = "ភាគីទាំងពីរព្រមព្រៀងលក់ និងទិញផលិតផលកសិកម្មតាមបរិមាណ គុណភាព តម្លៃ និងពេលវេលា";
        let lines = wrap(text, Style::new(12.0), 150.0).unwrap();
        assert!(lines.len() >= 2);
        for line in &lines {
            let j = line.justified(150.0);
            let (x, run) = j.runs.last().unwrap();
            let right = x + run.width;
            if line.last {
                assert_eq!(j, *line, "the last line is left as it is");
            } else {
                assert!(
                    right > 145.0 && right <= 150.5 + 10.0,
                    "{:?} ends at {right}",
                    line.text
                );
            }
        }
    }

    #[test]
    fn latin_wraps_at_spaces() {
        check(
            "Market producer group by-laws",
            12.0,
            110.0,
            &["Market producer", "group by-laws"],
        );
        check("one\ntwo", 12.0, 500.0, &["one", "two"]);
    }

    #[test]
    fn a_word_wider_than_the_line_is_cut_between_clusters_inside_the_margin() {
        let lines = wrap("ការអភិវឌ្ឍន៍បណ្ដុំអាជីវកម្មកសិកម្ម", Style::new(14.0), 40.0).unwrap();
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(
                line.width <= 40.01,
                "{:?} overflows: {}",
                line.text,
                line.width
            );
            assert!(
                !line.text.ends_with('\u{17D2}'),
                "{:?} ends on a coeng",
                line.text
            );
        }
    }
}
