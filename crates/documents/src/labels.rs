//! Every label of the exported and printed documents, in Khmer and English. The Khmer
//! follows the guideline's terms (DESIGN §4) and, for anything the window also shows,
//! the window's exact wording (`ui/src/locales/km.json`), so an officer reads the same
//! word on screen, in a spreadsheet and on paper.

use cluster_core::{BuyerKind, HouseholdSort, IdPoor, Payment, Per, Sex, Source, Unit, VendorKind};

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
    /// The market study workbook's sheets.
    pub const INTERVIEWS: Text = Text::new("ការសម្ភាសន៍", "Interviews");
    pub const SUMMARY: Text = Text::new("សង្ខេប", "Summary");
    pub const CALENDAR: Text = Text::new("ប្រតិទិន", "Calendar");

    pub const ALL: [Text; 7] = [
        HOUSEHOLDS, SLGS, BUYERS, EXPORT, INTERVIEWS, SUMMARY, CALENDAR,
    ];
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

/// The market study (guideline step 1): the vendor interview of annex 2 and its
/// analysis. Where the study screens show the same thing the words are the window's
/// (checked against `ui/src/locales` by `tests/market_study.rs`); the others follow
/// the guideline's interview.
pub mod study {
    use super::Text;

    pub const REGISTER: Text = Text::new("ការសិក្សាទីផ្សារ", "Market study");
    pub const CAMPAIGN: Text = Text::new("ការចុះសិក្សា", "Campaign");
    pub const PERIOD: Text = Text::new("រយៈពេល", "Period");
    pub const MARKET: Text = Text::new("ផ្សារ", "Market");
    pub const MARKETS: Text = Text::new("ផ្សារ", "Markets");
    pub const INTERVIEWS: Text = Text::new("ចំនួនការសម្ភាសន៍", "Interviews");
    pub const DATE: Text = Text::new("កាលបរិច្ឆេទ", "Date");
    pub const INTERVIEWER: Text = Text::new("អ្នកសម្ភាស", "Interviewer");
    pub const VENDOR: Text = Text::new("ឈ្មោះអ្នកលក់", "Vendor name");
    pub const VENDOR_KIND: Text = Text::new("ប្រភេទអ្នកលក់", "Kind of vendor");
    pub const PRODUCT: Text = Text::new("ផលិតផល", "Product");
    pub const PRODUCT_KM: Text = Text::new("ផលិតផល (ខ្មែរ)", "Product (Khmer)");
    pub const PRODUCT_EN: Text = Text::new("ផលិតផល (អង់គ្លេស)", "Product (English)");
    pub const QUANTITY: Text = Text::new("បរិមាណ", "Quantity");
    pub const UNIT: Text = Text::new("ឯកតា", "Unit");
    pub const PER: Text = Text::new("រយៈពេល", "Per");
    pub const WEEKLY_QUANTITY: Text = Text::new("បរិមាណក្នុងមួយសប្ដាហ៍", "Weekly quantity");
    /// The unit weekly quantities and the analysis's prices are given in.
    pub const PRODUCT_UNIT: Text = Text::new("ឯកតាផលិតផល", "Product unit");
    pub const MONTHS: Text = Text::new("ខែដែលទិញ", "Months bought");
    pub const PEAK_MONTHS: Text = Text::new("ខែត្រូវការខ្លាំង", "Peak months");
    pub const QUALITY: Text = Text::new("គុណភាព", "Quality");
    pub const GRADE: Text = Text::new("ទំហំ / ថ្នាក់", "Size / grade");
    pub const FRESH: Text = Text::new("ស្រស់", "Fresh");
    pub const SAFE: Text = Text::new(
        "ដាំដុះដោយគ្មានសារធាតុគីមីគ្រោះថ្នាក់",
        "Grown without unsafe chemicals",
    );
    pub const PACKAGING: Text = Text::new("ការវេចខ្ចប់", "Packaging");
    pub const BUY_PRICE: Text = Text::new("តម្លៃទិញចូល (រៀល/ឯកតា)", "Buying price (riel/unit)");
    pub const SELL_PRICE: Text = Text::new("តម្លៃលក់ចេញ (រៀល/ឯកតា)", "Selling price (riel/unit)");
    pub const SOURCE: Text = Text::new("ទិញពីណាឥឡូវនេះ", "Where it comes from now");
    pub const WILLING: Text =
        Text::new("ព្រមទិញពីក្រុមផលិតក្នុងតំបន់", "Would buy from a local producer group");
    pub const WILLING_QUANTITY: Text = Text::new("បរិមាណពីក្រុម", "Group quantity");
    pub const PAYMENT: Text = Text::new("ការទូទាត់", "Payment");
    pub const PAYMENT_DAYS: Text = Text::new("ចំនួនថ្ងៃជំពាក់", "Credit days");

