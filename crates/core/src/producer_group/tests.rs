//! Forming a producer group from demo SLG households: members, committee, by-laws and
//! the checklist that says what is missing.

use super::bylaws::template;
use super::*;
use crate::household::HouseholdQuery;
use crate::slg::SlgQuery;
use crate::testing::{broken, now};

fn demo() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.load_demo(now()).unwrap();
    store
}

/// An empty cucumber group in the commune of the first demo SLG, and that SLG's
/// households.
fn group(store: &mut Store) -> (ProducerGroup, Vec<String>) {
    let slg = store.slgs(&SlgQuery::default()).unwrap().rows.remove(0);
    let households = store
        .households(
            &HouseholdQuery {
                slg_id: Some(slg.id.clone()),
                page_size: 100,
                ..Default::default()
            },
            now(),
        )
        .unwrap()
        .rows
        .into_iter()
        .map(|h| h.id)
        .collect();
    let g = store
        .save_producer_group(
            &ProducerGroupInput {
                id: None,
                name: "ក្រុមផលិតត្រសក់ថ្មី".into(),
                commune_code: slg.commune.code.clone(),
                cluster_id: None,
                product_ids: vec!["seed-cucumber".into()],
                strategy: GroupStrategy::default(),
            },
            now(),
        )
        .unwrap();
    (g, households)
}

#[test]
fn a_group_needs_a_name_a_commune_of_the_district_and_a_product() {
    let mut store = demo();
    let err = store
        .save_producer_group(
            &ProducerGroupInput {
                id: None,
                name: " ".into(),
                commune_code: "040301".into(),
                cluster_id: None,
                product_ids: vec![],
                strategy: GroupStrategy::default(),
            },
            now(),
        )
        .unwrap_err();
    assert_eq!(
        broken(&err),
        [
            ("name", RuleCode::Required),
            ("communeCode", RuleCode::CommuneNotInDistrict),
            ("productIds", RuleCode::Required)
        ]
    );
}

#[test]
fn nine_households_are_not_a_formed_group_and_the_checklist_says_why() {
    let mut store = demo();
    let (g, households) = group(&mut store);
    for h in &households[..9] {
        store.add_group_member(&g.id, h, "", false, now()).unwrap();
    }
    let g = store.producer_group(&g.id).unwrap();
    assert_eq!(g.status, GroupStatus::Forming);
    let members = &g.readiness.checks[0];
    assert_eq!(
        (members.item, members.ok, members.count, members.needed),
        (ReadinessItem::Members, false, 9, 10)
    );
    assert_eq!(
        g.readiness.checks[2].missing.len(),
        9,
        "nobody has a plan yet"
    );
    let err = store
        .mark_group_formed(&g.id, "2026-06-01", now())
        .unwrap_err();
    assert_eq!(
        broken(&err),
        [
            ("members", RuleCode::TooFewMembers),
            ("bylaws", RuleCode::BylawsNotAdopted),
            ("plans", RuleCode::MembersWithoutPlan)
        ]
    );
    assert_eq!(err.violations()[0].params["count"], "9");
    assert!(
        store.producer_group(&g.id).unwrap().formed_on.is_none(),
        "nothing saved"
    );
    store
        .add_group_member(&g.id, &households[9], "", false, now())
        .unwrap();
    assert!(store.producer_group(&g.id).unwrap().readiness.checks[0].ok);
}

#[test]
fn members_from_elsewhere_need_a_reason_and_double_membership_asks() {
    let mut store = demo();
    let (g, households) = group(&mut store);
    let outsider = store
        .households(
            &HouseholdQuery {
                page_size: 500,
                ..Default::default()
            },
            now(),
        )
        .unwrap()
        .rows
        .into_iter()
        .find(|h| h.commune.code != g.commune.code)
        .unwrap();
    let err = store
        .add_group_member(&g.id, &outsider.id, "", false, now())
        .unwrap_err();
    assert_eq!(broken(&err), [("reason", RuleCode::ReasonRequired)]);
    store
        .add_group_member(&g.id, &outsider.id, "ដីនៅជាប់ព្រំឃុំ", false, now())
        .unwrap();
    // A second cucumber group: the same household in both asks first.
    let second = store
        .save_producer_group(
            &ProducerGroupInput {
                id: None,
                name: "ក្រុមត្រសក់ទី២".into(),
                commune_code: g.commune.code.clone(),
                cluster_id: None,
                product_ids: vec!["seed-cucumber".into()],
                strategy: GroupStrategy::default(),
            },
            now(),
        )
        .unwrap();
    store
        .add_group_member(&g.id, &households[0], "", false, now())
        .unwrap();
    let err = store
        .add_group_member(&second.id, &households[0], "", false, now())
        .unwrap_err();
    assert!(matches!(err, CoreError::NeedsConfirmation(_)));
    assert_eq!(
        broken(&err),
        [("householdId", RuleCode::InOtherGroupSameProduct)]
    );
    assert!(
        store
            .add_group_member(&second.id, &households[0], "", true, now())
            .is_ok()
    );
}

