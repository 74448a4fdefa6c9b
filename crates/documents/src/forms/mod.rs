//! The printed forms, each a function from the core's records to PDF bytes.

pub mod attendance_sheet;
pub mod bylaws;
pub mod cluster_plan;
pub mod contract;
pub mod contract_summary;
pub mod expenditure_summary;
pub mod forum_agenda;
pub mod forum_attendance;
pub mod forum_invitation;
pub mod forum_name_cards;
mod forum_parts;
pub mod forum_report;
pub mod group_supply_plan;
pub mod household_production_plan;
pub mod household_register;
pub mod input_handover;
pub mod market_brief;
pub mod market_interview_form;
pub mod meeting_pack;
mod meeting_parts;
pub mod slg_meeting_minutes;
pub mod training_attendance;