    pub const PERMANENT_VENDOR: Text = Text::new("អ្នកលក់អចិន្ត្រៃយ៍", "Permanent vendor");
    pub const COLLECTOR: Text = Text::new("ឈ្មួញកណ្តាល/អ្នកប្រមូលទិញ", "Middleman / collector");

    pub const DAY: Text = Text::new("ថ្ងៃ", "Day");
    pub const WEEK: Text = Text::new("សប្ដាហ៍", "Week");
    pub const MONTH: Text = Text::new("ខែ", "Month");

    pub const KG: Text = Text::new("គីឡូក្រាម", "kg");
    pub const TONNE: Text = Text::new("តោន", "tonne");
    pub const HEAD: Text = Text::new("ក្បាល", "head");
    pub const BUNCH: Text = Text::new("បាច់", "bunch");
    pub const PIECE: Text = Text::new("គ្រាប់/ផ្លែ", "piece");
    pub const DOZEN: Text = Text::new("ឡូ (ដប់ពីរ)", "dozen");
    pub const LITRE: Text = Text::new("លីត្រ", "litre");

    pub const SAME_DISTRICT: Text = Text::new("ក្នុងស្រុកនេះ", "This district");
    pub const OTHER_DISTRICT: Text =
        Text::new("ស្រុកផ្សេងក្នុងខេត្តនេះ", "Another district of this province");
    pub const OTHER_PROVINCE: Text = Text::new("ខេត្តផ្សេង", "Another province");
    pub const VIETNAM: Text = Text::new("វៀតណាម", "Vietnam");
    pub const THAILAND: Text = Text::new("ថៃ", "Thailand");
    pub const OTHER_COUNTRY: Text = Text::new("ប្រទេសផ្សេងទៀត", "Another country");

    pub const CASH: Text = Text::new("សាច់ប្រាក់ពេលទទួលទំនិញ", "Cash on delivery");
    pub const CREDIT: Text = Text::new("ជំពាក់ (សងពេលក្រោយ)", "Credit (pays later)");
    pub const ADVANCE: Text = Text::new("បង់ប្រាក់មុន", "Pays in advance");
    pub const TRANSFER: Text = Text::new("ផ្ទេរប្រាក់តាមធនាគារ ឬទូរស័ព្ទ", "Bank or phone transfer");

