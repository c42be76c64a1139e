//! Output lines: records with their path, error lines, and the writer.

use crate::inputs::Failure;
use crate::Field;
use serde::Serialize;
use std::io::Write;
use zhnews::{DateMention, Event, Figure, Institution, Meta, Person, Program, Repair};

/// A record as one output line: `path` first, then the record's own fields unchanged;
/// the fact lists left out by `--fields` are absent.
#[derive(Serialize)]
struct Line<'a> {
    path: &'a str,
    schema_version: u32,
    meta: &'a Meta,
    body: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    repairs: Option<&'a [Repair]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    institutions: Option<&'a [Institution]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    figures: Option<&'a [Figure]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dates: Option<&'a [DateMention]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    programs: Option<&'a [Program]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    people: Option<&'a [Person]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    events: Option<&'a [Event]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
}

/// The output line (with its final newline) of a record.
pub fn record_line(
    path: &str,
    a: &zhnews::Article,
    fields: &[Field],
    pretty: bool,
    html_offsets: Option<&zhnews::html::HtmlPage>,
) -> String {
    let keep = |f: Field| fields.is_empty() || fields.contains(&f);
    let line = Line {
        path,
        schema_version: a.schema_version,
        meta: &a.meta,
        body: &a.body,
        repairs: keep(Field::Repairs).then_some(&a.repairs[..]),
        institutions: keep(Field::Institutions).then_some(&a.institutions[..]),
        figures: keep(Field::Figures).then_some(&a.figures[..]),
        dates: keep(Field::Dates).then_some(&a.dates[..]),
        programs: keep(Field::Programs).then_some(&a.programs[..]),
        people: keep(Field::People).then_some(&a.people[..]),
        events: keep(Field::Events).then_some(&a.events[..]),
        text: a.text.as_deref(),
    };
    let mut s = match html_offsets {
        Some(page) => {
            let mut value = serde_json::to_value(&line).expect("records always serialize");
            add_html_offsets(&mut value, page);
            to_string(&value, pretty)
        }
        None => to_string(&line, pretty),
    };
    s.push('\n');
    s
}

fn to_string<T: Serialize>(value: &T, pretty: bool) -> String {
    if pretty { serde_json::to_string_pretty(value) } else { serde_json::to_string(value) }
        .expect("records always serialize")
}

/// Adds `html_start`/`html_end` to every object with numeric `start`/`end`.
fn add_html_offsets(value: &mut serde_json::Value, page: &zhnews::html::HtmlPage) {
    match value {
        serde_json::Value::Object(map) => {
            let start = map.get("start").and_then(serde_json::Value::as_u64);
            let end = map.get("end").and_then(serde_json::Value::as_u64);
            if let (Some(s), Some(e)) = (start, end) {
                map.insert("html_start".into(), page.source_offset(s as usize).into());
                map.insert("html_end".into(), page.source_offset(e as usize).into());
            }
            map.values_mut().for_each(|v| add_html_offsets(v, page));
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| add_html_offsets(v, page)),
        _ => {}
    }
}

/// `{"path":…,"error":{"kind":…,"message":…}}` and a newline.
pub fn error_line(path: &str, failure: &Failure) -> String {
    let q = |s: &str| serde_json::to_string(s).expect("strings serialize");
    format!(
        "{{\"path\":{},\"error\":{{\"kind\":{},\"message\":{}}}}}\n",
        q(path),
        q(&failure.kind),
        q(&failure.message)
    )
}

/// Where `process` writes the result of each input (`T`), and the error lines of
/// `--errors json`.
pub trait Emit<T> {
    /// The result of the input called `name`.
    fn record(&mut self, name: &str, item: T) -> std::io::Result<()>;
    /// A failed input, for `--errors json`.
    fn error(&mut self, name: &str, failure: &Failure) -> std::io::Result<()>;
    fn flush(&mut self) -> std::io::Result<()>;
    /// Where it writes, for messages.
    fn name(&self) -> &str;
}

impl Emit<String> for Sink {
    fn record(&mut self, _: &str, text: String) -> std::io::Result<()> {
        self.write(&text)
    }

    fn error(&mut self, name: &str, failure: &Failure) -> std::io::Result<()> {
        self.write(&error_line(name, failure))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }

    fn name(&self) -> &str {
        &self.name
    }
}

/// Standard output or a file, buffered; every error names where it writes.
pub struct Sink {
    out: Box<dyn Write>,
    pub name: String,
}

impl Sink {
    pub fn open(path: Option<&std::path::Path>) -> Result<Sink, String> {
        Ok(match path {
            None => Sink { out: Box::new(std::io::BufWriter::new(std::io::stdout())), name: "standard output".into() },
            Some(p) => {
                let file = std::fs::File::create(p).map_err(|e| format!("{}: {e}", p.display()))?;
                Sink { out: Box::new(std::io::BufWriter::new(file)), name: p.display().to_string() }
            }
        })
    }

    pub fn write(&mut self, s: &str) -> std::io::Result<()> {
        self.out.write_all(s.as_bytes())
    }
}

/// Writes `bytes` to standard output; a closed pipe (`| head`) is no error.
pub fn write_stdout(bytes: &[u8]) -> std::io::Result<()> {
    match std::io::Write::write_all(&mut std::io::stdout().lock(), bytes) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        result => result,
    }
}
