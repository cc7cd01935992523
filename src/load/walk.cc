#include "load/walk.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unordered_set>

#include "base/glob.h"
#include "load/load.h"

namespace crosscheck {
namespace fs = std::filesystem;

std::vector<IgnoreRule> ParseGitignore(std::string_view text, const std::string& base) {
  std::vector<IgnoreRule> rules;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string line(text.substr(pos, nl == std::string_view::npos ? nl : nl - pos));
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // Trailing spaces go unless escaped; "#" starts a comment line.
    while (!line.empty() && line.back() == ' ' &&
           !(line.size() >= 2 && line[line.size() - 2] == '\\'))
      line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    IgnoreRule r;
    r.base = base;
    if (line[0] == '!') r.negate = true, line.erase(0, 1);
    if (line.size() >= 2 && line[0] == '\\' && (line[1] == '#' || line[1] == '!')) line.erase(0, 1);
    if (!line.empty() && line.back() == '/') r.dir_only = true, line.pop_back();
    if (line.empty()) continue;
    r.anchored = line.find('/') != std::string::npos;
    if (line[0] == '/') line.erase(0, 1);
    r.pattern = line;
    rules.push_back(std::move(r));
  }
  return rules;
}

bool Ignored(const std::vector<IgnoreRule>& rules, std::string_view rel, bool is_dir) {
  bool ignored = false;
  for (const IgnoreRule& r : rules) {
    if (r.dir_only && !is_dir) continue;
    if (rel.size() <= r.base.size() || rel.compare(0, r.base.size(), r.base) != 0) continue;
    std::string_view here = rel.substr(r.base.size());
    std::string_view name =
        here.substr(here.rfind('/') == std::string_view::npos ? 0 : here.rfind('/') + 1);
    if (GlobMatch(r.pattern, r.anchored ? here : name)) ignored = !r.negate;
  }
  return ignored;
}

namespace {

std::string ReadSmallFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::string s;
  char buf[4096];
  while (s.size() < (1u << 20) && (in.read(buf, sizeof buf) || in.gcount() > 0))
    s.append(buf, static_cast<size_t>(in.gcount()));
  return s;
}

// The rules of the folder's .gitignore, if it has one.
void AddGitignore(const fs::path& dir, const std::string& base, std::vector<IgnoreRule>* rules) {
  std::error_code ec;
  fs::path file = dir / ".gitignore";
  if (!fs::is_regular_file(file, ec)) return;
  std::vector<IgnoreRule> more = ParseGitignore(ReadSmallFile(file), base);
  rules->insert(rules->end(), more.begin(), more.end());
}

// "a/b/" for the folders between top and dir ("" when they are the same).
std::string RelativeBase(const fs::path& top, const fs::path& dir) {
  std::string rel = dir.lexically_relative(top).generic_string();
  return rel.empty() || rel == "." ? std::string() : rel + "/";
}

// The enclosing repository's root, or dir itself; with the .gitignore rules
// of the folders from there down to dir.
fs::path FindTop(const fs::path& dir, std::vector<IgnoreRule>* rules) {
  std::error_code ec;
  fs::path abs = fs::weakly_canonical(fs::absolute(dir, ec), ec);
  std::vector<fs::path> chain;  // dir up to the repository root
  for (fs::path p = abs;; p = p.parent_path()) {
    chain.push_back(p);
    if (fs::exists(p / ".git", ec)) {
      for (auto it = chain.rbegin(); it != chain.rend(); ++it)
        AddGitignore(*it, RelativeBase(p, *it), rules);
      return p;
    }
    if (p == p.parent_path()) break;
  }
  AddGitignore(abs, "", rules);
  return abs;
}

struct Walker {
  const WalkOptions& options;
  DiagSink& sink;
  std::vector<fs::path> outputs;  // the run's own outputs, absolute
  size_t left_out = 0;            // by .gitignore or --exclude
  size_t links_out = 0;           // symbolic links to files outside the walked folder

