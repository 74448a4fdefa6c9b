//! Every label of the exported and printed documents, in Khmer and English. The Khmer
//! follows the guideline's terms (DESIGN §4) and, for anything the window also shows,
//! the window's exact wording (`ui/src/locales/km.json`), so an officer reads the same
//! word on screen, in a spreadsheet and on paper.

use cluster_core::{
    ActivityLine, BuyerKind, HouseholdSort, IdPoor, Payment, Per, Sex, Source, Unit, VendorKind,
};

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

/// Guideline steps 2 and 3 on paper: the minutes of an SLG meeting, the pack the
/// extension worker brings to it, a cluster's plan and the forum's report. Sentences
/// are templates (`{name}` parts replaced when printed); the terms are the guideline's
/// (DESIGN §4).
pub mod meetings {
    use super::Text;
    use cluster_core::{ActionStatus, CapacityKind, PartnerRole};

    pub const NUMBER: Text = Text::new("ល.រ", "No.");
    pub const NAME: Text = Text::new("ឈ្មោះ", "Name");
    pub const DATE: Text = Text::new("កាលបរិច្ឆេទ", "Date");
    pub const VENUE: Text = Text::new("ទីកន្លែង", "Venue");
    pub const FACILITATOR: Text = Text::new("អ្នកសម្របសម្រួល", "Facilitator");
    pub const SLG: Text = Text::new("ក្រុមកសិករសិក្សាខ្នាតតូច", "Smallholder learning group");
    pub const PRODUCT: Text = Text::new("ផលិតផល", "Product");
    pub const PRODUCTS: Text = Text::new("ផលិតផល", "Products");
    pub const TOTAL: Text = Text::new("សរុប", "Total");
    /// "Done at {venue}, {date}", above the signatures.
    pub const DONE_AT: Text = Text::new("ធ្វើនៅ{venue} {date}", "Done at {venue}, {date}");

    // The minutes of an SLG meeting (step 2).
    pub const MINUTES: Text = Text::new(
        "កំណត់ហេតុកិច្ចប្រជុំក្រុមកសិករសិក្សាខ្នាតតូច",
        "Minutes of the smallholder learning group meeting",
    );
    pub const MINUTES_SUBTITLE: Text = Text::new(
        "ជំហានទី២ នៃគោលការណ៍ណែនាំ៖ លទ្ធផលសិក្សាទីផ្សារ ចំណាប់អារម្មណ៍ សមត្ថភាពផលិត និងផែនការផលិតរបស់ក្រុម",
        "Guideline step 2: market results, the farmers' interest and capacity, and the group's production plan",
    );
    pub const ATTENDANCE: Text = Text::new("វត្តមាន", "Attendance");
    pub const ATTENDING: Text = Text::new("អ្នកចូលរួមសរុប", "People attending");
    pub const WOMEN: Text = Text::new("ស្ត្រី", "Women");
    pub const YOUTH: Text = Text::new("យុវជន", "Youth");
    pub const YOUNG_WOMEN: Text = Text::new("យុវនារី", "Young women");
    pub const MARKET_RESULTS: Text =
        Text::new("លទ្ធផលសិក្សាទីផ្សារដែលបានបង្ហាញ", "Market results presented");
    pub const STUDY_PRESENTED: Text = Text::new(
        "បានបង្ហាញលទ្ធផលនៃការសិក្សាទីផ្សារ «{study}» ({period}) ដល់ក្រុម៖ តម្រូវការទីផ្សារ តម្លៃ និងអ្នកប្រមូលទិញដែលព្រមទិញពីក្រុម។",
        "The results of the market study “{study}” ({period}) were presented to the group: market demand, prices, and the buyers willing to buy from groups.",
    );
    pub const DISTRICT_STUDY_PRESENTED: Text = Text::new(
        "បានបង្ហាញលទ្ធផលនៃការសិក្សាទីផ្សាររបស់ស្រុក ដល់ក្រុម៖ តម្រូវការទីផ្សារ តម្លៃ និងអ្នកប្រមូលទិញ។",
        "The results of the district's market study were presented to the group: market demand, prices and buyers.",
    );
    pub const NO_STUDY_PRESENTED: Text = Text::new(
        "មិនបានកត់ត្រាការបង្ហាញលទ្ធផលសិក្សាទីផ្សារ ក្នុងកិច្ចប្រជុំនេះទេ។",
        "No market study presentation was recorded for this meeting.",
    );
    pub const INTEREST: Text = Text::new(
        "ចំណាប់អារម្មណ៍ និងសមត្ថភាពផលិតរបស់កសិករ",
        "Farmers' interest and production capacity",
    );
    pub const INTERESTED: Text = Text::new("កសិករចាប់អារម្មណ៍", "Farmers interested");
    pub const CAPACITY: Text = Text::new("សមត្ថភាព (ផ្ទៃដី ឬសត្វ)", "Capacity (land or animals)");
    pub const CURRENT_OUTPUT: Text =
        Text::new("ទិន្នផលបច្ចុប្បន្ន (ក្នុងមួយរដូវ)", "Current output (per season)");
    pub const PRODUCTION_MONTHS: Text = Text::new("ខែផលិត (១–១២)", "Months (1–12)");
    pub const IN_PLAN: Text = Text::new("ក្នុងផែនការ", "In plan");
    pub const STRIP_NOTE: Text = Text::new(
        "ខែផលិត៖ ក្រឡាពណ៌ប្រផេះ គឺខែដែលកសិករអាចផលិតបាន (១ = មករា … ១២ = ធ្នូ)។ សញ្ញាធីក៖ ផលិតផលដែលក្រុមដាក់ក្នុងផែនការផលិត។",
        "Months: the grey cells are the months the farmers can produce it (1 = January … 12 = December). Tick: in the group's production plan.",
    );
    pub const NO_PRODUCTS: Text = Text::new(
        "មិនបានកត់ត្រាផលិតផលដែលបានពិភាក្សាទេ។",
        "No products discussed were recorded.",
    );
    pub const SQUARE_METRES: Text = Text::new("ម²", "m²");
    pub const HEADS: Text = Text::new("ក្បាល", "heads");
    pub const AGREED_PLAN: Text = Text::new(
        "ផែនការផលិតដែលក្រុមបានឯកភាព",
        "Production plan agreed by the group",
    );
    pub const PLAN_OF: Text = Text::new(
        "ក្រុមបានឯកភាពលើផែនការផលិត {count} មុខ៖ {products}។",
        "The group agreed a production plan of {count} crop or animal types: {products}.",
    );
    pub const NO_PLAN: Text = Text::new(
        "ក្រុមមិនទាន់បានឯកភាពលើផែនការផលិតនៅឡើយទេ។",
        "The group has not agreed a production plan yet.",
    );
    pub const PLAN_OUTSIDE: Text = Text::new(
        "ចំណាំ៖ គោលការណ៍ណែនាំស្នើឱ្យក្រុមរៀបចំផែនការផលិតពី {min} ទៅ {max} មុខ។ ផែនការនេះមាន {count} មុខ។",
        "Note: the guideline asks a group to plan {min} to {max} crop or animal types; this plan has {count}.",
    );
    pub const SWOT: Text = Text::new(
        "ការវិភាគ SWOT៖ ចំណុចខ្លាំង ចំណុចខ្សោយ ឱកាស និងការប្រឈម",
        "SWOT analysis: strengths, weaknesses, opportunities and threats",
    );
    pub const STRENGTHS: Text = Text::new("ចំណុចខ្លាំង", "Strengths");
    pub const WEAKNESSES: Text = Text::new("ចំណុចខ្សោយ", "Weaknesses");
    pub const OPPORTUNITIES: Text = Text::new("ឱកាស", "Opportunities");
    pub const THREATS: Text = Text::new("ការប្រឈម", "Threats");
    pub const SUPPORT_NEEDS: Text =
        Text::new("តម្រូវការគាំទ្រពីកម្មវិធី", "Support needed from the programme");
    pub const NOTES: Text = Text::new("កំណត់សម្គាល់ផ្សេងៗ", "Other notes");
    pub const ATTENDANCE_LIST: Text = Text::new("បញ្ជីវត្តមាន", "Attendance list");
    pub const NO_ATTENDEES: Text = Text::new("មិនបានកត់ត្រាអ្នកចូលរួមទេ។", "No attendees were recorded.");
    pub const SIGN_FACILITATOR: Text = Text::new("អ្នកសម្របសម្រួល", "Facilitator");
    pub const SIGN_LEADER: Text = Text::new(
        "ប្រធានក្រុម (ហត្ថលេខា ឬស្នាមមេដៃ)",
        "Group leader (signature or thumbprint)",
    );

