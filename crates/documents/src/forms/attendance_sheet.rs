//! A blank attendance sheet for SLG meetings, forums and trainings: the facilitator
//! fills the event, date and venue; participants write their name and sign or press
//! their thumb.

use cluster_core::Office;

use crate::error::Result;
use crate::labels::common;
use crate::lang::{LangMode, Text};
use crate::pdf::{Align, BODY, Column, Composer, PageSpec, Table};

const TITLE: Text = Text::new("បញ្ជីវត្តមាន", "Attendance sheet");
const EVENT: Text = Text::new("កម្មវិធី", "Event");
const DATE: Text = Text::new("កាលបរិច្ឆេទ", "Date");
const VENUE: Text = Text::new("ទីកន្លែង", "Venue");
const FACILITATOR: Text = Text::new("អ្នកសម្របសម្រួល", "Facilitator");
const NUMBER: Text = Text::new("ល.រ", "No.");
const NAME: Text = Text::new("ឈ្មោះ", "Name");
const SEX_SHORT: Text = Text::new("ភេទ (ស/ប)", "Sex (F/M)");
const ROLE: Text = Text::new("តួនាទី / ស្ថាប័ន", "Role / organisation");
const SIGNATURE: Text = Text::new("ហត្ថលេខា / ស្នាមមេដៃ", "Signature / thumbprint");
const TOTALS: Text = Text::new(
    "សរុបអ្នកចូលរួម៖ ........ នាក់  ស្រី៖ ........ នាក់",
    "Participants: ........  Women: ........",
);

/// Rows on the sheet: a page and a half of names fits an SLG meeting or a forum table.
const ROWS: usize = 25;

pub fn attendance_sheet(office: Option<&Office>, mode: LangMode) -> Result<Vec<u8>> {
    let mut doc = Composer::new(TITLE.en, PageSpec::A4_PORTRAIT, mode)?.running_title(TITLE);
    if let Some(office) = office {
        let name = match mode {
            LangMode::Km => office.name_km.clone(),
            LangMode::En => office.name_en.clone(),
            LangMode::KmEn => format!("{}\n{}", office.name_km, office.name_en),
        };
        doc.paragraph(&name, BODY.bold(), Align::Left)?;
        doc.space(4.0);
    }
    doc.title(TITLE)?;
    for label in [EVENT, DATE, VENUE, FACILITATOR] {
        doc.field(label, "")?;
    }
    doc.space(8.0);
    let table = Table {
        columns: vec![
            Column::new(NUMBER, 0.6).align(Align::Center),
            Column::new(NAME, 3.0),
            Column::new(SEX_SHORT, 1.4).align(Align::Center),
            Column::new(ROLE, 2.6),
            Column::new(common::PHONE, 1.8),
            Column::new(SIGNATURE, 2.2),
        ],
        rows: (1..=ROWS)
            .map(|n| {
                let mut row = vec![crate::lang::digits(n, mode.primary())];
                row.resize(6, String::new());
                row
            })
            .collect(),
        min_row_height: 24.0,
        style: BODY,
    };
    doc.table(&table)?;
    doc.text(TOTALS, BODY, Align::Left)?;
    doc.space(6.0);
    doc.signatures(&[FACILITATOR], false)?;
    doc.finish()
}