    // The analysis.
    pub const RANK: Text = Text::new("លំដាប់", "Rank");
    pub const VENDORS: Text = Text::new("អ្នកលក់", "Vendors");
    pub const WEEKLY_DEMAND: Text = Text::new("តម្រូវការក្នុងមួយសប្ដាហ៍", "Demand per week");
    pub const WEEKLY_VALUE: Text =
        Text::new("តម្លៃតម្រូវការក្នុងមួយសប្ដាហ៍ (រៀល)", "Weekly demand value (riel)");
    pub const OUTSIDE_SHARE: Text = Text::new("ទិញពីក្រៅស្រុក", "From outside the district");
    pub const IMPORT_SHARE: Text = Text::new("នាំចូល", "Imported");
    pub const BUY_MIN: Text = Text::new("តម្លៃទិញទាបបំផុត", "Lowest buying price");
    pub const BUY_MEDIAN: Text = Text::new("តម្លៃទិញកណ្តាល", "Median buying price");
    pub const BUY_MAX: Text = Text::new("តម្លៃទិញខ្ពស់បំផុត", "Highest buying price");
    pub const SELL_MIN: Text = Text::new("តម្លៃលក់ទាបបំផុត", "Lowest selling price");
    pub const SELL_MEDIAN: Text = Text::new("តម្លៃលក់កណ្តាល", "Median selling price");
    pub const SELL_MAX: Text = Text::new("តម្លៃលក់ខ្ពស់បំផុត", "Highest selling price");
    pub const WILLING_VENDORS: Text = Text::new("អ្នកលក់ព្រមទិញ", "Willing vendors");
    pub const WILLING_WEEKLY: Text =
        Text::new("បរិមាណព្រមទិញក្នុងមួយសប្ដាហ៍", "Weekly quantity they would buy");
    /// The score's parts, each from 0 to 1.
    pub const PART_DEMAND: Text = Text::new("តម្រូវការ (០–១)", "Demand (0–1)");
    pub const PART_GAP: Text = Text::new("ទិញពីខាងក្រៅ (០–១)", "Bought from outside (0–1)");
    pub const PART_PRICE: Text = Text::new("តម្លៃ (០–១)", "Price (0–1)");
    pub const PART_WILLING: Text = Text::new("អ្នកព្រមទិញ (០–១)", "Willing buyers (0–1)");
    pub const SCORE: Text = Text::new("ពិន្ទុ", "Score");
    pub const WEIGHTS: Text = Text::new("ទម្ងន់ពិន្ទុ", "Score weights");
    pub const WEIGHT_DEMAND: Text = Text::new("តម្រូវការ", "Demand");
    pub const WEIGHT_GAP: Text = Text::new("ទិញពីខាងក្រៅ", "Bought from outside");
    pub const WEIGHT_PRICE: Text = Text::new("តម្លៃ", "Price");
    pub const WEIGHT_WILLING: Text = Text::new("អ្នកព្រមទិញ", "Willing buyers");
    pub const SCORE_RULE: Text = Text::new(
        "ពិន្ទុ = ១០០ × (ផលបូកនៃទម្ងន់ × ពិន្ទុផ្នែកនីមួយៗ) ÷ ផលបូកទម្ងន់។ កែទម្ងន់ខាងលើ ពិន្ទុនឹងគណនាឡើងវិញ (លំដាប់ជារបស់កម្មវិធី)។",
        "Score = 100 × (sum of weight × part) ÷ sum of weights. Change a weight above and the scores follow (the rank is the program's).",
    );
    pub const WILLING_TOTAL: Text = Text::new(
        "អ្នកលក់ព្រមទិញផលិតផលយ៉ាងតិចមួយពីក្រុម",
        "Vendors willing to buy at least one product from groups",
    );
    pub const UNCONVERTED: Text = Text::new(
        "ជួរដែលមិនបានរាប់ (ឯកតាមិនអាចប្តូរ)",
        "Lines left out (unit does not convert)",
    );
    pub const TOTAL: Text = Text::new("សរុប", "Total");
    pub const CHART_TITLE: Text = Text::new(
        "តម្លៃតម្រូវការក្នុងមួយសប្ដាហ៍ តាមផលិតផល (រៀល)",
        "Weekly demand value by product (riel)",
    );
    pub const CALENDAR_BUYING: Text = Text::new("ចំនួនអ្នកលក់ដែលទិញ តាមខែ", "Vendors buying, by month");
    pub const CALENDAR_PEAK: Text = Text::new(
        "ចំនួនអ្នកលក់ដែលថាជាខែត្រូវការខ្លាំង",
        "Vendors naming it a peak month",
    );
}

/// The market brief handed out at SLG meetings (guideline step 1 → 2). Sentences
/// with numbers are templates: `{name}` parts are replaced when printed. No twin in
/// `ui/src/locales`: the window shows the same study through its own screens.
pub mod brief {
    use super::Text;

    pub const TITLE: Text = Text::new("សេចក្តីសង្ខេបលទ្ធផលសិក្សាតម្រូវការទីផ្សារ", "Market brief");
    pub const SUBTITLE: Text = Text::new(
        "សម្រាប់កិច្ចប្រជុំក្រុមកសិករសិក្សាខ្នាតតូច",
        "For the meetings of the smallholder learning groups",
    );
    pub const COMMUNES: Text = Text::new("ឃុំគោលដៅ", "Target communes");
    pub const VENDORS_INTERVIEWED: Text = Text::new("អ្នកលក់ដែលបានសម្ភាសន៍", "Vendors interviewed");
    pub const TEAM: Text = Text::new("ក្រុមសិក្សា", "Study team");
    pub const MARKETS_DONE: Text = Text::new(
        "ផ្សារ (សម្ភាសន៍បានធ្វើ/គ្រោងទុក)",
        "Markets (interviews done/planned)",
    );

