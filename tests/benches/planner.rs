//! The planner's growth (`scripts/bench.sh planner`): `parse_export` and
//! `plan_import` on generated accounts of 10, 100, 1,000 and 10,000 app
//! and service profiles, with ten referrals each. `transition-bench
//! growth` prints the factor from each size to the next.
//!
//! An export of 10,000 app/service profiles is over the export's bounds
//! (`domain/src/bounds.rs`: 500 app and 500 service profiles, 10,000
//! referrals), so `parse_export` refuses it: its series stops at 1,000,
//! and `deserialize` (the same serde pass without the checks) goes on to
//! 10,000. `plan_import` plans any `PinpointExport` in memory, so its
//! series covers the four sizes; its request stays within bounds (200
//! app/service profiles per business profile).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use transition_domain::{
    parse_export_with, plan_import, ImportRequest, ParseLimits, PinpointExport,
};
use transition_tests::generate::{export, partner_id, Size};

/// Within the export's bounds.
const PARSED: [usize; 3] = [10, 100, 1_000];
const SIZES: [usize; 4] = [10, 100, 1_000, 10_000];

fn limits() -> ParseLimits {
    ParseLimits {
        max_bytes: usize::MAX,
    }
}

fn planner(c: &mut Criterion) {
    let accounts: Vec<(usize, String)> = SIZES
        .iter()
        .map(|&n| (n, export(&partner_id(n), Size::scaled(n)).to_string()))
        .collect();

    let mut group = c.benchmark_group("parse_export");
    for (n, text) in accounts.iter().filter(|(n, _)| PARSED.contains(n)) {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), text, |b, text| {
            b.iter(|| parse_export_with(black_box(text.as_bytes()), limits()).is_ok());
        });
    }
    group.finish();

    let mut group = c.benchmark_group("deserialize");
    for (n, text) in &accounts {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), text, |b, text| {
            b.iter(|| serde_json::from_slice::<PinpointExport>(black_box(text.as_bytes())).is_ok());
        });
    }
    group.finish();

    let mut group = c.benchmark_group("plan_import");
    for (n, text) in &accounts {
        let Ok(parsed) = serde_json::from_str::<PinpointExport>(text) else {
            eprintln!("the generated account of {n} does not deserialize");
            continue;
        };
        let request = ImportRequest::everything(&parsed).acknowledged();
        group.throughput(Throughput::Elements(*n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &parsed, |b, parsed| {
            b.iter(|| plan_import(black_box(parsed), black_box(&request), &[]).can_commit());
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = planner
}
criterion_main!(benches);
