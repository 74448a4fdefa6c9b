//! The fonts every document uses, embedded in the program (SIL OFL 1.1, see
//! `assets/fonts/OFL.txt`) and parsed once per process: parsing and reading glyph
//! tables costs tens of milliseconds, a document a few.

use std::sync::OnceLock;

use printpdf::ParsedFont;

use crate::error::{DocError, Result};

/// Khmer text is set in Noto Sans Khmer, everything else in Noto Sans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Face {
    KhmerRegular,
    KhmerBold,
    LatinRegular,
    LatinBold,
}

impl Face {
    pub const ALL: [Face; 4] = [
        Face::KhmerRegular,
        Face::KhmerBold,
        Face::LatinRegular,
        Face::LatinBold,
    ];

    pub fn pick(khmer: bool, bold: bool) -> Face {
        match (khmer, bold) {
            (true, false) => Face::KhmerRegular,
            (true, true) => Face::KhmerBold,
            (false, false) => Face::LatinRegular,
            (false, true) => Face::LatinBold,
        }
    }

    pub fn is_khmer(self) -> bool {
        matches!(self, Face::KhmerRegular | Face::KhmerBold)
    }

    fn index(self) -> usize {
        self as usize
    }

    fn file(self) -> (&'static str, &'static [u8]) {
        match self {
            Face::KhmerRegular => (
                "NotoSansKhmer-Regular",
                include_bytes!("../../../assets/fonts/NotoSansKhmer-Regular.ttf"),
            ),
            Face::KhmerBold => (
                "NotoSansKhmer-Bold",
                include_bytes!("../../../assets/fonts/NotoSansKhmer-Bold.ttf"),
            ),
            Face::LatinRegular => (
                "NotoSans-Regular",
                include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf"),
            ),
            Face::LatinBold => (
                "NotoSans-Bold",
                include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf"),
            ),
        }
    }
}

pub struct LoadedFace {
    pub name: &'static str,
    pub shaper: rustybuzz::Face<'static>,
    /// The shaping plan for the face's script, left to right: compiling a plan costs
    /// more than shaping a short run, so it is made once.
    pub plan: rustybuzz::ShapePlan,
    pub script: rustybuzz::Script,
    pub pdf: ParsedFont,
    pub units_per_em: f32,
}

pub struct FontSet {
    faces: Vec<LoadedFace>,
}

impl FontSet {
    pub fn get(&self, face: Face) -> &LoadedFace {
        &self.faces[face.index()]
    }
}

static FONTS: OnceLock<std::result::Result<FontSet, (&'static str, String)>> = OnceLock::new();

/// The parsed fonts, loaded on first use.
pub fn fonts() -> Result<&'static FontSet> {
    let loaded = FONTS.get_or_init(|| {
        let mut faces = Vec::with_capacity(Face::ALL.len());
        for face in Face::ALL {
            let (name, bytes) = face.file();
            let shaper = rustybuzz::Face::from_slice(bytes, 0)
                .ok_or((name, "not an OpenType font".to_owned()))?;
            let pdf = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
                .ok_or((name, "the PDF writer could not parse it".to_owned()))?;
            let units_per_em = f32::from(shaper.units_per_em() as u16);
            let script = if face.is_khmer() {
                rustybuzz::script::KHMER
            } else {
                rustybuzz::script::LATIN
            };
            let plan = rustybuzz::ShapePlan::new(
                &shaper,
                rustybuzz::Direction::LeftToRight,
                Some(script),
                None,
                &[],
            );
            faces.push(LoadedFace {
                name,
                plan,
                script,
                units_per_em,
                shaper,
                pdf,
            });
        }
        Ok(FontSet { faces })
    });
    loaded.as_ref().map_err(|(name, detail)| DocError::Font {
        name,
        detail: detail.clone(),
    })
}
