// Format: which input format a problem file is in, named on the command line or sniffed from the
// text, and reading a whole file into memory with an error a user can act on.
//
// Detection looks only at the shape of the text, never at the file name:
//  - JSON (first non-blank character '{'): "patients" at the top level -> hhc; "jobs" or
//    "shipments" -> vroom; any other JSON, and text that only looks like JSON -> native (whose
//    reader reports the syntax error);
//  - text whose first word is "nbNodes" -> hhc (Mankowska layout);
//  - text with the words "VEHICLE" and "CUSTOMER" -> solomon;
//  - anything else -> automatic, meaning "could not tell".
// InputFormat::hhc covers both HHC layouts; read_hhc (HhcReader.h) picks the reader by shape.
#pragma once

#include <string>
#include <string_view>

#include "core/Error.h"

namespace carecrowd::io {

enum class InputFormat { automatic, native, vroom, solomon, hhc };

// "auto" (or "automatic"), "native", "vroom", "solomon", "hhc"; an Error lists the valid names.
Result<InputFormat> parse_input_format(std::string_view text);
std::string_view to_string(InputFormat format);

InputFormat detect_format(std::string_view text);

// True if the first non-blank character (after a UTF-8 byte order mark) is '{' or '['.
bool looks_like_json(std::string_view text);

// The whole file as bytes; an ErrorKind::io Error naming the path if it is missing, a directory or
// unreadable.
Result<std::string> read_text_file(const std::string& path);

}  // namespace carecrowd::io