    // The meeting pack (step 2): agenda, market brief, SWOT worksheet.
    pub const PACK: Text = Text::new(
        "ឯកសារសម្រាប់កិច្ចប្រជុំក្រុមកសិករសិក្សាខ្នាតតូច",
        "Smallholder learning group meeting pack",
    );
    pub const AGENDA: Text = Text::new(
        "របៀបវារៈកិច្ចប្រជុំក្រុមកសិករសិក្សាខ្នាតតូច",
        "Agenda of the smallholder learning group meeting",
    );
    pub const TIME: Text = Text::new("ម៉ោង", "Time");
    pub const ITEM: Text = Text::new("ខ្លឹមសារ", "Item");
    pub const IN_PACK: Text = Text::new("ក្នុងឯកសារនេះ", "In this pack");
    /// "page 2" / "pages 2–5" of the pack.
    pub const PAGE: Text = Text::new("ទំព័រ {page}", "page {page}");
    pub const PAGES: Text = Text::new("ទំព័រ {first}–{last}", "pages {first}–{last}");
    pub const AGENDA_WELCOME: Text = Text::new(
        "ស្វាគមន៍ និងគោលបំណងនៃកិច្ចប្រជុំ",
        "Welcome and purpose of the meeting",
    );
    pub const AGENDA_RESULTS: Text =
        Text::new("លទ្ធផលនៃការសិក្សាតម្រូវការទីផ្សារ", "Results of the market study");
    pub const AGENDA_ASKS: Text = Text::new(
        "អ្វីដែលទីផ្សារត្រូវការ៖ ផលិតផល បរិមាណ គុណភាព ពេលវេលា និងតម្លៃ",
        "What the market asks for: products, quantity, quality, timing and price",
    );
    pub const AGENDA_INTEREST: Text = Text::new(
        "ចំណាប់អារម្មណ៍ និងសមត្ថភាពផលិតរបស់កសិករ (ផ្ទៃដី សត្វ ផលិតកម្ម ខែផលិត)",
        "The farmers' interest and capacity (land, animals, output, months)",
    );
    pub const AGENDA_PLAN: Text = Text::new(
        "ឯកភាពលើផែនការផលិត {min} ទៅ {max} មុខ",
        "Agreeing the production plan of {min} to {max} crop or animal types",
    );
    pub const AGENDA_SWOT: Text = Text::new(
        "វិភាគចំណុចខ្លាំង ចំណុចខ្សោយ ឱកាស និងការប្រឈម",
        "Strengths, weaknesses, opportunities and threats (SWOT)",
    );
    pub const AGENDA_SUPPORT: Text =
        Text::new("តម្រូវការគាំទ្រពីកម្មវិធី", "Support needed from the programme");
    pub const AGENDA_NEXT: Text = Text::new("ជំហានបន្ទាប់ និងបិទកិច្ចប្រជុំ", "Next steps and closing");
    pub const BRING: Text = Text::new(
        "យកមកជាមួយ៖ ឯកសារនេះ បញ្ជីវត្តមាន ក្រដាសផ្ទាំងធំ និងប៊ិចហ្វឺត។",
        "Bring: this pack, the attendance sheet, flip-chart paper and markers.",
    );
    pub const RECORD: Text = Text::new(
        "កត់ត្រាសម្រាប់កំណត់ហេតុ៖ អ្នកចូលរួម (ឈ្មោះ ភេទ យុវជន)។ ផលិតផលនីមួយៗ៖ ចំនួនកសិករចាប់អារម្មណ៍ ផ្ទៃដី ឬចំនួនសត្វ ផលិតកម្មបច្ចុប្បន្ន និងខែផលិត។ ផលិតផលដែលក្រុមដាក់ក្នុងផែនការ។ SWOT និងតម្រូវការគាំទ្រ។",
        "Write down for the minutes: who came (name, sex, youth); for each product, the farmers interested, their land or animals, what they produce now and in which months; the products the group puts in its plan; the SWOT and the support needs.",
    );
    pub const NO_STUDY: Text = Text::new(
        "ឯកសារនេះមិនមានលទ្ធផលសិក្សាទីផ្សារទេ៖ សូមជ្រើសរើសការសិក្សាទីផ្សារ មុនពេលបោះពុម្ព។",
        "This pack holds no market study results: choose a market study before printing.",
    );
    pub const WORKSHEET: Text = Text::new("តារាងវិភាគ SWOT", "SWOT worksheet");
    pub const WORKSHEET_INTRO: Text = Text::new(
        "សរសេរគំនិតរបស់សមាជិកក្រុម ក្នុងប្រអប់នីមួយៗ។ ចំណុចខ្លាំង និងចំណុចខ្សោយ គឺនៅក្នុងក្រុម។ ឱកាស និងការប្រឈម មកពីខាងក្រៅ។",
        "Write the members' ideas in each box. Strengths and weaknesses are inside the group; opportunities and threats come from outside.",
    );
    pub const STRENGTHS_PROMPT: Text = Text::new(
        "ក្រុមយើងធ្វើអ្វីបានល្អ? ដី ទឹក ជំនាញ បទពិសោធន៍ ការសហការគ្នា…",
        "What does our group do well? Land, water, skills, experience, working together…",
    );
    pub const WEAKNESSES_PROMPT: Text = Text::new(
        "អ្វីដែលរារាំងយើង? ដើមទុន ធាតុចូល ចំណេះដឹង ការដឹកជញ្ជូន…",
        "What holds us back? Money, inputs, know-how, transport…",
    );
    pub const OPPORTUNITIES_PROMPT: Text = Text::new(
        "អ្វីពីខាងក្រៅអាចជួយយើង? អ្នកទិញ តម្លៃល្អ ផលិតផលនាំចូលដែលយើងអាចជំនួសបាន កម្មវិធីគាំទ្រ…",
        "What outside could help us? Buyers, good prices, imports we could replace, support programmes…",
    );
    pub const THREATS_PROMPT: Text = Text::new(
        "អ្វីពីខាងក្រៅអាចធ្វើឱ្យយើងខាត? តម្លៃធ្លាក់ ជំងឺ សត្វល្អិត គ្រោះរាំងស្ងួត ទឹកជំនន់…",
        "What outside could hurt us? Falling prices, disease, pests, drought, floods…",
    );

    // A cluster's plan (step 3).
    pub const CLUSTER_PLAN: Text = Text::new("ផែនការបណ្ដុំអាជីវកម្ម", "Cluster plan");
    pub const CLUSTER_PLAN_SUBTITLE: Text = Text::new(
        "ផែនការផលិតកម្ម យុទ្ធសាស្ត្រអាជីវកម្ម និងផែនការសកម្មភាព",
        "Production plan, business strategy and action plan",
    );
    pub const FORMED_AT: Text = Text::new("បង្កើតនៅ", "Formed at");
    pub const MEMBERS: Text = Text::new(
        "ក្រុមកសិករសិក្សាខ្នាតតូចជាសមាជិក",
        "Member smallholder learning groups",
    );
    pub const HOUSEHOLDS: Text = Text::new("គ្រួសារសមាជិក", "Member households");
    pub const BUYERS: Text = Text::new("អ្នកប្រមូលទិញ", "Buyers");
    pub const INPUT_SUPPLIERS: Text = Text::new("អ្នកផ្គត់ផ្គង់ធាតុចូលកសិកម្ម", "Input suppliers");
    pub const SERVICE_PROVIDERS: Text = Text::new("អ្នកផ្ដល់សេវា", "Service providers");
    pub const PRODUCTION_PLAN: Text = Text::new("ផែនការផលិតកម្ម", "Production plan");
    pub const PER_MONTH: Text = Text::new("បរិមាណក្នុងមួយខែ", "Quantity per month");
    pub const SUPPLY_MONTHS: Text = Text::new("ខែផ្គត់ផ្គង់", "Delivery months");
    pub const QUALITY: Text = Text::new("គុណភាព", "Quality");
    pub const PRICE_RANGE: Text = Text::new("តម្លៃ (រៀល/ឯកតា)", "Price (riel/unit)");
    pub const PER_YEAR: Text = Text::new("សរុបក្នុងមួយឆ្នាំ", "Total per year");
    pub const ALL_YEAR: Text = Text::new("ពេញមួយឆ្នាំ", "All year");
    pub const PLAN_VALUE: Text = Text::new(
        "តម្លៃនៃផែនការផលិតក្នុងមួយឆ្នាំ ប្រមាណ {min} ទៅ {max} រៀល (បរិមាណក្នុងមួយឆ្នាំ × តម្លៃទាបបំផុត និងខ្ពស់បំផុត)។",
        "The plan is worth about {min} to {max} riel a year (yearly quantity × lowest and highest price).",
    );
    pub const NO_PLAN_LINES: Text =
        Text::new("មិនទាន់មានផែនការផលិតនៅឡើយទេ។", "No production plan yet.");
    pub const STRATEGY: Text = Text::new("យុទ្ធសាស្ត្រអាជីវកម្ម", "Business strategy");
    pub const ACTION_PLAN: Text = Text::new("ផែនការសកម្មភាព", "Action plan");
    pub const ACTIVITY: Text = Text::new("សកម្មភាព", "Activity");
    pub const RESPONSIBLE: Text = Text::new("អ្នកទទួលខុសត្រូវ", "Responsible");
    pub const DEADLINE: Text = Text::new("ថ្ងៃកំណត់", "Deadline");
    pub const STATUS: Text = Text::new("ស្ថានភាព", "Status");
    pub const NO_ACTIONS: Text = Text::new("មិនទាន់មានផែនការសកម្មភាពនៅឡើយទេ។", "No action plan yet.");
    pub const PLANNED: Text = Text::new("គ្រោងទុក", "Planned");
    pub const IN_PROGRESS: Text = Text::new("កំពុងអនុវត្ត", "In progress");
    pub const DONE: Text = Text::new("បានបញ្ចប់", "Done");
    pub const DROPPED: Text = Text::new("បោះបង់", "Dropped");
    pub const FOR_PRODUCERS: Text = Text::new("តំណាងក្រុមផលិត", "For the producer groups");
    pub const FOR_BUYERS: Text = Text::new("តំណាងអ្នកប្រមូលទិញ", "For the buyers");
    pub const FOR_SUPPLIERS: Text = Text::new("តំណាងអ្នកផ្គត់ផ្គង់ធាតុចូល", "For the input suppliers");
    pub const FOR_SERVICES: Text = Text::new("តំណាងអ្នកផ្ដល់សេវា", "For the service providers");
    pub const FOR_OFFICE: Text = Text::new("ការិយាល័យកសិកម្មស្រុក", "District agriculture office");

