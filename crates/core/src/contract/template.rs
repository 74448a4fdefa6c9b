//! The contract's starting text: the articles officers edit, in Khmer (authoritative)
//! and English, and the parties' details the registers already know.

use super::{ContractClause, ContractTerms, Representative};

/// The clauses every contract must carry (the checklist looks for each by its key).
pub const REQUIRED_CLAUSES: &[&str] = &[
    "below_grade",
    "group_duties",
    "buyer_duties",
    "force_majeure",
    "breach",
    "disputes",
    "renewal",
    "termination",
    "amendments",
];

/// Copies a contract is made in by default: one for each party, the commune and PDAFF.
pub const DEFAULT_COPIES: u32 = 4;

pub const COPY_HOLDERS_KM: &str = "ក្រុមផលិត អ្នកទិញ រដ្ឋបាលឃុំ និងមន្ទីរកសិកម្ម រុក្ខាប្រមាញ់ និងនេសាទខេត្ត ម្នាក់មួយច្បាប់";

/// Key, Khmer title, English title, Khmer text, English text.
#[rustfmt::skip]
const CLAUSES: &[(&str, &str, &str, &str, &str)] = &[
    ("below_grade", "កសិផលមិនគ្រប់ស្តង់ដារ", "Produce below grade",
     "កសិផលដែលមិនគ្រប់ស្តង់ដារគុណភាព ត្រូវបានពិនិត្យដោយភាគីទាំងពីរនៅកន្លែងប្រគល់។ អ្នកទិញអាចបដិសេធ ឬទិញក្នុងតម្លៃទាបជាង ដោយមានការយល់ព្រមពីក្រុមផលិត ហើយត្រូវកត់ត្រាបរិមាណ និងមូលហេតុក្នុងបណ្ណប្រគល់ទំនិញ។",
     "Produce below the agreed quality is checked by both parties at the place of delivery. The buyer may refuse it or buy it at a lower price the producer group agrees to; the quantity and the reason are written on the delivery note."),
    ("group_duties", "កាតព្វកិច្ចរបស់ក្រុមផលិត", "Obligations of the producer group",
     "ក្រុមផលិតត្រូវផលិត និងប្រគល់កសិផលតាមបរិមាណ គុណភាព និងពេលវេលាដែលបានព្រមព្រៀង អនុវត្តបច្ចេកទេសដែលបានណែនាំ មិនប្រើសារធាតុគីមីហាមឃាត់ និងមិនលក់កសិផលក្នុងកិច្ចសន្យានេះឱ្យអ្នកដទៃ ដោយគ្មានការយល់ព្រមពីអ្នកទិញ។",
     "The producer group produces and delivers the agreed quantity and quality on time, follows the advised practices, uses no banned chemicals, and does not sell the produce under this contract to others without the buyer's consent."),
    ("buyer_duties", "កាតព្វកិច្ចរបស់អ្នកទិញ", "Obligations of the buyer",
     "អ្នកទិញត្រូវទិញកសិផលដែលគ្រប់ស្តង់ដារទាំងអស់ តាមតម្លៃ និងពេលវេលាដែលបានព្រមព្រៀង បង់ប្រាក់ទាន់ពេល ផ្តល់បង្កាន់ដៃរាល់ការប្រគល់ និងជូនដំណឹងជាមុនអំពីការផ្លាស់ប្តូរតម្រូវការ។",
     "The buyer buys all produce that meets the standards, at the agreed price and time, pays on time, gives a receipt for every delivery, and gives notice in advance of any change in its needs."),
    ("force_majeure", "ករណីប្រធានសក្តិ", "Force majeure",
     "ភាគីណាមួយមិនទទួលខុសត្រូវចំពោះការមិនអនុវត្តកិច្ចសន្យា ដែលបណ្តាលមកពីគ្រោះធម្មជាតិ ទឹកជំនន់ គ្រោះរាំងស្ងួត ជំងឺរាតត្បាត ឬព្រឹត្តិការណ៍ដែលមិនអាចគ្រប់គ្រងបាន ដោយត្រូវជូនដំណឹងទៅភាគីម្ខាងទៀតក្នុងរយៈពេល ៧ ថ្ងៃ។",
     "Neither party is liable for failing to perform because of natural disaster, flood, drought, epidemic or other events beyond its control, provided it notifies the other party within 7 days."),
    ("breach", "ការបំពានកិច្ចសន្យា និងដំណោះស្រាយ", "Breach and remedies",
     "ភាគីដែលបំពានកិច្ចសន្យា ត្រូវទទួលការព្រមានជាលាយលក្ខណ៍អក្សរជាមុន ហើយត្រូវកែតម្រូវក្នុងរយៈពេល ១៥ ថ្ងៃ។ បើមិនកែតម្រូវ ភាគីម្ខាងទៀតអាចទាមទារសំណងនៃការខូចខាតជាក់ស្តែង ឬបញ្ចប់កិច្ចសន្យា។",
     "A party in breach is first warned in writing and has 15 days to put it right. If it does not, the other party may claim the actual damage or end the contract."),
    ("disputes", "ការដោះស្រាយវិវាទ", "Dispute resolution",
     "វិវាទត្រូវដោះស្រាយជាមុនដោយការចរចារវាងភាគីទាំងពីរ បន្ទាប់មកដោយការសម្រុះសម្រួលរបស់រដ្ឋបាលឃុំ ឬការិយាល័យកសិកម្មស្រុក បន្ទាប់មកដោយគណៈកម្មាធិការកសិកម្មតាមកិច្ចសន្យាថ្នាក់ខេត្ត ហើយចុងក្រោយដោយតុលាការ។",
     "Disputes are settled first by negotiation between the parties, then by mediation of the commune or the district agriculture office, then by the provincial contract-farming committee, and finally by the courts."),
    ("renewal", "ការបន្តកិច្ចសន្យា", "Renewal",
     "កិច្ចសន្យានេះអាចបន្តបាន ដោយការព្រមព្រៀងជាលាយលក្ខណ៍អក្សររបស់ភាគីទាំងពីរ យ៉ាងហោចណាស់ ៣០ ថ្ងៃមុនថ្ងៃផុតកំណត់។",
     "This contract may be renewed by written agreement of both parties at least 30 days before it ends."),
    ("termination", "ការបញ្ចប់កិច្ចសន្យា", "Termination",
     "កិច្ចសន្យាបញ្ចប់នៅថ្ងៃផុតកំណត់ ឬមុននេះដោយការព្រមព្រៀងរបស់ភាគីទាំងពីរ ឬដោយភាគីម្ខាង ក្នុងករណីបំពានកិច្ចសន្យាដែលមិនបានកែតម្រូវ ដោយជូនដំណឹងជាលាយលក្ខណ៍អក្សរ ៣០ ថ្ងៃមុន។",
     "The contract ends on its end date, or earlier by agreement of both parties, or by one party after an uncorrected breach with 30 days' written notice."),
    ("amendments", "វិសោធនកម្ម", "Amendments",
     "ការកែប្រែកិច្ចសន្យានេះ ត្រូវធ្វើជាលាយលក្ខណ៍អក្សរ ចុះហត្ថលេខាដោយភាគីទាំងពីរ និងសាក្សី ហើយក្លាយជាផ្នែកមួយនៃកិច្ចសន្យានេះ។",
     "Any change to this contract is made in writing, signed by both parties and the witnesses, and becomes part of this contract."),
];

