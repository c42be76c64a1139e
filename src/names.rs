//! The spelling of enum values: serde's names are the one source, for JSON, for the data
//! files in `src/lexicon/` and for `Display`.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// A serde unit variant from its spelling (`"primary_care"` → `InstitutionKind::PrimaryCare`).
pub(crate) fn variant<T: DeserializeOwned>(name: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name.to_string())).ok()
}

/// The spelling of a serde unit variant (`Script::Simplified` → `"simplified"`).
pub(crate) fn variant_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => panic!("{} is not a unit variant", std::any::type_name::<T>()),
    }
}

/// `Display` for unit enums: the name used in JSON (`pinyin_annotation`, `simplified`).
macro_rules! display_as_serde_name {
    ($($t:ty),*) => {
        $(
            impl std::fmt::Display for $t {
                /// The name used in JSON.
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str(&$crate::names::variant_name(self))
                }
            }
        )*
    };
}
pub(crate) use display_as_serde_name;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enum_spellings_come_from_serde() {
        assert_eq!(crate::RepairKind::PinyinAnnotation.to_string(), "pinyin_annotation");
        use crate::facts::InstitutionKind;
        assert_eq!(variant::<InstitutionKind>("primary_care"), Some(InstitutionKind::PrimaryCare));
        assert_eq!(variant::<InstitutionKind>("nope"), None);
        assert_eq!(variant_name(&InstitutionKind::PublicHealth), "public_health");
    }
}