    // The forum's report (step 3).
    pub const FORUM_REPORT: Text = Text::new(
        "របាយការណ៍វេទិការវាងក្រុមផលិត និងអ្នកប្រមូលទិញ",
        "Report of the forum between producer groups and buyers",
    );
    pub const FORUM: Text = Text::new("វេទិកា", "Forum");
    pub const LED_BY: Text = Text::new("ដឹកនាំដោយ", "Led by");
    pub const OBJECTIVES: Text = Text::new("គោលបំណង", "Objectives");
    pub const PARTICIPATION: Text = Text::new("ការចូលរួមតាមប្រភេទ", "Participation by category");
    pub const CATEGORY: Text = Text::new("ប្រភេទអ្នកចូលរួម", "Category");
    pub const INVITED: Text = Text::new("បានអញ្ជើញ", "Invited");
    pub const ATTENDED: Text = Text::new("បានចូលរួម", "Attended");
    pub const WOMEN_ATTENDED: Text = Text::new("ស្ត្រីបានចូលរួម", "Women attended");
    pub const PARTICIPATION_SUMMARY: Text = Text::new(
        "អ្នកចូលរួម {attended} នាក់ ក្នុងចំណោមអ្នកដែលបានអញ្ជើញ {invited} នាក់ ក្នុងនោះស្ត្រី {women} នាក់។",
        "{attended} of the {invited} people invited attended, {women} of them women.",
    );
    pub const CLUSTERS_FORMED: Text = Text::new("បណ្ដុំអាជីវកម្មដែលបានបង្កើត", "Clusters formed");
    pub const NO_CLUSTERS: Text = Text::new(
        "មិនទាន់មានបណ្ដុំអាជីវកម្មណាមួយត្រូវបានបង្កើតនៅឡើយទេ។",
        "No cluster has been formed yet.",
    );
    pub const PRODUCER_GROUPS: Text = Text::new("ក្រុមផលិត", "Producer groups");
    /// "{groups} SLGs ({households} households): names".
    pub const GROUPS_OF: Text = Text::new(
        "{groups} ក្រុម ({households} គ្រួសារ)៖ {names}",
        "{groups} SLGs ({households} households): {names}",
    );
    pub const NEXT_STEPS: Text = Text::new("ជំហានបន្ទាប់ដែលបានឯកភាព", "Next steps agreed");
    pub const PREPARED_BY: Text = Text::new("អ្នករៀបចំរបាយការណ៍", "Prepared by");
    pub const SEEN_BY: Text = Text::new(
        "បានឃើញ\nប្រធានការិយាល័យកសិកម្មស្រុក",
        "Seen by\nthe Chief of the District Agriculture Office",
    );

    /// What a meeting product's capacity is counted in, as a table cell writes it.
    pub fn capacity_unit(kind: CapacityKind) -> Text {
        match kind {
            CapacityKind::AreaM2 => SQUARE_METRES,
            CapacityKind::Heads => HEADS,
        }
    }

    pub fn action_status(status: ActionStatus) -> Text {
        match status {
            ActionStatus::Planned => PLANNED,
            ActionStatus::InProgress => IN_PROGRESS,
            ActionStatus::Done => DONE,
            ActionStatus::Dropped => DROPPED,
        }
    }

    /// A cluster's partners under their role, as the plan lists them.
    pub fn partner_role(role: PartnerRole) -> Text {
        match role {
            PartnerRole::Buyer => BUYERS,
            PartnerRole::InputSupplier => INPUT_SUPPLIERS,
            PartnerRole::ServiceProvider => SERVICE_PROVIDERS,
        }
    }
}

/// The district forum's kit (guideline step 3): the invitation letter, the agenda,
/// the attendance sheet and the name cards. Sentences are templates (`{name}` parts
/// replaced when printed); the participants' categories use the guideline's terms.
pub mod forum {
    use super::Text;
    use cluster_core::ParticipantCategory;

    pub const PLANNING_MARKETING: Text = Text::new(
        "នាយកដ្ឋានផែនការនិងស្ថិតិ / ការិយាល័យទីផ្សារកសិកម្ម",
        "Department of Planning and Statistics / Agriculture Marketing Office",
    );
    pub const WHOLESALER: Text = Text::new("អ្នកលក់ដុំ", "Wholesaler");
    pub const RETAILER: Text = Text::new("អ្នកលក់រាយ", "Retailer");
    pub const INPUT_SUPPLIER: Text = Text::new("អ្នកផ្គត់ផ្គង់ធាតុចូល", "Input supplier");
    pub const PDAFF_MARKETING: Text = Text::new("មន្ត្រីជំនាញទីផ្សារមន្ទីរកសិកម្ម", "PDAFF marketing official");
    pub const ME_ADVISOR: Text = Text::new("ទីប្រឹក្សាតាមដាន និងវាយតម្លៃ", "M&E/MIS advisor");
    pub const DISTRICT_OFFICIAL: Text = Text::new("មន្ត្រីកសិកម្មស្រុក", "District agriculture official");
    pub const CEW: Text = Text::new("ភ្នាក់ងារផ្សព្វផ្សាយឃុំ", "Commune extension worker");
    pub const NGO: Text = Text::new("អង្គការក្រៅរដ្ឋាភិបាល", "NGO");
    pub const DEMO_FARMER: Text = Text::new("កសិករធ្វើបង្ហាញ", "Demonstration farmer");
    pub const SLG_REP: Text = Text::new("តំណាងក្រុមកសិករ SLG", "SLG representative");
    pub const PRODUCER_GROUP_REP: Text = Text::new("តំណាងក្រុមផលិត", "Producer group representative");

    /// A participant's category, as the guideline names it.
    pub fn category(category: ParticipantCategory) -> Text {
        match category {
            ParticipantCategory::PlanningMarketing => PLANNING_MARKETING,
            ParticipantCategory::Wholesaler => WHOLESALER,
            ParticipantCategory::Retailer => RETAILER,
            ParticipantCategory::InputSupplier => INPUT_SUPPLIER,
            ParticipantCategory::PdaffMarketing => PDAFF_MARKETING,
            ParticipantCategory::MeAdvisor => ME_ADVISOR,
            ParticipantCategory::DistrictOfficial => DISTRICT_OFFICIAL,
            ParticipantCategory::Cew => CEW,
            ParticipantCategory::Ngo => NGO,
            ParticipantCategory::DemoFarmer => DEMO_FARMER,
            ParticipantCategory::SlgRep => SLG_REP,
            ParticipantCategory::ProducerGroupRep => PRODUCER_GROUP_REP,
        }
    }

    /// Monday first.
    pub const WEEKDAYS: [Text; 7] = [
        Text::new("ច័ន្ទ", "Monday"),
        Text::new("អង្គារ", "Tuesday"),
        Text::new("ពុធ", "Wednesday"),
        Text::new("ព្រហស្បតិ៍", "Thursday"),
        Text::new("សុក្រ", "Friday"),
        Text::new("សៅរ៍", "Saturday"),
        Text::new("អាទិត្យ", "Sunday"),
    ];
    /// Parts of the day a Khmer time names: before noon, noon, afternoon, evening.
    pub const MORNING: Text = Text::new("ព្រឹក", "am");
    pub const NOON: Text = Text::new("ថ្ងៃត្រង់", "pm");
    pub const AFTERNOON: Text = Text::new("រសៀល", "pm");
    pub const EVENING: Text = Text::new("ល្ងាច", "pm");
    /// "{start} to {end}", after a label "ម៉ោង" / "Time".
    pub const TIME_RANGE: Text = Text::new("{start} ដល់ម៉ោង {end}", "{start} to {end}");

    // The invitation letter.
    pub const INVITATION: Text = Text::new("លិខិតអញ្ជើញ", "Letter of invitation");
    pub const INVITATIONS: Text = Text::new("លិខិតអញ្ជើញចូលរួមវេទិកា", "Forum invitations");
    /// The office's superior, above its name.
    pub const PDAFF_OF: Text = Text::new(
        "មន្ទីរកសិកម្ម រុក្ខាប្រមាញ់ និងនេសាទខេត្ត{province}",
        "Provincial Department of Agriculture, Forestry and Fisheries, {province}",
    );
    pub const REFERENCE: Text = Text::new("លេខ", "No.");
    /// Where and when the letter is written: "{place}, {date}".
    pub const WRITTEN_AT: Text = Text::new("{place}, {date}", "{place}, {date}");
    pub const TO: Text = Text::new("សូមគោរពជូន", "To");
    pub const ALL_INVITED: Text = Text::new("លោក លោកស្រី អ្នកចូលរួមទាំងអស់", "All invited participants");
    pub const MR: Text = Text::new("លោក", "Mr");
    pub const MS: Text = Text::new("លោកស្រី", "Ms");
    pub const MR_MS: Text = Text::new("លោក/លោកស្រី", "Mr/Ms");
    /// How the body names the addressee when the letter goes to everyone.
    pub const YOU_ALL: Text = Text::new("លោក លោកស្រី", "you");
    /// The forum's name when it has none of its own.
    pub const DEFAULT_TITLE: Text = Text::new(
        "វេទិការវាងក្រុមផលិត និងអ្នកប្រមូលទិញ",
        "Forum between producer groups and buyers",
    );
    pub const SUBJECT: Text = Text::new("កម្មវត្ថុ", "Subject");
    pub const SUBJECT_TEXT: Text = Text::new(
        "ការអញ្ជើញចូលរួម{title}",
        "Invitation to the district forum “{title}”",
    );
    pub const OPENING: Text = Text::new(
        "{office} មានកិត្តិយសសូមគោរពអញ្ជើញ {you} អញ្ជើញចូលរួម{title} ដែលនឹងប្រព្រឹត្តទៅ៖",
        "The {office} has the honour to invite {you} to the district forum “{title}”, to be held:",
    );
    pub const DATE: Text = Text::new("កាលបរិច្ឆេទ", "Date");
    pub const TIME: Text = Text::new("ម៉ោង", "Time");
    pub const VENUE: Text = Text::new("ទីកន្លែង", "Venue");
    pub const PURPOSE: Text = Text::new("គោលបំណង", "Purpose");
    /// The guideline's purpose, printed when the forum names none.
    pub const DEFAULT_PURPOSE: Text = Text::new(
        "ភ្ជាប់ក្រុមផលិតទៅនឹងអ្នកប្រមូលទិញ និងអ្នកផ្គត់ផ្គង់ធាតុចូល ហើយបង្កើតបណ្ដុំអាជីវកម្ម ដែលមានផែនការផលិត យុទ្ធសាស្ត្រអាជីវកម្ម និងផែនការសកម្មភាព។",
        "To link producer groups with buyers and input suppliers, and to form business clusters with a production plan, a business strategy and an action plan.",
    );
    pub const AGENDA_ATTACHED: Text = Text::new(
        "របៀបវារៈលម្អិតមានភ្ជាប់មកជាមួយ។",
        "The detailed agenda is attached.",
    );
    pub const CONFIRM: Text = Text::new(
        "សូម{you}មេត្តាជម្រាបពីការចូលរួម{deadline} មកកាន់{contact}។",
        "Please confirm your attendance{deadline} to {contact}.",
    );
    pub const DEADLINE: Text = Text::new(" ឱ្យបានត្រឹម{date}", " by {date}");
    pub const CONTACT_PHONE: Text = Text::new("{name} លេខទូរស័ព្ទ {phone}", "{name}, phone {phone}");
    pub const CONTACT_OFFICE: Text = Text::new("{office}", "the {office}");
    pub const CLOSING: Text = Text::new(
        "អាស្រ័យដូចបានជម្រាបជូនខាងលើ សូម{you}មេត្តាអញ្ជើញចូលរួមដោយក្តីអនុគ្រោះ។ សូម{you}មេត្តាទទួលនូវការគោរពដ៏ខ្ពង់ខ្ពស់អំពីខ្ញុំ។",
        "We look forward to your participation. Please accept the assurance of our highest consideration.",
    );
    pub const CHIEF: Text = Text::new(
        "ប្រធានការិយាល័យកសិកម្មស្រុក",
        "Chief of the District Agriculture Office",
    );
    pub const SEAL: Text = Text::new("ត្រា", "Seal");
    pub const COPY_TO: Text = Text::new("ចម្លងជូន", "Copy to");
    pub const COPY_PDAFF: Text = Text::new(
        "មន្ទីរកសិកម្ម រុក្ខាប្រមាញ់ និងនេសាទខេត្ត{province} «ដើម្បីជ្រាប»",
        "PDAFF {province}, for information",
    );
    pub const COPY_FILE: Text = Text::new("ឯកសារ កាលប្បវត្តិ", "File");

