//! The shape of the three crates, held by tests:
//! - no import cycle among the modules of `domain/src`, `app/src` and
//!   `server/src`, read from the `crate::`, `super::` and `self::` paths of
//!   every file;
//! - one idea per file: no file of those `src/` folders over 400 lines,
//!   but for the few in [`LONG_FILES`], a list that may only shrink.
//!
//! A module may use what its ancestors hold (a command's file uses the
//! CLI's clap types in `cli/mod.rs`): that is part of being inside it, not
//! an import cycle. Every other edge counts, between files and between the
//! top-level modules they belong to (`cli::ingest → clock` is `cli →
//! clock`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const CRATES: [&str; 3] = ["domain", "app", "server"];

const MAX_LINES: usize = 400;

/// The files allowed over [`MAX_LINES`], each with the length it may not
/// pass. A file that falls to the limit must leave the list, so the list
/// only shrinks.
const LONG_FILES: &[(&str, usize)] = &[
    ("domain/src/messages.rs", 666),
    ("server/src/routes/profiles.rs", 441),
];

type Module = Vec<String>;
type Graph = BTreeMap<String, BTreeSet<String>>;

fn name(module: &[String]) -> String {
    if module.is_empty() {
        "crate".to_owned()
    } else {
        module.join("::")
    }
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            rust_files(&path, found)?;
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
    Ok(())
}

/// `lib.rs` is the crate, `a.rs` and `a/mod.rs` are `a`, `a/b.rs` is
/// `a::b`; `main.rs` (the binary) is not part of the library.
fn module_of(src: &Path, file: &Path) -> Option<Module> {
    let relative = file.strip_prefix(src).ok()?;
    let mut parts: Module = relative
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop()?;
    match last.as_str() {
        "lib.rs" if parts.is_empty() => {}
        "main.rs" if parts.is_empty() => return None,
        "mod.rs" => {}
        other => parts.push(other.strip_suffix(".rs")?.to_owned()),
    }
    Some(parts)
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The paths a file names: `crate::a::b`, `super::x`, `self::y`, with
/// `{…}` groups spread out. Comments are left out.
fn paths_in(text: &str) -> Vec<String> {
    let code: String = text
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut paths = Vec::new();
    for root in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(root) {
            let start = from + at;
            from = start + root.len();
            let before = code[..start].chars().next_back();
            if before.is_some_and(|c| is_ident(c) || c == ':' || c == '$') {
                continue;
            }
            paths.extend(expand(&code[start..]));
        }
    }
    paths
}

/// The path at the start of `text`, each item of a `{…}` group its own.
fn expand(text: &str) -> Vec<String> {
    let mut prefix = String::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if is_ident(c) || c == ':' {
            prefix.push(c);
            chars.next();
        } else if c == '{' && prefix.ends_with("::") {
            // The group, to its closing brace.
            let mut depth = 0;
            let mut end = text.len();
            for (j, d) in text[i..].char_indices() {
                match d {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = i + j;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let inner = &text[i + 1..end.max(i + 1)];
            let mut items = Vec::new();
            let mut depth = 0;
            let mut item_start = 0;
            for (j, d) in inner.char_indices() {
                match d {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        items.push(&inner[item_start..j]);
                        item_start = j + 1;
                    }
                    _ => {}
                }
            }
            items.push(&inner[item_start..]);
            return items
                .into_iter()
                .map(str::trim)
                .filter(|item| !item.is_empty())
                .flat_map(|item| {
                    expand(item)
                        .into_iter()
                        .map(|tail| format!("{prefix}{tail}"))
                        .collect::<Vec<_>>()
                })
                .collect();
        } else {
            break;
        }
    }
    vec![prefix.trim_end_matches(':').to_owned()]
}

