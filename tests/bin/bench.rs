//! `transition-bench`: the server's figures (`scripts/bench.sh`), each
//! beside a baseline measured in the same run.
//!
//! - `http`: `oha` against the production server on loopback (portal
//!   tokens, no `--demo`) and against a minimal axum endpoint returning
//!   static JSON (the ceiling): `/api/v1/health`, a Contoso preview;
//!   then commits on fresh accounts (our own client: each commit needs its
//!   partner's token and key), the storage's raw single-row transaction
//!   rate with the same durability settings, and the server's memory
//!   (peak, and with 200 idle keep-alive connections).
//! - `ingest`: the operator's `ingest` of many generated exports.
//! - `summary`: every figure of `scripts/bench.sh` beside its goal.
//! - `ceiling`: the static-JSON endpoint itself (started by `http`).
//!
//! Benchmarks print figures; they never fail on a slow machine. The exit
//! status is 1 only when a run could not be made (a server that does not
//! start, requests that fail).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{ExitCode, Stdio};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use clap::{Parser, Subcommand};
use hdrhistogram::Histogram;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::time::Instant;
use transition_tests::generate::{contoso_of, partner_id};
use transition_tests::{
    acknowledged, contoso_request, criterion_median_us, es256_token, fixture,
    fresh_postgres_database, listening_on, plan_digest, portal_claims, proc_status_kib, Storage,
    CONTOSO, JWKS_FILE, TEST_ISSUER,
};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

#[derive(Debug, Parser)]
#[command(name = "transition-bench", about = "The server's benchmarks")]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// HTTP load, commit rate against the storage, memory.
    Http(HttpArgs),
    /// The operator's bulk ingest of generated exports.
    Ingest(IngestArgs),
    /// Every figure of a bench run beside its goal.
    Summary(SummaryArgs),
    /// Prints a portal token (ES256, the test key) of an account admin of
    /// `partner`, for running oha or curl by hand.
    Token {
        #[arg(long, default_value = CONTOSO)]
        partner: String,
    },
    /// The ceiling: a minimal axum endpoint returning static JSON.
    Ceiling {
        #[arg(long, default_value = "127.0.0.1:0")]
        addr: String,
    },
}

#[derive(Debug, clap::Args)]
struct HttpArgs {
    /// The release `transition-server`.
    #[arg(long)]
    server_bin: PathBuf,
    /// The `oha` load generator.
    #[arg(long, default_value = "oha")]
    oha: PathBuf,
    /// Seconds of each run.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u64).range(1..=600))]
    seconds: u64,
    /// Connections of the load generator.
    #[arg(long, default_value_t = 32, value_parser = clap::value_parser!(u64).range(1..=1000))]
    connections: u64,
    /// Fresh accounts loaded for the commits (each commits once).
    #[arg(long, default_value_t = 20_000, value_parser = clap::value_parser!(u64).range(100..=1_000_000))]
    accounts: u64,
    /// Also (or only) on PostgreSQL: the URL of a database on a server
    /// where the bench may create databases.
    #[arg(long)]
    postgres_url: Option<String>,
    /// Skip SQLite (PostgreSQL only).
    #[arg(long)]
    no_sqlite: bool,
    /// Where to write the figures (JSON).
    #[arg(long)]
    json: Option<PathBuf>,
    /// Where the data lives while the bench runs (a temporary directory
    /// under it).
    #[arg(long, default_value = "target/bench")]
    work_dir: PathBuf,
}

#[derive(Debug, clap::Args)]
struct IngestArgs {
    #[arg(long)]
    server_bin: PathBuf,
    /// How many exports (Contoso-size accounts, a partner each).
    #[arg(long, default_value_t = 100_000, value_parser = clap::value_parser!(u64).range(1..=10_000_000))]
    exports: u64,
    /// Ingest into a fresh database of this PostgreSQL server instead.
    #[arg(long)]
    postgres_url: Option<String>,
    #[arg(long)]
    json: Option<PathBuf>,
    #[arg(long, default_value = "target/bench")]
    work_dir: PathBuf,
}