    // The agenda.
    pub const AGENDA: Text = Text::new("របៀបវារៈ", "Agenda");
    pub const LED_BY: Text = Text::new("ដឹកនាំដោយ", "Led by");
    pub const ITEM: Text = Text::new("សកម្មភាព", "Item");
    pub const RESPONSIBLE: Text = Text::new("អ្នកទទួលខុសត្រូវ", "Speaker / responsible");
    pub const NO_AGENDA: Text = Text::new("មិនទាន់មានរបៀបវារៈនៅឡើយទេ។", "No agenda yet.");

    // The attendance sheet.
    pub const ATTENDANCE: Text = Text::new("បញ្ជីវត្តមានអ្នកចូលរួមវេទិកា", "Forum attendance sheet");
    pub const NUMBER: Text = Text::new("ល.រ", "No.");
    pub const NAME: Text = Text::new("ឈ្មោះ", "Name");
    pub const ORGANISATION: Text = Text::new("ស្ថាប័ន / តួនាទី", "Organisation / position");
    pub const SEX: Text = Text::new("ភេទ", "Sex");
    pub const SIGNATURE: Text = Text::new("ហត្ថលេខា / ស្នាមមេដៃ", "Signature / thumbprint");
    pub const WRITE_IN: Text =
        Text::new("អ្នកចូលរួមផ្សេងទៀត (សរសេរបន្ថែម)", "Other participants (write in)");
    pub const TOTALS: Text = Text::new(
        "សរុបអ្នកចូលរួម៖ ........ នាក់   ស្រី៖ ........ នាក់",
        "Participants: ........   Women: ........",
    );
    pub const PREPARED_BY: Text = Text::new("អ្នករៀបចំបញ្ជី", "Prepared by");
    pub const SEEN_BY: Text = Text::new(
        "បានឃើញ\nប្រធានការិយាល័យកសិកម្មស្រុក",
        "Seen by\nthe Chief of the District Agriculture Office",
    );

    // The name cards.
    pub const NAME_CARDS: Text = Text::new("ប័ណ្ណឈ្មោះតុ", "Name cards");
    pub const FOLD: Text = Text::new("បត់ត្រង់នេះ", "fold here");
    pub const CUT: Text = Text::new("កាត់ត្រង់នេះ", "cut here");
}

/// A producer group's by-laws (guideline step 4), as the members sign them. Sentences
/// are templates (`{name}` parts replaced when printed).
pub mod bylaws {
    use super::Text;
    use cluster_core::CommitteeRole;

    pub const BYLAWS: Text = Text::new("លក្ខន្តិកៈ", "By-laws");
    /// The title with the group's name; `{group}` already names a group ("ក្រុមផលិត…").
    pub const TITLE: Text = Text::new("លក្ខន្តិកៈ{group}", "By-laws of {group}");
    /// How a group whose name does not say so is named in the title.
    pub const GROUP_NAMED: Text = Text::new("ក្រុមផលិត{name}", "the producer group {name}");
    pub const DRAFT_TITLE: Text = Text::new("លក្ខន្តិកៈ — សេចក្តីព្រាង", "By-laws — DRAFT");
    pub const GROUP: Text = Text::new("ក្រុមផលិត", "Producer group");
    pub const LOCATION: Text = Text::new("ទីតាំង", "Location");
    /// "ឃុំ{commune} ស្រុក{district} ខេត្ត{province}".
    pub const PLACE: Text = Text::new(
        "ឃុំ{commune} ស្រុក{district} ខេត្ត{province}",
        "{commune} commune, {district} district, {province} province",
    );
    pub const PRODUCTS: Text = Text::new("ផលិតផល", "Products");
    pub const MEMBERS: Text = Text::new("សមាជិក", "Members");
    pub const MEMBER_COUNT: Text = Text::new(
        "{count} គ្រួសារ (ស្ត្រីជាមេគ្រួសារ {women})",
        "{count} households ({women} headed by women)",
    );
    pub const ADOPTED: Text = Text::new(
        "កំណែទី {version} អនុម័តនៅ{date}{at}{present}។",
        "Version {version}, adopted on {date}{at}{present}.",
    );
    pub const ADOPTED_AT: Text = Text::new(" នៅ{meeting}", " at {meeting}");
    pub const PRESENT: Text = Text::new(
        " ដោយមានសមាជិកចូលរួម {present} នាក់",
        " with {present} members present",
    );
    pub const WRITTEN: Text = Text::new(
        "កំណែទី {version} សរសេរនៅ{date}",
        "Version {version}, written on {date}",
    );
    pub const DRAFT: Text = Text::new("សេចក្តីព្រាង — មិនទាន់បានអនុម័តនៅឡើយ", "DRAFT — not adopted yet");
    pub const DRAFT_NOTE: Text = Text::new(
        "លក្ខន្តិកៈនេះចូលជាធរមាន នៅពេលកិច្ចប្រជុំសមាជិកដែលមានកូរ៉ុមអនុម័ត។",
        "These by-laws take effect when a members' meeting with a quorum adopts them.",
    );
    pub const AUTHORITATIVE: Text = Text::new(
        "អត្ថបទជាភាសាខ្មែរ ជាអត្ថបទផ្លូវការ។ អត្ថបទជាភាសាអង់គ្លេស ជាការបកប្រែសម្រាប់ជាឯកសារយោងប៉ុណ្ណោះ។",
        "The Khmer text is authoritative; the English text is a translation for reference only.",
    );
    /// An article's heading: "មាត្រា ១៖ …", "Article 1: …".
    pub const ARTICLE: Text = Text::new("មាត្រា {n}៖ {title}", "Article {n}: {title}");
    pub const COMMITTEE: Text = Text::new("គណៈកម្មាធិការក្រុម", "The group's committee");
    pub const CHAIR: Text = Text::new("ប្រធាន", "Chair");
    pub const VICE_CHAIR: Text = Text::new("អនុប្រធាន", "Vice-chair");
    pub const SECRETARY: Text = Text::new("លេខាធិការ", "Secretary");
    pub const TREASURER: Text = Text::new("ហេរញ្ញិក", "Treasurer");
    pub const VACANT: Text = Text::new("(មិនទាន់មាន)", "(vacant)");
    pub const SIGNATURES: Text = Text::new(
        "ហត្ថលេខា ឬស្នាមមេដៃរបស់សមាជិក",
        "Members' signatures or thumbprints",
    );
    pub const AGREEMENT: Text = Text::new(
        "យើងខ្ញុំជាសមាជិក{group} បានអាន ឬបានស្តាប់គេអានលក្ខន្តិកៈនេះ យល់ព្រម និងសន្យាអនុវត្តតាម។",
        "We, the members of {group}, have read these by-laws or heard them read, agree to them and will follow them.",
    );
    pub const NUMBER: Text = Text::new("ល.រ", "No.");
    pub const NAME: Text = Text::new("ឈ្មោះមេគ្រួសារ", "Head of household");
    pub const SEX: Text = Text::new("ភេទ", "Sex");
    pub const VILLAGE: Text = Text::new("ភូមិ", "Village");
    pub const SIGNATURE: Text = Text::new("ហត្ថលេខា / ស្នាមមេដៃ", "Signature / thumbprint");
    /// Where and when the by-laws were signed, blank to fill in on a draft.
    pub const DONE_AT: Text = Text::new("ធ្វើនៅ{place} {date}", "Done at {place}, {date}");
    pub const BLANK_DATE: Text = Text::new(
        "ថ្ងៃទី........ ខែ................ ឆ្នាំ............",
        "........ / ........ / ............",
    );
    pub const SIGN_CHAIR: Text = Text::new("ប្រធានក្រុមផលិត", "Chair of the producer group");
    pub const SIGN_COMMUNE: Text =
        Text::new("បានឃើញ និងឯកភាព\nមេឃុំ", "Seen and agreed\nCommune chief");
    pub const SIGN_OFFICE: Text = Text::new(
        "សាក្សី\nការិយាល័យកសិកម្មស្រុក",
        "Witness\nDistrict agriculture office",
    );

    /// A committee seat, as the by-laws name it.
    pub fn role(role: CommitteeRole) -> Text {
        match role {
            CommitteeRole::Chair => CHAIR,
            CommitteeRole::ViceChair => VICE_CHAIR,
            CommitteeRole::Secretary => SECRETARY,
            CommitteeRole::Treasurer => TREASURER,
        }
    }
}

/// A unit as a table cell or a chart label writes it: "គ.ក", "kg".
/// A producer group's planning documents (guideline step 4): the household production
/// plan, the group's supply plan and the training attendance sheet. Sentences are
/// templates (`{name}` parts replaced when printed).
pub mod group_docs {
    use super::Text;
    use cluster_core::TrainingTopic;

    pub const GROUP: Text = Text::new("ក្រុមផលិត", "Producer group");
    pub const COMMUNE: Text = Text::new("ឃុំ", "Commune");
    pub const IN_COMMUNE: Text = Text::new("ឃុំ{commune}", "{commune} commune");
    pub const CLUSTER: Text = Text::new("បណ្ដុំអាជីវកម្ម", "Cluster");
    pub const SEASON: Text = Text::new("រដូវកាល", "Season");
    pub const ALL_SEASONS: Text = Text::new("គ្រប់រដូវកាល", "All seasons");

