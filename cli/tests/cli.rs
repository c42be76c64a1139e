//! The `zhnews` binary, run as a user runs it.

use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn zhnews(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zhnews")).args(args).current_dir(repo()).output().unwrap()
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone()).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A folder of `n` copies of the corpus pages, of different sizes, named in order.
fn copies(n: usize) -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    let mut sources: Vec<PathBuf> = std::fs::read_dir(repo().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    sources.sort();
    let mut made = Vec::new();
    for i in 0..n {
        let path = dir.path().join(format!("{i:04}.txt"));
        std::fs::copy(&sources[i % sources.len()], &path).unwrap();
        made.push(path);
    }
    (dir, made)
}

#[test]
fn corpus_gives_the_records_of_the_library_in_order() {
    // What `cargo run --example extract -- corpus/` prints: extract_bytes of each *.txt, sorted.
    let out = zhnews(&["extract", "corpus/", "--jobs", "2", "--quiet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let got = lines(&out);
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert_eq!(got.len(), files.len());
    let extractor = zhnews::Extractor::new();
    for (line, file) in got.into_iter().zip(&files) {
        let mut line = line;
        let path = line.as_object_mut().unwrap().remove("path").unwrap();
        assert_eq!(path, format!("corpus/{}", file.file_name().unwrap().to_str().unwrap()));
        let expected: Value =
            serde_json::from_str(&extractor.extract_bytes(&std::fs::read(file).unwrap()).unwrap().to_json()).unwrap();
        assert_eq!(line, expected, "{}", file.display());
    }
}

#[test]
fn output_keeps_input_order_with_many_jobs_and_unordered_has_the_same_lines() {
    let (dir, files) = copies(60);
    let d = dir.path().to_str().unwrap();
    let out = zhnews(&["extract", d, "--jobs", "4", "-q"]);
    assert!(out.status.success());
    let paths: Vec<String> = lines(&out).iter().map(|l| l["path"].as_str().unwrap().to_string()).collect();
    let expected: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    assert_eq!(paths, expected);
    let unordered = zhnews(&["extract", d, "--jobs", "4", "-q", "--unordered"]);
    let mut a: Vec<String> = String::from_utf8(out.stdout).unwrap().lines().map(String::from).collect();
    let mut b: Vec<String> = String::from_utf8(unordered.stdout).unwrap().lines().map(String::from).collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

#[test]
fn fields_keep_only_some_fact_lists_and_path_comes_first() {
    let out = zhnews(&["extract", "corpus/000_minhang_wha.txt", "--fields", "institutions,dates", "-q"]);
    assert!(out.status.success());
    let raw = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(raw.starts_with("{\"path\":\"corpus/000_minhang_wha.txt\",\"schema_version\":1,"));
    let line = &lines(&out)[0];
    let keys: Vec<&str> = line.as_object().unwrap().keys().map(String::as_str).collect();
    for k in ["path", "schema_version", "meta", "body", "institutions", "dates"] {
        assert!(keys.contains(&k), "{k} missing from {keys:?}");
    }
    for k in ["figures", "programs", "people", "events", "repairs", "text"] {
        assert!(!keys.contains(&k), "{k} should be absent");
    }
    assert_eq!(zhnews(&["extract", "corpus/", "--fields", "colours"]).status.code(), Some(2));
}

#[test]
fn failed_inputs_give_error_lines_and_exit_1() {
    let out = zhnews(&["extract", "corpus/000_minhang_wha.txt", "no/such/file.txt", "--errors", "json", "-q"]);
    assert_eq!(out.status.code(), Some(1));
    let got = lines(&out);
    assert_eq!(got.len(), 2);
    assert_eq!(got[1]["path"], "no/such/file.txt");
    assert_eq!(got[1]["error"]["kind"], "io");
    assert!(got[1]["error"]["message"].as_str().unwrap().contains("No such file"));
    assert!(String::from_utf8(out.stdout).unwrap().lines().nth(1).unwrap().starts_with("{\"path\":"));
    // Without --errors json: a message naming the path, and the summary line.
    let out = zhnews(&["extract", "corpus/000_minhang_wha.txt", "no/such/file.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(lines(&out).len(), 1);
    let err = stderr(&out);
    assert!(err.contains("no/such/file.txt: No such file"), "{err}");
    assert!(err.contains("2 inputs, 1 ok, 1 failed"), "{err}");
    // Library errors carry their kind.
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(&big, "卫生".repeat(1000)).unwrap();
    let out = zhnews(&["extract", big.to_str().unwrap(), "--max-bytes", "1K", "--errors", "json", "-q"]);
    assert_eq!(lines(&out)[0]["error"]["kind"], "too_large");
    let bin = dir.path().join("bin.txt");
    std::fs::write(&bin, [0u8, 1, 2, 3, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]).unwrap();
    let out = zhnews(&["extract", bin.to_str().unwrap(), "--errors", "json", "-q"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(zhnews(&["extract"]).status.code(), Some(2));
    assert_eq!(zhnews(&["extract", "--bogus", "corpus/"]).status.code(), Some(2));
    assert_eq!(zhnews(&["extract", "corpus/", "--published-at", "yesterday"]).status.code(), Some(2));
    assert_eq!(zhnews(&["extract", "corpus/", "--encoding", "klingon"]).status.code(), Some(2));
    assert_eq!(zhnews(&["extract", "corpus/", "--glob", "[", "-q"]).status.code(), Some(2));
    let help = zhnews(&["extract", "--help"]);
    assert!(help.status.success());
    let help = String::from_utf8(help.stdout).unwrap();
    for flag in [
        "--glob",
        "--jobs",
        "--unordered",
        "--output",
        "--pretty",
        "--fields",
        "--published-at",
        "--encoding",
        "--strict",
        "--max-bytes",
        "--errors",
        "--quiet",
        "--format",
        "--html-offsets",
        "Examples:",
    ] {
        assert!(help.contains(flag), "--help lacks {flag}");
    }
    assert!(zhnews(&["--version"]).status.success());
}

#[test]
fn empty_folder_is_a_message_and_a_failure() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.md"), "x").unwrap();
    let out = zhnews(&["extract", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("no input files"), "{}", stderr(&out));
}

#[test]
fn stdin_is_read_within_the_limit() {
    let run = |args: &[&str], input: &[u8]| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_zhnews"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let input = input.to_vec();
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap();
        out
    };
    let out =
        run(&["extract", "-", "-q"], "上海市卫生健康委员会\n2024-02-28\n今年全市新建56家社区卫生服务中心。".as_bytes());
    assert!(out.status.success());
    let line = &lines(&out)[0];
    assert_eq!(line["path"], "-");
    assert_eq!(line["figures"][0]["text"], "56家");
    // Over the limit: an error at once, without reading everything.
    let out = run(&["extract", "-", "--max-bytes", "1000", "--errors", "json", "-q"], &vec![b'a'; 10_000_000]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(lines(&out)[0]["error"]["kind"], "too_large");
    // HTML on standard input is detected.
    let out =
        run(&["extract", "-", "-q"], "<html><body><p>5月1日起，临江市人民医院开诊。</p></body></html>".as_bytes());
    assert_eq!(lines(&out)[0]["text"], "5月1日起，临江市人民医院开诊。");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let (dir, _) = copies(300);
    let mut child = Command::new(env!("CARGO_BIN_EXE_zhnews"))
        .args(["extract", dir.path().to_str().unwrap(), "--jobs", "2"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap(); // then dropped: closed
    let out = child.wait_with_output().unwrap();
    assert!(first.starts_with("{\"path\":"));
    assert_eq!(out.status.code(), Some(0));
    assert!(!stderr(&out).to_lowercase().contains("broken pipe"), "{}", stderr(&out));
}

#[test]
fn html_folder_gives_records_with_text_and_html_offsets() {
    let out = zhnews(&["extract", "tests/html/", "--glob", "*.html", "-q", "--html-offsets"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let got = lines(&out);
    assert_eq!(got.len(), 3);
    for line in &got {
        let path = line["path"].as_str().unwrap();
        let src = std::fs::read_to_string(repo().join(path)).unwrap();
        let text = line["text"].as_str().unwrap();
        for f in line["figures"].as_array().unwrap() {
            let (s, e) = (f["start"].as_u64().unwrap() as usize, f["end"].as_u64().unwrap() as usize);
            let t: String = text.chars().skip(s).take(e - s).collect();
            assert_eq!(t, f["text"].as_str().unwrap());
            let (hs, he) = (f["html_start"].as_u64().unwrap() as usize, f["html_end"].as_u64().unwrap() as usize);
            assert_eq!(&src[hs..he], t, "{path}");
        }
    }
    // --format text reads the same page as text: markup is then just characters.
    let out = zhnews(&["extract", "tests/html/gov.html", "--format", "text", "-q"]);
    assert!(lines(&out)[0].get("text").is_none());
}

#[test]
fn output_file_normalize_and_segment() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("out.jsonl");
    let out = zhnews(&["extract", "corpus/", "-o", file.to_str().unwrap(), "-q"]);
    assert!(out.status.success() && out.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&file).unwrap().lines().count(), 5);
    let bad = zhnews(&["extract", "corpus/", "-o", "/no/such/dir/out.jsonl"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("/no/such/dir/out.jsonl"));

    let out = zhnews(&["normalize", "--json", "corpus/002_shanghai_primary_care_trad_emoji.txt", "-q"]);
    let line = &lines(&out)[0];
    assert_eq!(line["script"], "traditional");
    assert!(!line["repairs"].as_array().unwrap().is_empty());
    let out = zhnews(&["normalize", "tests/html/gov.html", "-q"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\n关于印发2024年基层卫生健康工作要点的通知\n") && !text.contains('<'), "{text}");
    let out = zhnews(&["segment", "tests/html/wechat.txt", "-q"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().next().unwrap().contains(' '));
    let out = zhnews(&["segment", "--json", "tests/html/wechat.txt", "-q"]);
    assert!(lines(&out)[0]["words"].as_array().unwrap().len() > 20);
}

#[test]
fn layout_none_reads_every_line_as_body() {
    let dir = tempfile::tempdir().unwrap();
    let cell = dir.path().join("cell.txt");
    std::fs::write(&cell, "全市新建56家社区卫生服务中心\n来源：健康报\n3月5日共投入三百万元。").unwrap();
    let page = &lines(&zhnews(&["extract", cell.to_str().unwrap(), "-q"]))[0];
    assert_eq!(page["meta"]["title"], "全市新建56家社区卫生服务中心");
    let out = zhnews(&["extract", "--layout", "none", "--published-at", "2024-03-01", cell.to_str().unwrap(), "-q"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let plain = &lines(&out)[0];
    assert_eq!((&plain["meta"]["title"], &plain["meta"]["source"]), (&Value::Null, &Value::Null));
    assert_eq!(plain["meta"]["published_at"], "2024-03-01");
    let values: Vec<f64> = plain["figures"].as_array().unwrap().iter().map(|f| f["value"].as_f64().unwrap()).collect();
    assert_eq!(values, [56.0, 3_000_000.0]);
    assert_eq!(plain["dates"][0]["value"], "2024-03-05");
    let bad = zhnews(&["extract", "--layout", "none", "--html-offsets", cell.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--html-offsets needs --layout page"));
}

#[test]
fn schema_is_the_committed_record_schema() {
    let out = zhnews(&["schema"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let committed = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/record.schema.json")).unwrap();
    assert_eq!(out.stdout, committed);
}

#[test]
fn completion_scripts_name_the_subcommands() {
    for shell in ["bash", "zsh", "fish"] {
        let out = zhnews(&["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(script.contains("extract") && script.contains("--layout"), "{shell}");
    }
    assert_eq!(zhnews(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn show_writes_one_escaped_page_with_the_facts_marked() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.txt");
    // `<q>` is no element the markup repair removes: it stays in the text and is escaped.
    std::fs::write(&page, "市卫健委召开会议\n2024-03-01 来源：健康报\n会议指出，全市<q>新建</q>56家社区卫生服务中心。")
        .unwrap();
    let out_file = dir.path().join("view.html");
    let out = zhnews(&["show", page.to_str().unwrap(), "--out", out_file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(&out_file).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("&lt;q&gt;新建&lt;/q&gt;") && !html.contains("<q>"));
    assert!(html.contains("<mark class=\"f-fig\" data-span=\"43-46\""), "{html}");
    assert!(html.contains("<span class=\"role\">title</span>"));
    // To standard output, and fragment mode: every line is body.
    let out = zhnews(&["show", page.to_str().unwrap(), "--layout", "none"]);
    let html = String::from_utf8(out.stdout).unwrap();
    assert_eq!(html.matches("<span class=\"role\">body</span>").count(), 3);
    let missing = zhnews(&["show", "/no/such/page.txt"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("/no/such/page.txt"));
    assert_eq!(zhnews(&["show", page.to_str().unwrap(), "--open"]).status.code(), Some(2));
}

#[test]
fn parquet_output_writes_one_file_per_table_and_refuses_line_options() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tables");
    let o = out.to_str().unwrap();
    let run = zhnews(&["extract", "corpus/", "--output-format", "parquet", "-o", o, "-q"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let mut files: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    files.sort();
    let mut expected: Vec<String> = zhnews::tables::TABLE_NAMES.iter().map(|n| format!("{n}.parquet")).collect();
    expected.sort();
    assert_eq!(files, expected);
    // Every file is Parquet: the magic number at both ends.
    for f in &files {
        let bytes = std::fs::read(out.join(f)).unwrap();
        assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"), "{f}");
    }
    for extra in [&["--pretty"][..], &["--fields", "dates"], &["--errors", "json"]] {
        let args = [&["extract", "corpus/", "--output-format", "parquet", "-o", o][..], extra].concat();
        let refused = zhnews(&args);
        assert_eq!(refused.status.code(), Some(2), "{extra:?}");
        assert!(stderr(&refused).contains("does not apply to --output-format parquet"), "{}", stderr(&refused));
    }
    let no_dir = zhnews(&["extract", "corpus/", "--output-format", "parquet"]);
    assert_eq!(no_dir.status.code(), Some(2));
    assert!(stderr(&no_dir).contains("needs --output DIR"));
}
