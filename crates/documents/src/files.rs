//! Documents written to a folder the officer chose: named by what they are, the day and
//! the language, and never over an earlier file.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use cluster_core::{
    CoreError, HouseholdQuery, InvitationStatus, Lang, OfficialRole, Participant, Store,
};

use crate::charts::MarketCharts;
use crate::error::{DocError, Result};
use crate::forms::attendance_sheet::attendance_sheet;
use crate::forms::household_register::household_register;
use crate::forms::market_brief::market_brief;
use crate::lang::LangMode;

/// `dir/stem.ext`, or `dir/stem-2.ext`, `-3` … when that name is taken: a print never
/// replaces a file printed earlier the same day.
pub fn free_name(dir: &Path, stem: &str, ext: &str) -> PathBuf {
    let first = dir.join(format!("{stem}.{ext}"));
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| dir.join(format!("{stem}-{n}.{ext}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

fn write(path: PathBuf, bytes: &[u8]) -> Result<PathBuf> {
    std::fs::write(&path, bytes).map_err(|source| DocError::Io {
        path: path.display().to_string(),
        source,
    })?;
    Ok(path)
}

/// Keeps a name usable as a file name on Windows (no `<>:"/\|?*`), Khmer included.
fn file_safe(name: &str) -> String {
    name.chars()
        .map(|c| {
            if "<>:\"/\\|?*".contains(c) || c.is_control() {
                '-'
            } else {
                c
            }
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Writes a print into `dir` as "<stem>.<km|en|km-en>.pdf", never over an earlier file.
fn write_pdf(dir: &Path, stem: &str, mode: LangMode, bytes: &[u8]) -> Result<PathBuf> {
    write(
        free_name(dir, &format!("{stem}.{}", mode.suffix()), "pdf"),
        bytes,
    )
}

/// Prints the member register of one SLG into `dir`.
pub fn print_household_register(
    store: &Store,
    slg_id: &str,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.require_office()?;
    let slg = store.slg(slg_id)?;
    let query = HouseholdQuery {
        slg_id: Some(slg.id.clone()),
        ..Default::default()
    };
    let mut members = Vec::new();
    store.each_household(
        &query,
        now,
        |_| {},
        |h| {
            members.push(h);
            Ok(())
        },
    )?;
    let bytes = household_register(&office, &slg, &members, mode, now.date())?;
    write_pdf(
        dir,
        &format!("household-register {} {}", file_safe(&slg.name), now.date()),
        mode,
        &bytes,
    )
}

/// Prints a blank attendance sheet headed with the office's name into `dir`.
pub fn print_attendance_sheet(
    store: &Store,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.office()?;
    let bytes = attendance_sheet(office.as_ref(), mode)?;
    write_pdf(
        dir,
        &format!("attendance-sheet {}", now.date()),
        mode,
        &bytes,
    )
}

/// Prints the market brief of one study campaign into `dir`.
pub fn print_market_brief(
    store: &Store,
    campaign_id: &str,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.require_office()?;
    let campaign = store.campaign(campaign_id)?;
    let analysis = store.campaign_analysis(campaign_id, None)?;
    let willing = store.willing_vendors(campaign_id)?;
    let bytes = market_brief(&office, &campaign, &analysis, &willing, mode, now.date())?;
    write_pdf(
        dir,
        &format!("market-brief {} {}", file_safe(&campaign.name), now.date()),
        mode,
        &bytes,
    )
}

/// The forum's participants who may come: not archived, not declined.
fn forum_guests(store: &Store, forum_id: &str) -> Result<Vec<Participant>> {
    Ok(store
        .forum_participants(forum_id, false)?
        .into_iter()
        .filter(|p| !p.archived && p.status != InvitationStatus::Declined)
        .collect())
}

/// Prints the forum's invitation letters into `dir`: the one of `participant_id`, or
/// one page for each participant who may come, in one PDF.
pub fn print_forum_invitations(
    store: &Store,
    forum_id: &str,
    participant_id: Option<&str>,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.require_office()?;
    let forum = store.forum(forum_id)?;
    let invitees = match participant_id {
        Some(id) => {
            let p = store.participant(id)?;
            if p.forum_id != forum.id {
                return Err(CoreError::NotFound {
                    entity: "participant",
                    id: id.to_owned(),
                }
                .into());
            }
            vec![p]
        }
        None => forum_guests(store, forum_id)?,
    };
    let chief = store
        .officials(false)?
        .into_iter()
        .find(|o| o.role == OfficialRole::DaoChief);
    let bytes = crate::forms::forum_invitation::forum_invitations(
        &office,
        &forum,
        chief.as_ref(),
        &invitees,
        mode,
        now.date(),
    )?;
    let stem = match (participant_id, invitees.first()) {
        (Some(_), Some(p)) => format!("forum-invitation {} {}", file_safe(&p.name), now.date()),
        _ => format!("forum-invitations {}", now.date()),
    };
    write_pdf(dir, &stem, mode, &bytes)
}

/// Prints the forum's agenda into `dir`.
pub fn print_forum_agenda(
    store: &Store,
    forum_id: &str,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.require_office()?;
    let forum = store.forum(forum_id)?;
    let bytes = crate::forms::forum_agenda::forum_agenda(&office, &forum, mode)?;
    write_pdf(dir, &format!("forum-agenda {}", now.date()), mode, &bytes)
}

/// Blank rows under the invitees on the forum's attendance sheet.
const FORUM_BLANK_ROWS: usize = 15;

/// Prints the forum's attendance sheet into `dir`: the participants who may come by
/// category, and blank rows.
pub fn print_forum_attendance(
    store: &Store,
    forum_id: &str,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.require_office()?;
    let forum = store.forum(forum_id)?;
    let guests = forum_guests(store, forum_id)?;
    let bytes = crate::forms::forum_attendance::forum_attendance(
        &office,
        &forum,
        &guests,
        FORUM_BLANK_ROWS,
        mode,
    )?;
    write_pdf(
        dir,
        &format!("forum-attendance {}", now.date()),
        mode,
        &bytes,
    )
}

/// Prints table name cards for the participants who may come into `dir`.
pub fn print_forum_name_cards(
    store: &Store,
    forum_id: &str,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let forum = store.forum(forum_id)?;
    let guests = forum_guests(store, forum_id)?;
    let bytes = crate::forms::forum_name_cards::forum_name_cards(&forum, &guests, mode)?;
    write_pdf(
        dir,
        &format!("forum-name-cards {}", now.date()),
        mode,
        &bytes,
    )
}

/// Prints the minutes of one SLG meeting into `dir`, named by the group and the
/// meeting's day.
pub fn print_slg_meeting_minutes(
    store: &Store,
    meeting_id: &str,
    mode: LangMode,
    dir: &Path,
    _now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.require_office()?;
    let meeting = store.slg_meeting(meeting_id)?;
    let study = meeting
        .campaign_id
        .as_deref()
        .map(|id| store.campaign(id))
        .transpose()?;
    let bytes = crate::forms::slg_meeting_minutes::slg_meeting_minutes(
        &office,
        &meeting,
        study.as_ref(),
        mode,
    )?;
    write_pdf(
        dir,
        &format!(
            "slg-meeting-minutes {} {}",
            file_safe(&meeting.slg_name),
            file_safe(&meeting.held_on)
        ),
        mode,
        &bytes,
    )
}

/// Prints the pack an extension worker brings to an SLG's meeting into `dir`: the
/// agenda, the brief of `campaign_id` when one is chosen, the SWOT worksheet.
pub fn print_meeting_pack(
    store: &Store,
    slg_id: &str,
    campaign_id: Option<&str>,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.require_office()?;
    let slg = store.slg(slg_id)?;
    let study = match campaign_id {
        Some(id) => Some((
            store.campaign(id)?,
            store.campaign_analysis(id, None)?,
            store.willing_vendors(id)?,
        )),
        None => None,
    };
    let bytes = crate::forms::meeting_pack::meeting_pack(
        &office,
        &slg.name,
        study.as_ref().map(|(c, a, w)| (c, a, w.as_slice())),
        mode,
        now.date(),
    )?;
    write_pdf(
        dir,
        &format!("meeting-pack {} {}", file_safe(&slg.name), now.date()),
        mode,
        &bytes,
    )
}

/// Prints a cluster's plan into `dir`, with the forum it was formed at.
pub fn print_cluster_plan(
    store: &Store,
    cluster_id: &str,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.require_office()?;
    let cluster = store.cluster(cluster_id)?;
    let forum = cluster
        .forum_id
        .as_deref()
        .map(|id| store.forum(id))
        .transpose()?;
    let bytes = crate::forms::cluster_plan::cluster_plan(&office, &cluster, forum.as_ref(), mode)?;
    write_pdf(
        dir,
        &format!("cluster-plan {} {}", file_safe(&cluster.name), now.date()),
        mode,
        &bytes,
    )
}

/// Prints the report of a forum into `dir`, named by the forum's day: its participants
/// by category and the clusters formed there.
pub fn print_forum_report(
    store: &Store,
    forum_id: &str,
    mode: LangMode,
    dir: &Path,
    _now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.require_office()?;
    let forum = store.forum(forum_id)?;
    let participants = store.forum_participants(forum_id, false)?;
    let clusters = store.clusters(Some(forum_id), false)?;
    let bytes =
        crate::forms::forum_report::forum_report(&office, &forum, &participants, &clusters, mode)?;
    write_pdf(
        dir,
        &format!("forum-report {}", file_safe(&forum.held_on)),
        mode,
        &bytes,
    )
}

/// Prints the newest by-laws of a producer group into `dir`, with its members'
/// signature page. A group with no by-laws written yet answers `NotFound`.
pub fn print_bylaws(
    store: &Store,
    group_id: &str,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.require_office()?;
    let group = store.producer_group(group_id)?;
    let bylaws = store.bylaws(group_id)?.ok_or_else(|| CoreError::NotFound {
        entity: "by-laws",
        id: group_id.to_owned(),
    })?;
    let bytes = crate::forms::bylaws::bylaws(&office, &group, &bylaws, mode)?;
    write_pdf(
        dir,
        &format!("bylaws {} {}", file_safe(&group.name), now.date()),
        mode,
        &bytes,
    )
}

/// Prints the production plans of a producer group's members into `dir`, one page per
/// plan: every member's, or `household_id`'s only. No plan to print answers `NotFound`.
pub fn print_household_production_plans(
    store: &Store,
    group_id: &str,
    household_id: Option<&str>,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.require_office()?;
    let group = store.producer_group(group_id)?;
    let plans: Vec<_> = store
        .group_plans(group_id, None)?
        .into_iter()
        .filter(|p| household_id.is_none_or(|h| p.household_id == h))
        .collect();
    let Some(first) = plans.first() else {
        return Err(CoreError::NotFound {
            entity: "production plan",
            id: household_id.unwrap_or(group_id).to_owned(),
        }
        .into());
    };
    let named = match household_id {
        Some(_) => first.household_name_km.clone(),
        None => group.name.clone(),
    };
    let bytes = crate::forms::household_production_plan::household_production_plans(
        &office, &group, &plans, mode,
    )?;
    write_pdf(
        dir,
        &format!("production-plans {} {}", file_safe(&named), now.date()),
        mode,
        &bytes,
    )
}

/// Prints a producer group's supply plan (every season) into `dir`.
pub fn print_group_supply_plan(
    store: &Store,
    group_id: &str,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.require_office()?;
    let group = store.producer_group(group_id)?;
    let plan = store.group_supply_plan(group_id, None)?;
    let bytes = crate::forms::group_supply_plan::group_supply_plan(&office, &group, &plan, mode)?;
    write_pdf(
        dir,
        &format!("supply-plan {} {}", file_safe(&group.name), now.date()),
        mode,
        &bytes,
    )
}

/// Prints the attendance sheet of a producer group's training into `dir`: a recorded
/// training's, or a blank one (`training_id` `None`) to fill by hand. Ages are reckoned
/// in the training's year (this year for a blank sheet), youth by the office's range.
pub fn print_training_attendance(
    store: &Store,
    group_id: &str,
    training_id: Option<&str>,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    use chrono::Datelike;
    let office = store.require_office()?;
    let group = store.producer_group(group_id)?;
    let training = training_id.map(|id| store.training(id)).transpose()?;
    let held = training
        .as_ref()
        .and_then(|t| chrono::NaiveDate::parse_from_str(&t.held_on, "%Y-%m-%d").ok());
    let year = held.map_or(now.year(), |d| d.year());
    let settings = store.settings()?;
    let bytes = crate::forms::training_attendance::training_attendance_in(
        &office,
        &group,
        training.as_ref(),
        &settings,
        year,
        mode,
    )?;
    let day = held.unwrap_or(now.date());
    write_pdf(
        dir,
        &format!("training-attendance {} {}", file_safe(&group.name), day),
        mode,
        &bytes,
    )
}

/// Prints a contract (its version in force) into `dir`; a draft prints marked as one.
pub fn print_contract(
    store: &Store,
    contract_id: &str,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.require_office()?;
    let contract = store.contract(contract_id)?;
    let bytes = crate::forms::contract::contract(&office, &contract, mode)?;
    write_pdf(
        dir,
        &format!("contract {} {}", file_safe(&contract.number), now.date()),
        mode,
        &bytes,
    )
}

/// Prints a contract's one-page summary and fulfilment as of `now` into `dir`.
pub fn print_contract_summary(
    store: &Store,
    contract_id: &str,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.require_office()?;
    let contract = store.contract(contract_id)?;
    let fulfilment = store.contract_fulfilment(contract_id, now.date())?;
    let deliveries = store.deliveries(contract_id)?;
    let bytes = crate::forms::contract_summary::contract_summary(
        &office,
        &contract,
        &fulfilment,
        &deliveries,
        mode,
    )?;
    write_pdf(
        dir,
        &format!(
            "contract-summary {} {}",
            file_safe(&contract.number),
            now.date()
        ),
        mode,
        &bytes,
    )
}

/// Prints the blank contract form, to fill by hand, into `dir`.
pub fn print_contract_blank(
    store: &Store,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.require_office()?;
    let bytes = crate::forms::contract::contract_blank(&office, mode)?;
    write_pdf(dir, &format!("contract-blank {}", now.date()), mode, &bytes)
}

/// Prints the expenditure summary of the office's fiscal year into `dir`.
pub fn print_expenditure_summary(
    store: &Store,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.require_office()?;
    let budget = store.budget_overview(office.fiscal_year)?;
    let journal = store.expenditures(office.fiscal_year, None)?;
    let bytes =
        crate::forms::expenditure_summary::expenditure_summary(&office, &budget, &journal, mode)?;
    write_pdf(
        dir,
        &format!("expenditure-summary {}", now.date()),
        mode,
        &bytes,
    )
}

/// Prints the input hand-over sheet of one SLG for the office's fiscal year into `dir`.
/// An SLG given nothing this year (or whose entries were all reversed) answers
/// `NotFound`.
pub fn print_input_handover(
    store: &Store,
    slg_id: &str,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.require_office()?;
    let slg = store.slg(slg_id)?;
    let given = store.distributions(office.fiscal_year, Some(slg_id))?;
    if crate::forms::input_handover::kept(&given).is_empty() {
        return Err(CoreError::NotFound {
            entity: "input distributions",
            id: slg_id.to_owned(),
        }
        .into());
    }
    let bytes = crate::forms::input_handover::input_handover(&office, &slg, &given, mode)?;
    write_pdf(
        dir,
        &format!("input-handover {} {}", file_safe(&slg.name), now.date()),
        mode,
        &bytes,
    )
}

/// The study's three charts as SVG for the window, ranked with the campaign's weights.
pub fn market_charts(store: &Store, campaign_id: &str, lang: Lang) -> Result<MarketCharts> {
    let analysis = store.campaign_analysis(campaign_id, None)?;
    crate::charts::market_charts(&analysis, lang)
}

/// Prints the blank vendor interview form (annex 2) headed with the office's name.
pub fn print_market_interview_form(
    store: &Store,
    mode: LangMode,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let office = store.office()?;
    let bytes = crate::forms::market_interview_form::market_interview_form(office.as_ref(), mode)?;
    write_pdf(
        dir,
        &format!("market-interview-form {}", now.date()),
        mode,
        &bytes,
    )
}

/// Exports a campaign's market study workbook into `dir`, its headers in the office's
/// interface language.
pub fn export_market_study(
    store: &Store,
    campaign_id: &str,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let lang = store.settings()?.language;
    let path = free_name(dir, &format!("market-study {}", now.date()), "xlsx");
    crate::xlsx_study::export_market_study(store, campaign_id, lang, now, &path)?;
    Ok(path)
}

/// A register export into `dir`, its headers in the office's interface language.
macro_rules! export_to_dir {
    ($name:ident, $query:ty, $export:path, $stem:literal) => {
        pub fn $name(
            store: &Store,
            query: &$query,
            dir: &Path,
            now: NaiveDateTime,
            progress: &mut dyn FnMut(u32, u32),
        ) -> Result<PathBuf> {
            let lang = store.settings()?.language;
            let path = free_name(dir, &format!("{} {}", $stem, now.date()), "xlsx");
            $export(store, query, lang, now, &path, progress)?;
            Ok(path)
        }
    };
}

export_to_dir!(
    export_households,
    HouseholdQuery,
    crate::xlsx::export_households,
    "households"
);
export_to_dir!(
    export_slgs,
    cluster_core::SlgQuery,
    crate::xlsx::export_slgs,
    "slgs"
);
export_to_dir!(
    export_buyers,
    cluster_core::BuyerQuery,
    crate::xlsx::export_buyers,
    "buyers"
);

/// The contract register `query` selects, into `dir`, its headers in the office's
/// interface language.
pub fn export_contracts(
    store: &Store,
    query: &cluster_core::ContractQuery,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let lang = store.settings()?.language;
    let path = free_name(dir, &format!("contracts {}", now.date()), "xlsx");
    crate::xlsx_contracts::export_contracts(store, query, lang, now, &path)?;
    Ok(path)
}

/// The deliveries of the contracts `query` selects and their fulfilment as of `now`,
/// into `dir`, its headers in the office's interface language.
pub fn export_deliveries(
    store: &Store,
    query: &cluster_core::ContractQuery,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let lang = store.settings()?.language;
    let path = free_name(dir, &format!("deliveries {}", now.date()), "xlsx");
    crate::xlsx_contracts::export_deliveries(store, query, lang, now, &path)?;
    Ok(path)
}

/// The budget report of the office's fiscal year (plan vs actual, SLG envelopes, the
/// journals) into `dir`, its words in the office's interface language.
pub fn export_budget_report(store: &Store, dir: &Path, now: NaiveDateTime) -> Result<PathBuf> {
    let lang = store.settings()?.language;
    let year = store.require_office()?.fiscal_year;
    let path = free_name(dir, &format!("budget-report {}", now.date()), "xlsx");
    crate::xlsx_budget::export_budget_report(store, year, lang, now, &path)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use cluster_core::SlgQuery;

    #[test]
    fn prints_land_in_the_folder_and_never_replace_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        let mut store = Store::open_in_memory().unwrap();
        store.load_demo(now).unwrap();
        let slg = store.slgs(&SlgQuery::default()).unwrap().rows.remove(0);
        let first =
            print_household_register(&store, &slg.id, LangMode::Km, dir.path(), now).unwrap();
        let second =
            print_household_register(&store, &slg.id, LangMode::Km, dir.path(), now).unwrap();
        assert_ne!(first, second, "the second print gets its own name");
        assert!(
            first
                .file_name()
                .unwrap()
                .to_string_lossy()
                .contains(&slg.name)
        );
        assert!(second.to_string_lossy().ends_with("-2.pdf"));
        let sheet = print_attendance_sheet(&store, LangMode::En, dir.path(), now).unwrap();
        assert!(std::fs::read(sheet).unwrap().starts_with(b"%PDF"));
        assert_eq!(file_safe("a/b:c"), "a-b-c");
    }
}
