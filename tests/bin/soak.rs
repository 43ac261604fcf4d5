//! `transition-soak`: open-loop load against a real server process.
//!
//! Starts `--server-bin serve --demo` on a free port, imports Contoso, then
//! sends requests at a fixed rate for a fixed time, whatever the answers
//! take (open loop): request `i` is due at `start + i / rate`, and its
//! latency is counted from that due time, not from when it was sent, so a
//! stalled server shows in the figures instead of slowing the load
//! (coordinated omission). The mix is a partner's: `GET /me` (30 %),
//! `GET /pinpoint/account` (20 %), `POST /imports/preview` (20 %),
//! `GET /business-profiles` (20 %), `PATCH /business-profiles/{id}` (10 %),
//! by Contoso and Fabrikam (Contoso's French profile imported first and
//! edited, Fabrikam's previewed). Every interval it prints the requests, the
//! errors by status, p50/p99/max latency and the server's resident memory
//! (`VmRSS`); then a summary. Exit status: 0 when the error rate and the
//! memory growth after warm-up are within bounds, 1 when not, 2 when the
//! run could not start.

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::Parser;
use hdrhistogram::Histogram;
use tokio::sync::{mpsc, Semaphore};
use tokio::time::Instant;
use transition_tests::{acknowledged, plan_digest, rss_kib, ServerProcess, CONTOSO, FABRIKAM};

/// The expected peak the default rate is ten times: a few hundred partners
/// moving in the same hour, each a few dozen requests a minute while in
/// the app.
const EXPECTED_PEAK_PER_SEC: u32 = 20;

#[derive(Debug, Parser)]
#[command(
    name = "transition-soak",
    about = "Open-loop load against a real transition-server process"
)]
struct Args {
    /// The server binary to start (`transition-server` or the test server).
    #[arg(long)]
    server_bin: String,
    /// How long to send load, in seconds.
    #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=86_400))]
    duration_secs: u64,
    /// Requests per second (default: 10 × an expected peak of 20 req/s).
    #[arg(long, default_value_t = 10 * EXPECTED_PEAK_PER_SEC,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    rate: u32,
    /// Seconds between two report lines.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=3600))]
    interval_secs: u64,
    /// Seconds of warm-up: memory growth is measured from the first
    /// report line after it.
    #[arg(long, default_value_t = 5)]
    warmup_secs: u64,
    /// The largest share of errors (not 2xx, transport errors, requests
    /// the generator could not send) before the run fails.
    #[arg(long, default_value_t = 0.001)]
    max_error_rate: f64,
    /// The most the server's resident memory may grow after warm-up, MiB.
    #[arg(long, default_value_t = 64)]
    max_rss_growth_mib: u64,
    /// Requests awaiting their answer at most; one more is counted as an
    /// error (`unsent`) instead of piling up in the generator.
    #[arg(long, default_value_t = 4096)]
    max_outstanding: usize,
    /// Another flag for the server (repeat). The soak raises the rate
    /// limits and the per-partner and per-address caps by default: its load
    /// comes from one address and three partners, standing for many.
    #[arg(long = "server-arg", allow_hyphen_values = true)]
    server_args: Vec<String>,
    /// Where the server's log goes (standard error); dropped without it.
    #[arg(long)]
    server_log: Option<std::path::PathBuf>,
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// One request of the mix.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Me,
    Account,
    Preview,
    Profiles,
    Edit,
}

impl Kind {
    /// The `i`-th request's kind (a fixed 20-slot pattern).
    fn of(i: u64) -> Kind {
        match i % 20 {
            0..=5 => Kind::Me,
            6..=9 => Kind::Account,
            10..=13 => Kind::Preview,
            14..=17 => Kind::Profiles,
            _ => Kind::Edit,
        }
    }
}

struct Target {
    client: reqwest::Client,
    base: String,
    contoso: String,
    fabrikam: String,
    profile_id: String,
    preview_body: String,
}