  // Does the link at `link` point at a file inside `root` (both resolved)?
  static bool Inside(const fs::path& root, const fs::path& link) {
    std::error_code ec;
    fs::path target = fs::weakly_canonical(link, ec);
    if (ec) return false;
    std::string r = root.generic_string(), t = target.generic_string();
    if (!r.empty() && r.back() != '/') r += '/';
    return t.compare(0, r.size(), r) == 0;
  }

  bool Excluded(const std::string& rel_root, const std::string& shown) const {
    for (const std::string& g : options.exclude) {
      bool has_slash = g.find('/') != std::string::npos;
      std::string_view name = std::string_view(rel_root).substr(
          rel_root.rfind('/') == std::string::npos ? 0 : rel_root.rfind('/') + 1);
      if (GlobMatch(g, rel_root) || GlobMatch(g, shown) || (!has_slash && GlobMatch(g, name)))
        return true;
    }
    return false;
  }

  // "news/**/*.md": the files of the walk of the folder before the first
  // glob character that match the whole pattern as printed.
  void Glob(const std::string& pattern, std::vector<std::string>* out) {
    size_t first = pattern.find_first_of("*?[");
    size_t slash = pattern.rfind('/', first);
    std::string root = slash == std::string::npos ? "." : pattern.substr(0, slash);
    std::string shown_prefix = slash == std::string::npos ? "./" : "";
    std::vector<std::string> walked;
    std::error_code ec;
    if (fs::is_directory(root, ec)) Walk(root, &walked, /*quiet=*/true);
    size_t matched = 0;
    for (std::string& f : walked) {
      std::string shown = fs::path(f).generic_string();
      if (!shown_prefix.empty() && shown.rfind(shown_prefix, 0) == 0) shown.erase(0, 2);
      if (GlobMatch(pattern, shown)) out->push_back(shown), ++matched;
    }
    if (matched == 0)
      sink.Add(MakeLoadError(pattern, "load.no-articles",
                             "the glob matches no .md, .txt or .html file"));
  }

  bool IsOwnOutput(const fs::path& p) const {
    for (const fs::path& o : outputs) {
      if (o.filename() != p.filename()) continue;
      std::error_code ec;
      if (fs::equivalent(o, p, ec)) return true;
    }
    return false;
  }

  void Walk(const std::string& root, std::vector<std::string>* out, bool quiet = false) {
    std::vector<IgnoreRule> rules;
    fs::path top = FindTop(root, &rules);
    std::error_code ec;
    fs::path abs_root = fs::weakly_canonical(fs::absolute(root, ec), ec);
    std::vector<std::string> found;
    // (folder as printed, folder relative to the walked root); a stack, not
    // recursion, so that deep trees cost no stack.
    std::vector<std::pair<fs::path, std::string>> todo = {{fs::path(root), ""}};
    while (!todo.empty()) {
      auto [dir, rel] = std::move(todo.back());
      todo.pop_back();
      std::string top_rel = RelativeBase(top, abs_root) + rel;
      if (!rel.empty()) AddGitignore(dir, top_rel, &rules);
      std::vector<fs::directory_entry> entries;
      for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec))
        entries.push_back(*it);
      if (ec) {
        sink.Add(MakeLoadError(dir.string(), "load.unreadable",
                               "cannot walk directory: " + ec.message()));
        ec.clear();
        continue;
      }
      for (const fs::directory_entry& e : entries) {
        std::string name = e.path().filename().string();
        if (name.empty() || name[0] == '.') continue;  // hidden
        std::error_code sec;
        bool is_link = e.is_symlink(sec);
        bool is_dir = !is_link && e.is_directory(sec);
        std::string child_rel = rel + name;
        std::string shown = (fs::path(root) / child_rel).generic_string();
        if (Ignored(rules, top_rel + name, is_dir) || Excluded(child_rel, shown)) {
          ++left_out;
          continue;
        }
        if (is_link && IsArticleFileName(e.path().string()) && !Inside(abs_root, e.path())) {
          // A committed link could quote any file of the machine into a
          // public report: only links that stay inside the walked folder
          // are followed.
          ++links_out;
          continue;
        }
        if (is_dir) {
          todo.emplace_back(e.path(), child_rel + "/");
        } else if (e.is_regular_file(sec) && IsArticleFileName(e.path().string()) &&
                   !IsOwnOutput(e.path())) {
          found.push_back(e.path().string());
        }
      }
    }
    std::sort(found.begin(), found.end());
    if (found.empty() && !quiet)
      sink.Add(MakeLoadError(
          root, "load.no-articles",
          "directory holds no .md, .txt or .html files" +
              std::string(left_out ? " that .gitignore and --exclude leave in" : "")));
    out->insert(out->end(), found.begin(), found.end());
  }
};

}  // namespace

