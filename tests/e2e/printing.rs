//! Printing and exporting from the real window. The print folder comes from
//! CLUSTER_DESK_PRINT_DIR, as on a training laptop, so no system dialog opens.

use std::path::Path;

use cluster_e2e::{App, TestResult, number_in};
use thirtyfour::prelude::*;

/// The files in `dir` whose names end with `suffix`.
fn files_ending(dir: &Path, suffix: &str) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.to_string_lossy().ends_with(suffix))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn registers_print_and_export_into_the_chosen_folder() -> TestResult {
    let data = tempfile::tempdir()?;
    let prints = tempfile::tempdir()?;
    let app = App::start_with(data.path(), &[("CLUSTER_DESK_PRINT_DIR", prints.path())]).await?;
    app.click("lang-toggle").await?;
    app.click("load-demo").await?;
    app.testid("demo-badge").await?;

    // A blank attendance sheet from the home screen, in Khmer with English under it.
    let mode = app.testid("print-attendance-mode").await?;
    mode.find(By::Css("option[value='km-en']"))
        .await?
        .click()
        .await?;
    app.click("print-attendance").await?;
    app.wait_text("print-attendance-result", |t| t.contains(".km-en.pdf"))
        .await?;
    let sheets = files_ending(prints.path(), ".km-en.pdf");
    assert_eq!(sheets.len(), 1, "one attendance sheet in the folder");
    assert!(std::fs::read(&sheets[0])?.starts_with(b"%PDF"));

    // The member register of an SLG, from its form.
    app.click("nav-slgs").await?;
    app.wait_text("slg-total", |t| number_in(t) == Some(12))
        .await?;
    let first = app
        .driver
        .find(By::Css("[data-testid='slg-row'] button"))
        .await?;
    let group = first.text().await?;
    first.click().await?;
    app.testid("slg-form").await?;
    app.click("slg-print-register").await?;
    app.wait_text("slg-print-register-result", |t| t.contains(".pdf"))
        .await?;
    let registers: Vec<_> = files_ending(prints.path(), ".pdf")
        .into_iter()
        .filter(|p| p.to_string_lossy().contains("household-register"))
        .collect();
    assert_eq!(registers.len(), 1);
    assert!(
        registers[0].to_string_lossy().contains(group.trim()),
        "named after the group"
    );
    app.screenshot("slg-printed").await?;
    app.button("Cancel").await?.click().await?;
    app.gone("slg-form").await?;

    // The household register as a workbook.
    app.click("nav-households").await?;
    app.testid("household-total").await?;
    app.click("household-export").await?;
    app.wait_text("household-export-result", |t| t.contains(".xlsx"))
        .await?;
    let books = files_ending(prints.path(), ".xlsx");
    assert_eq!(books.len(), 1);
    assert!(
        std::fs::read(&books[0])?.starts_with(b"PK"),
        "an XLSX is a zip file"
    );
    app.screenshot("households-exported").await?;
    app.stop().await?;
    Ok(())
}

#[tokio::test]
async fn the_market_study_prints_its_form_and_brief_and_exports_its_workbook() -> TestResult {
    let data = tempfile::tempdir()?;
    let prints = tempfile::tempdir()?;
    let app = App::start_with(data.path(), &[("CLUSTER_DESK_PRINT_DIR", prints.path())]).await?;
    app.click("load-demo").await?;
    app.testid("demo-badge").await?;
    app.click("nav-study").await?;
    let row = app.testid("campaign-row").await?;
    app.click_el(&row.find(By::Tag("button")).await?).await?;
    app.testid("campaign-name").await?;

    for (id, suffix) in [
        ("print-interview-form", ".km.pdf"),
        ("print-market-brief", ".km.pdf"),
        ("export-market-study", ".xlsx"),
    ] {
        app.click(id).await?;
        app.wait_text(&format!("{id}-result"), |t| t.contains(suffix))
            .await?;
    }
    let pdfs = files_ending(prints.path(), ".km.pdf");
    assert!(
        pdfs.iter()
            .any(|p| p.to_string_lossy().contains("market-interview-form")),
        "{pdfs:?}"
    );
    let brief = pdfs
        .iter()
        .find(|p| p.to_string_lossy().contains("market-brief"))
        .ok_or("no brief printed")?;
    assert!(std::fs::read(brief)?.starts_with(b"%PDF"));
    let books = files_ending(prints.path(), ".xlsx");
    assert_eq!(books.len(), 1);
    assert!(books[0].to_string_lossy().contains("market-study"));
    app.screenshot("study-printed-km").await?;
    app.stop().await?;
    Ok(())
}
