//! `zhnews`: Chinese health-policy news pages (text or HTML) → JSON Lines of typed facts.
//!
//! Inputs are files, folders (files matching `--glob`, sorted by path) and `-` (standard
//! input). Files are processed in parallel on `--jobs` threads with at most a window of
//! files in flight; the output keeps the input order unless `--unordered`. See `--help`.

mod inputs;
mod output;
#[cfg(feature = "parquet")]
mod parquet;
mod run;
mod show;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

const EXAMPLES: &str = "\
Examples:
  zhnews extract corpus/                          one JSON line per *.txt/*.html/*.htm file
  zhnews extract -r crawl/ --jobs 2 -o out.jsonl  a whole crawl, recursively, on 2 threads
  zhnews extract crawl/ --glob '**/*.shtml'       choose the files of a folder
  zhnews extract page.html --pretty --fields institutions,dates
  curl -s URL | zhnews extract - --format html    standard input
  zhnews extract crawl/ --errors json | jq .      error lines as JSON, mixed with records
  zhnews extract -r crawl/ --output-format parquet -o tables/   one Parquet file per fact table
  zhnews normalize --json page.txt                normalized text with its repairs
  zhnews segment page.txt                         words, separated by spaces
  zhnews extract --layout none cells/             fragments: all text is body, no page layout
  zhnews show page.html --out page.view.html --open   the facts highlighted on the page
  zhnews completions bash > ~/.local/share/bash-completion/completions/zhnews

Exit status: 0 when every input succeeded, 1 when some failed (or a folder held no
input), 2 on usage errors. A closed output (`| head`) ends the run quietly.";

/// Turns Chinese health-policy news pages (text or HTML) into typed facts, as JSON Lines.
#[derive(Parser, Debug)]
#[command(name = "zhnews", version, about, after_help = EXAMPLES, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extracts one record per input as a JSON line: {"path": …, <the record's fields>}.
    #[command(after_help = EXAMPLES)]
    Extract(ExtractArgs),
    /// Prints the normalized text of each input (or, with --json, text and repairs).
    Normalize(NormalizeArgs),
    /// Prints the words of each input's normalized text, one line per line, words separated by spaces.
    Segment(SegmentArgs),
    /// Writes one self-contained HTML page showing the record of a page on its text: line
    /// roles, facts and repairs highlighted, the record beside.
    Show(ShowArgs),
    /// Prints the JSON Schema (draft 2020-12) of the records `extract` writes.
    Schema,
    /// Prints a completion script for a shell (bash, zsh, fish, elvish, powershell).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Args, Debug, Clone)]
pub struct InputArgs {
    /// Files, folders, or `-` for standard input.
    #[arg(value_name = "PATHS", required = true)]
    pub paths: Vec<PathBuf>,
    /// Which files of a folder to take, matched against the path inside the folder (`*`
    /// stops at `/`, `**` crosses folders); repeatable. Default: *.txt, *.html, *.htm.
    #[arg(long = "glob", value_name = "PATTERN")]
    pub globs: Vec<String>,
    /// Take the default patterns in subfolders too (**/*.txt, **/*.html, **/*.htm).
    #[arg(short, long)]
    pub recursive: bool,
    /// Input format: `auto` detects HTML by its content.
    #[arg(long, value_enum, default_value_t = Format::Auto)]
    pub format: Format,
    /// Decode with this encoding (a WHATWG label: gbk, big5, utf-16le, …) instead of detecting one.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Fail an input on malformed bytes instead of replacing them.
    #[arg(long)]
    pub strict: bool,
    /// Refuse inputs larger than this (bytes; K, M, G suffixes allowed).
    #[arg(long, value_name = "SIZE", default_value = "16M", value_parser = parse_size)]
    pub max_bytes: usize,
    /// Worker threads (default: all cores).
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Print results as they finish instead of in input order.
    #[arg(long)]
    pub unordered: bool,
    /// Write to FILE instead of standard output (a folder for `extract --output-format parquet`).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// How to report a failed input: a message on stderr, or a JSON line
    /// {"path":…,"error":{"kind":…,"message":…}} in the output.
    #[arg(long, value_enum, default_value_t = ErrorFormat::Text)]
    pub errors: ErrorFormat,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Page,
    None,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Auto,
    Html,
    Text,
}