    pub const ASKS_FOR: Text = Text::new("អ្វីដែលទីផ្សារត្រូវការ", "What the market asks for");
    pub const HEADLINE: Text = Text::new(
        "អ្នកលក់ {vendors} នាក់ ដែលបានសម្ភាសន៍នៅផ្សារ {markets} ទិញផលិតផលកសិកម្មទាំងនេះ ប្រមាណ {value} រៀល ក្នុងមួយសប្តាហ៍។ ប្រហែល {outside} នៃតម្លៃនេះ ទិញពីក្រៅស្រុក ហើយ {imported} នាំចូលពីបរទេស។",
        "The {vendors} vendors interviewed at {markets} markets buy about {value} riel of these farm products a week. About {outside} of that value is bought from outside the district, and {imported} is imported from abroad.",
    );
    pub const PRIORITIES: Text = Text::new(
        "ផលិតផលអាទិភាព ដែលក្រុមផលិតក្នុងស្រុកអាចផ្គត់ផ្គង់៖",
        "Priority products local producer groups could supply:",
    );
    pub const PRIORITY_LINE: Text = Text::new(
        "{rank}. {product}៖ {quantity} {unit} ក្នុងមួយសប្តាហ៍ (ប្រមាណ {value} រៀល), {outside} ទិញពីក្រៅស្រុក, អ្នកលក់ {willing} នាក់ព្រមទិញពីក្រុម។",
        "{rank}. {product}: {quantity} {unit} a week (about {value} riel), {outside} bought from outside the district, {willing} vendors willing to buy from a group.",
    );
    pub const WILLING_SUMMARY: Text = Text::new(
        "អ្នកលក់ {willing} នាក់ ព្រមទិញផលិតផលយ៉ាងតិចមួយមុខពីក្រុមផលិតក្នុងស្រុក៖ ឈ្មោះ និងលេខទូរស័ព្ទ មាននៅក្នុងតារាងខាងក្រោម។",
        "{willing} vendors would buy at least one product from a local producer group: their names and phone numbers are in the table below.",
    );
    pub const NO_INTERVIEWS: Text = Text::new(
        "មិនទាន់មានការសម្ភាសន៍អ្នកលក់ត្រូវបានបញ្ចូលសម្រាប់ការសិក្សានេះនៅឡើយទេ។ ចំណាត់ថ្នាក់ផលិតផល ក្រាហ្វិក និងបញ្ជីអ្នកទិញ នឹងបង្ហាញនៅទីនេះ បន្ទាប់ពីបញ្ចូលការសម្ភាសន៍។",
        "No interviews entered yet for this study. The product ranking, the charts and the list of buyers appear here once interviews are entered.",
    );
    pub const NO_PRICES: Text = Text::new(
        "មិនទាន់មានតម្លៃទិញ ក្នុងការសម្ភាសន៍នៅឡើយទេ។",
        "No buying prices in the interviews yet.",
    );
    pub const UNCONVERTED_NOTE: Text = Text::new(
        "ចំណាំ៖ ជួរផលិតផល {lines} ក្នុងការសម្ភាសន៍ មិនត្រូវបានរាប់ ព្រោះឯកតារបស់វាមិនអាចប្តូរទៅឯកតាផលិតផលបាន។",
        "Note: {lines} product lines of the interviews are not counted because their unit no longer converts to the product's unit.",
    );

    pub const RANKING: Text = Text::new("ចំណាត់ថ្នាក់ផលិតផលអាទិភាព", "Priority ranking of products");
    pub const MEDIAN_PRICE: Text = Text::new("តម្លៃទិញកណ្តាល (រៀល)", "Median price (riel)");
    pub const OUTSIDE: Text = Text::new("ទិញពីក្រៅស្រុក", "Outside district");
    pub const IMPORTED: Text = Text::new("នាំចូល", "Imported");
    pub const WILLING: Text = Text::new("ព្រមទិញពីក្រុម", "Willing vendors");
    pub const SCORE: Text = Text::new("ពិន្ទុ", "Score");

