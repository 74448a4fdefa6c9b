//! A producer group formed from the demo district, for the by-laws' samples and tests
//! (the demo itself has no groups yet): the cucumber growers of the first SLG with ten
//! households or more (twelve at most), its committee, and the guideline's by-laws —
//! version 1 as a draft, or version 2 (a contribution agreed) adopted at the commune
//! hall. Included by `tests/bylaws.rs` and `examples/samples.rs`.

use chrono::{Duration, NaiveDateTime};
use cluster_core::producer_group::bylaws::template;
use cluster_core::{
    Bylaws, CommitteeRole, CommitteeSeatInput, CoreError, GroupStrategy, HouseholdQuery,
    ProducerGroup, ProducerGroupInput, SlgQuery, Store,
};

/// The group's name: a Khmer name that says it is a group, as groups name themselves.
pub const GROUP_NAME: &str = "ក្រុមផលិតត្រសក់សុវត្ថិភាព";

/// Forms the group in `store` and writes its by-laws, `adopted` or not; answers the
/// group as it is after that and its newest by-laws.
pub fn demo_group(
    store: &mut Store,
    now: NaiveDateTime,
    adopted: bool,
) -> cluster_core::Result<(ProducerGroup, Bylaws)> {
    let slg = store
        .slgs(&SlgQuery::default())?
        .rows
        .into_iter()
        .find(|s| s.member_count >= 10)
        .ok_or_else(|| CoreError::NotFound {
            entity: "SLG of ten households",
            id: "demo".to_owned(),
        })?;
    let query = HouseholdQuery {
        slg_id: Some(slg.id.clone()),
        page_size: 100,
        ..Default::default()
    };
    let households = store.households(&query, now)?.rows;
    let group = store.save_producer_group(
        &ProducerGroupInput {
            id: None,
            name: GROUP_NAME.to_owned(),
            commune_code: slg.commune.code.clone(),
            cluster_id: None,
            product_ids: vec!["seed-cucumber".to_owned(), "seed-morning-glory".to_owned()],
            strategy: GroupStrategy::default(),
        },
        now,
    )?;
    for h in households.iter().take(12) {
        // Confirmed: the demo may one day put a household in another cucumber group.
        store.add_group_member(&group.id, &h.id, "", true, now)?;
    }
    let group = store.producer_group(&group.id)?;
    let seats: Vec<CommitteeSeatInput> = CommitteeRole::ALL
        .iter()
        .zip(&group.members)
        .map(|(&role, m)| CommitteeSeatInput {
            role,
            household_id: Some(m.household_id.clone()),
        })
        .collect();
    store.set_group_committee(&group.id, &seats, now)?;
    let mut clauses = template(&group.name);
    let mut bylaws = store.save_bylaws(&group.id, &clauses, now)?;
    if adopted {
        if let Some(c) = clauses.iter_mut().find(|c| c.clause == "contributions") {
            c.text_km = "សមាជិកម្នាក់ៗបង់វិភាគទានប្រចាំខែ ៥,០០០ រៀល។ ហេរញ្ញិកកត់ត្រាចំណូលចំណាយទាំងអស់ ហើយរាយការណ៍ជូនកិច្ចប្រជុំរៀងរាល់ខែ។".to_owned();
            c.text_en = "Each member pays a monthly contribution of 5,000 riel. The treasurer records every income and expense and reports to the meeting each month.".to_owned();
        }
        let v2 = store.save_bylaws(&group.id, &clauses, now)?;
        let present = (group.members.len() as u32).saturating_sub(1);
        let day = (now.date() - Duration::days(14)).to_string();
        let hall = format!("សាលាឃុំ{}", group.commune.name_km);
        bylaws = store.adopt_bylaws(&group.id, v2.version, &day, &hall, Some(present), now)?;
    }
    Ok((store.producer_group(&group.id)?, bylaws))
}