impl Target {
    async fn send(&self, i: u64) -> Result<u16, reqwest::Error> {
        let token = if i.is_multiple_of(3) {
            &self.fabrikam
        } else {
            &self.contoso
        };
        let base = &self.base;
        let request = match Kind::of(i) {
            Kind::Me => self
                .client
                .get(format!("{base}/api/v1/me"))
                .bearer_auth(token),
            Kind::Account => self
                .client
                .get(format!("{base}/api/v1/pinpoint/account"))
                .bearer_auth(token),
            Kind::Profiles => self
                .client
                .get(format!("{base}/api/v1/business-profiles"))
                .bearer_auth(token),
            Kind::Preview => self
                .client
                .post(format!("{base}/api/v1/imports/preview"))
                .bearer_auth(&self.fabrikam)
                .header("content-type", "application/json")
                .body(self.preview_body.clone()),
            Kind::Edit => self
                .client
                .patch(format!(
                    "{base}/api/v1/business-profiles/{}",
                    self.profile_id
                ))
                .bearer_auth(&self.contoso)
                .header("content-type", "application/json")
                .body(
                    serde_json::json!({ "name": format!("Contoso soak {}", i % 100) }).to_string(),
                ),
        };
        let response = request.send().await?;
        let status = response.status().as_u16();
        // The whole body, as a client would read it.
        response.bytes().await?;
        Ok(status)
    }
}

/// What became of one request.
struct Sample {
    outcome: Result<u16, &'static str>,
    latency: Duration,
}

fn histogram() -> Result<Histogram<u64>, BoxError> {
    // Microseconds, 1 µs to 10 minutes, 3 significant digits.
    Ok(Histogram::new_with_bounds(1, 600_000_000, 3)?)
}

