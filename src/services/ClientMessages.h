// ClientMessages: a client's family (or the client) and the care staff of the client's
// organisation write to each other in one thread per client: a question for the coordinating
// nurse ("wijkverpleegkundige") and her answer, without a phone call during a round.
//  - The client's own and family accounts read the thread and write to the team; care staff of the
//    organisation read it and answer. Another organisation's client, or another client, is 404.
//  - Reading marks the other side's messages read (the family sees that the team read theirs).
//  - A family's message reaches the organisation's care staff live (event client.message on the
//    board's stream); an answer reaches the client's accounts, each on their own stream.
//  - Every read and message is audited (client.messages_read, client.message), without the text.
//
// Thread safety: stateless functions over the Platform; safe from any number of threads and
// processes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/Error.h"
#include "records/ClientMessageRecord.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

// The latest messages of a thread read at once.
inline constexpr int kClientMessagesShown = 100;

struct ClientMessageThread {
  std::int64_t client_id = 0;
  std::string client_name;
  std::vector<records::ClientMessage> messages;  // oldest first, at most kClientMessagesShown
};

// The thread, marking the other side's messages read.
Result<ClientMessageThread> client_message_thread(const Platform& platform, const Principal& who, std::int64_t client_id);

struct NewClientMessage {
  std::string text;  // 1 to 2,000 bytes of well-formed UTF-8; lines allowed
};
// Adds a message from `who`'s side; returns it as stored.
Result<records::ClientMessage> write_client_message(const Platform& platform, const Principal& who,
                                                    std::int64_t client_id, const Result<NewClientMessage>& message);

}  // namespace carecrowd::services
