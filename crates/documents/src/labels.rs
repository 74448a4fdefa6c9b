//! Every label of the exported and printed documents, in Khmer and English. The Khmer
//! follows the guideline's terms (DESIGN §4) and, for anything the window also shows,
//! the window's exact wording (`ui/src/locales/km.json`), so an officer reads the same
//! word on screen, in a spreadsheet and on paper.

use cluster_core::{BuyerKind, HouseholdSort, IdPoor, Sex};

use crate::lang::Text;

/// Words every register uses.
pub mod common {
    use super::Text;

    pub const YES: Text = Text::new("បាទ/ចាស", "Yes");
    pub const NO: Text = Text::new("ទេ", "No");
    /// Shown where a value is empty, as the window does.
    pub const NONE: Text = Text::new("—", "—");
    pub const ALL: Text = Text::new("ទាំងអស់", "All");
    pub const ARCHIVED: Text = Text::new("ក្នុងបណ្ណសារ", "Archived");
    pub const PHONE: Text = Text::new("លេខទូរស័ព្ទ", "Phone");
    pub const SEX: Text = Text::new("ភេទ", "Sex");
    pub const FEMALE: Text = Text::new("ស្រី", "Female");
    pub const MALE: Text = Text::new("ប្រុស", "Male");
}

/// Places of the gazetteer. A place name exists in both scripts, so a register gives
/// a column for each.
pub mod place {
    use super::Text;

    pub const PROVINCE: Text = Text::new("ខេត្ត", "Province");
    pub const DISTRICT: Text = Text::new("ស្រុក", "District");
    pub const COMMUNE: Text = Text::new("ឃុំ", "Commune");
    pub const VILLAGE: Text = Text::new("ភូមិ", "Village");
    pub const COMMUNE_KM: Text = Text::new("ឃុំ (អក្សរខ្មែរ)", "Commune (Khmer)");
    pub const COMMUNE_LATIN: Text = Text::new("ឃុំ (អក្សរឡាតាំង)", "Commune (Latin letters)");
    pub const VILLAGE_KM: Text = Text::new("ភូមិ (អក្សរខ្មែរ)", "Village (Khmer)");
    pub const VILLAGE_LATIN: Text = Text::new("ភូមិ (អក្សរឡាតាំង)", "Village (Latin letters)");
    pub const ALL_COMMUNES: Text = Text::new("ឃុំទាំងអស់", "All communes");
    pub const ALL_VILLAGES: Text = Text::new("ភូមិទាំងអស់", "All villages");
    /// The gazetteer code of a place (MEF 2025).
    pub const CODE: Text = Text::new("លេខកូដ", "Code");
}

/// The household register.
pub mod household {
    use super::Text;

    pub const REGISTER: Text = Text::new("គ្រួសារ", "Households");
    pub const HEAD_NAME_KM: Text =
        Text::new("ឈ្មោះមេគ្រួសារ (អក្សរខ្មែរ)", "Head of household name (Khmer)");
    pub const HEAD_NAME_LATIN: Text = Text::new(
        "ឈ្មោះមេគ្រួសារ (អក្សរឡាតាំង)",
        "Head of household name (Latin letters)",
    );
    pub const BIRTH_YEAR: Text = Text::new("ឆ្នាំកំណើត", "Year of birth");
    pub const AGE: Text = Text::new("អាយុ", "Age");
    pub const YOUTH: Text = Text::new("យុវជន", "Youth");
    pub const SIZE: Text = Text::new("ចំនួនសមាជិកគ្រួសារ", "Household members");
    pub const WOMEN: Text = Text::new("ចំនួនស្ត្រីក្នុងគ្រួសារ", "Women in the household");
    pub const ID_POOR: Text = Text::new("ស្ថានភាព IDPoor", "IDPoor status");
    pub const INDIGENOUS: Text = Text::new("ជនជាតិដើមភាគតិច", "Indigenous");
    pub const SLG: Text = Text::new("ក្រុម SLG", "SLG");
    pub const ID_CARD: Text = Text::new("លេខអត្តសញ្ញាណប័ណ្ណ", "ID card number");
    pub const SORT: Text = Text::new("តម្រៀបតាម", "Sort by");
    pub const SORT_NAME: Text = Text::new("ឈ្មោះ (អក្សរខ្មែរ)", "Name (Khmer)");
    pub const SORT_NAME_LATIN: Text = Text::new("ឈ្មោះ (អក្សរឡាតាំង)", "Name (Latin letters)");
    pub const SORT_VILLAGE: Text = Text::new("ភូមិ", "Village");
    pub const SORT_BIRTH_YEAR: Text = Text::new("ឆ្នាំកំណើត", "Year of birth");
    pub const SORT_RECENT: Text = Text::new("ថ្មីៗបំផុត", "Most recent");
    pub const ID_POOR_NONE: Text = Text::new("មិនមែនគ្រួសារក្រីក្រ", "Not IDPoor");
    pub const ID_POOR_LEVEL1: Text = Text::new("IDPoor កម្រិត ១", "IDPoor level 1");
    pub const ID_POOR_LEVEL2: Text = Text::new("IDPoor កម្រិត ២", "IDPoor level 2");
}

