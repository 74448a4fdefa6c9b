//! Where a line may break. Khmer writes no spaces between words, so breaks come from
//! ICU4X's word models; each model alone breaks inside some words (dictionary:
//! ពីក|សិដ្ឋា|នទៅ, LSTM: ទាំងពី|រ), so only the breaks both agree on are kept, plus
//! spaces and any zero-width space the writer typed.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, OnceLock};

use icu_segmenter::options::LineBreakOptions;
use icu_segmenter::{GraphemeClusterSegmenter, LineSegmenter, LineSegmenterBorrowed};

fn dictionary() -> &'static LineSegmenterBorrowed<'static> {
    static SEGMENTER: OnceLock<LineSegmenterBorrowed<'static>> = OnceLock::new();
    SEGMENTER.get_or_init(|| LineSegmenter::new_dictionary(LineBreakOptions::default()))
}

fn lstm() -> &'static LineSegmenterBorrowed<'static> {
    static SEGMENTER: OnceLock<LineSegmenterBorrowed<'static>> = OnceLock::new();
    SEGMENTER.get_or_init(|| LineSegmenter::new_lstm(LineBreakOptions::default()))
}

/// Byte offsets, after 0 and up to `text.len()`, where a line may end. Forms print the
/// same labels and clauses again and again, so answers are kept (a bounded cache: the
/// LSTM model costs ~5 µs a character).
pub fn break_points(text: &str) -> Vec<usize> {
    static CACHE: OnceLock<Mutex<HashMap<String, Vec<usize>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Ok(cache) = cache.lock()
        && let Some(points) = cache.get(text)
    {
        return points.clone();
    }
    let points = compute_break_points(text);
    if let Ok(mut cache) = cache.lock() {
        if cache.len() >= 20_000 {
            cache.clear();
        }
        cache.insert(text.to_owned(), points.clone());
    }
    points
}

fn compute_break_points(text: &str) -> Vec<usize> {
    let dict: BTreeSet<usize> = dictionary().segment_str(text).collect();
    // Outside Khmer both models follow the same Unicode rules: one pass is enough.
    let khmer = text.chars().any(|c| ('\u{1780}'..='\u{17FF}').contains(&c));
    let mut points: BTreeSet<usize> = if khmer {
        lstm()
            .segment_str(text)
            .filter(|i| dict.contains(i))
            .collect()
    } else {
        dict
    };
    for (i, c) in text.char_indices() {
        if c == ' ' || c == '\u{200B}' {
            points.insert(i + c.len_utf8());
        }
    }
    points.remove(&0);
    points.insert(text.len());
    points.into_iter().filter(|&i| i <= text.len()).collect()
}

/// Byte offsets between grapheme clusters: where a word too wide for any line is cut,
/// so a consonant never loses its subscript or vowel.
pub fn grapheme_points(text: &str) -> Vec<usize> {
    GraphemeClusterSegmenter::new()
        .segment_str(text)
        // Unicode's clusters end a Khmer cluster after the coeng (្), whose subscript
        // belongs to the next consonant: never cut there.
        .filter(|&i| i > 0 && !text[..i].ends_with('\u{17D2}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<&str> {
        let mut start = 0;
        break_points(text)
            .into_iter()
            .map(|end| {
                let piece = &text[start..end];
                start = end;
                piece
            })
            .collect()
    }

    #[test]
    fn khmer_breaks_between_words_only() {
        // Words the two models each split wrongly on their own (shared NOTES).
        let text = "ផ្ទេរពីកសិដ្ឋានទៅទីផ្សារទាំងពីរ";
        let got = pieces(text);
        assert_eq!(got.concat(), text);
        for word in ["កសិដ្ឋាន", "ទាំងពីរ"] {
            assert!(
                got.iter().any(|p| p.contains(word)),
                "{word} must not be cut: {got:?}"
            );
        }
    }

    #[test]
    fn spaces_and_typed_zero_width_spaces_break() {
        assert_eq!(pieces("Sok Chan"), ["Sok ", "Chan"]);
        let got = pieces("ក្រុម\u{200B}ផលិត");
        assert_eq!(got, ["ក្រុម\u{200B}", "ផលិត"]);
    }

    #[test]
    fn graphemes_keep_subscripts_with_their_base() {
        let text = "ស្រ្តី";
        let points = grapheme_points(text);
        let first = &text[..points[0]];
        assert!(
            first.starts_with("ស្រ"),
            "a cut never separates ្រ from its base: {first}"
        );
    }
}
