//! The forum as a facilitator plans it: one day, a timetable without overlaps,
//! participants from the registers by the guideline's categories.

use super::agenda::{check_agenda, minutes};
use super::*;
use crate::people::OfficialRole;
use crate::testing::{broken, now};

fn demo() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.load_demo(now()).unwrap();
    store
}

fn forum_input() -> ForumInput {
    ForumInput {
        id: None,
        title: "វេទិកាផ្គូផ្គងអ្នកផលិត និងអ្នកទិញ".into(),
        held_on: "2026-04-21".into(),
        ends_on: String::new(),
        venue: "សាលាស្រុករលាប្អៀរ".into(),
        led_by_id: None,
        objectives: String::new(),
        reference_no: "០១២ កសក".into(),
        campaign_id: None,
    }
}

fn item(start: &str, end: &str, what: &str) -> AgendaItemInput {
    AgendaItem {
        starts_at: start.into(),
        ends_at: end.into(),
        item_km: what.into(),
        item_en: String::new(),
        speaker: String::new(),
    }
}

#[test]
fn a_new_forum_starts_with_the_guidelines_one_day_agenda() {
    let mut store = demo();
    let forum = store.save_forum(&forum_input(), now()).unwrap();
    assert_eq!(forum.agenda.len(), default_agenda().len());
    assert_eq!(forum.agenda[0].starts_at, "07:30");
    assert!(
        check_agenda(&default_agenda()).is_ok(),
        "the template keeps its own rules"
    );
    assert_eq!(forum.district.code, "0406");
}

#[test]
fn a_forum_lasts_one_day() {
    let mut store = demo();
    let two_days = ForumInput {
        ends_on: "2026-04-22".into(),
        ..forum_input()
    };
    let err = store.save_forum(&two_days, now()).unwrap_err();
    assert_eq!(broken(&err), [("endsOn", RuleCode::ForumMoreThanOneDay)]);
    let same_day = ForumInput {
        ends_on: "2026-04-21".into(),
        ..forum_input()
    };
    assert!(store.save_forum(&same_day, now()).is_ok());
}

#[test]
fn agenda_items_never_end_before_they_start_or_overlap() {
    assert_eq!(minutes("07:30"), Some(450));
    assert_eq!(minutes("០៨:១៥"), Some(495), "Khmer digits");
    assert_eq!(minutes("24:00"), None);
    assert_eq!(minutes("8h"), None);
    let err = check_agenda(&[
        item("08:00", "09:00", "ក"),
        item("10:00", "09:30", "ខ"),
        item("08:45", "09:15", "គ"),
        item("7:5", "08:00", "ឃ"),
        item("11:00", "12:00", ""),
    ])
    .unwrap_err();
    assert_eq!(
        broken(&err),
        [
            ("agenda.1.endsAt", RuleCode::EndBeforeStart),
            ("agenda.3.startsAt", RuleCode::InvalidTime),
            ("agenda.4.itemKm", RuleCode::Required),
            ("agenda.2.startsAt", RuleCode::AgendaOverlap),
        ]
    );
    assert_eq!(err.violations()[3].params["item"], "1");
    assert_eq!(err.violations()[3].params["until"], "09:00");
    // Items typed out of order are kept in time order; touching items do not overlap.
    let ok = check_agenda(&[item("9:00", "10:00", "ខ"), item("08:00", "09:00", "ក")]).unwrap();
    assert_eq!(ok[0].starts_at, "08:00");
    assert_eq!(ok[1].starts_at, "09:00");
}

#[test]
fn a_refused_agenda_leaves_the_old_one() {
    let mut store = demo();
    let forum = store.save_forum(&forum_input(), now()).unwrap();
    let bad = [item("08:00", "09:00", "ក"), item("08:30", "09:30", "ខ")];
    assert!(store.set_forum_agenda(&forum.id, &bad, now()).is_err());
    assert_eq!(
        store.forum(&forum.id).unwrap().agenda.len(),
        default_agenda().len()
    );
    let good = [item("08:00", "09:00", "ក"), item("09:00", "09:30", "ខ")];
    assert_eq!(
        store
            .set_forum_agenda(&forum.id, &good, now())
            .unwrap()
            .agenda
            .len(),
        2
    );
}

#[test]
fn participants_come_from_the_registers_once_each() {
    let mut store = demo();
    let forum = store.save_forum(&forum_input(), now()).unwrap();
    let chief = store
        .officials(false)
        .unwrap()
        .into_iter()
        .find(|o| o.role == OfficialRole::DaoChief)
        .unwrap();
    let pick = |category, official: Option<String>, buyer: Option<String>| ParticipantInput {
        id: None,
        forum_id: forum.id.clone(),
        category: Some(category),
        name: String::new(),
        organisation: String::new(),
        title: String::new(),
        sex: None,
        phone: String::new(),
        official_id: official,
        buyer_id: buyer,
        household_id: None,
        slg_id: None,
        status: None,
    };
    let p = store
        .save_participant(
            &pick(
                ParticipantCategory::DistrictOfficial,
                Some(chief.id.clone()),
                None,
            ),
            now(),
        )
        .unwrap();
    assert_eq!(
        (p.name.as_str(), p.sex),
        (chief.name_km.as_str(), Some(chief.sex))
    );
    assert_eq!(p.status, InvitationStatus::ToInvite);
    let err = store
        .save_participant(
            &pick(
                ParticipantCategory::DistrictOfficial,
                Some(chief.id.clone()),
                None,
            ),
            now(),
        )
        .unwrap_err();
    assert_eq!(broken(&err), [("officialId", RuleCode::DuplicateEntry)]);

    let buyer = store.buyers(&Default::default()).unwrap().rows.remove(0);
    let b = store
        .save_participant(
            &pick(
                ParticipantCategory::Wholesaler,
                None,
                Some(buyer.id.clone()),
            ),
            now(),
        )
        .unwrap();
    assert_eq!(b.organisation, buyer.name);
    let typed = ParticipantInput {
        name: "អង្គការ ស្រូវស្រាល".into(),
        ..pick(ParticipantCategory::Ngo, None, None)
    };
    store.save_participant(&typed, now()).unwrap();
    let nameless = pick(ParticipantCategory::Ngo, None, None);
    assert_eq!(
        broken(&store.save_participant(&nameless, now()).unwrap_err()),
        [("name", RuleCode::Required)]
    );

    // Listed in the guideline's category order, whatever the order of invitation.
    let list = store.forum_participants(&forum.id, false).unwrap();
    let cats: Vec<_> = list.iter().map(|p| p.category).collect();
    assert_eq!(
        cats,
        [
            ParticipantCategory::Wholesaler,
            ParticipantCategory::DistrictOfficial,
            ParticipantCategory::Ngo
        ]
    );
    store
        .set_participant_status(&p.id, InvitationStatus::Attended, now())
        .unwrap();
    let forum = store.forum(&forum.id).unwrap();
    assert_eq!((forum.participants, forum.attended), (3, 1));
}
