//! The PKCS#11 keystore against SoftHSM2.
//!
//! SoftHSM2 reads its configuration (`SOFTHSM2_CONF`) once, when the module is initialised,
//! and the module is initialised once per process; setting the variable from a test would
//! need `unsafe` (edition 2024) and race the other test threads. So each test re-runs itself
//! in a child process of this test binary, with `SOFTHSM2_CONF` pointing to a configuration
//! of its own in a temporary directory (a fresh token store), and passes if the child passes.
//!
//! The module is `KHIEN_TEST_PKCS11_MODULE` (default `/usr/lib/softhsm/libsofthsm2.so`);
//! `softhsm2-util` and `pkcs11-tool` (OpenSC) must be on the path. Without the module the
//! tests fail, unless `KHIEN_TEST_PKCS11=skip`.
//!
//! Figures: `cargo test -p khien-crypto --test pkcs11 -- --ignored --nocapture measure`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Instant;

use cryptoki::context::{CInitializeArgs, CInitializeFlags, Pkcs11};
use cryptoki::object::{Attribute, AttributeInfo, AttributeType};
use khien_crypto::envelope::{self, DataKey};
use khien_crypto::{CryptoError, Fill, KekId, Keystore, Pkcs11Keystore, Wrapped};
use ring::rand::{SecureRandom as _, SystemRandom};
use time::OffsetDateTime;
use time::macros::datetime;
use zeroize::Zeroizing;

const DEFAULT_MODULE: &str = "/usr/lib/softhsm/libsofthsm2.so";
/// Set in the child process to the name of the test it runs.
const CHILD: &str = "KHIEN_TEST_PKCS11_CHILD";
const SO_PIN: &str = "1234";
const PIN: &str = "5678";
const NOW: OffsetDateTime = datetime!(2026-12-06 10:00 UTC);

struct Os(SystemRandom);

impl Fill for Os {
    fn fill(&self, buf: &mut [u8]) {
        self.0.fill(buf).expect("the OS generator");
    }
}

fn rng() -> Os {
    Os(SystemRandom::new())
}

fn module() -> PathBuf {
    std::env::var_os("KHIEN_TEST_PKCS11_MODULE")
        .map_or_else(|| PathBuf::from(DEFAULT_MODULE), PathBuf::from)
}

/// SoftHSM2, as seen from the child process that runs a test.
struct Hsm {
    module: PathBuf,
}