    pub const DEMAND_CHART: Text =
        Text::new("តម្រូវការក្នុងមួយសប្តាហ៍ តាមផលិតផល", "Weekly demand by product");
    pub const DEMAND_NOTE: Text = Text::new(
        "តម្លៃដែលអ្នកលក់ទិញក្នុងមួយសប្តាហ៍ (បរិមាណ × តម្លៃទិញកណ្តាល) តាមលំដាប់អាទិភាព។",
        "What the vendors buy in a week (quantity × median buying price), in order of priority.",
    );
    pub const RIEL_PER_WEEK: Text = Text::new("រៀល ក្នុងមួយសប្តាហ៍", "riel per week");
    pub const CALENDAR_CHART: Text = Text::new("ប្រតិទិនរដូវកាល", "Seasonal calendar");
    pub const CALENDAR_NOTE: Text = Text::new(
        "ក្រឡាកាន់តែចាស់ អ្នកលក់ផលិតផលនោះកាន់តែច្រើនទិញក្នុងខែនោះ។ ចំណុចខ្មៅ៖ ខែដែលអ្នកលក់យ៉ាងតិចមួយភាគបី ថាត្រូវការច្រើនបំផុត។",
        "The darker the cell, the more of the product's vendors buy in that month. Black dot: a peak month for at least one vendor in three.",
    );
    pub const SHARE_BUYING: Text = Text::new("អ្នកលក់ដែលទិញក្នុងខែនោះ", "of its vendors buy that month");
    pub const PEAK: Text = Text::new("ខែត្រូវការច្រើនបំផុត", "peak month");
    pub const PRICE_CHART: Text = Text::new("ចន្លោះតម្លៃទិញ", "Buying price ranges");
    pub const PRICE_NOTE: Text = Text::new(
        "របារ៖ ពីតម្លៃទាបបំផុត ដល់តម្លៃខ្ពស់បំផុត ដែលអ្នកលក់បានទិញ។ ចំណុច និងលេខ៖ តម្លៃទិញកណ្តាល។ មាត្រដ្ឋានលោការីត៖ ពីបន្ទាត់មានលេខមួយ ទៅបន្ទាត់មានលេខបន្ទាប់ តម្លៃកើនឡើង ១០ ដង។",
        "Bar: the lowest to the highest price vendors paid. Dot and figure: the median buying price. Log scale: from one numbered line to the next, the price is 10 times higher.",
    );
    pub const RIEL_PER_UNIT: Text = Text::new("រៀល ក្នុងមួយឯកតា", "riel per unit");
    pub const LOWEST_HIGHEST: Text = Text::new("ទាបបំផុត – ខ្ពស់បំផុត", "lowest – highest");
    pub const MEDIAN: Text = Text::new("តម្លៃកណ្តាល", "median");
    pub const TOP_OF: Text = Text::new(
        "ផលិតផល {shown} ដំបូង ក្នុងចំណោម {total}។",
        "The first {shown} of {total} products.",
    );

    pub const WILLING_BUYERS: Text = Text::new(
        "អ្នកលក់ដែលព្រមទិញពីក្រុមផលិតក្នុងស្រុក",
        "Vendors willing to buy from local producer groups",
    );
    pub const VENDOR: Text = Text::new("អ្នកលក់", "Vendor");
    pub const PRODUCTS_QUANTITY: Text = Text::new(
        "ផលិតផល និងបរិមាណព្រមទិញពីក្រុម",
        "Products and quantity they would take",
    );
    pub const NO_WILLING: Text = Text::new(
        "មិនទាន់មានអ្នកលក់ណាម្នាក់ ព្រមទិញពីក្រុមផលិតនៅឡើយទេ។",
        "No vendor has said yet that they would buy from a producer group.",
    );
    pub const IN_REGISTER: Text = Text::new("(មានក្នុងបញ្ជីអ្នកទិញ)", "(in the buyer register)");

    pub const HOW_SCORED: Text = Text::new(
        "របៀបគណនាពិន្ទុអាទិភាព៖ ផលិតផលនីមួយៗទទួលបានពិន្ទុបួនផ្នែក ពី ០ ដល់ ១",
        "How the priority score is computed: each product gets four parts, each from 0 to 1",
    );
    pub const PART_DEMAND: Text = Text::new(
        "តម្រូវការ៖ តម្លៃទិញក្នុងមួយសប្តាហ៍ ធៀបនឹងផលិតផលដែលមានតម្លៃខ្ពស់ជាងគេ",
        "Demand: its weekly value compared with the largest product's",
    );
    pub const PART_GAP: Text = Text::new(
        "ទិញពីក្រៅស្រុក៖ ចំណែកនៃបរិមាណ ដែលទិញពីក្រៅស្រុក (អ្វីដែលក្រុមក្នុងស្រុកអាចជំនួសបាន)",
        "Outside supply: the share of the volume bought from outside the district (what local groups could replace)",
    );
    pub const PART_PRICE: Text = Text::new(
        "តម្លៃ៖ តម្លៃទិញកណ្តាល ស្ថិតនៅត្រង់ណា ក្នុងចន្លោះតម្លៃធម្មតារបស់ផលិតផល (០ = ទាបបំផុត, ១ = ខ្ពស់បំផុត)",
        "Price: where the median buying price sits in the product's usual price range (0 = lowest, 1 = highest)",
    );
    pub const PART_WILLING: Text = Text::new(
        "ឆន្ទៈទិញពីក្រុម៖ អ្នកលក់ដែលព្រមទិញពីក្រុម ធៀបនឹងផលិតផលដែលមានច្រើនជាងគេ",
        "Willing vendors: vendors willing to buy from a group, compared with the product that has the most",
    );
    pub const FORMULA: Text = Text::new(
        "ពិន្ទុ = ១០០ × ({formula}) ÷ {total}",
        "Score = 100 × ({formula}) ÷ {total}",
    );
    pub const WEIGHTS_USED: Text = Text::new(
        "ទម្ងន់ដែលការសិក្សានេះប្រើ (០ ដល់ ១០)៖ {weights}។",
        "Weights this study uses (0 to 10): {weights}.",
    );
    pub const PRINTED_ON: Text = Text::new("បោះពុម្ពនៅ", "Printed on");

