//! Every document Cluster Desk produces, filled from the demo district, so anyone can
//! look at all of them: OUTDIR/<name>.<km|en|km-en>.pdf and OUTDIR/<name>.xlsx.
//!
//! cargo run --release -p cluster-documents --example samples -- OUTDIR

use std::path::Path;

use cluster_core::{
    BuyerQuery, HouseholdQuery, InvitationStatus, Lang, OfficialRole, SlgQuery, Store,
};
use cluster_documents::forms::attendance_sheet::attendance_sheet;
use cluster_documents::forms::bylaws::bylaws;
use cluster_documents::forms::cluster_plan::cluster_plan;
use cluster_documents::forms::contract::{contract, contract_blank};
use cluster_documents::forms::contract_summary::contract_summary;
use cluster_documents::forms::expenditure_summary::expenditure_summary;
use cluster_documents::forms::forum_agenda::forum_agenda;
use cluster_documents::forms::forum_attendance::forum_attendance;
use cluster_documents::forms::forum_invitation::forum_invitations;
use cluster_documents::forms::forum_name_cards::forum_name_cards;
use cluster_documents::forms::forum_report::forum_report;
use cluster_documents::forms::group_supply_plan::group_supply_plan;
use cluster_documents::forms::household_production_plan::household_production_plans;
use cluster_documents::forms::household_register::household_register;
use cluster_documents::forms::input_handover::input_handover;
use cluster_documents::forms::market_brief::market_brief;
use cluster_documents::forms::market_interview_form::market_interview_form;
use cluster_documents::forms::meeting_pack::meeting_pack;
use cluster_documents::forms::slg_meeting_minutes::slg_meeting_minutes;
use cluster_documents::forms::training_attendance::training_attendance;
use cluster_documents::{LangMode, xlsx, xlsx_study};