    // The household production plan.
    pub const PLAN: Text = Text::new("ផែនការផលិតកម្មគ្រួសារ", "Household production plan");
    pub const PLAN_SUBTITLE: Text =
        Text::new("ច្បាប់សម្រាប់គ្រួសាររក្សាទុក", "The household's copy to keep");
    pub const HOUSEHOLD: Text = Text::new("មេគ្រួសារ", "Head of household");
    pub const ENTERPRISE: Text = Text::new("មុខរបរ", "The enterprise");
    pub const PRODUCT: Text = Text::new("ផលិតផល", "Product");
    pub const AREA: Text = Text::new("ផ្ទៃដី", "Area");
    pub const HEADS: Text = Text::new("ចំនួនក្បាល", "Heads");
    pub const SQUARE_METRES: Text = Text::new("ម៉ែត្រការ៉េ", "m²");
    pub const HEADS_UNIT: Text = Text::new("ក្បាល", "heads");
    pub const FROM_MONTH: Text = Text::new("ចាប់ពីខែ", "From");
    pub const TO_MONTH: Text = Text::new("ដល់ខែ", "To");
    pub const YIELD_AND_SALES: Text = Text::new("ទិន្នផល និងការលក់", "Yield and sales");
    pub const EXPECTED_YIELD: Text = Text::new("ទិន្នផលរំពឹងទុក", "Expected yield");
    pub const KEPT: Text = Text::new("ទុកប្រើប្រាស់ក្នុងគ្រួសារ", "Kept for the household");
    pub const FOR_MARKET: Text = Text::new("សម្រាប់លក់", "For market");
    pub const EXPECTED_PRICE: Text = Text::new("តម្លៃរំពឹងទុក", "Expected price");
    /// "{price} រៀល ក្នុងមួយ{unit}".
    pub const PRICE_PER: Text = Text::new("{price} រៀល ក្នុងមួយ{unit}", "{price} riel per {unit}");
    pub const MONEY: Text = Text::new("ចំណូល ចំណាយ និងប្រាក់ចំណេញ", "Revenue, costs and profit");
    pub const ITEM: Text = Text::new("មុខ", "Item");
    pub const RIEL: Text = Text::new("ទឹកប្រាក់ (រៀល)", "Amount (riel)");
    pub const REVENUE: Text = Text::new("ចំណូលរំពឹងទុក", "Expected revenue");
    pub const INPUTS_COST: Text = Text::new("ថ្លៃធាតុចូល", "Inputs");
    pub const LABOUR_COST: Text = Text::new("ថ្លៃពលកម្ម", "Labour");
    pub const OTHER_COST: Text = Text::new("ចំណាយផ្សេងៗ", "Other costs");
    pub const TOTAL_COST: Text = Text::new("ចំណាយសរុប", "Total costs");
    pub const PROFIT: Text = Text::new("ប្រាក់ចំណេញ", "Profit");
    pub const LOSS: Text = Text::new("ខាត", "Loss");
    /// The frame under a plan that loses money.
    pub const LOSS_NOTE: Text = Text::new(
        "ផែនការនេះខាតប្រាក់ {amount} រៀល៖ ចំណាយលើសចំណូល។",
        "This plan loses {amount} riel: its costs are more than its revenue.",
    );
    pub const INPUTS_REQUESTED: Text =
        Text::new("ធាតុចូលដែលស្នើសុំពីកម្មវិធី", "Inputs requested from the programme");
    pub const NUMBER: Text = Text::new("ល.រ", "No.");
    pub const INPUT_ITEM: Text = Text::new("មុខទំនិញ", "Item");
    pub const QUANTITY: Text = Text::new("បរិមាណ", "Quantity");
    pub const UNIT: Text = Text::new("ឯកតា", "Unit");
    pub const NO_INPUTS: Text = Text::new(
        "គ្រួសារមិនបានស្នើសុំធាតុចូលពីកម្មវិធីទេ។",
        "The household requested no inputs from the programme.",
    );
    pub const SIGN_HOUSEHOLD: Text = Text::new(
        "ហត្ថលេខា ឬស្នាមមេដៃមេគ្រួសារ",
        "Head of household (signature or thumbprint)",
    );
    pub const SIGN_CEW: Text =
        Text::new("ហត្ថលេខាភ្នាក់ងារផ្សព្វផ្សាយកសិកម្មឃុំ", "Commune extension worker (CEW)");

    // The group's supply plan.
    pub const SUPPLY: Text = Text::new("ផែនការផ្គត់ផ្គង់របស់ក្រុម", "Group supply plan");
    pub const SUPPLY_SUBTITLE: Text = Text::new(
        "បរិមាណសម្រាប់លក់ប្រចាំខែ ពីផែនការផលិតកម្មរបស់សមាជិក (តាមខែប្រមូលផល ឬលក់)",
        "Quantities for market each month, from the members' production plans (by month of harvest or sale)",
    );
    pub const TOTAL: Text = Text::new("សរុប", "Total");
    pub const HOUSEHOLDS: Text = Text::new("គ្រួសារ", "Households");
    pub const PRICE_COLUMN: Text = Text::new("តម្លៃ (រៀល)", "Price (riel)");
    pub const GROUP_ROW: Text = Text::new("ក្រុម", "Group");
    pub const CLUSTER_ROW: Text = Text::new("ផែនការបណ្ដុំ", "Cluster plan");
    pub const DIFFERENCE_ROW: Text = Text::new("ខុសគ្នា", "Difference");
    pub const SUPPLY_NOTE: Text = Text::new(
        "បរិមាណគិតតាមឯកតារបស់ផលិតផលនីមួយៗ។ តម្លៃ៖ តម្លៃរំពឹងទុកជាមធ្យម ក្នុងមួយឯកតា។ «ខុសគ្នា» = ក្រុម ដក ផែនការបណ្ដុំ៖ លេខអវិជ្ជមាន គឺខែដែលក្រុមផ្គត់ផ្គង់តិចជាងផែនការបណ្ដុំ។",
        "Quantities are in each product's unit. Price: the expected price per unit, on average. \"Difference\" = group minus cluster plan: a negative figure is a month the group supplies less than the cluster plans.",
    );
    pub const NO_SUPPLY: Text = Text::new(
        "មិនទាន់មានផែនការផលិតកម្មណាមួយសម្រាប់លក់ទេ៖ ផែនការផ្គត់ផ្គង់នៅទទេ។",
        "No production plan has anything for market yet: the supply plan is empty.",
    );

    // The training attendance sheet.
    pub const TRAINING: Text = Text::new("បញ្ជីវត្តមានវគ្គបណ្ដុះបណ្ដាល", "Training attendance sheet");
    pub const TOPIC: Text = Text::new("ប្រធានបទ", "Topic");
    pub const DATE: Text = Text::new("កាលបរិច្ឆេទ", "Date");
    pub const TRAINER: Text = Text::new("អ្នកបណ្ដុះបណ្ដាល", "Trainer");
    pub const VENUE: Text = Text::new("ទីកន្លែង", "Venue");
    pub const NAME: Text = Text::new("ឈ្មោះ", "Name");
    pub const SEX: Text = Text::new("ភេទ", "Sex");
    pub const AGE: Text = Text::new("អាយុ", "Age");
    pub const YOUTH: Text = Text::new("យុវជន", "Youth");
    pub const VILLAGE: Text = Text::new("ភូមិ", "Village");
    pub const SIGNATURE: Text = Text::new("ហត្ថលេខា ឬស្នាមមេដៃ", "Signature or thumbprint");
    pub const OTHERS: Text = Text::new("អ្នកចូលរួមផ្សេងទៀត", "Others attending");
    pub const COUNTS: Text = Text::new(
        "អ្នកចូលរួមសរុប ........ នាក់   ស្ត្រី ........ នាក់   យុវជន ........ នាក់   យុវនារី ........ នាក់",
        "Attended ........   women ........   youth ........   young women ........",
    );
    /// Under the members' table: how age and youth were reckoned.
    pub const AGE_NOTE: Text = Text::new(
        "អាយុគិតនៅឆ្នាំ{year}។ យុវជន៖ អាយុពី {min} ដល់ {max} ឆ្នាំ។",
        "Age in {year}. Youth: aged {min} to {max}.",
    );
    pub const SIGN_TRAINER: Text = Text::new("អ្នកបណ្ដុះបណ្ដាល", "Trainer");
    pub const SIGN_LEADER: Text = Text::new("ប្រធានក្រុម", "Group leader");

    pub const TOPIC_MARKET_SMS: Text =
        Text::new("ព័ត៌មានទីផ្សារតាមសារ SMS", "Market information by SMS");
    pub const TOPIC_POST_HARVEST: Text = Text::new("ការរក្សាទុកក្រោយប្រមូលផល", "Post-harvest storage");
    pub const TOPIC_TRANSPORT: Text = Text::new("ការដឹកជញ្ជូន និងការវេចខ្ចប់", "Transport and packaging");
    pub const TOPIC_SUPPLY_PLAN: Text = Text::new(
        "ផែនការផ្គត់ផ្គង់ទីផ្សារ និងការកត់ត្រា",
        "Market supply plan and record keeping",
    );
    pub const TOPIC_CONTRACTS: Text = Text::new("កិច្ចសន្យាជាមួយឈ្មួញកណ្ដាល", "Contracts with middlemen");
    pub const TOPIC_OTHER: Text = Text::new("ផ្សេងៗ", "Other");

    pub fn topic(topic: TrainingTopic) -> Text {
        match topic {
            TrainingTopic::MarketSms => TOPIC_MARKET_SMS,
            TrainingTopic::PostHarvest => TOPIC_POST_HARVEST,
            TrainingTopic::TransportPackaging => TOPIC_TRANSPORT,
            TrainingTopic::SupplyPlanRecords => TOPIC_SUPPLY_PLAN,
            TrainingTopic::Contracts => TOPIC_CONTRACTS,
            TrainingTopic::Other => TOPIC_OTHER,
        }
    }
}

