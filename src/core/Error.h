// Error and Result: expected failures (bad input, not found, conflict, infeasible) as values.
//
// An Error names the field (a JSON-pointer-like path or a file:line) and, where there is one, the
// id of the object at fault, so that a user can find and fix it. Exceptions are reserved for broken
// invariants and are caught once per program (src/app/main.cpp) and mapped to exit codes:
//   0 ok, 1 internal error, 2 bad input or usage, 3 no feasible plan when one was required.
#pragma once

#include <string>
#include <utility>
#include <variant>

#include "core/Phrase.h"

namespace carecrowd {

// The platform adds the failures of a request: who is asking (unauthenticated), whether they may
// (forbidden), and limits (too_large, too_many_requests). src/http maps each to one status code.
enum class ErrorKind {
  bad_input, not_found, conflict, infeasible, io,
  unauthenticated, forbidden, too_large, too_many_requests
};

struct Error {
  Error() = default;
  Error(ErrorKind k, std::string f, std::string i, std::string r, Phrase p = {})
      : kind(k), field(std::move(f)), id(std::move(i)), reason(std::move(r)), phrase(std::move(p)) {}

  ErrorKind kind = ErrorKind::bad_input;
  std::string field;    // where: "visits[3].windows[0]" or "C101.txt:12"
  std::string id;       // which object, if it has an id: "v17"
  std::string reason;   // why, in words a user understands (English)
  // The reason as a Phrase when it was said with values (`say(...)`), so that the edge can write it
  // in the reader's language; empty when `reason` is a fixed sentence (then it is its own key).
  Phrase phrase;

  // The reason in the reader's language: `translate` maps an English pattern to theirs.
  template <class Translate>
  [[nodiscard]] std::string reason_in(const Translate& translate) const {
    return phrase.empty() ? translate(reason) : phrase.render(translate);
  }

  // The reason as a Phrase, whichever way it was said.
  [[nodiscard]] Phrase said() const { return phrase.empty() ? Phrase::words(reason) : phrase; }

  [[nodiscard]] std::string message() const { return message_with(reason); }
  // "field (id X): reason", with the reason in the reader's words.
  [[nodiscard]] std::string message_with(const std::string& their_reason) const {
    std::string out = field;
    if (!id.empty()) out += " (id " + id + ")";
    if (!out.empty()) out += ": ";
    return out + their_reason;
  }
};

// An error whose reason is a Phrase: `bad_input(field, id, say("...{}...", v))`.
inline Error error_saying(ErrorKind kind, std::string field, std::string id, Phrase reason) {
  std::string english = reason.english();
  return Error{kind, std::move(field), std::move(id), std::move(english), std::move(reason)};
}
inline Error bad_input(std::string field, std::string id, Phrase reason) {
  return error_saying(ErrorKind::bad_input, std::move(field), std::move(id), std::move(reason));
}
inline Error not_found(std::string field, std::string id, Phrase reason) {
  return error_saying(ErrorKind::not_found, std::move(field), std::move(id), std::move(reason));
}
inline Error conflict(std::string field, std::string id, Phrase reason) {
  return error_saying(ErrorKind::conflict, std::move(field), std::move(id), std::move(reason));
}
inline Error forbidden(Phrase reason) { return error_saying(ErrorKind::forbidden, "", "", std::move(reason)); }

inline Error bad_input(std::string field, std::string id, std::string reason) {
  return Error{ErrorKind::bad_input, std::move(field), std::move(id), std::move(reason)};
}
inline Error not_found(std::string field, std::string id, std::string reason) {
  return Error{ErrorKind::not_found, std::move(field), std::move(id), std::move(reason)};
}
inline Error conflict(std::string field, std::string id, std::string reason) {
  return Error{ErrorKind::conflict, std::move(field), std::move(id), std::move(reason)};
}
inline Error forbidden(std::string reason) {
  return Error{ErrorKind::forbidden, "", "", std::move(reason)};
}
// Overloads for a literal, so that `bad_input(f, id, "is required")` is not ambiguous between a
// string and a Phrase.
inline Error bad_input(std::string field, std::string id, const char* reason) {
  return bad_input(std::move(field), std::move(id), std::string(reason));
}
inline Error not_found(std::string field, std::string id, const char* reason) {
  return not_found(std::move(field), std::move(id), std::string(reason));
}
inline Error conflict(std::string field, std::string id, const char* reason) {
  return conflict(std::move(field), std::move(id), std::string(reason));
}
inline Error forbidden(const char* reason) { return forbidden(std::string(reason)); }
inline Error unauthenticated(std::string reason) {
  return Error{ErrorKind::unauthenticated, "", "", std::move(reason)};
}

// Result<T>: either a T or an Error. Deliberately small: `ok()`, `value()`, `error()`.
// What a Result of an action that gives nothing back holds when it succeeded.
struct Done {};

template <class T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : data_(std::move(error)) {}      // NOLINT: implicit by design

  [[nodiscard]] bool ok() const { return std::holds_alternative<T>(data_); }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  [[nodiscard]] const Error& error() const { return std::get<Error>(data_); }

 private:
  std::variant<T, Error> data_;
};

}  // namespace carecrowd