#[derive(Debug, clap::Args)]
struct SummaryArgs {
    /// The directory of the bench's JSON files.
    #[arg(long)]
    results: PathBuf,
    /// Criterion's output directory (`target/criterion`).
    #[arg(long)]
    criterion: PathBuf,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let runtime = match transition_tests::runtime() {
        Ok(runtime) => runtime,
        Err(code) => return code,
    };
    let outcome = runtime.block_on(async {
        match args.command {
            Command::Http(args) => http(args).await,
            Command::Ingest(args) => ingest(args).await,
            Command::Summary(args) => summary(&args),
            Command::Ceiling { addr } => ceiling(&addr).await,
            Command::Token { partner } => {
                println!(
                    "{}",
                    es256_token(&portal_claims(&partner, &["account_admin"]))
                );
                Ok(())
            }
        }
    });
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

// ---- The ceiling ----

/// What the ceiling answers: the size of the health answer.
const CEILING_BODY: &str = r#"{"status":"ok","version":"0.1.0","storage":"ok"}"#;

async fn ceiling(addr: &str) -> Result<(), BoxError> {
    let app = axum::Router::new().route(
        "/",
        axum::routing::get(|| async {
            (
                [(axum::http::header::CONTENT_TYPE, "application/json")],
                CEILING_BODY,
            )
        }),
    );
    let listener = tokio::net::TcpListener::bind(addr).await?;
    println!("ceiling listening on http://{}/", listener.local_addr()?);
    axum::serve(listener, app).await?;
    Ok(())
}

// ---- Processes ----

/// A child process killed when dropped, with its base URL.
struct Child {
    child: tokio::process::Child,
    base: String,
}

impl Child {
    fn pid(&self) -> Result<u32, BoxError> {
        self.child
            .id()
            .ok_or_else(|| "the process has exited".into())
    }
}

async fn start(mut command: tokio::process::Command) -> Result<Child, BoxError> {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()?;
    let base = listening_on(&mut child).await?;
    Ok(Child { child, base })
}

/// The name of a bench server's storage in the figures.
fn backend_name(storage: &Storage) -> &'static str {
    match storage {
        Storage::DataDir(_) => "sqlite",
        Storage::Postgres(_) => "postgres",
    }
}

/// The production server: portal tokens checked against the test JWKS,
/// no demo, limits and per-partner and per-address caps raised so that one
/// load generator on one address may stand for many partners.
fn server_command(bin: &Path, store: &Storage) -> tokio::process::Command {
    let mut command = tokio::process::Command::new(bin);
    command
        .args(["serve", "--addr", "127.0.0.1:0"])
        .args(["--dist", "/nonexistent", "--host-page", "/nonexistent"])
        .arg("--jwks-file")
        .arg(JWKS_FILE)
        .args(["--jwt-issuer", TEST_ISSUER])
        .args(["--commits-per-minute-per-partner", "1000000"])
        .args(["--commits-per-minute-per-ip", "100000000"])
        .args(["--writes-per-minute-per-partner", "1000000"])
        .args(["--writes-per-minute-per-ip", "100000000"])
        .args(["--max-in-flight-per-partner", "100000"])
        .args(["--max-in-flight-per-ip", "100000"])
        .args(["--max-connections-per-ip", "100000"])
        .args(store.args())
        .env("RUST_LOG", "error")
        .env_remove("TRANSITION_JWT_SECRET")
        .env_remove("TRANSITION_DEMO");
    command
}

/// `VmRSS` and `VmHWM` (peak) of a process, in KiB.
fn memory_kib(pid: u32) -> Result<(u64, u64), BoxError> {
    let field = |name: &str| -> Result<u64, BoxError> {
        proc_status_kib(pid, name).ok_or_else(|| format!("no {name} in /proc/{pid}/status").into())
    };
    Ok((field("VmRSS")?, field("VmHWM")?))
}

/// CPU seconds a process has used (user and system; `/proc/PID/stat`,
/// at the kernel's 100 ticks a second).
fn cpu_secs(pid: u32) -> Result<f64, BoxError> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    // The fields after the command name, which is in parentheses.
    let after = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest)
        .unwrap_or_default();
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |n: usize| -> Result<f64, BoxError> {
        Ok(fields
            .get(n)
            .ok_or("a short /proc/PID/stat")?
            .parse::<f64>()?)
    };
    // utime and stime are fields 14 and 15, the 12th and 13th after ')'.
    Ok((ticks(11)? + ticks(12)?) / 100.0)
}

/// How busy process `pid` was while `run` ran: cores used on average.
async fn with_cpu<T>(
    pid: u32,
    run: impl std::future::Future<Output = Result<T, BoxError>>,
) -> Result<(T, f64), BoxError> {
    let (cpu, started) = (cpu_secs(pid)?, Instant::now());
    let value = run.await?;
    let cores = (cpu_secs(pid)? - cpu) / started.elapsed().as_secs_f64();
    Ok((value, cores))
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

// ---- oha ----

/// One oha run's figures.
#[derive(Debug, Clone, Copy, Default)]
struct Load {
    rps: f64,
    success: f64,
    p50_ms: f64,
    p99_ms: f64,
    p999_ms: f64,
}

impl Load {
    fn json(&self) -> Value {
        json!({"rps": self.rps, "success_rate": self.success,
               "p50_ms": self.p50_ms, "p99_ms": self.p99_ms, "p999_ms": self.p999_ms})
    }
}

/// What oha sends.
struct Target<'a> {
    url: String,
    post: Option<&'a Path>,
    token: Option<&'a str>,
}