/// The production and purchase contract (guideline step 5), its blank form and its
/// one-page summary. The Khmer follows the window's wording (`contractItems`,
/// `contracts.fields` …); sentences are templates (`{name}` parts replaced when printed).
pub mod contract {
    use super::Text;
    use cluster_core::{
        ContractItem, ContractPayment, ContractStatus, Currency, DeliveryFrequency, PriceMechanism,
        Transport, Unit,
    };

    pub const CONTRACT: Text = Text::new("កិច្ចសន្យា", "Contract");
    pub const TITLE: Text = Text::new(
        "កិច្ចសន្យាផលិត និងទិញកសិផល",
        "Contract for the production and purchase of farm products",
    );
    pub const DRAFT_TITLE: Text = Text::new("កិច្ចសន្យា — សេចក្តីព្រាង", "Contract — DRAFT");
    pub const BLANK_TITLE: Text = Text::new("ទម្រង់កិច្ចសន្យាទទេ", "Blank contract form");
    /// The watermark of every page of a draft.
    pub const DRAFT: Text = Text::new("សេចក្តីព្រាង", "DRAFT");
    pub const DRAFT_MARK: Text = Text::new(
        "សេចក្តីព្រាង — មិនទាន់អាចចុះហត្ថលេខាបានទេ",
        "DRAFT — not ready to be signed",
    );
    pub const MISSING: Text = Text::new("ចំណុចដែលនៅខ្វះ៖", "Still missing:");
    pub const AUTHORITATIVE: Text = Text::new(
        "អត្ថបទជាភាសាខ្មែរ ជាអត្ថបទគោល។ អត្ថបទជាភាសាអង់គ្លេស ជាការបកប្រែសម្រាប់ជាឯកសារយោង។",
        "The Khmer text prevails; the English text is a translation for reference.",
    );
    pub const NUMBER: Text = Text::new("លេខកិច្ចសន្យា៖ {number}", "Contract no. {number}");
    pub const VERSION: Text = Text::new("កំណែទី {version}", "version {version}");
    pub const AMENDED: Text = Text::new(
        " កែប្រែនៅ{date} មូលហេតុ៖ {reason}",
        ", amended on {date}, reason: {reason}",
    );
    pub const SIGNED_ON: Text = Text::new(" ចុះហត្ថលេខានៅ{date}", ", signed on {date}");

    // The parties.
    pub const BETWEEN: Text = Text::new("កិច្ចសន្យានេះធ្វើឡើងរវាង៖", "This contract is made between:");
    pub const PARTY_A: Text = Text::new("ភាគី ក (អ្នកផលិត)៖", "Party A (the producer):");
    pub const PARTY_B: Text = Text::new("ភាគី ខ (អ្នកទិញ)៖", "Party B (the buyer):");
    pub const AND: Text = Text::new("និង", "and");
    /// One producer group of Party A.
    pub const GROUP: Text = Text::new(
        "{name} ឃុំ{commune} (សមាជិក {members} គ្រួសារ)",
        "{name}, {commune} commune ({members} member households)",
    );
    pub const PARTY_A_TEXT: Text = Text::new(
        "{groups} ស្រុក{district} ខេត្ត{province} តំណាងដោយ {name} អត្តសញ្ញាណប័ណ្ណលេខ {id} តួនាទី {role} ដែលតទៅនេះហៅថា «ភាគី ក»។",
        "{groups}, {district} district, {province} province, represented by {name}, ID card no. {id}, as {role}, hereafter “Party A”.",
    );
    pub const PARTY_B_TEXT: Text = Text::new(
        "{buyer} ({kind}) អាសយដ្ឋាន {address} ទូរស័ព្ទ {phone} តំណាងដោយ {name} អត្តសញ្ញាណប័ណ្ណលេខ {id} តួនាទី {role} ដែលតទៅនេះហៅថា «ភាគី ខ»។",
        "{buyer} ({kind}), of {address}, phone {phone}, represented by {name}, ID card no. {id}, as {role}, hereafter “Party B”.",
    );
    pub const FACILITATED: Text = Text::new(
        "ដោយមានការសម្របសម្រួលពី {pdaff} មន្ត្រីជំនាញទីផ្សារ មន្ទីរកសិកម្ម រុក្ខាប្រមាញ់ និងនេសាទខេត្ត{province} និង {me} ទីប្រឹក្សាតាមដាន និងវាយតម្លៃ។",
        "Facilitated by {pdaff}, marketing official of the {province} Provincial Department of Agriculture, Forestry and Fisheries (PDAFF), and {me}, monitoring and evaluation (M&E) advisor.",
    );
    pub const AGREED: Text = Text::new(
        "ភាគីទាំងពីរបានព្រមព្រៀងគ្នាដូចតទៅ៖",
        "Both parties have agreed as follows:",
    );

    // The articles.
    /// An article's heading: "ប្រការ ១៖ …", "Article 1: …".
    pub const ARTICLE: Text = Text::new("ប្រការ {n}៖ {title}", "Article {n}: {title}");
    pub const A_PRODUCT: Text = Text::new("កសិផល និងពូជ", "Product and variety");
    pub const A_QUANTITY: Text = Text::new(
        "បរិមាណ និងភាពញឹកញាប់នៃការប្រគល់",
        "Quantity and frequency of delivery",
    );
    pub const A_QUALITY: Text = Text::new("ស្តង់ដារគុណភាព និងថ្នាក់", "Quality standards and grades");
    pub const A_PRICE: Text = Text::new("តម្លៃ និងរូបិយប័ណ្ណ", "Price and currency");
    pub const A_DELIVERY: Text = Text::new("ការប្រគល់ និងការដឹកជញ្ជូន", "Delivery and transport");
    pub const A_PAYMENT: Text = Text::new("ការទូទាត់ប្រាក់", "Payment");
    pub const A_SUPPORT: Text = Text::new(
        "ការគាំទ្រពីអ្នកទិញ និងការសងវិញ",
        "Support from the buyer and its repayment",
    );
    pub const A_OBLIGATIONS: Text = Text::new("កាតព្វកិច្ចរបស់ភាគីទាំងពីរ", "Obligations of the parties");
    pub const A_FORCE_MAJEURE: Text = Text::new("ករណីប្រធានសក្តិ", "Force majeure");
    pub const A_BREACH: Text = Text::new("ការបំពានកិច្ចសន្យា និងដំណោះស្រាយ", "Breach and remedies");
    pub const A_DISPUTES: Text = Text::new("ការដោះស្រាយវិវាទ", "Dispute resolution");
    pub const A_DURATION: Text = Text::new(
        "រយៈពេល ការបន្ត ការបញ្ចប់ និងវិសោធនកម្ម",
        "Duration, renewal, termination and amendments",
    );
    pub const A_COPIES: Text = Text::new("ចំនួនច្បាប់ និងអ្នករក្សាទុក", "Copies and who keeps them");

    pub const PRODUCT: Text = Text::new(
        "ភាគី ក យល់ព្រមផលិត និងលក់ ហើយភាគី ខ យល់ព្រមទិញ {product} ពូជ {variety}។",
        "Party A agrees to produce and sell, and Party B agrees to buy, {product}, variety {variety}.",
    );
    pub const QUANTITY: Text = Text::new(
        "បរិមាណសរុប {total} {unit} ក្នុងរយៈពេលកិច្ចសន្យា ប្រគល់ម្តងៗ {per} {unit} {frequency}។",
        "A total of {total} {unit} over the contract, delivered {per} {unit} at a time, {frequency}.",
    );
    /// Where a choice is still open: the tick boxes under the sentence.
    pub const TICK_BELOW: Text = Text::new("(គូសខាងក្រោម)", "(tick below)");
    pub const FREQUENCY: Text = Text::new("ភាពញឹកញាប់នៃការប្រគល់", "Delivery frequency");
    pub const QUALITY: Text = Text::new(
        "កសិផលត្រូវមានគុណភាពដូចតទៅ៖ {standards}។",
        "The produce meets these standards: {standards}.",
    );
    pub const GRADES: Text = Text::new("ថ្នាក់នៃកសិផល៖", "Grades of the produce:");
    pub const GRADE: Text = Text::new("ថ្នាក់", "Grade");
    pub const DESCRIPTION: Text = Text::new("ការពិពណ៌នា", "Description");
    pub const PRICE_PER: Text = Text::new("តម្លៃក្នុងមួយ{unit}", "Price per {unit}");
    pub const PRICE_FIXED: Text = Text::new(
        "តម្លៃថេរ {price} ក្នុងមួយ{unit} ពេញរយៈពេលកិច្ចសន្យា។",
        "A fixed price of {price} per {unit} for the whole contract.",
    );
    pub const PRICE_MARKET: Text = Text::new(
        "តម្លៃទីផ្សារ ({reference}) ប៉ុន្តែមិនទាបជាង {price} ក្នុងមួយ{unit}ឡើយ។",
        "The market price ({reference}), but never less than {price} per {unit}.",
    );
    pub const PRICE_GRADES: Text = Text::new(
        "តម្លៃតាមថ្នាក់ ដូចក្នុងតារាងខាងក្រោម។",
        "A price per grade, as in the table below.",
    );
    pub const PRICE_OPEN: Text = Text::new("របៀបកំណត់តម្លៃ (គូសមួយ)", "How the price is set (tick one)");
    pub const PRICE_AMOUNT: Text = Text::new(
        "តម្លៃថេរ ឬតម្លៃអប្បបរមា {price} ក្នុងមួយ{unit}។ តម្លៃទីផ្សារយោង៖ {reference}។",
        "Fixed price or floor: {price} per {unit}. Market price used: {reference}.",
    );
    pub const CURRENCY: Text = Text::new("រូបិយប័ណ្ណ៖ {currency}។", "Currency: {currency}.");
    pub const CURRENCY_LABEL: Text = Text::new("រូបិយប័ណ្ណ", "Currency");
    pub const DELIVERY: Text = Text::new(
        "កាលវិភាគប្រគល់៖ {schedule}។ ទីកន្លែងប្រគល់៖ {place}។ ការវេចខ្ចប់៖ {packaging}។ ការដឹកជញ្ជូន៖ {transport}។",
        "Delivery schedule: {schedule}. Place of delivery: {place}. Packaging: {packaging}. Transport: {transport}.",
    );
    pub const TRANSPORT_LABEL: Text = Text::new("ការដឹកជញ្ជូន", "Transport");
    pub const PAYMENT: Text = Text::new(
        "ភាគី ខ ទូទាត់ប្រាក់ជូនភាគី ក {when} ដោយ{method} ហើយភាគី ក ចេញបង្កាន់ដៃទទួលប្រាក់។",
        "Party B pays Party A {when}, by {method}, and Party A gives a receipt.",
    );
    pub const PAY_SAME_DAY: Text = Text::new("នៅថ្ងៃប្រគល់", "on the day of delivery");
    pub const PAY_DAYS: Text = Text::new(
        "ក្នុងរយៈពេល {days} ថ្ងៃ បន្ទាប់ពីការប្រគល់នីមួយៗ",
        "within {days} days of each delivery",
    );
    pub const PAYMENT_LABEL: Text = Text::new("វិធីទូទាត់", "Payment method");
    pub const SUPPORT: Text = Text::new(
        "ភាគី ខ ផ្តល់ជូនភាគី ក៖ {support}។ ការសងវិញ៖ {repayment}។",
        "Party B provides Party A with: {support}. Repayment: {repayment}.",
    );
    pub const IF_ANY: Text = Text::new("(បើមាន)", "(if any)");
    pub const DURATION: Text = Text::new(
        "កិច្ចសន្យានេះមានសុពលភាពចាប់ពី{start} ដល់{end}។",
        "This contract is valid from {start} to {end}.",
    );
    pub const COPIES: Text = Text::new(
        "កិច្ចសន្យានេះធ្វើឡើងជា {copies} ច្បាប់ ដែលមានតម្លៃគតិយុត្តស្មើគ្នា។ អ្នករក្សាទុក៖ {holders}។",
        "This contract is made in {copies} copies of equal legal force, kept by: {holders}.",
    );
    /// A day in a sentence, blank on a draft or the form.
    pub const BLANK_DATE: Text = Text::new(
        "ថ្ងៃទី........ ខែ................ ឆ្នាំ............",
        "........ / ........ / ............",
    );

