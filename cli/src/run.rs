//! The commands, and the parallel engine they share.

use crate::inputs::{self, Failure, Input};
use crate::output::{self, Emit, Sink};
use crate::{Command, ErrorFormat, ExtractArgs, Format, InputArgs, Layout, OutputFormat};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Instant;
use zhnews::html::HtmlPage;
use zhnews::{Decoded, Extractor, ExtractorBuilder, TextOptions};

/// Runs a command; `Err` is a usage error (exit status 2).
pub fn main(command: Command) -> Result<ExitCode, String> {
    match command {
        Command::Extract(args) => extract(&args),
        Command::Normalize(args) => process_normalized(&args.input, |input, _, normalized| {
            if !args.json {
                return format!("{}\n", normalized.as_str());
            }
            let repairs: Vec<_> = normalized
                .repairs()
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "kind": r.kind, "start": r.original.start, "end": r.original.end,
                        "before": r.before, "after": r.after,
                    })
                })
                .collect();
            let line = serde_json::json!({
                "path": input.name(), "text": normalized.as_str(),
                "script": normalized.script(), "repairs": repairs,
            });
            format!("{line}\n")
        }),
        Command::Show(args) => crate::show::main(&args),
        Command::Schema => {
            output::write_stdout(zhnews::schema::record_schema().as_bytes())
                .map_err(|e| format!("cannot write: {e}"))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Completions { shell } => {
            // Into a buffer: the generator panics on a write error, a closed pipe included.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut crate::command(), "zhnews", &mut script);
            output::write_stdout(&script).map_err(|e| format!("cannot write: {e}"))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Segment(args) => process_normalized(&args.input, |input, extractor, normalized| {
            // The words of each line, blanks left out.
            let lines: Vec<Vec<&str>> = normalized
                .as_str()
                .lines()
                .map(|l| extractor.segment(l).into_iter().filter(|w| !w.trim().is_empty()).collect())
                .collect();
            if args.json {
                let words: Vec<&str> = lines.concat();
                return format!("{}\n", serde_json::json!({ "path": input.name(), "words": words }));
            }
            lines.iter().map(|words| words.join(" ") + "\n").collect()
        }),
    }
}

/// `zhnews extract`: the record of every input, as JSON lines or Parquet tables.
fn extract(args: &ExtractArgs) -> Result<ExitCode, String> {
    let extractor = extractor(&args.input, args.published_at.as_deref())?;
    let format = args.input.format;
    let options = match args.layout {
        Layout::None if args.html_offsets => return Err("--html-offsets needs --layout page".into()),
        Layout::None => Some(text_options(args.published_at.as_deref())?),
        Layout::Page => None,
    };
    // The record, and the HTML page it comes from when --html-offsets needs it.
    let read = |bytes: Vec<u8>| -> Result<(zhnews::Article, Option<HtmlPage>), Failure> {
        let Some(options) = &options else {
            if !is_html(format, &bytes) {
                return Ok((extractor.extract_bytes(&bytes).map_err(|e| Failure::library(&e))?, None));
            }
            let page = extractor.html_page(&bytes).map_err(|e| Failure::library(&e))?;
            let article = extractor.extract_html_page(&page);
            return Ok((article, args.html_offsets.then_some(page)));
        };
        let decoded = decoded(&extractor, format, &bytes)?;
        let mut article = extractor.extract_text_decoded(&decoded, options).map_err(|e| Failure::library(&e))?;
        if is_html(format, &bytes) && article.text.is_none() {
            article.text = Some(decoded.text);
        }
        Ok((article, None))
    };
    match args.output_format {
        OutputFormat::Jsonl => {
            let (fields, pretty) = (&args.fields, args.pretty);
            process(&args.input, text_sink(&args.input), |input, bytes| {
                let (article, page) = read(bytes)?;
                Ok(output::record_line(&input.name(), &article, fields, pretty, page.as_ref()))
            })
        }
        OutputFormat::Parquet => parquet(args, read),
    }
}

