//! What the extension worker brings to an SLG meeting (guideline step 2), printed as
//! one file: the meeting's agenda (a short fixed template, times left blank), the
//! market brief of the study presented, and a blank SWOT worksheet to fill with the
//! group. The agenda says on which page of the pack each part is.

use chrono::NaiveDate;
use cluster_core::meeting::{PLAN_TYPES_MAX, PLAN_TYPES_MIN};
use cluster_core::{Campaign, Lang, MarketAnalysis, Office, WillingVendor};

use crate::error::Result;
use crate::forms::market_brief::{self, fill, render, sentence};
use crate::forms::meeting_parts::{NOTE, SwotBox, masthead, swot_grid};
use crate::labels::meetings;
use crate::lang::{LangMode, digits};
use crate::pdf::{Align, BODY, Column, Composer, PageSpec, Table};
use crate::text::{Style, wrap};

/// The study presented at the meeting: its campaign, analysis and willing vendors.
pub type Study<'a> = (&'a Campaign, &'a MarketAnalysis, &'a [WillingVendor]);

/// Where the pack's parts begin: the brief's first and last page, the worksheet's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Pages {
    brief: Option<(usize, usize)>,
    worksheet: usize,
}

/// The pack for the meeting of the SLG `slg_name`, with the brief of `campaign` when
/// one is chosen, as the office prints it on `today`.
pub fn meeting_pack(
    office: &Office,
    slg_name: &str,
    campaign: Option<Study<'_>>,
    mode: LangMode,
    today: NaiveDate,
) -> Result<Vec<u8>> {
    // The agenda names the pages of the parts after it: compose once to learn them,
    // again when they differ from the guess.
    let mut pages = Pages::default();
    let (mut doc, mut laid) = compose(office, slg_name, campaign, mode, today, pages)?;
    for _ in 0..2 {
        if laid == pages {
            break;
        }
        pages = laid;
        (doc, laid) = compose(office, slg_name, campaign, mode, today, pages)?;
    }
    doc.finish()
}

fn compose(
    office: &Office,
    slg_name: &str,
    campaign: Option<Study<'_>>,
    mode: LangMode,
    today: NaiveDate,
    pages: Pages,
) -> Result<(Composer, Pages)> {
    let mut doc = Composer::new(meetings::PACK.en, PageSpec::A4_PORTRAIT, mode)?
        .running_title(meetings::PACK);
    agenda(&mut doc, office, slg_name, campaign.is_some(), pages)?;
    let mut laid = Pages::default();
    if let Some((campaign, analysis, willing)) = campaign {
        doc.new_page()?;
        let first = doc.page_count();
        market_brief::compose(&mut doc, office, campaign, analysis, willing, today)?;
        laid.brief = Some((first, doc.page_count()));
    }
    doc.new_page()?;
    laid.worksheet = doc.page_count();
    worksheet(&mut doc, slg_name)?;
    Ok((doc, laid))
}

/// "page 3" or "pages 2–5", in each language printed.
fn page_ref(first: usize, last: usize, mode: LangMode) -> String {
    let one = |lang: Lang| {
        if first == last {
            fill(meetings::PAGE.pick(lang), &[("page", digits(first, lang))])
        } else {
            fill(
                meetings::PAGES.pick(lang),
                &[("first", digits(first, lang)), ("last", digits(last, lang))],
            )
        }
    };
    match mode {
        LangMode::Km => one(Lang::Km),
        LangMode::En => one(Lang::En),
        LangMode::KmEn => format!("{}\n{}", one(Lang::Km), one(Lang::En)),
    }
}