/// The template's clauses.
pub fn clauses() -> Vec<ContractClause> {
    CLAUSES
        .iter()
        .map(
            |&(clause, title_km, title_en, text_km, text_en)| ContractClause {
                clause: clause.into(),
                title_km: title_km.into(),
                title_en: title_en.into(),
                text_km: text_km.into(),
                text_en: text_en.into(),
            },
        )
        .collect()
}

/// The people the registers already know, to start a contract from.
#[derive(Debug, Clone, Default)]
pub struct KnownParties {
    pub group_chair: String,
    pub buyer_contact: String,
    pub pdaff_official: String,
    pub me_advisor: String,
    pub dao_official: String,
}

/// A new contract's terms: the template's clauses, four copies, and the names the
/// registers know. Quantities, prices, dates and quality are left for the officers.
pub fn new_terms(known: KnownParties) -> ContractTerms {
    ContractTerms {
        group_rep: Representative {
            name: known.group_chair,
            id_number: String::new(),
            role: "ប្រធានក្រុមផលិត".into(),
        },
        buyer_rep: Representative {
            name: known.buyer_contact,
            ..Default::default()
        },
        facilitator_pdaff: known.pdaff_official,
        facilitator_me: known.me_advisor,
        witness_official: known.dao_official,
        clauses: clauses(),
        copies: Some(DEFAULT_COPIES),
        copy_holders: COPY_HOLDERS_KM.into(),
        ..Default::default()
    }
}