/// `extract --output-format parquet`: the records' tables, once the options are checked.
#[cfg(feature = "parquet")]
fn parquet<R>(args: &ExtractArgs, read: R) -> Result<ExitCode, String>
where
    R: Fn(Vec<u8>) -> Result<(zhnews::Article, Option<HtmlPage>), Failure> + Sync,
{
    let refuse = |option: &str| Err(format!("{option} does not apply to --output-format parquet"));
    if args.pretty {
        return refuse("--pretty");
    }
    if !args.fields.is_empty() {
        return refuse("--fields");
    }
    if args.html_offsets {
        return refuse("--html-offsets");
    }
    if args.input.errors == ErrorFormat::Json {
        return refuse("--errors json");
    }
    let dir = args.input.output.as_deref().ok_or("--output-format parquet needs --output DIR")?;
    let open = || crate::parquet::TableSink::create(dir);
    process(&args.input, open, |_, bytes| read(bytes).map(|(article, _)| article))
}

#[cfg(not(feature = "parquet"))]
fn parquet<R>(_: &ExtractArgs, _: R) -> Result<ExitCode, String> {
    Err("this zhnews was built without the `parquet` feature".into())
}

/// Standard output or the file of `--output`, opened when the inputs are known.
fn text_sink(args: &InputArgs) -> impl FnOnce() -> Result<Sink, String> + '_ {
    || Sink::open(args.output.as_deref())
}

/// Runs `job` on the normalized text of every input (for `normalize` and `segment`).
fn process_normalized<F>(args: &InputArgs, job: F) -> Result<ExitCode, String>
where
    F: Fn(&Input, &Extractor, &zhnews::NormalizedText) -> String + Sync,
{
    let extractor = extractor(args, None)?;
    process(args, text_sink(args), |input, bytes| {
        let text = decoded(&extractor, args.format, &bytes)?.text;
        Ok(job(input, &extractor, &extractor.normalize(&text)))
    })
}

fn extractor(args: &InputArgs, published_at: Option<&str>) -> Result<Extractor, String> {
    let builder = Extractor::builder().strict_decoding(args.strict).max_input_bytes(args.max_bytes);
    configured(builder, args.encoding.as_deref(), published_at)
}

/// `builder` with the `--encoding` and `--published-at` options applied, built.
pub(crate) fn configured(
    mut builder: ExtractorBuilder,
    encoding: Option<&str>,
    published_at: Option<&str>,
) -> Result<Extractor, String> {
    if let Some(label) = encoding {
        builder = builder.encoding(label).map_err(|e| format!("--encoding: {e}"))?;
    }
    if let Some(date) = published_at {
        builder = builder.reference_date(date).map_err(|e| format!("--published-at: {e}"))?;
    }
    Ok(builder.build())
}

/// Fragment mode's options: the publication date, when given.
pub(crate) fn text_options(published_at: Option<&str>) -> Result<TextOptions, String> {
    match published_at {
        Some(date) => TextOptions::new().published_at(date).map_err(|e| format!("--published-at: {e}")),
        None => Ok(TextOptions::new()),
    }
}

pub(crate) fn is_html(format: Format, bytes: &[u8]) -> bool {
    match format {
        Format::Html => true,
        Format::Text => false,
        Format::Auto => zhnews::html::looks_like_html(bytes),
    }
}

/// The text the pipeline reads: the decoded text, or the text of an HTML page.
pub(crate) fn decoded(extractor: &Extractor, format: Format, bytes: &[u8]) -> Result<Decoded, Failure> {
    if is_html(format, bytes) {
        extractor.html_page(bytes).map(HtmlPage::into_decoded).map_err(|e| Failure::library(&e))
    } else {
        extractor.decode(bytes).map_err(|e| Failure::library(&e))
    }
}

struct Outcome<T> {
    index: usize,
    bytes: usize,
    result: Result<T, Failure>,
}

