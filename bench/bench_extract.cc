// bench_extract: extraction throughput and memory, next to ICU alone.
//
//   bench_extract [--mb N] [--binary PATH] [--corpus DIR]
//
// Builds an N MB (default 20) news-like corpus from the bundled articles,
// with every figure varied so no two copies are identical, writes it to a
// temporary file and prints, measured in this one run:
//   - a plain digit scan over the bytes (the floor any recognizer pays),
//   - ICU sentence segmentation over UTF-8 (UText) and over UTF-16,
//   - the library pipeline in-process (normalize + segment + recognize),
//   - the whole `crosscheck extract --format json` process: MB/s and peak RSS.
// A benchmark, not a test: it prints figures and never fails on speed.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <vector>

#include "load/load.h"
#include "pipeline/pipeline.h"
#include "report/mentions_report.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}


// Concatenates the corpus bodies, rewriting every digit run so copies differ.
std::string BuildCorpus(const std::string& dir, size_t target) {
  std::string seed;
  crosscheck::DiagSink sink;
  for (const auto& f : crosscheck::ExpandPaths({dir}, sink)) {
    auto doc = crosscheck::LoadFile(f, {});
    if (doc.ok()) seed += std::string(doc.value().body.In(doc.value().bytes)) + "\n\n";
  }
  if (seed.empty()) {
    std::fprintf(stderr, "bench: no articles in %s\n", dir.c_str());
    std::exit(2);
  }
  std::mt19937 rng(42);
  std::string out = "+++\ntitle = \"bench\"\npublished = 2025-03-12\n+++\n";
  out.reserve(target + seed.size());
  while (out.size() < target) {
    for (char c : seed) {
      if (c >= '0' && c <= '9') c = static_cast<char>('0' + rng() % 10);
      out.push_back(c);
    }
  }
  return out;
}

void Report(const char* what, size_t bytes, double secs, const char* note = "") {
  std::printf("%-44s %8.1f MB/s  %7.3f s  %s\n", what, static_cast<double>(bytes) / 1e6 / secs, secs, note);
}

}  // namespace

int main(int argc, char** argv) {
  double mb = 20;
  std::string binary = "build/release/crosscheck";
  std::string corpus = "corpus";
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--mb") mb = std::atof(argv[i + 1]);
    else if (a == "--binary") binary = argv[i + 1];
    else if (a == "--corpus") corpus = argv[i + 1];
  }
  std::string text = BuildCorpus(corpus, static_cast<size_t>(mb * 1e6));
  std::string path = "build/bench-corpus.md";
  std::ofstream(path, std::ios::binary) << text;
  std::printf("corpus: %zu bytes (%s)\n\n", text.size(), path.c_str());

  // 1. Digit scan.
  auto t0 = Clock::now();
  size_t digits = 0;
  for (char c : text) digits += (c >= '0' && c <= '9');
  auto t1 = Clock::now();
  Report("plain digit scan", text.size(), Seconds(t0, t1), digits ? "" : "(no digits?)");

  // 2. ICU sentence segmentation, UTF-8 UText and UTF-16.
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createSentenceInstance(icu::Locale("en"), status));
  t0 = Clock::now();
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  bi->setText(&ut, status);
  size_t sentences = 0;
  for (int32_t p = bi->first(); p != icu::BreakIterator::DONE; p = bi->next()) ++sentences;
  utext_close(&ut);
  t1 = Clock::now();
  Report("ICU sentence BreakIterator, UTF-8 UText", text.size(), Seconds(t0, t1));
  icu::UnicodeString u16 = icu::UnicodeString::fromUTF8(text);
  t0 = Clock::now();
  bi->setText(u16);
  for (int32_t p = bi->first(); p != icu::BreakIterator::DONE; p = bi->next()) ++sentences;
  t1 = Clock::now();
  Report("ICU sentence BreakIterator, UTF-16", text.size(), Seconds(t0, t1), "(conversion not timed)");

  // 3. The library pipeline in-process, by stage.
  auto doc = crosscheck::LoadBytes("bench.md", text, {});
  if (!doc.ok()) {
    std::fprintf(stderr, "%s\n", doc.diag().Render().c_str());
    return 2;
  }
  t0 = Clock::now();
  crosscheck::NormalizedText norm = crosscheck::Normalize(doc.value());
  t1 = Clock::now();
  Report("  normalize (markup + NFKC + offset map)", text.size(), Seconds(t0, t1));
  crosscheck::SentenceSplitter splitter;
  std::vector<crosscheck::Span> spans;
  t0 = Clock::now();
  splitter.Split(norm.text, &spans);
  t1 = Clock::now();
  Report("  segment (ICU, with abbreviation filter)", text.size(), Seconds(t0, t1));
  crosscheck::RecognizeOptions ro;
  ro.anchor = doc.value().meta.published;
  crosscheck::Recognizer rec(ro);
  std::vector<crosscheck::Mention> mentions;
  t0 = Clock::now();
  for (size_t s = 0; s < spans.size(); ++s) rec.Recognize(norm.text, spans[s], static_cast<uint32_t>(s), &mentions);
  t1 = Clock::now();
  Report("  recognize", text.size(), Seconds(t0, t1));
  std::string json;
  t0 = Clock::now();
  crosscheck::MapToOriginal(norm.map, &mentions);
  crosscheck::AppendMentionsJsonl(json, doc.value(), mentions);
  t1 = Clock::now();
  Report("  map offsets + write JSON Lines", text.size(), Seconds(t0, t1));
  std::printf("  (%zu sentences, %zu mentions, %zu bytes of JSON)\n\n", spans.size(), mentions.size(), json.size());

  // 4. The whole process, as a user runs it.
  std::fflush(stdout);
  t0 = Clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr)) _exit(127);
    execl(binary.c_str(), binary.c_str(), "extract", "--format", "json", path.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int wstatus = 0;
  struct rusage usage {};
  wait4(pid, &wstatus, 0, &usage);
  t1 = Clock::now();
  if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
    std::fprintf(stderr, "bench: %s exited with %d\n", binary.c_str(), WEXITSTATUS(wstatus));
    return 2;
  }
  char note[64];
  std::snprintf(note, sizeof note, "peak RSS %.1f MB", static_cast<double>(usage.ru_maxrss) / 1024.0);
  Report("crosscheck extract --format json (process)", text.size(), Seconds(t0, t1), note);
  std::remove(path.c_str());
  return 0;
}
