//! The report of the district forum (guideline step 3): when, where and by whom, its
//! objectives, who took part by the guideline's categories, the clusters formed there
//! with their members, buyers and plan, and the next steps they agreed.

use cluster_core::{
    Cluster, Forum, InvitationStatus, Office, Participant, ParticipantCategory, PartnerRole, Sex,
};

use crate::error::Result;
use crate::forms::cluster_plan::{action_table, partners, plan_table, plan_value};
use crate::forms::market_brief::{date, fill, heading, inline, sentence};
use crate::forms::meeting_parts::{TABLE, keep_heading, masthead};
use crate::labels::{self, forum as forum_labels, meetings};
use crate::lang::{LangMode, digits};
use crate::pdf::{Align, BODY, Column, Composer, PageSpec, Table};
use crate::text::Style;

/// Who was on the list, who came, and the women who came, of one category (or all).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Counts {
    invited: usize,
    attended: usize,
    women_attended: usize,
}

fn count<'a>(participants: impl Iterator<Item = &'a Participant>) -> Counts {
    participants
        .filter(|p| !p.archived)
        .fold(Counts::default(), |mut c, p| {
            c.invited += 1;
            if p.status == InvitationStatus::Attended {
                c.attended += 1;
                if p.sex == Some(Sex::Female) {
                    c.women_attended += 1;
                }
            }
            c
        })
}

/// The report of `forum`, from its `participants` and the `clusters` formed there.
pub fn forum_report(
    office: &Office,
    forum: &Forum,
    participants: &[Participant],
    clusters: &[Cluster],
    mode: LangMode,
) -> Result<Vec<u8>> {
    let lang = mode.primary();
    let none = labels::common::NONE.pick(lang);
    let mut doc = Composer::new(meetings::FORUM_REPORT.en, PageSpec::A4_PORTRAIT, mode)?
        .running_title(meetings::FORUM_REPORT);
    masthead(&mut doc, office, meetings::FORUM_REPORT, None)?;
    let or = |text: &str| {
        let text = text.trim();
        if text.is_empty() {
            none.to_owned()
        } else {
            text.to_owned()
        }
    };
    doc.field(meetings::FORUM, &or(&forum.title))?;
    doc.field(meetings::DATE, &date(&forum.held_on, lang))?;
    doc.field(meetings::VENUE, &or(&forum.venue))?;
    doc.field(
        meetings::LED_BY,
        &or(forum.led_by_name.as_deref().unwrap_or_default()),
    )?;
    doc.field(meetings::OBJECTIVES, &or(&forum.objectives))?;

    keep_heading(&mut doc, meetings::PARTICIPATION, 6)?;
    participation(&mut doc, participants)?;

    // The heading stays with the first cluster's name and its first lines.
    doc.ensure(130.0)?;
    heading(&mut doc, meetings::CLUSTERS_FORMED)?;
    if clusters.is_empty() {
        doc.text(meetings::NO_CLUSTERS, BODY, Align::Left)?;
    }
    for (i, cluster) in clusters.iter().enumerate() {
        cluster_section(&mut doc, i + 1, cluster)?;
    }

    if clusters.iter().any(|c| !c.actions.is_empty()) {
        let groups: Vec<(Option<&str>, &[cluster_core::ActionItem])> = clusters
            .iter()
            .filter(|c| !c.actions.is_empty())
            .map(|c| (Some(c.name.as_str()), c.actions.as_slice()))
            .collect();
        action_table(&mut doc, Some(meetings::NEXT_STEPS), &groups)?;
    }

    doc.space(10.0);
    doc.signatures(&[meetings::PREPARED_BY, meetings::SEEN_BY], false)?;
    doc.finish()
}