/// Smallholder learning groups.
pub mod slg {
    use super::Text;

    pub const REGISTER: Text = Text::new(
        "ក្រុមកសិករសិក្សាខ្នាតតូច (SLG)",
        "Smallholder learning groups (SLG)",
    );
    pub const NAME: Text = Text::new("ឈ្មោះក្រុម", "Group name");
    pub const CEW: Text = Text::new("ភ្នាក់ងារផ្សព្វផ្សាយឃុំ ដែលសម្របសម្រួល", "Facilitating CEW");
    pub const FORMED_ON: Text = Text::new("កាលបរិច្ឆេទបង្កើត", "Date formed");
    pub const MEMBERS: Text = Text::new("គ្រួសារសមាជិក", "Member households");
}

/// Buyers and input suppliers.
pub mod buyer {
    use super::Text;

    pub const REGISTER: Text = Text::new("អ្នកប្រមូលទិញ និងអ្នកផ្គត់ផ្គង់ធាតុចូលកសិកម្ម", "Buyers & input suppliers");
    pub const NAME: Text = Text::new("ឈ្មោះ", "Name");
    pub const KIND: Text = Text::new("ប្រភេទ", "Kind");
    pub const ALL_KINDS: Text = Text::new("គ្រប់ប្រភេទ", "All kinds");
    pub const CONTACT_PERSON: Text = Text::new("អ្នកទំនាក់ទំនង", "Contact person");
    pub const LOCATION: Text = Text::new("ទីតាំង", "Location");
    pub const ADDRESS: Text = Text::new("អាសយដ្ឋាន", "Address");
    pub const PRODUCTS: Text = Text::new("ផលិតផលដែលទិញ ឬផ្គត់ផ្គង់", "Products bought or supplied");
    pub const COLLECTOR: Text = Text::new("អ្នកប្រមូលទិញ", "Collector");
    pub const WHOLESALER: Text = Text::new("អ្នកលក់ដុំ", "Wholesaler");
    pub const RETAILER: Text = Text::new("អ្នកលក់រាយ", "Retailer");
    pub const SUPERMARKET: Text = Text::new("ផ្សារទំនើប", "Supermarket");
    pub const EXPORTER: Text = Text::new("អ្នកនាំចេញ", "Exporter");
    pub const PROCESSOR: Text = Text::new("អ្នកកែច្នៃ", "Processor");
    pub const INPUT_SUPPLIER: Text = Text::new("អ្នកផ្គត់ផ្គង់ធាតុចូលកសិកម្ម", "Input supplier");
}

/// Spreadsheet tab names: at most 31 characters, none of `[]:*?/\` (Excel's rules).
pub mod sheet {
    use super::Text;

