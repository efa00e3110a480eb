//! Enables the PostgreSQL half of the contract suite when a server is given.
//!
//! `KHIEN_TEST_POSTGRES_URL` names a PostgreSQL server on which the tests may create and drop
//! databases. Without it the PostgreSQL tests are compiled but reported as ignored, with the
//! reason, so nobody mistakes a run without PostgreSQL for a run that passed on it.

fn main() {
    // `KHIEN_TEST_GO=1` runs the cross-check against Go's golang.org/x/mod/sumdb (needs the
    // Debian packages golang-go and golang-golang-x-mod-dev; `.ci/run` installs them).
    println!("cargo::rustc-check-cfg=cfg(khien_test_go)");
    println!("cargo::rerun-if-env-changed=KHIEN_TEST_GO");
    if std::env::var_os("KHIEN_TEST_GO").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=khien_test_go");
    }
    // `KHIEN_TEST_BROWSER=1` runs the console's walkthrough in headless Chromium (Debian's
    // chromium and chromium-driver; axe-core from npm; `.ci/run` installs them).
    println!("cargo::rustc-check-cfg=cfg(khien_test_browser)");
    println!("cargo::rerun-if-env-changed=KHIEN_TEST_BROWSER");
    if std::env::var_os("KHIEN_TEST_BROWSER").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=khien_test_browser");
    }
    println!("cargo::rustc-check-cfg=cfg(khien_test_postgres)");
    println!("cargo::rerun-if-env-changed=KHIEN_TEST_POSTGRES_URL");
    if std::env::var_os("KHIEN_TEST_POSTGRES_URL").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=khien_test_postgres");
    }
}
