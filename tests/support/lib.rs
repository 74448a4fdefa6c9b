//! Drives the real Cluster Desk window: starts tauri-driver (which starts
//! WebKitWebDriver and the app binary) with a fresh data folder, opens a WebDriver
//! session, and offers the few steps a person takes: find by visible label or
//! `data-testid`, click, type, read, look (screenshot).

use std::error::Error;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;

pub type TestResult<T = ()> = Result<T, Box<dyn Error + Send + Sync>>;

const WAIT: Duration = Duration::from_secs(15);
const POLL: Duration = Duration::from_millis(100);

pub struct App {
    pub driver: WebDriver,
    tauri_driver: Child,
    /// The data folder the app was started on.
    pub data_dir: PathBuf,
    _own_dir: Option<tempfile::TempDir>,
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The app binary built by `cargo build -p cluster-desk`.
fn app_binary() -> PathBuf {
    if let Some(bin) = std::env::var_os("CLUSTER_DESK_BIN") {
        return PathBuf::from(bin);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"));
    target.join("debug").join("cluster-desk")
}

fn free_port() -> TestResult<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

impl App {
    /// Starts the app on an empty data folder of its own.
    pub async fn start() -> TestResult<App> {
        let dir = tempfile::tempdir()?;
        let mut app = App::start_in(dir.path()).await?;
        app._own_dir = Some(dir);
        Ok(app)
    }

    /// Starts the app on `data_dir` (to start it again on the same database).
    pub async fn start_in(data_dir: &std::path::Path) -> TestResult<App> {
        App::start_with(data_dir, &[]).await
    }

    /// Starts the app on `data_dir` with more environment (a print folder, say). On a
    /// loaded machine the driver's session can fail to open while the previous test's
    /// WebKitWebDriver is still letting go of its port: try again on fresh ports.
    pub async fn start_with(
        data_dir: &std::path::Path,
        env: &[(&str, &std::path::Path)],
    ) -> TestResult<App> {
        let mut last = None;
        for _ in 0..3 {
            match App::try_start(data_dir, env).await {
                Ok(app) => return Ok(app),
                Err(e) => {
                    eprintln!("starting the app failed, trying again: {e}");
                    last = Some(e);
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        }
        Err(last.unwrap_or_else(|| "the app did not start".into()))
    }

    async fn try_start(
        data_dir: &std::path::Path,
        env: &[(&str, &std::path::Path)],
    ) -> TestResult<App> {
        let binary = app_binary();
        if !binary.exists() {
            return Err(format!(
                "{} is missing: run `cargo build -p cluster-desk` first",
                binary.display()
            )
            .into());
        }
        let port = free_port()?;
        let tauri_driver = Command::new("tauri-driver")
            .args(["--port", &port.to_string(), "--native-port", &(port + 1).to_string()])
            .env("CLUSTER_DESK_DATA_DIR", data_dir)
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("starting tauri-driver (cargo install tauri-driver --locked --version 2.1.0): {e}"))?;
        let deadline = Instant::now() + WAIT;
        while tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_err()
        {
            if Instant::now() > deadline {
                return Err("tauri-driver did not open its port".into());
            }
            tokio::time::sleep(POLL).await;
        }
        let mut caps = Capabilities::new();
        caps.set("browserName", "wry")?;
        caps.set(
            "tauri:options",
            serde_json::json!({ "application": binary }),
        )?;
        let driver = match WebDriver::new(format!("http://127.0.0.1:{port}"), caps).await {
            Ok(driver) => driver,
            Err(e) => {
                let mut tauri_driver = tauri_driver;
                let _ = Command::new("kill")
                    .arg("-TERM")
                    .arg(tauri_driver.id().to_string())
                    .status();
                let _ = tauri_driver.wait();
                return Err(e.into());
            }
        };
        Ok(App {
            driver,
            tauri_driver,
            data_dir: data_dir.to_owned(),
            _own_dir: None,
        })
    }

    /// The element with this `data-testid`, once it is shown.
    pub async fn testid(&self, id: &str) -> TestResult<WebElement> {
        let css = format!("[data-testid='{id}']");
        Ok(self
            .driver
            .query(By::Css(css))
            .wait(WAIT, POLL)
            .and_displayed()
            .first()
            .await?)
    }

    /// The form control whose visible `<label>` reads `label` (its whole text, or its
    /// first words before a marker such as "(optional)").
    pub async fn labelled(&self, label: &str) -> TestResult<WebElement> {
        let text = xpath_literal(label);
        let xpath =
            format!("//label[normalize-space(.)={text} or normalize-space(text()[1])={text}]");
        let label_el = self
            .driver
            .query(By::XPath(xpath))
            .wait(WAIT, POLL)
            .and_displayed()
            .first()
            .await?;
        let target = label_el
            .attr("for")
            .await?
            .ok_or_else(|| format!("label {label:?} has no `for`"))?;
        Ok(self.driver.find(By::Id(target)).await?)
    }

    /// The button whose visible text is `text`.
    pub async fn button(&self, text: &str) -> TestResult<WebElement> {
        let xpath = format!("//button[normalize-space(.)={}]", xpath_literal(text));
        Ok(self
            .driver
            .query(By::XPath(xpath))
            .wait(WAIT, POLL)
            .and_displayed()
            .and_enabled()
            .first()
            .await?)
    }

    /// Clicks an element after bringing it to the middle of its scroll box, as a person
    /// scrolls before clicking (a sticky form footer would otherwise cover it).
    pub async fn click_el(&self, el: &WebElement) -> TestResult {
        self.driver
            .execute(
                "arguments[0].scrollIntoView({block: 'center'});",
                vec![el.to_json()?],
            )
            .await?;
        el.click().await?;
        Ok(())
    }

    /// Clicks the element with this `data-testid`, scrolled to the middle of its box.
    pub async fn click(&self, id: &str) -> TestResult {
        let el = self.testid(id).await?;
        self.click_el(&el).await
    }

    /// Replaces the text of a field with `text`, as typed.
    pub async fn type_in(&self, field: &WebElement, text: &str) -> TestResult {
        field.clear().await?;
        field.send_keys(text).await?;
        Ok(())
    }

    /// Waits until no element with this `data-testid` is shown (a closed panel).
    pub async fn gone(&self, id: &str) -> TestResult {
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            let css = format!("[data-testid='{id}']");
            let mut shown = false;
            for el in self.driver.find_all(By::Css(css)).await? {
                shown |= el.is_displayed().await.unwrap_or(false);
            }
            if !shown {
                return Ok(());
            }
            tokio::time::sleep(POLL).await;
        }
        Err(format!("{id} is still shown").into())
    }

    /// Picks a place in a type-to-search picker: types `text`, takes the first match.
    pub async fn pick(&self, testid: &str, text: &str) -> TestResult {
        let field = self.testid(testid).await?;
        field.clear().await?;
        field.send_keys(text).await?;
        // The options list filters as one types; give it a frame before choosing.
        tokio::time::sleep(Duration::from_millis(150)).await;
        field.send_keys(Key::Enter).await?;
        Ok(())
    }

    /// Chooses the option showing `text` (its whole visible text) in the `<select>` with
    /// this `data-testid`.
    pub async fn choose(&self, testid: &str, text: &str) -> TestResult {
        let select = self.testid(testid).await?;
        thirtyfour::components::SelectElement::new(&select)
            .await?
            .select_by_exact_text(text)
            .await?;
        Ok(())
    }

    /// Sets a field's value as a date or time picker does, and tells the page (typing
    /// into WebKit's date inputs depends on the system locale's field order).
    pub async fn set_value(&self, field: &WebElement, value: &str) -> TestResult {
        self.driver
            .execute(
                "arguments[0].value = arguments[1];
                 arguments[0].dispatchEvent(new Event('input', {bubbles: true}));
                 arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                vec![field.to_json()?, serde_json::Value::from(value)],
            )
            .await?;
        Ok(())
    }

    /// The `lang` attribute of the page: which language the interface speaks.
    pub async fn page_lang(&self) -> TestResult<String> {
        let v = self
            .driver
            .execute("return document.documentElement.lang;", vec![])
            .await?;
        Ok(v.json().as_str().unwrap_or_default().to_owned())
    }

    /// Waits until the text of the element with `id` satisfies `ok`, and returns it.
    pub async fn wait_text(&self, id: &str, ok: impl Fn(&str) -> bool) -> TestResult<String> {
        let deadline = Instant::now() + WAIT;
        let mut last = String::new();
        while Instant::now() < deadline {
            match self.testid(id).await {
                Ok(el) => match el.text().await {
                    Ok(text) if ok(&text) => return Ok(text),
                    Ok(text) => last = text,
                    Err(e) => last = format!("(reading the text failed: {e})"),
                },
                Err(e) => last = format!("(not found: {e})"),
            }
            tokio::time::sleep(POLL).await;
        }
        let shot = self.screenshot(&format!("failed-wait-{id}")).await.ok();
        Err(
            format!("{id} never showed the expected text; last: {last:?} (screen: {shot:?})")
                .into(),
        )
    }

    /// Saves what the window shows as `target/e2e-screenshots/<name>.png`, after the
    /// page has painted (screenshots lag the DOM by a frame or two).
    pub async fn screenshot(&self, name: &str) -> TestResult<PathBuf> {
        self.driver
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                vec![],
            )
            .await
            .ok();
        let dir = workspace_root().join("target").join("e2e-screenshots");
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(format!("{name}.png"));
        self.driver.screenshot(&path).await?;
        Ok(path)
    }

    /// Ends the session; dropping the app then stops tauri-driver.
    pub async fn stop(self) -> TestResult {
        self.driver.clone().quit().await?;
        Ok(())
    }
}

impl Drop for App {
    /// Also on a failed test: SIGTERM lets tauri-driver stop WebKitWebDriver and the app.
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.tauri_driver.id().to_string())
            .status();
        let _ = self.tauri_driver.wait();
    }
}

/// An XPath string literal for any text (XPath 1.0 has no escapes).
fn xpath_literal(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else if !text.contains('"') {
        format!("\"{text}\"")
    } else {
        let parts: Vec<String> = text.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

/// Reads the first whole number in `text`, Khmer digits included ("៣១២" → 312).
pub fn number_in(text: &str) -> Option<u32> {
    let digits: String = text
        .chars()
        .map(|c| match c {
            '\u{17E0}'..='\u{17E9}' => char::from_digit(c as u32 - 0x17E0, 10).unwrap_or(c),
            _ => c,
        })
        .skip_while(|c| !c.is_ascii_digit())
        .filter(|c| *c != ',')
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().ok()
}
