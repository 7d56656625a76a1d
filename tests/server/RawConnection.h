// RawConnection: one TCP connection to a test server, for requests that an HTTP client library
// would tidy up first (invalid targets, trickled headers, garbage) and for reading event streams.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <utility>

#include "TestServer.h"

namespace carecrowd::testing {

// One TCP connection to the server under test.
class RawConnection {
 public:
  explicit RawConnection(int port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  }
  ~RawConnection() {
    if (fd_ >= 0) ::close(fd_);
  }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  [[nodiscard]] bool connected() const { return connected_; }
  bool send(const std::string& bytes) {
    return ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size());
  }
  // Everything the server sends until it closes the connection or `timeout` passes with nothing new.
  std::string read_until_closed(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000)) {
    std::string out;
    closed_ = false;
    char buffer[4096];
    for (;;) {
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, static_cast<int>(timeout.count())) <= 0) return out;
      const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) {
        closed_ = true;
        return out;
      }
      out.append(buffer, static_cast<std::size_t>(n));
    }
  }
  // One whole response on a kept-alive connection (headers and Content-Length bytes of body); bytes
  // of the next response that arrived with it are kept for the next call.
  std::string read_response(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000)) {
    char buffer[4096];
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
      const auto end = pending_.find("\r\n\r\n");
      if (end != std::string::npos) {
        const auto at = pending_.find("Content-Length: ");
        const std::size_t length = at == std::string::npos || at > end ? 0 : std::stoul(pending_.substr(at + 16));
        if (pending_.size() >= end + 4 + length) {
          std::string out = pending_.substr(0, end + 4 + length);
          pending_.erase(0, end + 4 + length);
          return out;
        }
      }
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) return std::exchange(pending_, "");
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) return std::exchange(pending_, "");
      const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) return std::exchange(pending_, "");
      pending_.append(buffer, static_cast<std::size_t>(n));
    }
  }
  // What arrives within `timeout` after the first bytes, for reading a stream as it comes: at most
  // one wait of `timeout` for something, then whatever follows at once.
  std::string read_some(std::chrono::milliseconds timeout) {
    std::string out = std::exchange(pending_, "");
    char buffer[4096];
    int wait = static_cast<int>(timeout.count());
    for (;;) {
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, wait) <= 0) return out;
      const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) {
        closed_ = true;
        return out;
      }
      out.append(buffer, static_cast<std::size_t>(n));
      wait = 0;
    }
  }
  [[nodiscard]] bool closed() const { return closed_; }

 private:
  int fd_ = -1;
  bool connected_ = false;
  bool closed_ = false;
  std::string pending_;
};

inline int status_of(const std::string& response) {
  if (response.size() < 12 || response.rfind("HTTP/1.1 ", 0) != 0) return 0;
  return std::stoi(response.substr(9, 3));
}

inline std::string header(const std::string& response, const std::string& name) {
  const auto at = response.find("\r\n" + name + ": ");
  if (at == std::string::npos) return "";
  const auto start = at + 4 + name.size();
  return response.substr(start, response.find("\r\n", start) - start);
}

inline Json body_of(const std::string& response) {
  const auto end = response.find("\r\n\r\n");
  return Json::parse(response.substr(end + 4), nullptr, false);
}

inline std::string request(int port, const std::string& method, const std::string& target, const std::string& token = "",
                    const std::string& body = "") {
  RawConnection c(port);
  std::string text = method + " " + target + " HTTP/1.1\r\nHost: test\r\nConnection: close\r\n";
  if (!token.empty()) text += "Authorization: Bearer " + token + "\r\n";
  if (!body.empty()) text += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  text += "\r\n" + body;
  c.send(text);
  return c.read_until_closed();
}

}  // namespace carecrowd::testing