fn participation(doc: &mut Composer, participants: &[Participant]) -> Result<()> {
    let mode = doc.mode();
    let lang = mode.primary();
    // The categories someone was invited from, in the guideline's order.
    let mut rows: Vec<Vec<String>> = ParticipantCategory::ALL
        .iter()
        .map(|&category| {
            (
                category,
                count(participants.iter().filter(|p| p.category == category)),
            )
        })
        .filter(|(_, c)| c.invited > 0)
        .map(|(category, c)| {
            vec![
                forum_labels::category(category).render(mode),
                digits(c.invited, lang),
                digits(c.attended, lang),
                digits(c.women_attended, lang),
            ]
        })
        .collect();
    let total = count(participants.iter());
    rows.push(vec![
        meetings::TOTAL.render(mode),
        digits(total.invited, lang),
        digits(total.attended, lang),
        digits(total.women_attended, lang),
    ]);
    sentence(doc, meetings::PARTICIPATION_SUMMARY, |lang| {
        vec![
            ("attended", digits(total.attended, lang)),
            ("invited", digits(total.invited, lang)),
            ("women", digits(total.women_attended, lang)),
        ]
    })?;
    doc.space(4.0);
    doc.table(&Table {
        columns: vec![
            Column::new(meetings::CATEGORY, 4.2),
            Column::new(meetings::INVITED, 1.0).align(Align::Center),
            Column::new(meetings::ATTENDED, 1.0).align(Align::Center),
            Column::new(meetings::WOMEN_ATTENDED, 1.1).align(Align::Center),
        ],
        rows,
        min_row_height: 0.0,
        style: TABLE,
    })
}

fn cluster_section(doc: &mut Composer, number: usize, cluster: &Cluster) -> Result<()> {
    let mode = doc.mode();
    let lang = mode.primary();
    let none = labels::common::NONE.pick(lang);
    // The name with its first lines; the plan's table keeps its own header and rows.
    doc.ensure(100.0)?;
    doc.space(4.0);
    doc.paragraph(
        &format!("{}. {}", digits(number, lang), cluster.name),
        Style::new(11.0).bold(),
        Align::Left,
    )?;
    doc.space(2.0);
    let products: Vec<String> = cluster
        .products
        .iter()
        .map(|p| inline(mode, &p.name_km, &p.name_en))
        .collect();
    let products = if products.is_empty() {
        none.to_owned()
    } else {
        products.join(", ")
    };
    doc.field(meetings::PRODUCTS, &products)?;
    let households: u32 = cluster.slgs.iter().map(|s| s.member_count).sum();
    let names: Vec<&str> = cluster.slgs.iter().map(|s| s.name.as_str()).collect();
    let groups = if cluster.slgs.is_empty() {
        none.to_owned()
    } else {
        fill(
            meetings::GROUPS_OF.pick(lang),
            &[
                ("groups", digits(cluster.slgs.len(), lang)),
                ("households", digits(households, lang)),
                ("names", names.join(", ")),
            ],
        )
    };
    doc.field(meetings::PRODUCER_GROUPS, &groups)?;
    for &role in PartnerRole::ALL {
        doc.field(meetings::partner_role(role), &partners(cluster, role, none))?;
    }
    doc.space(4.0);
    plan_table(doc, None, &cluster.plan, false)?;
    plan_value(doc, &cluster.plan)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn participant(
        category: ParticipantCategory,
        status: InvitationStatus,
        sex: Option<Sex>,
    ) -> Participant {
        Participant {
            id: String::new(),
            forum_id: String::new(),
            category,
            name: String::new(),
            organisation: String::new(),
            title: String::new(),
            sex,
            phone: String::new(),
            official_id: None,
            buyer_id: None,
            household_id: None,
            slg_id: None,
            status,
            archived: false,
        }
    }

    #[test]
    fn counts_take_those_who_came_and_the_women_among_them() {
        let list = [
            participant(
                ParticipantCategory::Cew,
                InvitationStatus::Attended,
                Some(Sex::Female),
            ),
            participant(
                ParticipantCategory::Cew,
                InvitationStatus::Declined,
                Some(Sex::Female),
            ),
            participant(ParticipantCategory::Cew, InvitationStatus::Attended, None),
            Participant {
                archived: true,
                ..participant(
                    ParticipantCategory::Cew,
                    InvitationStatus::Attended,
                    Some(Sex::Female),
                )
            },
        ];
        assert_eq!(
            count(list.iter()),
            Counts {
                invited: 3,
                attended: 2,
                women_attended: 1
            }
        );
    }
}