/// Runs oha for `seconds` over `connections`; at `rate` requests a second
/// with latency correction (from each request's intended send time), or
/// as fast as the server answers when `None`.
async fn oha(args: &HttpArgs, target: &Target<'_>, rate: Option<f64>) -> Result<Load, BoxError> {
    let mut command = tokio::process::Command::new(&args.oha);
    command
        .args(["--no-tui", "--output-format", "json", "-z"])
        .arg(format!("{}s", args.seconds))
        .args(["-c", &args.connections.to_string()]);
    if let Some(rate) = rate {
        command
            .args(["-q", &format!("{rate:.0}")])
            .arg("--latency-correction");
    }
    if let Some(body) = target.post {
        command
            .args(["-m", "POST", "-T", "application/json", "-D"])
            .arg(body);
    }
    if let Some(token) = target.token {
        command.args(["-H", &format!("Authorization: Bearer {token}")]);
    }
    let output = command
        .arg(&target.url)
        .stderr(Stdio::inherit())
        .output()
        .await
        .map_err(|e| {
            format!(
                "cannot run {} (scripts/bench.sh installs it): {e}",
                args.oha.display()
            )
        })?;
    if !output.status.success() {
        return Err(format!("oha failed: {}", output.status).into());
    }
    let report: Value = serde_json::from_slice(&output.stdout)?;
    let seconds = |key: &str| {
        report["latencyPercentiles"][key]
            .as_f64()
            .unwrap_or(f64::NAN)
            * 1000.0
    };
    let load = Load {
        rps: report["summary"]["requestsPerSec"].as_f64().unwrap_or(0.0),
        success: report["summary"]["successRate"].as_f64().unwrap_or(0.0),
        p50_ms: seconds("p50"),
        p99_ms: seconds("p99"),
        p999_ms: seconds("p99.9"),
    };
    let statuses = &report["statusCodeDistribution"];
    let failed: u64 = statuses
        .as_object()
        .map(|codes| {
            codes
                .iter()
                .filter(|(code, _)| !code.starts_with('2'))
                .filter_map(|(_, n)| n.as_u64())
                .sum()
        })
        .unwrap_or(0);
    if failed > 0 || load.success < 0.999 {
        return Err(format!("{}: answers other than 2xx: {statuses}", target.url).into());
    }
    Ok(load)
}

/// Throughput (closed loop), then latency at 80 % of it (open loop,
/// corrected).
async fn measure(args: &HttpArgs, target: &Target<'_>) -> Result<Load, BoxError> {
    let throughput = oha(args, target, None).await?;
    let latency = oha(args, target, Some(throughput.rps * 0.8)).await?;
    Ok(Load {
        rps: throughput.rps,
        success: throughput.success.min(latency.success),
        ..latency
    })
}

/// One line: the rate, its share of the ceiling, the latencies at 80 %
/// of it, and how many cores the server used meanwhile.
fn print_load(name: &str, load: &Load, ceiling: Option<&Load>, cores: f64) {
    let ratio = ceiling
        .map(|c| format!(" ({:.1} % of the ceiling)", 100.0 * load.rps / c.rps))
        .unwrap_or_default();
    println!(
        "  {name:<30} {:>7.0}/s{ratio}; at 80 %: p50 {:.2} ms, p99 {:.2} ms, p99.9 {:.2} ms; server on {cores:.2} cores",
        load.rps, load.p50_ms, load.p99_ms, load.p999_ms
    );
}

// ---- http ----