    // The signature page.
    pub const SIGNATURES: Text = Text::new("ហត្ថលេខា និងស្នាមមេដៃ", "Signatures and thumbprints");
    pub const CONSENT: Text = Text::new(
        "ភាគីទាំងពីរបានអាន ឬបានស្តាប់គេអានកិច្ចសន្យានេះ យល់ និងព្រមព្រៀងលើខ្លឹមសាររបស់វា ហើយចុះហត្ថលេខា ឬផ្តិតស្នាមមេដៃខាងក្រោម ដោយសេរី។",
        "Both parties have read this contract or heard it read, understood and agreed to it, and sign or press their thumbprint below of their own free will.",
    );
    /// Where and when: "ធ្វើនៅ … ថ្ងៃទី … ខែ … ឆ្នាំ …".
    pub const DONE_AT: Text = Text::new("ធ្វើនៅ{place} {date}", "Done at {place}, {date}");
    pub const SIGN_A: Text = Text::new("តំណាងភាគី ក\n(ក្រុមផលិត)", "For Party A\n(the producer group)");
    pub const SIGN_B: Text = Text::new("តំណាងភាគី ខ\n(អ្នកទិញ)", "For Party B\n(the buyer)");
    pub const THUMB: Text = Text::new("ស្នាមមេដៃ", "Thumbprint");
    pub const SIGNATURE: Text = Text::new("ហត្ថលេខា", "Signature");
    pub const WITNESSES: Text = Text::new("សាក្សី", "Witnesses");
    pub const WITNESS_COMMUNE: Text = Text::new("មេឃុំ", "Commune chief");
    pub const WITNESS_OFFICIAL: Text =
        Text::new("មន្ត្រីការិយាល័យកសិកម្មស្រុក ឬមន្ទីរកសិកម្ម", "DAO or PDAFF official");
    pub const FACILITATORS: Text = Text::new("អ្នកសម្របសម្រួល", "Facilitators");
    pub const FACILITATOR_PDAFF: Text =
        Text::new("មន្ត្រីជំនាញទីផ្សារ មន្ទីរកសិកម្ម", "PDAFF marketing official");
    pub const FACILITATOR_ME: Text = Text::new("ទីប្រឹក្សាតាមដាន និងវាយតម្លៃ", "M&E advisor");

    // The one-page summary.
    pub const SUMMARY: Text = Text::new("សេចក្តីសង្ខេបកិច្ចសន្យា", "Contract summary");
    pub const STATUS: Text = Text::new("ស្ថានភាព", "Status");
    pub const GROUPS: Text = Text::new("ក្រុមផលិត", "Producer groups");
    pub const BUYER: Text = Text::new("អ្នកទិញ", "Buyer");
    pub const PRODUCT_LABEL: Text = Text::new("កសិផល", "Product");
    pub const QUANTITY_LABEL: Text = Text::new("បរិមាណ", "Quantity");
    pub const QUANTITY_SHORT: Text = Text::new(
        "{total} {unit}, ម្តងៗ {per} {unit} {frequency}",
        "{total} {unit}, {per} {unit} {frequency}",
    );
    pub const PRICE_LABEL: Text = Text::new("តម្លៃ", "Price");
    pub const PERIOD: Text = Text::new("រយៈពេល", "Period");
    pub const PERIOD_VALUE: Text = Text::new("ពី{start} ដល់{end}", "{start} to {end}");
    pub const SIGNED: Text = Text::new("ចុះហត្ថលេខា", "Signed");
    pub const NOT_SIGNED: Text = Text::new("មិនទាន់ចុះហត្ថលេខា", "Not signed");
    pub const FULFILMENT: Text = Text::new("តើកិច្ចសន្យាត្រូវបានគោរពទេ?", "Is the contract kept?");
    pub const CONTRACTED: Text = Text::new("តាមកិច្ចសន្យា", "Contracted");
    pub const DUE_BY_TODAY: Text = Text::new("ត្រូវប្រគល់ដល់ថ្ងៃនេះ", "Due by today");
    pub const DELIVERED: Text = Text::new("បានប្រគល់", "Delivered");
    pub const REJECTED: Text = Text::new("បានបដិសេធ", "Rejected");
    pub const AMOUNT: Text = Text::new("តម្លៃដែលបានប្រគល់", "Value delivered");
    pub const PAID: Text = Text::new("បានទូទាត់", "Paid");
    pub const PAYABLE: Text = Text::new("ត្រូវទូទាត់ដល់ថ្ងៃនេះ", "Payable by today");
    pub const DELIVERIES: Text = Text::new(
        "ការប្រគល់ {count} ដង ចុងក្រោយនៅ{date}",
        "{count} deliveries, the last on {date}",
    );
    pub const NO_DELIVERIES: Text = Text::new("មិនទាន់មានការប្រគល់ទេ។", "No delivery recorded yet.");
    pub const LATE_DELIVERY: Text = Text::new(
        "ការប្រគល់យឺត៖ ខ្វះ {shortfall} {unit} តាំងពី{since}។",
        "Late delivery: {shortfall} {unit} missing since {since}.",
    );
    pub const LATE_PAYMENTS: Text = Text::new("ការទូទាត់ហួសកំណត់៖", "Payments overdue:");
    pub const LATE_PAYMENT: Text = Text::new(
        "ការប្រគល់{date}៖ {unpaid} មិនទាន់ទូទាត់ ត្រូវទូទាត់{due}",
        "delivery of {date}: {unpaid} unpaid, due {due}",
    );
    pub const ON_TIME: Text = Text::new(
        "គ្មានការប្រគល់ ឬការទូទាត់យឺតទេ។",
        "No delivery or payment is late.",
    );
    pub const MONTH: Text = Text::new("ខែ", "Month");
    pub const SCHEDULED: Text = Text::new("តាមកាលវិភាគ", "Scheduled");
    pub const MORE_MONTHS: Text = Text::new("… និង {n} ខែទៀត", "… and {n} more months");
    pub const NO_MONTHS: Text = Text::new(
        "មិនទាន់មានកាលវិភាគ៖ បរិមាណ ភាពញឹកញាប់ និងកាលបរិច្ឆេទ បង្កើតវា។",
        "No schedule yet: the quantities, frequency and dates make it.",
    );
    pub const MONEY_IN: Text = Text::new("ទឹកប្រាក់គិតជា{currency}", "Amounts in {currency}");

    pub fn item(item: ContractItem) -> Text {
        match item {
            ContractItem::Parties => {
                Text::new("ភាគី និងតំណាងភាគី", "The parties and their representatives")
            }
            ContractItem::Facilitators => Text::new("អ្នកសម្របសម្រួល", "The facilitators"),
            ContractItem::Product => Text::new("កសិផល និងពូជ", "The product and variety"),
            ContractItem::Quantity => Text::new(
                "បរិមាណ និងភាពញឹកញាប់នៃការប្រគល់",
                "Quantity and delivery frequency",
            ),
            ContractItem::Quality => Text::new("ស្តង់ដារគុណភាព", "Quality standards"),
            ContractItem::Price => Text::new("តម្លៃ និងរបៀបកំណត់តម្លៃ", "Price and how it is set"),
            ContractItem::Delivery => Text::new(
                "ការប្រគល់៖ កាលវិភាគ ទីកន្លែង ការវេចខ្ចប់ ការដឹកជញ្ជូន",
                "Delivery: schedule, place, packaging, transport",
            ),
            ContractItem::Payment => {
                Text::new("ការទូទាត់៖ វិធី និងពេលវេលា", "Payment: method and timing")
            }
            ContractItem::Support => Text::new(
                "ការគាំទ្រពីអ្នកប្រមូលទិញ និងការសងវិញ",
                "Support from the buyer and its repayment",
            ),
            ContractItem::Obligations => {
                Text::new("កាតព្វកិច្ចរបស់ភាគីទាំងពីរ", "Obligations of both parties")
            }
            ContractItem::ForceMajeure => Text::new("ករណីប្រធានសក្តិ", "Force majeure"),
            ContractItem::Breach => Text::new("ការបំពានកិច្ចសន្យា និងដំណោះស្រាយ", "Breach and remedies"),
            ContractItem::Disputes => Text::new("ការដោះស្រាយវិវាទ", "Dispute resolution"),
            ContractItem::Duration => Text::new(
                "រយៈពេល ការបន្ត ការបញ្ចប់ និងវិសោធនកម្ម",
                "Duration, renewal, termination, amendments",
            ),
            ContractItem::Witnesses => Text::new("សាក្សី", "Witnesses"),
            ContractItem::Copies => Text::new("ចំនួនច្បាប់ និងអ្នករក្សាទុក", "Copies and who keeps them"),
        }
    }