fn agenda(
    doc: &mut Composer,
    office: &Office,
    slg_name: &str,
    with_study: bool,
    pages: Pages,
) -> Result<()> {
    let mode = doc.mode();
    let lang = mode.primary();
    masthead(doc, office, meetings::AGENDA, None)?;
    doc.field(crate::labels::slg::NAME, slg_name)?;
    doc.space(4.0);
    // Lines to write on, a little apart (less when both languages take the room).
    let gap = if mode == LangMode::KmEn { 1.0 } else { 4.0 };
    for label in [meetings::DATE, meetings::VENUE, meetings::FACILITATOR] {
        doc.field(label, "")?;
        doc.space(gap);
    }
    doc.space(6.0);
    let brief = pages.brief.map(|(first, last)| page_ref(first, last, mode));
    let worksheet = page_ref(pages.worksheet, pages.worksheet, mode);
    let plan = |lang: Lang| {
        fill(
            meetings::AGENDA_PLAN.pick(lang),
            &[
                ("min", digits(PLAN_TYPES_MIN, lang)),
                ("max", digits(PLAN_TYPES_MAX, lang)),
            ],
        )
    };
    let plan = match mode {
        LangMode::Km => plan(Lang::Km),
        LangMode::En => plan(Lang::En),
        LangMode::KmEn => format!("{}\n{}", plan(Lang::Km), plan(Lang::En)),
    };
    let items: [(String, Option<String>); 8] = [
        (meetings::AGENDA_WELCOME.render(mode), None),
        (meetings::AGENDA_RESULTS.render(mode), brief.clone()),
        (meetings::AGENDA_ASKS.render(mode), brief),
        (meetings::AGENDA_INTEREST.render(mode), None),
        (plan, None),
        (meetings::AGENDA_SWOT.render(mode), Some(worksheet.clone())),
        (meetings::AGENDA_SUPPORT.render(mode), Some(worksheet)),
        (meetings::AGENDA_NEXT.render(mode), None),
    ];
    let rows = items
        .into_iter()
        .enumerate()
        .map(|(i, (item, page))| {
            vec![
                digits(i + 1, lang),
                String::new(),
                item,
                page.unwrap_or_default(),
            ]
        })
        .collect();
    doc.table(&Table {
        columns: vec![
            Column::new(meetings::NUMBER, 0.5).align(Align::Center),
            Column::new(meetings::TIME, 1.1),
            Column::new(meetings::ITEM, 5.6),
            Column::new(meetings::IN_PACK, 1.2).align(Align::Center),
        ],
        rows,
        // Room to write a time; both languages take a smaller size to stay on one page.
        min_row_height: 30.0,
        style: if mode == LangMode::KmEn {
            Style::new(9.5)
        } else {
            BODY
        },
    })?;
    if !with_study {
        crate::forms::meeting_parts::framed(doc, &meetings::NO_STUDY.render(mode))?;
    }
    sentence(doc, meetings::BRING, |_| Vec::new())?;
    doc.space(4.0);
    doc.text(meetings::RECORD, NOTE, Align::Left)
}

/// The blank SWOT worksheet: four large boxes with a prompt each, and lines for the
/// support the group needs.
fn worksheet(doc: &mut Composer, slg_name: &str) -> Result<()> {
    let mode = doc.mode();
    doc.title(meetings::WORKSHEET)?;
    doc.field(crate::labels::slg::NAME, slg_name)?;
    doc.space(4.0);
    doc.field(meetings::DATE, "")?;
    doc.space(6.0);
    doc.text(meetings::WORKSHEET_INTRO, NOTE, Align::Left)?;
    doc.space(6.0);
    // The support band under the grid: its label and four lines to write on.
    let label_style = Style::new(11.0).bold();
    let label = render(meetings::SUPPORT_NEEDS, mode);
    let label_lines = wrap(&label, label_style, doc.content_width())?.len();
    let band = label_lines as f32 * label_style.leading() + 4.0 * 22.0 + 8.0;
    let box_height = ((doc.room() - band - 10.0) / 2.0).max(120.0);
    let empty: [String; 0] = [];
    swot_grid(
        doc,
        [
            (meetings::STRENGTHS, meetings::STRENGTHS_PROMPT),
            (meetings::WEAKNESSES, meetings::WEAKNESSES_PROMPT),
            (meetings::OPPORTUNITIES, meetings::OPPORTUNITIES_PROMPT),
            (meetings::THREATS, meetings::THREATS_PROMPT),
        ]
        .map(|(label, prompt)| SwotBox {
            label,
            prompt: Some(prompt),
            items: &empty,
        }),
        box_height,
    )?;
    doc.ensure(band)?;
    doc.paragraph(&label, label_style, Align::Left)?;
    let (left, right) = (doc.left(), doc.left() + doc.content_width());
    for _ in 0..4 {
        doc.space(22.0);
        let y = doc.y();
        doc.rule(left, y, right, y, 0.4);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_references_read_in_each_language() {
        assert_eq!(page_ref(2, 5, LangMode::En), "pages 2–5");
        assert_eq!(page_ref(7, 7, LangMode::Km), "ទំព័រ ៧");
        assert_eq!(page_ref(7, 7, LangMode::KmEn), "ទំព័រ ៧\npage 7");
    }
}