fn ms(micros: u64) -> f64 {
    micros as f64 / 1000.0
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

#[derive(Default)]
struct Tally {
    requests: u64,
    errors: u64,
    by_status: BTreeMap<String, u64>,
}

impl Tally {
    fn add(&mut self, outcome: &Result<u16, &'static str>) {
        self.requests += 1;
        let key = match outcome {
            Ok(status) if (200..300).contains(status) => return,
            Ok(status) => status.to_string(),
            Err(what) => (*what).to_owned(),
        };
        self.errors += 1;
        *self.by_status.entry(key).or_default() += 1;
    }

    fn errors_text(&self) -> String {
        if self.by_status.is_empty() {
            return "{}".to_owned();
        }
        let parts: Vec<String> = self
            .by_status
            .iter()
            .map(|(status, n)| format!("{status}: {n}"))
            .collect();
        format!("{{{}}}", parts.join(", "))
    }
}

/// An import request of one Pinpoint profile, acknowledged.
fn selection(pinpoint_profile_id: &str) -> String {
    serde_json::json!({
        "selections": [{ "pinpoint_profile_id": pinpoint_profile_id }],
        "acknowledgements": acknowledged(),
    })
    .to_string()
}

async fn setup(server: &ServerProcess) -> Result<Target, BoxError> {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(1024)
        .timeout(Duration::from_secs(30))
        .build()?;
    let contoso = server.token(CONTOSO).await?;
    let fabrikam = server.token_as(FABRIKAM, "demo-sam").await?;
    let body: serde_json::Value = serde_json::from_str(&selection("bp-fr"))?;
    let digest = plan_digest(&client, &server.base, &contoso, &body).await?;
    let imported = client
        .post(format!("{}/api/v1/imports", server.base))
        .bearer_auth(&contoso)
        .header("idempotency-key", "soak-setup")
        .header("content-type", "application/json")
        .header("if-match", digest)
        .body(selection("bp-fr"))
        .send()
        .await?;
    let status = imported.status();
    let imported: serde_json::Value = serde_json::from_slice(&imported.bytes().await?)?;
    let profile_id = imported["profiles"][0]["id"]
        .as_str()
        .ok_or_else(|| format!("the setup import failed ({status}): {imported}"))?
        .to_owned();
    Ok(Target {
        client,
        base: server.base.clone(),
        contoso,
        fabrikam,
        profile_id,
        // Fabrikam imports nothing: its preview stays a 200 (Contoso's
        // account is closed once imported).
        preview_body: selection("bp-us"),
    })
}

async fn run(args: Args) -> Result<bool, BoxError> {
    let mut server_args: Vec<String> = [
        "--writes-per-minute-per-partner",
        "1000000",
        "--writes-per-minute-per-ip",
        "1000000",
        "--commits-per-minute-per-partner",
        "1000000",
        "--commits-per-minute-per-ip",
        "1000000",
        "--max-in-flight-per-partner",
        "100000",
        "--max-in-flight-per-ip",
        "100000",
        "--max-connections-per-ip",
        "100000",
    ]
    .map(str::to_owned)
    .to_vec();
    server_args.extend(args.server_args.iter().cloned());
    let server_args: Vec<&str> = server_args.iter().map(String::as_str).collect();
    let log = match &args.server_log {
        Some(path) => Some(std::process::Stdio::from(std::fs::File::create(path)?)),
        None => None,
    };
    let server = ServerProcess::start(&args.server_bin, &server_args, log).await?;
    let pid = server.pid().ok_or("the server exited at once")?;
    let target = Arc::new(setup(&server).await?);
    println!(
        "soak: {} req/s (10 × an expected peak of {EXPECTED_PEAK_PER_SEC} req/s unless --rate) \
         for {} s against {} (pid {pid}), report every {} s",
        args.rate, args.duration_secs, server.base, args.interval_secs
    );
    println!(
        "{:>6} {:>7} {:>7} {:>9} {:>9} {:>9} {:>9}  errors by status",
        "t (s)", "req", "errors", "p50 ms", "p99 ms", "max ms", "rss MiB"
    );

    let (samples_tx, mut samples_rx) = mpsc::channel::<Sample>(65_536);
    let outstanding = Arc::new(Semaphore::new(args.max_outstanding));
    let start = Instant::now();
    let end = start + Duration::from_secs(args.duration_secs);
    let step = Duration::from_secs_f64(1.0 / f64::from(args.rate));

    let generator = {
        let outstanding = Arc::clone(&outstanding);
        let target = Arc::clone(&target);
        tokio::spawn(async move {
            let mut i: u64 = 0;
            loop {
                let due = start + step.mul_f64(i as f64);
                if due >= end {
                    break;
                }
                tokio::time::sleep_until(due).await;
                let samples = samples_tx.clone();
                match Arc::clone(&outstanding).try_acquire_owned() {
                    Ok(permit) => {
                        let target = Arc::clone(&target);
                        tokio::spawn(async move {
                            let outcome = target.send(i).await.map_err(|error| {
                                if error.is_timeout() {
                                    "timeout"
                                } else {
                                    "transport"
                                }
                            });
                            let latency = due.elapsed();
                            let _ = samples.send(Sample { outcome, latency }).await;
                            drop(permit);
                        });
                    }
                    Err(_) => {
                        let _ = samples
                            .send(Sample {
                                outcome: Err("unsent"),
                                latency: due.elapsed(),
                            })
                            .await;
                    }
                }
                i += 1;
            }
        })
    };

    let mut total = Tally::default();
    let mut all = histogram()?;
    let mut interval = Tally::default();
    let mut window = histogram()?;
    let mut rss: Vec<(u64, u64)> = Vec::new();
    let mut ticker = tokio::time::interval_at(
        start + Duration::from_secs(args.interval_secs),
        Duration::from_secs(args.interval_secs),
    );
    let report = |t: u64, tally: &Tally, window: &Histogram<u64>, rss: Option<u64>| {
        println!(
            "{:>6} {:>7} {:>7} {:>9.1} {:>9.1} {:>9.1} {:>9}  {}",
            t,
            tally.requests,
            tally.errors,
            ms(window.value_at_quantile(0.5)),
            ms(window.value_at_quantile(0.99)),
            ms(window.max()),
            rss.map_or("?".to_owned(), |kib| format!("{:.1}", mib(kib))),
            tally.errors_text()
        );
    };
    loop {
        tokio::select! {
            sample = samples_rx.recv() => {
                let Some(sample) = sample else { break };
                let micros = u64::try_from(sample.latency.as_micros()).unwrap_or(u64::MAX).max(1);
                all.saturating_record(micros);
                window.saturating_record(micros);
                total.add(&sample.outcome);
                interval.add(&sample.outcome);
            }
            _ = ticker.tick() => {
                let t = start.elapsed().as_secs();
                let now_rss = rss_kib(pid);
                if let Some(kib) = now_rss {
                    rss.push((t, kib));
                }
                report(t, &interval, &window, now_rss);
                interval = Tally::default();
                window.reset();
            }
        }
    }
    generator.await?;
    let t = start.elapsed().as_secs();
    let final_rss = rss_kib(pid);
    if let Some(kib) = final_rss {
        rss.push((t, kib));
    }
    if interval.requests > 0 {
        report(t, &interval, &window, final_rss);
    }

    let elapsed = start.elapsed().as_secs_f64();
    let error_rate = if total.requests == 0 {
        1.0
    } else {
        total.errors as f64 / total.requests as f64
    };
    let baseline = rss
        .iter()
        .find(|(t, _)| *t >= args.warmup_secs)
        .or(rss.first())
        .map(|(_, kib)| *kib);
    let peak = rss.iter().map(|(_, kib)| *kib).max();
    let growth_kib = match (baseline, peak) {
        (Some(baseline), Some(peak)) => peak.saturating_sub(baseline),
        _ => 0,
    };
    println!();
    println!(
        "summary: {} requests in {elapsed:.1} s ({:.1} req/s), {} errors ({:.3} %) {}",
        total.requests,
        total.requests as f64 / elapsed,
        total.errors,
        error_rate * 100.0,
        total.errors_text()
    );
    println!(
        "latency from the intended send time: p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, p99.9 {:.1} ms, max {:.1} ms",
        ms(all.value_at_quantile(0.5)),
        ms(all.value_at_quantile(0.9)),
        ms(all.value_at_quantile(0.99)),
        ms(all.value_at_quantile(0.999)),
        ms(all.max())
    );
    println!(
        "server memory (VmRSS): after warm-up {} MiB, peak {} MiB, at the end {} MiB, growth {:.1} MiB (bound {} MiB)",
        baseline.map_or("?".to_owned(), |k| format!("{:.1}", mib(k))),
        peak.map_or("?".to_owned(), |k| format!("{:.1}", mib(k))),
        final_rss.map_or("?".to_owned(), |k| format!("{:.1}", mib(k))),
        mib(growth_kib),
        args.max_rss_growth_mib
    );
    let errors_ok = error_rate <= args.max_error_rate;
    let memory_ok = growth_kib <= args.max_rss_growth_mib * 1024 && baseline.is_some();
    if !errors_ok {
        println!(
            "FAIL: error rate {:.3} % over {:.3} %",
            error_rate * 100.0,
            args.max_error_rate * 100.0
        );
    }
    if !memory_ok {
        println!("FAIL: memory grew beyond the bound (or could not be read)");
    }
    if errors_ok && memory_ok {
        println!("PASS");
    }
    drop(server);
    Ok(errors_ok && memory_ok)
}

fn main() -> ExitCode {
    let args = Args::parse();
    let runtime = match transition_tests::runtime() {
        Ok(runtime) => runtime,
        Err(code) => return code,
    };
    match runtime.block_on(run(args)) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}