    pub const KG_SHORT: Text = Text::new("គ.ក", "kg");
    pub const TONNE_SHORT: Text = Text::new("តោន", "t");
    pub const PIECE_SHORT: Text = Text::new("គ្រាប់/ផ្លែ", "piece");
    /// January to December as a chart's column heads.
    pub const MONTHS_SHORT_EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
}

/// A unit as a table cell or a chart label writes it: "គ.ក", "kg".
pub fn unit_short(u: Unit) -> Text {
    match u {
        Unit::Kg => brief::KG_SHORT,
        Unit::Tonne => brief::TONNE_SHORT,
        Unit::Piece => brief::PIECE_SHORT,
        other => unit(other),
    }
}

pub fn vendor_kind(kind: VendorKind) -> Text {
    match kind {
        VendorKind::PermanentVendor => study::PERMANENT_VENDOR,
        VendorKind::Collector => study::COLLECTOR,
        VendorKind::Wholesaler => buyer::WHOLESALER,
        VendorKind::Retailer => buyer::RETAILER,
    }
}

pub fn per(per: Per) -> Text {
    match per {
        Per::Day => study::DAY,
        Per::Week => study::WEEK,
        Per::Month => study::MONTH,
    }
}

pub fn unit(unit: Unit) -> Text {
    match unit {
        Unit::Kg => study::KG,
        Unit::Tonne => study::TONNE,
        Unit::Head => study::HEAD,
        Unit::Bunch => study::BUNCH,
        Unit::Piece => study::PIECE,
        Unit::Dozen => study::DOZEN,
        Unit::Litre => study::LITRE,
    }
}

/// Where a vendor buys now; the paper form writes its code (`Source::ALL` order, from 1).
pub fn source(source: Source) -> Text {
    match source {
        Source::SameDistrict => study::SAME_DISTRICT,
        Source::OtherDistrict => study::OTHER_DISTRICT,
        Source::OtherProvince => study::OTHER_PROVINCE,
        Source::Vietnam => study::VIETNAM,
        Source::Thailand => study::THAILAND,
        Source::OtherCountry => study::OTHER_COUNTRY,
    }
}

/// How a vendor pays; the paper form writes its code (`Payment::ALL` order, from 1).
pub fn payment(payment: Payment) -> Text {
    match payment {
        Payment::Cash => study::CASH,
        Payment::Credit => study::CREDIT,
        Payment::Advance => study::ADVANCE,
        Payment::Transfer => study::TRANSFER,
    }
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
        let vendors: Vec<Text> = VendorKind::ALL.iter().map(|&k| vendor_kind(k)).collect();
        let pers: Vec<Text> = Per::ALL.iter().map(|&p| per(p)).collect();
        let units: Vec<Text> = Unit::ALL.iter().map(|&u| unit(u)).collect();
        let sources: Vec<Text> = Source::ALL.iter().map(|&s| source(s)).collect();
        let payments: Vec<Text> = Payment::ALL.iter().map(|&p| payment(p)).collect();
        for group in [
            kinds, levels, sexes, vendors, pers, units, sources, payments,
        ] {
            for (i, a) in group.iter().enumerate() {
                for b in &group[i + 1..] {
                    assert_ne!(a.km, b.km);
                    assert_ne!(a.en, b.en);
                }
            }
        }
    }
}
