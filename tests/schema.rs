//! The committed JSON Schema of the record (`docs/record.schema.json`) is the one the types
//! generate. `ZHNEWS_BLESS_SCHEMA=1 cargo test --features schema --test integration schema::`
//! rewrites it after a change of the record; bump `SCHEMA_VERSION` when the change is
//! incompatible.
//! (Every record of `corpus/` is validated against it by the Python tests.)
#![cfg(feature = "schema")]

use std::path::Path;

#[test]
fn committed_schema_is_generated_from_the_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/record.schema.json");
    let generated = zhnews::schema::record_schema();
    if std::env::var_os("ZHNEWS_BLESS_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/record.schema.json is out of date: run ZHNEWS_BLESS_SCHEMA=1 cargo test --features schema --test integration schema::"
    );
}

#[test]
fn every_date_value_shape_matches_the_schema_pattern() {
    let schema: serde_json::Value = serde_json::from_str(&zhnews::schema::record_schema()).unwrap();
    let pattern = schema["$defs"]["DateValue"]["pattern"].as_str().unwrap();
    let re = regex::Regex::new(pattern).unwrap();
    for iso in ["2021", "2020-12", "2024-05-18", "2025-05-23T22:08", "2025-05-23T22:08:50", "--05", "--05-22"] {
        let value = zhnews::DateValue::parse(iso).unwrap_or_else(|| panic!("{iso} parses"));
        assert!(re.is_match(&value.to_string()), "{value} does not match {pattern}");
    }
    for bad in ["21", "2024/05/18", "2024-05-18 extra"] {
        assert!(!re.is_match(bad), "{bad} matches {pattern}");
    }
}
