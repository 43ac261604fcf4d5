//! A short soak: `transition-soak` against a real server process for a
//! few seconds. Every answer must be a success (no 5xx, no transport
//! error), and the server's memory must not grow past a bound. The long
//! run is `scripts/soak.sh` (figures in `docs/reliability.md`).

use std::process::Command;

#[test]
fn a_short_soak_has_no_errors_and_bounded_memory() {
    let output = Command::new(env!("CARGO_BIN_EXE_transition-soak"))
        .args([
            "--server-bin",
            env!("CARGO_BIN_EXE_transition-test-server"),
            "--duration-secs",
            "12",
            "--rate",
            "50",
            "--interval-secs",
            "3",
            "--warmup-secs",
            "3",
            "--max-error-rate",
            "0",
            "--max-rss-growth-mib",
            "48",
        ])
        .output();
    let output = match output {
        Ok(output) => output,
        Err(error) => panic!("cannot run transition-soak: {error}"),
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{}\n{stdout}\n{stderr}",
        output.status
    );
    assert!(stdout.contains("summary: "), "{stdout}");
    assert!(stdout.contains(" 0 errors"), "{stdout}");
    assert!(stdout.contains("PASS"), "{stdout}");
}
