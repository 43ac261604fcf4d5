//! `docs/configuration.md` names every long option and every environment
//! variable of every command: a new flag without its documentation fails
//! here.

use clap::CommandFactory;
use transition_server::cli::Cli;
use transition_tests::*;

/// `(command path, --long, env)` of every argument of `command` and its
/// subcommands.
fn arguments(command: &clap::Command, path: &str, out: &mut Vec<(String, String, Option<String>)>) {
    for arg in command.get_arguments() {
        if let Some(long) = arg.get_long() {
            if long == "help" || long == "version" {
                continue;
            }
            let env = arg
                .get_env()
                .map(|name| name.to_string_lossy().into_owned());
            out.push((path.to_owned(), format!("--{long}"), env));
        }
    }
    for sub in command.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        arguments(sub, &format!("{path} {}", sub.get_name()), out);
    }
}

/// Whether `doc` names `word` as a whole word (so `--format` is not found
/// inside `--formatting`, nor `TRANSITION_LANG` inside `TRANSITION_LANGS`).
fn names(doc: &str, word: &str) -> bool {
    doc.match_indices(word).any(|(at, _)| {
        doc[at + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
    })
}

#[test]
fn every_option_and_variable_is_documented() -> TestResult {
    let doc = std::fs::read_to_string(root().join("docs/configuration.md"))?;
    let mut all = Vec::new();
    arguments(&Cli::command(), "transition-server", &mut all);
    assert!(all.len() > 20, "the walk found the options: {all:?}");
    let mut missing = Vec::new();
    for (command, long, env) in &all {
        if !names(&doc, long) {
            missing.push(format!("{command}: {long}"));
        }
        if let Some(env) = env {
            if !names(&doc, env) {
                missing.push(format!("{command}: {env}"));
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "docs/configuration.md does not name:\n{}",
        missing.join("\n")
    );
    // Every subcommand has its section.
    for sub in Cli::command().get_subcommands() {
        let heading = format!("`{}`", sub.get_name());
        assert!(
            sub.get_name() == "help" || doc.contains(&heading),
            "no section for {heading}"
        );
    }
    Ok(())
}

#[test]
fn the_walk_sees_nested_and_global_options() {
    let mut all = Vec::new();
    arguments(&Cli::command(), "transition-server", &mut all);
    let has = |command: &str, long: &str| all.iter().any(|(c, l, _)| c == command && l == long);
    assert!(has("transition-server backup", "--to"));
    assert!(has("transition-server serve", "--jwks-file"));
    assert!(has("transition-server", "--lang"));
    assert!(has("transition-server", "--data-dir"));
    assert!(all
        .iter()
        .any(|(_, _, env)| env.as_deref() == Some("TRANSITION_JWT_MAX_LIFETIME_SECS")));
    assert!(names("a `--format` b", "--format"));
    assert!(!names("--formats", "--format"));
}
