//! Page rendering against HarfBuzz: a Khmer line printed by Cluster Desk and the same
//! line drawn by `hb-view` with the same font, both rasterised by poppler, must show
//! the same ink. Skipped (with a note) where hb-view or pdftoppm is missing.

use std::path::Path;
use std::process::Command;

use cluster_documents::LangMode;
use cluster_documents::pdf::{Align, Composer, PageSpec};
use cluster_documents::text::Style;

const FONT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/fonts/NotoSansKhmer-Regular.ttf"
);

const LINES: &[&str] = &["ព្រះរាជាណាចក្រកម្ពុជា", "ស្ត្រី ក្ស័យ ឡើង ថ្លៃ ព្រៃ", "ផែនការផលិតកម្មគ្រួសារ"];

fn have(tool: &str) -> bool {
    Command::new(tool).arg("-v").output().is_ok()
}

/// The ink of a PDF's first page: a binary image cropped to its bounding box.
fn ink(pdf: &Path) -> Option<(usize, usize, Vec<bool>)> {
    let out = pdf.with_extension("");
    let status = Command::new("pdftoppm")
        .args(["-gray", "-r", "144", "-f", "1", "-l", "1", "-singlefile"])
        .arg(pdf)
        .arg(&out)
        .status()
        .ok()?;
    if !status.success() {
        return None;
    }
    let bytes = std::fs::read(out.with_extension("pgm")).ok()?;
    // P5 header: magic, width, height, max value, each followed by white space.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes.get(at)?.is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes.get(at)?.is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    let (w, h): (usize, usize) = (fields[1].parse().ok()?, fields[2].parse().ok()?);
    let pixels = &bytes[at + 1..];
    let dark = |x: usize, y: usize| pixels[y * w + x] < 128;
    let (mut x0, mut y0, mut x1, mut y1) = (w, h, 0, 0);
    for y in 0..h {
        for x in 0..w {
            if dark(x, y) {
                (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
            }
        }
    }
    if x1 < x0 {
        return None;
    }
    let (cw, ch) = (x1 - x0 + 1, y1 - y0 + 1);
    let crop = (0..ch)
        .flat_map(|y| (0..cw).map(move |x| (x, y)))
        .map(|(x, y)| dark(x0 + x, y0 + y))
        .collect();
    Some((cw, ch, crop))
}

#[test]
fn khmer_prints_as_harfbuzz_draws_it() {
    if !have("hb-view") || !have("pdftoppm") {
        eprintln!(
            "hb-view (libharfbuzz-bin) or pdftoppm (poppler-utils) missing: rendering not compared"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (i, line) in LINES.iter().enumerate() {
        let ours = dir.path().join(format!("ours-{i}.pdf"));
        let mut doc = Composer::new("Specimen", PageSpec::A4_PORTRAIT, LangMode::Km)
            .unwrap()
            .without_page_numbers();
        doc.paragraph(line, Style::new(24.0), Align::Left).unwrap();
        std::fs::write(&ours, doc.finish().unwrap()).unwrap();

        let reference = dir.path().join(format!("hb-{i}.pdf"));
        let status = Command::new("hb-view")
            .args(["--font-size=24", "--output-format=pdf", "-o"])
            .arg(&reference)
            .arg(FONT)
            .arg(line)
            .status()
            .unwrap();
        assert!(status.success());

        let (aw, ah, a) = ink(&ours).expect("our page has ink");
        let (bw, bh, b) = ink(&reference).expect("HarfBuzz's page has ink");
        assert!(
            aw.abs_diff(bw) <= 2 && ah.abs_diff(bh) <= 2,
            "{line}: ink {aw}×{ah} px, HarfBuzz {bw}×{bh} px"
        );
        let (w, h) = (aw.min(bw), ah.min(bh));
        let differing = (0..h)
            .flat_map(|y| (0..w).map(move |x| (x, y)))
            .filter(|&(x, y)| a[y * aw + x] != b[y * bw + x])
            .count();
        let share = differing as f64 / (w * h) as f64;
        assert!(
            share < 0.04,
            "{line}: {:.1}% of pixels differ from HarfBuzz's",
            share * 100.0
        );
    }
}
