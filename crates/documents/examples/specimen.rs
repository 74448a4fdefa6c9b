//! Shaping specimen: each non-empty line of LINES.txt on its own A4 page, left-aligned,
//! in the regular Khmer body font at 24 pt, and nothing else — to compare with HarfBuzz
//! (`hb-view`) rendering the same font.
//!
//! cargo run --release -p cluster-documents --example specimen -- LINES.txt OUT.pdf

use cluster_documents::LangMode;
use cluster_documents::pdf::{Align, Composer, PageSpec};
use cluster_documents::text::Style;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        return Err("usage: specimen LINES.txt OUT.pdf".into());
    };
    let text = std::fs::read_to_string(input)?;
    let mut doc =
        Composer::new("Specimen", PageSpec::A4_PORTRAIT, LangMode::Km)?.without_page_numbers();
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            doc.new_page()?;
        }
        doc.paragraph(line, Style::new(24.0), Align::Left)?;
    }
    std::fs::write(output, doc.finish()?)?;
    println!("{} lines → {output}", lines.len());
    Ok(())
}