/// The module a path names, from `module` (the file it is written in):
/// the longest prefix that is a module of the crate.
fn resolve(module: &[String], path: &str, known: &BTreeSet<Module>) -> Option<Module> {
    let mut segments = path.split("::").filter(|s| !s.is_empty());
    // `self` is the file's module (`a/mod.rs` is `a`); `super` its parent.
    let mut base: Module = module.to_vec();
    let mut first = segments.next()?;
    match first {
        "crate" => base.clear(),
        "self" => {}
        "super" => {
            while first == "super" {
                base.pop()?;
                first = segments.next().unwrap_or("");
            }
            if !first.is_empty() {
                base.push(first.to_owned());
            }
        }
        _ => return None,
    }
    for segment in segments {
        base.push(segment.to_owned());
    }
    while !known.contains(&base) {
        base.pop()?;
    }
    Some(base)
}

fn src_of(krate: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(krate)
        .join("src")
}

/// Every module of `<krate>/src` and the modules it imports (not its
/// ancestors, not itself).
fn module_graph(krate: &str) -> Result<(Graph, Graph), Box<dyn std::error::Error>> {
    let src = src_of(krate);
    let mut files = Vec::new();
    rust_files(&src, &mut files)?;
    let modules: Vec<(Module, PathBuf)> = files
        .into_iter()
        .filter_map(|file| Some((module_of(&src, &file)?, file)))
        .collect();
    let known: BTreeSet<Module> = modules.iter().map(|(m, _)| m.clone()).collect();
    let mut files_graph = Graph::new();
    let mut top_graph = Graph::new();
    for (module, file) in &modules {
        let text = std::fs::read_to_string(file)?;
        let from = name(module);
        files_graph.entry(from.clone()).or_default();
        for path in paths_in(&text) {
            let Some(target) = resolve(module, &path, &known) else {
                continue;
            };
            if module.starts_with(&target) {
                continue;
            }
            files_graph
                .entry(from.clone())
                .or_default()
                .insert(name(&target));
            if let (Some(a), Some(b)) = (module.first(), target.first()) {
                if a != b {
                    top_graph.entry(a.clone()).or_default().insert(b.clone());
                }
            }
        }
    }
    Ok((files_graph, top_graph))
}

/// A cycle of `graph`, if it has one.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &Graph,
        done: &mut BTreeSet<String>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, done, stack) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut done, &mut Vec::new()))
}

/// The groups of modules that reach one another (Tarjan's strongly
/// connected components of more than one module): every tangle at once,
/// for the message.
fn tangles(graph: &Graph) -> Vec<BTreeSet<String>> {
    let mut groups = Vec::new();
    for node in graph.keys() {
        if groups.iter().any(|g: &BTreeSet<String>| g.contains(node)) {
            continue;
        }
        let reach = |from: &str| {
            let mut seen = BTreeSet::new();
            let mut todo = vec![from.to_owned()];
            while let Some(n) = todo.pop() {
                for next in graph.get(&n).into_iter().flatten() {
                    if seen.insert(next.clone()) {
                        todo.push(next.clone());
                    }
                }
            }
            seen
        };
        let group: BTreeSet<String> = reach(node)
            .into_iter()
            .filter(|other| reach(other).contains(node))
            .collect();
        if group.len() > 1 {
            groups.push(group);
        }
    }
    groups
}

