//! Enables the PostgreSQL and MariaDB source tests when servers are given
//! (`KHIEN_TEST_POSTGRES_URL`, `KHIEN_TEST_MARIADB_URL`); without them those tests are
//! reported as ignored, with the reason.

fn main() {
    for (cfg, var) in [
        ("khien_test_postgres", "KHIEN_TEST_POSTGRES_URL"),
        ("khien_test_mariadb", "KHIEN_TEST_MARIADB_URL"),
    ] {
        println!("cargo::rustc-check-cfg=cfg({cfg})");
        println!("cargo::rerun-if-env-changed={var}");
        if std::env::var_os(var).is_some_and(|v| !v.is_empty()) {
            println!("cargo::rustc-cfg={cfg}");
        }
    }
}
