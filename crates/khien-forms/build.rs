//! Embeds every form file of `forms/` (`<id>.toml`) in the library, sorted by id.

use std::fmt::Write as _;

fn main() {
    println!("cargo::rerun-if-changed=forms");
    let mut ids: Vec<String> = std::fs::read_dir("forms")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            name.strip_suffix(".toml").map(str::to_owned)
        })
        .collect();
    ids.sort();
    let mut out = String::from(
        "/// Every form file, `(id, text)`, sorted by id.\npub(crate) const FORM_FILES: &[(&str, &str)] = &[\n",
    );
    for id in &ids {
        let _ = writeln!(
            out,
            "    ({id:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/forms/{id}.toml\"))),"
        );
    }
    out.push_str("];\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("forms.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo::warning=cannot write {}: {e}", dest.display());
    }
}