async fn http(args: HttpArgs) -> Result<(), BoxError> {
    std::fs::create_dir_all(&args.work_dir)?;
    let work = tempfile::tempdir_in(&args.work_dir)?;
    let mut results = serde_json::Map::new();

    // The ceiling, once for every backend.
    let exe = std::env::current_exe()?;
    let mut command = tokio::process::Command::new(exe);
    command.arg("ceiling");
    let ceiling = start(command).await?;
    println!(
        "HTTP ({} s runs, {} connections, oha on loopback, 2 cores shared with the server)",
        args.seconds, args.connections
    );
    let target = Target {
        url: format!("{}/", ceiling.base),
        post: None,
        token: None,
    };
    let (ceiling_load, cores) = with_cpu(ceiling.pid()?, measure(&args, &target)).await?;
    print_load("ceiling (static JSON, axum)", &ceiling_load, None, cores);
    results.insert("ceiling".into(), ceiling_load.json());
    drop(ceiling);

    let mut stores = Vec::new();
    if !args.no_sqlite {
        stores.push(Storage::DataDir(work.path().join("sqlite")));
    }
    if let Some(server) = &args.postgres_url {
        stores.push(Storage::Postgres(fresh_postgres_database(server).await?));
    }
    for store in &stores {
        let figures = backend(&args, work.path(), store, &ceiling_load).await?;
        results.insert(backend_name(store).into(), figures);
    }
    write_json(args.json.as_deref(), &Value::Object(results))
}

fn write_json(path: Option<&Path>, value: &Value) -> Result<(), BoxError> {
    if let Some(path) = path {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, serde_json::to_string_pretty(value)?)?;
    }
    Ok(())
}

/// Writes Contoso's fixture and `accounts` Contoso-size accounts of
/// generated partners into `dir`, one file each.
fn write_accounts(dir: &Path, accounts: u64) -> Result<(), BoxError> {
    std::fs::create_dir_all(dir)?;
    std::fs::copy(fixture("contoso.json"), dir.join("contoso.json"))?;
    let contoso: Value = serde_json::from_slice(&std::fs::read(fixture("contoso.json"))?)?;
    for n in 0..accounts as usize {
        let export = contoso_of(&contoso, n);
        std::fs::write(dir.join(format!("account-{n:07}.json")), export.to_string())?;
    }
    Ok(())
}

/// `server ingest` of every file of `dir`; the time it took.
async fn run_ingest(bin: &Path, store: &Storage, dir: &Path) -> Result<Duration, BoxError> {
    let started = Instant::now();
    let output = tokio::process::Command::new(bin)
        .arg("ingest")
        .args(store.args())
        .arg(dir)
        .env("RUST_LOG", "error")
        .stderr(Stdio::inherit())
        .output()
        .await?;
    let elapsed = started.elapsed();
    if !output.status.success() {
        return Err(format!(
            "ingest failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stdout)
        )
        .into());
    }
    Ok(elapsed)
}

async fn backend(
    args: &HttpArgs,
    work: &Path,
    store: &Storage,
    ceiling: &Load,
) -> Result<Value, BoxError> {
    let accounts_dir = work.join(format!("accounts-{}", backend_name(store)));
    write_accounts(&accounts_dir, args.accounts)?;
    run_ingest(&args.server_bin, store, &accounts_dir).await?;
    std::fs::remove_dir_all(&accounts_dir)?;

    let server = start(server_command(&args.server_bin, store)).await?;
    let pid = server.pid()?;
    println!(
        "{} (transition-server, production mode)",
        backend_name(store)
    );

    let target = Target {
        url: format!("{}/api/v1/health", server.base),
        post: None,
        token: None,
    };
    let (health, cores) = with_cpu(pid, measure(args, &target)).await?;
    print_load("GET /api/v1/health", &health, Some(ceiling), cores);

    let preview_body = work.join("preview.json");
    std::fs::write(&preview_body, contoso_request().to_string())?;
    let contoso_token = es256_token(&portal_claims(CONTOSO, &["account_admin"]));
    let target = Target {
        url: format!("{}/api/v1/imports/preview", server.base),
        post: Some(&preview_body),
        token: Some(&contoso_token),
    };
    let (preview, cores) = with_cpu(pid, measure(args, &target)).await?;
    print_load("POST imports/preview", &preview, Some(ceiling), cores);

    let (commits, commit_cores) = with_cpu(pid, commit_load(args, &server.base)).await?;
    let (_, peak_kib) = memory_kib(pid)?;
    let raw = raw_transactions(args, store, work).await?;
    let ratio = commits.rps / raw;
    print_load(
        "POST imports (fresh accounts)",
        &commits,
        None,
        commit_cores,
    );
    println!(
        "  {:<30} {:>7.0}/s; the commits are {:.1} % of it (goal ≥ 80 %)",
        "raw 1-row write transactions",
        raw,
        100.0 * ratio
    );

    let idle = idle_connections(&server, 200).await?;
    println!(
        "  memory: peak {:.1} MiB during the runs; {:.1} MiB with 200 idle keep-alive connections (before: {:.1} MiB; goal ≤ 50 MB)",
        mib(peak_kib),
        mib(idle.1),
        mib(idle.0)
    );
    Ok(json!({
        "health": health.json(),
        "preview": preview.json(),
        "commits": commits.json(),
        "raw_transactions_per_sec": raw,
        "commit_ratio": ratio,
        "preview_ratio": preview.rps / ceiling.rps,
        "health_ratio": health.rps / ceiling.rps,
        "peak_rss_kib": peak_kib,
        "idle_200_rss_kib": idle.1,
        "idle_before_rss_kib": idle.0,
    }))
}