#[path = "../tests/support/bylaws_group.rs"]
mod bylaws_group;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args().nth(1).ok_or("usage: samples OUTDIR")?;
    let out = Path::new(&out);
    std::fs::create_dir_all(out)?;
    let now = chrono::Local::now().naive_local();

    let mut store = Store::open_in_memory()?;
    let office = store.load_demo(now)?;
    let slg = store
        .slgs(&SlgQuery::default())?
        .rows
        .into_iter()
        .next()
        .ok_or("the demo has SLGs")?;
    let members_query = HouseholdQuery {
        slg_id: Some(slg.id.clone()),
        page_size: 500,
        ..Default::default()
    };
    let members = store.households(&members_query, now)?.rows;
    let campaign = store
        .campaigns(false)?
        .into_iter()
        .next()
        .ok_or("the demo has a market study")?;
    let analysis = store.campaign_analysis(&campaign.id, None)?;
    let willing = store.willing_vendors(&campaign.id)?;

    let forum = store
        .forums(false)?
        .into_iter()
        .next()
        .ok_or("the demo has a forum")?;
    let guests: Vec<_> = store
        .forum_participants(&forum.id, false)?
        .into_iter()
        .filter(|p| p.status != InvitationStatus::Declined)
        .collect();
    let chief = store
        .officials(false)?
        .into_iter()
        .find(|o| o.role == OfficialRole::DaoChief);

    // Steps 2 and 3: the first SLG's meeting, the forum's report, its first cluster.
    let meeting = store.slg_meeting(
        &store
            .slg_meetings(Some(&slg.id))?
            .first()
            .ok_or("the demo met every SLG")?
            .id,
    )?;
    let presented = match meeting.campaign_id.as_deref() {
        Some(id) => Some(store.campaign(id)?),
        None => None,
    };
    let participants = store.forum_participants(&forum.id, false)?;
    let clusters = store.clusters(Some(&forum.id), false)?;
    let cluster = clusters.first().ok_or("the demo has clusters")?;
    // Step 4: the demo's first group with trainings (formed, a plan for every member):
    // its members' plans, its supply plan, its first training's attendance.
    let mut demo_groups = Vec::new();
    for summary in store.producer_groups(None, false)? {
        let trainings = store.group_trainings(&summary.id)?;
        demo_groups.push((summary.id, trainings));
    }
    let (planned_id, trainings) = demo_groups
        .into_iter()
        .max_by_key(|(_, t)| !t.is_empty())
        .ok_or("the demo has producer groups")?;
    let planned = store.producer_group(&planned_id)?;
    let plans = store.group_plans(&planned_id, None)?;
    let supply = store.group_supply_plan(&planned_id, None)?;
    // Step 4: a producer group formed from the first SLG of ten, its by-laws adopted.
    let (group, group_bylaws) = bylaws_group::demo_group(&mut store, now, true)?;
    // … and the same group's first draft, as it is printed for the members to discuss.
    let (draft_group, draft_bylaws) = bylaws_group::demo_group(&mut store, now, false)?;

    // Step 5: the demo's contracts.
    let mut on_time = None;
    let mut late = None;
    let mut draft = None;
    for summary in store.contracts(&cluster_core::ContractQuery::default())? {
        let c = store.contract(&summary.id)?;
        let f = store.contract_fulfilment(&c.id, now.date())?;
        match c.status {
            cluster_core::ContractStatus::Draft => draft = Some(c),
            cluster_core::ContractStatus::Active if f.late_delivery => {
                let deliveries = store.deliveries(&c.id)?;
                late = Some((c, f, deliveries));
            }
            cluster_core::ContractStatus::Active if c.complete => on_time = Some(c),
            _ => {}
        }
    }
    let on_time = on_time.ok_or("the demo has an active contract on time")?;
    let draft = draft.ok_or("the demo has a draft contract")?;
    let (late, late_fulfilment, late_deliveries) = late.ok_or("the demo has a late contract")?;

    // Step 8: the year's budget, and the first SLG given inputs.
    let budget = store.budget_overview(office.fiscal_year)?;
    let journal = store.expenditures(office.fiscal_year, None)?;
    let given = store.distributions(office.fiscal_year, None)?;
    let given_slg = store.slg(&given.first().ok_or("the demo gave inputs")?.slg_id)?;
    let given: Vec<_> = given
        .into_iter()
        .filter(|d| d.slg_id == given_slg.id)
        .collect();

    let mut written = Vec::new();
    for mode in LangMode::ALL {
        let suffix = mode.suffix();
        let pdfs = [
            (
                "household-register",
                household_register(&office, &slg, &members, mode, now.date())?,
            ),
            ("attendance-sheet", attendance_sheet(Some(&office), mode)?),
            (
                "market-brief",
                market_brief(&office, &campaign, &analysis, &willing, mode, now.date())?,
            ),
            (
                "market-interview-form",
                market_interview_form(Some(&office), mode)?,
            ),
            (
                "forum-invitation",
                forum_invitations(&office, &forum, chief.as_ref(), &[], mode, now.date())?,
            ),
            (
                "forum-invitations",
                forum_invitations(
                    &office,
                    &forum,
                    chief.as_ref(),
                    &guests[..guests.len().min(1)],
                    mode,
                    now.date(),
                )?,
            ),
            ("forum-agenda", forum_agenda(&office, &forum, mode)?),
            (
                "forum-attendance",
                forum_attendance(&office, &forum, &guests, 15, mode)?,
            ),
            ("forum-name-cards", forum_name_cards(&forum, &guests, mode)?),
        ];
        let steps_2_3 = [
            (
                "slg-meeting-minutes",
                slg_meeting_minutes(&office, &meeting, presented.as_ref(), mode)?,
            ),
            (
                "meeting-pack",
                meeting_pack(
                    &office,
                    &meeting.slg_name,
                    Some((&campaign, &analysis, &willing)),
                    mode,
                    now.date(),
                )?,
            ),
            (
                "cluster-plan",
                cluster_plan(&office, cluster, Some(&forum), mode)?,
            ),
            (
                "forum-report",
                forum_report(&office, &forum, &participants, &clusters, mode)?,
            ),
            ("bylaws", bylaws(&office, &group, &group_bylaws, mode)?),
            (
                "bylaws-draft",
                bylaws(&office, &draft_group, &draft_bylaws, mode)?,
            ),
        ];
        let step_4 = [
            (
                "household-production-plan",
                household_production_plans(&office, &planned, &plans, mode)?,
            ),
            (
                "group-supply-plan",
                group_supply_plan(&office, &planned, &supply, mode)?,
            ),
            (
                "training-attendance",
                training_attendance(&office, &planned, trainings.first(), mode)?,
            ),
            (
                "training-attendance-blank",
                training_attendance(&office, &planned, None, mode)?,
            ),
        ];
        // Step 5: the on-time contract, the draft, the blank form, the late contract's
        // one-page summary.
        let step_5 = [
            ("contract", contract(&office, &on_time, mode)?),
            ("contract-blank", contract_blank(&office, mode)?),
            (
                "contract-summary",
                contract_summary(&office, &late, &late_fulfilment, &late_deliveries, mode)?,
            ),
        ]
        .into_iter()
        .chain(
            (mode == LangMode::KmEn)
                .then(|| contract(&office, &draft, mode).map(|b| ("contract-draft", b)))
                .transpose()?,
        );
        // Step 8: the expenditure summary, the first SLG's input hand-over sheet.
        let step_8 = [
            (
                "expenditure-summary",
                expenditure_summary(&office, &budget, &journal, mode)?,
            ),
            (
                "input-handover",
                input_handover(&office, &given_slg, &given, mode)?,
            ),
        ];
        for (name, bytes) in pdfs
            .into_iter()
            .chain(steps_2_3)
            .chain(step_4)
            .chain(step_5)
            .chain(step_8)
        {
            let path = out.join(format!("{name}.{suffix}.pdf"));
            std::fs::write(&path, bytes)?;
            written.push(path);
        }
    }
    for lang in [Lang::Km, Lang::En] {
        let charts = cluster_documents::charts::market_charts(&analysis, lang)?;
        for (name, svg) in [
            ("demand", charts.demand),
            ("calendar", charts.calendar),
            ("prices", charts.prices),
        ] {
            let path = out.join(format!("market-chart-{name}.{}.svg", lang.as_str()));
            std::fs::write(&path, svg)?;
            written.push(path);
        }
    }
    let quiet = &mut |_, _| {};
    let households = out.join("households.xlsx");
    xlsx::export_households(
        &store,
        &HouseholdQuery::default(),
        Lang::Km,
        now,
        &households,
        quiet,
    )?;
    let slgs = out.join("slgs.xlsx");
    xlsx::export_slgs(&store, &SlgQuery::default(), Lang::Km, now, &slgs, quiet)?;
    let buyers = out.join("buyers.xlsx");
    xlsx::export_buyers(
        &store,
        &BuyerQuery::default(),
        Lang::En,
        now,
        &buyers,
        quiet,
    )?;
    let study = out.join("market-study.xlsx");
    let demo_campaign = store
        .campaigns(false)?
        .into_iter()
        .next()
        .ok_or("the demo has a market study")?;
    xlsx_study::export_market_study(&store, &demo_campaign.id, Lang::Km, now, &study)?;
    written.extend([households, slgs, buyers, study]);
    let all_contracts = cluster_core::ContractQuery::default();
    let contracts = out.join("contracts.xlsx");
    cluster_documents::xlsx_contracts::export_contracts(
        &store,
        &all_contracts,
        Lang::Km,
        now,
        &contracts,
    )?;
    let deliveries = out.join("deliveries.xlsx");
    cluster_documents::xlsx_contracts::export_deliveries(
        &store,
        &all_contracts,
        Lang::Km,
        now,
        &deliveries,
    )?;
    written.extend([contracts, deliveries]);
    let budget_report = out.join("budget-report.xlsx");
    cluster_documents::xlsx_budget::export_budget_report(
        &store,
        office.fiscal_year,
        Lang::Km,
        now,
        &budget_report,
    )?;
    written.push(budget_report);
    for path in &written {
        println!("{}", path.display());
    }
    Ok(())
}
