//! What a reader of the PDF gets: the glyphs HarfBuzz's shaping gives (no dotted
//! circles), and the source text back when copying (ToUnicode + ActualText).

use std::process::Command;

use cluster_documents::LangMode;
use cluster_documents::fonts::{Face, fonts};
use cluster_documents::pdf::{Align, Composer, PageSpec};
use cluster_documents::text::shape::shape;
use cluster_documents::text::{Style, wrap};

/// Khmer that naive PDF writers get wrong: subscripts, ្រ, pre-base vowels, ligatures,
/// and mixed Khmer/Latin/digits.
const CORPUS: &[&str] = &[
    "ព្រះរាជាណាចក្រកម្ពុជា ជាតិ សាសនា ព្រះមហាក្សត្រ",
    "ក្រសួងកសិកម្ម រុក្ខាប្រមាញ់ និងនេសាទ",
    "ស្ត្រី ក្ស័យ ឡើង ថ្លៃ ព្រៃ ខ្មែរ",
    "វេទិការវាងក្រុមផលិត និងអ្នកប្រមូលទិញ",
    "កិច្ចសន្យា (ផលិត និងទិញ) ២០២៦ Contract USD 1,000",
    "ផែនការផលិតកម្មគ្រួសារ ១០–១៥ គ្រួសារ",
];

#[test]
fn placed_glyphs_are_rustybuzz_glyphs_and_never_a_dotted_circle() {
    let set = fonts().unwrap();
    for face in [Face::KhmerRegular, Face::KhmerBold] {
        let loaded = set.get(face);
        let dotted = loaded.shaper.glyph_index('\u{25CC}').map(|g| g.0);
        for text in CORPUS {
            let runs = shape(text, face == Face::KhmerBold, 12.0).unwrap();
            for run in runs.iter().filter(|r| r.face == face) {
                // The reference: rustybuzz on the same run, on its own.
                let mut buffer = rustybuzz::UnicodeBuffer::new();
                buffer.push_str(&run.text);
                buffer.guess_segment_properties();
                let reference: Vec<u32> = rustybuzz::shape(&loaded.shaper, &[], buffer)
                    .glyph_infos()
                    .iter()
                    .map(|g| g.glyph_id)
                    .collect();
                let placed: Vec<u32> = run.glyphs.iter().map(|g| u32::from(g.gid)).collect();
                assert_eq!(placed, reference, "glyphs of {:?}", run.text);
                if let Some(dotted) = dotted {
                    assert!(
                        !placed.contains(&u32::from(dotted)),
                        "a dotted circle in {:?}",
                        run.text
                    );
                }
                assert!(
                    !placed.contains(&0),
                    "a missing glyph (.notdef) in {:?}",
                    run.text
                );
            }
        }
    }
}

fn pdftotext(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().ok()?;
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).ok()?;
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn copied_text_comes_back_in_logical_order() {
    let mut doc = Composer::new("Round trip", PageSpec::A4_PORTRAIT, LangMode::Km).unwrap();
    for line in CORPUS {
        doc.paragraph(line, Style::new(14.0), Align::Left).unwrap();
    }
    let pdf = doc.finish().unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let Some(text) = pdftotext(&pdf) else {
        eprintln!("pdftotext is not installed (poppler-utils): round trip not checked");
        return;
    };
    let normalise = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let got = normalise(&text);
    for line in CORPUS {
        assert!(
            got.contains(&normalise(line)),
            "{line:?} not found in the extracted text:\n{got}"
        );
    }
}

#[test]
fn long_text_flows_onto_numbered_pages_without_crossing_the_margin() {
    let mut doc = Composer::new("Flow", PageSpec::A4_PORTRAIT, LangMode::KmEn).unwrap();
    let width = doc.content_width();
    let paragraph = CORPUS.join(" ");
    for _ in 0..30 {
        doc.paragraph(&paragraph, Style::new(11.0), Align::Left)
            .unwrap();
    }
    assert!(
        doc.page_count() >= 2,
        "thirty paragraphs fill more than a page"
    );
    for line in wrap(&paragraph, Style::new(11.0), width).unwrap() {
        assert!(line.width <= width + 0.01);
    }
    let pages = doc.page_count();
    let pdf = doc.finish().unwrap();
    if let Some(text) = pdftotext(&pdf) {
        assert!(
            text.contains(&format!("Page {pages} of {pages}")),
            "the last page is numbered"
        );
        assert!(
            text.contains("ទំព័រ ១ នៃ"),
            "pages are numbered in Khmer digits too"
        );
    }
}