// ---- Commits on fresh accounts ----

/// Contoso's request, as every generated account commits it.
fn fresh_request() -> serde_json::Value {
    json!({
        "selections": [{"pinpoint_profile_id": "bp-fr"}, {"pinpoint_profile_id": "bp-be"}],
        "acknowledgements": acknowledged()
    })
}

/// Generated account `n`'s partner's portal token.
fn fresh_token(n: u64) -> String {
    let partner = partner_id(n as usize);
    es256_token(&portal_claims(&partner, &["account_admin"]))
}

/// The plan digest of each generated account's request (one preview per
/// account, `connections` at a time), before the clock starts: a partner
/// previews before committing, but the benchmark times the commits.
async fn previews(
    client: &reqwest::Client,
    base: &str,
    accounts: u64,
    connections: u64,
) -> Result<Arc<Vec<String>>, BoxError> {
    let next = Arc::new(AtomicU64::new(0));
    let digests = Arc::new(std::sync::Mutex::new(vec![
        String::new();
        accounts as usize
    ]));
    let mut workers = Vec::new();
    for _ in 0..connections.max(1) {
        let (client, next, digests) = (client.clone(), Arc::clone(&next), Arc::clone(&digests));
        let base = base.to_owned();
        workers.push(tokio::spawn(async move {
            loop {
                let n = next.fetch_add(1, Ordering::Relaxed);
                if n >= accounts {
                    return Ok::<(), String>(());
                }
                let digest = plan_digest(&client, &base, &fresh_token(n), &fresh_request())
                    .await
                    .map_err(|error| format!("preview of account {n}: {error}"))?;
                if let Ok(mut digests) = digests.lock() {
                    if let Some(slot) = digests.get_mut(n as usize) {
                        *slot = digest;
                    }
                }
            }
        }));
    }
    for worker in workers {
        worker.await??;
    }
    let digests = digests
        .lock()
        .map_err(|_| "the digests' lock is poisoned")?
        .clone();
    Ok(Arc::new(digests))
}

/// One commit of generated account `n`: its partner's portal token, a key
/// of its own, Contoso's request, the digest of its preview. An error
/// unless it was created (the first error of a run is printed).
async fn commit_one(
    client: &reqwest::Client,
    base: &str,
    n: u64,
    digests: &[String],
) -> Result<(), BoxError> {
    let digest = digests.get(n as usize).cloned().unwrap_or_default();
    let answer = client
        .post(format!("{base}/api/v1/imports"))
        .bearer_auth(fresh_token(n))
        .header("idempotency-key", format!("bench-{n}"))
        .header("content-type", "application/json")
        .header("if-match", digest)
        .body(fresh_request().to_string())
        .send()
        .await?;
    let status = answer.status();
    if status == reqwest::StatusCode::CREATED {
        return Ok(());
    }
    let body = answer.text().await.unwrap_or_default();
    Err(format!("commit of account {n}: {status}: {body}").into())
}

/// Counts a failed commit; prints the first.
fn failure(failed: &AtomicU64, error: &BoxError) {
    if failed.fetch_add(1, Ordering::Relaxed) == 0 {
        eprintln!("  {error}");
    }
}