impl Hsm {
    /// Initialises a token labelled `label` in a free slot (before the module is loaded in
    /// this process: SoftHSM2 lists the tokens it found when it was initialised).
    fn token(&self, label: &str) -> String {
        let out = Command::new("softhsm2-util")
            .args(["--init-token", "--free", "--label", label])
            .args(["--so-pin", SO_PIN, "--pin", PIN])
            .output()
            .expect("softhsm2-util (SoftHSM2) runs");
        assert!(
            out.status.success(),
            "softhsm2-util --init-token {label}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        label.to_owned()
    }

    fn open_with(&self, label: &str, pin: &str) -> Result<Pkcs11Keystore, CryptoError> {
        Pkcs11Keystore::open(&self.module, label, &Zeroizing::new(pin.to_owned()))
    }

    fn open(&self, label: &str) -> Pkcs11Keystore {
        self.open_with(label, PIN).unwrap()
    }

    /// The one object of the token `label` that `template` finds, through a session of this
    /// process (the keystore's login serves it), with its value's attribute info (which the
    /// token refuses to give for a sensitive key).
    fn object(
        &self,
        label: &str,
        template: &[Attribute],
    ) -> (cryptoki::session::Session, cryptoki::object::ObjectHandle) {
        let ctx = Pkcs11::new(&self.module).unwrap();
        let slot = ctx
            .get_slots_with_token()
            .unwrap()
            .into_iter()
            .find(|s| ctx.get_token_info(*s).unwrap().label() == label)
            .unwrap();
        let session = ctx.open_ro_session(slot).unwrap();
        let found = session.find_objects(template).unwrap();
        assert_eq!(found.len(), 1);
        let info = session
            .get_attribute_info(found[0], &[AttributeType::Value])
            .unwrap();
        assert!(
            matches!(info.as_slice(), [AttributeInfo::Sensitive]),
            "{info:?}"
        );
        (session, found[0])
    }

    /// `pkcs11-tool` on `label`, logged in, which must succeed.
    fn tool_ok(&self, label: &str, args: &[&str]) {
        let out = self.tool(label, args);
        assert!(
            out.status.success(),
            "pkcs11-tool {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// `pkcs11-tool` on `label`, logged in.
    fn tool(&self, label: &str, args: &[&str]) -> std::process::Output {
        Command::new("pkcs11-tool")
            .arg("--module")
            .arg(&self.module)
            .args(["--token-label", label, "--login", "--pin", PIN])
            .args(args)
            .output()
            .expect("pkcs11-tool (OpenSC) runs")
    }
}

/// In the test process: runs `test` in a child process with a SoftHSM2 configuration of its
/// own, asserts it passed, and returns `None`. In that child: returns the [`Hsm`].
fn softhsm(test: &str) -> Option<Hsm> {
    let module = module();
    if std::env::var(CHILD).as_deref() == Ok(test) {
        return Some(Hsm { module });
    }
    if !module.exists() {
        if std::env::var("KHIEN_TEST_PKCS11").as_deref() == Ok("skip") {
            eprintln!(
                "{test}: skipped (KHIEN_TEST_PKCS11=skip, no module at {})",
                module.display()
            );
            return None;
        }
        panic!(
            "no PKCS#11 module at {}: install SoftHSM2 (Debian/Ubuntu: `apt install softhsm2 \
             opensc`) or point KHIEN_TEST_PKCS11_MODULE at it; KHIEN_TEST_PKCS11=skip skips \
             these tests",
            module.display()
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let tokens = dir.path().join("tokens");
    std::fs::create_dir(&tokens).unwrap();
    let conf = dir.path().join("softhsm2.conf");
    std::fs::write(
        &conf,
        format!(
            "directories.tokendir = {}\nobjectstore.backend = file\nlog.level = ERROR\n",
            tokens.display()
        ),
    )
    .unwrap();
    let out = Command::new(std::env::current_exe().unwrap())
        .args([test, "--exact", "--include-ignored", "--nocapture"])
        .args(["--test-threads", "1"])
        .env("SOFTHSM2_CONF", &conf)
        .env(CHILD, test)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    print!("{stdout}");
    eprint!("{stderr}");
    assert!(
        out.status.success() && stdout.contains("test result: ok. 1 passed"),
        "`{test}` did not pass in its SoftHSM2 process (see its output above)"
    );
    None
}

fn same(a: &DataKey, b: &DataKey) -> bool {
    a.expose() == b.expose()
}

#[test]
fn wraps_and_unwraps_in_the_token() {
    let Some(hsm) = softhsm("wraps_and_unwraps_in_the_token") else {
        return;
    };
    let label = hsm.token("round trip");
    let rng = rng();
    let ks = hsm.open(&label);
    assert_eq!(ks.kind(), "pkcs11");
    let kek = ks.current();
    assert!(
        kek.0.starts_with("kek-1-") && kek.0.len() == "kek-1-".len() + 8,
        "{kek}"
    );
    assert_eq!(ks.keks(), vec![kek.clone()]);
    let debug = format!("{ks:?}");
    assert!(
        debug.contains("round trip") && debug.contains(&kek.0),
        "{debug}"
    );
    assert!(debug.contains("softhsm") && !debug.contains(PIN), "{debug}");

    let dk = DataKey::generate(&rng);
    let data = envelope::seal(&dk, &rng, b"ctx", b"079123456789").unwrap();
    let w = ks.wrap(&dk, b"org|subject 1", &rng).unwrap();
    assert_eq!(w.kek, kek);
    assert_eq!(w.bytes.len(), 61, "version, IV, key, tag");
    assert_eq!(w.bytes[0], 1);
    assert!(!w.bytes.windows(32).any(|x| x == dk.expose()));
    let back = ks.unwrap(&w, b"org|subject 1").unwrap();
    assert!(same(&dk, &back));
    assert_eq!(
        envelope::open(&back, b"ctx", &data).unwrap().as_slice(),
        b"079123456789"
    );
    // A fresh IV each time.
    let w2 = ks.wrap(&dk, b"org|subject 1", &rng).unwrap();
    assert_ne!(w.bytes, w2.bytes);

    // Another context, or any change to IV, ciphertext or tag, does not authenticate.
    let r = ks.unwrap(&w, b"org|subject 2");
    assert!(matches!(r, Err(CryptoError::Authentication)), "{r:?}");
    assert!(matches!(
        ks.unwrap(&w, b""),
        Err(CryptoError::Authentication)
    ));
    for at in 1..w.bytes.len() {
        let mut edited = w.clone();
        edited.bytes[at] ^= 0x01;
        assert!(
            matches!(
                ks.unwrap(&edited, b"org|subject 1"),
                Err(CryptoError::Authentication)
            ),
            "byte {at}"
        );
    }
    // A wrong version or length is malformed; an unknown KEK is named.
    let mut edited = w.clone();
    edited.bytes[0] = 2;
    assert!(matches!(
        ks.unwrap(&edited, b"org|subject 1"),
        Err(CryptoError::Malformed(_))
    ));
    let mut edited = w.clone();
    edited.bytes.pop();
    assert!(matches!(
        ks.unwrap(&edited, b"org|subject 1"),
        Err(CryptoError::Malformed(_))
    ));
    for other in ["kek-9-00000000", "not a kek"] {
        let unknown = Wrapped {
            kek: KekId(other.to_owned()),
            bytes: w.bytes.clone(),
        };
        assert!(
            matches!(ks.unwrap(&unknown, b"org|subject 1"), Err(CryptoError::UnknownKek(k)) if k == other)
        );
    }
    // The sessions are still good after the failures.
    assert!(same(&dk, &ks.unwrap(&w2, b"org|subject 1").unwrap()));

    // The data key was never a token object: the token holds the KEK only.
    drop(ks);
    let out = hsm.tool(&label, &["--list-objects"]);
    let listing = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{listing}");
    assert_eq!(listing.matches("Secret Key Object").count(), 1, "{listing}");
    assert!(listing.contains(&format!("khien-{kek}")), "{listing}");
}

#[test]
fn keys_survive_reopening_and_rotation() {
    let Some(hsm) = softhsm("keys_survive_reopening_and_rotation") else {
        return;
    };
    let label = hsm.token("rotation");
    let rng = rng();
    let ks = hsm.open(&label);
    let first = ks.current();
    let dk = DataKey::generate(&rng);
    let w1 = ks.wrap(&dk, b"s", &rng).unwrap();

    // The login belongs to the process: a second keystore on the token is refused, and a
    // wrong PIN is not let through by the first one's login.
    for pin in [PIN, "0000"] {
        let err = hsm.open_with(&label, pin).unwrap_err();
        assert!(
            matches!(&err, CryptoError::Token(m) if m.contains("already logged in")),
            "{err}"
        );
    }
    drop(ks);

    // Reopened: the same KEK, and what it wrapped unwraps.
    let mut ks = hsm.open(&label);
    assert_eq!(ks.current(), first);
    assert_eq!(ks.keks(), vec![first.clone()]);
    assert!(same(&dk, &ks.unwrap(&w1, b"s").unwrap()));

    // Rotation: new wraps use the new KEK; the old wrapping still opens until re-wrapped.
    let second = ks.rotate(&rng, NOW).unwrap();
    assert!(second.0.starts_with("kek-2-"), "{second}");
    assert_eq!(ks.current(), second);
    assert_eq!(ks.keks(), vec![first.clone(), second.clone()]);
    let w2 = ks.wrap(&ks.unwrap(&w1, b"s").unwrap(), b"s", &rng).unwrap();
    assert_eq!(w2.kek, second);
    assert!(same(&dk, &ks.unwrap(&w1, b"s").unwrap()));
    assert!(same(&dk, &ks.unwrap(&w2, b"s").unwrap()));
    drop(ks);

    // The highest number is current after reopening.
    let mut ks = hsm.open(&label);
    assert_eq!(ks.current(), second);
    assert!(same(&dk, &ks.unwrap(&w1, b"s").unwrap()));

    // The current KEK stays; the old one is destroyed, and what only it wrapped is gone.
    assert!(matches!(
        ks.retire(&second, &rng),
        Err(CryptoError::Token(_))
    ));
    assert!(matches!(
        ks.retire(&KekId("kek-7-00000000".to_owned()), &rng),
        Err(CryptoError::UnknownKek(_))
    ));
    ks.retire(&first, &rng).unwrap();
    assert_eq!(ks.keks(), vec![second.clone()]);
    assert!(matches!(ks.unwrap(&w1, b"s"), Err(CryptoError::UnknownKek(k)) if k == first.0));
    assert!(same(&dk, &ks.unwrap(&w2, b"s").unwrap()));
    drop(ks);

    let mut ks = hsm.open(&label);
    assert_eq!(ks.keks(), vec![second.clone()]);
    assert!(matches!(
        ks.unwrap(&w1, b"s"),
        Err(CryptoError::UnknownKek(_))
    ));
    assert!(same(&dk, &ks.unwrap(&w2, b"s").unwrap()));
    // Numbers keep rising after a retirement.
    let third = ks.rotate(&rng, NOW).unwrap();
    assert!(third.0.starts_with("kek-3-"), "{third}");
}

#[test]
fn keys_added_or_destroyed_by_another_process_are_seen() {
    let Some(hsm) = softhsm("keys_added_or_destroyed_by_another_process_are_seen") else {
        return;
    };
    let label = hsm.token("others");
    let rng = rng();
    let mut ks = hsm.open(&label);
    let first = ks.current();
    let dk = DataKey::generate(&rng);
    let w1 = ks.wrap(&dk, b"s", &rng).unwrap();
    let second = ks.rotate(&rng, NOW).unwrap();

    // Another process destroys the first KEK: the cached handle is stale, the KEK unknown.
    hsm.tool_ok(
        &label,
        &[
            "--delete-object",
            "--type",
            "secrkey",
            "--label",
            &format!("khien-{first}"),
        ],
    );
    assert!(matches!(ks.unwrap(&w1, b"s"), Err(CryptoError::UnknownKek(k)) if k == first.0));
    assert_eq!(ks.keks(), vec![second.clone()]);

    // Another process adds a KEK: found on the token when something names it (here it does
    // not authenticate, since the KEK wrapped nothing), and counted by the next rotation.
    let foreign = KekId("kek-3-0000abcd".to_owned());
    // (A key that is not a KEK by its label is left alone.)
    hsm.tool_ok(
        &label,
        &[
            "--keygen",
            "--key-type",
            "AES:32",
            "--sensitive",
            "--private",
            "--label",
            "other",
        ],
    );
    hsm.tool_ok(
        &label,
        &[
            "--keygen",
            "--key-type",
            "AES:32",
            "--sensitive",
            "--private",
            "--label",
            &format!("khien-{foreign}"),
        ],
    );
    let named = Wrapped {
        kek: foreign.clone(),
        bytes: w1.bytes.clone(),
    };
    assert!(matches!(
        ks.unwrap(&named, b"s"),
        Err(CryptoError::Authentication)
    ));
    assert_eq!(ks.keks(), vec![second.clone(), foreign.clone()]);
    let fourth = ks.rotate(&rng, NOW).unwrap();
    assert!(fourth.0.starts_with("kek-4-"), "{fourth}");
    drop(ks);

    // A key labelled as a KEK that the token would let out is refused.
    hsm.tool_ok(
        &label,
        &[
            "--keygen",
            "--key-type",
            "AES:32",
            "--private",
            "--extractable",
            "--label",
            "khien-kek-5-0000abcd",
        ],
    );
    let err = hsm.open_with(&label, PIN).unwrap_err();
    assert!(
        matches!(&err, CryptoError::Token(m) if m.contains("khien-kek-5-0000abcd")),
        "{err}"
    );
}

#[test]
fn wrong_pin_unknown_token_and_missing_module_are_told_apart() {
    let Some(hsm) = softhsm("wrong_pin_unknown_token_and_missing_module_are_told_apart") else {
        return;
    };
    let label = hsm.token("pins");
    let err = hsm.open_with(&label, "0000").unwrap_err();
    assert!(matches!(err, CryptoError::Passphrase), "{err}");
    assert!(!err.to_string().contains("0000"));

    let err = hsm.open_with("no such token", PIN).unwrap_err();
    let msg = err.to_string();
    assert!(
        matches!(err, CryptoError::Token(_))
            && msg.contains("no such token")
            && msg.contains("`pins`"),
        "{msg}"
    );
    assert!(!msg.contains(PIN));

    let err = Pkcs11Keystore::open(
        Path::new("/nonexistent/libpkcs11.so"),
        &label,
        &Zeroizing::new(PIN.to_owned()),
    )
    .unwrap_err();
    assert!(
        matches!(&err, CryptoError::Token(m) if m.contains("/nonexistent/libpkcs11.so")),
        "{err}"
    );

    // The right PIN still opens (the failures locked nothing).
    let ks = hsm.open(&label);
    assert!(ks.current().0.starts_with("kek-1-"));
}

#[test]
fn the_kek_does_not_leave_the_token() {
    let Some(hsm) = softhsm("the_kek_does_not_leave_the_token") else {
        return;
    };
    let label = hsm.token("sensitive");
    let ks = hsm.open(&label);
    let kek_label = format!("khien-{}", ks.current());

    // Through the PKCS#11 interface (the keystore's login serves this process's sessions).
    let ctx = Pkcs11::new(&hsm.module).unwrap();
    match ctx.initialize(CInitializeArgs::new(CInitializeFlags::OS_LOCKING_OK)) {
        Ok(()) => panic!("the keystore initialised the module"),
        Err(e) => assert!(e.to_string().contains("already been initialized"), "{e}"),
    }
    let (session, kek) = hsm.object(&label, &[Attribute::Label(kek_label.clone().into_bytes())]);
    let found = [kek];
    let attrs = session
        .get_attributes(
            found[0],
            &[
                AttributeType::Value,
                AttributeType::Sensitive,
                AttributeType::AlwaysSensitive,
                AttributeType::Extractable,
                AttributeType::NeverExtractable,
                AttributeType::Local,
                AttributeType::Private,
                AttributeType::Token,
                AttributeType::ValueLen,
            ],
        )
        .unwrap();
    for a in &attrs {
        match a {
            Attribute::Value(_) => panic!("the token gave out the KEK"),
            Attribute::Sensitive(v)
            | Attribute::AlwaysSensitive(v)
            | Attribute::NeverExtractable(v)
            | Attribute::Local(v)
            | Attribute::Private(v)
            | Attribute::Token(v) => assert!(*v, "{a:?}"),
            Attribute::Extractable(v) => assert!(!*v, "{a:?}"),
            Attribute::ValueLen(n) => assert_eq!(u64::from(*n), 32),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(attrs.len(), 8, "{attrs:?}");
    drop(session);
    drop(ks);

    // From another process, logged in: the object is there, its value is not given.
    let out = hsm.tool(&label, &["--list-objects", "--type", "secrkey"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(&kek_label),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = hsm.tool(
        &label,
        &["--read-object", "--type", "secrkey", "--label", &kek_label],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && stderr.contains("CKR_ATTRIBUTE_SENSITIVE"),
        "pkcs11-tool read the KEK ({} bytes out): {stderr}",
        out.stdout.len()
    );
}

#[test]
fn concurrent_wraps_all_unwrap() {
    let Some(hsm) = softhsm("concurrent_wraps_all_unwrap") else {
        return;
    };
    let label = hsm.token("threads");
    let ks = Arc::new(hsm.open(&label));
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let ks = Arc::clone(&ks);
            std::thread::spawn(move || {
                let rng = rng();
                (0..50)
                    .map(|i| {
                        let dk = DataKey::generate(&rng);
                        let aad = format!("thread {t} key {i}");
                        let w = ks.wrap(&dk, aad.as_bytes(), &rng).unwrap();
                        (*dk.expose(), aad, w)
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let wrapped: Vec<_> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    assert_eq!(wrapped.len(), 400);
    let wrapped = Arc::new(wrapped);
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let ks = Arc::clone(&ks);
            let wrapped = Arc::clone(&wrapped);
            std::thread::spawn(move || {
                for (key, aad, w) in wrapped.iter().skip(t).step_by(8) {
                    let back = ks.unwrap(w, aad.as_bytes()).unwrap();
                    assert_eq!(back.expose(), key);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
}

/// Wraps and unwraps per second against SoftHSM2, on one thread and on eight.
#[test]
#[ignore = "a measure, not a test: run with --ignored --nocapture"]
fn measure() {
    let Some(hsm) = softhsm("measure") else {
        return;
    };
    let label = hsm.token("measure");
    let ks = Arc::new(hsm.open(&label));
    let os = rng();
    let dk = DataKey::generate(&os);
    let w = ks.wrap(&dk, b"warm", &os).unwrap();
    ks.unwrap(&w, b"warm").unwrap();
    const N: usize = 20_000;
    for threads in [1usize, 8] {
        let per = N / threads;
        let run = |unwrap: bool| {
            let start = Instant::now();
            let handles: Vec<_> = (0..threads)
                .map(|_| {
                    let ks = Arc::clone(&ks);
                    let w = w.clone();
                    std::thread::spawn(move || {
                        let rng = rng();
                        let dk = DataKey::generate(&rng);
                        for _ in 0..per {
                            if unwrap {
                                ks.unwrap(&w, b"warm").unwrap();
                            } else {
                                ks.wrap(&dk, b"aad", &rng).unwrap();
                            }
                        }
                    })
                })
                .collect();
            for h in handles {
                h.join().unwrap();
            }
            (per * threads) as f64 / start.elapsed().as_secs_f64()
        };
        let wraps = run(false);
        let unwraps = run(true);
        println!(
            "SoftHSM2, {threads} thread(s), {} operations of each kind: wrap {wraps:.0}/s, unwrap {unwraps:.0}/s",
            per * threads
        );
    }
}

/// The organisation's signing key generated in the token (Decree 165/2025 Art. 16.3(b)): a
/// self-issued certificate for it, CMS SignedData that `openssl cms -verify` accepts, the same
/// key found again by its label, and a key the token never gives out.
#[test]
fn a_signing_key_in_the_token_signs_what_openssl_verifies() {
    let Some(hsm) = softhsm("a_signing_key_in_the_token_signs_what_openssl_verifies") else {
        return;
    };
    let label = hsm.token("signing");
    let ks = hsm.open(&label);
    let key: Arc<dyn khien_crypto::identity::HeldKey> =
        Arc::new(ks.signing_key("khien-sign-test", true).unwrap());
    assert_eq!(key.reference(), "khien-sign-test");
    assert_eq!(key.public_key().len(), 65);
    let subject = khien_crypto::identity::Subject {
        organisation: "Sở Y tế tỉnh Thái Nguyên",
        org_id: "b1f0c1de-0000-4000-8000-000000000001",
    };
    let id =
        khien_crypto::SigningIdentity::self_issued_held(&subject, NOW, 5, key.clone()).unwrap();
    assert!(
        id.key_pkcs8().is_empty(),
        "no private key outside the token"
    );
    let content = "Giấy chứng nhận hủy dữ liệu cá nhân".as_bytes();
    let der = khien_crypto::cms::sign(&id, content, NOW + time::Duration::minutes(5)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cert.der"), &der).unwrap();
    std::fs::write(dir.path().join("org.pem"), id.certificate_pem()).unwrap();
    let out = Command::new("openssl")
        .current_dir(dir.path())
        .args(["cms", "-verify", "-inform", "DER", "-in", "cert.der"])
        .args(["-CAfile", "org.pem", "-out", "content.txt"])
        .output()
        .expect("openssl runs");
    assert!(
        out.status.success(),
        "openssl cms -verify: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read(dir.path().join("content.txt")).unwrap(),
        content
    );
    assert!(khien_crypto::cms::verify(&der, Some(id.certificate())).is_ok());

    // Found again by its label (a server that restarts): the same key, and it signs.
    let again: Arc<dyn khien_crypto::identity::HeldKey> =
        Arc::new(ks.signing_key("khien-sign-test", false).unwrap());
    assert_eq!(again.public_key(), key.public_key());
    let reloaded =
        khien_crypto::SigningIdentity::from_held(id.certificate_der().to_vec(), &[], again)
            .unwrap();
    let der = khien_crypto::cms::sign(&reloaded, b"again", NOW).unwrap();
    assert!(khien_crypto::cms::verify(&der, Some(id.certificate())).is_ok());
    // Another key is not this certificate's.
    let other: Arc<dyn khien_crypto::identity::HeldKey> =
        Arc::new(ks.signing_key("khien-sign-other", true).unwrap());
    assert!(matches!(
        khien_crypto::SigningIdentity::from_held(id.certificate_der().to_vec(), &[], other),
        Err(CryptoError::KeyMismatch)
    ));
    // No key under an unknown label unless asked to make one.
    assert!(matches!(
        ks.signing_key("khien-sign-missing", false),
        Err(CryptoError::Token(_))
    ));
    // Through the PKCS#11 interface (the keystore's login serves this process's sessions):
    // the private key's value is not given, and never was extractable.
    let (session, key) = hsm.object(
        &label,
        &[
            Attribute::Class(cryptoki::object::ObjectClass::PRIVATE_KEY),
            Attribute::Label(b"khien-sign-test".to_vec()),
        ],
    );
    let found = [key];
    let attrs = session
        .get_attributes(
            found[0],
            &[
                AttributeType::Sensitive,
                AttributeType::AlwaysSensitive,
                AttributeType::Extractable,
                AttributeType::NeverExtractable,
                AttributeType::Token,
            ],
        )
        .unwrap();
    for a in &attrs {
        match a {
            Attribute::Sensitive(v)
            | Attribute::AlwaysSensitive(v)
            | Attribute::NeverExtractable(v)
            | Attribute::Token(v) => assert!(*v, "{a:?}"),
            Attribute::Extractable(v) => assert!(!*v, "{a:?}"),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(attrs.len(), 5, "{attrs:?}");
}
