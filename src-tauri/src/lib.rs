//! Cluster Desk's Tauri shell: opens the office database and registers the commands.

pub mod commands;
pub mod error;
pub mod printing;
pub mod state;

#[cfg(test)]
mod bindings;

use tauri::Manager;

pub fn run() {
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let dir = state::data_dir(|| app.path().app_data_dir().ok());
            app.manage(state::AppState::open(&dir));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::gazetteer_counts,
            commands::get_settings,
            commands::set_language,
            commands::set_youth_range,
            commands::provinces,
            commands::districts,
            commands::communes,
            commands::villages,
            commands::get_office,
            commands::setup_office,
            commands::update_office,
            commands::load_demo,
            commands::dashboard,
            commands::list_officials,
            commands::save_official,
            commands::set_official_archived,
            commands::age_verdict,
            commands::list_households,
            commands::save_household,
            commands::set_household_archived,
            commands::list_slgs,
            commands::save_slg,
            commands::set_slg_archived,
            commands::add_slg_member,
            commands::remove_slg_member,
            commands::list_buyers,
            commands::save_buyer,
            commands::set_buyer_archived,
            commands::list_products,
            commands::save_product,
            commands::set_product_archived,
            commands::list_markets,
            commands::save_market,
            commands::set_market_archived,
            commands::list_campaigns,
            commands::get_campaign,
            commands::save_campaign,
            commands::set_campaign_archived,
            commands::set_campaign_weights,
            commands::campaign_analysis,
            commands::list_interviews,
            commands::get_interview,
            commands::save_interview,
            commands::set_interview_archived,
            commands::willing_vendors,
            commands::buyer_from_interview,
            commands::list_slg_meetings,
            commands::get_slg_meeting,
            commands::save_slg_meeting,
            commands::set_slg_meeting_archived,
            commands::list_forums,
            commands::get_forum,
            commands::save_forum,
            commands::set_forum_archived,
            commands::set_forum_agenda,
            commands::list_participants,
            commands::save_participant,
            commands::set_participant_status,
            commands::set_participant_archived,
            commands::list_clusters,
            commands::save_cluster,
            commands::set_cluster_archived,
            commands::list_producer_groups,
            commands::get_producer_group,
            commands::save_producer_group,
            commands::set_producer_group_archived,
            commands::add_group_member,
            commands::remove_group_member,
            commands::set_group_committee,
            commands::mark_group_formed,
            commands::set_group_inactive,
            commands::bylaws_template,
            commands::get_bylaws,
            commands::bylaws_history,
            commands::save_bylaws,
            commands::adopt_bylaws,
            commands::group_plans,
            commands::household_plans,
            commands::get_production_plan,
            commands::save_production_plan,
            commands::set_production_plan_archived,
            commands::group_supply_plan,
            commands::group_trainings,
            commands::save_training,
            commands::set_training_archived,
            commands::list_buyer_groups,
            commands::save_buyer_group,
            commands::group_buyers,
            commands::set_group_buyers,
            commands::group_links,
            commands::link_groups,
            commands::unlink_groups,
            commands::print_forum_agenda,
            commands::print_forum_attendance,
            commands::print_forum_name_cards,
            commands::print_forum_report,
            commands::print_slg_meeting_minutes,
            commands::print_cluster_plan,
            commands::print_bylaws,
            commands::print_group_supply_plan,
            commands::print_household_production_plans,
            commands::print_training_attendance,
            commands::print_forum_invitations,
            commands::print_meeting_pack,
            commands::market_charts,
            commands::print_market_interview_form,
            commands::print_market_brief,
            commands::export_market_study,
            commands::print_household_register,
            commands::print_attendance_sheet,
            commands::export_households,
            commands::export_slgs,
            commands::export_buyers,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = app {
        eprintln!("cluster-desk could not start: {e}");
        std::process::exit(1);
    }
}
