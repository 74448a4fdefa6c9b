//! Forming a producer group in the real window from the households of a demo SLG: it is
//! refused at nine households with the reason, the tenth is added, the guideline's
//! by-laws are adopted with a quorum and printed.

use std::path::Path;

use cluster_e2e::{App, TestResult};
use thirtyfour::prelude::*;

fn printed(dir: &Path, part: &str) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.to_string_lossy().contains(part))
                .collect()
        })
        .unwrap_or_default()
}

/// Ticks the first `n` households that can still be picked, and adds them.
async fn add_members(app: &App, n: usize) -> TestResult {
    app.click("members-add").await?;
    // The vegetable SLG of Rolea B'ier: its households are in no demo group.
    let select = app.testid("members-slg").await?;
    let option = select
        .find(By::XPath(".//option[contains(., 'ដាំបន្លែ')]"))
        .await?;
    option.click().await?;
    app.testid("member-candidate").await?;
    let mut ticked = 0;
    for b in app
        .driver
        .find_all(By::Css("[data-testid='member-pick']"))
        .await?
    {
        if ticked == n {
            break;
        }
        if b.is_enabled().await? && !b.is_selected().await? {
            app.click_el(&b).await?;
            ticked += 1;
        }
    }
    assert_eq!(ticked, n, "enough households to pick");
    app.click("members-add-save").await?;
    app.gone("members-add-save").await?;
    Ok(())
}

async fn count(app: &App, testid: &str) -> TestResult<usize> {
    Ok(app
        .driver
        .find_all(By::Css(format!("[data-testid='{testid}']")))
        .await?
        .len())
}

#[tokio::test]
async fn a_group_is_refused_at_nine_households_then_adopts_and_prints_its_bylaws() -> TestResult {
    let data = tempfile::tempdir()?;
    let prints = tempfile::tempdir()?;
    let app = App::start_with(data.path(), &[("CLUSTER_DESK_PRINT_DIR", prints.path())]).await?;
    app.click("lang-toggle").await?;
    app.click("load-demo").await?;
    app.testid("demo-badge").await?;

    app.click("nav-groups").await?;
    app.testid("group-row").await?;
    app.screenshot("groups-en").await?;
    app.click("group-new").await?;
    app.type_in(&app.testid("group-name").await?, "Kruos cucumber growers")
        .await?;
    app.choose("group-commune", "Rolea B'ier").await?;
    app.pick("group-product", "Cucumber").await?;
    app.click("group-save").await?;
    app.testid("readiness").await?;

    add_members(&app, 9).await?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while count(&app, "member-row").await? < 9 && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert_eq!(count(&app, "member-row").await?, 9);

    // Nine households, no by-laws, no plans: marking it formed is refused with every
    // reason, the first of them the tenth household it lacks.
    app.click("group-mark-formed").await?;
    app.set_value(&app.testid("group-formed-date").await?, "2026-11-20")
        .await?;
    app.click("group-formed-save").await?;
    let reason = app
        .driver
        .query(By::Css("[data-testid='form-error'][data-field='members']"))
        .wait(
            std::time::Duration::from_secs(10),
            std::time::Duration::from_millis(100),
        )
        .first()
        .await?
        .text()
        .await?;
    assert!(reason.contains('9') && reason.contains("10"), "{reason}");
    app.screenshot("group-refused-at-nine-en").await?;
    let status = app
        .testid("group-status")
        .await?
        .attr("data-status")
        .await?;
    assert_eq!(status.as_deref(), Some("forming"));

    add_members(&app, 1).await?;
    let members = app.testid("readiness-members").await?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while members.attr("data-ok").await?.as_deref() != Some("true")
        && std::time::Instant::now() < deadline
    {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert_eq!(
        members.attr("data-ok").await?.as_deref(),
        Some("true"),
        "ten households"
    );

    // The guideline's by-laws, saved and adopted by eight of the ten.
    app.click("bylaws-start").await?;
    app.testid("bylaws-clause").await?;
    app.click("bylaws-save").await?;
    app.click("bylaws-adopt").await?;
    app.set_value(&app.testid("bylaws-adopt-date").await?, "2026-11-21")
        .await?;
    app.type_in(&app.testid("bylaws-adopt-present").await?, "8")
        .await?;
    app.click("bylaws-adopt-save").await?;
    let state = app.testid("bylaws-state").await?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while state.attr("data-adopted").await?.as_deref() != Some("true")
        && std::time::Instant::now() < deadline
    {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert_eq!(state.attr("data-adopted").await?.as_deref(), Some("true"));
    let bylaws = app.testid("readiness-bylaws").await?;
    assert_eq!(bylaws.attr("data-ok").await?.as_deref(), Some("true"));
    app.screenshot("group-bylaws-adopted-en").await?;

    app.click("print-bylaws").await?;
    app.wait_text("print-bylaws-result", |t| t.contains(".pdf"))
        .await?;
    let pdfs = printed(prints.path(), "bylaws");
    assert_eq!(pdfs.len(), 1, "{pdfs:?}");
    assert!(std::fs::read(&pdfs[0])?.starts_with(b"%PDF"));

    app.click("lang-toggle").await?;
    app.testid("readiness").await?;
    app.screenshot("group-page-km").await?;
    app.stop().await?;
    Ok(())
}