/// Reads and runs `job` on every input on `--jobs` threads, with at most a window of
/// inputs in flight, and writes the results to the sink that `open` gives (in input order
/// unless `--unordered`).
fn process<T: Send, S: Emit<T>, F>(
    args: &InputArgs,
    open: impl FnOnce() -> Result<S, String>,
    job: F,
) -> Result<ExitCode, String>
where
    F: Fn(&Input, Vec<u8>) -> Result<T, Failure> + Sync,
{
    let inputs = inputs::expand(args)?;
    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("zhnews-{i}"))
        .build()
        .map_err(|e| format!("cannot start {jobs} threads: {e}"))?;
    let mut sink = open()?;
    let window = (jobs * 4).max(8);
    let progress = progress_bar(args, inputs.len());
    let started = Instant::now();
    let stop = AtomicBool::new(false);
    let (mut done, mut failed, mut bytes_total) = (0usize, 0usize, 0usize);
    let mut write_error: Option<std::io::Error> = None;
    let (limit, unordered, errors) = (args.max_bytes, args.unordered, args.errors);

    pool.in_place_scope(|scope| {
        let (tx, rx) = mpsc::channel::<Outcome<T>>();
        let (mut spawned, mut next_write) = (0usize, 0usize);
        let mut pending: BTreeMap<usize, Outcome<T>> = BTreeMap::new();
        while done < inputs.len() {
            // Keep the window full: in order, the buffer of finished-but-unwritten inputs
            // counts too, so memory stays bounded however slow one input is.
            let in_flight = |spawned: usize| spawned - if unordered { done } else { next_write };
            while spawned < inputs.len() && in_flight(spawned) < window {
                let (tx, input, job, stop) = (tx.clone(), &inputs[spawned], &job, &stop);
                let index = spawned;
                scope.spawn(move |_| {
                    if stop.load(Ordering::Relaxed) {
                        return;
                    }
                    let (bytes, result) = match inputs::read(input, limit) {
                        Ok(b) => (b.len(), contained(|| job(input, b))),
                        Err(f) => (0, Err(f)),
                    };
                    let _ = tx.send(Outcome { index, bytes, result });
                });
                spawned += 1;
            }
            let Ok(outcome) = rx.recv() else { break };
            done += 1;
            let ready: Vec<Outcome<T>> = if unordered {
                vec![outcome]
            } else {
                pending.insert(outcome.index, outcome);
                let mut ready = Vec::new();
                while let Some(o) = pending.remove(&next_write) {
                    ready.push(o);
                    next_write += 1;
                }
                ready
            };
            for o in ready {
                bytes_total += o.bytes;
                let name = inputs[o.index].name();
                let written = match o.result {
                    Ok(item) => sink.record(&name, item),
                    Err(f) => {
                        failed += 1;
                        match errors {
                            ErrorFormat::Json => sink.error(&name, &f),
                            ErrorFormat::Text => {
                                progress.suspend(|| eprintln!("zhnews: {name}: {}", f.message));
                                Ok(())
                            }
                        }
                    }
                };
                if let Err(e) = written {
                    write_error = Some(e);
                    break;
                }
            }
            if write_error.is_some() {
                stop.store(true, Ordering::Relaxed);
                break;
            }
            progress.set_position(done as u64);
            let secs = started.elapsed().as_secs_f64().max(1e-3);
            progress.set_message(format!("{:.1} MB/s · {failed} errors", bytes_total as f64 / 1e6 / secs));
        }
    });
    progress.finish_and_clear();
    if write_error.is_none() {
        if let Err(e) = sink.flush() {
            write_error = Some(e);
        }
    }
    if let Some(e) = write_error {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Ok(ExitCode::SUCCESS);
        }
        eprintln!("zhnews: {}: {e}", sink.name());
        return Ok(ExitCode::FAILURE);
    }
    if !args.quiet {
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "zhnews: {} inputs, {} ok, {failed} failed ({:.1} MB in {secs:.2} s, {} jobs)",
            inputs.len(),
            inputs.len() - failed,
            bytes_total as f64 / 1e6,
            jobs
        );
    }
    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn progress_bar(args: &InputArgs, len: usize) -> ProgressBar {
    if args.quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let style = ProgressStyle::with_template("{bar:30} {pos}/{len} files · {msg} · ETA {eta}")
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr()).with_style(style)
}

/// Runs one input's job; a panic (a bug: the library never panics by contract) becomes that
/// input's failure instead of a worker that never reports, which would stall the run.
fn contained<T>(job: impl FnOnce() -> Result<T, Failure>) -> Result<T, Failure> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)).unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(Failure::new("internal", format!("internal error (please report): {what}")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_job_is_that_inputs_failure() {
        let failed: Result<(), Failure> = contained(|| panic!("boom"));
        let f = failed.expect_err("a panic is a failure");
        assert_eq!(f.kind, "internal");
        assert!(f.message.contains("boom"), "{}", f.message);
        assert_eq!(contained(|| Ok::<_, Failure>(7)).ok(), Some(7));
    }
}
