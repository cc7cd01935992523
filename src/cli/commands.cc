#include "cli/commands.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unistd.h>

#include "load/load.h"
#include "pipeline/pipeline.h"
#include "report/mentions_report.h"

namespace crosscheck {

bool WriteOutput(const std::string& path, const std::string& bytes) {
  if (path.empty()) {
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    std::fflush(stdout);
    return true;
  }
  std::string tmp = path + ".tmp." + std::to_string(getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      std::error_code ec;
      std::filesystem::remove(tmp, ec);
      std::cerr << path << ": error: cannot write output\n";
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    std::cerr << path << ": error: cannot write output: " << ec.message() << "\n";
    return false;
  }
  return true;
}

int RunExtract(const ExtractOptions& options) {
  DiagSink sink;
  std::vector<std::string> files = ExpandPaths(options.paths, sink);
  LoadOptions load_options;
  load_options.default_published = options.published;
  Extractor extractor;
  std::string out;
  bool failed = sink.HasErrors();
  for (const std::string& path : files) {
    Result<Document> doc = LoadFile(path, load_options);
    if (!doc.ok()) {
      sink.Add(doc.diag());
      failed = true;
      continue;
    }
    const Document& d = doc.value();
    if (!d.meta.published) {
      Diagnostic note;
      note.path = d.path;
      note.severity = Severity::kNote;
      note.code = "load.no-published";
      note.message = "no publication date (front matter 'published' or --published); relative dates stay unresolved";
      sink.Add(note);
    }
    DocumentMentions dm = extractor.Run(d, sink);
    if (options.format == "json") AppendMentionsJsonl(out, d, dm.mentions);
    else AppendMentionsTable(out, d, dm.mentions);
  }
  for (const Diagnostic& d : sink.items()) std::cerr << d.Render() << "\n";
  if (!WriteOutput(options.output, out)) return kExitError;
  return failed ? kExitError : kExitOk;
}

}  // namespace crosscheck