    pub const HOUSEHOLDS: Text = Text::new("គ្រួសារ", "Households");
    pub const SLGS: Text = Text::new("ក្រុមកសិករសិក្សាខ្នាតតូច (SLG)", "SLGs");
    pub const BUYERS: Text = Text::new("អ្នកប្រមូលទិញ និងអ្នកផ្គត់ផ្គង់", "Buyers & suppliers");
    /// The sheet that says what an export holds and how it was chosen.
    pub const EXPORT: Text = Text::new("ការនាំចេញ", "Export");

    pub const ALL: [Text; 4] = [HOUSEHOLDS, SLGS, BUYERS, EXPORT];
}

/// The export sheet: what was exported, when, by whom, and with which filters.
pub mod export {
    use super::Text;

    pub const REGISTER: Text = Text::new("បញ្ជី", "Register");
    pub const OFFICE: Text = Text::new("ការិយាល័យ", "Office");
    pub const EXPORTED_AT: Text = Text::new("កាលបរិច្ឆេទ និងម៉ោងនាំចេញ", "Exported on");
    pub const RECORDS: Text = Text::new("ចំនួនកំណត់ត្រា", "Records");
    pub const PROGRAM: Text = Text::new("កម្មវិធី", "Program");
    pub const FILTERS: Text = Text::new("តម្រង", "Filters");
    pub const SEARCH: Text = Text::new("ពាក្យស្វែងរក", "Search text");
    pub const INCLUDE_ARCHIVED: Text = Text::new("រួមទាំងកំណត់ត្រាក្នុងបណ្ណសារ", "Archived records included");
}

pub fn yes_no(value: bool) -> Text {
    if value { common::YES } else { common::NO }
}

pub fn sex(sex: Sex) -> Text {
    match sex {
        Sex::Female => common::FEMALE,
        Sex::Male => common::MALE,
    }
}

pub fn id_poor(level: IdPoor) -> Text {
    match level {
        IdPoor::None => household::ID_POOR_NONE,
        IdPoor::Level1 => household::ID_POOR_LEVEL1,
        IdPoor::Level2 => household::ID_POOR_LEVEL2,
    }
}

pub fn buyer_kind(kind: BuyerKind) -> Text {
    match kind {
        BuyerKind::Collector => buyer::COLLECTOR,
        BuyerKind::Wholesaler => buyer::WHOLESALER,
        BuyerKind::Retailer => buyer::RETAILER,
        BuyerKind::Supermarket => buyer::SUPERMARKET,
        BuyerKind::Exporter => buyer::EXPORTER,
        BuyerKind::Processor => buyer::PROCESSOR,
        BuyerKind::InputSupplier => buyer::INPUT_SUPPLIER,
    }
}

pub fn household_sort(sort: HouseholdSort) -> Text {
    match sort {
        HouseholdSort::Name => household::SORT_NAME,
        HouseholdSort::NameLatin => household::SORT_NAME_LATIN,
        HouseholdSort::Village => household::SORT_VILLAGE,
        HouseholdSort::BirthYear => household::SORT_BIRTH_YEAR,
        HouseholdSort::Recent => household::SORT_RECENT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_keep_excels_rules() {
        for name in sheet::ALL.iter().flat_map(|t| [t.km, t.en]) {
            assert!(
                name.encode_utf16().count() <= 31,
                "{name:?} is longer than 31"
            );
            assert!(
                !name.contains(['[', ']', ':', '*', '?', '/', '\\']),
                "{name:?}"
            );
            assert!(!name.starts_with('\'') && !name.ends_with('\''), "{name:?}");
        }
    }

    #[test]
    fn every_choice_has_a_distinct_label_in_each_language() {
        let kinds: Vec<Text> = BuyerKind::ALL.iter().map(|&k| buyer_kind(k)).collect();
        let levels: Vec<Text> = IdPoor::ALL.iter().map(|&l| id_poor(l)).collect();
        let sexes: Vec<Text> = Sex::ALL.iter().map(|&s| sex(s)).collect();
        for group in [kinds, levels, sexes] {
            for (i, a) in group.iter().enumerate() {
                for b in &group[i + 1..] {
                    assert_ne!(a.km, b.km);
                    assert_ne!(a.en, b.en);
                }
            }
        }
    }
}
