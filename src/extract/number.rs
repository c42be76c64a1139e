//! Parses numbers as Chinese news writes them (Arabic, Chinese numerals, mixed, fractions,
//! percent forms). Placeholder until the figures issue lands.