    /// A field the checklist names (`groupRep.idNumber` …), as the window words it.
    pub fn field(key: &str) -> Option<Text> {
        Some(match key {
            "groupRep.name" => Text::new("ឈ្មោះតំណាងក្រុមផលិត", "group representative's name"),
            "groupRep.idNumber" => Text::new(
                "លេខអត្តសញ្ញាណប័ណ្ណតំណាងក្រុមផលិត",
                "group representative's ID card number",
            ),
            "groupRep.role" => Text::new("តួនាទីតំណាងក្រុមផលិត", "group representative's role"),
            "buyerRep.name" => Text::new("ឈ្មោះតំណាងអ្នកទិញ", "buyer representative's name"),
            "buyerRep.idNumber" => Text::new(
                "លេខអត្តសញ្ញាណប័ណ្ណតំណាងអ្នកទិញ",
                "buyer representative's ID card number",
            ),
            "buyerRep.role" => Text::new("តួនាទីតំណាងអ្នកទិញ", "buyer representative's role"),
            "facilitatorPdaff" => Text::new("មន្ត្រីជំនាញទីផ្សារមន្ទីរកសិកម្ម", "PDAFF marketing official"),
            "facilitatorMe" => Text::new("ទីប្រឹក្សាតាមដាន និងវាយតម្លៃ", "M&E advisor"),
            "variety" => Text::new("ពូជ", "variety"),
            "totalQuantity" => Text::new("បរិមាណសរុប", "total quantity"),
            "quantityPerDelivery" => Text::new("បរិមាណក្នុងមួយដង", "quantity per delivery"),
            "deliveryFrequency" => Text::new("ភាពញឹកញាប់នៃការប្រគល់", "delivery frequency"),
            "qualityStandards" => Text::new("ស្តង់ដារគុណភាព", "quality standards"),
            "grades" => Text::new("ថ្នាក់ និងតម្លៃ", "grades with their prices"),
            "priceMechanism" => Text::new("របៀបកំណត់តម្លៃ", "how the price is set"),
            "currency" => Text::new("រូបិយប័ណ្ណ", "currency"),
            "price" => Text::new("តម្លៃ", "price"),
            "marketReference" => Text::new("តម្លៃទីផ្សារដែលយកមកប្រើ", "which market price applies"),
            "deliverySchedule" => Text::new("ថ្ងៃ និងម៉ោងប្រគល់", "days and hours of delivery"),
            "deliveryPlace" => Text::new("ទីកន្លែងប្រគល់", "place of delivery"),
            "packaging" => Text::new("ការវេចខ្ចប់", "packaging"),
            "transport" => Text::new("ការដឹកជញ្ជូន", "transport"),
            "paymentMethod" => Text::new("វិធីទូទាត់", "payment method"),
            "paymentDays" => Text::new("ចំនួនថ្ងៃទូទាត់ក្រោយការប្រគល់", "days to pay after delivery"),
            "repaymentTerms" => Text::new("របៀបសងការគាំទ្រវិញ", "how the support is repaid"),
            "startsOn" => Text::new("ថ្ងៃចាប់ផ្តើម", "start date"),
            "endsOn" => Text::new("ថ្ងៃបញ្ចប់", "end date"),
            "witnessCommune" => Text::new("មេឃុំ (សាក្សី)", "commune chief (witness)"),
            "witnessOfficial" => Text::new(
                "មន្ត្រីការិយាល័យកសិកម្មស្រុក ឬមន្ទីរកសិកម្ម (សាក្សី)",
                "DAO or PDAFF official (witness)",
            ),
            "copies" => Text::new("ចំនួនច្បាប់", "number of copies"),
            "copyHolders" => Text::new("អ្នករក្សាទុកច្បាប់", "who keeps the copies"),
            "clauses.below_grade" => Text::new(
                "មាត្រាស្តីពីកសិផលមិនគ្រប់ស្តង់ដារ",
                "the article on produce below grade",
            ),
            "clauses.group_duties" => Text::new("កាតព្វកិច្ចរបស់ក្រុមផលិត", "the group's obligations"),
            "clauses.buyer_duties" => Text::new("កាតព្វកិច្ចរបស់អ្នកទិញ", "the buyer's obligations"),
            "clauses.force_majeure" => Text::new("មាត្រាករណីប្រធានសក្តិ", "the force majeure article"),
            "clauses.breach" => Text::new("មាត្រាស្តីពីការបំពានកិច្ចសន្យា", "the article on breach"),
            "clauses.disputes" => Text::new("មាត្រាស្តីពីការដោះស្រាយវិវាទ", "the dispute article"),
            "clauses.renewal" => Text::new("មាត្រាស្តីពីការបន្តកិច្ចសន្យា", "the renewal article"),
            "clauses.termination" => Text::new("មាត្រាស្តីពីការបញ្ចប់កិច្ចសន្យា", "the termination article"),
            "clauses.amendments" => Text::new("មាត្រាស្តីពីវិសោធនកម្ម", "the amendments article"),
            _ => return None,
        })
    }

    pub fn status(status: ContractStatus) -> Text {
        match status {
            ContractStatus::Draft => Text::new("សេចក្តីព្រាង", "Draft"),
            ContractStatus::Signed => Text::new("បានចុះហត្ថលេខា", "Signed"),
            ContractStatus::Active => Text::new("កំពុងអនុវត្ត", "Active"),
            ContractStatus::Completed => Text::new("បានបញ្ចប់", "Completed"),
            ContractStatus::Terminated => Text::new("បានបញ្ឈប់", "Terminated"),
            ContractStatus::Breached => Text::new("បានបំពាន", "Breached"),
        }
    }

    pub fn mechanism(m: PriceMechanism) -> Text {
        match m {
            PriceMechanism::Fixed => Text::new("តម្លៃថេរ", "fixed price"),
            PriceMechanism::MarketFloor => {
                Text::new("តម្លៃទីផ្សារ មានតម្លៃអប្បបរមា", "market price with a floor")
            }
            PriceMechanism::PerGrade => Text::new("តម្លៃតាមថ្នាក់", "a price per grade"),
        }
    }

    pub fn currency(c: Currency) -> Text {
        match c {
            Currency::Khr => Text::new("រៀល", "riel"),
            Currency::Usd => Text::new("ដុល្លារអាមេរិក", "US dollars"),
        }
    }

    pub fn frequency(f: DeliveryFrequency) -> Text {
        match f {
            DeliveryFrequency::Weekly => Text::new("រៀងរាល់សប្តាហ៍", "every week"),
            DeliveryFrequency::Fortnightly => Text::new("រៀងរាល់ពីរសប្តាហ៍", "every two weeks"),
            DeliveryFrequency::Monthly => Text::new("រៀងរាល់ខែ", "every month"),
        }
    }

    pub fn transport(t: Transport) -> Text {
        match t {
            Transport::Buyer => Text::new("ភាគី ខ មកដឹកយកកសិផល", "Party B collects the produce"),
            Transport::Group => Text::new("ភាគី ក ដឹកកសិផលទៅប្រគល់", "Party A brings the produce"),
            Transport::Shared => Text::new(
                "ភាគីទាំងពីរចែករំលែកការដឹកជញ្ជូន",
                "both parties share the transport",
            ),
        }
    }

    pub fn payment(p: ContractPayment) -> Text {
        match p {
            ContractPayment::Cash => Text::new("សាច់ប្រាក់", "cash"),
            ContractPayment::BankTransfer => Text::new("ផ្ទេរតាមធនាគារ", "bank transfer"),
            ContractPayment::MobileMoney => Text::new("ផ្ទេរតាមទូរស័ព្ទ", "mobile money"),
        }
    }

    /// A unit after a quantity: "2,400 គីឡូក្រាម", "24,000 pieces".
    pub fn units(u: Unit) -> Text {
        match u {
            Unit::Kg => Text::new("គីឡូក្រាម", "kg"),
            Unit::Tonne => Text::new("តោន", "tonnes"),
            Unit::Head => Text::new("ក្បាល", "head"),
            Unit::Bunch => Text::new("បាច់", "bunches"),
            Unit::Piece => Text::new("គ្រាប់/ផ្លែ", "pieces"),
            Unit::Dozen => Text::new("ឡូ", "dozen"),
            Unit::Litre => Text::new("លីត្រ", "litres"),
        }
    }

    /// A unit after "per": "ក្នុងមួយគីឡូក្រាម", "per piece".
    pub fn unit(u: Unit) -> Text {
        match u {
            Unit::Kg => Text::new("គីឡូក្រាម", "kg"),
            Unit::Tonne => Text::new("តោន", "tonne"),
            Unit::Head => Text::new("ក្បាល", "head"),
            Unit::Bunch => Text::new("បាច់", "bunch"),
            Unit::Piece => Text::new("គ្រាប់/ផ្លែ", "piece"),
            Unit::Dozen => Text::new("ឡូ", "dozen"),
            Unit::Litre => Text::new("លីត្រ", "litre"),
        }
    }
}

/// The guideline's words for an activity line.
pub fn activity_line(line: ActivityLine) -> Text {
    match line {
        ActivityLine::Dissemination => {
            Text::new("ការផ្សព្វផ្សាយគោលការណ៍ណែនាំ", "Dissemination of the guideline")
        }
        ActivityLine::MarketStudy => Text::new("ការសិក្សាទីផ្សារ", "Market study"),
        ActivityLine::SlgMeetings => Text::new("កិច្ចប្រជុំ SLG", "SLG meetings"),
        ActivityLine::Forum => Text::new("វេទិកា", "Forum"),
        ActivityLine::Extension => Text::new("ការគាំទ្របច្ចេកទេសបន្ថែម", "Extension support"),
        ActivityLine::Contracts => Text::new("កិច្ចសន្យា", "Contracts"),
        ActivityLine::Monitoring => Text::new("ការតាមដាន និងវាយតម្លៃ", "Monitoring and evaluation"),
    }
}

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