#[test]
fn the_committee_sits_among_the_members_and_a_leaver_frees_the_seat() {
    let mut store = demo();
    let (g, households) = group(&mut store);
    for h in &households[..3] {
        store.add_group_member(&g.id, h, "", false, now()).unwrap();
    }
    let seat = |role, h: &str| CommitteeSeatInput {
        role,
        household_id: Some(h.into()),
    };
    let err = store
        .set_group_committee(
            &g.id,
            &[
                seat(CommitteeRole::Chair, &households[0]),
                seat(CommitteeRole::Treasurer, &households[5]),
            ],
            now(),
        )
        .unwrap_err();
    assert_eq!(
        broken(&err),
        [("committee.1.householdId", RuleCode::NotAMember)]
    );
    let g2 = store
        .set_group_committee(
            &g.id,
            &[
                seat(CommitteeRole::Treasurer, &households[1]),
                seat(CommitteeRole::Chair, &households[0]),
            ],
            now(),
        )
        .unwrap();
    assert_eq!(
        g2.committee[0].role,
        CommitteeRole::Chair,
        "seats in the guideline's order"
    );
    let g3 = store
        .remove_group_member(&g.id, &households[0], now())
        .unwrap();
    assert_eq!(g3.members.len(), 2);
    assert_eq!(g3.committee.len(), 1, "the chair left, the seat is vacant");
    assert!(
        store
            .remove_group_member(&g.id, &households[0], now())
            .is_err(),
        "leaving twice"
    );
}

#[test]
fn bylaws_are_versioned_and_adopted_with_a_quorum() {
    let mut store = demo();
    let (g, households) = group(&mut store);
    for h in &households[..10] {
        store.add_group_member(&g.id, h, "", false, now()).unwrap();
    }
    let mut clauses = template(&g.name);
    assert_eq!(clauses.len(), 11);
    assert!(clauses[0].text_km.contains(&g.name));
    let v1 = store.save_bylaws(&g.id, &clauses, now()).unwrap();
    assert_eq!(v1.version, 1);
    assert_eq!(
        store.save_bylaws(&g.id, &clauses, now()).unwrap().version,
        1,
        "unchanged text is no new version"
    );
    let err = store
        .adopt_bylaws(&g.id, 1, "2026-05-10", "ផ្ទះប្រធាន", Some(5), now())
        .unwrap_err();
    assert_eq!(broken(&err), [("membersPresent", RuleCode::QuorumNotMet)]);
    assert_eq!(err.violations()[0].params["needed"], "6");
    let adopted = store
        .adopt_bylaws(&g.id, 1, "2026-05-10", "ផ្ទះប្រធាន", Some(8), now())
        .unwrap();
    assert_eq!(adopted.adopted_on.as_deref(), Some("2026-05-10"));
    let again = store
        .adopt_bylaws(&g.id, 1, "2026-05-11", "", Some(8), now())
        .unwrap_err();
    assert_eq!(broken(&again), [("version", RuleCode::AlreadyAdopted)]);
    clauses[4].text_km.push_str(" កិច្ចប្រជុំធ្វើនៅថ្ងៃអាទិត្យ។");
    let v2 = store.save_bylaws(&g.id, &clauses, now()).unwrap();
    assert_eq!(v2.version, 2);
    let history = store.bylaws_history(&g.id).unwrap();
    assert_eq!(
        history.iter().map(|b| b.version).collect::<Vec<_>>(),
        [2, 1]
    );
    assert!(
        history[1].adopted_on.is_some(),
        "the adopted version is kept"
    );
    assert!(store.producer_group(&g.id).unwrap().readiness.checks[1].ok);
    let empty = store.save_bylaws(&g.id, &[], now()).unwrap_err();
    assert_eq!(broken(&empty), [("clauses", RuleCode::Required)]);
}

#[test]
fn more_than_half_the_members_make_a_quorum() {
    use super::bylaws::quorum;
    let cases = [(0, 1), (9, 5), (10, 6), (11, 6), (15, 8)];
    for (members, needed) in cases {
        assert_eq!(quorum(members), needed, "{members} members");
    }
    let mut store = demo();
    let (g, households) = group(&mut store);
    for h in &households[..11] {
        store.add_group_member(&g.id, h, "", false, now()).unwrap();
    }
    assert_eq!(
        store.producer_group(&g.id).unwrap().quorum,
        6,
        "the group carries its quorum for the form"
    );
}