#[test]
fn no_crate_has_an_import_cycle() -> Result<(), Box<dyn std::error::Error>> {
    let has = |graph: &Graph, from: &str, to: &str| graph.get(from).is_some_and(|s| s.contains(to));
    let mut found = Vec::new();
    for krate in CRATES {
        let (files, top) = module_graph(krate)?;
        // The graph was read at all.
        match krate {
            "server" => {
                assert!(has(&files, "routes::profiles", "auth"), "{files:#?}");
                assert!(has(&files, "cli::ingest", "clock"), "{files:#?}");
                assert!(has(&top, "auth", "state"), "{top:#?}");
                // The CLI's runtime stands alone.
                assert_eq!(files.get("cli::runtime").map(BTreeSet::len), Some(0));
            }
            "domain" => assert!(has(&files, "plan", "export"), "{files:#?}"),
            _ => assert!(has(&files, "nav", "paths"), "{files:#?}"),
        }
        for (what, graph) in [("modules", &files), ("top-level modules", &top)] {
            if let Some(cycle) = find_cycle(graph) {
                found.push(format!(
                    "{krate}: {what} import each other: {}; every tangle: {:?}",
                    cycle.join(" → "),
                    tangles(graph)
                ));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
    Ok(())
}

#[test]
fn no_source_file_is_over_400_lines_but_the_listed_ones() {
    let mut long = Vec::new();
    let mut files = Vec::new();
    for krate in CRATES {
        let src = src_of(krate);
        let mut found = Vec::new();
        if let Err(error) = rust_files(&src, &mut found) {
            panic!("{}: {error}", src.display());
        }
        assert!(found.len() > 10, "{krate}/src was not found");
        for file in found {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            let inside = file.strip_prefix(&src).unwrap_or(&file);
            let relative = Path::new(krate)
                .join("src")
                .join(inside)
                .to_string_lossy()
                .replace('\\', "/");
            files.push((relative, text.lines().count()));
        }
    }
    for (file, lines) in &files {
        match LONG_FILES.iter().find(|(listed, _)| listed == file) {
            Some((_, allowed)) if lines > allowed => long.push(format!(
                "{file}: {lines} lines, more than the {allowed} it is allowed"
            )),
            Some(_) if *lines <= MAX_LINES => long.push(format!(
                "{file}: {lines} lines, within {MAX_LINES}: take it off LONG_FILES"
            )),
            None if *lines > MAX_LINES => {
                long.push(format!("{file}: {lines} lines, over {MAX_LINES}"))
            }
            _ => {}
        }
    }
    for (listed, _) in LONG_FILES {
        if !files.iter().any(|(file, _)| file == listed) {
            long.push(format!("{listed} is gone: take it off LONG_FILES"));
        }
    }
    assert!(long.is_empty(), "one idea per file:\n{}", long.join("\n"));
}

#[test]
fn a_cycle_is_found() {
    let graph = |edges: &[(&str, &str)]| {
        let mut graph = Graph::new();
        for (a, b) in edges {
            graph
                .entry((*a).to_owned())
                .or_default()
                .insert((*b).to_owned());
        }
        graph
    };
    assert_eq!(
        find_cycle(&graph(&[("a", "b"), ("b", "c"), ("c", "a")])),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    assert_eq!(
        find_cycle(&graph(&[("a", "b"), ("a", "c"), ("b", "c")])),
        None
    );
}

#[test]
fn paths_are_read_from_use_lines_and_groups() {
    let text = "use crate::auth::Caller;\nuse crate::{clock::now, store::{Store, StoreError}};\n\
                use super::{runtime, StorageArgs};\n// crate::web is only mentioned\nlet x = crate::error::ApiError::internal();";
    let paths = paths_in(text);
    for expected in [
        "crate::auth::Caller",
        "crate::clock::now",
        "crate::store::Store",
        "crate::store::StoreError",
        "super::runtime",
        "super::StorageArgs",
        "crate::error::ApiError::internal",
    ] {
        assert!(paths.iter().any(|p| p == expected), "{expected}: {paths:?}");
    }
    assert!(!paths.iter().any(|p| p.starts_with("crate::web")));
    let known: BTreeSet<Module> = [
        vec![],
        vec!["cli".into()],
        vec!["cli".into(), "runtime".into()],
    ]
    .into_iter()
    .collect();
    let ingest: Module = vec!["cli".into(), "ingest".into()];
    assert_eq!(
        resolve(&ingest, "super::runtime::block_on", &known),
        Some(vec!["cli".to_owned(), "runtime".to_owned()])
    );
    assert_eq!(
        resolve(&ingest, "super::StorageArgs", &known),
        Some(vec!["cli".to_owned()])
    );
}
