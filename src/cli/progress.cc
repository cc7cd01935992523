#include "cli/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "base/number_text.h"
#include "base/utf8.h"

namespace crosscheck {
namespace {

bool StderrIsTerminal() {
  const char* term = std::getenv("TERM");
  return isatty(2) && !(term && std::strcmp(term, "dumb") == 0);
}

// The end of a path, at most n bytes, cut on a character boundary.
std::string Tail(const std::string& path, size_t n) {
  if (path.size() <= n) return path;
  size_t cut = path.size() - n;
  while (cut < path.size() && (static_cast<unsigned char>(path[cut]) & 0xC0) == 0x80) ++cut;
  return "..." + path.substr(cut);
}

}  // namespace

// How long a run goes unannounced: a second, or CROSSCHECK_PROGRESS_DELAY_MS
// (tests set 0 to see every redraw of a short run).
std::chrono::milliseconds Delay() {
  const char* env = std::getenv("CROSSCHECK_PROGRESS_DELAY_MS");
  return std::chrono::milliseconds(env ? std::strtol(env, nullptr, 10) : 1000);
}

Progress::Progress(size_t total)
    : enabled_(StderrIsTerminal()),
      total_(total),
      start_(Clock::now()),
      last_(start_),
      delay_(Delay()) {}

Progress::~Progress() { Clear(); }

void Progress::Update(const char* stage, size_t done, long claims, const std::string& path) {
  if (!enabled_) return;
  Clock::time_point now = Clock::now();
  if (now - start_ < delay_) return;
  if (shown_ && now - last_ < std::min(delay_, std::chrono::milliseconds(100))) return;
  last_ = now;
  std::string line = std::string(stage) + " " + HumanNumber(static_cast<double>(done)) + "/" +
                     HumanNumber(static_cast<double>(total_)) + " documents";
  if (claims >= 0) line += ", " + HumanNumber(static_cast<double>(claims)) + " claims";
  line += "  " + utf8::Visible(Tail(path, 50));
  std::fprintf(stderr, "\r\x1b[K%s", line.c_str());
  std::fflush(stderr);
  shown_ = true;
}

void Progress::Clear() {
  if (!shown_) return;
  std::fprintf(stderr, "\r\x1b[K");
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace crosscheck