std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths,
                                     const WalkOptions& options, DiagSink& sink) {
  Walker walker{options, sink, {}, 0};
  for (const std::string& o : options.own_outputs) {
    std::error_code ec;
    if (!o.empty()) walker.outputs.push_back(fs::absolute(o, ec));
  }
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (p == "-") {  // standard input
      out.push_back(p);
    } else if (fs::is_directory(p, ec)) {
      walker.Walk(p, &out);
    } else if (!fs::exists(p, ec) && p.find_first_of("*?[") != std::string::npos) {
      walker.Glob(p, &out);
    } else if (!fs::exists(p, ec)) {
      sink.Add(MakeLoadError(p, "load.missing", "no such file or directory"));
    } else if (walker.IsOwnOutput(p)) {
      // Named as an article and as the report: writing would replace the
      // article. An error of the usage, before anything is read.
      sink.Add(MakeLoadError(p, "load.output-is-input",
                             "is both an article to read and -o, the file this run writes; "
                             "refusing to overwrite it (write the report elsewhere)"));
    } else {
      out.push_back(p);
    }
  }
  // A file named twice (by a folder and a glob, an absolute and a relative
  // path, a symlink or a hard link) is one document: identified by device
  // and inode, by its path when it cannot be stat'ed.
  std::vector<std::string> unique;
  std::unordered_set<std::string> seen;
  for (std::string& f : out) {
    struct stat st;
    std::string key = f != "-" && stat(f.c_str(), &st) == 0
                          ? std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino)
                          : fs::path(f).lexically_normal().generic_string();
    if (seen.insert(key).second) unique.push_back(std::move(f));
  }
  out = std::move(unique);
  // Documents in path order, whatever the order of the arguments: every
  // later choice (ids, which target a finding pairs, the order of values in
  // a message) follows the documents' order, so a run's result never
  // depends on how its paths were named.
  std::stable_sort(out.begin(), out.end());
  if (walker.links_out > 0) {
    Diagnostic note = MakeLoadError(
        paths.size() == 1 ? paths[0] : std::string("crosscheck"), "load.link-outside",
        std::to_string(walker.links_out) +
            (walker.links_out == 1 ? " symbolic link points" : " symbolic links point") +
            " outside the walked folder and " + (walker.links_out == 1 ? "was" : "were") +
            " not followed");
    note.severity = Severity::kNote;
    sink.Add(note);
  }
  if (walker.left_out > 0) {
    Diagnostic note =
        MakeLoadError(paths.size() == 1 ? paths[0] : std::string("crosscheck"), "load.left-out",
                      std::to_string(walker.left_out) +
                          (walker.left_out == 1 ? " file or folder" : " files or folders") +
                          " left out by .gitignore or --exclude");
    note.severity = Severity::kNote;
    sink.Add(note);
  }
  return out;
}

std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths, DiagSink& sink) {
  return ExpandPaths(paths, WalkOptions{}, sink);
}

}  // namespace crosscheck