/// What `extract` writes.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    /// One JSON line per input.
    Jsonl,
    /// One Parquet file per table of `zhnews::tables` in the folder of `--output`.
    Parquet,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorFormat {
    Text,
    Json,
}

/// A fact type of the record (the lists that `--fields` keeps).
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Repairs,
    Institutions,
    Figures,
    Dates,
    Programs,
    People,
    Events,
}

#[derive(Args, Debug)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Indented JSON (one record spans several lines).
    #[arg(long)]
    pub pretty: bool,
    /// Keep only these fact lists (comma-separated); meta, body and text always stay.
    #[arg(long, value_enum, value_delimiter = ',', value_name = "LIST")]
    pub fields: Vec<Field>,
    /// Reference date (ISO, e.g. 2024-05-23) for partial dates when a page states none;
    /// with `--layout none`, the record's publication date too.
    #[arg(long, value_name = "DATE")]
    pub published_at: Option<String>,
    /// `page` finds the article in the page (title, metadata, furniture); `none` is fragment
    /// mode for text with no page around it: every line is body, meta only from options.
    #[arg(long, value_enum, default_value_t = Layout::Page)]
    pub layout: Layout,
    /// `jsonl`, or `parquet`: the record's tables (articles, institutions, figures, dates,
    /// programs, people, events, mentions, repairs; see docs/FACTS.md), one TABLE.parquet
    /// file each in the folder given by --output (created if needed), with the input's path
    /// as `article_id`. Failed inputs are reported on stderr.
    #[arg(long, value_enum, default_value_t = OutputFormat::Jsonl, value_name = "FORMAT")]
    pub output_format: OutputFormat,
    /// For HTML input, add html_start/html_end (byte offsets into the HTML source) to every
    /// object that has start/end (keys are then in alphabetical order).
    #[arg(long)]
    pub html_offsets: bool,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// The page (text or HTML; `-` for standard input).
    #[arg(value_name = "FILE")]
    pub path: PathBuf,
    /// Write the HTML here (default: standard output).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Open the written page in the default browser (needs --out).
    #[arg(long, requires = "out")]
    pub open: bool,
    /// How to read the page: `page` (find the article) or `none` (fragment mode).
    #[arg(long, value_enum, default_value_t = Layout::Page)]
    pub layout: Layout,
    /// Input format: `auto` detects HTML by its content.
    #[arg(long, value_enum, default_value_t = Format::Auto)]
    pub format: Format,
    /// Decode with this encoding instead of detecting one.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Reference date (ISO) for partial dates when the page states none.
    #[arg(long, value_name = "DATE")]
    pub published_at: Option<String>,
}

#[derive(Args, Debug)]
pub struct NormalizeArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// One JSON line per input: {"path", "text", "script", "repairs"}.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct SegmentArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// One JSON line per input: {"path", "words"}.
    #[arg(long)]
    pub json: bool,
}

/// The command line's definition (for completion scripts).
fn command() -> clap::Command {
    Cli::command()
}

fn parse_size(s: &str) -> Result<usize, String> {
    let s = s.trim();
    let (digits, mult) = match s.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let m = match c.to_ascii_uppercase() {
                'K' => 1 << 10,
                'M' => 1 << 20,
                'G' => 1 << 30,
                _ => return Err(format!("unknown size suffix in {s:?} (use K, M or G)")),
            };
            (&s[..i], m)
        }
        _ => (s, 1usize),
    };
    digits
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .ok_or_else(|| format!("not a size: {s:?} (e.g. 16M, 1048576)"))
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run::main(cli.command) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("zhnews: {message}");
            ExitCode::from(2)
        }
    }
}