/// Commits as fast as the server takes them over `connections`, then at
/// 80 % of that rate, open loop, latency from each commit's due time.
async fn commit_load(args: &HttpArgs, base: &str) -> Result<Load, BoxError> {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(args.connections as usize)
        .build()?;
    let digests = previews(&client, base, args.accounts, args.connections).await?;
    let next = Arc::new(AtomicU64::new(0));
    let failed = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs(args.seconds);
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..args.connections {
        let (client, next, failed, done, digests) = (
            client.clone(),
            Arc::clone(&next),
            Arc::clone(&failed),
            Arc::clone(&done),
            Arc::clone(&digests),
        );
        let base = base.to_owned();
        let accounts = args.accounts;
        workers.push(tokio::spawn(async move {
            while Instant::now() < deadline {
                let n = next.fetch_add(1, Ordering::Relaxed);
                if n >= accounts {
                    break;
                }
                match commit_one(&client, &base, n, &digests).await {
                    Ok(()) => {
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                    Err(error) => failure(&failed, &error),
                }
            }
        }));
    }
    for worker in workers {
        worker.await?;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let committed = done.load(Ordering::Relaxed);
    check_failures(failed.load(Ordering::Relaxed), committed)?;
    let rps = committed as f64 / elapsed;

    // Open loop at 80 %, on the accounts left.
    let rate = rps * 0.8;
    let first = next.load(Ordering::Relaxed);
    let count = ((rate * args.seconds as f64) as u64).min(args.accounts.saturating_sub(first));
    let histogram = Arc::new(std::sync::Mutex::new(Histogram::<u64>::new(3)?));
    let start = Instant::now();
    let mut tasks = Vec::with_capacity(count as usize);
    for i in 0..count {
        let due = start + Duration::from_secs_f64(i as f64 / rate);
        tokio::time::sleep_until(due).await;
        let (client, failed, histogram, digests) = (
            client.clone(),
            Arc::clone(&failed),
            Arc::clone(&histogram),
            Arc::clone(&digests),
        );
        let base = base.to_owned();
        tasks.push(tokio::spawn(async move {
            if let Err(error) = commit_one(&client, &base, first + i, &digests).await {
                failure(&failed, &error);
            }
            let micros = due.elapsed().as_micros() as u64;
            if let Ok(mut histogram) = histogram.lock() {
                let _ = histogram.record(micros.max(1));
            }
        }));
    }
    for task in tasks {
        task.await?;
    }
    check_failures(failed.load(Ordering::Relaxed), committed + count)?;
    if count == 0 {
        return Err("no fresh account left for the latency run: raise --accounts".into());
    }
    let histogram = histogram
        .lock()
        .map_err(|_| "the histogram's lock is poisoned")?;
    let ms = |q: f64| histogram.value_at_quantile(q) as f64 / 1000.0;
    Ok(Load {
        rps,
        success: 1.0,
        p50_ms: ms(0.5),
        p99_ms: ms(0.99),
        p999_ms: ms(0.999),
    })
}

fn check_failures(failed: u64, total: u64) -> Result<(), BoxError> {
    if failed > 0 {
        return Err(format!("{failed} of {total} commits failed").into());
    }
    Ok(())
}

// ---- The storage's own rate ----

/// Single-row write transactions a second, with the store's durability
/// settings and pool size, over as many concurrent clients as the commit
/// load had, for as long.
async fn raw_transactions(args: &HttpArgs, store: &Storage, work: &Path) -> Result<f64, BoxError> {
    let done = Arc::new(AtomicUsize::new(0));
    let deadline = Instant::now() + Duration::from_secs(args.seconds);
    let started = Instant::now();
    let mut workers = Vec::new();
    // Each client: one row, one transaction, until the deadline.
    macro_rules! spawn_writers {
        ($pool:expr) => {
            for _ in 0..args.connections {
                let (pool, done) = ($pool.clone(), Arc::clone(&done));
                workers.push(tokio::spawn(async move {
                    while Instant::now() < deadline {
                        let mut tx = pool.begin().await?;
                        sqlx::query("INSERT INTO raw_rows (value) VALUES ($1)")
                            .bind("x")
                            .execute(&mut *tx)
                            .await?;
                        tx.commit().await?;
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                    Ok::<(), sqlx::Error>(())
                }));
            }
        };
    }
    match store {
        Storage::DataDir(_) => {
            use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
            use transition_server::store::{SqliteOptions, SqliteStore};
            let options = SqliteStore::durable(
                SqliteConnectOptions::new().filename(work.join("raw.sqlite")),
                SqliteOptions::default(),
            );
            let pool = SqlitePoolOptions::new()
                .max_connections(SqliteStore::POOL_SIZE)
                .connect_with(options)
                .await?;
            sqlx::query("CREATE TABLE raw_rows (id INTEGER PRIMARY KEY, value TEXT NOT NULL)")
                .execute(&pool)
                .await?;
            spawn_writers!(pool);
        }
        Storage::Postgres(url) => {
            use sqlx::postgres::PgPoolOptions;
            let pool = PgPoolOptions::new()
                .max_connections(transition_server::store::postgres::DEFAULT_POOL_SIZE)
                .connect(url)
                .await?;
            sqlx::query("CREATE TABLE raw_rows (id BIGSERIAL PRIMARY KEY, value TEXT NOT NULL)")
                .execute(&pool)
                .await?;
            spawn_writers!(pool);
        }
    }
    for worker in workers {
        worker.await??;
    }
    Ok(done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64())
}

// ---- Idle connections ----

/// Opens `count` keep-alive connections, each after one answered request,
/// and holds them; the server's `VmRSS` before and with them, in KiB.
async fn idle_connections(server: &Child, count: usize) -> Result<(u64, u64), BoxError> {
    let pid = server.pid()?;
    let addr = server.base.trim_start_matches("http://").to_owned();
    tokio::time::sleep(Duration::from_secs(1)).await;
    let (before, _) = memory_kib(pid)?;
    let mut held = Vec::with_capacity(count);
    for _ in 0..count {
        let mut stream = tokio::net::TcpStream::connect(&addr).await?;
        stream
            .write_all(b"GET /api/v1/health HTTP/1.1\r\nHost: bench\r\n\r\n")
            .await?;
        let mut buffer = [0u8; 1024];
        let read = stream.read(&mut buffer).await?;
        if !buffer[..read].starts_with(b"HTTP/1.1 200") {
            return Err("an idle connection's request was not answered 200".into());
        }
        held.push(stream);
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let (with, _) = memory_kib(pid)?;
    drop(held);
    Ok((before, with))
}

// ---- Bulk ingest ----

async fn ingest(args: IngestArgs) -> Result<(), BoxError> {
    std::fs::create_dir_all(&args.work_dir)?;
    let work = tempfile::tempdir_in(&args.work_dir)?;
    let dir = work.path().join("exports");
    std::fs::create_dir_all(&dir)?;
    let contoso: Value = serde_json::from_slice(&std::fs::read(fixture("contoso.json"))?)?;
    let mut bytes = 0usize;
    for n in 0..args.exports as usize {
        let text = contoso_of(&contoso, n).to_string();
        bytes += text.len();
        std::fs::write(dir.join(format!("export-{n:07}.json")), text)?;
    }
    let store = match &args.postgres_url {
        Some(server) => Storage::Postgres(fresh_postgres_database(server).await?),
        None => Storage::DataDir(work.path().join("data")),
    };
    println!(
        "bulk ingest: {} Contoso-size exports ({:.0} MB), `transition-server ingest` into {}",
        args.exports,
        bytes as f64 / 1e6,
        backend_name(&store)
    );
    let elapsed = run_ingest(&args.server_bin, &store, &dir).await?;
    let seconds = elapsed.as_secs_f64();
    let rate = args.exports as f64 / seconds;
    println!(
        "  {:.1} s in all, {:.0} exports/s (goal: 100,000 in ≤ 60 s)",
        seconds, rate
    );
    write_json(
        args.json.as_deref(),
        &json!({ "backend": backend_name(&store), "exports": args.exports, "bytes": bytes,
                 "seconds": seconds, "exports_per_sec": rate }),
    )
}

// ---- Summary ----

fn read_json(path: &Path) -> Option<Value> {
    serde_json::from_slice(&std::fs::read(path).ok()?).ok()
}

fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "MISSED"
    }
}

/// A size with its native and wasm medians (µs), when measured.
type Row = (usize, Option<f64>, Option<f64>);

fn summary(args: &SummaryArgs) -> Result<(), BoxError> {
    let sizes = [10usize, 100, 1_000, 10_000];
    let browser = read_json(&args.results.join("browser.json"));
    println!(
        "Planner growth (median µs; × = growth from the size before; wasm in headless Chromium)"
    );
    println!(
        "  {:<14} {:>7} {:>12} {:>7} {:>12} {:>7} {:>9}",
        "", "size", "native µs", "×", "wasm µs", "×", "wasm/nat"
    );
    let mut rows: BTreeMap<&str, Vec<Row>> = BTreeMap::new();
    for group in ["parse_export", "deserialize", "plan_import"] {
        for &size in &sizes {
            let native = criterion_median_us(&args.criterion, group, size);
            let wasm = browser
                .as_ref()
                .and_then(|b| b["wasm"][group][size.to_string()].as_f64());
            if native.is_some() || wasm.is_some() {
                rows.entry(group).or_default().push((size, native, wasm));
            }
        }
    }
    let fmt = |v: Option<f64>| v.map(|v| format!("{v:.1}")).unwrap_or_else(|| "-".into());
    let growth = |v: Option<f64>, before: Option<f64>| match (v, before) {
        (Some(v), Some(b)) if b > 0.0 => format!("{:.1}", v / b),
        _ => String::new(),
    };
    for (group, list) in &rows {
        let mut before: (Option<f64>, Option<f64>) = (None, None);
        for &(size, native, wasm) in list {
            let ratio = match (native, wasm) {
                (Some(n), Some(w)) if n > 0.0 => format!("{:.2}", w / n),
                _ => String::new(),
            };
            println!(
                "  {:<14} {:>7} {:>12} {:>7} {:>12} {:>7} {:>9}",
                group,
                size,
                fmt(native),
                growth(native, before.0),
                fmt(wasm),
                growth(wasm, before.1),
                ratio
            );
            before = (native, wasm);
        }
    }

    println!();
    println!("Goals");
    let plan = |size| criterion_median_us(&args.criterion, "plan_import", size);
    if let (Some(k1), Some(k10)) = (plan(1_000), plan(10_000)) {
        let ms = k1 / 1000.0;
        println!(
            "  plan_import, 1,000 profiles, 10,000 referrals: {ms:.2} ms native (goal ≤ 5 ms): {}",
            verdict(ms <= 5.0)
        );
        println!(
            "  plan_import, 10× the input: {:.1}× the time (goal ≤ 11×): {}",
            k10 / k1,
            verdict(k10 / k1 <= 11.0)
        );
        if let Some(wasm) = browser
            .as_ref()
            .and_then(|b| b["wasm"]["plan_import"]["1000"].as_f64())
        {
            println!(
                "  plan_import in wasm: {:.2}× native (goal ≤ 3×): {}",
                wasm / k1,
                verdict(wasm / k1 <= 3.0)
            );
        }
    }
    if let Some(render) = browser.as_ref().map(|b| &b["first_render"]) {
        for (key, goal) in [("loopback", 1.3), ("phone", 1.5)] {
            let figures = &render[key];
            let Some(ratio) = figures["ratio"].as_f64() else {
                continue;
            };
            println!(
                "  first render, {key}: {:.0} ms, {:.2}× the empty Leptos page's {:.0} ms (goal ≤ {goal}×): {}",
                figures["app_ms"].as_f64().unwrap_or(f64::NAN),
                ratio,
                figures["empty_ms"].as_f64().unwrap_or(f64::NAN),
                verdict(ratio <= goal)
            );
            if let Some(repeat) = figures["repeat_ratio"].as_f64() {
                println!(
                    "  repeat visit, {key}: {:.0} ms, {repeat:.2}× the empty page's repeat visit (goal ≤ 1.1×): {}",
                    figures["app_repeat_ms"].as_f64().unwrap_or(f64::NAN),
                    verdict(repeat <= 1.1)
                );
            }
        }
    }
    if let Some(http) = read_json(&args.results.join("http.json")) {
        for backend in ["sqlite", "postgres"] {
            let figures = &http[backend];
            let Some(preview) = figures["preview_ratio"].as_f64() else {
                continue;
            };
            println!(
                "  {backend}: preview at {:.1} % of the static-JSON ceiling (goal ≥ 50 %): {}",
                100.0 * preview,
                verdict(preview >= 0.5)
            );
            let commits = figures["commit_ratio"].as_f64().unwrap_or(0.0);
            println!(
                "  {backend}: commits at {:.1} % of the store's single-transaction rate (goal ≥ 80 %): {}",
                100.0 * commits,
                verdict(commits >= 0.8)
            );
            let idle = figures["idle_200_rss_kib"].as_u64().unwrap_or(u64::MAX);
            let peak = figures["peak_rss_kib"].as_u64().unwrap_or(u64::MAX);
            let mb = |kib: u64| kib as f64 * 1024.0 / 1e6;
            println!(
                "  {backend}: {:.1} MB RSS with 200 idle connections, {:.1} MB peak under load (goal ≤ 50 MB): {}",
                mb(idle),
                mb(peak),
                verdict(mb(idle) <= 50.0)
            );
        }
    }
    for backend in ["sqlite", "postgres"] {
        if let Some(ingest) = read_json(&args.results.join(format!("ingest-{backend}.json"))) {
            let seconds = ingest["seconds"].as_f64().unwrap_or(f64::NAN);
            let exports = ingest["exports"].as_u64().unwrap_or(0);
            let scaled = seconds * 100_000.0 / exports.max(1) as f64;
            let scaled_note = if exports == 100_000 {
                String::new()
            } else {
                format!(", {scaled:.1} s scaled to 100,000")
            };
            println!(
                "  {backend}: bulk ingest of {exports} exports in {seconds:.1} s{scaled_note} (goal: 100,000 in ≤ 60 s): {}",
                verdict(scaled <= 60.0)
            );
        }
    }
    Ok(())
}
