//! The home screen's figures.

use chrono::{Datelike, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{DbContext, Result};
use crate::store::Store;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Dashboard {
    pub households: u32,
    pub slgs: u32,
    pub buyers: u32,
    pub officials: u32,
    pub women_headed: u32,
    pub youth_headed: u32,
    pub households_without_slg: u32,
}

impl Store {
    pub fn dashboard(&self, now: NaiveDateTime) -> Result<Dashboard> {
        let s = self.settings()?;
        let (oldest, youngest) = (
            now.year() - s.youth_max_age as i32,
            now.year() - s.youth_min_age as i32,
        );
        self.conn
            .query_row(
                "SELECT
                    (SELECT count(*) FROM households WHERE archived_at IS NULL),
                    (SELECT count(*) FROM slgs WHERE archived_at IS NULL),
                    (SELECT count(*) FROM buyers WHERE archived_at IS NULL),
                    (SELECT count(*) FROM officials WHERE archived_at IS NULL),
                    (SELECT count(*) FROM households WHERE archived_at IS NULL AND sex = 'female'),
                    (SELECT count(*) FROM households WHERE archived_at IS NULL AND birth_year BETWEEN ?1 AND ?2),
                    (SELECT count(*) FROM households WHERE archived_at IS NULL AND slg_id IS NULL)",
                [oldest, youngest],
                |r| {
                    Ok(Dashboard {
                        households: r.get(0)?,
                        slgs: r.get(1)?,
                        buyers: r.get(2)?,
                        officials: r.get(3)?,
                        women_headed: r.get(4)?,
                        youth_headed: r.get(5)?,
                        households_without_slg: r.get(6)?,
                    })
                },
            )
            .ctx("counting the dashboard")
    }
}
