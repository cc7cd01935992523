// recognize/tokenize: one sentence of normalized text -> tokens.
//
// Internal to recognize/. Tokens are byte ranges of the normalized document
// text: runs of letters (kWord), runs of digits with thousands groups and a
// decimal mark between digits (kNumber; the marks are the language's), and single other characters
// (kSymbol; a multi-byte character is one symbol). Whitespace is not a token; `space_before`
// records it, because "US$9" and "US $ 9" tokenize alike but adjacency matters. The output vector
// is reused across sentences: no allocation per token.
#ifndef CROSSCHECK_RECOGNIZE_TOKENIZE_H_
#define CROSSCHECK_RECOGNIZE_TOKENIZE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace crosscheck {

enum class TokenType : uint8_t { kWord, kNumber, kSymbol };

struct Token {
  uint32_t begin, end;
  TokenType type;
  bool space_before;
  bool upper_initial;  // word starts with a capital letter
};

// How a language marks numbers: "1,234.5" in English, "1.234,5" in
// Vietnamese or German (lang/language.h).
struct NumberMarks {
  char group = ',';
  char decimal = '.';
};

// Tokenizes text[span) into *out (cleared first).
void Tokenize(std::string_view text, Span span, std::vector<Token>* out, NumberMarks marks = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_TOKENIZE_H_
