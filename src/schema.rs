//! The JSON Schema (draft 2020-12) of the record, generated from the Rust types.
//!
//! **In:** nothing but the types of [`Article`](crate::Article) and its facts (their doc
//! comments become the descriptions). **Out:** the schema as indented JSON, the text of
//! `docs/record.schema.json`. **Guarantees:** every record the crate writes validates
//! against it (tested on every record of `corpus/`); the committed file is this function's
//! output (tested). Behind the `schema` feature, so the library needs no schema crate.

use crate::record::{Article, SCHEMA_VERSION};

/// The JSON Schema of [`Article`], as indented JSON ending in a newline.
///
/// ```
/// let schema: serde_json::Value = serde_json::from_str(&zhnews::schema::record_schema()).unwrap();
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert!(schema["required"].as_array().unwrap().iter().any(|f| f == "institutions"));
/// ```
pub fn record_schema() -> String {
    let mut schema = schemars::schema_for!(Article);
    schema.insert("title".into(), "zhnews record".into());
    let description = format!(
        "One article's facts (docs/FACTS.md), schema_version {SCHEMA_VERSION}: generated from the Rust types by \
         `zhnews::schema::record_schema`, do not edit."
    );
    schema.insert("description".into(), description.into());
    let mut json = serde_json::to_string_pretty(&schema).expect("a schema always serializes");
    json.push('\n');
    json
}
