//! The architecture's invariants that the build can check (ARCHITECTURE.md): which crates
//! may depend on what, read from `cargo metadata` so a new dependency that breaks a layer
//! fails here.

use std::collections::BTreeMap;

use serde_json::Value;

/// Each workspace crate's normal (not dev, not build) dependencies.
fn normal_dependencies() -> BTreeMap<String, Vec<String>> {
    let out = std::process::Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: Value = serde_json::from_slice(&out.stdout).unwrap();
    meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let deps = p["dependencies"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|d| d["kind"].is_null())
                .map(|d| d["name"].as_str().unwrap().to_owned())
                .collect();
            (p["name"].as_str().unwrap().to_owned(), deps)
        })
        .collect()
}

fn users_of(deps: &BTreeMap<String, Vec<String>>, dependency: &str) -> Vec<String> {
    deps.iter()
        .filter(|(_, d)| d.iter().any(|x| x == dependency))
        .map(|(name, _)| name.clone())
        .collect()
}

#[test]
fn only_the_http_adapters_know_http() {
    let deps = normal_dependencies();
    assert!(deps.len() >= 15, "{:?}", deps.keys());
    for http in ["axum", "utoipa-axum", "tower-http"] {
        let users = users_of(&deps, http);
        assert!(
            users.iter().all(|u| u == "khien-api" || u == "khien-web"),
            "{http} is used by {users:?}: only the HTTP adapters may know HTTP"
        );
    }
}

#[test]
fn only_the_storage_crate_and_the_scanner_speak_sql() {
    let deps = normal_dependencies();
    // The registry and the log in khien-store-sql; read-only samples of the databases being
    // scanned in khien-scan::database.
    assert_eq!(
        users_of(&deps, "sqlx"),
        vec!["khien-scan".to_owned(), "khien-store-sql".to_owned()]
    );
    // The scanner knows neither the registry's storage, the application, nor the forms and
    // their Typst (its report is `khien-doc` blocks).
    for d in [
        "khien-store-sql",
        "khien-store",
        "khien-app",
        "khien-forms",
        "typst",
    ] {
        assert!(
            !deps["khien-scan"].iter().any(|x| x == d),
            "khien-scan depends on {d}"
        );
    }
}

#[test]
fn the_core_does_no_io() {
    let deps = normal_dependencies();
    // Types, rules and formats: no runtime, no network, no database, no terminal.
    for pure in [
        "khien-domain",
        "khien-calendar",
        "khien-rules",
        "khien-policy",
        "khien-log",
        "khien-detect",
        "khien-store",
    ] {
        let d = &deps[pure];
        for io in ["tokio", "sqlx", "reqwest", "lettre", "axum", "clap", "rand"] {
            assert!(!d.iter().any(|x| x == io), "{pure} depends on {io}");
        }
    }
}

#[test]
fn the_application_layer_knows_no_door() {
    let deps = normal_dependencies();
    let app = &deps["khien-app"];
    for door in [
        "axum",
        "utoipa",
        "clap",
        "sqlx",
        "khien-api",
        "khien-store-sql",
    ] {
        assert!(
            !app.iter().any(|x| x == door),
            "khien-app depends on {door}"
        );
    }
    // The console is built on the application layer, not on the API's wire types, and
    // reads no database itself.
    for not_here in ["khien-api", "khien-store-sql", "sqlx", "utoipa"] {
        assert!(
            !deps["khien-web"].iter().any(|x| x == not_here),
            "khien-web depends on {not_here}"
        );
    }
    // Every door goes through it.
    for adapter in ["khien-api", "khien-web", "khien"] {
        assert!(
            deps[adapter].iter().any(|x| x == "khien-app"),
            "{adapter} does not use the application layer"
        );
    }
}
