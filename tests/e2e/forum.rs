//! Planning the district forum in the real window, as a facilitator does: the forum,
//! its agenda (an overlap is refused, then fixed), invitees picked from the registers,
//! and the agenda and invitations printed.

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

async fn count(app: &App, testid: &str) -> TestResult<usize> {
    Ok(app
        .driver
        .find_all(By::Css(format!("[data-testid='{testid}']")))
        .await?
        .len())
}

#[tokio::test]
async fn a_forum_is_planned_with_invitees_from_the_registers_and_its_agenda_printed() -> TestResult
{
    let data = tempfile::tempdir()?;
    let prints = tempfile::tempdir()?;
    let app = App::start_with(data.path(), &[("CLUSTER_DESK_PRINT_DIR", prints.path())]).await?;
    app.click("lang-toggle").await?;
    app.click("load-demo").await?;
    app.testid("demo-badge").await?;

    app.click("nav-meetings").await?;
    app.testid("forum-row").await?;
    app.screenshot("meetings-home-en").await?;
    app.click("forum-new").await?;
    app.type_in(
        &app.testid("forum-title").await?,
        "Second district forum on vegetables",
    )
    .await?;
    app.set_value(&app.testid("forum-date").await?, "2026-12-10")
        .await?;
    app.screenshot("forum-form-en").await?;
    app.click("forum-save").await?;

    // A new forum starts with the guideline's one-day agenda.
    app.testid("agenda-row").await?;
    let rows = count(&app, "agenda-row").await?;
    assert!(rows >= 9, "the default agenda: {rows} items");
    app.screenshot("forum-agenda-en").await?;

    // The second item starting before the first ends is refused, and says which.
    let starts = app
        .driver
        .find_all(By::Css("[data-testid='agenda-startsAt']"))
        .await?;
    let second = starts.get(1).ok_or("a second agenda item")?;
    let was = second.value().await?.unwrap_or_default();
    app.type_in(second, "07:45").await?;
    app.click("agenda-save").await?;
    let error = app.testid("form-error").await?.text().await?;
    assert!(!error.trim().is_empty(), "the overlap is explained");
    app.screenshot("forum-agenda-overlap-en").await?;
    app.type_in(second, &was).await?;
    app.click("agenda-save").await?;
    app.testid("agenda-saved").await?;

    // Invitees from the registers: three officials and two buyers.
    app.click("forum-tab-participants").await?;
    for (source, picks) in [("official", 3), ("buyer", 2)] {
        app.click("participant-add-registers").await?;
        let select = app.testid("register-source").await?;
        select
            .find(By::Css(format!("option[value='{source}']")))
            .await?
            .click()
            .await?;
        app.testid("register-candidate").await?;
        let boxes = app
            .driver
            .find_all(By::Css("[data-testid='register-pick']"))
            .await?;
        for b in boxes.iter().take(picks) {
            app.click_el(b).await?;
        }
        app.click("register-add").await?;
        app.gone("register-add").await?;
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while count(&app, "participant-row").await? < 5 && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert_eq!(count(&app, "participant-row").await?, 5, "five invitees");
    app.screenshot("forum-participants-en").await?;

    // The agenda and the invitations, printed from the kit.
    app.click("forum-tab-kit").await?;
    app.click("print-forum-agenda").await?;
    app.wait_text("print-forum-agenda-result", |t| t.contains(".pdf"))
        .await?;
    app.click("print-forum-invitations").await?;
    app.wait_text("print-forum-invitations-result", |t| t.contains(".pdf"))
        .await?;
    app.screenshot("forum-kit-en").await?;
    let agenda = printed(prints.path(), "forum-agenda");
    assert_eq!(agenda.len(), 1, "{agenda:?}");
    assert!(std::fs::read(&agenda[0])?.starts_with(b"%PDF"));
    assert_eq!(printed(prints.path(), "forum-invitations").len(), 1);

    app.click("lang-toggle").await?;
    app.click("forum-tab-participants").await?;
    app.testid("participant-row").await?;
    app.screenshot("forum-participants-km").await?;
    app.stop().await?;
    Ok(())
}

#[tokio::test]
async fn the_demo_meetings_and_clusters_show_in_khmer() -> TestResult {
    let app = App::start().await?;
    app.click("load-demo").await?;
    app.testid("demo-badge").await?;
    app.click("nav-meetings").await?;
    app.testid("meeting-row").await?;
    assert!(count(&app, "meeting-row").await? >= 1);
    app.screenshot("meetings-km").await?;
    let meeting = app.testid("meeting-open").await?;
    app.click_el(&meeting).await?;
    app.testid("meeting-form").await?;
    app.wait_text("meeting-plan-types", |t| !t.trim().is_empty())
        .await?;
    app.screenshot("meeting-form-km").await?;

    app.driver.back().await?;
    let forum = app.testid("forum-open").await?;
    app.click_el(&forum).await?;
    app.click("forum-tab-clusters").await?;
    app.testid("cluster-row").await?;
    assert_eq!(
        count(&app, "cluster-row").await?,
        2,
        "the demo forum formed two clusters"
    );
    app.screenshot("forum-clusters-km").await?;
    app.stop().await?;
    Ok(())
}
