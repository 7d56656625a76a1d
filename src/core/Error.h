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

namespace carecrowd {

// The platform adds the failures of a request: who is asking (unauthenticated), whether they may
// (forbidden), and limits (too_large, too_many_requests). src/http maps each to one status code.
enum class ErrorKind {
  bad_input, not_found, conflict, infeasible, io,
  unauthenticated, forbidden, too_large, too_many_requests
};

struct Error {
  ErrorKind kind = ErrorKind::bad_input;
  std::string field;    // where: "visits[3].windows[0]" or "C101.txt:12"
  std::string id;       // which object, if it has an id: "v17"
  std::string reason;   // why, in words a user understands

  [[nodiscard]] std::string message() const {
    std::string out = field;
    if (!id.empty()) out += " (id " + id + ")";
    if (!out.empty()) out += ": ";
    return out + reason;
  }
};

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
