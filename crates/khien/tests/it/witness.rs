//! An authority's Khiên witnesses a unit's processing log over HTTP (`khien witness
//! observe`): it cosigns the unit's checkpoints as the log grows, and refuses to cosign when
//! the unit's log was rewritten — here a copy of the unit's database and keys taken at one
//! moment and grown differently, the rewrite a unit with its database in hand can make.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::harness::*;

fn khien(key_dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .arg("--key-dir")
        .arg(key_dir)
        .args(args)
        .output()
        .unwrap()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

async fn activity(server: &Server, n: usize) {
    let token = server.login("dpo@nc.example.vn", PASSWORD).await;
    for _ in 0..n {
        let (s, _, _) = server.call("GET", "/api/v1/orgs", Some(&token), None).await;
        assert_eq!(s, 200);
    }
}

#[tokio::test]
async fn an_authority_witnesses_a_unit_and_catches_a_rewritten_log() {
    let (reg, _org) =
        Registry::sqlite_with_org("Đơn vị Nhân Chứng", "dpo@nc.example.vn", "company");
    let unit_dir: PathBuf = Path::new(reg.url.strip_prefix("sqlite://").unwrap())
        .parent()
        .unwrap()
        .to_owned();
    let log_key = reg.cli(&["log", "public-key"], &[]).trim().to_owned();
    let authority = tempfile::tempdir().unwrap();
    let keys = authority.path().join("keys");
    let state = authority.path().join("don-vi-nhan-chung.checkpoint");
    let state_s = state.display().to_string();

    let unit = Server::start(&reg);
    activity(&unit, 3).await;
    let observe = |base: &str| {
        khien(
            &keys,
            &[
                "witness",
                "observe",
                "--log",
                base,
                "--log-key",
                &log_key,
                "--state",
                &state_s,
            ],
        )
    };
    let first = observe(&unit.base);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let witness_key = String::from_utf8(khien(&keys, &["witness", "key"]).stdout).unwrap();
    let note = std::fs::read_to_string(&state).unwrap();
    khien_log::witness::verify_cosignature(witness_key.trim(), &note)
        .expect("the kept checkpoint carries the witness's cosignature");

    // The log grows: cosigned again, with a consistency proof from the witnessed size.
    activity(&unit, 4).await;
    let second = observe(&unit.base);
    assert!(
        second.status.success(),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );
    assert!(String::from_utf8_lossy(&second.stdout).contains("trước đó (before)"));

    // The unit copies its database and keys, and keeps both running; the copy grows
    // differently (a rewrite from that moment on). The witness sees the original first.
    unit.stop();
    let fork_dir = tempfile::tempdir().unwrap();
    copy_dir(&unit_dir, fork_dir.path());
    let fork_url = format!("sqlite://{}/khien.db", fork_dir.path().display());
    let original = Server::start(&reg);
    activity(&original, 2).await;
    let ok = observe(&original.base);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let kept = std::fs::read_to_string(&state).unwrap();

    let fork_reg_server = {
        let child_reg = Registry::at(&fork_url);
        Server::start(&child_reg)
    };
    activity(&fork_reg_server, 6).await;
    let refused = observe(&fork_reg_server.base);
    assert!(!refused.status.success(), "a rewritten log was cosigned");
    let why = String::from_utf8_lossy(&refused.stderr);
    assert!(why.contains("rewritten or rolled back"), "{why}");
    assert_eq!(
        std::fs::read_to_string(&state).unwrap(),
        kept,
        "the state is kept as it was"
    );

    // And the original still is cosigned.
    activity(&original, 1).await;
    let again = observe(&original.base);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    drop(fork_reg_server);
    drop(original);
    reg.cleanup().await;
}
